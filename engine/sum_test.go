package engine

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/coveragebot/coveragebot/internal/synth"
	"github.com/coveragebot/coveragebot/knowledge"
)

// synthEngine builds an engine in memory over a generated coverage of n
// paragraphs, and returns it with the coverage's /ask questions.
func synthEngine(tb testing.TB, n int) (*Engine, []string) {
	tb.Helper()
	c, err := synth.Generate(synth.Options{Paragraphs: n, PerArticle: 29, Seed: 1})
	if err != nil {
		tb.Fatal(err)
	}
	src, err := knowledge.LoadSources(tb.Context(), knowledge.Config{Facts: c.Facts(), FS: c.MapFS()})
	if err != nil {
		tb.Fatal(err)
	}
	e, err := New(tb.Context(), src, "")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { e.Close() })
	var qs []string
	for _, q := range c.Queries(60, 0) {
		if text, ok := strings.CutPrefix(q.Line, "/ask question:"); ok && q.Command == "ask" {
			qs = append(qs, text)
		}
	}
	return e, qs
}

// searchState is what a search reads of an engine's index: a reader, the
// mapping, a context that says how to score, BM25's statistics and the
// segments' dictionaries.
type searchState struct {
	r     index.IndexReader
	m     mapping.IndexMapping
	ctx   context.Context
	stats bm25
	segs  *segments
}

// openSearch opens what a search of e reads, until the test ends.
func openSearch(t *testing.T, e *Engine) searchState {
	t.Helper()
	r, segs, err := e.textSegments()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	m := e.index.Mapping()
	ctx, _ := scoringContext(t.Context(), m)
	stats, ok, err := newBM25(r, "text")
	if err != nil || !ok {
		t.Fatalf("newBM25: %v, %v", ok, err)
	}
	stats.den = e.denFor(stats) // as searchIn scores
	return searchState{r: r, m: m, ctx: ctx, stats: stats, segs: segs}
}

// searchGroups must find what bleve's own disjunction of disjunctions finds,
// in the same order, with the same scores: the later stages were tuned on
// those.
func TestSearchGroupsIsBlevesDisjunction(t *testing.T) {
	shipped := engineFor(t)
	synthetic, synthQs := synthEngine(t, 1500)
	tests := []struct {
		name string
		e    *Engine
		qs   []string
	}{
		{"shipped article", shipped, []string{
			"What did Putin propose in his Sunday speech?", "Who will speak for Moscow?",
			"How long is the front line?", "which leaders came to show support for ukraine",
			"What punishment do the Europeans threaten?", "How many tanks has Russia lost?",
			"When did the ceasefire start?", "Who is helping Russia fight in Kursk?",
			"What did Macron say?", "What territory did Putin ask Kyiv to give up last year?",
			"Did the prime minister of Turkey give up on the talks?",
		}},
		{"generated coverage", synthetic, synthQs},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			compared := 0
			for _, text := range tt.qs {
				groups := tt.e.queryGroups(tt.e.read(text))
				if len(groups) == 0 {
					continue
				}
				for _, k := range []int{5, maxCandidates} {
					want := blevesDisjunction(t, tt.e, groups, k)
					// in one range of documents, as a small coverage is
					// read, and in several at once, as a large one is;
					// each in one block, or in blocks of 100 numbers
					for _, n := range []int{1, 2, 3} {
						for _, block := range []uint64{blockDocs, 100} {
							got, err := tt.e.searchGroupsIn(t.Context(), groups, k, func(_, _ uint64) int { return n }, block)
							if err != nil {
								t.Fatal(err)
							}
							if len(got) != len(want) {
								t.Fatalf("%q, best %d, %d ranges, blocks of %d: %d hits, bleve %d", text, k, n, block, len(got), len(want))
							}
							for i := range want {
								if got[i].ref != want[i].ref || math.Abs(got[i].score-want[i].score) > 1e-9*want[i].score {
									t.Fatalf("%q, best %d, %d ranges, blocks of %d: hit %d is %v, bleve's %v", text, k, n, block, i, got[i], want[i])
								}
							}
						}
					}
				}
				compared++
			}
			if compared < len(tt.qs)/2 {
				t.Errorf("only %d of %d questions reached the index", compared, len(tt.qs))
			}
		})
	}
}

// blevesDisjunction runs the groups through bleve as one disjunction of
// disjunctions.
func blevesDisjunction(tb testing.TB, e *Engine, groups [][]query.Query, k int) []indexHit {
	tb.Helper()
	var should []query.Query
	for _, g := range groups {
		should = append(should, bleve.NewDisjunctionQuery(g...))
	}
	res, err := e.index.Search(bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(should...), k, 0, false))
	if err != nil {
		tb.Fatal(err)
	}
	var out []indexHit
	for _, h := range res.Hits {
		if ref, ok := parseDocID(h.ID); ok {
			out = append(out, indexHit{ref: ref, score: h.Score})
		}
	}
	return out
}

