package engine

import (
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestPricedQualifiers holds that a priced noun the coverage never puts
// ("a monthly bus ticket", where it says "a monthly public transport
// pass") is found by the words that qualify it, all of them, in the
// sum's clause; a priced noun with nothing qualifying it ("a ticket to
// the Halberg") is still asked of, and a sentence that puts only some of
// its qualifiers does not give its price.
func TestPricedQualifiers(t *testing.T) {
	engines := map[string]*Engine{}
	for _, a := range []string{"westrava-election", "museum-heist"} {
		engines[a] = testdataEngine(t, a)
	}
	tests := []struct {
		question string
		ref      knowledge.Ref
		want     bool
	}{
		{"how much will a monthly bus ticket cost", knowledge.Ref{Article: "westrava-election", Paragraph: 20}, true},
		{"how much will a weekly bus ticket cost", knowledge.Ref{Article: "westrava-election", Paragraph: 20}, false},
		{"how much does a ticket to the halberg cost", knowledge.Ref{Article: "museum-heist", Paragraph: 1}, false},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			e := engines[tt.ref.Article]
			if got := e.givesFigure(e.read(tt.question), tt.ref); got != tt.want {
				t.Errorf("givesFigure(%q, %s ¶%d) = %v, want %v", tt.question, tt.ref.Article, tt.ref.Paragraph, got, tt.want)
			}
		})
	}
}
