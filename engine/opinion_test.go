package engine

import (
	"slices"
	"testing"
)

// TestViewAsksWords holds that a question that asks what someone thinks,
// feels or believes asks for their words, as "what did they say" does:
// the paragraph that gives them speaking of what it asks about comes
// first, and a story that never reports them on it answers nothing.
func TestViewAsksWords(t *testing.T) {
	tests := []struct {
		facts, question string
		want            []int // the paragraphs one of which it cites first; nil when it abstains
	}{
		{"../extract/testdata/transfer.yaml", "What does the Ashford boss think of the new striker?", []int{4}},
		{"../data/istanbul-talks.yaml", "why does zelensky think moscow is dragging its feet on talks", []int{26}},
		{"../knowledge/testdata/skellan-windfarm/skellan-windfarm.yaml", "what did mwangi think of the minister ignoring him", nil},
		// The verb itself beside the speaker is their view too.
		{"../knowledge/testdata/quarry-collapse/quarry-collapse.yaml", "What does the operator believe triggered the collapse?", []int{17}},
		// "He was considering flights" is no view of NATO.
		{"../data/istanbul-talks.yaml", "what does trump think about ukraine getting into nato", []int{22}},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			e := newEngine(t, []string{tt.facts}, "")
			got := decided(t, e, tt.question)
			if tt.want == nil && len(got) > 0 || tt.want != nil && (len(got) == 0 || !slices.Contains(tt.want, got[0])) {
				t.Errorf("cites %v, want first one of %v", got, tt.want)
			}
		})
	}
}
