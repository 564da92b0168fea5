package engine

import "testing"

// TestAfterDateline holds that a wire story's dateline is read apart from
// the sentence it opens, and that a sentence without one is whole.
func TestAfterDateline(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"SELMARSH, Kelmark, Nov 12 (Brenna News) - Bird flu has been confirmed", "Bird flu has been confirmed"},
		{"HASKEMUND, Tolven, Nov 13 (Reuters) – Tolven's government suspended its grants", "Tolven's government suspended its grants"},
		{"From March 1, private cars (and vans) - all of them - will be barred", "From March 1, private cars (and vans) - all of them - will be barred"},
	} {
		if got := afterDateline(tt.text); got != tt.want {
			t.Errorf("afterDateline(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestAskedInPast holds that a "when" question is of the past unless an
// auxiliary or a modal puts it in the present or the future, as "is" cut
// to an "'s" after "when" does ("when's the tenant demo").
func TestAskedInPast(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"when did the builders down tools", true},
		{"when was the last time pilots walked out", true},
		{"when does her ban end", false},
		{"when will the ban be looked at again", false},
		{"when can people go back to their houses", false},
		{"when's the tenant demo", false},
		{"whens the cull supposed to be over", false},
		{"when's the heritage report out", false},
	} {
		if got := askedInPast(e.readText(tt.question)); got != tt.want {
			t.Errorf("%q: past %v, want %v", tt.question, got, tt.want)
		}
	}
}

// TestWhenAheadGivesDay holds that "when" asked of what is or is to come
// ranks the paragraph that sets it for a day of a month ("ineligible until
// February 5, 2029", "From March 1", "review the ban in March 2029" beside
// the years of what was) among the first three.
func TestWhenAheadGivesDay(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		want            int
	}{
		{"../knowledge/testdata/doping-ban/doping-ban.yaml", "when does her ban end", 4},
		{"../knowledge/testdata/hollin-drought/hollin-drought.yaml", "when does the ban actualy kick in", 3},
		{"../knowledge/testdata/kellbrook-carfree/kellbrook-carfree.yaml", "when does the car ban actually kick in", 4},
		{"../knowledge/testdata/kellbrook-carfree/kellbrook-carfree.yaml", "when will the ban be looked at again", 30},
		{"../knowledge/testdata/selmarsh-bird-flu/selmarsh-bird-flu.yaml", "when do the limits around the farm get lifted", 28},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, 3) })
	}
}

// TestPutsBound holds that a time is bounded by "until", "before", "by"
// or "after" before a date or a season, and not by those words before
// anything else.
func TestPutsBound(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Brenmoor has suspended the route until at least Friday.", true},
		{"Residents were unlikely to be allowed back before Friday.", true},
		{"Vosberg said the work should be finished by Sunday.", true},
		{"It was unlikely before the autumn.", true},
		{"The permits are suspended until at least Sept. 30.", true},
		{"The company said it would take at least seven more days.", true},
		{"Households were told to keep boiling their tap water for at least another week.", true},
		{"At least 40 people were hurt.", false},
		{"The order will stay in force until reservoir levels are back to normal.", false},
		{"The report was written by the company after the fire.", false},
		{"The company said the ship would be out of service for at least six weeks.", true},
		{"The repairs took six weeks.", false},
	} {
		if got := putsBound(e.readText(tt.text)); got != tt.want {
			t.Errorf("%q: bound %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestWhenAheadGivesBound holds that "when" asked of what is to come back
// or end ranks the paragraph that bounds how long it stays as it is
// ("suspended the route until at least Friday", "unlikely to be allowed
// back before Friday", "keep boiling their tap water for at least another
// week") among the first two.
func TestWhenAheadGivesBound(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		want            int
	}{
		{"../knowledge/testdata/dravik-ferry-fire/dravik-ferry-fire.yaml", "when does the ferry start running again", 26},
		{"../knowledge/testdata/quenby-dam-release/quenby-dam-release.yaml", "when can ppl go back to their houses", 29},
		{"../knowledge/testdata/dunhollow-boil-notice/dunhollow-boil-notice.yaml", "when can we drink from the tap again", 2},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, 2) })
	}
}

// TestWhenAheadBoundAnswers holds that a paragraph that bounds a time of
// what is to come answers a "when" question with less of its words than
// another would ("erase all such data ... by June 30" for "get rid of all
// the location stuff by").
func TestWhenAheadBoundAnswers(t *testing.T) {
	citesWithin(t, "../knowledge/testdata/veltra-privacy-fine/veltra-privacy-fine.yaml", "when do they need to get rid of all the location stuff by", 7, 2)
}

// TestWhenAheadBoundsDone holds that "when" asked of what is to come ranks
// first the paragraph that bounds what it asks is done by a condition
// after the question's own word ("This plant will not reopen until we are
// satisfied that it is safe", "cannot bring in new hens until inspectors
// have approved the cleaning"), and not one whose condition follows a
// word of another of its senses ("outdoor sport has been banned until
// further notice", ¶29 of the heatwave story, for "open").
func TestWhenAheadBoundsDone(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		first           int
	}{
		{"../knowledge/testdata/orvale-chemical-leak/orvale-chemical-leak.yaml", "when will the plant reopen", 17},
		{"../knowledge/testdata/selmarsh-bird-flu/selmarsh-bird-flu.yaml", "when can they put new hens in", 27},
		{"../knowledge/testdata/orrin-heatwave-school/orrin-heatwave-school.yaml", "when do they open again", 3},
	} {
		t.Run(tt.question, func(t *testing.T) {
			citesFirst(t, newEngine(t, []string{tt.facts}, ""), tt.question, tt.first)
		})
	}
}
