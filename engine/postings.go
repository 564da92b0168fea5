package engine

import (
	"fmt"
	"math"
	"sort"
	"sync"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	index "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	zapx "github.com/blevesearch/zapx/v17"
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

// segments are the index's segments as a search reads them: each one's
// dictionary of the text field, its deleted documents, and the number its
// documents start at in the index (as scorch numbers them: each segment
// after all the documents, deleted or not, of those before it).
type segments struct {
	dicts   []segment.TermDictionary
	deleted []*roaring.Bitmap
	offsets []uint64
	// segs are the segments themselves, and clean says which have no
	// deleted documents: their common terms' lists may be read from
	// cache, when not nil.
	segs  []segment.Segment
	clean []bool
	cache *listCache
	// own, when not nil, decodes the lists too short for the cache for
	// the search alone (see searchLists).
	own *searchLists
}

// textSegments opens a reader of the engine's index and its segments'
// dictionaries of the text field; the reader is to be closed.
func (e *Engine) textSegments() (index.IndexReader, *segments, error) {
	adv, err := e.index.Advanced()
	if err != nil {
		return nil, nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, nil, err
	}
	segs, err := newSegments(r, "text")
	if err != nil {
		r.Close()
		return nil, nil, err
	}
	segs.cache = &e.lists
	return r, segs, nil
}

// newSegments opens the dictionaries of field in the segments of r, an
// index snapshot of scorch's.
func newSegments(r index.IndexReader, field string) (*segments, error) {
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return nil, fmt.Errorf("index reader %T is not scorch's", r)
	}
	s := &segments{}
	var next uint64
	for _, ss := range snap.Segments() {
		d, err := ss.Segment().Dictionary(field)
		if err != nil {
			return nil, fmt.Errorf("dictionary of %s: %w", field, err)
		}
		s.dicts = append(s.dicts, d)
		s.deleted = append(s.deleted, ss.Deleted())
		s.segs = append(s.segs, ss.Segment())
		s.clean = append(s.clean, ss.Deleted() == nil || ss.Deleted().IsEmpty())
		s.offsets = append(s.offsets, next)
		next += ss.Segment().Count()
	}
	return s, nil
}

// termPostings reads one term's postings and scores each document as
// bleve's TermQueryScorer does under BM25, to the bit: the same operations
// in the same order. It reads each segment's postings itself, as scorch's
// term reader does, and spares what that reader and bleve's term searcher
// add to each posting (a document id made and copied, a reset record, a
// pooled DocumentMatch, an interface call per layer), which on a large
// coverage cost more than reading the posting.
type termPostings struct {
	its []segment.PostingsIterator // a segment's each
	// zaps are its that are zapx's (v17, which builds this engine's
	// segments), read without an interface call a posting; nil for
	// another's
	zaps  []*zapx.PostingsIterator
	lists []segment.PostingsList // what its were opened from
	// decoded are the lists read from the cache instead, where not nil
	// (see openTermCached); pos is the next posting of the one being read
	decoded []*decodedList
	pos     int
	offsets []uint64
	seg     int    // the segment being read
	docs    uint64 // how many documents have the term
	s       bm25
	idf     float64
	boost   float64
	weight  float64  // boost × idf × the query norm, once set
	ones    *oneHits // scores of a single occurrence, by document length
	serial  uint32   // this term's own entries in ones
}

// openTerm opens the postings of term in the segments, boosted by boost.
func openTerm(segs *segments, s bm25, ones *oneHits, term string, boost float64) (*termPostings, error) {
	t := &termPostings{lists: make([]segment.PostingsList, len(segs.dicts)), offsets: segs.offsets, s: s, boost: boost, weight: 1, ones: ones, serial: ones.newSerial()}
	for i, d := range segs.dicts {
		pl, err := d.PostingsList([]byte(term), segs.deleted[i], nil)
		if err != nil {
			return nil, fmt.Errorf("postings of %q: %w", term, err)
		}
		t.lists[i] = pl
		t.docs += pl.Count()
	}
	t.iterate()
	t.idf = s.idf(t.docs)
	return t, nil
}

// iterate opens an iterator over each of the term's lists, unread.
func (t *termPostings) iterate() {
	t.its = make([]segment.PostingsIterator, len(t.lists))
	t.zaps = make([]*zapx.PostingsIterator, len(t.lists))
	for i, pl := range t.lists {
		if pl == nil {
			continue // decoded
		}
		t.its[i] = pl.Iterator(true, true, false, nil)
		t.zaps[i], _ = t.its[i].(*zapx.PostingsIterator)
	}
	t.seg, t.pos = 0, 0
}

// again returns the same postings, unread and scored alike, with iterators
// of their own over the lists this one looked up, and ones for its
// single-occurrence scores: for reading another range of documents at
// once. Looking a term up in each segment's dictionary costs several
// microseconds, which a search of many terms paid again for each range.
func (t *termPostings) again(ones *oneHits) scoredPostings { return t.againTerm(ones) }

func (t *termPostings) againTerm(ones *oneHits) *termPostings {
	a := *t
	a.iterate()
	a.ones, a.serial = ones, ones.newSerial()
	return &a
}

