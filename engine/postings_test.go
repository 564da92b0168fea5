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
				for i, norm := range []float64{0, 0.0731, 0.0731} { // 0: no norm set
					s, err := tq.Searcher(ctx, r, m, search.SearcherOptions{})
					if err != nil {
						t.Fatal(err)
					}
					stats := stats // scored from the table of denominators
					if i == 2 {
						stats.den = nil // worked out whole
					}
					p, err := openTerm(segs, stats, tq.Term, tq.BoostVal.Value())
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

// A posting scored from the table of denominators must be scored as the
// arithmetic scores it whole, to the bit, for every frequency and length
// the table holds and past them (where the arithmetic is used), with the
// weight at 1 and not.
func TestDenTableIsScore(t *testing.T) {
	e := &Engine{}
	for _, avg := range []float64{1, 7, 30, 123} {
		s := bm25{docs: 100, avgLen: avg, k1: search.BM25_k1, b: search.BM25_b}
		s.den = e.denFor(s)
		if e.denFor(s) != s.den {
			t.Errorf("average %v: a second table made for the same average", avg)
		}
		for _, weight := range []float64{1, 0.3} {
			p := &termPostings{s: s, idf: 1.7, boost: 0.8, weight: weight}
			whole := *p
			whole.s.den = nil
			for freq := uint64(1); freq <= maxFreq+2; freq++ {
				for length := uint64(0); length <= maxLength+2; length += 1 + length/16 {
					d := lengthOnly{freq, length}
					if got, want := p.scoreOf(d), whole.scoreOf(d); got != want {
						t.Fatalf("average %v, weight %v, %d occurrences, length %d: scored %v, want %v", avg, weight, freq, length, got, want)
					}
				}
			}
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
