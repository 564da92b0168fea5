package extract

import (
	"strings"
	"testing"
	"unicode"
)

// TestRuleLists checks the data the rules read: each list is there, in the
// case the matcher compares, and consistent with the others. What each
// list does is tested by the sieve, name and time tables.
func TestRuleLists(t *testing.T) {
	lower := map[string]map[string]bool{
		"speechVerbs": speechVerbs, "participles": participles, "speechNouns": speechNouns,
		"subjectSkip": subjectSkip, "roleNouns": roleNouns, "roleModifiers": roleModifiers,
		"groupNouns": groupNouns, "orgDescriptors": orgDescriptors, "nameParticles": nameParticles,
		"orgConnectors": orgConnectors, "placeCues": placeCues, "pastMarkers": pastMarkers,
		"clauseEnds": clauseEnds, "yearUnits": yearUnits,
	}
	for name, l := range lower {
		if len(l) == 0 {
			t.Errorf("%s is empty", name)
		}
		for w := range l {
			if w != strings.ToLower(w) {
				t.Errorf("%s: %q must be lower case: the matcher compares lower-case words", name, w)
			}
		}
	}
	capital := map[string]map[string]bool{
		"orgHeads": orgHeads, "clubSuffixes": clubSuffixes, "knownOrgs": knownOrgs, "multiKnownOrgs": multiKnownOrgs,
		"nonNames": nonNames, "notNameTails": notNameTails, "placeTails": placeTails, "honorifics": honorifics,
	}
	for name, l := range capital {
		if len(l) == 0 {
			t.Errorf("%s is empty", name)
		}
		for w := range l {
			if r := []rune(w)[0]; !unicode.IsUpper(r) {
				t.Errorf("%s: %q must be capitalised", name, w)
			}
		}
	}
	for w := range participles {
		if !speechVerbs[w] {
			t.Errorf("participle %q is not a speech verb", w)
		}
	}
	for _, title := range personTitles {
		if r := []rune(title)[0]; !unicode.IsUpper(r) {
			t.Errorf("title %q must be capitalised", title)
		}
	}
	for adj, country := range map[string]string{"Russian": "Russia", "U.S.": "United States", "Turkish": "Türkiye", "British": "United Kingdom"} {
		if got := nationalities[adj]; got != country {
			t.Errorf("nationalities[%q] = %q, want %q", adj, got, country)
		}
	}
	for alias, place := range map[string]string{"Kiev": "Kyiv", "Turkey": "Türkiye", "UK": "United Kingdom", "Ukraine": "Ukraine"} {
		if got := places[alias]; got != place {
			t.Errorf("places[%q] = %q, want %q", alias, got, place)
		}
	}
}
