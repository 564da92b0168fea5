package engine

import "testing"

// TestPersonByParts holds that a person's noun the coverage never uses is
// mentioned by the head of the closed compound it is ("ringleader": the
// story's "leader") and by the group WordNet's synonym makes it a member
// of ("councillors": the "council member", the story's "council"); not by
// a head shorter than minPersonHead ("chairmen": men), nor by one the
// coverage does not use.
func TestPersonByParts(t *testing.T) {
	e := storyEngine(t,
		"Teenager arrested over hospital records hack",
		"Police said the teenager was believed to be a member of a wider group rather than its leader.",
		"The opposition group on the council said residents would pay for the delays for decades.",
		"Three men were seen near the depot on Tuesday night, the police said.",
	)
	tests := []struct {
		question, label, term string
		want                  bool
	}{
		{"is the arrested teen the ringleader", "ringleader", "leader", true},
		{"what do opposition councillors think", "councillors", "council", true},
		{"what did the chairmen say", "chairmen", "men", false},
		{"what did the gatekeeper say", "gatekeeper", "keeper", false},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			q := e.read(tt.question)
			c, ok := conceptLabeled(q, tt.label)
			if !ok {
				t.Fatalf("no concept %q", tt.label)
			}
			if got := hasTerm(c, e.termOf(tt.term)); got != tt.want {
				t.Errorf("%s puts %s: %v, want %v", tt.label, tt.term, got, tt.want)
			}
			missing := false
			for _, m := range q.missing() {
				missing = missing || m.label == c.label
			}
			if missing == tt.want {
				t.Errorf("%s missing: %v, want %v", tt.label, missing, !tt.want)
			}
		})
	}
}
