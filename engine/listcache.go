package engine

import (
	"fmt"
	"math"
	"sort"
	"sync"

	segment "github.com/blevesearch/scorch_segment_api/v2"
	zapx "github.com/blevesearch/zapx/v17"
)

// A term's postings in a segment are read back from zap's encoding (a
// roaring bitmap of documents, and each posting's frequency and document
// length as varints in chunks) at every search that has the term. For the
// common terms, whose lists hold thousands to tens of thousands of
// postings, that decoding was about a third of /ask's search at 100,000
// paragraphs, and questions keep using the same common words. So a
// search keeps the lists of common terms it decodes, as plain arrays,
// for the searches after it.

// minListPostings is the fewest postings a list must have to be kept.
// Below it, looking the term up in the dictionary and setting up zap's
// iterator is most of the cost, and is paid anyway on a miss; from 128
// rather than 1,000 postings, the 220 questions of the 100k plan spent
// 4-5 % less CPU, from 32 no less again.
const minListPostings = 128

// listCacheBudget bounds how many postings the cache holds, 8 bytes each:
// 2 million postings are 16 MB (the whole 100,000-paragraph coverage has
// about 2.5 million).
const listCacheBudget = 2 << 20

// decodedList is one term's postings in one segment: the documents'
// numbers in the segment, ascending, and for each its frequency (the top
// 8 bits) and length (the low 24), as zap gives them.
type decodedList struct {
	docs []uint32
	meta []uint32
}

const (
	lengthBits = 24
	maxLength  = 1<<lengthBits - 1
	maxFreq    = 1<<(32-lengthBits) - 1
)

// listKey names a term's list in a segment. A segment never changes, so
// neither does the list; a segment with deleted documents is not cached
// (its lists leave them out at each search, as the deletions stood then).
type listKey struct {
	seg  segment.Segment
	term string
}

// listCache remembers decoded lists up to listCacheBudget postings, in two
// generations as recent does: when the current one holds half the budget
// it becomes the previous one. It is safe for concurrent use.
type listCache struct {
	// min is the fewest postings a list kept has; 0 for minListPostings
	// (tests set it).
	min       int
	mu        sync.Mutex
	cur, prev map[listKey]*decodedList
	curN      int // postings in cur
}

func (c *listCache) minPostings() int {
	if c.min == 0 {
		return minListPostings
	}
	return c.min
}

func (c *listCache) get(k listKey) *decodedList {
	c.mu.Lock()
	defer c.mu.Unlock()
	l, ok := c.cur[k]
	if !ok {
		if l, ok = c.prev[k]; ok {
			c.putLocked(k, l)
		}
	}
	return l
}

func (c *listCache) put(k listKey, l *decodedList) {
	if len(l.docs) > listCacheBudget/2 {
		return
	}
	c.mu.Lock()
	c.putLocked(k, l)
	c.mu.Unlock()
}

func (c *listCache) putLocked(k listKey, l *decodedList) {
	if c.curN+len(l.docs) > listCacheBudget/2 {
		c.prev, c.cur, c.curN = c.cur, nil, 0
	}
	if c.cur == nil {
		c.cur = map[listKey]*decodedList{}
	}
	c.cur[k] = l
	c.curN += len(l.docs)
}

// decodeList reads a zap postings list whole; ok is false if it is not
// zap's or a posting does not fit (a frequency over 255, a length over
// 2^24), and then it is read as it is.
func decodeList(pl segment.PostingsList) (*decodedList, bool, error) {
	n := pl.Count()
	l := &decodedList{docs: make([]uint32, 0, n), meta: make([]uint32, 0, n)}
	z, ok := pl.Iterator(true, true, false, nil).(*zapx.PostingsIterator)
	if !ok {
		return nil, false, nil
	}
	for {
		p, err := z.Next()
		if err != nil {
			return nil, false, fmt.Errorf("decode postings: %w", err)
		}
		zp, ok := p.(*zapx.Posting)
		if !ok || zp == nil {
			if p != nil {
				return nil, false, nil
			}
			return l, true, nil
		}
		doc, freq, length := zp.Number(), zp.Frequency(), zp.NormUint64()
		if doc > math.MaxUint32 || freq > maxFreq || length > maxLength {
			return nil, false, nil
		}
		l.docs = append(l.docs, uint32(doc))
		l.meta = append(l.meta, uint32(freq)<<lengthBits|uint32(length))
	}
}

