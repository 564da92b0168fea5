package engine

import (
	"slices"
	"testing"
)

// TestClippedFrom holds that a rare word the coverage never uses is read
// as a commoner word of the coverage that it, or its singular, clips when
// the vectors put the two near: "apps" as "applications", "astro" as
// "astronomy"; not as a word it merely starts ("apps" of "apples"), nor a
// word as common as "train" as the "training" it starts.
func TestClippedFrom(t *testing.T) {
	e := storyEngine(t,
		"Council",
		"About 620 applications are waiting for a decision, the council's statistics show.",
		"The chief executive of the Oriel Amateur Astronomy Club said training would resume.",
		"Growers said apples were left on the trees.",
	)
	for _, tt := range []struct {
		word string
		want []string
	}{
		{"apps", []string{e.termOf("applications")}},
		{"stats", []string{e.termOf("statistics")}},
		{"exec", []string{e.termOf("executive")}},
		{"astro", []string{e.termOf("astronomy")}},
		{"train", nil}, // too common to be a clip
	} {
		t.Run(tt.word, func(t *testing.T) {
			vec, ok := e.lex.vec.Vector(tt.word)
			if !ok {
				t.Fatalf("no vector for %q", tt.word)
			}
			if got := e.clippedFrom(tt.word, vec); !slices.Equal(got, tt.want) {
				t.Errorf("clippedFrom(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}

// TestClippedWordAnswers holds that a question asking of a thing by a
// clipped word is answered by the paragraph that writes the word in full,
// where it abstained because the coverage never mentions it; and that one
// whose word only starts a word of the coverage still abstains.
func TestClippedWordAnswers(t *testing.T) {
	e := storyEngine(t,
		"Council systems still down after cyber attack",
		"The planning department has stopped handling applications. About 620 applications are waiting for a decision.",
		"Members of the Oriel Amateur Astronomy Club have grown from 29 to 46 in two weeks.",
	)
	checkCites(t, e, []citeCase{
		{"how many planning apps are stuck", []int{2}},
		{"how many members has the astro club got now", []int{3}},
	})
	orchard := storyEngine(t,
		"Frost hits orchards",
		"Growers said 4,000 apples were left to rot on the trees.",
	)
	checkCites(t, orchard, []citeCase{
		{"how many apps did the growers sell", nil},
	})
}
