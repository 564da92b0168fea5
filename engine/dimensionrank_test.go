package engine

import (
	"slices"
	"testing"
)

// TestDimensionRanks holds that, for a question that asks how tall, deep
// or long something is, a paragraph that gives a length its words say is
// of that extent ("rises 1,690 metres above sea level") ranks before one
// that gives a length of no extent it says ("had bulged by about 9
// centimetres") in the question's words.
func TestDimensionRanks(t *testing.T) {
	e := storyEngine(t,
		"Volcano on Kellholm erupts",
		"Scientists raised the mountain's alert level after the ground beneath its summit bulged by about 9 centimetres, and the mountain erupted on Monday.",
		"Mount Hallvar, which rises 1,690 metres above sea level, last erupted in 1921.",
		"Rescuers reached the miners in the tunnel, which runs 300 metres long, on Tuesday.",
		"The two miners were trapped 410 metres underground when the roof of the tunnel fell.",
	)
	for _, tt := range []struct {
		question string
		first    int
	}{
		{"how tall is the mountain", 3},
		{"how deep underground are the miners in the tunnel", 5},
	} {
		t.Run(tt.question, func(t *testing.T) {
			got := decided(t, e, tt.question)
			if len(got) == 0 || got[0] != tt.first {
				t.Errorf("cites %v, want ¶%d first", got, tt.first)
			}
			if !slices.Contains(got, tt.first) {
				t.Errorf("does not cite ¶%d", tt.first)
			}
		})
	}
}
