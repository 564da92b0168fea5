package engine

import "testing"

// TestFrequency holds which sentences tell how often something happens:
// a unit of time shared out ("twice a week", "every six minutes", "per
// hour") or a word made from one ("daily"); not a span ("for a day", "a
// year ago") nor a unit of time alone.
func TestFrequency(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Trams are scheduled every six minutes between 5:30 a.m. and midnight.", true},
		{"The ferry sails twice a week in winter.", true},
		{"Inspectors visit each month.", true},
		{"The plant is tested daily.", true},
		{"The line was closed for a day after the fault.", false},
		{"The council approved the plan a year ago.", false},
		{"The first day drew 41,300 trips.", false},
	} {
		if got := frequency(e.lex.wn, e.readText(tt.text)); got != tt.want {
			t.Errorf("frequency(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestHowOften holds that a question that asks how often ranks first the
// paragraph that gives a frequency, above one that repeats its words.
func TestHowOften(t *testing.T) {
	e := storyEngine(t,
		"New bus line opens in Harwick",
		"The council will run the new line itself and says it will run it at a loss for the first two years, while private firms run the rest of the network.",
		"Buses run every ten minutes on weekdays and every 20 minutes on Sundays, the operator said.",
		"The line cost 40 million crowns to build.",
	)
	for _, tt := range []struct {
		question string
		first    int
	}{
		{"how often do the buses run", 3},
		{"how often do they run", 3},
	} {
		t.Run(tt.question, func(t *testing.T) { citesFirst(t, e, tt.question, tt.first) })
	}
}
