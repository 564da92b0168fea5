package engine

import "testing"

// TestAttributeGiven holds that a "what N" question asking an attribute
// of a thing abstains when no paragraph that answers the rest gives it
// (by the noun, a synonym, a kind of it, or a word no dictionary knows),
// and that one that does is cited first.
func TestAttributeGiven(t *testing.T) {
	facts := func(name string) string { return "../knowledge/testdata/" + name + "/" + name + ".yaml" }
	for _, tt := range []struct {
		facts, question string
		want, within    int // the paragraph cited within the first within; 0: it abstains
	}{
		{facts("ashgrove-mayor-expenses"), "what make and model was the car", 0, 0},
		{facts("calloway-study-retraction"), "what programming language was renk's script written in", 0, 0},
		{facts("quorne-orchestra-instruments"), "what piece did they play for the encore", 0, 0},
		// Four words before "do"; what it is of after "of".
		{facts("ormsby-coin-hoard"), "what make of metal detector does penrose use", 0, 0},
		// "What was the N" up to a preposition.
		{facts("dellmoor-sponsor-collapse"), "what was the score against carrowby town", 0, 0},
		// "the anabolic agent ostarine": a word no dictionary knows.
		{facts("doping-ban"), "what drug did she test positive for", 2, 1},
		// An act is told by what is done; a place may be named.
		{facts("quarry-collapse"), "What steps has the labour minsiter promised?", 26, 1},
		{facts("ashgrove-mayor-expenses"), "which lake is the mayors holiday cottage on", 9, 2},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, tt.within) })
	}
}

// TestAttributeReason holds that the reply names the reader's own words
// for the attribute asked.
func TestAttributeReason(t *testing.T) {
	e := testdataEngine(t, "ashgrove-mayor-expenses")
	const want = "It never gives the “make and model”."
	if got := decidedReason(t, e, "what make and model was the car"); got != want {
		t.Errorf("reason = %q, want %q", got, want)
	}
}
