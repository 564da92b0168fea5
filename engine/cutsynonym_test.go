package engine

import "testing"

// TestSynonymCutToOther holds that a synonym of a question's word that the
// index cuts to another, commoner word of the coverage, far in sense from
// the question's word, does not stand for it: "localize", a sense of
// "fix", is cut to "local", and "local police said" fixes nothing. A
// synonym cut to a word near the question's ("locality" of "location" to
// "local", "watchful" of "alert" to "watch") still does, as do the
// question's other synonyms ("repair" of "fix").
func TestSynonymCutToOther(t *testing.T) {
	e := storyEngine(t,
		"Burst main floods Harwell school",
		"Local police said the water main under Harwell school burst on Monday, flooding the location of the summer fair.",
		"Engineers repaired the main within six hours, the council said, and asked residents to watch for further leaks.",
	)
	for _, tt := range []struct {
		question, concept, term string
		want                    bool
	}{
		{"did they fix the main", "fix", "local", false},
		{"did they fix the main", "fix", "repair", true},
		{"whats the location of the fair", "location", "local", true},
		{"have police alerted residents", "alerted", "watch", true},
	} {
		t.Run(tt.question+"/"+tt.term, func(t *testing.T) {
			c, ok := conceptLabeled(e.read(tt.question), tt.concept)
			if !ok {
				t.Fatalf("no concept %q", tt.concept)
			}
			if got := hasTerm(c, tt.term); got != tt.want {
				t.Errorf("%q stands for %q by %q: %v, want %v", tt.question, tt.concept, tt.term, got, tt.want)
			}
		})
	}
	checkCites(t, e, []citeCase{
		{"did they fix the main", []int{3}}, // ¶2's "local" is not "localize"
	})
}
