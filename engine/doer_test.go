package engine

import "testing"

// TestDoerNamed holds that "who" and a verb the coverage puts only by a
// neighbour is answered where a sentence puts it and names the doer, and
// refused where the paragraphs that name the thing asked of say nothing
// of the deed.
func TestDoerNamed(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		first           int
	}{
		// "Corvane said", "whose bank details the company already
		// holds": no one owns it.
		{"../knowledge/testdata/ashcombe-power-cut/ashcombe-power-cut.yaml", "who owns corvane", 0},
		// "the club was bought by an American consortium led by Peter
		// Hallam".
		{"../extract/testdata/transfer.yaml", "who owns ashford", 20},
	} {
		t.Run(tt.question, func(t *testing.T) {
			citesFirst(t, newEngine(t, []string{tt.facts}, ""), tt.question, tt.first)
		})
	}
}
