package engine

import (
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
)

// English may put a verb's particle after its object: "set them back",
// "set taxpayers back", "let him out", "knock the stand down". The verb
// of two words ("set back", which is to cost) is then split, and its
// words are read apart: "set" as any setting, "back" as a body's. So the
// particle is moved back beside its verb, where readCollocation reads the
// two as one: "set back them", "knock down the stand".

// shiftedParticles are the particles English puts after a verb's object.
var shiftedParticles = map[string]bool{
	"out": true, "off": true, "up": true, "down": true, "back": true, "over": true,
	"away": true, "in": true, "on": true, "around": true, "aside": true,
}

// maxObjectWords is how many words the object between a verb and its
// particle may have: "the stand", "the whole fund" is one too many to be
// sure it is one noun phrase.
const maxObjectWords = 2

// shiftParticles moves each particle that ends a clause after a verb's
// short object back beside the verb, when WordNet knows the verb and the
// particle as one verb ("set_back") and the object is a pronoun or a noun
// phrase of a word or two: a determiner or possessive, then a noun.
func (e *Engine) shiftParticles(ws []word) {
	wn := e.lex.wn
	if wn == nil {
		return
	}
	for p := 2; p < len(ws); p++ {
		if !shiftedParticles[ws[p].folded] || p+1 < len(ws) && !ws[p+1].brk {
			continue // a particle that ends its clause, not a preposition before its noun
		}
		for v := p - 2; v >= 0 && v >= p-1-maxObjectWords; v-- {
			if ws[p].brk || slices.ContainsFunc(ws[v+1:p+1], func(w word) bool { return w.brk }) {
				break
			}
			if !e.objectPhrase(ws[v+1 : p]) {
				continue
			}
			// After a determiner it is a noun: "the report".
			if v > 0 && (determiners[ws[v-1].folded] || wordnet.Possessive(ws[v-1].folded)) || !splitVerb(wn, ws[v].folded, ws[p].folded) {
				continue
			}
			particle := ws[p]
			particle.brk = false
			copy(ws[v+2:p+1], ws[v+1:p])
			ws[v+1] = particle
			break
		}
	}
}

// splitVerb reports whether a word is a form of a verb that WordNet knows
// with the particle as one verb, and the word alone is no such verb
// already ("give" of "give up").
func splitVerb(wn *wordnet.WordNet, w, particle string) bool {
	if wn.POS(w)&wordnet.Verb == 0 && !anyVerb(wn, w) {
		return false
	}
	pos, _ := wn.Collocation(w, particle)
	return pos&wordnet.Verb != 0
}

// objectPhrase reports whether words are a verb's object short enough to
// stand between it and its particle: an object pronoun ("them"), or a
// noun with a determiner or possessive before it or not ("taxpayers",
// "the stand", "his car").
func (e *Engine) objectPhrase(ws []word) bool {
	switch {
	case len(ws) == 1 && objectPronouns[ws[0].folded]:
		return true
	case len(ws) == 0 || len(ws) > maxObjectWords:
		return false
	}
	head := ws[len(ws)-1]
	if len(ws) == 2 && !determiners[ws[0].folded] && !wordnet.Possessive(ws[0].folded) && !possessive(ws[0].surface) {
		return false
	}
	// A participle is the verb the particle goes with: "coming out".
	if strings.HasSuffix(head.folded, "ing") && slices.ContainsFunc(e.lex.wn.Lemmas(head.folded), func(l string) bool { return l != head.folded && e.lex.wn.POS(l)&wordnet.Verb != 0 }) {
		return false
	}
	return head.term != "" && e.lex.wn.MostlyNoun(e.lex.wn.NounLemmaOr(head.folded))
}
