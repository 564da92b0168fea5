package engine

import (
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/knowledge"
)

// askedMade returns the word of a "when" question that asks, in the past,
// when something was made or begun, as its past participle: "built" of
// "when was the bridge built", "opened" of "when did brennocks first
// open"; "" for none. The participle comes after "was" or "were", the
// base form after "did" ("when was the body found" asks of finding, and
// "found" is no base form after "was"). A question that asks of what is
// to come ("when will it be completed", "when is it due to open") asks
// no year it was made in.
func askedMade(wn *wordnet.WordNet, ws []word) string {
	aux := ""
	for _, w := range ws {
		switch {
		case notPastAuxiliaries[w.folded]:
			return ""
		case w.folded == "was" || w.folded == "were" || w.folded == "did":
			if aux == "" {
				aux = w.folded
			}
		case aux == "did":
			if p := madeParticiple(wn, w.folded); p != "" {
				return p
			}
		case aux != "" && madeVerbs[w.folded]:
			return w.folded
		}
	}
	return ""
}

// askedInPast reports whether a question is asked of the past: it has
// none of the auxiliaries of the present or the future, nor a modal of
// what can be ("when can people go back"), nor "is" or "has" cut to an
// "'s" after its question word ("when's the tenant demo").
func askedInPast(ws []word) bool {
	return !slices.ContainsFunc(ws, func(w word) bool {
		return notPastAuxiliaries[w.folded] || presentModals[w.folded] || cutAsks[w.folded] && cutAuxiliary(w)
	})
}

// cutAsks are the question words an "is" or a "has" is cut onto:
// "when's", "what's", "where's", "who's", "how's".
var cutAsks = map[string]bool{"when": true, "what": true, "where": true, "who": true, "how": true}

// cutAuxiliary reports whether a word is written with "is" or "has" cut
// to an "'s", with its apostrophe or without ("when's", "whens"): its
// surface is its folded form and an "s".
func cutAuxiliary(w word) bool {
	s := strings.ToLower(w.surface)
	for _, apostrophe := range []string{"'", "’", ""} {
		if s == w.folded+apostrophe+"s" {
			return true
		}
	}
	return false
}

// presentModals put a question in the present or the future, as
// notPastAuxiliaries do, but are no auxiliaries of a made thing's verb.
var presentModals = map[string]bool{"can": true, "may": true, "might": true, "must": true, "should": true}

// notPastAuxiliaries put a question in the present or the future.
var notPastAuxiliaries = map[string]bool{
	"will": true, "would": true, "shall": true, "is": true, "are": true, "am": true, "be": true,
	"does": true, "do": true, "has": true, "have": true, "going": true, "due": true,
}

// madeParticiple returns the past participle among madeVerbs of a verb's
// base form ("built" of "build", "opened" of "open"), "" when it has none.
func madeParticiple(wn *wordnet.WordNet, base string) string {
	for _, p := range []string{base + "ed", base + "d"} {
		if madeVerbs[p] {
			return p
		}
	}
	if wn == nil {
		return ""
	}
	for p := range madeVerbs {
		if slices.Contains(wn.Irregular(p), base) {
			return p
		}
	}
	return ""
}

// givesMade reports whether a paragraph says when what a question asks
// was made or begun (see askedMade): one of its sentences says so with a
// year or a date (see saysMadeWhen) and puts every name the question
// gives, or the paragraph mentions it as the fact base says ("It opened
// in 1978"); when it gives none, one of the things it asks of. "A
// converted schoolhouse ... since 1971" says not when the schoolhouse was
// built, nor "the Fellgate works, which was built in 1971" when the
// Polvane factory was. A question of no made thing (see madeThing) asks
// nothing of the kind.
func (e *Engine) givesMade(q question, ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	if pi == nil {
		return false
	}
	var names, things []concept
	for _, c := range q.concepts {
		switch {
		case madeVerbs[foldedLabel(c.label)] || madeParticiple(e.lex.wn, foldedLabel(c.label)) != "":
		case c.name || len(c.entities) > 0:
			names = append(names, c)
		case c.thing:
			things = append(things, c)
		}
	}
	if !slices.ContainsFunc(names, e.madeThing) && !slices.ContainsFunc(things, e.madeThing) {
		return true
	}
	stems := make([]string, 0, len(madeVerbs))
	for v := range madeVerbs {
		stems = append(stems, e.termOf(v))
	}
	for i, sent := range pi.sents {
		if !saysMadeWhen(e.readText(pi.sentence(i)), stems) {
			continue
		}
		if len(names) > 0 {
			if !slices.ContainsFunc(names, func(c concept) bool { return c.sureMatch(sent.terms()) < figureOfMatch && !c.mentions(ref) }) {
				return true
			}
			continue
		}
		if putsAny(things, sent.terms()) {
			return true
		}
	}
	return false
}

// isHistoricYear reports whether a word is a year of the last thousand
// years or so (1000-2099): beside a verb of making, a number of four
// digits is one ("built in 1862"), where isYear, for any sentence, takes
// only this century's and the last.
func isHistoricYear(w string) bool {
	if len(w) != 4 || w[0] != '1' && w[:2] != "20" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// saysMadeWhen reports whether a sentence's words say when something was
// made or begun: a word of madeVerbs, or one of their stems among stems
// ("its construction in 1859", "since its opening"), and a year, of any
// century, or a date ("built in 1862", "In 1936 Edwin Brennock founded
// it", "opened on Monday").
func saysMadeWhen(ws []word, stems []string) bool {
	return slices.ContainsFunc(ws, func(w word) bool { return madeVerbs[w.folded] || w.term != "" && slices.Contains(stems, w.term) }) &&
		(slices.ContainsFunc(ws, func(w word) bool { return isHistoricYear(w.folded) }) || givesDate(ws))
}

// madeThing reports whether a concept is of a thing that is made: an
// organisation or a place the fact base knows, or a noun of a thing one
// can point at that is not a person ("bridge", "factory"); not an act or
// an event ("the trial", "the inquiry"), which is held or opened as
// often as dated by its own words.
func (e *Engine) madeThing(c concept) bool {
	if len(c.entities) > 0 {
		return slices.ContainsFunc(c.entities, func(en *knowledge.Entity) bool { return en.Kind != knowledge.KindPerson })
	}
	wn := e.lex.wn
	if wn == nil || !c.noun {
		return false
	}
	l := headLemma(wn, c.label)
	return wn.Concrete(l) && !wn.Person(l)
}
