package engine

import (
	"math"
	"testing"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// termPostings must score every document exactly as bleve's term searcher
// does, to the bit: searchGroups adds its scores up where bleve's would be,
// and the later stages were tuned on those.
func TestTermPostingsIsBlevesTermScorer(t *testing.T) {
	synthetic, synthQs := synthEngine(t, 1500)
	tests := []struct {
		name string
		e    *Engine
		qs   []string
	}{
		{"shipped article", engineFor(t), []string{
			"What did Putin propose in his Sunday speech?", "How long is the front line?",
			"which leaders came to show support for ukraine", "How many tanks has Russia lost?",
			"What territory did Putin ask Kyiv to give up last year?",
		}},
		{"generated coverage", synthetic, synthQs},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := openSearch(t, tt.e)
			r, m, ctx, stats, segs := st.r, st.m, st.ctx, st.stats, st.segs
			ones := new(oneHits) // shared by all terms, as in a search
			var terms []*query.TermQuery
			for _, text := range tt.qs {
				for _, g := range tt.e.queryGroups(tt.e.read(text)) {
					for _, q := range g {
						switch q := q.(type) {
						case *query.TermQuery:
							terms = append(terms, q)
						case *query.ConjunctionQuery:
							for _, c := range q.Conjuncts {
								terms = append(terms, c.(*query.TermQuery))
							}
						}
					}
				}
			}
			if len(terms) < 10 {
				t.Fatalf("only %d terms", len(terms))
			}
			postings := 0
			for _, tq := range terms {
				for _, norm := range []float64{0, 0.0731} { // 0: no norm set
					s, err := tq.Searcher(ctx, r, m, search.SearcherOptions{})
					if err != nil {
						t.Fatal(err)
					}
					p, err := openTerm(segs, stats, ones, tq.Term, tq.BoostVal.Value())
					if err != nil {
						t.Fatal(err)
					}
					if p.Weight() != s.Weight() {
						t.Errorf("%q: weight %v, bleve's %v", tq.Term, p.Weight(), s.Weight())
					}
					if norm != 0 {
						s.SetQueryNorm(norm)
						p.SetQueryNorm(norm)
					}
					postings += sameScores(t, tq.Term, p, s)
					p.Close()
					s.Close()
				}
			}
			if postings < 100 {
				t.Errorf("only %d postings compared", postings)
			}
		})
	}
}

// sameScores reads p and s to the end, reports where they differ, and
// returns how many postings they had.
func sameScores(t *testing.T, term string, p scoredPostings, s search.Searcher) int {
	t.Helper()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0)}
	for n := 0; ; n++ {
		dm, err := s.Next(sctx)
		if err != nil {
			t.Fatal(err)
		}
		doc, score, ok, err := p.next()
		if err != nil {
			t.Fatal(err)
		}
		if dm == nil || !ok {
			if dm != nil || ok {
				t.Errorf("%q: posting %d: ours ended %v, bleve's %v", term, n, !ok, dm == nil)
			}
			return n
		}
		if doc != dm.IndexInternalID.Value() || score != dm.Score {
			t.Errorf("%q: posting %d is document %d scored %v, bleve's %d scored %v",
				term, n, doc, score, dm.IndexInternalID.Value(), dm.Score)
			return n
		}
		sctx.DocumentMatchPool.Put(dm)
	}
}

// Two postings that share a slot of the score cache, by their lengths or
// their frequencies, must each get their own score.
func TestOneHitsTellsLengthsApart(t *testing.T) {
	key := func(p lengthOnly) uint64 { return p.freq<<32 | p.length }
	a := lengthOnly{1, 1}
	b := lengthOnly{1, 2} // another length in a's slot
	for oneHitSlot(key(b)) != oneHitSlot(key(a)) {
		b.length++
	}
	c := lengthOnly{2, 1} // another frequency in a's slot
	for oneHitSlot(key(c)) != oneHitSlot(key(a)) {
		c.length++
	}
	postings := []lengthOnly{a, b, {2, b.length}, a, c, a, c, {3, 1}}
	p := &termPostings{
		s:      bm25{docs: 100, avgLen: 30, k1: 1.2, b: 0.75},
		idf:    1.7,
		boost:  0.8,
		weight: 0.3,
		ones:   new(oneHits),
	}
	p.serial = p.ones.newSerial()
	for i, d := range postings {
		if got, want := p.scoreOf(d), p.score(d.freq, d.Norm()); got != want {
			t.Errorf("posting %d (%d occurrences, length %d): scored %v, want %v", i, d.freq, d.length, got, want)
		}
	}
}

// lengthOnly is a posting of freq occurrences in a document of length
// terms, whose norm is worked out as zapx's postings work it out.
type lengthOnly struct{ freq, length uint64 }

func (l lengthOnly) Number() uint64                { return 0 }
func (l lengthOnly) Frequency() uint64             { return l.freq }
func (l lengthOnly) Norm() float64                 { return float64(float32(1 / math.Sqrt(float64(l.length)))) }
func (l lengthOnly) NormUint64() uint64            { return l.length }
func (l lengthOnly) Locations() []segment.Location { return nil }
func (l lengthOnly) Size() int                     { return 0 }
