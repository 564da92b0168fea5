package engine

import (
	"slices"
	"testing"
)

// TestPhrasalVerbSenses holds that a verb of two words of few senses is put
// by the synonyms of all of them, its first being no more frequent than
// the others: "find out" by "learn", "take over" by "adopt", "kick in" by
// "contribute"; not by a light verb of a rarer sense ("kick in": give),
// nor are the rarer senses of one of many ("give up", twelve) read.
func TestPhrasalVerbSenses(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		question, label, term string
		want                  bool
	}{
		{"how did schools find out the exam was off", "find out", "learn", true},
		{"which provinces did russia take over", "take over", "adopt", true},
		{"when does the ban kick in", "kick in", "contribute", true},
		{"when does the ban kick in", "kick in", "give", false},
		{"are they giving up on the drug", "giving up", "abandon", false},
	} {
		t.Run(tt.question+"/"+tt.term, func(t *testing.T) {
			c, ok := conceptLabeled(e.read(tt.question), tt.label)
			if !ok {
				t.Fatalf("no concept %q", tt.label)
			}
			got := slices.ContainsFunc(c.alts, func(a alt) bool { return a.sure && slices.Equal(a.terms, []string{e.termOf(tt.term)}) })
			if got != tt.want {
				t.Errorf("%q put surely by %q = %v, want %v", tt.label, tt.term, got, tt.want)
			}
		})
	}
	// Each now cites first the paragraph that answers (it was second): ¶19
	// of the talks, the regions Moscow illegally annexed; ¶5 of the exams
	// story, how schools were told.
	for _, tt := range []struct {
		facts, question string
		first           int
	}{
		{"", "which provinces did russia take over illegally", 19},
		{"quillan-exams", "how did schools find out the exam was off", 5},
	} {
		t.Run(tt.question, func(t *testing.T) {
			e := engineFor(t)
			if tt.facts != "" {
				e = testdataEngine(t, tt.facts)
			}
			if got := citedParagraphs(t, e, tt.question); len(got) == 0 || got[0] != tt.first {
				t.Errorf("cites %v, want ¶%d first", got, tt.first)
			}
		})
	}
}
