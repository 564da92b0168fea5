package engine

import "testing"

// TestSkeleton holds that a word typed without its vowels, which no
// vector has, is read as the coverage's commonest word it writes so
// ("msgs": messages, though WordNet's "msg" is monosodium glutamate), and
// is then no thing the coverage never mentions.
func TestSkeleton(t *testing.T) {
	e := storyEngine(t,
		"Bakers handed regulator thousands of messages",
		"The company approached the regulator and handed over more than 3,000 emails and chat messages.",
		"The scheme ran for six years before it came to light.",
	)
	tests := []struct {
		question, label, term string
		want                  bool
	}{
		{"how many msgs did they hand over", "msgs", "messages", true},
		{"how many yrs did it run", "yrs", "years", true},
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
		})
	}
	if q := e.read("how many msgs did they hand over"); len(q.missing()) > 0 {
		t.Errorf("missing %v, want none", labels(q.missing()))
	}
}
