package engine

import "testing"

// TestWorkforceCounted holds that "how many staff does X employ" or "how
// many drivers work at X" is answered by a number of those who work (a
// worker noun it counts, or a verb of working beside it), not by any
// number in a sentence that says "work" or names workers elsewhere: "five
// of the 12 winners ... short of drivers" counts no drivers at the depot,
// and "a 1,200-home housing scheme ... forcing the developer to halt work"
// no staff.
func TestWorkforceCounted(t *testing.T) {
	e := storyEngine(t,
		"Lottery win empties depot",
		"Back at the depot, the manager said five of the 12 winners had handed in their notice, leaving him short of drivers for the 14 routes.",
		"Archaeologists digging ahead of a 1,200-home housing scheme by Bracken Homes have uncovered 23 graves, forcing the developer to halt work.",
	)
	checkCites(t, e, []citeCase{
		{"how many drivers work at the depot", nil},
		{"how many staff does bracken homes employ", nil},
	})
	e = storyEngine(t,
		"Quarry collapse",
		"Tarnwell Aggregates, which employs about 900 people at three quarries, said it had stopped all work.",
		"About 300 drivers work at the Corvick depot, the company said.",
	)
	checkCites(t, e, []citeCase{
		{"how many people does tarnwell employ", []int{2}},
		{"how many drivers work at the corvick depot", []int{3}},
	})
}
