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

// currencies returns the words the coverage's articles name money by that
// no list or dictionary does (see learnedCurrencies), made once.
func (e *Engine) currencies() map[string]bool {
	e.currenciesOnce.Do(func() {
		for _, s := range e.sources {
			for w := range learnedCurrencies(s.Article.Paragraphs) {
				if e.learnedMoney == nil {
					e.learnedMoney = map[string]bool{}
				}
				e.learnedMoney[w] = true
			}
		}
	})
	return e.learnedMoney
}
