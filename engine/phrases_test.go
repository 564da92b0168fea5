package engine

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestMergeIntoRemembered checks that a merge mergeInto remembers adds
// what reading every group adds, to an empty concept and to one that
// already has some of its names and entities.
func TestMergeIntoRemembered(t *testing.T) {
	newTable := func() *phraseTable {
		pt := &phraseTable{merged: recent[int32, *merged]{size: mergedMemo}}
		byKey := map[string][]int32{}
		// A name in 40 articles, some with another name or a second
		// entity, one of them in two groups.
		for i := range 40 {
			alts := [][]string{{"fenelli"}}
			if i%3 == 0 {
				alts = append(alts, []string{"marco", "fenelli"})
			}
			ents := []*knowledge.Entity{{Article: fmt.Sprintf("a%02d", i%37), ID: "fenelli"}}
			if i%5 == 0 {
				ents = append(ents, &knowledge.Entity{Article: fmt.Sprintf("a%02d", i), ID: "club"})
			}
			for _, ts := range alts {
				k := strings.Join(ts, " ")
				byKey[k] = append(byKey[k], int32(len(pt.groups)))
			}
			pt.groups = append(pt.groups, group{alts: alts, entities: ents})
		}
		pt.byKey = freeze(byKey)
		return pt
	}
	starts := map[string]func() concept{
		"empty": func() concept { return concept{} },
		"some": func() concept {
			return concept{
				alts:     []alt{{terms: []string{"marco", "fenelli"}, strength: 0.5}, {terms: []string{"coach"}, strength: 0.7}},
				entities: []*knowledge.Entity{{Article: "a07", ID: "fenelli"}, {Article: "zz", ID: "other"}},
			}
		},
	}
	opts := cmp.AllowUnexported(alt{})
	for name, start := range starts {
		t.Run(name, func(t *testing.T) {
			pt := newTable()
			want := start()
			if n := pt.mergeGroups(&want, 3); n < manyMerged {
				t.Fatalf("the merge reads %d groups, too few to be remembered", n)
			}
			for i := range 3 { // computed, then remembered, then again
				got := start()
				pt.mergeInto(&got, 3)
				if diff := cmp.Diff(want.alts, got.alts, opts); diff != "" {
					t.Errorf("call %d: alts mismatch (-want, +got):\n%s", i, diff)
				}
				if diff := cmp.Diff(want.entities, got.entities); diff != "" {
					t.Errorf("call %d: entities mismatch (-want, +got):\n%s", i, diff)
				}
				// A concept changes its own names, never the remembered.
				if len(got.alts) > 0 {
					got.alts[0].strength = -1
				}
			}
			if _, ok := pt.merged.get(3); !ok {
				t.Error("the merge is not remembered")
			}
		})
	}
}
