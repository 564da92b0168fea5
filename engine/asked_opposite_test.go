package engine

import "testing"

// A question that asks whether a state holds ("is the river still open")
// reads its adjective's antonym too, less surely: a paragraph that says
// the river was shut answers it. Not an adjective before its noun, nor
// one in a question that asks no "be".
func TestAskedStateOpposite(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		name, question, label, opposite string
		want                            bool
	}{
		{"is open", "is the river still open to boats", "open", "shut", true},
		{"are uninsured", "are many homes uninsured", "uninsured", "insured", true},
		{"was safe", "was the old bridge safe", "safe", "dangerous", true},
		{"before its noun", "is the old bridge safe", "old", "young", false},
		{"no be", "which schools are closed", "closed", "open", false},
		{"did", "did the river stay open", "open", "shut", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := conceptLabeled(e.read(tt.question), tt.label)
			if !ok {
				t.Fatalf("read(%q) has no concept %q", tt.question, tt.label)
			}
			if got := hasTerm(c, e.termOf(tt.opposite)); got != tt.want {
				t.Errorf("read(%q): %q has %q = %v, want %v", tt.question, tt.label, tt.opposite, got, tt.want)
			}
		})
	}
}
