package engine

import (
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
)

// coverageAnalyzer is the index's analyzer (see analyzerName) with a way
// round it for a plain word, of lowercase ASCII letters only: bleve's
// copies the word into bytes, makes a token stream of it, and copies it
// to a string and back at the stemmer, about ten allocations a word, and
// the read stage analyzes dozens of words a question (WordNet's synonyms,
// kinds and derived forms of its words that the coverage does not use).
// Such a word is one token, which neither the lowercase nor the
// possessive filter changes: its term is "" if a stop list has it, else
// its Snowball stem, as the analyzer's filters give it
// (TestPlainTermAsAnalyzed compares the two over WordNet's and the
// vectors' words).
type coverageAnalyzer struct {
	analysis.Analyzer
	// stops are the plain words the analyzer's stop filters drop.
	stops map[string]bool
}

// newCoverageAnalyzer wraps the index's analyzer. Its stop lists are
// English's and questionWords, each word of which is asked of the
// analyzer itself, not assumed dropped.
func newCoverageAnalyzer(an analysis.Analyzer) *coverageAnalyzer {
	ca := &coverageAnalyzer{Analyzer: an, stops: map[string]bool{}}
	candidates := slices.Clone(englishStopList())
	for _, w := range questionWords {
		candidates = append(candidates, w.(string))
	}
	for _, w := range candidates {
		if plainWord(w) && len(an.Analyze([]byte(w))) == 0 {
			ca.stops[w] = true
		}
	}
	return ca
}

// plainTerm is firstTerm's result for a plain word (ok false for any
// other word).
func (ca *coverageAnalyzer) plainTerm(w string) (term string, ok bool) {
	if !plainWord(w) {
		return "", false
	}
	if ca.stops[w] {
		return "", true
	}
	env := snowballstem.NewEnv(w)
	english.Stem(env)
	// (A copy: the stem may be a part of w, which may be a part of a
	// question kept in no cache.)
	return strings.Clone(env.Current()), true
}

// plainWord reports whether w is one or more lowercase ASCII letters.
func plainWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
