package engine

import (
	"slices"
	"sort"
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordvec"
)

// A clipped word is at least minClip letters long, and its full word at
// least clipMore letters longer: "app" of "applications", "exec" of
// "executive"; a plural or another inflection of it is the stemmer's.
const (
	minClip  = 3
	clipMore = 3
	// clipCos is how near the vectors put a clipped word and its full
	// word: "apps" is 0.52 from "applications", "exec" 0.38 from
	// "executive", "astro" 0.24 from "astronomy" (a clip's vector is
	// learnt from fewer and other texts than its word's); "apps" only
	// 0.16 from "apples", which it starts too. Most rare words that start
	// a commoner word at 0.2 to 0.3 are pieces of names ("lew" of
	// "lewinsky"), which readers do not type for what a story writes.
	clipCos = 0.2
)

// clippedFrom returns the terms of the coverage's words that a rare word it
// never uses clips: words the question word, or its singular, starts ("apps"
// of "applications", "stats" of "statistics") that English uses more, and
// that its vectors put near it. Chat clips words readers do not trouble to
// write in full; the vectors of a clip and its word are seldom near enough
// to be among its nearest words ("apps" is 0.52 from "applications", below
// what a neighbour needs). A word as common as "train" or "tanks" is meant
// as typed: it is not the "training" or "tankers" it starts.
func (e *Engine) clippedFrom(word string, vec wordvec.Vec) []string {
	r, ok := e.lex.vec.Rank(word)
	if !ok || r < slipRank {
		return nil
	}
	prefixes := []string{word}
	if s, ok := strings.CutSuffix(word, "s"); ok {
		prefixes = append(prefixes, s)
	}
	var out []string
	for _, p := range prefixes {
		if len(p) < minClip {
			continue
		}
		for w := range e.vocab.startingWith(p) {
			if len(w) < len(p)+clipMore {
				continue
			}
			if fr, ok := e.lex.vec.Rank(w); !ok || fr > r {
				continue
			}
			if v, ok := e.lex.vec.Vector(w); ok && vec.Cosine(v) >= clipCos {
				if t := e.vocab.words[w]; t != "" {
					out = append(out, t)
				}
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// startingWith yields the coverage's words with vectors that start with
// prefix, in the order of their spelling. Its words are sorted, as are
// those of each region of the vector space when a large coverage keeps
// them by region, where sortedVec orders them all.
func (v *vocabulary) startingWith(prefix string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		if v.byCluster == nil {
			b := v.vecWords
			for i := sort.SearchStrings(b.words, prefix); i < len(b.words) && strings.HasPrefix(b.words[i], prefix); i++ {
				if !yield(b.words[i]) {
					return
				}
			}
			return
		}
		at := func(k int) string {
			p := v.sortedVec[k]
			return v.byCluster[p&0xff].words[p>>8]
		}
		k := sort.Search(len(v.sortedVec), func(k int) bool { return at(k) >= prefix })
		for ; k < len(v.sortedVec) && strings.HasPrefix(at(k), prefix); k++ {
			if !yield(at(k)) {
				return
			}
		}
	}
}

// clipStrength is how surely a clipped word puts its full word: as surely
// as a clip no dictionary knows that is among its nearest words ("chemo").
const clipStrength = 0.9
