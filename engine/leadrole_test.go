package engine

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLeadingRole holds that a word of a leading role put to a body is
// read as the one the fact base says leads it, not as one whose role only
// has such a word: a "Chief dam safety engineer at Arle Valley Power" is
// no boss of it, a "Race director of Brightline Events" leads the race,
// and the museum's "head of security" is not its director.
func TestLeadingRole(t *testing.T) {
	const facts = "../knowledge/testdata/"
	for _, tt := range []struct {
		facts, question, label string
		want                   []string
	}{
		{"quenby-dam-release/quenby-dam-release.yaml", "has the boss of arle valley power apologised", "boss", nil},
		{"quenby-dam-release/quenby-dam-release.yaml", "what did the boss of the river authority say", "boss", []string{"hamish-odell"}},
		{"redhaven-marathon/redhaven-marathon.yaml", "who's the boss of brightline, like the ceo", "boss", nil},
		{"carnholt-ransomware/carnholt-ransomware.yaml", "who is the boss of the trust", "boss", []string{"marguerite-tessaro"}},
		{"museum-heist/museum-heist.yaml", "who is the museum's head of security", "head", nil},
		{"museum-heist/museum-heist.yaml", "who is the museum's boss", "boss", []string{"clara-weismann"}},
	} {
		t.Run(tt.question, func(t *testing.T) {
			e := newEngine(t, []string{facts + tt.facts}, "")
			c, ok := conceptLabeled(e.read(tt.question), tt.label)
			if !ok {
				t.Fatalf("no concept %q", tt.label)
			}
			var got []string
			for _, en := range c.entities {
				got = append(got, en.ID)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("entities of %q mismatch (-want, +got):\n%s", tt.label, diff)
			}
		})
	}
}
