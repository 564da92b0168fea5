package engine

import (
	"slices"
	"strings"
	"testing"
)

// TestTimeOfDay holds which sentences give a time of day, the figure "what
// time" asks for.
func TestTimeOfDay(t *testing.T) {
	plain := func(w string) string { return strings.ToLower(w) }
	tests := []struct {
		sentence string
		want     bool
	}{
		{"The talks begin at 10 a.m. on Thursday.", true},
		{"Kick-off is at 7.45pm.", true},
		{"The hearing opens at 14:30 local time.", true},
		{"They met at noon.", true},
		{"The talks begin on Thursday.", false},
		{"Nine amendments were tabled in 2022.", false},
		{"A ceasefire of 30 hours.", false},
	}
	for _, tt := range tests {
		got := slices.Contains(sentenceFigures(tt.sentence, readWords(tt.sentence, plain)), figureTime)
		if got != tt.want {
			t.Errorf("sentenceFigures(%q) gives a time of day = %v, want %v", tt.sentence, got, tt.want)
		}
	}
	for q, want := range map[string]figure{
		"what time on thursday do the talks start": figureTime,
		"At what time did the match end?":          figureTime,
		"When do the talks start?":                 figureNone,
	} {
		if got := questionFigure(readWords(q, func(w string) string { return strings.ToLower(w) })); got != want {
			t.Errorf("questionFigure(%q) = %v, want %v", q, got, want)
		}
	}
}
