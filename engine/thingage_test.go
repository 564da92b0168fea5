package engine

import "testing"

// TestAgeOfThing holds that "how old is" a lifeless thing is answered by
// the thing's age or the year it was made, even where the sentence names
// it only by the name the fact base gives it ("The Solveig Marr, a
// 118-metre ship built in 2011"), and not by a person's age beside it
// ("Jonas Feldt, a 54-year-old carpenter").
func TestAgeOfThing(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		want, within    int // a paragraph cited among the first within, 0 for none at all
	}{
		{"../knowledge/testdata/dravik-ferry-fire/dravik-ferry-fire.yaml", "how old is the ship", 18, 2},
		{"../knowledge/testdata/dravik-ferry-fire/dravik-ferry-fire.yaml", "how old is the ferry", 18, 2},
		{"../knowledge/testdata/quenby-dam-release/quenby-dam-release.yaml", "how old is the dam anyway", 2, 1},
		{"../knowledge/testdata/tolven-heatpumps/tolven-heatpumps.yaml", "how old is the boiler", 17, 1},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, tt.within) })
	}
}

// TestPersonsAgesOnly holds which sentences give only persons' ages,
// none of a thing's.
func TestPersonsAgesOnly(t *testing.T) {
	e := testdataEngine(t, "dravik-ferry-fire")
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Jonas Feldt, a 54-year-old carpenter from Dravik, said the first sign was a smell.", true},
		{"Pieter Sorel, 61, who has held a season ticket for 44 years, said he could see the logic.", true},
		{`"I told the chairman," the 49-year-old told reporters.`, true},
		{"The operator of the 61-year-old Quenby hydroelectric dam sent a surge of water down the river.", false},
		{"Cable chambers beneath the 38-year-old transformer flooded.", false},
		{"The bridge is 87 years old.", false},
		{"The ship was repaired in March.", false},
	} {
		t.Run(tt.text, func(t *testing.T) {
			if got := e.personsAgesOnly(tt.text); got != tt.want {
				t.Errorf("personsAgesOnly = %v, want %v", got, tt.want)
			}
		})
	}
}
