package engine

import "testing"

// TestGoesOnAbout holds that a paragraph that goes on about someone or
// something the question names, the paragraph before having introduced
// them, is compared by its sentences with what the question asks of them:
// it puts them by a surname, a pronoun or another word ("the regulator",
// "Kovač"), not the question's ("the watchdog", "kovacs").
func TestGoesOnAbout(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		want, within    int // a paragraph cited among the first within
	}{
		{"../knowledge/testdata/trial-halt/trial-halt.yaml", "what has the watchdog asked corvanta for", 16, 1},
		{"../knowledge/testdata/pendry-lottery/pendry-lottery.yaml", "how many ppl r in the syndicate", 3, 1},
		{"../knowledge/testdata/westrava-election/westrava-election.yaml", "what job does kovacs get", 22, 2},
		{"../knowledge/testdata/marlow-bank-outage/marlow-bank-outage.yaml", "how big is marlow, like how many ppl bank with them", 3, 3},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, tt.within) })
	}
}

// TestRestVector holds that a question's vector without those it names is
// made only when it names someone the fact base knows, and not of nothing.
func TestRestVector(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"What did Zelenskyy say about the talks?", true},
		{"Is the weather nice?", false},
		{"Zelenskyy", false},
	} {
		t.Run(tt.question, func(t *testing.T) {
			if got := e.read(tt.question).restVector != nil; got != tt.want {
				t.Errorf("rest vector made: %v, want %v", got, tt.want)
			}
		})
	}
}
