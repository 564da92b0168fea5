package engine

import (
	"slices"
	"testing"
)

// TestCountedPersons holds that "people" counted by a "how many" question
// is put, not surely, by the nouns of persons near it that the story
// counts its people by: "how many ppl were moved out near the crater" by
// the "3,400 residents" ordered out (grenholm ¶8), "how many ppl are still
// stuck" by the quarry's "workers". Not where nothing is counted.
func TestCountedPersons(t *testing.T) {
	for _, tt := range []struct {
		story, question, term string
		want                  bool
		cited                 int // a paragraph among the first three cited; 0 for none asked
	}{
		{"grenholm-volcano-flights", "how many ppl were moved out near the crater", "residents", true, 8},
		{"grenholm-volcano-flights", "what do ppl near the crater think", "residents", false, 0},
		{"quarry-collapse", "how many ppl are still stuck down there", "workers", true, 2},
	} {
		t.Run(tt.question, func(t *testing.T) {
			e := testdataEngine(t, tt.story)
			c, ok := conceptLabeled(e.read(tt.question), "ppl")
			if !ok {
				t.Fatal("no concept ppl")
			}
			if got := hasTerm(c, e.termOf(tt.term)); got != tt.want {
				t.Errorf("ppl puts %s: %v, want %v", tt.term, got, tt.want)
			}
			if tt.cited > 0 {
				got := citedParagraphs(t, e, tt.question)
				if !slices.Contains(got[:min(3, len(got))], tt.cited) {
					t.Errorf("cites %v, want ¶%d among the first three", got, tt.cited)
				}
			}
		})
	}
}
