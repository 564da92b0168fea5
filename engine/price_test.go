package engine

import (
	"testing"
)

// TestAskedPrice holds that "how much" asks a sum when it compares prices
// ("how much cheaper") or asks what a thing is ("how much is a season
// ticket"), and any number when it asks an amount ("how much is the
// increase", "how much bigger") or what someone does.
func TestAskedPrice(t *testing.T) {
	e := testdataEngine(t, "kelsby-zoo-cubs")
	tests := []struct {
		question string
		want     figure
	}{
		{"how much cheaper is a heat pump to run than an oil boiler per year", figureMoney},
		{"how much more expensive is the new enclosure", figureMoney},
		{"how much is a season ticket", figureMoney},
		{"how much is the increase", figureAny},
		{"how much bigger is the new enclosure", figureAny},
		{"how much higher are visitor numbers", figureAny},
		{"how much is the town museum trying to raise", figureAny},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := e.read(tt.question).figure; got != tt.want {
				t.Errorf("figure = %d, want %d", got, tt.want)
			}
		})
	}
}

// TestPricedKinds holds that a sum asked of an abstract noun the coverage
// never uses is given where it says a sum of a kind of it: a fine is a
// penalty.
func TestPricedKinds(t *testing.T) {
	e := storyEngine(t,
		"Caterer fined over hygiene",
		"The firm was fined 4,200 crowns by the magistrates' court in November 2023 for failing to control pests.",
		"Fines for such failures have doubled since 2020, the council said.",
	)
	checkCites(t, e, []citeCase{
		{"how much was the penalty they got in 2023", []int{2}},
	})
}
