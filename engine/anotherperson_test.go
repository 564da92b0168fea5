package engine

import "testing"

// TestAnotherPerson holds that a "who" question asking who did
// something abstains when the best paragraph that answers the rest names
// no one but whom the question names by name ("who ran Haldane Rail
// before Tolland took over": a paragraph about Tolland's own start),
// and that one naming another, or asking of a name that qualifies a
// thing ("the calloway paper"), still answers.
func TestAnotherPerson(t *testing.T) {
	facts := func(name string) string { return "../knowledge/testdata/" + name + "/" + name + ".yaml" }
	for _, tt := range []struct {
		facts, question string
		want, within    int // the paragraph cited within the first within; 0: it abstains
	}{
		{facts("haldane-rail-fares"), "who ran haldane rail before tolland took over", 0, 0},
		{facts("stenford-ambulance-waits"), "who ran the ambulance service before pocock took over", 0, 0},
		{facts("ostermark-coalition"), "who took over from edholm in 2011", 0, 0},
		// Another is named, or the name is no person asked of.
		{facts("budget-strike"), "who did vasquez-orr defeat to become mayor", 26, 1},
		{facts("corvey-mayor-bribery"), "who runs the town now hes locked up", 20, 1},
		{facts("calloway-study-retraction"), "yo who actually caught the copied data in the calloway paper", 16, 3},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, tt.within) })
	}
}

// TestAnotherPersonReason holds that the reply names the reader's own
// words for whom the question names.
func TestAnotherPersonReason(t *testing.T) {
	e := newEngine(t, []string{"../knowledge/testdata/haldane-rail-fares/haldane-rail-fares.yaml"}, "")
	const want = "It names no one other than “tolland”."
	if got := decidedReason(t, e, "who ran haldane rail before tolland took over"); got != want {
		t.Errorf("reason = %q, want %q", got, want)
	}
}

// TestAsksAnother holds which "who" questions ask for someone other
// than whom they name: not "who is", "who's", "who else", a choice
// between names, nor one asking the object of a verb a preposition ends.
func TestAsksAnother(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"who ran haldane rail before tolland took over", true},
		{"who did vranck beat in the 2022 election", true},
		{"who is tolland", false},
		{"who's the mum and where did she come from", false},
		{"who else got arrested", false},
		{"who won, vranck or hale", false},
		{"who does brierley play for", false},
	} {
		t.Run(tt.question, func(t *testing.T) {
			if got := e.read(tt.question).whoOther; got != tt.want {
				t.Errorf("whoOther = %v, want %v", got, tt.want)
			}
		})
	}
}
