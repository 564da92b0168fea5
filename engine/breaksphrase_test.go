package engine

import (
	"slices"
	"strings"
	"testing"
)

// TestPhraseNotOverVerb holds that a name or phrase of the coverage is not
// read over a verb the index drops: the Tessmark Airline Pilots'
// Association is known as the "pilots' union", but "how many pilots are
// in the union" names no pilots' union, while "the pilots union" does.
func TestPhraseNotOverVerb(t *testing.T) {
	e := testdataEngine(t, "arnvale-runway")
	for question, want := range map[string]string{
		"how many pilots are in the union": "",
		"what did the pilots union say":    "pilots union",
	} {
		var named []string
		for _, c := range e.read(question).concepts {
			if len(c.entities) > 0 {
				named = append(named, c.label)
			}
		}
		overVerb := slices.ContainsFunc(named, func(l string) bool {
			return strings.Contains(" "+strings.ToLower(l)+" ", " are ")
		})
		if overVerb || want != "" && !slices.Contains(named, want) {
			t.Errorf("%q names %q, want %q and none over a verb", question, named, want)
		}
	}
}
