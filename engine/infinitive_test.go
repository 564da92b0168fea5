package engine

import "testing"

// TestInfinitiveNoThing holds that the verb after "need to" or "have
// to" is a verb, though WordNet knows it first as a noun ("bin"): it is
// no thing the coverage must mention. After "going to" a noun is still a place or thing ("going to
// court").
func TestInfinitiveNoThing(t *testing.T) {
	e := storyEngine(t,
		"Cheese recall after listeria found",
		"The creamery is recalling three soft cheeses after listeria was found at its plant.",
		"Shoppers need to throw away the Holbeck Brie and the Vale Camembert or return them to the shop.",
	)
	tests := []struct {
		question string
		missing  bool
	}{
		{"which cheeses do i need to bin", false},
		{"which cheeses do they have to bin", false},
		{"is the creamery going to court", true},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := len(e.read(tt.question).missing()) > 0; got != tt.missing {
				t.Errorf("missing %s: %v, want %v", labels(e.read(tt.question).missing()), got, tt.missing)
			}
		})
	}
}
