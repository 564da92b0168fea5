package engine

import (
	"slices"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestPronounBeforePerson holds that "his" before a noun for a person
// ("his son", "his lawyer") asks of that person, whom the coverage names,
// and is not read as the one the story is about (the transfer story's
// Moreira); before any other noun ("his contract") it still is.
func TestPronounBeforePerson(t *testing.T) {
	e := newEngine(t, []string{"../extract/testdata/transfer.yaml"}, "")
	tests := []struct {
		question string
		want     bool // read as thiago-moreira
	}{
		{"how old is his son", false},
		{"what did his lawyer say", false},
		{"why was his brother living with him", false},
		{"when does his contract end", true},
		{"has he ever played for his country", true},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			got := slices.ContainsFunc(e.read(tt.question).concepts, func(c concept) bool {
				return slices.ContainsFunc(c.entities, func(en *knowledge.Entity) bool { return en.ID == "thiago-moreira" })
			})
			if got != tt.want {
				t.Errorf("read as thiago-moreira = %v, want %v", got, tt.want)
			}
		})
	}
}
