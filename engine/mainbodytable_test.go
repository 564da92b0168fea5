package engine

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMainBodyTable holds that the table of main organisations made once
// for an engine has, for an article, the organisation its fact base cites
// in the most paragraphs, the nouns of its role, and those of the roles of
// the other organisations named at least half as often (which a bare noun
// may mean instead); nothing for an article whose two most cited
// organisations tie.
func TestMainBodyTable(t *testing.T) {
	tests := []struct {
		name       string
		entities   string
		main       string // "" for none
		nouns      []string
		rivalNouns [][]string
	}{
		{
			name: "one stands out, a rival named half as often",
			entities: `entities:
  - id: tarn-mills
    name: Tarn Mills
    kind: organisation
    role: Textile company that closed its plant
    paragraphs: [1, 2, 3, 4]
  - id: weavers-union
    name: Weavers Union
    kind: organisation
    role: Trade union of the plant's workers
    paragraphs: [2, 3, 4]
  - id: tarn-council
    name: Tarn Council
    kind: organisation
    role: Local council
    paragraphs: [4]
`,
			main:       "Tarn Mills",
			nouns:      []string{"company"},
			rivalNouns: [][]string{{"union"}},
		},
		{
			name: "a tie",
			entities: `entities:
  - id: tarn-mills
    name: Tarn Mills
    kind: organisation
    role: Textile company that closed its plant
    paragraphs: [1, 2]
  - id: weavers-union
    name: Weavers Union
    kind: organisation
    role: Trade union of the plant's workers
    paragraphs: [2, 3]
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := storyEngineWith(t, tt.entities,
				"Tarn Mills closes its plant",
				"Tarn Mills closed its plant on Monday, the Weavers Union said.",
				"The Weavers Union called a meeting of the plant's workers.",
				"Tarn Council said it would help, as did Tarn Mills and the Weavers Union.",
			)
			table := e.mainBodyTable()
			if tt.main == "" {
				if len(table) != 0 {
					t.Fatalf("table has %s, want nothing", table[0].main.Name)
				}
				return
			}
			if len(table) != 1 || table[0].main.Name != tt.main {
				t.Fatalf("table has %d articles, want one of %s", len(table), tt.main)
			}
			if diff := cmp.Diff(tt.nouns, table[0].nouns); diff != "" {
				t.Errorf("nouns mismatch (-want, +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.rivalNouns, table[0].rivals); diff != "" {
				t.Errorf("rivals mismatch (-want, +got):\n%s", diff)
			}
		})
	}
}
