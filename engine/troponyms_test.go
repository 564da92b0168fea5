package engine

import (
	"strings"
	"testing"
)

// A verb the coverage never uses is put by the kinds of it WordNet gives
// that the coverage does use: "will the airport be open" by the
// volcano story's "reopen". Where the coverage uses the verb itself, its
// kinds are other acts of the story and put it not.
func TestReadsVerbByItsKinds(t *testing.T) {
	tests := []struct {
		name, slug, question, label, kind string
		want                              bool
	}{
		{"never open, but reopen", "grenholm-volcano-flights", "will the airport there be open by wednesday", "open", "reopen", true},
		{"open itself", "kelburn-stand-collapse", "will the airport there be open by wednesday", "open", "reopen", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := testdataEngine(t, tt.slug)
			c, ok := conceptLabeled(e.read(tt.question), tt.label)
			if !ok {
				t.Fatalf("no concept %q", tt.label)
			}
			term := e.termOf(tt.kind)
			got := false
			for _, a := range c.alts {
				got = got || strings.Join(a.terms, " ") == term
			}
			if got != tt.want {
				t.Errorf("%q brings %q (%s): %v, want %v", tt.label, tt.kind, term, got, tt.want)
			}
		})
	}
}
