package engine

import (
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestIdentifiesPersons holds that a "which" question asking for persons
// by a noun is not answered by a paragraph that puts the noun only as one
// it does not identify ("one student had a fractured wrist", "three
// students were stranded"), while one that puts it as already told of or
// beside a name may be.
func TestIdentifiesPersons(t *testing.T) {
	e := testdataEngine(t, "feldmark-cave-rescue")
	q := e.read("which student broke their wrist")
	for p, want := range map[int]bool{19: false, 23: false} {
		if got := e.identifiesPersons(q, knowledge.Ref{Article: "feldmark-cave-rescue", Paragraph: p}); got != want {
			t.Errorf("¶%d: identifiesPersons = %v, want %v", p, got, want)
		}
	}
	tests := []struct {
		sentence, noun string
		want           bool
	}{
		{"A local student has estimated the repairs", "student", false},
		{"Councillors in the city voted", "councillors", false},
		{"The local student said", "student", true},
		{"The firm's students said", "students", true},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			ws := e.readText(tt.sentence)
			k := lastWordAt(ws, tt.noun)
			if got := e.definiteAt(ws, k); got != tt.want {
				t.Errorf("definiteAt = %v, want %v", got, tt.want)
			}
		})
	}
	ans, err := e.Ask(t.Context(), "which student broke their wrist", 4)
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Abstained {
		t.Errorf("cites %d, want an abstention", len(ans.Passages))
	}
}
