package engine

import "testing"

// TestPlacedIn holds that a place named after a noun by "in" is one a
// paragraph that answers mentions: the temperature measured at another
// station is no temperature in Fenmouth, and the paragraph that speaks of
// the people of Ostrel comes before one that does not name it.
func TestPlacedIn(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		first           int
	}{
		// "The National Meteorological Service (NMS) measured 41.6 C at
		// its Harrowgate station on Monday afternoon": no word of
		// Fenmouth.
		{"../knowledge/testdata/orrin-heatwave-school/orrin-heatwave-school.yaml", "what was the temperature in fenmouth on monday", 0},
		{"../knowledge/testdata/ostrel-scooters/ostrel-scooters.yaml", "do most people in ostrel want them gone", 17},
	} {
		t.Run(tt.question, func(t *testing.T) {
			citesFirst(t, newEngine(t, []string{tt.facts}, ""), tt.question, tt.first)
		})
	}
}

// TestPlacedInReading holds which places a question reads as placed: a
// place after a noun by "in", not one after a verb or another place.
func TestPlacedInReading(t *testing.T) {
	e := testdataEngine(t, "orrin-heatwave-school")
	for _, tt := range []struct {
		question string
		want     []string
	}{
		{"what was the temperature in fenmouth on monday", []string{"fenmouth"}},
		{"my sister lives in fenmouth", nil},
	} {
		t.Run(tt.question, func(t *testing.T) {
			q := e.read(tt.question)
			var got []string
			for _, c := range placedConcepts(q) {
				got = append(got, c.label)
			}
			if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
				t.Errorf("placed %v, want %v", got, tt.want)
			}
		})
	}
}
