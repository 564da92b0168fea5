package engine

import (
	"os"
	"strings"
	"testing"
)

// TestBuildForgetsItsLookups: a load that analyzes articles leaves few of
// their words among WordNet's kept lookups (wordnet.WordNet.Forget): what
// a build kept was allocated among its garbage, and held its heap in use
// long after. (The engine made after the analysis may look a few up
// again: the names it reads.)
func TestBuildForgetsItsLookups(t *testing.T) {
	for _, slug := range []string{"airline-strike", "brannock-wreck", "carnholt-ransomware"} {
		t.Run(slug, func(t *testing.T) {
			e := testdataEngine(t, slug)
			defer e.Close()
			if e.lex.wn == nil {
				t.Skip("no WordNet")
			}
			raw, err := os.ReadFile("../knowledge/testdata/" + slug + "/" + slug + ".txt")
			if err != nil {
				t.Fatal(err)
			}
			words := map[string]bool{}
			for w := range strings.FieldsFuncSeq(strings.ToLower(string(raw)), func(r rune) bool { return r < 'a' || r > 'z' }) {
				words[w] = true
			}
			var kept []string
			for w := range words {
				if e.lex.wn.Kept(w) {
					kept = append(kept, w)
				}
			}
			if 10*len(kept) > len(words) {
				t.Errorf("after the build WordNet keeps %d of the article's %d words, e.g. %q", len(kept), len(words), kept[:min(5, len(kept))])
			}
		})
	}
}
