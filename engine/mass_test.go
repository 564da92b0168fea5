package engine

import "testing"

// TestMassNotCounted holds that a "how much N" question, N a noun used as
// a mass ("how much severance", "how much water"), is not answered by a
// sentence whose numbers only count things ("about 450 employees", "three
// other mills"), while a measure of N answers, and so does a count asked.
func TestMassNotCounted(t *testing.T) {
	e := storyEngine(t,
		"Paper mill to close with loss of 450 jobs",
		"About 450 employees marched to the town hall at 9 a.m. on Monday to demand severance for every worker laid off.",
		"The mill draws 12 million litres of water from the river each day, the owners said, more than three other mills in the valley.",
		"The owners said the closure would be complete by the end of the year.",
	)
	checkCites(t, e, []citeCase{
		{"how much severance will each worker get", nil},
		{"how much water does the mill use", []int{3}},
		{"how many employees marched to the town hall", []int{2}},
	})
	e = storyEngine(t,
		"Paper mill to close",
		"The owners also run three other paper mills, the largest of which opened in the valley in 2019.",
		"The owners said the closure would be complete by the end of the year.",
	)
	checkCites(t, e, []citeCase{
		{"how much water does the paper mill use", nil},
	})
}
