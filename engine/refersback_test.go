package engine

import "testing"

// TestRefersBackBeforeTheFigure holds that a sum is of what the sentence
// before names only when the word that points back comes before the
// sum's number: "It will add about 12 euros" is the upgrade's, but "the
// repairs are expected to cost about 11 million crowns, which the airport
// will pay from its own reserves" gives no runway's cost.
func TestRefersBackBeforeTheFigure(t *testing.T) {
	e := storyEngine(t,
		"Airport shuts runway",
		"The airport said the runway would stay shut until October. The repairs are expected to cost about 11 million crowns, which the airport will pay from its own reserves.",
		"The airport plans a new terminal, due to open in 2029. It will cost about 40 million crowns.",
	)
	checkCites(t, e, []citeCase{
		{"how much would a second runway cost", nil},
		{"how much will the new terminal cost", []int{3}},
	})
	for text, want := range map[string]bool{
		"It will add about 12 euros a year to the average household bill.":                                            true,
		"The director said that painting alone had been valued at about 30 million euros.":                            true,
		"The repairs are expected to cost about 11 million crowns, which the airport will pay from its own reserves.": false,
		"Analysts had expected sales of $6 billion by 2031, making it the most valuable product.":                     false,
	} {
		if got := e.refersBack(text); got != want {
			t.Errorf("refersBack(%q) = %v, want %v", text, got, want)
		}
	}
}
