package engine

import (
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestSameClause holds that a word joining another clause parts two
// words, and other words between them do not.
func TestSameClause(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		text string
		a, b int
		want bool
	}{
		{"48 runners collapsed on the course", 0, 2, true},
		{"the barrier collapsed and two stewards ran", 2, 4, false},
		{"the council, which funded the study", 1, 4, true},
		{"he resigned because the board voted", 1, 5, false},
		{"he resigned because the board voted", 5, 1, false},
	} {
		if got := sameClause(e.readText(tt.text), tt.a, tt.b); got != tt.want {
			t.Errorf("sameClause(%q, %d, %d) = %v, want %v", tt.text, tt.a, tt.b, got, tt.want)
		}
	}
}

// TestDatesDone holds that a "when" question ranks first the paragraph
// that dates what it asks was done, beside its word and in a clause that
// puts what it asks of: "until a permanent replacement is installed in
// about eight weeks" (¶30 of the power-cut story), "plan to search
// farmland east of Keldon on Saturday" (¶25 of the meteorite story); a
// date beside a verb of the question whose clause puts nothing it asks
// of ("the Dravik Sea Festival ... due to start on June 20", ¶25 of the
// ferry story) is no answer to when the ferry starts.
func TestDatesDone(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		first           int
	}{
		{"../knowledge/testdata/ashcombe-power-cut/ashcombe-power-cut.yaml", "when will the burned transformer be replaced properly", 30},
		{"../knowledge/testdata/keldon-meteorite/keldon-meteorite.yaml", "when's the search for more pieces", 25},
	} {
		t.Run(tt.question, func(t *testing.T) {
			citesFirst(t, newEngine(t, []string{tt.facts}, ""), tt.question, tt.first)
		})
	}
	e := testdataEngine(t, "dravik-ferry-fire")
	q := e.read("when does the ferry start running again")
	if e.datesDone(q, knowledge.Ref{Article: "dravik-ferry-fire", Paragraph: 25}) {
		t.Error("datesDone(¶25): the festival's start dates no start of the ferry's")
	}
}
