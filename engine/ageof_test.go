package engine

import "testing"

// TestAgeOfPerson holds that "how old is X", of a person named, is not
// answered by the age of another beside them: "Roald Pessar, 44, ... his
// wife Anneli" and "Their two children, aged 7 and 10" give not Anneli's.
// An age apposed to X's own name is.
func TestAgeOfPerson(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		want            int // a paragraph cited, 0 for none at all
	}{
		{"../knowledge/testdata/keldon-meteorite/keldon-meteorite.yaml", "how old is anneli", 0},
		{"../knowledge/testdata/keldon-meteorite/keldon-meteorite.yaml", "how old is roald pessar", 3},
		{"../knowledge/testdata/doping-ban/doping-ban.yaml", "how old is strand", 3},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, 1) })
	}
}
