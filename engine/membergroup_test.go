package engine

import "testing"

// TestMemberOrGroup holds that persons taken together are put by their
// members, and a member by its group, where WordNet says one is a member
// of the other, though the vectors put them apart: "police" by the
// "officers" who searched the gallery (¶17 of the forgery story), "cops"
// by the "police". Not "people", whose members are any person: workers
// are no "ppl" of "how many ppl got sacked".
func TestMemberOrGroup(t *testing.T) {
	for _, tt := range []struct {
		story, question, label, term string
		want                         bool
		first                        int // the paragraph cited first; 0 for none asked
	}{
		{"rosslyn-auction-forgery", "wat did police find when they raided his gallery", "police", "officers", true, 17},
		{"corvey-mayor-bribery", "are the cops looking at any other deals the town made", "cops", "police", true, 0},
		{"tolven-heatpumps", "how many ppl got sacked because of this", "ppl", "workers", false, 0},
	} {
		t.Run(tt.question, func(t *testing.T) {
			e := testdataEngine(t, tt.story)
			c, ok := conceptLabeled(e.read(tt.question), tt.label)
			if !ok {
				t.Fatalf("no concept %q", tt.label)
			}
			term := e.termOf(tt.term)
			strength := 0.0
			for _, a := range c.alts {
				if a.sure && len(a.terms) == 1 && a.terms[0] == term {
					strength = max(strength, a.strength)
				}
			}
			if got := strength >= memberStrength; got != tt.want {
				t.Errorf("%s puts %s surely at %.2f, want at least %.2f: %v", tt.label, tt.term, strength, memberStrength, tt.want)
			}
			if tt.first > 0 {
				citesFirst(t, e, tt.question, tt.first)
			}
		})
	}
}
