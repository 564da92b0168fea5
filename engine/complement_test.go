package engine

import "testing"

// TestUnknownComplement holds that a word no dictionary knows, said of a
// subject after a form of "be" ("it was legit"), is what the subject is,
// not a thing the coverage must mention; and that one after a question
// word ("who is merkel") still names someone it must.
func TestUnknownComplement(t *testing.T) {
	e := storyEngine(t,
		"Amateur finds new comet",
		"A retired librarian in Oriel spotted a faint smudge near the constellation Lyra on March 3.",
		"Two observatories confirmed on March 5 that the object was a new comet.",
		"Some astronomers said the excitement over the comet was out of proportion to its brightness.",
	)
	tests := []struct {
		question string
		missing  bool
	}{
		{"when did the observatories verify it was legit", false},
		{"do astronomers think its being overhyped", false},
		{"who is merkel", true},
		{"what did merkel say", true},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := len(e.read(tt.question).missing()) > 0; got != tt.missing {
				t.Errorf("missing something: %v, want %v", got, tt.missing)
			}
		})
	}
	checkCites(t, e, []citeCase{{"when did the observatories verify it was legit", []int{3}}})
}
