package engine

import "testing"

// TestHappenedBefore holds that "has it happened before" is answered by
// the paragraph of the story that goes back beyond its days, though it
// shares no word with the question ("has anyone died in there before":
// "Two cavers drowned there in June 2009"). One that says a thing
// happened before ("the second time", "previously") goes before one that
// only gives a year, which is as often the story's own background.
func TestHappenedBefore(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		want            int // the paragraph cited first
	}{
		{"../knowledge/testdata/feldmark-cave-rescue/feldmark-cave-rescue.yaml", "has anyone died in there before", 23},
		{"../knowledge/testdata/dravik-ferry-fire/dravik-ferry-fire.yaml", "has this boat had problems before", 23},
		{"../knowledge/testdata/orvale-chemical-leak/orvale-chemical-leak.yaml", "has the plant had accidents before", 21},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, 1) })
	}
}
