package engine

import "testing"

// TestCountedNotPastComma holds that a number's noun is not past a comma:
// "Within two hours, staff had cut the trust's network off" counts hours,
// and no staff, while "about 4,100 staff work at its hospitals" does.
func TestCountedNotPastComma(t *testing.T) {
	e := storyEngine(t,
		"Hospital trust hit by cyber attack",
		"The intrusion was first spotted at about 3:40 a.m. on Saturday, when a night-shift engineer noticed that files on a server were being locked, the trust said. Within two hours, staff had cut the trust's entire network off from the internet.",
	)
	checkCites(t, e, []citeCase{
		{"how many staff work for the trust", nil},
	})
	e = storyEngine(t,
		"Hospital trust hit by cyber attack",
		"The trust said about 4,100 staff work at its two hospitals.",
	)
	checkCites(t, e, []citeCase{
		{"how many staff work for the trust", []int{2}},
	})
}
