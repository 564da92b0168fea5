package engine

import (
	"slices"
	"testing"
)

// TestStopWordLetterDropped holds that a stop word typed with a letter
// after its first left out ("hav", "shoud") is read as that stop word, not
// as a thing the coverage never mentions; but not where the coverage uses
// the spelling itself ("Dow"), nor a chat shortening of its own ("hrs").
func TestStopWordLetterDropped(t *testing.T) {
	e := storyEngine(t,
		"Shares slide as the Dow falls",
		"The Dow lost 2 percent in three hours of trading before the vote.",
	)
	tests := []struct {
		question string
		labels   []string // the concepts' labels read
	}{
		{"do they hav to vote again", []string{"vote"}},
		{"what shoud they vote on", []string{"vote"}},
		{"how much did the dow fall", []string{"dow", "fall"}},
		{"how many hrs of trading", []string{"hrs", "trading"}},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			var got []string
			for _, c := range e.read(tt.question).concepts {
				got = append(got, c.label)
			}
			if !slices.Equal(got, tt.labels) {
				t.Errorf("read(%q) concepts %q, want %q", tt.question, got, tt.labels)
			}
		})
	}
}
