package engine

import "testing"

// TestTimedGathered holds that a "what time" question whose words the
// paragraph giving the time shares too few of ("wat time in the morning
// did the hillside come down": "The slip began at around 4:40 a.m.")
// still finds it: the paragraphs that give a time of day join the
// candidates of the articles found.
func TestTimedGathered(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		want, n         int // a paragraph cited among the first n, 0 for none at all
	}{
		{"../knowledge/testdata/ennis-hill-landslide/ennis-hill-landslide.yaml", "wat time in the morning did the hillside come down", 4, 1},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, tt.n) })
	}
}
