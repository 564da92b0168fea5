package engine

import "testing"

// TestSumOfObjectPronoun holds that a sum in a relative clause whose
// object pronoun stands for a thing said before ("which values it at")
// is that thing's, and that a pronoun right after the relative word
// ("which it said") is its subject, and points nowhere back.
func TestSumOfObjectPronoun(t *testing.T) {
	e := storyEngine(t,
		"Stolen instruments found",
		"Twelve cases are still missing, including one holding a cello made in 1784 that is on loan from the Varga Foundation, a Quornish arts charity, which values it at about 600,000 euros.",
		"The orchestra said the rest of its instruments appeared undamaged.",
	)
	checkCites(t, e, []citeCase{
		{"whats that old cello worth", []int{2}},
	})
	for _, c := range []struct {
		sentence, want string
	}{
		{"Twelve cases are missing, including one holding a cello, a charity, which values it at about 600,000 euros.", "cello"},
		{"Growers could buy a frost clause, a policy, which it said costs 300 euros.", ""},
	} {
		ws, ok := e.sumScopeWords(c.sentence, figureMoney, nil)
		got := ""
		for _, w := range ws {
			if w.folded == "cello" || w.folded == "clause" {
				got = w.folded
			}
		}
		if !ok || got != c.want {
			t.Errorf("sumScopeWords(%q) holds %q (ok %v), want %q", c.sentence, got, ok, c.want)
		}
	}
}
