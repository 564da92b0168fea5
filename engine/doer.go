package engine

import (
	"slices"

	"github.com/coveragebot/coveragebot/knowledge"
)

// doerNamed reports whether a paragraph may answer a question that asks
// who did something to what it names ("who owns Corvane") by a verb the
// coverage never puts in its own words, their forms or synonyms, only by
// a neighbour: a sentence of the paragraph puts the verb, a neighbour
// will do ("the club was bought by an American consortium led by Peter
// Hallam"), and names someone the question does not, who did it. A paragraph that names the thing asked
// of but says nothing of the deed does not answer ("Corvane said"), nor
// does one whose sentence putting it names no one ("whose bank details
// the company already holds"). A verb the coverage puts in no way at all
// is left to the paragraph's other words: "who dared the Kremlin to show
// up" is answered by "challenged". Any other question passes.
func (e *Engine) doerNamed(q question, ref knowledge.Ref) bool {
	if !q.who || len(q.concepts) < 2 {
		return true
	}
	verb := q.concepts[0]
	if verb.name || verb.noun || verb.thing || verb.known >= knownFloor || verb.known == 0 || !slices.ContainsFunc(q.concepts[1:], func(c concept) bool { return c.name }) {
		return true
	}
	pi := e.vocab.para(ref)
	if pi == nil {
		return false
	}
	for i, sent := range pi.sents {
		if verb.match(sent.terms) == 0 {
			continue
		}
		ws := e.readText(pi.sentence(i))
		for k, w := range ws {
			// A sentence's first word is capitalised whatever it is:
			// it names someone only when the dictionary knows it not.
			if e.otherName(q, w) && (k > 0 || e.lex.wn == nil || e.lex.wn.Lemmas(w.folded) == nil) {
				return true
			}
		}
	}
	return false
}
