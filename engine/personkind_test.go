package engine

import "testing"

// TestPersonKnownByItsKind holds that a person the coverage never names
// by the question's word is not missing from it when the coverage names a
// kind of that person, which a reader may ask of by the broader word
// ("the water scientist": the text's hydrologist), and that one of whom
// the coverage names no kind still is.
func TestPersonKnownByItsKind(t *testing.T) {
	e := storyEngine(t,
		"Aquifer under Lanmere is falling, study finds",
		"The water table under Lanmere has fallen by four metres since 2015, according to a study by Ilse Varga, a hydrologist at the University of Kesh.",
		"Shareholders of the water company voted on Tuesday to delay the new borehole.",
	)
	checkCites(t, e, []citeCase{
		{"what did the water scientist find", []int{2}},
		{"what did the investors decide", []int{3}},
		{"what did the mayor say about the study", nil},
	})
}
