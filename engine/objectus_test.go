package engine

import "testing"

// TestObjectUs holds that "us" typed in lowercase as the pronoun of those
// who ask is no word of the question, and that the country, after a
// determiner, before a noun or in capitals, still is.
func TestObjectUs(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		question string
		want     bool // "us" read as a concept
	}{
		{"how much are they paying us for the hassle", false},
		{"how many of us are going to be let go", false},
		{"did anyone tell us", false},
		{"how much military aid has the us given ukraine", true},
		{"are us troops going to turkey", true},
		{"what did the US say", true},
		{"why are US regulators looking at it", true},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			_, got := conceptLabeled(e.read(tt.question), "us")
			if got != tt.want {
				t.Errorf("read(%q) has \"us\" as a concept: %v, want %v", tt.question, got, tt.want)
			}
		})
	}
}
