package engine

import (
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestAsideFigure holds that a word said in passing that the coverage
// never uses ("for the hassle") need not be put by the sentence that
// gives a figure, which no sentence could; one it does use still must.
func TestAsideFigure(t *testing.T) {
	e := testdataEngine(t, "dunhollow-boil-notice")
	tests := []struct {
		question  string
		paragraph int
		want      bool
	}{
		{"how much are they paying us for the hassle", 6, true},
		{"how much r they paying us for the hassle", 6, true},
		{"how much are they paying us for the dividends", 6, false},
		{"how much are they paying us for the dividends", 23, true},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			ref := knowledge.Ref{Article: "dunhollow-boil-notice", Paragraph: tt.paragraph}
			if got := e.givesFigure(e.read(tt.question), ref); got != tt.want {
				t.Errorf("givesFigure(%q, ¶%d) = %v, want %v", tt.question, tt.paragraph, got, tt.want)
			}
		})
	}
}
