package engine

import (
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestGivesPlace holds that a paragraph places what a "where" question
// asks of when a sentence that speaks of it has a preposition of place
// before a word for a place or a building, and not for a time or a
// reason; and that "where from" asks no place.
func TestGivesPlace(t *testing.T) {
	e := storyEngine(t,
		"Boil notice for Dunhollow",
		"Residents can collect bottled water at seven stations, including in the car park of the leisure centre.",
		"The company said it had handed out 410,000 bottles of water in three days.",
		"Bottled water will be delivered to those who cannot leave home, the council said in a statement.",
	)
	tests := []struct {
		question string
		para     int
		want     bool
	}{
		{"where do i pick up bottled water", 2, true},
		{"where do i pick up bottled water", 3, false},
		{"where do i pick up bottled water", 4, false},
		{"where r the bottles coming from", 2, false}, // asks no place
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			q := e.read(tt.question)
			got := q.where && e.givesPlace(q, knowledge.Ref{Article: e.sources[0].Article.ID, Paragraph: tt.para})
			if got != tt.want {
				t.Errorf("¶%d places it: %v, want %v", tt.para, got, tt.want)
			}
		})
	}
}
