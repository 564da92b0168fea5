package engine

import (
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
)

// dwellerNoun is WordNet's noun of which a resident, an islander and a
// villager are kinds, within dwellerDepth steps: one who lives in a place.
const (
	dwellerNoun  = "inhabitant"
	dwellerDepth = 3
)

// asksDwellers reports whether a question that counts persons asks how
// many live somewhere: a verb of dwelling follows what it counts ("how
// many people live in Tarvik", "how many ppl live on the island").
func (e *Engine) asksDwellers(cs []concept) bool {
	for _, c := range cs {
		if c.thing || c.name {
			continue
		}
		first, _, _ := strings.Cut(strings.ToLower(c.label), " ")
		return slices.ContainsFunc(e.lex.wn.Lemmas(first), e.dwellVerb)
	}
	return false
}

// dwellVerb reports whether a lemma is a verb of living somewhere: it is
// "inhabit" or shares its most frequent sense ("live", "dwell",
// "populate"). Not a verb WordNet derives a dweller from in a rare sense:
// a marcher is first of all one who lives in a border region.
func (e *Engine) dwellVerb(l string) bool {
	wn := e.lex.wn
	return wn.POS(l)&wordnet.Verb != 0 && (l == "inhabit" || slices.Contains(wn.SynonymsAs(l, wordnet.Verb), "inhabit"))
}

// dwellerWord reports whether a noun lemma names those who live in a
// place, one by one ("residents", "islanders") or together: a
// "population" is what "populate" makes.
func (e *Engine) dwellerWord(n string) bool {
	wn := e.lex.wn
	if wn.Person(n) && wn.KindOf(n, dwellerNoun, dwellerDepth) {
		return true
	}
	return wn.MostlyNoun(n) && slices.ContainsFunc(wn.Derived(n), e.dwellVerb)
}

// placeWord reports whether a noun lemma is a place persons may live in:
// first of all a location ("town", "city", "home"), or in a sense a
// geographical area or a land ("village", "island", "country"). A march
// is a border region only in a rare sense, and a crowd none.
func placeWord(wn *wordnet.WordNet, n string) bool {
	return wn.Place(n) || wn.KindOf(n, "geographical_area", 4) || wn.KindOf(n, "land", 3)
}

// countsDwellers reports whether a sentence may count those who live
// somewhere, by one of its numbers that may count (at, see
// countingNumbers): it says a verb of dwelling ("4,000 people live
// there"), or a number counts dwellers ("Lanthorpe's 19,400
// inhabitants", "its 38 residents"), or sizes a place or its
// population ("the town of roughly 38,000 people", "home to about 4,800
// people", "a population of 31 million"), or is a place's people ("the
// city's 96,000 people"). A number of persons who did something there
// is none: "12,000 people had marched through Valdheim", "where 1,860
// youngsters took part", "killed 11 people", "a march of some 20,000
// people".
func (e *Engine) countsDwellers(ws []word, at []int) bool {
	wn := e.lex.wn
	for _, w := range ws {
		if w.term == "" {
			continue
		}
		if _, noun := wn.NounLemma(w.folded); noun && strings.HasSuffix(w.folded, "s") {
			continue // "lives" is the plural of life
		}
		if slices.ContainsFunc(wn.Lemmas(w.folded), e.dwellVerb) {
			return true
		}
	}
	for _, from := range at {
		if from <= 0 {
			continue // a share counts a part of what it is of
		}
		for j := from; j < len(ws) && j <= from+1 && ws[j].term != ""; j++ {
			if e.dwellerWord(wn.NounLemmaOr(ws[j].folded)) {
				return true
			}
		}
		run := numberStart(ws, from-1)
		if sizes(wn, ws, run, func(n string) bool { return placeWord(wn, n) || e.dwellerWord(n) }) {
			return true
		}
		if i := hedgeBefore(ws, run); i >= 0 {
			if s := ws[i].surface; strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s") {
				if isCapitalised(s) || placeWord(wn, wn.NounLemmaOr(ws[i].folded)) {
					return true
				}
			}
		}
	}
	return false
}

// sizes reports whether the number whose words start at run, past the
// words that hedge it, follows "of" or "to" after a noun of which is
// true: "the town of roughly 38,000", "home to about 4,800". The "to" of
// "up to" hedges.
func sizes(wn *wordnet.WordNet, ws []word, run int, of func(string) bool) bool {
	for i := run - 1; i > 0 && i >= run-4; i-- {
		f := ws[i].folded
		if (f == "of" || f == "to") && ws[i-1].term != "" && of(wn.NounLemmaOr(ws[i-1].folded)) {
			return true
		}
		if !hedgeWords[f] {
			return false
		}
	}
	return false
}
