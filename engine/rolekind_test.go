package engine

import (
	"slices"
	"testing"
)

// TestVoiceOtherKind holds that "what did X say" of a role the question
// qualifies by a noun ("energy minister") is not answered by another of
// its kind the story qualifies otherwise ("regional finance minister"),
// and that one it qualifies alike, or not at all, still answers.
func TestVoiceOtherKind(t *testing.T) {
	tests := []struct {
		slug, question string
		want           []int // the paragraphs one of which it cites first; nil when it abstains
		answers        bool  // it answers, whatever it cites first (when want is nil)
	}{
		{"westrava-election", "what did the national energy minister say about the terminal", nil, false},
		{"westrava-election", "what did the regional finance minister say", nil, true},
		{"carnholt-ransomware", "what did the hospital's IT director say", nil, false},
		{"carnholt-ransomware", "what did the health minister say", []int{20}, true},
		{"carnholt-ransomware", "what did the director of operations say", []int{16}, true},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			e := testdataEngine(t, tt.slug)
			got := decided(t, e, tt.question)
			if !tt.answers && len(got) > 0 || tt.answers && len(got) == 0 || tt.want != nil && len(got) > 0 && !slices.Contains(tt.want, got[0]) {
				t.Errorf("cites %v, want first one of %v (answers %v)", got, tt.want, tt.answers)
			}
		})
	}
}
