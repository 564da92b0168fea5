package engine

import "testing"

// TestHappenedBefore holds that "has it happened before" is answered by
// the paragraph of the story that goes back beyond its days, though it
// shares no word with the question ("has anyone died in there before":
// "Two cavers drowned there in June 2009").
func TestHappenedBefore(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		want            int // the paragraph cited first
	}{
		{"../knowledge/testdata/feldmark-cave-rescue/feldmark-cave-rescue.yaml", "has anyone died in there before", 23},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, 1) })
	}
}
