package engine

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// conjPostings must find the documents bleve's conjunction searcher finds,
// scored the same to the bit, read through and skipped through: from
// zap's postings, and from the list cache's decoded lists, decoded then
// kept.
func TestConjPostingsIsBlevesConjunction(t *testing.T) {
	e, qs := synthEngine(t, 1500)
	st := openSearch(t, e)
	segs := st.segs
	// Pairs and triples of the questions' terms, boosted as a reading
	// boosts a phrase: most have few documents in common, some many.
	var terms []string
	for _, text := range qs {
		for _, g := range e.queryGroups(e.read(text)) {
			for _, q := range g {
				if tq, ok := q.(*query.TermQuery); ok {
					terms = append(terms, tq.Term)
				}
			}
		}
	}
	// the commonest first, so that pairs of them share many documents
	slices.SortStableFunc(terms, func(x, y string) int { return -cmp.Compare(e.vocab.df[e.vocab.id(x)], e.vocab.df[e.vocab.id(y)]) })
	terms = slices.Compact(terms)
	var conjs []*query.ConjunctionQuery
	for i := 0; i+2 < len(terms) && len(conjs) < 60; i += 3 {
		var parts []query.Query
		for _, term := range terms[i : i+2+i%2] {
			tq := bleve.NewTermQuery(term)
			tq.SetField("text")
			parts = append(parts, tq)
		}
		cq := bleve.NewConjunctionQuery(parts...)
		cq.SetBoost(0.7)
		conjs = append(conjs, cq)
	}
	postings := 0
	for _, kept := range []int{math.MaxInt, 1, 1} { // none kept; every one decoded, then read as kept
		e.lists = listCache{min: kept}
		segs.cache = &e.lists
		postings += sameConjunctions(t, conjs, st)
	}
	if e.lists.curN == 0 {
		t.Error("no list was kept")
	}
	if postings < 300 {
		t.Errorf("only %d documents compared", postings)
	}
}

// sameConjunctions compares conjPostings with bleve's searcher for each of
// conjs, and returns how many documents it compared read through.
func sameConjunctions(t *testing.T, conjs []*query.ConjunctionQuery, st searchState) int {
	t.Helper()
	r, m, ctx, stats, segs := st.r, st.m, st.ctx, st.stats, st.segs
	postings := 0
	for _, cq := range conjs {
		name := fmt.Sprint(cq.Conjuncts)
		for _, skip := range []uint64{0, 1, 7} { // 0: read through; else skip to every skip-th document
			s, err := cq.Searcher(ctx, r, m, search.SearcherOptions{})
			if err != nil {
				t.Fatal(err)
			}
			c, err := openConj(segs, m, stats, cq)
			if err != nil || c == nil {
				t.Fatalf("%s: %v, %v", name, c, err)
			}
			if c.Weight() != s.Weight() {
				t.Errorf("%s: weight %v, bleve's %v", name, c.Weight(), s.Weight())
			}
			s.SetQueryNorm(0.0731)
			c.SetQueryNorm(0.0731)
			if skip == 0 {
				postings += sameScores(t, name, c, s)
			} else {
				sameSkips(t, name, c, s, skip)
			}
			s.Close()
		}
	}
	return postings
}

// sameSkips advances p and s to every skip-th document number in turn and
// reports where they land differently.
func sameSkips(t *testing.T, name string, p scoredPostings, s search.Searcher, skip uint64) {
	t.Helper()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0)}
	var at uint64
	for target := uint64(1); ; target += skip {
		if target <= at {
			continue
		}
		dm, err := s.Advance(sctx, index.NewIndexInternalID(nil, target))
		if err != nil {
			t.Fatal(err)
		}
		doc, score, ok, err := p.advance(target)
		if err != nil {
			t.Fatal(err)
		}
		if dm == nil || !ok {
			if dm != nil || ok {
				t.Errorf("%s: to %d: ours ended %v, bleve's %v", name, target, !ok, dm == nil)
			}
			return
		}
		if doc != dm.IndexInternalID.Value() || score != dm.Score {
			t.Errorf("%s: to %d: document %d scored %v, bleve's %d scored %v", name, target, doc, score, dm.IndexInternalID.Value(), dm.Score)
			return
		}
		at = doc
		sctx.DocumentMatchPool.Put(dm)
	}
}

// phraseInCoverage finds whether one paragraph has every term, not whether
// the coverage has each somewhere.
func TestPhraseInCoverage(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		terms []string
		want  bool
	}{
		{[]string{"peac", "talk"}, true},                  // ¶2: "direct peace talks"
		{[]string{"think", "tank"}, true},                 // ¶24
		{[]string{"ceasefir"}, true},                      // one term
		{[]string{"tank", "kursk"}, false},                // each somewhere, never together
		{[]string{"zelenskyy", "podolyak"}, true},         // ¶3
		{[]string{"nosuchterm", "putin"}, false},          // a term no paragraph has
		{[]string{"ankara", "erdogan", "istanbul"}, true}, // ¶14
	}
	for _, tt := range tests {
		if got := e.phraseInCoverage(tt.terms); got != tt.want {
			t.Errorf("phraseInCoverage(%q) = %v, want %v", tt.terms, got, tt.want)
		}
	}
}
