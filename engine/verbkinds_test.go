package engine

import (
	"slices"
	"testing"
)

// TestOneWordVerbKinds holds that a verb of one word whose most frequent
// sense it alone names is put, less surely, by the verb WordNet says it is
// a kind of ("donating" by the story's "give", "stolen" by its "take"),
// and that no such verb is read into a word that is no verb there ("how
// fast": no fasting) or a verb too common to tell its sense ("runs").
func TestOneWordVerbKinds(t *testing.T) {
	tests := []struct {
		facts, question string
		cites           int // a paragraph the reply must cite
	}{
		{"pendry-lottery", "are they donating any of it", 26},
		{"carnholt-ransomware", "how much data was stolen", 15},
	}
	for _, tt := range tests {
		e := testdataEngine(t, tt.facts)
		if got := citedParagraphs(t, e, tt.question); !slices.Contains(got, tt.cites) {
			t.Errorf("%q cites %v, want ¶%d among them", tt.question, got, tt.cites)
		}
	}
	e := engineFor(t)
	for _, tt := range []struct {
		question, label, term string
		want                  bool
	}{
		{"are they donating any of it", "donating", "give", true},
		{"did he retire", "retire", "resign", true},
		{"how fast was he going", "fast", "abstain", false},
		{"who runs the scooters", "runs", "speed", false},
		{"did they walk home", "walk", "go", false},
	} {
		c, ok := conceptLabeled(e.read(tt.question), tt.label)
		if !ok {
			t.Errorf("%q: no concept %q", tt.question, tt.label)
			continue
		}
		got := slices.ContainsFunc(c.alts, func(a alt) bool { return slices.Equal(a.terms, []string{e.termOf(tt.term)}) })
		if got != tt.want {
			t.Errorf("%q: %q put by %q = %v, want %v (alts %v)", tt.question, tt.label, tt.term, got, tt.want, c.alts)
		}
	}
}

// TestCausingVerbs holds that a verb is put, less surely, by a verb
// WordNet says causes what it says: "died" by "were killed" (¶4 of the
// quarry story: "Two workers were killed. The company named them as
// Dario Pellan ..."), "see" by "show" (¶28 of the dig story: "hopes to
// put the disc on show in May 2027").
func TestCausingVerbs(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		cites           int // a paragraph the reply must cite
	}{
		{"quarry-collapse", "who were the 2 guys that died", 4},
		{"dunmore-dig", "when can i go and see the disc", 28},
	} {
		t.Run(tt.question, func(t *testing.T) {
			e := testdataEngine(t, tt.facts)
			if got := citedParagraphs(t, e, tt.question); !slices.Contains(got, tt.cites) {
				t.Errorf("cites %v, want ¶%d among them", got, tt.cites)
			}
		})
	}
}
