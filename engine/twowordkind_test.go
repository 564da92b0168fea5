package engine

import "testing"

// TestTwoWordKind holds that a thing the coverage names only by a noun of
// two words that WordNet says is a kind of it is not missing: "heatstroke"
// in a story of "heat exhaustion". Not a thing of which the coverage has
// no kind ("sunburn"), nor one named by the last word alone.
func TestTwoWordKind(t *testing.T) {
	e := storyEngine(t,
		"Schools shut as the heatwave goes on",
		"The hospital said it had treated 46 children for heat exhaustion since Saturday.",
		"Teachers said the pupils' exhaustion after a week of exams was plain to see.",
	)
	tests := []struct {
		question, label string
		want            bool
	}{
		{"what are the signs of heatstroke", "heatstroke", true},
		{"how many kids got sunburn", "sunburn", false},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			c, ok := conceptLabeled(e.read(tt.question), tt.label)
			if !ok {
				t.Fatalf("no concept %q", tt.label)
			}
			if got := c.known >= knownFloor; got != tt.want {
				t.Errorf("%s known %.2f, want known %v", tt.label, c.known, tt.want)
			}
		})
	}
	checkCites(t, e, []citeCase{{"what are the signs of heatstroke", []int{2}}})
}
