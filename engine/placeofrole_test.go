package engine

import "testing"

// TestPlaceOfRole holds that a noun for a place the coverage never writes
// is mentioned when the fact base says a place it names is one ("Main
// city of Wessmoor"): "into the city" speaks of Brackenford. A place noun
// no role says ("the village") is still never mentioned.
func TestPlaceOfRole(t *testing.T) {
	e := storyEngineWith(t, `entities:
  - id: brackenford
    name: Brackenford
    kind: place
    role: Main city of Wessmoor, where the commuter lines converge
    paragraphs: [2, 3]
`,
		"Rail fares to rise by 14 percent",
		"Haldane Rail will raise season tickets into Brackenford by 14.5 percent from April.",
		"An annual season ticket from Millbridge to Brackenford will cost 4,120 crowns, up from 3,598.",
	)
	tests := []struct {
		question string
		missing  bool
	}{
		{"what will a yearly pass from millbridge into the city cost", false},
		{"what will a yearly pass from millbridge into the village cost", true},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := len(e.read(tt.question).missing()) > 0; got != tt.missing {
				t.Errorf("missing something: %v, want %v", got, tt.missing)
			}
		})
	}
	checkCites(t, e, []citeCase{{"what will a yearly pass from millbridge into the city cost", []int{3}}})
}
