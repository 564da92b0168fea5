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
// auxiliary or a modal puts it in the present or the future.
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
