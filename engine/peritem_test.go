package engine

import "testing"

// TestPerItemSum holds that a "how much" question asked of one of a kind
// of thing ("each", "one of") is not answered by a sum for many of them
// ("a $420 million programme to install 24 cranes"), while a sum said per
// one of them answers, and so does the question asked of them all.
func TestPerItemSum(t *testing.T) {
	e := storyEngine(t,
		"Dockworkers strike over crane automation",
		"At issue is the port's $420 million programme to install 24 remotely operated ship-to-shore cranes by 2029.",
		"The union said the strike would go on until the plan was dropped.",
	)
	checkCites(t, e, []citeCase{
		{"how much does one of the automated cranes cost", nil},
		{"how much does each of the cranes cost", nil},
		{"how much does the crane programme cost", []int{2}},
	})
	e = storyEngine(t,
		"Dockworkers strike over crane automation",
		"The port will install 24 remotely operated cranes at $17 million each by 2029.",
		"The union said the strike would go on until the plan was dropped.",
	)
	checkCites(t, e, []citeCase{
		{"how much does each crane cost", []int{2}},
	})
}
