package engine

import "testing"

// TestBroaderCommonKind holds that a thing the coverage never names is
// not missing from it when a common word near it names a broader kind of
// thing one can point at ("the academy": its "school"), and still is when
// that word names persons taken together ("the population": its
// "people").
func TestBroaderCommonKind(t *testing.T) {
	e := storyEngine(t,
		"Floods hit Harnby",
		"The school in the city was shut on Tuesday after the river burst its banks, and many people left their homes.",
	)
	tests := []struct {
		question, thing string
		missing         bool
	}{
		{"was the academy shut", "academy", false},
		{"what is the population of the city", "population", true},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkMissing(t, e, tt.question, tt.thing, tt.missing)
		})
	}
}
