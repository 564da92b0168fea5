package engine

import "testing"

// TestNumbersOwnPersons holds that where the coverage calls the persons a
// "how many" question counts by the question's own word, a number of
// persons by another person's noun counts others ("23 spectators" are no
// stewards, in a story that says "stewards"), while the word itself, a
// noun of one who does what its verb says, and a word the coverage never
// uses (read by any person's noun) still count them; and that a "how
// many" question whose only number of persons is by another noun
// abstains.
func TestNumbersOwnPersons(t *testing.T) {
	e := testdataEngine(t, "kelburn-stand-collapse")
	for _, tt := range []struct {
		question, sentence string
		want               bool
	}{
		{"how many stewards were working at the match", "A stand gave way during a third-tier league match, sending 23 spectators to hospital.", false},
		{"how many stewards were working at the match", "Only 12 stewards were on duty at the match.", true},
		{"how many stewards were working at the match", "About 2,400 badge holders were at the match.", true},
	} {
		t.Run(tt.question+": "+tt.sentence, func(t *testing.T) {
			q := e.read(tt.question)
			c := q.concepts[e.countedThing(q)]
			ws := e.readText(tt.sentence)
			if got := e.numbersPersons(c, ws) && e.numbersOwnPersons(c, ws); got != tt.want {
				t.Errorf("counts %q = %v, want %v", c.label, got, tt.want)
			}
		})
	}
	citesFirst(t, e, "how many stewards were working at the match altogether", 0)
	// "the two coalition partners" (parties) are no women.
	citesFirst(t, testdataEngine(t, "westrava-election"), "how many women will sit in the new cabinet", 0)
}
