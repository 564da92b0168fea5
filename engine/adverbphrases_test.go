package engine

import (
	"slices"
	"testing"
)

// TestReadAdverbPhrases holds that an adverb of several words that means
// a common adverb is phrasing ("in the first place", "so far"), that one
// that means a rarer adverb is read as it ("for good": "permanently"),
// and that one whose synonym is a noun ("in the south", "in the
// meantime") keeps its words.
func TestReadAdverbPhrases(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		question string
		dropped  []string // labels no concept has
		kept     []string // labels some concept has
		term     string   // a word some concept puts in its alts, "" for none
	}{
		{"why did the gas leak in the first place", []string{"first", "place"}, []string{"leak"}, ""},
		{"how many people have voted so far", []string{"far"}, []string{"voted"}, ""},
		{"are they going to close the cave for good", nil, []string{"cave"}, "permanently"},
		{"why did reefs in the south come off better", nil, []string{"south"}, ""},
		{"what are they doing at the plant in the meantime", nil, []string{"meantime"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			q := e.read(tt.question)
			for _, l := range tt.dropped {
				if _, ok := conceptLabeled(q, l); ok {
					t.Errorf("reads %q as a concept, want it phrasing", l)
				}
			}
			for _, l := range tt.kept {
				if _, ok := conceptLabeled(q, l); !ok {
					t.Errorf("reads no concept %q", l)
				}
			}
			if tt.term != "" {
				want := e.termOf(tt.term)
				if !slices.ContainsFunc(q.concepts, func(c concept) bool { return hasTerm(c, want) }) {
					t.Errorf("no concept puts %q (%s)", tt.term, want)
				}
			}
		})
	}
}
