package engine

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"
)

// A topK kept by selection keeps the best k a heap keeps, in the same
// order, whatever order the documents come in.
func TestTopKSelectionIsHeap(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for trial := range 300 {
		n, k := r.IntN(2000), r.IntN(50)
		if trial%7 == 0 {
			k = 200
		}
		docs := make([]docScore, n)
		for i := range docs {
			docs[i] = docScore{doc: uint64(i), score: float64(r.IntN(40)) / 8} // many ties of score
			if trial%3 == 0 {
				docs[i].score = float64(i) // rising: each beats those before
			}
		}
		heap, sel := topK{k: k}, topK{k: k, sel: true}
		for _, d := range docs {
			if heap.k > 0 && (len(heap.heap) < heap.k || worse(heap.heap[0], d)) {
				heap.offer(d)
			}
			if sel.k > 0 && (!sel.full || worse(sel.floor, d)) {
				sel.add(d)
			}
		}
		if got, want := sel.sorted(), heap.sorted(); !slices.Equal(got, want) {
			t.Fatalf("trial %d, %d documents, best %d: selection kept %v, the heap %v", trial, n, k, got, want)
		}
	}
}

// A search keeps the same best documents by selection as in a heap; and
// one whose scores are no number (every boost 0, an infinite query norm)
// is searched again with a heap, as it always was.
func TestSearchBySelection(t *testing.T) {
	e, qs := synthEngine(t, 1500)
	compared := 0
	for _, text := range qs {
		groups := e.queryGroups(e.read(text))
		if len(groups) == 0 {
			continue
		}
		for _, k := range []int{1, 5, maxCandidates} {
			for _, n := range []int{1, 2} {
				ranges := func(_, _ uint64) int { return n }
				want, err := e.searchIn(t.Context(), groups, k, ranges, blockDocs, false)
				if err != nil {
					t.Fatal(err)
				}
				got, err := e.searchIn(t.Context(), groups, k, ranges, blockDocs, true)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(got, want) {
					t.Fatalf("%q, best %d, %d ranges: by selection %v, in a heap %v", text, k, n, got, want)
				}
				compared++
			}
		}
	}
	if compared == 0 {
		t.Fatal("no question reached the index")
	}
	var groups [][]query.Query
	for _, text := range qs {
		if groups = e.queryGroups(e.read(text)); len(groups) > 0 {
			break
		}
	}
	var noBoost func(q query.Query)
	noBoost = func(q query.Query) {
		q.(query.BoostableQuery).SetBoost(0)
		if c, ok := q.(*query.ConjunctionQuery); ok {
			for _, t := range c.Conjuncts {
				noBoost(t)
			}
		}
	}
	for _, g := range groups {
		for _, q := range g {
			noBoost(q)
		}
	}
	if _, err := e.searchIn(t.Context(), groups, maxCandidates, searchRanges, blockDocs, true); !errors.Is(err, errNaN) {
		t.Fatalf("boosts of 0: by selection, %v; want errNaN", err)
	}
	want, err := e.searchIn(t.Context(), groups, maxCandidates, searchRanges, blockDocs, false)
	if err != nil {
		t.Fatal(err)
	}
	got, err := e.searchGroups(t.Context(), groups, maxCandidates)
	same := func(x, y indexHit) bool {
		return x.ref == y.ref && (x.score == y.score || math.IsNaN(x.score) && math.IsNaN(y.score))
	}
	if err != nil || len(got) == 0 || !slices.EqualFunc(got, want, same) {
		t.Fatalf("boosts of 0: %d hits, %v; want the heap's %d", len(got), err, len(want))
	}
}
