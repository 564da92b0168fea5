package engine

import (
	"testing"
)

// TestAskedPrice holds that "how much" asks a sum when it compares prices
// ("how much cheaper") or asks what a thing is ("how much is a season
// ticket"), and any number when it asks an amount ("how much is the
// increase", "how much bigger") or what someone does.
func TestAskedPrice(t *testing.T) {
	e := newEngine(t, []string{"../knowledge/testdata/kelsby-zoo-cubs/kelsby-zoo-cubs.yaml"}, "")
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
