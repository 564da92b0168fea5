package engine

import "testing"

// An adjective denied after "not" or a "be" with "n't" is also read as
// its antonym: the schools that aren't closed are open. After "don't" the
// next word is no adjective denied.
func TestDeniedAdjective(t *testing.T) {
	checkOpposites(t, []oppositeCase{
		{"aren't", "what about the schools that aren't closed", "closed", "open", true},
		{"arent typed", "what about the schools that arent closed", "closed", "open", true},
		{"not", "is the bridge not safe", "safe", "dangerous", true},
		{"wasn't", "did locals warn that the bridge wasn't safe", "safe", "dangerous", true},
		{"not denied", "which schools are closed", "closed", "open", false},
		{"don't before subject", "why don't young doctors stay", "young", "old", false},
	})
}

// oppositeCase is a question, one of its concepts by label, and whether
// that concept is also read as the opposite word.
type oppositeCase struct {
	name, question, label, opposite string
	want                            bool
}

// checkOpposites reads each case's question, as a subtest of its own, and
// holds whether its labelled concept has the opposite's term.
func checkOpposites(t *testing.T, cases []oppositeCase) {
	t.Helper()
	e := engineFor(t)
	for _, tt := range cases {
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
