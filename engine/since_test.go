package engine

import "testing"

// TestGivesSpan holds that a span is what says how long something has
// been so: a beginning's year, "since", or units of time that are no rate.
func TestGivesSpan(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"who has worked there for 31 years", true},
		{"started the syndicate in March 2015 with five colleagues", true},
		{"a driver at Pendry since 2004", true},
		{"has run the shop for decades", true},
		{"the company's chief executive, said at a news conference this week", false},
		{"would add about 95 million euros a year to the company's costs", false},
		{"is working seven days a week", false},
		{"after the 2023 outage, Corvane promised 45 million crowns", false},
		// A beginning may be of any century.
		{"opened its first free public library in 1887 with money left by a mill owner", true},
		{"the abbey, founded in 1132, stands empty", true},
		{"lent 1.9 million items to 1200 readers", false},
	} {
		if got := givesSpan(e.readText(tt.text)); got != tt.want {
			t.Errorf("%q: span %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestAsksSince holds that "how long has" and "how long had" ask since
// when something has been so, and "how long did" a span.
func TestAsksSince(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"how long has wexley had free libraries", true},
		{"how long had the club been watching him", true},
		{"how long did it take to put the fire out", false},
		{"how long is the bridge", false},
	} {
		if got := asksSince(e.readText(tt.question)); got != tt.want {
			t.Errorf("%q: since %v, want %v", tt.question, got, tt.want)
		}
	}
}

// TestHowLongHas holds that "how long has X been Y" is answered only by a
// paragraph whose sentence that puts X or Y gives a span, and refused when
// none does: a chief executive's words say nothing of how long she has
// led. Of a person named, the sentence must put Y.
func TestHowLongHas(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		want            int // a paragraph cited, 0 for none at all
	}{
		{"../knowledge/testdata/airline-strike/airline-strike.yaml", "how long has lammers been ceo", 0},
		{"../knowledge/testdata/dunmore-dig/dunmore-dig.yaml", "how long has fenwright been an archaeologist", 0},
		{"../knowledge/testdata/pendry-lottery/pendry-lottery.yaml", "how long has the syndicate been running", 6},
		{"../knowledge/testdata/fernhollow-clinic/fernhollow-clinic.yaml", "how long has pellow worked at mill lane", 4},
		// Of a person named, the span's sentence must put what they have
		// been, outside the names of others ("the Marrovian Cave Rescue
		// Service"), in a paragraph that speaks of them.
		{"../knowledge/testdata/feldmark-cave-rescue/feldmark-cave-rescue.yaml", "how long has alvsen been caving for", 0},
		{"../knowledge/testdata/ashcombe-power-cut/ashcombe-power-cut.yaml", "how long has pellow been ceo", 0},
		{"../knowledge/testdata/kellbrook-carfree/kellbrook-carfree.yaml", "how long has he had his shop on salt street", 11},
		// Asked beside an age, the span may be told without it.
		{"../knowledge/testdata/marlow-bank-outage/marlow-bank-outage.yaml", "how old is the shop lady and how long has she been running the place", 11},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, 3) })
	}
}
