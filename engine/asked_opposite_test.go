package engine

import "testing"

// A question that asks whether a state holds ("is the river still open")
// reads its adjective's antonym too, less surely: a paragraph that says
// the river was shut answers it. Not an adjective before its noun, nor
// one in a question that asks no "be".
func TestAskedStateOpposite(t *testing.T) {
	checkOpposites(t, []oppositeCase{
		{"is open", "is the river still open to boats", "open", "shut", true},
		{"are uninsured", "are many homes uninsured", "uninsured", "insured", true},
		{"was safe", "was the old bridge safe", "safe", "dangerous", true},
		{"before its noun", "is the old bridge safe", "old", "young", false},
		{"no be", "which schools are closed", "closed", "open", false},
		{"did", "did the river stay open", "open", "shut", false},
	})
}
