package engine

import "testing"

// TestPartitive holds that a noun saying how much of what follows "of" is
// meant ("a chunk of Skellan") is no thing the coverage must mention:
// the thing is what follows, and the amount may be put in other words ("a
// 12 percent stake"). A noun of another kind before "of" ("the mayor of
// Tarrow") is still asked about.
func TestPartitive(t *testing.T) {
	e := storyEngine(t,
		"Orchestra's instruments lost by airline",
		"Skellan Airways lost the youth orchestra's instruments on a flight to Ostrevo.",
		"The government holds a 12 percent stake in Skellan Airways, which it bought in 2020.",
	)
	tests := []struct {
		question string
		missing  bool
	}{
		{"is it true the government owns a chunk of skellan", false},
		{"what did the mayor of skellan say", true},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := len(e.read(tt.question).missing()) > 0; got != tt.missing {
				t.Errorf("missing %s: %v, want %v", labels(e.read(tt.question).missing()), got, tt.missing)
			}
		})
	}
	checkCites(t, e, []citeCase{{"is it true the government owns a chunk of skellan", []int{3}}})
}
