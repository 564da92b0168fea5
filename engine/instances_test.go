package engine

import (
	"slices"
	"testing"
)

// TestReadInstances holds that the kind of answer a question asks for is
// read with the names of the bodies the fact base says are of that kind:
// "what party is he in" of the mayor is answered by "the centre-right
// Civic Union", his party, and not by the opposition's Social Democrats,
// which the fact base says is a party too; of a party asked of no one,
// any party of the coverage answers.
func TestReadInstances(t *testing.T) {
	const facts = "../knowledge/testdata/"
	for _, tt := range []struct {
		facts, question, label string
		want, notWant          []string
	}{
		{"corvey-mayor-bribery/corvey-mayor-bribery.yaml", "what party is he in and how long has he been mayor", "party", []string{"Civic Union"}, []string{"Social Democrats"}},
		{"corvey-mayor-bribery/corvey-mayor-bribery.yaml", "what party is vranck in", "party", []string{"Civic Union"}, []string{"Social Democrats"}},
		{"corvey-mayor-bribery/corvey-mayor-bribery.yaml", "which party wants the contract frozen", "party", []string{"Civic Union", "Social Democrats"}, nil},
	} {
		t.Run(tt.question, func(t *testing.T) {
			e := newEngine(t, []string{facts + tt.facts}, "")
			c, ok := conceptLabeled(e.read(tt.question), tt.label)
			if !ok {
				t.Fatalf("no concept %q", tt.label)
			}
			has := func(name string) bool {
				ts := e.synonymTerms(name)
				return slices.ContainsFunc(c.alts, func(a alt) bool { return slices.Equal(a.terms, ts) })
			}
			for _, n := range tt.want {
				if !has(n) {
					t.Errorf("%q not read as %q", tt.label, n)
				}
			}
			for _, n := range tt.notWant {
				if has(n) {
					t.Errorf("%q read as %q", tt.label, n)
				}
			}
		})
	}
}
