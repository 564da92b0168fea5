package engine

import (
	"slices"

	"github.com/coveragebot/coveragebot/engine/wordnet"
)

// idiomOfManner reports whether a lemma of three words or more that
// WordNet knows only as an adjective or an adverb is read as one: it
// tells how or in what state ("face to face", "out of date"), and its
// nouns are no things asked about: "the farmer gave him the ok face to
// face" asks nothing of a face.
func idiomOfManner(pos uint8) bool {
	return pos&(wordnet.Adjective|wordnet.Adverb) != 0 && pos&wordnet.Noun == 0
}

// readIdiomEndingAt reads the word at i with the words the index drops
// before it ("on the table") as one, when WordNet knows them as an
// adjective alone: "what is on the table in the deal"
// asks what is offered, of no table. It is no thing, and stands for its
// synonyms ("under consideration"). Only where the coverage never uses
// the noun: the words are as often meant as they are.
func (e *Engine) readIdiomEndingAt(ws []word, i int) (concept, bool) {
	wn := e.lex.wn
	// Its noun, where the coverage uses it, may be meant as it is: "ash
	// in the air" of a story of the air is in no rumour.
	if wn == nil || ws[i].term == "" || e.vocab.dfOf(ws[i].term) > 0 {
		return concept{}, false
	}
	for back := 2; back >= 1; back-- {
		start := i - back
		if start < 0 || slices.ContainsFunc(ws[start:i], func(w word) bool { return w.term != "" }) {
			continue
		}
		folded := make([]string, 0, back+1)
		for _, w := range ws[start : i+1] {
			folded = append(folded, w.folded)
		}
		pos, lemma := wn.Collocation(folded...)
		// (An adverb led so is readAdverbPhrases'; one it leaves, "in the
		// south", keeps its words.)
		if pos != wordnet.Adjective {
			continue
		}
		c := concept{label: surface(ws[start : i+1]), alts: []alt{{terms: []string{ws[i].term}, strength: 1, sure: true}}}
		e.addWordSynonyms(&c, lemma)
		return c, true
	}
	return concept{}, false
}
