package engine

import "testing"

// TestIdiomOfMannerReadAsOne holds that an adjective or adverb of three
// words ("face to face") is read as one, no thing the coverage must
// mention, while a noun the coverage never mentions still makes it refuse.
func TestIdiomOfMannerReadAsOne(t *testing.T) {
	e := storyEngine(t,
		"Coin hoard finder and farmer dispute permission",
		"Penrose says the farmer gave him permission in person in February, before he started detecting on the field.",
	)
	q := e.read("did the farmer give him permission face to face")
	for _, c := range q.concepts {
		if c.thing && c.label != "farmer" {
			t.Errorf("%q is a thing", c.label)
		}
	}
	checkCites(t, e, []citeCase{
		{"is it true the farmer gave him permission face to face", []int{2}},
		{"did the farmer give permission to the museum", nil},
	})
}
