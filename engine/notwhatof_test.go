package engine

import (
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestSaysNotWhatOf holds that a sum whose clause names nothing it may be
// of, only who pays it and how often ("Parents will pay 14 crowns a
// day"), is of what the sentence before names; a sum whose clause names
// a thing of its own ("The repairs are expected to cost about 11 million
// crowns") is that thing's, not the one the sentence before names.
func TestSaysNotWhatOf(t *testing.T) {
	e := newEngine(t, []string{
		"../knowledge/testdata/brackwell-school-week/brackwell-school-week.yaml",
		"../knowledge/testdata/arnvale-runway/arnvale-runway.yaml",
	}, "")
	tests := []struct {
		question string
		ref      knowledge.Ref
		want     bool
	}{
		{"how much does the friday club cost", knowledge.Ref{Article: "brackwell-school-week", Paragraph: 15}, true},
		{"how much do the homework clubs cost", knowledge.Ref{Article: "brackwell-school-week", Paragraph: 15}, true},
		{"how much does the friday club cost", knowledge.Ref{Article: "brackwell-school-week", Paragraph: 19}, false},
		{"how much does the runway cost", knowledge.Ref{Article: "arnvale-runway", Paragraph: 3}, false},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := e.givesFigure(e.read(tt.question), tt.ref); got != tt.want {
				t.Errorf("givesFigure(%q, %s ¶%d) = %v, want %v", tt.question, tt.ref.Article, tt.ref.Paragraph, got, tt.want)
			}
		})
	}
}
