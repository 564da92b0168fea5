package engine

import (
	"slices"
	"testing"
)

// TestSpelledRole holds that an acronym for a person the coverage never
// uses is read as the one whose role its initials spell ("MP", the
// "Member of parliament representing Aldbury", not WordNet's military
// policeman), and that one no role spells is left unanswered.
func TestSpelledRole(t *testing.T) {
	tests := []struct {
		question string
		want     []int // the paragraphs one of which it cites first; nil when it abstains
	}{
		{"what does the local mp say", []int{24}},
		{"what did the pm say", nil},
	}
	e := testdataEngine(t, "aldbury-bridge-strike")
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			got := decided(t, e, tt.question)
			if tt.want == nil && len(got) > 0 || tt.want != nil && (len(got) == 0 || !slices.Contains(tt.want, got[0])) {
				t.Errorf("cites %v, want first one of %v", got, tt.want)
			}
		})
	}
}