// openTermCached is openTerm with the term's common lists read from the
// segments' cache, or decoded into it.
func openTermCached(segs *segments, s bm25, ones *oneHits, term string, boost float64) (*termPostings, error) {
	if segs.cache == nil {
		return openTerm(segs, s, ones, term, boost)
	}
	t := &termPostings{lists: make([]segment.PostingsList, len(segs.dicts)), decoded: make([]*decodedList, len(segs.dicts)), offsets: segs.offsets, s: s, boost: boost, weight: 1, ones: ones, serial: ones.newSerial()}
	for i, d := range segs.dicts {
		clean := segs.clean[i]
		if clean {
			if l := segs.cache.get(listKey{segs.segs[i], term}); l != nil {
				t.decoded[i] = l
				t.docs += uint64(len(l.docs))
				continue
			}
		}
		pl, err := d.PostingsList([]byte(term), segs.deleted[i], nil)
		if err != nil {
			return nil, fmt.Errorf("postings of %q: %w", term, err)
		}
		t.docs += pl.Count()
		if clean && pl.Count() >= uint64(segs.cache.minPostings()) {
			l, ok, err := decodeList(pl)
			if err != nil {
				return nil, fmt.Errorf("postings of %q: %w", term, err)
			}
			if ok {
				segs.cache.put(listKey{segs.segs[i], term}, l)
				t.decoded[i] = l
				continue
			}
		}
		t.lists[i] = pl
	}
	t.iterate()
	t.idf = s.idf(t.docs)
	return t, nil
}

// nextDecoded returns the next posting of the decoded list of the
// segment being read; ok is false at its end.
func (t *termPostings) nextDecoded(l *decodedList) (doc uint64, score float64, ok bool) {
	if t.pos >= len(l.docs) {
		return 0, 0, false
	}
	i := t.pos
	t.pos++
	return uint64(l.docs[i]) + t.offsets[t.seg], t.scoreOfMeta(l.meta[i]), true
}

// addDecoded adds to acc the postings of the decoded list being read, if
// it is one, from its next posting up to the first at or after hi, which
// it leaves unread; those before lo are skipped. It is next and
// accumulator.addAlt in a loop, without the calls through altPostings and
// the interface of its postings for each posting: a common term has tens
// of thousands.
func (t *termPostings) addDecoded(acc *accumulator, lo, hi uint64) {
	if t.decoded == nil || t.seg >= len(t.decoded) || t.decoded[t.seg] == nil {
		return
	}
	l, off := t.decoded[t.seg], t.offsets[t.seg]
	i := t.pos
	for ; i < len(l.docs); i++ {
		d := uint64(l.docs[i]) + off
		if d >= hi {
			break
		}
		if d >= lo {
			acc.addAlt(d, t.scoreOfMeta(l.meta[i]))
		}
	}
	t.pos = i
}

// advanceDecoded moves to the first posting of the decoded list of the
// segment being read at or after doc, a number in the segment.
func (t *termPostings) advanceDecoded(l *decodedList, doc uint64) (at uint64, score float64, ok bool) {
	rest := l.docs[t.pos:]
	t.pos += sort.Search(len(rest), func(i int) bool { return uint64(rest[i]) >= doc })
	return t.nextDecoded(l)
}

// scoreOfMeta is scoreOfZap for a decoded posting: zap's norm is the
// length's float32 bits, and its Norm this.
func (t *termPostings) scoreOfMeta(m uint32) float64 {
	freq, length := uint64(m>>lengthBits), uint64(m&maxLength)
	if freq != 1 {
		return t.score(freq, lengthNorm(length))
	}
	h := &t.ones.e[oneHitSlot(length)]
	if h.serial != t.serial || h.length != length {
		*h = oneHit{length: length, serial: t.serial, score: t.score(1, lengthNorm(length))}
	}
	return h.score
}

// lengthNorm is zapx's Posting.Norm of a posting whose NormUint64 is length.
func lengthNorm(length uint64) float64 {
	return float64(float32(1.0 / math.Sqrt(float64(uint32(length)))))
}
