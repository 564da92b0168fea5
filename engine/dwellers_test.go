package engine

import "testing"

// TestDwellersCounted holds that "how many people live in X" is answered
// by a number of those who live there (its residents or inhabitants, the
// size of the place or its population, or persons said to live there),
// not by a number of persons who did something else there: a march's
// marchers, a trial's children or a blast's dead live anywhere.
func TestDwellersCounted(t *testing.T) {
	e := storyEngine(t,
		"Pension reform falls",
		"About 12,000 people had marched through Valdheim on Saturday against the reform, according to police.",
		"In Tamboro, where 1,860 youngsters took part, a mother said her son had not caught malaria since his booster.",
		"Mount Hallvar last erupted in 1921, when lava flows destroyed part of Grenholm and killed 11 people.",
	)
	checkCites(t, e, []citeCase{
		{"how many ppl live in valdheim", nil},
		{"how many people live in tamboro", nil},
		{"how many people live on grenholm", nil},
		{"how many people marched through valdheim", []int{2}},
		{"how many youngsters took part in tamboro", []int{3}},
	})
	e = storyEngine(t,
		"Ferry fire strands islanders",
		"Dravik, home to about 4,800 people, depends on the ferry for food, fuel and medicine.",
		"Harrow Water supplies Lanthorpe's 19,400 inhabitants from the same aquifer.",
		"The plant, on the eastern edge of the town of roughly 38,000 people, is Calder's largest employer.",
	)
	// Another place's dwellers may be cited after the ones asked of: what
	// is held here is the paragraph cited first.
	for _, tt := range []citeCase{
		{"how many ppl live on dravik", []int{2}},
		{"how many people live in lanthorpe", []int{3}},
		{"how many people live in the town", []int{4}},
	} {
		if got := decided(t, e, tt.question); len(got) == 0 || got[0] != tt.want[0] {
			t.Errorf("%q cites %v, want %d first", tt.question, got, tt.want[0])
		}
	}
	e = storyEngine(t, "Flood warning", "Some 900 people live in Stell, a hamlet on the river.")
	checkCites(t, e, []citeCase{{"how many people live in stell", []int{2}}})
}
