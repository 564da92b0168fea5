package engine

import "strings"

// A word typed without its vowels ("msgs", "yrs", "mgmt") is chat's short
// form of a word: its consonants, in order, from the first letter to the
// last. minSkeleton is the fewest letters of such a form; a shorter one
// ("pc", "tv") is initials, not a word's consonants.
const minSkeleton = 3

// skeletonOf returns the term of the coverage's commonest word that a
// word of no vowels, which no dictionary knows and no vector has, writes
// without its vowels: one that starts with its first letter, ends with
// its last, holds its letters in their order and is at least two letters
// longer ("messages" for "msgs"); else "". Only a word English uses more
// than slipRank's: among rare words too many hold a short form's letters.
func (e *Engine) skeletonOf(w string) string {
	if len(w) < minSkeleton || !lettersOnly(w) || strings.ContainsAny(w, "aeiouy") || e.lex.vec == nil {
		return ""
	}
	best, bestRank := "", slipRank
	for cw := range e.vocab.startingWith(w[:1]) {
		if len(cw) < len(w)+2 || cw[len(cw)-1] != w[len(w)-1] || !holdsInOrder(cw, w) {
			continue
		}
		if r, ok := e.lex.vec.Rank(cw); ok && r < bestRank {
			best, bestRank = cw, r
		}
	}
	if best == "" {
		return ""
	}
	return e.vocab.words[best]
}

// holdsInOrder reports whether word holds each letter of short in order.
func holdsInOrder(word, short string) bool {
	i := 0
	for j := 0; j < len(word) && i < len(short); j++ {
		if word[j] == short[i] {
			i++
		}
	}
	return i == len(short)
}
