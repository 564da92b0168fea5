package engine

import "testing"

// A person of the asker's own ("my cousin") is no thing the coverage must
// mention; one the question asks about is.
func TestAskersOwn(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		name, question string
		missing        string // labels(q.missing())
	}{
		{"my cousin asks", "my cousin wants to know if the talks are over", ""},
		{"my sister reads", "my sister read that the talks ended, is that true", ""},
		{"a cousin asked about", "what did the cousin say about the talks", "“cousin”"},
		{"my thing, not a person", "is my suitcase safe at the talks", "“suitcase”"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := labels(e.read(tt.question).missing()); got != tt.missing {
				t.Errorf("read(%q).missing() = %q, want %q", tt.question, got, tt.missing)
			}
		})
	}
}
