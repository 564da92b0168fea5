package engine

import (
	"slices"
	"testing"
)

// TestThingKinds holds that a noun for a thing the coverage never uses is
// put by a word of the coverage near it that WordNet says is a kind of
// its most frequent sense ("weather" by the story's "frost", "leaders" by
// its "president"), which brings the paragraph that answers; and that a
// noun the coverage uses is not ("systems", which it has, is no
// "network"). So is it by a near word that shares any of its senses, and
// a plural by a word near its singular.
func TestThingKinds(t *testing.T) {
	tests := []struct {
		facts, question, label, term string
		want                         bool
	}{
		{"arnvale-runway", "what actualy caused the damage, was it the weather?", "weather", "frost", true},
		{"brisca-rentcap", "did the tenant and landlord leaders shake hands", "leaders", "president", true},
		{"carnholt-ransomware", "when will the systems be back up", "systems", "network", false},
		// A synonym under a rarer sense: a digger is a laborer first, and
		// an excavator (a power shovel) too.
		{"ennis-hill-landslide", "why cant they get diggers up there", "diggers", "excavators", true},
		// A plural by its singular: "experts" is far from the text's
		// "analyst", "expert" near it.
		{"tolven-heatpumps", "what do experts reckon this does to the industry long term", "experts", "analyst", true},
	}
	for _, tt := range tests {
		t.Run(tt.facts+"/"+tt.label, func(t *testing.T) {
			e := testdataEngine(t, tt.facts)
			c, ok := conceptLabeled(e.read(tt.question), tt.label)
			if !ok {
				t.Fatalf("%q: no concept %q", tt.question, tt.label)
			}
			got := slices.ContainsFunc(c.alts, func(a alt) bool { return a.sure && slices.Equal(a.terms, []string{e.termOf(tt.term)}) })
			if got != tt.want {
				t.Errorf("%q: %q surely put by %q = %v, want %v (alts %v)", tt.question, tt.label, tt.term, got, tt.want, c.alts)
			}
		})
	}
	e := testdataEngine(t, "ennis-hill-landslide")
	if got := citedParagraphs(t, e, "why cant they get diggers up there"); len(got) == 0 || got[0] != 11 {
		t.Errorf("cites %v, want ¶11 first", got)
	}
	e = testdataEngine(t, "brisca-rentcap")
	if got := citedParagraphs(t, e, "did the tenant and landlord leaders shake hands"); len(got) == 0 || got[0] != 31 {
		t.Errorf("cites %v, want ¶31 first", got)
	}
}
