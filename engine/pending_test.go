package engine

import "testing"

// TestToldOnlyAsToCome holds that a question asking whether something
// was done is not answered by the paragraph that tells it only as yet to
// come ("The full council will vote on Nov. 19 on a recovery plan", "is
// due to vote on April 3 on whether to make the later start
// permanent"), and that one that tells it done, or tells the asked verb
// done before a modal ("Carriers warned the shutdown would hit them
// hard"), still answers.
func TestToldOnlyAsToCome(t *testing.T) {
	facts := func(name string) string { return "../knowledge/testdata/" + name + "/" + name + ".yaml" }
	for _, tt := range []struct {
		facts, question string
		want, within    int // the paragraph cited within the first within; 0: it abstains
	}{
		{facts("tidewell-pension-loss"), "did the council vote end up passing the recovery plan", 0, 0},
		{facts("merrow-sleep-study"), "did the council vote to make the later start permanent", 0, 0},
		{facts("oriel-comet-discovery"), "did the council end up voting to switch off the streetlights", 0, 0},
		{facts("ennis-hill-landslide"), "did the national cabinet end up declaring a natural disaster", 0, 0},
		{facts("tolven-heatpumps"), "did the emergency motion pass", 0, 0},
		{facts("vessen-hailstorm"), "did parliament approve the disaster fund money", 0, 0},
		// "it was seeking 12 million crowns in compensation": still open.
		{facts("dunmere-tram-opening"), "did the marrow street shops get their compensation in the end", 0, 0},
		// The asked words before the modal tell nothing done: a noun
		// ("The union's strike ballot will run"), a verb after "be" ("a
		// request the council said it was considering" after "asked that
		// the jawbones be kept", "must still be approved"), a plain verb
		// of saying another's ("said its board would decide").
		{facts("calder-chipplant-closure"), "did the strike ballot pass", 0, 0},
		{facts("caverly-whale-stranding"), "did the council agree to let the elder keep the jawbones", 0, 0},
		{facts("marsden-tractor-blockade"), "did parliament pass the budget bill with the subsidy cut in it", 0, 0},
		{facts("marwick-malaria-trial"), "did the funds board say yes in december", 0, 0},
		// Nor a word of a name: "the Federal Trade Commission has been
		// examining" tells no trade (deal) done.
		{facts("halcyra-results"), "did the ftc fine halcyra over the quillon deal", 0, 0},
		// A sentence that puts the subject alone tells nothing either
		// way: "The bill now goes to the Senate" beside "a full Senate
		// vote is expected on March 27".
		{facts("sallow-tax-bill"), "did the senate pass it", 0, 0},
		// Told done: answered as before.
		{facts("dunhollow-boil-notice"), "did the water company boss apologise", 5, 1},
		{facts("redhaven-marathon"), "did the race director say sorry", 11, 3},
		{facts("brennock-stores"), "did the union get any warning", 13, 1},
		// A question of its subject alone: what is done may be put in
		// other words ("granted the authority an exemption").
		{facts("brackwell-school-week"), "did the govt have to ok it", 13, 1},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, tt.within) })
	}
}

// TestPending holds which sentences tell what they say as yet to come:
// a modal of the future, "is due to", "is expected", "whether", "next
// month"; not one that denies something, nor one told done.
func TestPending(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		want     bool
	}{
		{"The full council will vote on Nov. 19 on a recovery plan.", true},
		{"It was seeking 12 million crowns in compensation from the city.", true},
		{"He asked for a refund, a request the council said it was still considering.", true},
		{"Harlow Vale's council is due to vote on April 3.", true},
		{"A full Senate vote is expected on March 27.", true},
		{"Its board would decide in December whether to fund purchases.", true},
		{"The town council will vote next month on a plan.", true},
		{"The council voted 27-14 in March 2022 to allow the experiment.", false},
		{"The airline said it would not pay the claim.", false},
		{"Sales were higher than expected.", false},
		{"The school will stay closed on Thursday and Friday.", false},
		{"The strike was called off due to the talks.", false},
	} {
		t.Run(tt.sentence, func(t *testing.T) {
			if got := pending(readWords(tt.sentence, func(string) string { return "" })); got != tt.want {
				t.Errorf("pending = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestAsksDone holds which questions ask whether something was done: not
// those that ask of what was to come ("did the government know it was
// gonna run out").
func TestAsksDone(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"did the senate pass it", true},
		{"did putin accept the truce", true},
		{"did the goverment know it was gonna run out early?", false},
		{"did they say whether they would come", false},
		{"will the senate pass it", false},
		{"has anyone been charged", true},
		{"has any other city done this", false},
		{"has this happened before", false},
	} {
		t.Run(tt.question, func(t *testing.T) {
			if got := e.read(tt.question).done; got != tt.want {
				t.Errorf("done = %v, want %v", got, tt.want)
			}
		})
	}
}
