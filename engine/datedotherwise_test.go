package engine

import (
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestDatedOtherwise holds that a figure asked of a year is not given by
// a sentence dated by another year alone: ¶13 tells the 1921 eruption's
// dead and the 1987 blast without any.
func TestDatedOtherwise(t *testing.T) {
	e := testdataEngine(t, "grenholm-volcano-flights")
	tests := []struct {
		question  string
		paragraph int
		want      bool
	}{
		{"how many people died in the 1987 blast", 13, false},
		{"how many people died in the 1921 eruption", 13, true},
		{"how many people died in the last eruption", 13, true},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			ref := knowledge.Ref{Article: "grenholm-volcano-flights", Paragraph: tt.paragraph}
			if got := e.givesFigure(e.read(tt.question), ref); got != tt.want {
				t.Errorf("givesFigure(%q, ¶%d) = %v, want %v", tt.question, tt.paragraph, got, tt.want)
			}
		})
	}
	for _, tt := range []struct {
		sentence string
		want     bool
	}{
		{"It last erupted in 1921, when lava flows killed 11 people.", true},
		{"The 1987 blast killed 3 people, fewer than in 1921.", false},
		{"The blast killed 3 people.", false},
	} {
		if got := datedOtherwise(readWords(tt.sentence, strings.ToLower), []string{"1987"}); got != tt.want {
			t.Errorf("datedOtherwise(%q, 1987) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}
