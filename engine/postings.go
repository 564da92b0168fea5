package engine

import (
	"context"
	"fmt"
	"math"
	"sync"

	"github.com/blevesearch/bleve/v2/search"
	index "github.com/blevesearch/bleve_index_api"
)

// bm25 holds what BM25 needs of the whole index to score a term of the
// text field, as bleve's term searcher finds it: the number of documents
// and their average length in terms, rounded up.
type bm25 struct {
	field  string
	docs   uint64
	avgLen float64
	k1, b  float64
}

// newBM25 reads the index's statistics once for a search, where bleve's
// term searcher reads them again for each term. ok is false where bleve
// would not score by BM25 at all (an empty field: no average length).
func newBM25(r index.IndexReader, field string) (bm25, bool, error) {
	count, err := r.DocCount()
	if err != nil {
		return bm25{}, false, fmt.Errorf("document count: %w", err)
	}
	br, ok := r.(index.BM25Reader)
	if !ok || count == 0 {
		return bm25{}, false, nil
	}
	card, err := br.FieldCardinality(field)
	if err != nil {
		return bm25{}, false, fmt.Errorf("field cardinality: %w", err)
	}
	s := bm25{field: field, docs: count, avgLen: math.Ceil(float64(card) / float64(count)), k1: search.BM25_k1, b: search.BM25_b}
	return s, s.avgLen > 0, nil
}

// termPostings reads one term's postings and scores each document as
// bleve's TermQueryScorer does under BM25, to the bit: the same operations
// in the same order. It spares what bleve's term searcher adds to each
// posting (a pooled DocumentMatch, a copied document id, an interface call
// per layer), which on a large coverage cost more than reading the posting.
type termPostings struct {
	r      index.TermFieldReader
	s      bm25
	idf    float64
	boost  float64
	weight float64 // boost × idf × the query norm, once set
	tfd    index.TermFieldDoc
	ones   *oneHits // scores of a single occurrence, by document length
	serial uint32   // this term's own entries in ones
}

// openTerm opens the postings of term in the field of s, boosted by boost.
func openTerm(ctx context.Context, r index.IndexReader, s bm25, ones *oneHits, term string, boost float64) (*termPostings, error) {
	tfr, err := r.TermFieldReader(ctx, []byte(term), s.field, true, true, false)
	if err != nil {
		return nil, fmt.Errorf("postings of %q: %w", term, err)
	}
	docTerm := tfr.Count()
	idf := math.Log(1 + (float64(s.docs)-float64(docTerm)+0.5)/(float64(docTerm)+0.5))
	return &termPostings{r: tfr, s: s, idf: idf, boost: boost, weight: 1, ones: ones, serial: ones.newSerial()}, nil
}

// Weight is the term's share of the query norm, as TermQueryScorer.Weight.
func (t *termPostings) Weight() float64 {
	w := t.boost * t.idf
	return w * w
}

// SetQueryNorm sets the query norm, as TermQueryScorer.SetQueryNorm.
func (t *termPostings) SetQueryNorm(norm float64) {
	t.weight = t.boost * t.idf * norm
}

// next returns the next document that has the term and its score; ok is
// false at the end.
func (t *termPostings) next() (doc uint64, score float64, ok bool, err error) {
	tfd, err := t.r.Next(t.tfd.Reset())
	if err != nil || tfd == nil {
		return 0, 0, false, err
	}
	if tfd.Freq != 1 {
		return tfd.ID.Value(), t.score(tfd.Freq, tfd.Norm), true, nil
	}
	// Most postings are of one occurrence, and the documents have few
	// lengths (the norm is the length's): their scores repeat.
	h := &t.ones.e[oneHitSlot(tfd.Norm)]
	if h.serial != t.serial || h.norm != tfd.Norm {
		*h = oneHit{norm: tfd.Norm, serial: t.serial, score: t.score(1, tfd.Norm)}
	}
	return tfd.ID.Value(), h.score, true, nil
}

// score is TermQueryScorer.Score's BM25 arithmetic.
func (t *termPostings) score(freq uint64, norm float64) float64 {
	tf := math.Sqrt(float64(freq))
	fieldLength := 1 / (norm * norm)
	score := t.idf * (tf * t.s.k1) /
		(tf + t.s.k1*(1-t.s.b+(t.s.b*fieldLength/t.s.avgLen)))
	if t.weight != 1.0 {
		score = score * t.weight
	}
	return score
}

// Close closes the postings.
func (t *termPostings) Close() error { return t.r.Close() }

// oneHits remembers, for each term of a search, the score of a single
// occurrence in a document of a given norm: a direct-mapped cache whose
// entries belong to the term of their serial, so that it is never
// cleared. It outlives a search (in oneHitPool); serials keep counting up.
type oneHits struct {
	e    [1 << oneHitBits]oneHit
	last uint32 // the last serial given out
}

type oneHit struct {
	norm   float64
	serial uint32
	score  float64
}

const oneHitBits = 10

var oneHitPool = sync.Pool{New: func() any { return new(oneHits) }}

// newSerial returns a serial no entry has yet.
func (o *oneHits) newSerial() uint32 {
	o.last++
	if o.last == 0 { // wrapped: old entries could match again
		o.e = [1 << oneHitBits]oneHit{}
		o.last = 1
	}
	return o.last
}

// oneHitSlot hashes a norm, a float32's value (1/√length), to a slot.
func oneHitSlot(norm float64) uint32 {
	return (math.Float32bits(float32(norm)) * 0x9E3779B1) >> (32 - oneHitBits)
}
