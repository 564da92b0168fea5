package engine

import (
	"regexp"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// convertedSum matches a sum in a currency followed by its value in one
// the reader knows by its sign: "6.8 million varrs ($7.4 million)",
// "150 crowns ($165)". Its group is the currency's word.
var convertedSum = regexp.MustCompile(`\d(?:[\d,.]*\d)?\s+(?:(?:thousand|million|billion|trillion|bn|m)\s+)?(\p{L}+)\s+\((?:about |roughly |around |some |nearly |almost )?[$€£¥]`)

// learnedCurrencies returns the words an article names money by that it
// converts into a currency the reader knows where it first gives a sum in
// them (see convertedSum), with their singular and plural: a currency no
// dictionary knows ("varrs") gives a sum wherever it follows a number,
// not only beside the conversion. Nil when it converts none.
func learnedCurrencies(paragraphs []string) map[string]bool {
	var out map[string]bool
	for _, p := range paragraphs {
		for _, m := range convertedSum.FindAllStringSubmatch(p, -1) {
			w := knowledge.Fold(m[1])
			if out == nil {
				out = map[string]bool{}
			}
			one := strings.TrimSuffix(w, "s")
			out[w], out[one], out[one+"s"] = true, true, true
		}
	}
	return out
}

// currenciesOf returns the words an article names money by that no list
// or dictionary does (see learnedCurrencies), read from its paragraphs the
// first time one of its sentences is asked for a sum, and kept: a
// question reads the articles of its candidates only, never the whole
// coverage.
func (e *Engine) currenciesOf(article string) map[string]bool {
	if m, ok := e.learnedMoney.Load(article); ok {
		return m.(map[string]bool)
	}
	var money map[string]bool
	if a := e.vocab.article(article); a != nil {
		texts := make([]string, len(a.p.paras))
		for i := range a.p.paras {
			texts[i] = a.p.paras[i].text
		}
		money = learnedCurrencies(texts)
	}
	e.learnedMoney.Store(article, money)
	return money
}
