package engine

import "testing"

// TestNearSibling holds that a thing the coverage never names is not
// missing from it when it names one the dictionary files beside it as
// another kind of the same thing and the vectors put nearest it ("jail"
// where the story says "prison"), and still is when the two are less
// near ("the town" is no "city").
func TestNearSibling(t *testing.T) {
	e := storyEngine(t,
		"Man arrested over exam leak",
		"Police arrested a man in the city on Wednesday over the leak, an offence that carries up to two years in prison. His daughter said he was innocent.",
	)
	tests := []struct {
		question, thing string
		missing         bool
	}{
		{"how long could he get in jail", "jail", false},
		{"how far out of town is his home", "town", true},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkMissing(t, e, tt.question, tt.thing, tt.missing)
		})
	}
}
