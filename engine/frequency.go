package engine

import (
	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/knowledge"
)

// asksOften reports whether a question asks how often something happens:
// "how often do they run".
func asksOften(ws []word) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].folded == "how" && ws[i+1].folded == "often" {
			return true
		}
	}
	return false
}

// givesFrequency reports whether a sentence of a paragraph tells how often
// something happens (see frequency).
func (e *Engine) givesFrequency(ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	if pi == nil || e.lex.wn == nil {
		return false
	}
	for i := range pi.sents {
		if frequency(e.lex.wn, e.readText(pi.sentence(i))) {
			return true
		}
	}
	return false
}

// frequency reports whether words tell how often something happens: a
// unit of time after a word that shares out ("twice a week", "each day",
// "per hour"; see markedBefore), after "every" and a number ("every six
// minutes"), or a word made from one ("daily", "an annual festival"). A
// span is none: "for a day", "a year ago".
func frequency(wn *wordnet.WordNet, ws []word) bool {
	for k, w := range ws {
		if periodOf(wn, w.folded) != "" {
			return true
		}
		if !periodNoun(wn, w.folded) {
			continue
		}
		if k+1 < len(ws) && spanAfter[ws[k+1].folded] {
			continue
		}
		if k >= 2 && isNumberWord(ws[k-1].folded) && ws[k-2].folded == "every" {
			return true
		}
		if markedBefore(ws, k) && !spanBefore(ws, k) {
			return true
		}
	}
	return false
}

// spanAfter are the words after a unit of time that make "a year" a
// span, not a rate: "a year ago", "a week later".
var spanAfter = map[string]bool{"ago": true, "later": true, "earlier": true, "before": true, "after": true, "long": true, "old": true}

// spanBefore reports whether the "a" before the unit of time at k follows
// a preposition of a span ("for a day", "within a week").
func spanBefore(ws []word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-rateLead; j-- {
		if ws[j].folded == "a" || ws[j].folded == "an" {
			return j > 0 && periodPrepositions[ws[j-1].folded]
		}
	}
	return false
}

// periodNoun reports whether a word is a unit of time of periodWords, by
// any of its lemmas: "minutes" is a noun of its own too (a meeting's).
func periodNoun(wn *wordnet.WordNet, w string) bool {
	if periodWords[nounLemma(wn, w)] {
		return true
	}
	for _, l := range wn.Lemmas(w) {
		if periodWords[l] {
			return true
		}
	}
	return false
}
