package engine

import (
	"fmt"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestOwnsMoney holds that persons qualifying a word of money ("taxpayer
// money") say whose the sum is, not what it is of: a paragraph giving a
// sum the story's city spends answers without naming them. A thing
// qualifying it ("ticket money") says what the sum is of, which the
// paragraph must put.
func TestOwnsMoney(t *testing.T) {
	e := testdataEngine(t, "tarvik-stadium")
	tests := []struct {
		question  string
		paragraph int
		want      bool
	}{
		{"how much taxpayer money is going into this", 9, true},
		{"how much taxpayer money is going into this", 10, true},
		{"how much ticket money is going into this", 9, false},
		{"how much ticket money is going into this", 10, false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%d", tt.question, tt.paragraph), func(t *testing.T) {
			q := e.read(tt.question)
			if got := e.givesFigure(q, knowledge.Ref{Article: "tarvik-stadium", Paragraph: tt.paragraph}); got != tt.want {
				t.Errorf("givesFigure(¶%d) = %v, want %v", tt.paragraph, got, tt.want)
			}
		})
	}
}
