package engine

import "testing"

// TestPersonsByAnyNoun holds that a "how many" count of persons is given
// by a number of persons under another noun: one whose commonest sense is
// a thing when it names one who does what its verb says ("commuters", first
// a train), and, for a word of persons taken together ("people", "staff"),
// a number of persons taken together; but a country's people are no count
// of a company's employees.
func TestPersonsByAnyNoun(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		question, sentence string
		want               bool
	}{
		{"how many people showed up to the demo", "On Wednesday morning, about 300 commuters gathered on the concourse.", true},
		{"how many staff work there", "The site, where 58 people work, remains shut.", true},
		{"how many employees does the firm have", "It has 4.6 million accounts in Marenland, a country of 7.8 million people.", false},
		{"how many tanks does ukraine have", "About 300 soldiers hold the line.", false},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			q := e.read(tt.question)
			if len(q.counted) == 0 {
				t.Fatalf("%q counts nothing", tt.question)
			}
			counted := q.concepts[e.countedThing(q)]
			if got := e.countsThing(counted, e.countsPersons(q), e.readText(tt.sentence)); got != tt.want {
				t.Errorf("counts %q in %q = %v, want %v", counted.label, tt.sentence, got, tt.want)
			}
		})
	}
}
