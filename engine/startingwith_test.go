package engine

import (
	"slices"
	"strings"
	"testing"
)

// TestStartingWith holds that the words a prefix starts are found, in the
// order of their spelling, in a coverage whose words are kept by region
// of the vector space (found by one search, where each region's words
// were searched) as in one whose words are kept whole.
func TestStartingWith(t *testing.T) {
	lex, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var all []vecWord
	for i := 0; len(all) < 3*scanWhole; i++ {
		w := lex.vec.Word(i * 7)
		if vec, ok := lex.vec.Vector(w); ok {
			all = append(all, vecWord{word: w, vec: vec})
		}
	}
	for _, n := range []int{scanWhole / 2, len(all)} {
		var v vocabulary
		v.setVecWords(lex, slices.Clone(all[:n]))
		if (v.byCluster != nil) != (n > scanWhole) {
			t.Fatalf("%d words: kept by region %v", n, v.byCluster != nil)
		}
		for _, prefix := range []string{"st", "pre", "cl", "inter", "zzz", "a"} {
			var want []string
			for _, w := range all[:n] {
				if strings.HasPrefix(w.word, prefix) {
					want = append(want, w.word)
				}
			}
			slices.Sort(want)
			got := slices.Collect(v.startingWith(prefix))
			if !slices.Equal(got, want) {
				t.Errorf("%d words, %q: got %d words %.60q, want %d %.60q", n, prefix, len(got), got, len(want), want)
			}
		}
	}
}
