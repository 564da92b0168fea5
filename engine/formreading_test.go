package engine

import (
	"strings"
	"testing"
)

// A word that is a lemma of its own and an irregular form of a far
// commoner one is read as that form: "who found them" asks who came upon
// them, not who founded an institute; "saw" is seeing, not the tool.
func TestReadsIrregularFormAsItsCommonerLemma(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		name, question, label string
		want                  string   // a term the word must bring
		not                   []string // terms of its own rarer lemma it must not
	}{
		{"found is find", "who found them", "found", "find", []string{"institut", "foundat", "establish"}},
		{"saw is see", "when did she first saw the thing", "saw", "see", []string{"proverb", "adag", "sawyer"}},
		{"fell is fall", "how much rain fell", "fell", "fall", nil},
		{"left keeps both: leave is not far commoner", "what is left", "left", "leav", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := conceptLabeled(e.read(tt.question), tt.label)
			if !ok {
				t.Fatalf("no concept %q", tt.label)
			}
			if !hasTerm(c, tt.want) {
				t.Errorf("%q does not bring %q", tt.label, tt.want)
			}
			for _, n := range tt.not {
				for _, a := range c.alts {
					if strings.Join(a.terms, " ") == n {
						t.Errorf("%q brings %q, of its own rarer lemma", tt.label, n)
					}
				}
			}
		})
	}
}
