package engine

import (
	"regexp"
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/knowledge"
)

// convertedSum matches a sum in a currency followed by its value in one
// the reader knows by its sign: "6.8 million varrs ($7.4 million)",
// "150 crowns ($165)". Its group is the currency's word.
var convertedSum = regexp.MustCompile(`\d(?:[\d,.]*\d)?\s+(?:(?:thousand|million|billion|trillion|bn|m)\s+)?(\p{L}+)\s+\((?:about |roughly |around |some |nearly |almost )?[$€£¥]`)

// pricedSum matches a number put as a price, a cost or a sum paid by the
// words before it, and the word after it: "now costs an average of 2.95
// dalers", "paid 300 florins", "a fine of 40,000 crowns". Its group is
// that word, which may be a currency.
var pricedSum = regexp.MustCompile(`(?i)\b(?:costs?|costing|cost of|paid|pays?|paying|priced at|price of|fine of|fee of|worth)\s+(?:(?:an average of|an estimated|a total of|a combined|about|around|roughly|nearly|almost|some|just|only|over|under|more than|less than|up to|at least)\s+)?\d(?:[\d,.]*\d)?\s+(?:(?:thousand|million|billion|trillion|bn|m)\s+)?(\p{L}+)`)

// learnedCurrencies returns the words an article names money by that no
// dictionary knows, with their singular and plural: one it converts into
// a currency the reader knows where it first gives a sum in them (see
// convertedSum), or one it puts after a number that is a price or a cost
// (see pricedSum) and WordNet knows not at all, so that it is no unit,
// thing or person ("now costs an average of 2.95 dalers"). Such a word
// gives a sum wherever it follows a number, not only where it was learned.
// Nil when there is none.
func learnedCurrencies(wn *wordnet.WordNet, paragraphs []string) map[string]bool {
	var out map[string]bool
	learn := func(w string) {
		if out == nil {
			out = map[string]bool{}
		}
		one := strings.TrimSuffix(w, "s")
		out[w], out[one], out[one+"s"] = true, true, true
	}
	for _, p := range paragraphs {
		for _, m := range convertedSum.FindAllStringSubmatch(p, -1) {
			learn(knowledge.Fold(m[1]))
		}
		if wn == nil {
			continue
		}
		for _, m := range pricedSum.FindAllStringSubmatch(p, -1) {
			w := knowledge.Fold(m[1])
			// (A stop word after a price, "paid 300 to the council", names
			// no currency though no dictionary has it.)
			if !englishStops()[w] && !wn.Has(w) && !wn.Has(strings.TrimSuffix(w, "s")) && len(wn.Irregular(w)) == 0 {
				learn(w)
			}
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
		money = learnedCurrencies(e.lex.wn, texts)
	}
	e.learnedMoney.Store(article, money)
	return money
}
