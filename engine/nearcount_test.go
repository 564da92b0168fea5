package engine

import "testing"

// TestNearCountedWord holds that a number of a word the vectors put
// nearest the noun a "how many" question counts counts it, though
// WordNet files the two apart ("640 firms" for "how many companies"),
// and that a number of a word less near does not.
func TestNearCountedWord(t *testing.T) {
	e := storyEngine(t,
		"Heat pump grants frozen",
		"The Tolven Heating Installers' Association, which represents about 640 firms, said its members were laying off workers.",
		"One company, Brekke Heat, said it had sent 12 fitters home.",
	)
	checkCites(t, e, []citeCase{
		{"how many companies does the installers association speak for", []int{2}},
		{"how many shops does the installers association speak for", nil},
	})
}
