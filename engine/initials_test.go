package engine

import (
	"strings"
	"testing"
)

// TestInitials holds that a word a reader types as the initials of a term
// of several words the coverage writes in full ("hgvs": heavy goods
// vehicles; "vc": the vice-chancellor, though GloVe's "vc" is the
// Victoria Cross) puts that term, and is then no thing the coverage never
// mentions; that two words not hyphenated, or words with a verb among
// them, put none.
func TestInitials(t *testing.T) {
	e := storyEngine(t,
		"Tractors block the ring road",
		"About 400 heavy goods vehicles were trapped on the ring road for six hours on Monday.",
		"The vice-chancellor said a degree has to mean that the person holding it did the work.",
		"Farm leaders met the regional transport minister, who said the main road would reopen.",
	)
	tests := []struct {
		question, label, phrase string
		want                    bool
	}{
		{"how many hgvs got trapped", "hgvs", "heavy goods vehicles", true},
		{"how many hgv were trapped", "hgv", "heavy goods vehicles", true},
		{"what did the vc say", "vc", "vice chancellor", true},
		{"what did the rtm say", "rtm", "regional transport minister", true}, // a noun phrase of three
		{"what did the rr say", "rr", "ring road", false},                    // two words, not hyphenated
		{"what did the fl say", "fl", "farm leaders", false},                 // likewise
		{"what did the lmtrtm say", "lmtrtm", "leaders met the regional transport minister", false},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			q := e.read(tt.question)
			c, ok := conceptLabeled(q, tt.label)
			if !ok {
				t.Fatalf("no concept %q", tt.label)
			}
			var ts []string
			for _, w := range strings.Fields(tt.phrase) {
				if term := e.termOf(w); term != "" {
					ts = append(ts, term)
				}
			}
			if got := hasTerms(c, ts); got != tt.want {
				t.Errorf("%s puts %s: %v, want %v", tt.label, tt.phrase, got, tt.want)
			}
		})
	}
	for _, q := range []string{"how many hgvs got trapped", "what did the vc say"} {
		if miss := e.read(q).missing(); len(miss) > 0 {
			t.Errorf("%s: missing %v, want none", q, labels(miss))
		}
	}
}

// TestInitialsAmbiguous holds that initials the coverage spells by two
// terms are neither of them.
func TestInitialsAmbiguous(t *testing.T) {
	e := storyEngine(t,
		"Heavy goods vehicles stuck",
		"Heavy goods vehicles were stuck on the road for hours.",
		"Engineers found huge gravel volumes under the road.",
	)
	c, ok := conceptLabeled(e.read("how many hgvs were stuck"), "hgvs")
	if !ok {
		t.Fatal("no concept hgvs")
	}
	for _, a := range c.alts {
		if len(a.terms) > 1 {
			t.Errorf("hgvs puts %v, want nothing: the coverage has two terms of its initials", a.terms)
		}
	}
}
