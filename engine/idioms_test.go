package engine

import (
	"slices"
	"testing"
)

// TestIdiomOfMannerReadAsOne holds that an adjective or adverb of three
// words ("face to face") is read as one, no thing the coverage must
// mention, while a noun the coverage never mentions still makes it refuse.
func TestIdiomOfMannerReadAsOne(t *testing.T) {
	e := storyEngine(t,
		"Coin hoard finder and farmer dispute permission",
		"Penrose says the farmer gave him permission in person in February, before he started detecting on the field.",
	)
	q := e.read("did the farmer give him permission face to face")
	for _, c := range q.concepts {
		if c.thing && c.label != "farmer" {
			t.Errorf("%q is a thing", c.label)
		}
	}
	checkCites(t, e, []citeCase{
		{"is it true the farmer gave him permission face to face", []int{2}},
		{"did the farmer give permission to the museum", nil},
	})
}

// TestIdiomAfterPreposition holds that a preposition and a noun WordNet
// knows as an adjective or adverb alone ("on the table") are read as one,
// no thing, where the coverage never uses the noun; where it does, the
// noun is meant as it is ("ash in the air").
func TestIdiomAfterPreposition(t *testing.T) {
	e := storyEngine(t,
		"Port operator makes a new offer to striking dockers",
		"Halvern's new offer includes a 6% pay rise and a guarantee of no compulsory redundancies, the company said.",
		"Ash in the air over the port stayed below the safe limit, the agency said.",
	)
	tests := []struct {
		question string
		want     []string // the concepts' labels that are things
	}{
		{"what exactly is on the table in the offer halvern made", []string{"halvern"}},
		{"how much ash is in the air", []string{"ash", "air"}},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			var got []string
			for _, c := range e.read(tt.question).concepts {
				if c.thing {
					got = append(got, c.label)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("things %q, want %q", got, tt.want)
			}
		})
	}
	checkCites(t, e, []citeCase{
		{"what exactly is on the table in the offer halvern made", []int{2}},
		{"what did the mayor say about the offer on the table", nil},
	})
}
