package engine

import "testing"

// TestHowManyVerb holds that "how many" followed by a verb counts whoever
// did what it says, by no word of the question's own, while a noun after
// it, or a word before one, still names what is counted; and that such a
// question is answered by a number in a sentence that says the rest.
func TestHowManyVerb(t *testing.T) {
	e := engineFor(t)
	for q, want := range map[string]bool{
		"how many ended up in hospital":                    false,
		"how many signed the petition":                     false,
		"how many died":                                    false,
		"how many crashes at the harbour rd junction":      true,
		"how many missing children have the cameras found": true,
		"how many kids fainted":                            true,
		"how many installs were they expecting":            true,
	} {
		t.Run(q, func(t *testing.T) {
			if got := len(e.read(q).counted) > 0; got != want {
				t.Errorf("counts a word of its own = %v, want %v", got, want)
			}
		})
	}
	// ¶13: "Eleven had been admitted to hospital".
	checkCites(t, newEngine(t, []string{"../knowledge/testdata/dunhollow-boil-notice/dunhollow-boil-notice.yaml"}, ""), []citeCase{
		{"how many ended up in hosptial", []int{13}},
	})
}
