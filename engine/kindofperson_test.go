package engine

import "testing"

// TestKindOfPerson holds that a word for a person the coverage never uses
// is read as the person noun one step up that it is a kind of and of
// nothing else, when the coverage uses that: "the mum" is its "mother".
// Not a woman as an adult (she is a female too), not "guy", which says
// nothing of whom it stands for, and not a word the coverage uses itself.
func TestKindOfPerson(t *testing.T) {
	e := storyEngine(t,
		"Six cavers freed after three days underground",
		"The youngest caver, 19, was the first out. \"I stopped breathing for three days,\" said his mother, who waited by the entrance.",
		"Most of the adults in the party had caved for years. The father of one of them drove through the night.",
		"The club's captain said the group had checked the forecast. The pilot of the rescue helicopter praised them.",
	)
	tests := []struct {
		question, label, term string
		want                  bool
	}{
		{"what did the mum say", "mum", "mother", true},
		{"how old is the dad", "dad", "father", true},
		{"how many women were there", "women", "adult", false},
		{"what did the guy say", "guy", "man", false},
		{"what did the captain say", "captain", "pilot", false},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			c, ok := conceptLabeled(e.read(tt.question), tt.label)
			if !ok {
				t.Fatalf("no concept %q", tt.label)
			}
			if got := hasTerm(c, e.termOf(tt.term)); got != tt.want {
				t.Errorf("%s puts %s: %v, want %v", tt.label, tt.term, got, tt.want)
			}
		})
	}
	checkCites(t, e, []citeCase{{"what did the mum say", []int{2}}})
}

// TestKindOfPersonPlural holds that the person noun a word is a kind of is
// found by a neighbour in an irregular plural too, and by its singular's
// neighbours: "babies" are the coverage's "children", "mums" its
// "mother"; and "did any babies die during the trial" is
// answered first by "14 deaths ... among children who got MV-29" (¶15).
func TestKindOfPersonPlural(t *testing.T) {
	e := testdataEngine(t, "marwick-malaria-trial")
	for _, tt := range []struct {
		question, label, term string
		first                 int // the paragraph cited first; 0 for none asked
	}{
		{"did any babies die during the trial", "babies", "children", 15},
		// A chat word's plural is read by its singular: no person is
		// near "mums", and "mum" is near "mother".
		{"what do mums and dads make of it", "mums", "mother", 0},
	} {
		t.Run(tt.question, func(t *testing.T) {
			c, ok := conceptLabeled(e.read(tt.question), tt.label)
			if !ok {
				t.Fatalf("no concept %q", tt.label)
			}
			if !hasTerm(c, e.termOf(tt.term)) {
				t.Errorf("%s does not put %s: %+v", tt.label, tt.term, c.alts)
			}
			if tt.first > 0 {
				citesFirst(t, e, tt.question, tt.first)
			}
		})
	}
}
