package engine

import "testing"

// A verb followed by "again" is also read as its verb with "re": "open
// again" is "reopen".
func TestDoneAgain(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		name, question, label, re string
		want                      bool
	}{
		{"right after", "when will the talks open again", "open", "reopen", true},
		{"object between", "will they start the talks again", "start", "restart", true},
		{"no again", "when will the talks open", "open", "reopen", false},
		{"too far", "will they open the talks in Istanbul next week again", "open", "reopen", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := conceptLabeled(e.read(tt.question), tt.label)
			if !ok {
				t.Fatalf("read(%q) has no concept %q", tt.question, tt.label)
			}
			if got := hasTerm(c, e.termOf(tt.re)); got != tt.want {
				t.Errorf("read(%q): %q has %q = %v, want %v", tt.question, tt.label, tt.re, got, tt.want)
			}
		})
	}
}
