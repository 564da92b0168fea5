package engine

import (
	"testing"
)

// TestAskedMade holds that a "when" question asks the year something was
// made only in the past, by a verb of making after "was" or "were" or,
// in its base form, after "did"; a typo elsewhere in it changes nothing.
func TestAskedMade(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		question, want string
	}{
		{"when was the brige built", "built"},
		{"when did brennocks first open", "opened"},
		{"what year was the museum founded", "founded"},
		{"when were the flats constructed", "constructed"},
		{"when will the new arena be completed", ""},
		{"when is the runway supposed to open again", ""},
		{"when was the body found", ""},
		{"when did the trial kick off", ""},
	} {
		if got := e.read(tt.question).made; got != tt.want {
			t.Errorf("%q: made %q, want %q", tt.question, got, tt.want)
		}
	}
}

// TestWhenMade holds that "when was X built" is answered only by a
// paragraph that gives a year with a verb of making in a sentence that
// puts X, and refused when none does; a year of any century counts.
func TestWhenMade(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		want            int // the paragraph cited first, 0 for none at all
	}{
		{"../knowledge/testdata/fernhollow-clinic/fernhollow-clinic.yaml", "when was the old schoolhouse built", 0},
		{"../knowledge/testdata/linmoor-microplastics/linmoor-microplastics.yaml", "when was the polvane factory built", 0},
		{"../knowledge/testdata/lisk-flood/lisk-flood.yaml", "when was the brige built", 7},
		{"../knowledge/testdata/brennock-stores/brennock-stores.yaml", "when did brennocks first open", 5},
		{"../knowledge/testdata/harbour/harbour-vote.yaml", "When will the project be completed?", 3},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, 1) })
	}
}
