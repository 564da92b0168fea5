package engine

import (
	"slices"
	"testing"
)

// TestPhraseRole holds that a role said in two words or more, in the
// question's words ("the prime minister") or in a dictionary's for the
// question's one ("the pm", WordNet's "prime minister"), is read as the
// one whose role says them at its noun, the "Prime Minister of
// Ostermark", whose age is then told where he is named by name; and that
// a deputy of that role, whom the coverage does not name, is no one.
func TestPhraseRole(t *testing.T) {
	tests := []struct {
		question string
		want     []int // the paragraphs one of which it cites first; nil when it abstains
	}{
		{"how old is the prime minister", []int{6}},
		{"how old is the pm", []int{6}},
		{"how old is the deputy prime minister", nil},
	}
	e := testdataEngine(t, "ostermark-coalition")
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			got := decided(t, e, tt.question)
			if tt.want == nil && len(got) > 0 || tt.want != nil && (len(got) == 0 || !slices.Contains(tt.want, got[0])) {
				t.Errorf("cites %v, want first one of %v", got, tt.want)
			}
		})
	}
}

// TestRoleEndsIn holds that a phrase matches a role's words up to its
// noun at their end, whole words only.
func TestRoleEndsIn(t *testing.T) {
	tests := []struct {
		role   string
		phrase []string
		want   bool
	}{
		{"Prime Minister of Ostermark, 57, Civic Union leader", []string{"prime", "minister"}, true},
		{"Deputy prime minister", []string{"prime", "minister"}, true},
		{"Finance minister", []string{"prime", "minister"}, false},
		{"Prime Minister of Ostermark", []string{"minister"}, false}, // one word is a noun, not a phrase
		{"Minister", []string{"prime", "minister"}, false},
	}
	for _, tt := range tests {
		if got := roleEndsIn(nil, tt.role, [][]string{tt.phrase}); got != tt.want {
			t.Errorf("roleEndsIn(%q, %v) = %v, want %v", tt.role, tt.phrase, got, tt.want)
		}
	}
}
