package engine

import "testing"

// TestMeasuredNoun holds which noun a "how much N" question asks the
// amount of: N's head when it is something owned or paid, none when it is
// a word of money or another thing, whose amount a unit may tell alone.
func TestMeasuredNoun(t *testing.T) {
	e := engineFor(t)
	tests := map[string]string{
		"how much profit does the airport make":   "profit",
		"how much tax do the winners pay":         "tax",
		"how much weight had okafor lost":         "", // "16 kilograms"
		"how much electricity can the dam make":   "", // "180 megawatts"
		"how much aid money r they handing out":   "", // money's sum is of any word
		"how much does a monthly bus ticket cost": "",
		"how big is the city's deficit":           "deficit", // not the city's size
		"how big a raise do the pilots want":      "raise",
		"how big is the cave":                     "", // a thing, no amount
	}
	for text, want := range tests {
		q := e.read(text)
		got := ""
		if q.measured >= 0 {
			got = q.concepts[q.measured].label
		}
		if got != want {
			t.Errorf("read(%q) measures %q, want %q", text, got, want)
		}
	}
}

// TestAmountOfWhatIsOwned holds that "how much N", N owned or paid, is
// answered only by a sentence that says N: the repairs' cost and a number
// of flights from the airport are no profit of the airport's.
func TestAmountOfWhatIsOwned(t *testing.T) {
	e := storyEngine(t,
		"Airport shuts runway",
		"The repairs are expected to cost the airport about 11 million crowns.",
		"Airlines cancelled 96 flights from the airport. It has not said whether it still expects a profit this year.",
		"The tax on each ticket will not change, the ministry said.",
	)
	checkCites(t, e, []citeCase{
		{"how much profit does the airport make", nil},
		{"how much tax do passengers pay on a ticket", nil},
		{"how much will the repairs cost the airport", []int{2}},
	})
	e = storyEngine(t,
		"Airport shuts runway",
		"The repairs are expected to cost the airport about 11 million crowns.",
		"The airport made a profit of 4 million crowns last year.",
	)
	checkCites(t, e, []citeCase{{"how much profit does the airport make", []int{3}}})
}

// TestSizeOfAnAmount holds that "how big is the city's deficit" is
// answered by a sentence that gives the deficit by a number that is no
// span of time: a cut to the city's subsidy is no deficit, and two years
// of deficits say not how big it is.
func TestSizeOfAnAmount(t *testing.T) {
	e := storyEngine(t,
		"City passes budget",
		"The city trims its subsidy to the transit authority by $62 million.",
		"There was no choice after two years of deficits, the mayor said shortly after 3 a.m.",
	)
	checkCites(t, e, []citeCase{{"how big is the city's deficit", nil}})
	e = storyEngine(t,
		"City passes budget",
		"The city trims its subsidy to the transit authority by $62 million.",
		"The city's deficit has grown to $48 million after two years of deficits.",
	)
	checkCites(t, e, []citeCase{{"how big is the city's deficit", []int{3}}})
}
