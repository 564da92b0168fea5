package engine

import "github.com/coveragebot/coveragebot/knowledge"

// A question may ask of others of a kind than the story's own: "has any
// other city done this", "are they checking the company's other ships".
// "Other" is a stop word, so the question reads as one of the story's own
// city or ships; a paragraph that speaks of others of the kind ("Other
// cities in the region have gone further", "its four other ships")
// answers it better.

// otherWords say of a kind that the ones meant are not those already
// spoken of: "other cities", "another club", "others have chosen".
var otherWords = map[string]bool{"other": true, "others": true, "another": true}

// otherReach is how many words after "other" the noun of its kind may
// stand: "the other three buildings", "other three estmark athletes".
const otherReach = 4

// askedOthers returns the concepts a question asks of others of: the
// first thing after "other" or "another" within otherReach words, no name
// ("other estmark athletes" asks of athletes). Not after "the": "what
// happened to the other doctor" asks of one the story tells of, beside
// another it tells of. firstWord gives each concept's place among the
// words ws.
func askedOthers(ws []word, concepts []concept, firstWord []int) []int {
	var out []int
	for at, w := range ws {
		if w.folded != "other" && w.folded != "another" || at > 0 && ws[at-1].folded == "the" {
			continue
		}
		for i, k := range firstWord {
			if k > at && k <= at+otherReach && concepts[i].thing && !concepts[i].name {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// othersWeight is what a paragraph adds, for a question that asks of
// others of a kind, when it speaks of others of it.
const othersWeight = 0.3

// tellsOfOthers reports whether a sentence of a paragraph says "other"
// of a kind the question asks of others of, a word that surely puts it
// within otherReach words after: "Other cities in the region have gone
// further", "Brenmoor's four other ships"; not "in talks with other
// operators about chartering a larger ship".
func (e *Engine) tellsOfOthers(q question, ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	if pi == nil {
		return false
	}
	kinds := make([]concept, len(q.others))
	for i, k := range q.others {
		kinds[i] = q.concepts[k]
	}
	for i, sent := range pi.sents {
		if !putsAny(kinds, sent.terms) {
			continue
		}
		ws := e.readText(pi.sentence(i))
		for k, w := range ws {
			if !otherWords[w.folded] {
				continue
			}
			for j := k + 1; j < len(ws) && j <= k+otherReach; j++ {
				if e.surelyPuts(kinds, ws[j]) {
					return true
				}
			}
		}
	}
	return false
}
