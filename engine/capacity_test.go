package engine

import (
	"slices"
	"testing"
)

// TestRoomAsCount holds that a "how many X can Y hold" question is
// answered by Y's room, in a sentence that puts Y though it never says X,
// and by no room of another thing.
func TestRoomAsCount(t *testing.T) {
	e := storyEngine(t,
		"Stand collapses at football ground",
		"Part of the East Stand collapsed during Saturday's match, and 23 fans were taken to hospital.",
		"The 98-year-old East Stand had a licensed capacity of 640, cut from 1,100 in 2009 after an inspection.",
		"The West Stand was closed for repairs in 2023 and reopened last year.",
	)
	checkCites(t, e, []citeCase{
		{"how many fans can the east stand fit", []int{3}},
		{"how many people can the east stand hold", []int{3}},
		{"how many fans can the west stand fit", nil},
	})
	for _, c := range []struct {
		question string
		holder   []string
	}{
		{"how many fans can the east stand fit", []string{"east", "stand"}},
		{"how many passengers can the ferry carry?", []string{"ferry"}},
		{"how many fans were taken to hospital", nil},
		{"how many fans can they expect on saturday", nil},
	} {
		q := e.read(c.question)
		var got []string
		for _, i := range q.holder {
			got = append(got, q.concepts[i].label)
		}
		if !slices.Equal(got, c.holder) {
			t.Errorf("read(%q) holder %q, want %q", c.question, got, c.holder)
		}
	}
}
