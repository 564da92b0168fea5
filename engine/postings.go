package engine

import (
	"fmt"
	"math"
	"sort"
	"sync/atomic"

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
	// den, when not nil, holds the denominators of this average length
	// (see denTable); else each score is worked out whole.
	den *denTable
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
	weight  float64 // boost × idf × the query norm, once set
	// num is the numerator of the scores of postings of each frequency,
	// idf × (tf × k1), worked out when the first is scored from s.den (0
	// until then)
	num [maxFreq + 1]float64
	// own is the search's searchLists it was taken from, which its
	// copies for other ranges are taken from too; nil for one allocated
	// alone
	own *searchLists
}

// openTerm opens the postings of term in the segments, boosted by boost.
func openTerm(segs *segments, s bm25, term string, boost float64) (*termPostings, error) {
	t := &termPostings{lists: make([]segment.PostingsList, len(segs.dicts)), offsets: segs.offsets, s: s, boost: boost, weight: 1}
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
	t.its = resized(t.its, len(t.lists))
	t.zaps = resized(t.zaps, len(t.lists))
	for i, pl := range t.lists {
		if pl == nil {
			t.its[i], t.zaps[i] = nil, nil
			continue // decoded
		}
		t.its[i] = pl.Iterator(true, true, false, nil)
		t.zaps[i], _ = t.its[i].(*zapx.PostingsIterator)
	}
	t.seg, t.pos = 0, 0
}

// again returns the same postings, unread and scored alike, with iterators
// of their own over the lists this one looked up: for reading another
// range of documents at once. Looking a term up in each segment's
// dictionary costs several microseconds, which a search of many terms
// paid again for each range.
func (t *termPostings) again() scoredPostings { return t.againTerm() }

func (t *termPostings) againTerm() *termPostings {
	a := t.own.term()
	// Its slices are in a room of its own, not t's, which the search
	// after this one may give another term.
	its, zaps, lists, decoded := a.its, a.zaps, a.lists, a.decoded
	*a = *t
	a.its, a.zaps = its, zaps
	a.lists, a.decoded = append(lists[:0], t.lists...), nil
	if t.decoded != nil { // (nil says none is)
		a.decoded = append(decoded[:0], t.decoded...)
	}
	a.iterate()
	return a
}

// resized returns s with n elements, in its own room when it has enough:
// those it had are left for the caller to set.
func resized[E any](s []E, n int) []E {
	if cap(s) < n {
		return make([]E, n)
	}
	return s[:n]
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
// is: from the row of s.den for freq, when it has one (see denTable).
func (t *termPostings) scoreOfLength(freq, length uint64) float64 {
	if t.s.den == nil || freq > maxFreq || length > maxLength {
		return t.score(freq, lengthNorm(length))
	}
	score := t.numerator(freq) / t.s.den.row(freq)[length]
	if t.weight != 1.0 {
		score = score * t.weight
	}
	return score
}

// numerator is the numerator of the score of a posting of freq
// occurrences, worked out once.
func (t *termPostings) numerator(freq uint64) float64 {
	if t.num[freq] == 0 {
		t.num[freq] = t.idf * (math.Sqrt(float64(freq)) * t.s.k1)
	}
	return t.num[freq]
}

// score is TermQueryScorer.Score's BM25 arithmetic.
func (t *termPostings) score(freq uint64, norm float64) float64 {
	tf := math.Sqrt(float64(freq))
	score := t.idf * (tf * t.s.k1) / t.s.denominator(tf, norm)
	if t.weight != 1.0 {
		score = score * t.weight
	}
	return score
}

// denominator is BM25's denominator of a term frequency's score (tf, the
// square root of the occurrences, as bleve takes it) in a document of
// norm norm, as TermQueryScorer.Score works it out.
func (s bm25) denominator(tf, norm float64) float64 {
	fieldLength := 1 / (norm * norm)
	return tf + s.k1*(1-s.b+(s.b*fieldLength/s.avgLen))
}

// denTable holds BM25's denominators for an average document length, a
// row for each frequency of a decoded posting (up to maxFreq), each
// entry a document length (up to maxLength). A posting's score is its
// term's numerator, idf × (tf × k1), divided by its row's entry, then
// times the term's weight: the operations TermQueryScorer.Score does, in
// its order, so the score is the same to the bit. The denominators depend
// on the index alone, not on the term, and the documents have few
// lengths: a question's 20,000-30,000 postings at 100,000 paragraphs
// share a few hundred. Remembering each term's scores instead, in a small
// cache that a question's terms shared, missed for most postings (a
// block's terms evicted each other's entries), and a miss's square roots
// and divisions were a tenth of /ask's CPU. A row is made when a search
// first needs it; it is 32 KB, of which a question reads a few lines.
type denTable struct {
	s    bm25
	rows [maxFreq + 1]atomic.Pointer[denRow]
}

type denRow [maxLength + 1]float64

// row returns the row of freq, making it if no search has yet.
func (d *denTable) row(freq uint64) *denRow {
	if r := d.rows[freq].Load(); r != nil {
		return r
	}
	r := new(denRow)
	tf := math.Sqrt(float64(freq))
	for length := range r {
		r[length] = d.s.denominator(tf, lengthNorm(uint64(length)))
	}
	d.rows[freq].CompareAndSwap(nil, r)
	return d.rows[freq].Load()
}

// denFor returns the table of denominators for s's average length and
// parameters: the engine's last one while the index's average length
// stays the same.
func (e *Engine) denFor(s bm25) *denTable {
	if d := e.dens.Load(); d != nil && d.s.avgLen == s.avgLen && d.s.k1 == s.k1 && d.s.b == s.b {
		return d
	}
	d := &denTable{s: s}
	e.dens.Store(d)
	return d
}

// Close closes the postings; a segment's need no closing.
func (t *termPostings) Close() error { return nil }

// count is how many documents have the term.
func (t *termPostings) count() uint64 { return t.docs }
