package engine

import (
	"slices"
	"testing"
)

// TestAskedLastDone holds that a "when" question asks when something was
// last done only by "was" or "were" and an inflected verb straight after
// "last", not by "the last time", a plural noun or "did … last get".
func TestAskedLastDone(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"when was tarnbeck last fined", true},
		{"when was that valve last replaced", true},
		{"when was the runway last resurfaced", true},
		{"when was the last time pilots walked out", false},
		{"when did it last get a new surface", false},
		{"When were Ashford last champions?", false},
		{"what did the report say last week", false},
	} {
		if got := e.read(tt.question).lastDone; got != tt.want {
			t.Errorf("%q: lastDone %v, want %v", tt.question, got, tt.want)
		}
	}
}

// TestWhenLastDone holds that "when was X last V-ed" is answered only by
// a paragraph that dates that act, by its verb or a noun for it ("its
// last full inspection ... in April"), and refused when none does,
// whatever other date a paragraph gives.
func TestWhenLastDone(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		want            int // the paragraph cited first, 0 for none at all
	}{
		{"../knowledge/testdata/dunhollow-boil-notice/dunhollow-boil-notice.yaml", "when was tarnbeck last fined", 0},
		{"../knowledge/testdata/museum-heist/museum-heist.yaml", "when was the salt harvest last restored", 0},
		{"../knowledge/testdata/arnvale-runway/arnvale-runway.yaml", "when was the runway last resurfaced", 18},
		{"../knowledge/testdata/arnvale-runway/arnvale-runway.yaml", "when was the runway last inspected", 16},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, 1) })
	}
}

// TestSharesSubject holds that a word before "and was …" may be the
// subject of the verb after it, and one before a clause with a subject of
// its own may not.
func TestSharesSubject(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		text, subject, verb string
		want                bool
	}{
		{"The runway was built in 1984 and was last resurfaced in 2011", "runway", "resurfaced", true},
		{"The runway was built in 1984 and the taxiway was resurfaced in 2011", "runway", "resurfaced", false},
		{"The runway was closed because crews resurfaced it in 2011", "runway", "resurfaced", false},
		{"The runway was last resurfaced in 2011", "runway", "resurfaced", true},
	} {
		ws := e.readText(tt.text)
		at := func(f string) int { return slices.IndexFunc(ws, func(w word) bool { return w.folded == f }) }
		if got := sharesSubject(ws, at(tt.subject), at(tt.verb)); got != tt.want {
			t.Errorf("%q: sharesSubject %v, want %v", tt.text, got, tt.want)
		}
	}
}