// idf is BM25's inverse document frequency of a term in docTerm documents.
func (s bm25) idf(docTerm uint64) float64 {
	return math.Log(1 + (float64(s.docs)-float64(docTerm)+0.5)/(float64(docTerm)+0.5))
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
	for t.seg < len(t.its) {
		if t.decoded != nil && t.decoded[t.seg] != nil {
			if doc, score, ok := t.nextDecoded(t.decoded[t.seg]); ok {
				return doc, score, true, nil
			}
			t.seg, t.pos = t.seg+1, 0
			continue
		}
		if z := t.zaps[t.seg]; z != nil {
			p, err := z.Next()
			if err != nil {
				return 0, 0, false, err
			}
			if zp, ok := p.(*zapx.Posting); ok && zp != nil {
				return zp.Number() + t.offsets[t.seg], t.scoreOfZap(zp), true, nil
			}
			if p == nil {
				t.seg, t.pos = t.seg+1, 0
				continue
			}
			return p.Number() + t.offsets[t.seg], t.scoreOf(p), true, nil
		}
		p, err := t.its[t.seg].Next()
		if err != nil {
			return 0, 0, false, err
		}
		if p != nil {
			return p.Number() + t.offsets[t.seg], t.scoreOf(p), true, nil
		}
		t.seg, t.pos = t.seg+1, 0
	}
	return 0, 0, false, nil
}

// advance returns the first document at or after doc that has the term,
// and its score; ok is false at the end. doc must be past the document
// the postings are at.
func (t *termPostings) advance(doc uint64) (at uint64, score float64, ok bool, err error) {
	// the segment of doc: the last that starts at or before it
	i := sort.Search(len(t.offsets), func(i int) bool { return t.offsets[i] > doc }) - 1
	if i >= t.seg && i < len(t.its) {
		if i > t.seg {
			t.seg, t.pos = i, 0
		}
		if t.decoded != nil && t.decoded[i] != nil {
			if at, score, ok := t.advanceDecoded(t.decoded[i], doc-t.offsets[i]); ok {
				return at, score, true, nil
			}
			t.seg, t.pos = t.seg+1, 0
			return t.next()
		}
		var p segment.Posting
		var err error
		if z := t.zaps[i]; z != nil {
			p, err = z.Advance(doc - t.offsets[i])
		} else {
			p, err = t.its[i].Advance(doc - t.offsets[i])
		}
		if err != nil {
			return 0, 0, false, err
		}
		if zp, ok := p.(*zapx.Posting); ok && zp != nil {
			return zp.Number() + t.offsets[i], t.scoreOfZap(zp), true, nil
		}
		if p != nil {
			return p.Number() + t.offsets[i], t.scoreOf(p), true, nil
		}
		t.seg, t.pos = t.seg+1, 0
	}
	return t.next()
}

// lengthPosting is a posting that gives its document's length, from
// which Norm works out the norm: zapx's do.
type lengthPosting interface{ NormUint64() uint64 }

// scoreOf is the score of posting p.
func (t *termPostings) scoreOf(p segment.Posting) float64 {
	lp, ok := p.(lengthPosting)
	if !ok {
		return t.score(p.Frequency(), p.Norm())
	}
	return t.scoreOfLength(p.Frequency(), lp.NormUint64())
}

// scoreOfZap is scoreOf for zapx's posting, read without an interface
// call: the calls, and the check for NormUint64 on every posting, were a
// seventh of a search at 100,000 paragraphs.
func (t *termPostings) scoreOfZap(p *zapx.Posting) float64 {
	return t.scoreOfLength(p.Frequency(), p.NormUint64())
}

// scoreOfLength is the score of a posting of freq occurrences in a
// document of length terms, whose norm is lengthNorm(length), as zapx's
// is. The documents have few lengths, and most postings one occurrence or
// two: their scores repeat, and so would the square roots and divisions
// that make them, which were a twentieth of /ask's CPU at 100,000
// paragraphs when only single occurrences were remembered.
func (t *termPostings) scoreOfLength(freq, length uint64) float64 {
	if freq > math.MaxUint32 || length > math.MaxUint32 {
		return t.score(freq, lengthNorm(length))
	}
	key := freq<<32 | length
	h := &t.ones.e[oneHitSlot(key)]
	if h.serial != t.serial || h.key != key {
		*h = oneHit{key: key, serial: t.serial, score: t.score(freq, lengthNorm(length))}
	}
	return h.score
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

// Close closes the postings; a segment's need no closing.
func (t *termPostings) Close() error { return nil }

// oneHits remembers, for each term of a search, the score of a posting
// by its frequency and document length: a direct-mapped cache whose
// entries belong to the term of their serial, so that it is never
// cleared. It outlives a search (in oneHitPool); serials keep counting up.
type oneHits struct {
	e    [1 << oneHitBits]oneHit
	last uint32 // the last serial given out
}

type oneHit struct {
	key    uint64 // the frequency in the high 32 bits, the length in the low
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

// oneHitSlot hashes a posting's frequency and document length, as
// scoreOfLength keys them, to a slot.
func oneHitSlot(key uint64) uint32 {
	return (uint32(key) ^ uint32(key>>32)<<lengthBits) * 0x9E3779B1 >> (32 - oneHitBits)
}

// count is how many documents have the term.
func (t *termPostings) count() uint64 { return t.docs }