// Reading common terms' postings from the decoded lists kept in the
// engine's cache must score every document exactly as reading them from
// the index does: on a first search, which decodes and keeps them, on a
// second, which reads what the first kept, and on a third, which finds
// them kept as unfit; and so must reading the lists a search decodes for
// itself.
func TestSearchGroupsFromListCache(t *testing.T) {
	e, qs := synthEngine(t, 1500)
	search := func(groups [][]query.Query, n int, block uint64) []indexHit {
		t.Helper()
		got, err := e.searchGroupsIn(t.Context(), groups, maxCandidates, func(_, _ uint64) int { return n }, block)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	cached := 0
	for _, text := range qs {
		groups := e.queryGroups(e.read(text))
		if len(groups) == 0 {
			continue
		}
		for _, n := range []int{1, 3} {
			for _, block := range []uint64{blockDocs, 100} {
				e.lists = listCache{min: math.MaxInt, zapOnly: true} // none kept
				want := search(groups, n, block)
				e.lists = listCache{min: math.MaxInt} // none kept, each decoded for the search
				own := search(groups, n, block)
				e.lists = listCache{min: 1} // every one kept
				first := search(groups, n, block)
				cached += e.lists.curN
				second := search(groups, n, block)
				// lists kept as unfit (a frequency or length too large)
				// are read from zap again
				for _, m := range []map[listKey]*decodedList{e.lists.cur, e.lists.prev} {
					for k := range m {
						m[k] = &decodedList{unfit: true}
					}
				}
				unfit := search(groups, n, block)
				for name, got := range map[string][]indexHit{"decoded for the search": own, "decoding": first, "from the cache": second, "unfit": unfit} {
					if len(got) != len(want) {
						t.Fatalf("%q, %d ranges, blocks of %d, %s: %d hits, want %d", text, n, block, name, len(got), len(want))
					}
					for i := range want {
						if got[i] != want[i] {
							t.Fatalf("%q, %d ranges, blocks of %d, %s: hit %d is %v, want %v", text, n, block, name, i, got[i], want[i])
						}
					}
				}
			}
		}
	}
	if cached == 0 {
		t.Error("no list was kept")
	}
}

// The list cache holds at most its budget of postings, whatever is put.
func TestListCacheBudget(t *testing.T) {
	var c listCache
	list := &decodedList{posts: make([]uint32, listCacheBudget/8), lenBits: lengthBits}
	for i := range 50 {
		c.put(listKey{term: strings.Repeat("x", i)}, list)
		held := 0
		for _, m := range []map[listKey]*decodedList{c.cur, c.prev} {
			for _, l := range m {
				held += len(l.posts)
			}
		}
		if held > listCacheBudget {
			t.Fatalf("after %d lists the cache holds %d postings, more than %d", i+1, held, listCacheBudget)
		}
	}
	if c.get(listKey{term: strings.Repeat("x", 49)}) == nil {
		t.Error("the last list put is not held")
	}
	c.put(listKey{term: "huge"}, &decodedList{posts: make([]uint32, listCacheBudget/2+1), lenBits: lengthBits})
	if c.get(listKey{term: "huge"}) != nil {
		t.Error("a list of more than half the budget is held")
	}
}

// A list found in the previous generation is copied into the current one
// whole: the same postings, in slabs of the current generation.
func TestListCacheKeepsPostings(t *testing.T) {
	var c listCache
	want := &decodedList{posts: []uint32{3<<16 | 1<<12 | 40, 5<<16 | 2<<12 | 7, 8<<16 | 1<<12 | 90}, lenBits: 12}
	k := listKey{term: "kept"}
	c.put(k, want)
	// fill the current generation, so that k's list is in the previous one
	filler := &decodedList{posts: make([]uint32, listCacheBudget/2), lenBits: lengthBits}
	c.put(listKey{term: "filler"}, filler)
	if _, ok := c.prev[k]; !ok {
		t.Fatal("the list is not in the previous generation")
	}
	for range 2 { // from the previous generation, then from the current
		got := c.get(k)
		if got == nil || !slices.Equal(got.posts, want.posts) || got.lenBits != want.lenBits {
			t.Fatalf("got %+v, want %+v", got, want)
		}
	}
	if _, ok := c.cur[k]; !ok {
		t.Error("the list found is not in the current generation")
	}
}
