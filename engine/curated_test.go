package engine

import (
	"slices"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestCurated holds that a paragraph the fact base's event or quote puts a
// word of the question in is judged, and cited, though its text shares no
// word with the question: the index holds only the text.
func TestCurated(t *testing.T) {
	e := storyEngineWith(t, `entities:
  - id: mara-quill
    name: Mara Quill
    kind: person
    role: Baker at the Eastgate shop
    paragraphs: [3]
events:
  - id: closures
    date: "2026-03-17"
    summary: The Harlow Bakery chain says it will shut twelve shops.
    paragraphs: [2]
  - id: walkout
    date: "2026-03-16"
    summary: Bakers strike over pay at the Eastgate ovens.
    topics: [strike, pay]
    paragraphs: [4]
`,
		"Harlow Bakery to shut twelve shops",
		"The Harlow Bakery chain will shut twelve of its shops by March, the company said on Tuesday.",
		"\"We were told nothing, not a word, until the letters went out,\" said Mara Quill, a baker at the Eastgate shop.",
		"Staff at the Eastgate ovens downed tools on Monday.",
	)
	tests := []struct {
		question string
		want     int // a paragraph that must be among the candidates
	}{
		{"was there a strike", 4},
		{"did the bakers strike", 4},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			q := e.read(tt.question)
			hits, err := e.gather(t.Context(), q)
			if err != nil {
				t.Fatal(err)
			}
			ref := knowledge.Ref{Article: "story", Paragraph: tt.want}
			if _, ok := hits[ref]; !ok {
				t.Errorf("¶%d is no candidate", tt.want)
			}
			got := decided(t, e, tt.question)
			if !slices.Contains(got, tt.want) {
				t.Errorf("cites %v, want ¶%d among them", got, tt.want)
			}
		})
	}
}
