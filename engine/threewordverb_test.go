package engine

import (
	"slices"
	"testing"
)

// TestThreeWordVerb holds that a verb WordNet knows by three words is read
// as one concept, in any form of its first word: "getting rid of" is
// removing, not a "getting" with all the senses of "get" and a "rid of"
// besides. A noun of three words ("head of state") is still read as its
// words, and so is a verb of three that ends in a preposition when the
// verb of two before it is commoner ("go back" on Monday).
func TestThreeWordVerb(t *testing.T) {
	tests := []struct {
		question string
		label    string // the concept read from the verb
		want     string // a term among its alternatives; "" for none asked
		one      bool   // the words are read as one concept
	}{
		{"how many libraries r they getting rid of", "getting rid of", "remov", true},
		{"have other cities got rid of them too", "got rid of", "remov", true},
		{"did the council take into account the cost", "take into account", "allow", true},
		{"will the police follow up on the report", "follow up on", "", true},
		{"why did they pull the plug on the study", "pull the plug", "discontinu", true},
		{"who is the turkish head of state", "head of state", "", false},
		// A verb of three words ending in a preposition is read as the
		// verb of two before it when that is the commoner: "go back on
		// monday" is no reneging.
		{"when can evacuees go back on monday", "go back on", "", false},
		{"when can evacuees go back on monday", "go back", "", true},
		{"did the ferry go down on its first voyage", "go down", "", true},
		{"will the council catch up with the backlog", "catch up with", "overtak", true},
	}
	e := engineFor(t)
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			c, ok := conceptLabeled(e.read(tt.question), tt.label)
			if ok != tt.one {
				t.Fatalf("concept %q read: %v, want %v", tt.label, ok, tt.one)
			}
			if tt.want != "" && !slices.ContainsFunc(c.alts, func(a alt) bool { return a.sure && slices.Equal(a.terms, []string{tt.want}) }) {
				t.Errorf("%q has no sure alternative %q", tt.label, tt.want)
			}
		})
	}
	t.Run("ranks", func(t *testing.T) {
		// The council's vote to shut seven libraries (the headline, ¶2
		// and the list in ¶13) answers, not a "free" library or a
		// campaign "set up" (senses of "rid" and "get").
		e := testdataEngine(t, "wexley-library-cuts")
		got := citedParagraphs(t, e, "how many libraries r they getting rid of")
		if len(got) == 0 || !slices.Contains([]int{1, 2, 13}, got[0]) {
			t.Errorf("cites %v, want ¶1, ¶2 or ¶13 first", got)
		}
	})
}
