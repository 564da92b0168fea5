package engine

import (
	"math"
	"slices"
	"testing"
)

// TestPhrasalVerbCommonness holds that a verb of two words ("go back",
// "think of"), which its first word alone puts, is weighed down as that
// word is for being common in English; a noun of two words ("wind farm")
// and an adverb of two ("every year") are not, nor a verb the coverage
// puts by one of its own synonyms ("called off": the ransomware story's
// "cancel").
func TestPhrasalVerbCommonness(t *testing.T) {
	tests := []struct {
		slug, question, label string
		verb                  string // the question's word whose commonness it takes; "" for none
	}{
		{"orvale-chemical-leak", "what does the lawyer think of the payout", "think of", "think"},
		{"ennis-hill-landslide", "when can evacuees go back home", "go back", "go"},
		{"", "who is paying for the talks", "paying for", "paying"},
		{"", "who owns the wind farm", "wind farm", ""},
		{"", "how much does the city give every year", "every year", ""},
		{"carnholt-ransomware", "how many surgeries have been called off", "called off", ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			e := engineFor(t)
			if tt.slug != "" {
				e = testdataEngine(t, tt.slug)
			}
			c, ok := conceptLabeled(e.read(tt.question), tt.label)
			if !ok {
				t.Fatalf("no concept %q", tt.label)
			}
			want := 1.0
			if tt.verb != "" {
				want = e.commonness(concept{label: tt.verb, alts: []alt{{terms: []string{tt.verb}, strength: 1, sure: true}}})
				if want >= 1 {
					t.Fatalf("%q is not weighed down as common", tt.verb)
				}
			}
			if got := e.commonness(c); math.Abs(got-want) > 1e-9 {
				t.Errorf("commonness(%q) = %.3f, want %.3f", tt.label, got, want)
			}
		})
	}
}

// TestPhrasalVerbRanks holds that a paragraph that shares only the
// common verb of a question's verb of two words does not outrank the one
// that answers the rest of it: "could it get worse than a hosepipe ban" is
// answered by what the company may ban next, not by what gets worse; and
// "think of" weighs no more than "think", so that a lawyer's words on a
// payout answer enough of "what does the lawyer think of the payout". A
// verb the coverage puts by its synonym keeps its weight: "called off" is
// ¶2's "cancel".
func TestPhrasalVerbRanks(t *testing.T) {
	tests := []struct {
		slug, question string
		first          int
	}{
		{"hollin-drought", "could it get worse than a hosepipe ban", 4},
		{"orvale-chemical-leak", "what does the lawyer think of the payout", 28},
		{"carnholt-ransomware", "how many surgeries have been called off", 2},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			e := testdataEngine(t, tt.slug)
			citesFirst(t, e, tt.question, tt.first)
		})
	}
}

// TestParticleVerbFirstWordSenses holds that a verb of two words whose
// second word the index drops ("fall down", "go on") takes its first
// word's synonyms, of any of its senses, as surely standing for it only
// when the coverage has none of its own words: "go on" is "continue" in a
// story that says "continue", and no "die" of "go"; "passed out", of
// which the heatwave story has neither "pass" nor "faint", has nothing
// else to go on.
func TestParticleVerbFirstWordSenses(t *testing.T) {
	tests := []struct {
		slug, question, label, synonym string
		sure                           bool
	}{
		{"ennis-hill-landslide", "why did the mountainside fall down in the first place", "fall down", "descend", false},
		{"airline-strike", "how long is the walkout going to go on for", "go on", "die", false},
		{"airline-strike", "how long is the walkout going to go on for", "go on", "continue", true},
		{"orrin-heatwave-school", "how many kids passed out", "passed out", "die", true},
	}
	for _, tt := range tests {
		t.Run(tt.question+"/"+tt.synonym, func(t *testing.T) {
			e := testdataEngine(t, tt.slug)
			c, ok := conceptLabeled(e.read(tt.question), tt.label)
			if !ok {
				t.Fatalf("no concept %q", tt.label)
			}
			term := e.termOf(tt.synonym)
			i := slices.IndexFunc(c.alts, func(a alt) bool { return len(a.terms) == 1 && a.terms[0] == term })
			if i < 0 {
				t.Fatalf("%q has no alternative %q", tt.label, term)
			}
			if got := c.alts[i].sure; got != tt.sure {
				t.Errorf("%q: alternative %q sure = %v, want %v", tt.label, term, got, tt.sure)
			}
		})
	}
}

// TestParticleAlone holds that the adverb of a verb of two words that the
// index keeps ("back" of "go back") puts the verb alone, though not surely,
// so that "allowed back into most streets" answers "when can evacuees go
// back home"; a particle the index drops, or a verb's second word that is
// no adverb ("let go"), gives no such alternative.
func TestParticleAlone(t *testing.T) {
	tests := []struct {
		question, label, particle string
		want                      bool
	}{
		{"when can evacuees go back home", "go back", "back", true},
		{"why did the driver walk away", "walk away", "away", true},
		{"why did the firm let go its staff", "let go", "go", false},
	}
	e := testdataEngine(t, "orvale-chemical-leak")
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			c, ok := conceptLabeled(e.read(tt.question), tt.label)
			if !ok {
				t.Fatalf("no concept %q", tt.label)
			}
			term := e.termOf(tt.particle)
			i := slices.IndexFunc(c.alts, func(a alt) bool { return len(a.terms) == 1 && a.terms[0] == term })
			if got := i >= 0; got != tt.want {
				t.Fatalf("%q has alternative %q: %v, want %v", tt.label, term, got, tt.want)
			}
			if i >= 0 && (c.alts[i].sure || c.alts[i].strength != particleStrength) {
				t.Errorf("%q: alternative %q sure=%v strength=%.2f, want not sure at %.2f", tt.label, term, c.alts[i].sure, c.alts[i].strength, particleStrength)
			}
		})
	}
	t.Run("ranks", func(t *testing.T) {
		citesFirst(t, e, "when can evacuees go back home", 9)
	})
}

// TestIdiomPossessive holds that an idiom with a possessive ("make up
// her mind", WordNet's "make up one's mind") is read as one, whose
// synonyms ("decide") stand for it: "her decision" in the paragraph that
// answers. "Its" is such a possessive, not "it's" typed without its
// apostrophe: "dragging its feet" is to stall, and no feet.
func TestIdiomPossessive(t *testing.T) {
	tests := []struct {
		facts, question, label, term string
	}{
		{"../knowledge/testdata/ostermark-coalition/ostermark-coalition.yaml", "when does she have to make up her mind by", "make up her mind", "decid"},
		{"../data/istanbul-talks.yaml", "why does zelensky think moscow is dragging its feet on talks", "dragging its feet", "stall"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			e := newEngine(t, []string{tt.facts}, "")
			q := e.read(tt.question)
			c, ok := conceptLabeled(q, tt.label)
			if !ok {
				t.Fatalf("no concept %q in %+v", tt.label, q.concepts)
			}
			if !hasTerm(c, tt.term) {
				t.Errorf("%q has no alternative %q: %+v", c.label, tt.term, c.alts)
			}
		})
	}
}
