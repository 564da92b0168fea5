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

// TestPeopleNamedOtherwise holds that "people" (or "ppl") asked of in a
// coverage that never writes the word are the persons it names otherwise,
// not a thing it never mentions; a thing it never mentions still is.
func TestPeopleNamedOtherwise(t *testing.T) {
	e := storyEngine(t,
		"Hail wipes out Vessen's grape harvest",
		"Hail the size of golf balls destroyed about two thirds of the grapes in the Vessen valley on Sunday, two weeks before picking.",
		"Only one grower in five had bought hail cover, which costs about 9% of a harvest's value, because premiums doubled after the storms of 2019, the growers' union said.",
	)
	checkCites(t, e, []citeCase{
		{"why didnt more ppl buy hail cover", []int{3}},
		{"why didnt more people buy hail cover", []int{3}},
		{"what did the pope say about the hail", nil},
	})
}
