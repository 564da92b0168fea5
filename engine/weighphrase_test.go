package engine

import (
	"strings"
	"testing"
)

// TestWeighAsksPhrasesLast holds that weigh asks the index whether the
// coverage has a phrase of several words only of a concept none of whose
// own words it has, and stops at the first phrase it has: the answer
// changes nothing once a word of its own is known, and each phrase asked
// is a walk of postings (a question's concepts asked hundreds a question
// at 100,000 paragraphs, nine in ten after a word was known).
func TestWeighAsksPhrasesLast(t *testing.T) {
	e := testdataEngine(t, "halcyra-results")
	term := func(w string) string { return e.termOf(w) }
	phrase := func(ws ...string) alt {
		a := alt{strength: 1, sure: true}
		for _, w := range ws {
			a.terms = append(a.terms, term(w))
		}
		return a
	}
	word := func(w string) alt { return alt{terms: []string{term(w)}, strength: 1, sure: true} }
	tests := []struct {
		name  string
		alts  []alt
		known float64
		asked []string // the phrases asked, in any order
	}{
		{"a word of its own known", []alt{phrase("cloud", "slowdown"), word("profit")}, 1, nil},
		{"its word unknown, a phrase known", []alt{word("zyzzyva"), phrase("cloud", "slowdown"), phrase("quarterly", "profit")}, 1, []string{"cloud slowdown"}},
		{"its word unknown, a phrase unknown", []alt{word("zyzzyva"), phrase("cloud", "revenue")}, 0, []string{"cloud revenue"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e.phrasesSeen = phraseMemo{}
			c := concept{label: tt.name, alts: tt.alts}
			e.resolve(&c)
			e.weigh(&c)
			if c.known != tt.known {
				t.Errorf("known %.2f, want %.2f", c.known, tt.known)
			}
			var asked []string
			for k := range e.phrasesSeen.has {
				ws := strings.Split(k, "\x00")
				for i := range ws {
					ws[i] = strings.TrimPrefix(ws[i], phraseKeySideBySide)
				}
				asked = append(asked, strings.Join(ws, " "))
			}
			want := make([]string, len(tt.asked))
			for i, p := range tt.asked {
				f := strings.Fields(p)
				want[i] = term(f[0]) + " " + term(f[1])
			}
			if strings.Join(asked, ",") != strings.Join(want, ",") {
				t.Errorf("asked %q, want %q", asked, want)
			}
		})
	}
}
