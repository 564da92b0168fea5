package engine

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestAskedRate holds that a "how much/many" question asking a figure per
// a period or per a unit is read so, and that "a week of strikes" or "in
// a day" ask none and "each party" only perhaps one; "per" and the "one" of "can one
// household" are no words the coverage must use.
func TestAskedRate(t *testing.T) {
	e := testdataEngine(t, "castrel-transfer")
	tests := []struct {
		question string
		want     perRate
		dropped  string // a word read as no concept
	}{
		{"how much will rensik earn a week at maravel", perRate{period: "week"}, ""},
		{"how much r the temp doctors costing per day", perRate{period: "day"}, "per"},
		{"how much money does the city hand the zoo every year", perRate{period: "year"}, ""},
		{"how much is a monthly travel pass", perRate{period: "month"}, ""},
		{"how much does the club pay annually", perRate{period: "year"}, ""},
		{"how many litres a day leak out of their pipes", perRate{period: "day"}, ""},
		{"how many particles per litre in the water", perRate{unit: "litre"}, "per"},
		{"how much water can one household grab each day", perRate{period: "day", each: "household"}, "one"},
		{"how much could a week of strikes cost", perRate{}, ""},
		{"how many died in a day", perRate{}, ""},
		{"how many seats did each party win", perRate{each: "party"}, ""},
		{"how many per cent of fans agreed", perRate{}, ""},
		{"what does he earn a week", perRate{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			q := e.read(tt.question)
			if q.rate != tt.want {
				t.Errorf("rate = %+v, want %+v", q.rate, tt.want)
			}
			if tt.dropped != "" && slices.ContainsFunc(q.concepts, func(c concept) bool { return strings.EqualFold(c.label, tt.dropped) }) {
				t.Errorf("%q read as a concept", tt.dropped)
			}
		})
	}
}

// TestGivesRate holds that a sentence gives a figure per a period when it
// marks the unit of time as a rate or says it by a word made from it, and
// a count over the period too; a sum beside "last month" is none.
func TestGivesRate(t *testing.T) {
	e := testdataEngine(t, "castrel-transfer")
	tests := []struct {
		sentence string
		rate     perRate
		count    bool
		want     bool
	}{
		{"The strike was costing it about 11 million euros a day.", perRate{period: "day"}, false, true},
		{"He said each day of the stoppage was costing the authority about $1.3 million.", perRate{period: "day"}, false, true},
		{"It receives an annual grant of 2.6 million crowns.", perRate{period: "year"}, false, true},
		{"It pays 74 million crowns annually.", perRate{period: "year"}, false, true},
		{"About 21,000 vehicles enter the old town on an average weekday.", perRate{period: "day"}, true, true},
		{"It handled 2.7 million passengers last year.", perRate{period: "year"}, true, true},
		{"That came to about 296,000 crowns last year.", perRate{period: "year"}, false, false},
		{"About 87 percent backed action in a ballot last month.", perRate{period: "month"}, false, false},
		{"They went on a holiday costing 900 euros.", perRate{period: "day"}, false, false},
		{"The council approved a $3.8 billion budget after a 14-hour session.", perRate{period: "hour"}, false, false},
		{"The deal is worth up to 68 million euros.", perRate{period: "week"}, false, false},
		{"It earns 2,000 crowns a month.", perRate{period: "week"}, false, false},
		{"Each litre held 14 particles.", perRate{unit: "litre"}, true, true},
		{"It held three times as many particles.", perRate{unit: "litre"}, true, false},
		{"The state pays about 4.50 euros a hen.", perRate{unit: "hen"}, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			if got := givesRate(e.lex.wn, tt.rate, e.readText(tt.sentence), tt.count); got != tt.want {
				t.Errorf("givesRate(%+v) = %v, want %v", tt.rate, got, tt.want)
			}
		})
	}
}

// TestGivesFigurePerRate holds that a figure asked per a period is given
// by a paragraph whose figure's sentence gives one so, not by a lump sum
// elsewhere: the transfer fee is no weekly wage.
func TestGivesFigurePerRate(t *testing.T) {
	var facts []string
	for _, a := range []string{"castrel-transfer", "kelsby-zoo-cubs", "arnvale-runway", "dunhollow-boil-notice", "budget-strike"} {
		facts = append(facts, "../knowledge/testdata/"+a+"/"+a+".yaml")
	}
	e := newEngine(t, facts, "")
	tests := []struct {
		question  string
		article   string
		paragraph int
		want      bool
	}{
		{"how much will rensik earn a week at maravel", "castrel-transfer", 2, false},
		{"how much did maravel pay for rensik", "castrel-transfer", 2, true},
		{"how much money does the city hand the zoo every year", "kelsby-zoo-cubs", 17, false},
		{"how much money does the city hand the zoo every year", "kelsby-zoo-cubs", 24, true},
		{"how many travellers use the airport each year", "arnvale-runway", 19, true},
		{"how much water can one household grab each day", "dunhollow-boil-notice", 9, true},
		{"how much is a monthly travel pass", "budget-strike", 18, false},
		{"how much is the walkout costin the transit authority a day", "budget-strike", 19, true},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%d", tt.question, tt.paragraph), func(t *testing.T) {
			q := e.read(tt.question)
			if got := e.givesFigure(q, knowledge.Ref{Article: tt.article, Paragraph: tt.paragraph}); got != tt.want {
				t.Errorf("givesFigure(¶%d) = %v, want %v", tt.paragraph, got, tt.want)
			}
		})
	}
}

// TestPreferEach holds that "how much does each winner get" is answered
// first by a paragraph that gives a figure to each ("each member will get
// about 1.42 million euros"), not by one that gives the sum frozen to be
// "shared among the 12 winners" (see preferEach).
func TestPreferEach(t *testing.T) {
	e := testdataEngine(t, "pendry-lottery")
	if got := e.read("how much does each winner actually get").rate; got != (perRate{each: "winner"}) {
		t.Errorf("rate = %+v, want each winner", got)
	}
	citesFirst(t, e, "how much does each winner actually get", 13)
}

// TestAsksWage holds that what a person earns is asked per some period,
// which a wage's sentence gives by a rate or a noun of wages beside its
// number, and a budget beside "a strike over pay" does not; a company's
// earnings are no wage.
func TestAsksWage(t *testing.T) {
	e := testdataEngine(t, "budget-strike")
	reads := []struct {
		question string
		want     bool
	}{
		{"how much does a tram driver earn", true},
		{"how much does the education director get paid", true},
		{"how much did the company earn last year", false},
		{"how much does a tram driver earn a week", false}, // a period of its own
	}
	for _, tt := range reads {
		t.Run(tt.question, func(t *testing.T) {
			if got := e.read(tt.question).rate.period == anyPeriod; got != tt.want {
				t.Errorf("asks a wage: %v, want %v", got, tt.want)
			}
		})
	}
	gives := []struct {
		sentence string
		want     bool
	}{
		{"Drivers earn about 2,900 dollars a month.", true},
		{"A driver starts on a salary of 34,000 dollars.", true},
		{"Thousands of bus and tram workers began an open-ended strike over pay and planned service cuts after a 14-hour session.", false},
	}
	for _, tt := range gives {
		t.Run(tt.sentence, func(t *testing.T) {
			if got := givesWage(e.lex.wn, e.readText(tt.sentence)); got != tt.want {
				t.Errorf("givesWage = %v, want %v", got, tt.want)
			}
		})
	}
	citesFirst(t, e, "how much does a tram driver earn", 0)
}
