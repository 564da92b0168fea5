package engine

import (
	"slices"

	"github.com/coveragebot/coveragebot/engine/wordnet"
)

// askedLastDone reads whether a "when" question asks, in the passive,
// when something was last done: "when was tarnbeck last fined", "when
// were the gates last opened". Only a sentence that dates that act (by
// its verb or a word for it, see datesDone) answers; any other date is of
// something else. The word after "last" is an inflected verb ("fined" of
// "fine"), so "when was the last time pilots walked out" (a noun after
// it) asks no such thing, nor does "when did it last get a new surface",
// whose verb may be said by another ("was last resurfaced in 2011"), nor
// "when were Ashford last champions" (a plural noun).
//
// It returns the index of "last", an adverb there and no act of the
// question's ("the end of 2024" dates no fine), or -1 for none.
func askedLastDone(wn *wordnet.WordNet, ws []word) int {
	if wn == nil || !slices.ContainsFunc(ws, func(w word) bool { return w.folded == "was" || w.folded == "were" }) {
		return -1
	}
	for i, w := range ws[:max(0, len(ws)-1)] {
		if w.folded != "last" {
			continue
		}
		next := ws[i+1].folded
		if nounLemma(wn, next) != next { // a plural: "when were Ashford last champions"
			continue
		}
		if slices.ContainsFunc(wn.Lemmas(next), func(l string) bool { return l != next && wn.POS(l)&wordnet.Verb != 0 }) {
			return i
		}
	}
	return -1
}
