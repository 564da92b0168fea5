package engine

import (
	"maps"
	"slices"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestLearnedCurrencies holds that a word an article converts a sum in
// into a currency the reader knows by its sign is a currency, singular
// and plural, and that a number before a bracket without a sign is none.
func TestLearnedCurrencies(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"a cost of 6.8 million varrs ($7.4 million) over two years", []string{"varr", "varrs"}},
		{"would have 150 crowns ($165) credited", []string{"crown", "crowns"}},
		{"fines of 2,000 calvors (about €1,900)", []string{"calvor", "calvors"}},
		{"about 40 people (most of them children) were hurt", nil},
		{"4 million euros in cryptocurrency", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := slices.Sorted(maps.Keys(learnedCurrencies(nil, []string{tt.text})))
			if !slices.Equal(got, tt.want) {
				t.Errorf("learnedCurrencies(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestLearnedCurrencyFigures holds that a paragraph giving a sum in a
// currency its article converts once ("varrs ($7.4 million)") gives money
// wherever the currency follows a number, in either number: "a 15
// million varr emergency fund", "the 150-crown payment".
func TestLearnedCurrencyFigures(t *testing.T) {
	tests := []struct {
		article   string
		paragraph int
	}{
		{"ennis-hill-landslide", 22},
		{"dunhollow-boil-notice", 30},
	}
	for _, tt := range tests {
		t.Run(tt.article, func(t *testing.T) {
			e := testdataEngine(t, tt.article)
			pi := e.vocab.para(knowledge.Ref{Article: tt.article, Paragraph: tt.paragraph})
			if pi == nil || pi.figures&(1<<figureMoney) == 0 {
				t.Errorf("%s ¶%d gives no sum of money", tt.article, tt.paragraph)
			}
		})
	}
}
