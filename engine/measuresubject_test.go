package engine

import "testing"

// TestMeasureOfSubject holds that a "how much X" question ranks first the
// paragraph whose sentence measures X as its subject ("Ash piled up to 4
// centimetres deep"), not one where a number stands before "out of" X
// ("3,400 residents out of the villages"), which measures no X.
func TestMeasureOfSubject(t *testing.T) {
	e := storyEngine(t,
		"Volcano on Kellholm erupts",
		"Civil protection authorities ordered some 3,400 residents out of the villages of Brekka and Saltvik on Monday.",
		"Ash piled up to 4 centimetres deep in the villages, burying cars and caving in the roof of a barn, local police said.",
		"The villages lie inside a 15-kilometre exclusion zone drawn around the crater.",
	)
	for _, tt := range []struct {
		question string
		first    int
	}{
		{"how much ash fell on the villages", 3},
	} {
		t.Run(tt.question, func(t *testing.T) {
			if got := decided(t, e, tt.question); len(got) == 0 || got[0] != tt.first {
				t.Errorf("cites %v, want ¶%d first", got, tt.first)
			}
		})
	}
	q := e.read("how much ash fell on the villages")
	for _, tt := range []struct {
		para int
		want bool
	}{
		{2, false}, // "3,400 residents out of the villages"
		{3, true},  // "Ash piled up to 4 centimetres deep"
	} {
		if got := e.measuresIt(q, refOf("story", tt.para)); got != tt.want {
			t.Errorf("measuresIt(¶%d) = %v, want %v", tt.para, got, tt.want)
		}
	}
}
