package engine

import "testing"

// TestDeniedAuxiliaryMakesVerb holds that a word after "do" or a modal
// denied after its subject ("this doesn't wreck them", "will not sell")
// is read as a verb, no thing the coverage must mention, while the
// subject after a denied word that starts the question, or follows its
// wh-word, is still one.
func TestDeniedAuxiliaryMakesVerb(t *testing.T) {
	e := storyEngine(t,
		"Frost ruins Thornbury's grape harvest",
		"Growers say they will install wind machines and buy frost cover so a late frost cannot ruin a whole harvest again.",
	)
	tests := []struct {
		question, label string
		thing           bool
	}{
		{"what can growers do so this doesn't wreck them again", "wreck", false},
		{"what can growers do so this will not wreck them again", "wreck", false},
		{"what can growers do so this won't wreck them again", "wreck", false},
		{"who didn't wreck the machines", "wreck", false},
		{"why don't wrecks stop growers", "wrecks", true},
		{"what doesn't the wreck tell us", "wreck", true},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			q := e.read(tt.question)
			for _, c := range q.concepts {
				if c.label == tt.label {
					if c.thing != tt.thing {
						t.Errorf("%q is a thing: %v, want %v", tt.label, c.thing, tt.thing)
					}
					return
				}
			}
			t.Errorf("no concept %q", tt.label)
		})
	}
	checkCites(t, e, []citeCase{
		{"what can growers do long term so this doesn't wreck them again", []int{2}},
		{"what did the mayor say about the frost", nil},
	})
}

// TestWhoDoesMakesVerb holds that the word ending in -s after "who" is
// the verb of the doer asked of ("who foots the bill" asks who pays), no
// thing the coverage must mention.
func TestWhoDoesMakesVerb(t *testing.T) {
	e := storyEngine(t,
		"Avalanche shuts Varrow Pass",
		"The helicopter operation has cost about 1.1 million euros so far, which the province will pay from its disaster reserve.",
	)
	q := e.read("how much has the helicopter thing cost so far and who foots the bill")
	for _, c := range q.concepts {
		if c.label == "foots" && c.thing {
			t.Errorf("%q is a thing", c.label)
		}
	}
	checkCites(t, e, []citeCase{
		{"how much has the helicopter thing cost so far and who foots the bill", []int{2}},
		{"who is the pope", nil},
	})
}
