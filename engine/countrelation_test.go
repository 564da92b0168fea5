package engine

import "testing"

// TestSampleIsNoCount holds that the size of an inquiry's sample ("a study
// of 48,000 adults") counts those it asked, not all of whom it is about:
// it answers a question of the inquiry, not one of how many have an
// illness.
func TestSampleIsNoCount(t *testing.T) {
	// ¶2: "... according to a study of 48,000 adults published on
	// Monday."
	checkCites(t, newEngine(t, []string{"../extract/testdata/walking-study.yaml"}, ""), []citeCase{
		{"How many people have dementia in Scotland?", nil},
	})
	e := storyEngine(t,
		"Scooter ban backed",
		"A poll of 1,000 residents for the Ostrel Courier in February found 58 percent backed a ban on rental scooters.",
		"Walking briskly cut the risk of dementia by a fifth, according to a study of 48,000 adults in Scotland published on Monday.",
	)
	checkCites(t, e, []citeCase{
		{"how many residents were polled", []int{2}},
		{"how many adults took part in the study", []int{3}},
	})
}
