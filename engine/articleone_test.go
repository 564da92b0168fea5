package engine

import "testing"

// TestArticleOne holds that "one" before a noun or "of" says what "a"
// does and is no word of the question, and that "one" standing for a
// noun still is.
func TestArticleOne(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		question string
		want     bool // "one" read as a concept
	}{
		{"how much water can one household collect each day", false},
		{"whats the connection between one of the suspects and the company", false},
		{"is the maths one moved too", true},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			_, got := conceptLabeled(e.read(tt.question), "one")
			if got != tt.want {
				t.Errorf("read(%q) has \"one\" as a concept: %v, want %v", tt.question, got, tt.want)
			}
		})
	}
}
