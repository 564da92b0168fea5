package engine

import (
	"strings"
	"testing"
)

// A particle put after the verb's object goes back beside the verb, where
// the two are read as one verb; not a preposition before its noun, nor
// after a noun that is no verb.
func TestShiftParticles(t *testing.T) {
	e := engineFor(t)
	tests := []struct{ question, want string }{
		{"how much is the by election gonna set taxpayers back", "how much is the by election gonna set back taxpayers"},
		{"how much did the research set them back", "how much did the research set back them"},
		{"when do police have to turn the systems off", "when do police have to turn off the systems"},
		{"did they let him out", "did they let out him"},
		{"when is the full report coming out", "when is the full report coming out"},
		{"did they turn the lights on at night", "did they turn the lights on at night"},
		{"did they set the whole fund back", "did they set the whole fund back"},
	}
	for _, tt := range tests {
		ws := e.readText(tt.question)
		markBreaks(tt.question, ws)
		e.shiftParticles(ws)
		var got []string
		for _, w := range ws {
			got = append(got, w.folded)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q: got %q, want %q", tt.question, g, tt.want)
		}
	}
	// And the verb is then read as one, by what it is a kind of in a
	// further sense: "set back" is to cost.
	q := e.read("how much did the whole trial set them back")
	c, ok := conceptLabeled(q, "set back")
	if !ok {
		t.Fatalf("no concept \"set back\" in %v", labels(q.concepts))
	}
	if !hasTerm(c, "cost") {
		t.Errorf("\"set back\" does not reach cost")
	}
}
