package engine

import (
	"slices"
	"testing"
)

// TestOrElse holds that "or nah", "or not", "or something" at the end of
// a question name nothing the coverage must mention: "did the airline
// actually say sorry or nah" is answered by "Skellan Airways apologised".
func TestOrElse(t *testing.T) {
	citesWithin(t, "../knowledge/testdata/quorne-orchestra-instruments/quorne-orchestra-instruments.yaml",
		"did the airline actually say sorry or nah", 15, 1)
	for _, tt := range []struct {
		question string
		want     []string
	}{
		{"did the airline say sorry or nah", []string{"did", "the", "airline", "say", "sorry"}},
		{"was the skipper drunk or something", []string{"was", "the", "skipper", "drunk"}},
		{"is it tea or coffee", []string{"is", "it", "tea", "or", "coffee"}},
		{"or not", []string{"or", "not"}},
	} {
		t.Run(tt.question, func(t *testing.T) {
			var got []string
			for _, w := range dropOrElse(readWords(tt.question, func(string) string { return "" })) {
				got = append(got, w.folded)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
