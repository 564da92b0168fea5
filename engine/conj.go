package engine

import (
	"cmp"
	"slices"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// scoredPostings are postings that score each document they have: a
// term's, or a conjunction's of terms.
type scoredPostings interface {
	// next returns the next document and its score; ok is false at the end.
	next() (doc uint64, score float64, ok bool, err error)
	// advance returns the first document at or after doc and its score;
	// doc must be past the document the postings are at.
	advance(doc uint64) (at uint64, score float64, ok bool, err error)
	Weight() float64
	SetQueryNorm(norm float64)
	// count is how many documents they have, or at most have.
	count() uint64
	// again returns the same postings, unread and scored alike, for
	// reading another range of documents at once.
	again() scoredPostings
}

// conjPostings reads the documents that have all of its terms, scored as
// bleve's conjunction searcher scores them, to the bit: the sum of the
// terms' scores, the terms taken in order of how many documents have them
// (bleve's searcher sorts them so), each scored by its own boost, not the
// conjunction's, which bleve ignores. It reads the terms in step, each
// skipping to the furthest one's document, where bleve's searcher costs
// a pooled match and an interface call a layer for every posting.
type conjPostings struct {
	terms  []*termPostings
	at     []uint64
	scores []float64
	begun  bool
	// both are a segment's documents that have every term, nil where
	// its iterators read the terms in step instead (see intersect)
	both []*roaring.Bitmap
}

// openConj opens the postings of a conjunction of term queries in the
// field of the segments, or returns nil if q is not one.
func openConj(segs *segments, m mapping.IndexMapping, s bm25, q *query.ConjunctionQuery) (*conjPostings, error) {
	if len(q.Conjuncts) == 0 {
		return nil, nil
	}
	var tqs []*query.TermQuery
	for _, c := range q.Conjuncts {
		tq, ok := c.(*query.TermQuery)
		if !ok || fieldOf(tq, m) != s.field {
			return nil, nil
		}
		tqs = append(tqs, tq)
	}
	c := &conjPostings{at: make([]uint64, len(tqs)), scores: make([]float64, len(tqs))}
	for _, tq := range tqs {
		t, err := openTermCached(segs, s, tq.Term, tq.BoostVal.Value())
		if err != nil {
			return nil, err
		}
		c.terms = append(c.terms, t)
	}
	c.prepare()
	return c, nil
}

// openTerms opens the postings of the documents that have every one of
// terms (at least one), each boosted by 1.
func openTerms(segs *segments, s bm25, terms []string) (*conjPostings, error) {
	c := &conjPostings{at: make([]uint64, len(terms)), scores: make([]float64, len(terms))}
	for _, term := range terms {
		t, err := openTermCached(segs, s, term, 1)
		if err != nil {
			return nil, err
		}
		c.terms = append(c.terms, t)
	}
	c.prepare()
	return c, nil
}

// prepare orders the terms as bleve's conjunction searcher orders them,
// fewest documents first, and intersects their bitmaps.
func (c *conjPostings) prepare() {
	slices.SortStableFunc(c.terms, func(x, y *termPostings) int { return cmp.Compare(x.docs, y.docs) })
	c.intersect()
}

// intersect has each segment's iterators visit only the documents that
// have every term, as scorch does for bleve's conjunction searcher: their
// bitmaps of documents are intersected once, and the iterators skip the
// rest without decoding them. A segment where a term has a single
// posting keeps no bitmap for it, and is read in step as it is.
func (c *conjPostings) intersect() {
	c.both = make([]*roaring.Bitmap, len(c.terms[0].its))
	for seg := range c.terms[0].its {
		var its []segment.OptimizablePostingsIterator
		var bm *roaring.Bitmap
		for _, t := range c.terms {
			it, ok := t.its[seg].(segment.OptimizablePostingsIterator)
			if !ok || it.ActualBitmap() == nil {
				its = nil
				break
			}
			its = append(its, it)
			if bm == nil {
				bm = it.ActualBitmap().Clone()
			} else {
				bm.And(it.ActualBitmap())
			}
		}
		for _, it := range its {
			it.ReplaceActual(bm)
		}
		if its != nil {
			c.both[seg] = bm
		}
	}
}

// again returns the same conjunction, unread, over the same intersected
// bitmaps, which its iterators only read.
func (c *conjPostings) again() scoredPostings {
	a := &conjPostings{at: make([]uint64, len(c.terms)), scores: make([]float64, len(c.terms)), both: c.both}
	for _, t := range c.terms {
		a.terms = append(a.terms, t.againTerm())
	}
	for seg, bm := range c.both {
		if bm == nil {
			continue
		}
		for _, t := range a.terms {
			t.its[seg].(segment.OptimizablePostingsIterator).ReplaceActual(bm)
		}
	}
	return a
}

// fieldOf is the field a term query searches.
func fieldOf(tq *query.TermQuery, m mapping.IndexMapping) string {
	if f := tq.Field(); f != "" {
		return f
	}
	return m.DefaultSearchField()
}

// Weight is the sum of the terms' weights, as the conjunction searcher's.
func (c *conjPostings) Weight() float64 {
	w := 0.0
	for _, t := range c.terms {
		w += t.Weight()
	}
	return w
}

// SetQueryNorm sets every term's query norm.
func (c *conjPostings) SetQueryNorm(norm float64) {
	for _, t := range c.terms {
		t.SetQueryNorm(norm)
	}
}

// count is the rarest term's count: no more documents have them all.
func (c *conjPostings) count() uint64 { return c.terms[0].docs }

func (c *conjPostings) next() (uint64, float64, bool, error) {
	if !c.begun {
		c.begun = true
		for i, t := range c.terms {
			doc, score, ok, err := t.next()
			if err != nil || !ok {
				return 0, 0, false, err
			}
			c.at[i], c.scores[i] = doc, score
		}
		return c.match()
	}
	for i, t := range c.terms { // all are at the document just returned
		doc, score, ok, err := t.next()
		if err != nil || !ok {
			return 0, 0, false, err
		}
		c.at[i], c.scores[i] = doc, score
	}
	return c.match()
}

func (c *conjPostings) advance(doc uint64) (uint64, float64, bool, error) {
	for i, t := range c.terms {
		if c.begun && c.at[i] >= doc {
			continue // already there or past it
		}
		at, score, ok, err := t.advance(doc)
		if err != nil || !ok {
			return 0, 0, false, err
		}
		c.at[i], c.scores[i] = at, score
	}
	c.begun = true
	return c.match()
}

// match moves the terms on, each to the furthest one's document, until
// they are all at one, and returns it with its score.
func (c *conjPostings) match() (uint64, float64, bool, error) {
	for {
		far := slices.Max(c.at)
		behind := false
		for i, t := range c.terms {
			if c.at[i] == far {
				continue
			}
			behind = true
			at, score, ok, err := t.advance(far)
			if err != nil || !ok {
				return 0, 0, false, err
			}
			c.at[i], c.scores[i] = at, score
		}
		if !behind {
			sum := 0.0
			for _, s := range c.scores {
				sum += s
			}
			return far, sum, true, nil
		}
	}
}
