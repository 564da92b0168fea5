package engine

import (
	"slices"
	"testing"
)

// TestAsksDegree holds that "how" before an adjective or adverb asks to
// what degree, unless it asks for a figure outright ("how many") or a
// reason ("how come"), and that "how" before a verb asks the manner.
func TestAsksDegree(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		question string
		want     bool
	}{
		{"how close was the council vote", true},
		{"how badly did the conservatives do", true},
		{"how prolific was the striker at his old club", true},
		{"how many people were at the talks", false},
		{"how long will the talks last", false},
		{"how come putin stayed away", false},
		{"how did putin react to the offer", false},
		{"what did zelenskyy say", false},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := e.read(tt.question).degree; got != tt.want {
				t.Errorf("degree = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestDegreePrefersNumber holds that a paragraph that tells a degree by a
// number ("by 27 votes to 24") answers "how close" before one that says
// the question's words and no number.
func TestDegreePrefersNumber(t *testing.T) {
	e := storyEngine(t,
		"Budget passes in Brennick",
		"The mayor said the council vote would be close.",
		"In the end the council passed the budget by 27 votes to 24, closer than the mayor had hoped.",
	)
	if ps := citedParagraphs(t, e, "how close was the council vote"); len(ps) == 0 || ps[0] != 3 {
		t.Errorf("cites %v, want ¶3 first", ps)
	}
}

// TestDegreeByAttribute holds that "how hot" is answered by a paragraph
// that gives a temperature without saying "hot" (as well as by one that
// says "hot", which the index ranks first).
func TestDegreeByAttribute(t *testing.T) {
	e := storyEngine(t,
		"Heat hits Brennick marathon",
		"Runners said it was far too hot to race, and several collapsed.",
		"The temperature reached 31 degrees by midday, a record for April.",
	)
	if ps := citedParagraphs(t, e, "how hot was it"); !slices.Contains(ps, 3) {
		t.Errorf("cites %v, want ¶3 among them", ps)
	}
}
