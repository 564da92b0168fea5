package engine

import (
	"slices"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestBestHits holds that hits tied in score are kept and ordered by their
// paragraphs, whatever order the index returned them in: the index breaks
// a tie by document number, which differs from one build to the next.
func TestBestHits(t *testing.T) {
	ref := func(a string, p int) knowledge.Ref { return knowledge.Ref{Article: a, Paragraph: p} }
	tests := []struct {
		name string
		hits []indexHit
		k    int
		want []knowledge.Ref
	}{
		{
			name: "a tie at the cut goes to the earlier paragraph",
			hits: []indexHit{{ref("b", 1), 2}, {ref("a", 9), 1}, {ref("a", 3), 1}, {ref("a", 5), 1}},
			k:    2,
			want: []knowledge.Ref{ref("b", 1), ref("a", 3)},
		},
		{
			name: "articles before paragraphs",
			hits: []indexHit{{ref("b", 1), 1}, {ref("a", 7), 1}},
			k:    2,
			want: []knowledge.Ref{ref("a", 7), ref("b", 1)},
		},
		{
			name: "better scores first, fewer hits than k",
			hits: []indexHit{{ref("a", 1), 0.5}, {ref("z", 2), 3}},
			k:    5,
			want: []knowledge.Ref{ref("z", 2), ref("a", 1)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, order := range [][]indexHit{tt.hits, reversed(tt.hits)} {
				var got []knowledge.Ref
				for _, h := range bestHits(slices.Clone(order), tt.k) {
					got = append(got, h.ref)
				}
				if !slices.Equal(got, tt.want) {
					t.Errorf("bestHits = %v, want %v", got, tt.want)
				}
			}
		})
	}
}

func reversed(hits []indexHit) []indexHit {
	r := slices.Clone(hits)
	slices.Reverse(r)
	return r
}
