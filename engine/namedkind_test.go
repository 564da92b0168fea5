package engine

import (
	"slices"
	"testing"
)

// TestNamesKind holds that a plural kind of body asked for by "which"
// ("which primary schools") is answered by a paragraph that names them,
// not by one that counts them or speaks of them in general, while a
// singular is left to the paragraphs that put its name apart from its
// word.
func TestNamesKind(t *testing.T) {
	tests := []struct {
		article  string
		question string
		abstain  bool
		cites    int // a paragraph the answer cites, or 0
	}{
		// "... 14 primary schools were closed": none is named.
		{"dunhollow-boil-notice", "which primary schools were shut", true, 0},
		// The branches are named beside "libraries" in ¶13; ¶14 speaks
		// of branches in general.
		{"wexley-library-cuts", "which branches r going", false, 13},
		// A singular still passes where its word stands apart from the
		// name.
		{"quillan-exams", "which company printed the exam papers", false, 10},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			e := testdataEngine(t, tt.article)
			ans, err := e.Ask(t.Context(), tt.question, 4)
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, p := range ans.Passages {
				got = append(got, p.Ref.Paragraph)
			}
			if ans.Abstained != tt.abstain || tt.cites != 0 && !slices.Contains(got, tt.cites) {
				t.Errorf("abstained %v, cites %v; want abstained %v, citing ¶%d", ans.Abstained, got, tt.abstain, tt.cites)
			}
		})
	}
}
