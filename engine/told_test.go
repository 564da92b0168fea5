package engine

import "testing"

// TestToldRanks holds that a question asking a fact ranks a paragraph by
// what the reporter tells, not by the question's words that someone
// quoted happens to use: the manager who says "when the pool will reopen"
// does not say when it will. A question of what was said still ranks the
// quotation first.
func TestToldRanks(t *testing.T) {
	e := storyEngine(t,
		"Cracks close Harl pool",
		"Engineers found cracks in the main tank of the Harl swimming pool, the council said.",
		`"Everyone asks me when the pool will reopen. The pool will reopen when it is safe," said its manager, Ines Dahl, on Tuesday.`,
		"Repairs are due to finish in late May, and the council plans to reopen it on June 2.",
	)
	tests := []struct {
		question string
		first    int
	}{
		{"when will the pool reopen", 4},
		{"what did the manager say about the pool reopening", 3},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := decided(t, e, tt.question); len(got) == 0 || got[0] != tt.first {
				t.Errorf("cites %v, want ¶%d first", got, tt.first)
			}
		})
	}
}
