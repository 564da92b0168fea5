package engine

import (
	"testing"
)

// TestAliasWord holds that a word of a longer name the fact base gives
// ("EU" of the European Commission's alias "EU Commission") is no name the
// coverage never mentions: an acronym is read as one, with its synonyms,
// and the question is answered, not refused for want of "EU".
func TestAliasWord(t *testing.T) {
	const facts = "../knowledge/testdata/halcyra-results/halcyra-results.yaml"
	e := newEngine(t, []string{facts}, "")
	tests := []struct {
		question, label string
		synonym         string // an alt the acronym reading adds; "" for none
	}{
		{"how big a fine could the EU hit them with", "EU", "european_union"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			q := e.read(tt.question)
			c, ok := conceptLabeled(q, tt.label)
			if !ok {
				t.Fatalf("no concept %q", tt.label)
			}
			if c.name || c.known < knownFloor {
				t.Errorf("%q: name %v, known %.2f; want a word the coverage mentions", tt.label, c.name, c.known)
			}
			if ts := e.synonymTerms(tt.synonym); tt.synonym != "" && !hasTerms(c, ts) {
				t.Errorf("%q has no alt %v", tt.label, ts)
			}
			for _, m := range q.missing() {
				t.Errorf("missing %q", m.label)
			}
		})
	}
	t.Run("ranks", func(t *testing.T) {
		citesWithin(t, facts, "how big a fine could the EU hit them with", 23, 3)
	})
}

func hasTerms(c concept, ts []string) bool {
	for _, a := range c.alts {
		if equalTerms(a.terms, ts) {
			return true
		}
	}
	return false
}
