package engine

import (
	"slices"
	"strings"
	"testing"
)

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
	checkCites(t, testdataEngine(t, "dunhollow-boil-notice"), []citeCase{
		{"how many ended up in hosptial", []int{13}},
	})
}

// TestDoneByNumbers holds that a number standing as a subject counts those
// who did what its verb says, after the auxiliaries between ("about 340
// are housebound"), so that "how many old ppl or housebound patients are
// there" is answered by fernhollow-clinic ¶7.
func TestDoneByNumbers(t *testing.T) {
	for sentence, want := range map[string]string{
		"Eleven had been admitted to hospital.":    "admitted",
		"About 340 are housebound.":                "housebound",
		"Three were taken to hospital.":            "taken",
		"Eleven people died.":                      "", // the verb is a counted word: see countedWords
		"The plant opened in 1968 and was closed.": "",
	} {
		var got []string
		for _, w := range doneByNumbers(readWords(sentence, strings.ToLower)) {
			got = append(got, w.folded)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("doneByNumbers(%q) = %q, want %q", sentence, got, want)
		}
	}
	e := testdataEngine(t, "fernhollow-clinic")
	if got := citedParagraphs(t, e, "how many old ppl or housebound patients are there"); !slices.Contains(got, 7) {
		t.Errorf("cites %v, want ¶7 among them", got)
	}
}

// TestHowManyOfThe holds that "how many of the X" counts X, the whole it
// asks a part of, as "how many X" does: its figure is a number of X.
func TestHowManyOfThe(t *testing.T) {
	e := engineFor(t)
	for q, want := range map[string]string{
		"how many of the adults were men":                    "adults",
		"how many of the winners quit":                       "winners",
		"how many of the patients can cresswick take on":     "patients",
		"how many of these schools are in the fenmoor hills": "schools",
		"how many of them died":                              "",
		"how many of these were in the fenmoor hills":        "",
	} {
		t.Run(q, func(t *testing.T) {
			r := e.read(q)
			if len(r.counted) == 0 {
				if want != "" {
					t.Error("counts nothing")
				}
				return
			}
			if got := r.concepts[e.countedThing(r)].label; got != want {
				t.Errorf("counts %q, want %q", got, want)
			}
		})
	}
}
