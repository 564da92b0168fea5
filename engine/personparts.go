package engine

import (
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
)

// minPersonHead is the fewest letters of the head of a closed compound
// that names a person: "man" and "son" end too many words by chance
// ("binmen", "chairperson"), and a story that says "men" says little of
// its binmen.
const minPersonHead = 4

// personByParts returns the terms by which a coverage that never uses a
// person's noun may still put that person: its head, when the noun is a
// closed compound of two words ("ringleader": a leader, "gatekeeper": a
// keeper), the way English makes such nouns, though WordNet files the
// compound elsewhere (a ringleader is an instigator); and the group a
// member of which the noun names, when WordNet's synonym of it says so
// ("council member" for "councillor": the story's "council"). Both are
// found as the coverage writes them: the head or its plural as it is, not
// a word sharing its stem, and a group as a noun of its own.
func (e *Engine) personByParts(lemma string) []string {
	wn := e.lex.wn
	if wn == nil || !wn.Person(lemma) || !lettersOnly(lemma) {
		return nil
	}
	var out []string
	for i := minCompoundPart; i+minPersonHead <= len(lemma); i++ {
		h := lemma[i:]
		if !wn.Has(lemma[:i]) || wn.POS(h)&wordnet.Noun == 0 || !wn.MostlyNoun(h) {
			continue
		}
		if t := e.kindTerm(h); t != "" {
			out = append(out, t)
			break
		}
	}
	for _, syn := range wn.Synonyms(lemma) {
		group, ok := strings.CutSuffix(syn, "_member")
		if !ok {
			group, ok = strings.CutPrefix(syn, "member_of_")
		}
		if !ok || strings.ContainsAny(group, "_-") || !wn.MostlyNoun(group) {
			continue
		}
		if t := e.kindTerm(group); t != "" {
			out = append(out, t)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
