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

// TestLeadingVoice holds that a question asking the words of the head of
// a body the fact base names no leader of ("what did the head of the
// farmers union say") asks those of one whose role the story gives,
// qualified by the body, speaking: the authority's chief executive is
// the anti-doping agency's head, but neither a river authority's chief
// executive nor a company's chief dam safety engineer heads a farmers'
// union, and a story that quotes neither's head answers nothing.
func TestLeadingVoice(t *testing.T) {
	const facts = "../knowledge/testdata/"
	for _, tt := range []struct {
		facts, article, question string
		voiceAs                  string
		voiced                   bool
	}{
		{"quenby-dam-release/quenby-dam-release.yaml", "quenby-dam-release", "what did the head of the farmers union say", "head of the farmers union", false},
		{"quenby-dam-release/quenby-dam-release.yaml", "quenby-dam-release", "what did the boss of the company say", "boss of the company", false},
		{"doping-ban/doping-ban.yaml", "doping-ban", "what did the head of the anti doping agency say", "head of the anti doping agency", true},
		// A body the fact base knows, and no one who leads it: its head's
		// words, not its pupil's.
		{"brackwell-school-week/brackwell-school-week.yaml", "brackwell-school-week", "what did the head of ashgill high say", "head of ashgill high", false},
	} {
		t.Run(tt.question, func(t *testing.T) {
			e := newEngine(t, []string{facts + tt.facts}, "")
			q := e.read(tt.question)
			if q.voiceAs != tt.voiceAs {
				t.Errorf("voiceAs = %q, want %q", q.voiceAs, tt.voiceAs)
			}
			if got := e.voiced(q, tt.article); got != tt.voiced {
				t.Errorf("voiced = %v, want %v", got, tt.voiced)
			}
		})
	}
}

// TestShortName holds that a body whose name ends in the noun of what it
// is, after an adjective, is called by its name without it: "Ashgill
// High" is Ashgill High School, a "Secondary school in Ashgill", not the
// town of Ashgill.
func TestShortName(t *testing.T) {
	e := testdataEngine(t, "brackwell-school-week")
	c, ok := conceptLabeled(e.read("who goes to ashgill high"), "ashgill high")
	if !ok || len(c.entities) != 1 || c.entities[0].ID != "ashgill-high-school" {
		t.Errorf("“ashgill high” read as %v, want ashgill-high-school", c.entities)
	}
}
