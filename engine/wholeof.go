package engine

import (
	"slices"

	"github.com/coveragebot/coveragebot/knowledge"
)

// A "how many of the 27 families" or "how much of the 40 million"
// question gives the whole and asks the part: the whole's own number is
// no answer. "Lodged a complaint on behalf of 27 families" says not how
// many of them are suing, and "a 40-million-dollar reef resilience fund to
// pay for coral restoration" not how much of it goes to restoration.

// wholeNumbers returns the number words a "how many of" or "how much of"
// question gives its whole by, right after "of" and a determiner ("27" of
// "how many of the 27 families r suing", "40" and "million" of "how much
// of the 40 million"); nil for none.
func wholeNumbers(ws []word) []string {
	for i := 0; i+3 < len(ws); i++ {
		if ws[i].folded != "how" || ws[i+1].folded != "many" && ws[i+1].folded != "much" || ws[i+2].folded != "of" {
			continue
		}
		j := i + 3
		if wholeDeterminers[ws[j].folded] {
			j++
		}
		var nums []string
		for ; j < len(ws) && isNumberWord(ws[j].folded) && !isYear(ws[j].folded); j++ {
			nums = append(nums, ws[j].folded)
		}
		return nums
	}
	return nil
}

// wholeDeterminers may come between "of" and the whole's number.
var wholeDeterminers = map[string]bool{"the": true, "these": true, "those": true, "its": true, "their": true, "his": true, "her": true, "our": true, "your": true}

// givesPart reports whether a paragraph gives a number other than the
// whole's (see wholeNumbers), outside a wire story's dateline: a part of
// it ("a quarter", "11 of them", "most" is none) may be the answer.
func (e *Engine) givesPart(whole []string, ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	if pi == nil {
		return false
	}
	for i := range pi.sents {
		if numbersBeside(readWords(afterDateline(pi.sentence(i)), func(string) string { return "" }), whole) {
			return true
		}
	}
	return false
}

// numbersBeside reports whether words hold a number that is neither a
// year nor one of the whole's number words.
func numbersBeside(ws []word, whole []string) bool {
	for _, w := range ws {
		if isNumberWord(w.folded) && !isYear(w.folded) && !slices.Contains(whole, w.folded) {
			return true
		}
	}
	return false
}
