package engine

import "testing"

// TestIndefiniteNoThing holds that an indefinite is no thing the coverage
// must mention, though WordNet knows "nobody" as a noun (a person of no
// account), and that a yes or no of chat ("or nah") asks nothing: both
// questions are answered by the paragraph that tells what they ask.
func TestIndefiniteNoThing(t *testing.T) {
	e := storyEngine(t,
		"Mayor quits over expenses",
		"The mayor of Tarrow resigned on Monday after an audit of his expense claims.",
		"In 2023 the town's internal controller wrote a memo warning about the claims, but the memo was shelved.",
		"The airline apologised to the orchestra on Tuesday for the lost instruments.",
	)
	for _, q := range []string{"did nobody warn about the claims", "did the airline apologise or nah"} {
		t.Run(q, func(t *testing.T) {
			if miss := e.read(q).missing(); len(miss) > 0 {
				t.Errorf("never mentions %s", labels(miss))
			}
		})
	}
	checkCites(t, e, []citeCase{
		{"did nobody warn about the claims", []int{3}},
		{"did the airline apologise or nah", []int{4}},
	})
}
