package engine

import (
	"maps"
	"slices"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestPricedCurrencies holds that a word no dictionary knows after a
// number put as a price or a cost is a currency, singular and plural, and
// that a stop word or a word WordNet knows there is none.
func TestPricedCurrencies(t *testing.T) {
	wn := engineFor(t).lex.wn
	tests := []struct {
		text string
		want []string
	}{
		{"A standard white loaf now costs an average of 2.95 dalers, up from 2.31 dalers in 2020.", []string{"daler", "dalers"}},
		{"The club paid 300 to the council.", nil},
		{"The repairs cost 40 percent more than planned.", nil},
		{"A ticket costs 5 euros.", nil},
		{"The delay cost 12 jobs.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := slices.Sorted(maps.Keys(learnedCurrencies(wn, []string{tt.text})))
			if !slices.Equal(got, tt.want) {
				t.Errorf("learnedCurrencies(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestPricedCurrencyFigures holds that a paragraph giving a price in a
// currency its article never converts ("costs an average of 2.95 dalers")
// gives a sum of money.
func TestPricedCurrencyFigures(t *testing.T) {
	const article = "kirrin-bread-cartel"
	e := testdataEngine(t, article)
	for _, n := range []int{8, 30} {
		pi := e.vocab.para(knowledge.Ref{Article: article, Paragraph: n})
		if pi == nil || pi.figures&(1<<figureMoney) == 0 {
			t.Errorf("%s ¶%d gives no sum of money", article, n)
		}
	}
}
