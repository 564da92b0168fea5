package engine

import "github.com/coveragebot/coveragebot/engine/wordnet"

// idiomOfManner reports whether a lemma of three words or more that
// WordNet knows only as an adjective or an adverb is read as one: it
// tells how or in what state ("face to face", "out of date"), and its
// nouns are no things asked about: "the farmer gave him the ok face to
// face" asks nothing of a face.
func idiomOfManner(pos uint8) bool {
	return pos&(wordnet.Adjective|wordnet.Adverb) != 0 && pos&wordnet.Noun == 0
}
