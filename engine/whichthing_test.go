package engine

import "testing"

// TestWhichThingUnnamed holds that a "which N" question asking which
// thing abstains when the best paragraph that answers the rest puts the
// thing only after "a" or "an" with no name beside it ("on an encrypted
// messaging app"), and that paragraphs that name it, put it as one told
// of already, or put the noun only inside another word still answer.
func TestWhichThingUnnamed(t *testing.T) {
	facts := func(name string) string { return "../knowledge/testdata/" + name + "/" + name + ".yaml" }
	for _, tt := range []struct {
		facts, question string
		want, within    int // the paragraph cited within the first within; 0: it abstains
	}{
		{facts("kirrin-bread-cartel"), "which messaging app did they use for the flour club chat", 0, 0},
		{facts("dorrin-council-ransomware"), "which operating system were the old servers running", 0, 0},
		{facts("keldon-meteorite"), "which builder is doing the roof repairs", 0, 0},
		// Named by a capitalised word of its own, or told apart.
		{facts("kelburn-stand-collapse"), "which hospitals did they go to", 4, 1},
		{facts("marsden-tractor-blockade"), "which supermarket said shelves might go empty", 19, 1},
		{facts("wexley-library-cuts"), "which law do they say teh council broke", 19, 1},
		{facts("quillan-exams"), "which app did the paper get leaked on", 3, 2},
		{"../data/istanbul-talks.yaml", "which provinces did russia take over illegally", 19, 1},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, tt.within) })
	}
}

// TestWhichThingReason holds that the reply names the reader's own words
// for the thing asked for.
func TestWhichThingReason(t *testing.T) {
	e := newEngine(t, []string{"../knowledge/testdata/kirrin-bread-cartel/kirrin-bread-cartel.yaml"}, "")
	const want = "It never names the “messaging app”."
	if got := decidedReason(t, e, "which messaging app did they use for the flour club chat"); got != want {
		t.Errorf("reason = %q, want %q", got, want)
	}
}

// TestAskedWhichThing holds which "which" questions ask which thing:
// nouns after "which" up to an auxiliary, "do", or, for one noun, a
// word read as no noun; not a person, nor "which builder hit pause",
// where "hit" may be read as a noun.
func TestAskedWhichThing(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		question, want string
	}{
		{"which messaging app did they use", "messaging app"},
		{"which operating system were the servers running", "operating system"},
		{"which journals rejected the paper", "journals"},
		{"which minister resigned", ""},
		{"what app did they use", ""},
	} {
		t.Run(tt.question, func(t *testing.T) {
			got := e.read(tt.question).whichThing
			if got.label != tt.want || got.ok != (tt.want != "") {
				t.Errorf("whichThing = %+v, want label %q", got, tt.want)
			}
		})
	}
}
