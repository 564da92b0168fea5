package engine

import (
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
	"github.com/google/go-cmp/cmp"
)

// TestOperators holds that "who runs the ferry", of a ferry the fact base
// knows by what it is and no body the question names, asks whoever the
// story's ferry belongs to: the paragraph that names both ("The Solveig
// Marr, operated by Brenmoor Line") and the one that first names the
// company's chief executive, not the freight ferry that came to help. A
// body the question names is led as before, and a place ("the town") by
// those whose roles lead it.
func TestOperators(t *testing.T) {
	const facts = "../knowledge/testdata/"
	for _, tt := range []struct {
		facts, article, question string
		want                     []int
	}{
		{"dravik-ferry-fire/dravik-ferry-fire.yaml", "dravik-ferry-fire", "who runs the ferry", []int{3, 4}},
		{"arnvale-runway/arnvale-runway.yaml", "arnvale-runway", "who runs the airport", []int{4, 21}},
		// A mayor the fact base ties to a party leads the town their
		// role names, and "the town" is the town the story is of; not
		// the one the question names, whom it asks who stands in for.
		{"corvey-mayor-bribery/corvey-mayor-bribery.yaml", "corvey-mayor-bribery", "who runs corvey", []int{1, 20}},
		{"corvey-mayor-bribery/corvey-mayor-bribery.yaml", "corvey-mayor-bribery", "who runs the town now hes locked up", []int{20}},
	} {
		t.Run(tt.question, func(t *testing.T) {
			e := newEngine(t, []string{facts + tt.facts}, "")
			var want []knowledge.Ref
			for _, p := range tt.want {
				want = append(want, knowledge.Ref{Article: tt.article, Paragraph: p})
			}
			if diff := cmp.Diff(want, e.read(tt.question).leaders); diff != "" {
				t.Errorf("leaders mismatch (-want, +got):\n%s", diff)
			}
		})
	}
}

// TestOfRanThing holds that "who runs the ferry" of the story's ferry is
// not told by a paragraph that speaks only of another ferry ("the Lirra,
// a freight ferry run by Osterby Freight"), whoever it says runs that
// one, but is by one of the story's ferry or of the company it belongs to.
func TestOfRanThing(t *testing.T) {
	e := testdataEngine(t, "dravik-ferry-fire")
	q := e.read("who runs the ferry")
	for p, want := range map[int]bool{3: true, 4: true, 5: false, 22: true} {
		if got := q.ofRanThing(knowledge.Ref{Article: "dravik-ferry-fire", Paragraph: p}); got != want {
			t.Errorf("ofRanThing(¶%d) = %v, want %v", p, got, want)
		}
	}
}
