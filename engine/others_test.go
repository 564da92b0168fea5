package engine

import (
	"slices"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestAskedOthers holds that a question asks of others of the noun after
// "other" or "another", a number or a name between them, and not of "the
// other" one the story tells of.
func TestAskedOthers(t *testing.T) {
	e := newEngine(t, []string{"../knowledge/testdata/kellbrook-carfree/kellbrook-carfree.yaml"}, "")
	tests := []struct {
		name, question string
		want           []string
	}{
		{"any other", "has any other city actualy done this", []string{"city"}},
		{"possessive", "r they checking the company's other ships", []string{"ships"}},
		{"number between", "which other three shops closed", []string{"shops"}},
		{"another", "will another bus route open", []string{"bus route"}},
		{"the other", "what happened to the other doctor", nil},
		{"none", "when will the ban start", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := e.read(tt.question)
			var got []string
			for _, k := range q.others {
				got = append(got, q.concepts[k].label)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("read(%q).others = %q, want %q", tt.question, got, tt.want)
			}
		})
	}
}

// TestTellsOfOthers holds that a paragraph that says "other" of the kind
// a question asks of others of answers it first: "Other cities in the
// region have gone further" (kellbrook ¶29), not the paragraphs of the
// story's own city.
func TestTellsOfOthers(t *testing.T) {
	e := newEngine(t, []string{"../knowledge/testdata/kellbrook-carfree/kellbrook-carfree.yaml"}, "")
	q := e.read("has any other city actualy done this")
	for _, tt := range []struct {
		ref  int
		want bool
	}{{29, true}, {20, false}, {2, false}} {
		if got := e.tellsOfOthers(q, knowledge.Ref{Article: "kellbrook-carfree", Paragraph: tt.ref}); got != tt.want {
			t.Errorf("tellsOfOthers(¶%d) = %v, want %v", tt.ref, got, tt.want)
		}
	}
	citesFirst(t, e, "has any other city actualy done this", 29)
}
