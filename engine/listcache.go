package engine

import (
	"fmt"
	"math"
	"math/bits"
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
// 4-5 % less CPU; from 32, no clearly less again.
const minListPostings = 128

// listCacheBudget bounds how many postings the cache holds, 4 bytes each:
// two million postings are 8 MB. The lists of the 1,100 questions of the
// bench's 100k plan of 1,000 queries come to about a million: at a budget
// of one, a generation (half of it) held half of them, and the cache
// copied and decoded again what it had just let go, 54 KB of the 175 a
// question allocated. Its 2,200 questions come to 1.9 million.
const listCacheBudget = 2 << 20

// decodedList is one term's postings in one segment, as zap gives them,
// each packed in 32 bits (see packPosting): the document's number in the
// segment, its frequency and its length in terms. The numbers ascend. A
// list with a posting that does not fit is kept as unfit, with no
// postings, so that it is not decoded again only to be read from zap.
//
// The postings were a 32-bit number and 16 bits of frequency and length
// apart, 6 bytes each: filling the cache was a fifth of the bytes an /ask
// allocated at 100,000 paragraphs, each new page of it a page fault, and
// a segment of 100,000 documents needs 17 bits of the 32 for the number.
type decodedList struct {
	posts []uint32
	// lenBits is how many low bits of a posting hold the length (see
	// postingBits); the frequency's freqBits are above them, the
	// number above those.
	lenBits uint8
	unfit   bool
}

// size is what a list counts against the budget: its postings, and one
// for an unfit list, so that those too are bounded.
func (l *decodedList) size() int { return max(1, len(l.posts)) }

const (
	// lengthBits bounds the lengths the scores are worked out for from
	// a table (see denTable), and those a decoded posting holds.
	lengthBits = 12
	maxLength  = 1<<lengthBits - 1
	freqBits   = 4
	maxFreq    = 1<<freqBits - 1
)

// postingBits returns how many bits of a decoded posting hold the length
// in a segment of docs documents: those the number and the frequency
// leave, up to lengthBits; ok is false when fewer than 8 are left (a
// segment of more than 2^20 documents), whose lists are read from zap.
func postingBits(docs uint64) (lenBits uint8, ok bool) {
	numBits := bits.Len64(max(docs, 1) - 1)
	left := 32 - freqBits - numBits
	if left < 8 {
		return 0, false
	}
	return uint8(min(left, lengthBits)), true
}

// packPosting packs a posting of document doc, freq occurrences and
// length terms for a list of lenBits; ok is false if one does not fit.
func packPosting(doc, freq, length uint64, lenBits uint8) (p uint32, ok bool) {
	shift := lenBits + freqBits
	if doc > math.MaxUint32>>shift || freq > maxFreq || length >= 1<<lenBits {
		return 0, false
	}
	return uint32(doc<<shift | freq<<lenBits | length), true
}

// unpack returns the number, frequency and length of a posting of l.
func (l *decodedList) unpack(p uint32) (doc, freq, length uint64) {
	return uint64(p >> (l.lenBits + freqBits)), uint64(p>>l.lenBits) & maxFreq, uint64(p) & (1<<l.lenBits - 1)
}

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
//
// A generation's lists are copied into slabs of its own (a list found in
// the previous one is copied into the current one's), so that a
// generation dropped frees whole slabs: lists of a few hundred postings
// to a few thousand, each allocated alone, left the heap fragmented, and
// 2,200 questions at 100k took serving RSS 11 MB above what the lists
// held.
type listCache struct {
	// min is the fewest postings a list kept has; 0 for minListPostings
	// (tests set it).
	min int
	// zapOnly has a search read the lists it does not keep through zap's
	// iterators, not decoded for itself (tests set it).
	zapOnly   bool
	mu        sync.Mutex
	cur, prev map[listKey]*decodedList
	curN      int // postings in cur
	// posts is the current generation's slab, cut from its length on
	posts []uint32
}

// listSlab is how many postings a slab holds: 512 KB.
const listSlab = 128 << 10

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
			l = c.putLocked(k, l)
		}
	}
	return l
}

// put keeps a copy of l and returns it, or nil if l is too long to keep.
func (c *listCache) put(k listKey, l *decodedList) *decodedList {
	if l.size() > listCacheBudget/2 {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.putLocked(k, l)
}

func (c *listCache) putLocked(k listKey, l *decodedList) *decodedList {
	if c.curN+l.size() > listCacheBudget/2 {
		c.prev, c.cur, c.curN = c.cur, nil, 0
		c.posts = nil
	}
	if c.cur == nil {
		c.cur = map[listKey]*decodedList{}
	}
	kept := &decodedList{lenBits: l.lenBits, unfit: l.unfit}
	if n := len(l.posts); n > 0 {
		if cap(c.posts)-len(c.posts) < n {
			c.posts = make([]uint32, 0, max(listSlab, n))
		}
		at := len(c.posts)
		c.posts = append(c.posts, l.posts...)
		kept.posts = c.posts[at : at+n : at+n]
	}
	c.cur[k] = kept
	c.curN += kept.size()
	return kept
}

// decodeList reads a zap postings list whole into l's slice, reused, each
// posting packed in lenBits (see postingBits); ok is false if it is not
// zap's or a posting does not fit (a frequency over 15, a length over
// 2,047 in a segment of 100,000 documents), and then it is read as it is.
// it, if not nil, is an iterator to read it with, reused.
func decodeList(pl segment.PostingsList, l *decodedList, it *zapx.PostingsIterator, lenBits uint8) (bool, error) {
	l.posts, l.lenBits = l.posts[:0], lenBits
	// (made to size at once: grown from nothing, a list of 20,000
	// postings was made some fifteen times over)
	if n := int(pl.Count()); cap(l.posts) < n {
		l.posts = make([]uint32, 0, n)
	}
	var prealloc segment.PostingsIterator
	if it != nil {
		prealloc = it
	}
	z, ok := pl.Iterator(true, true, false, prealloc).(*zapx.PostingsIterator)
	if !ok {
		return false, nil
	}
	for {
		p, err := z.Next()
		if err != nil {
			return false, fmt.Errorf("decode postings: %w", err)
		}
		zp, ok := p.(*zapx.Posting)
		if !ok || zp == nil {
			return p == nil, nil
		}
		packed, ok := packPosting(zp.Number(), zp.Frequency(), zp.NormUint64(), lenBits)
		if !ok {
			return false, nil
		}
		l.posts = append(l.posts, packed)
	}
}

// scratchLists are the lists decodeList decodes into, before the cache
// copies them.
var scratchLists = sync.Pool{New: func() any { return new(decodedList) }}

// openTermCached is openTerm with the term's common lists read from the
// segments' cache, or decoded into it, and its other lists decoded for
// the search alone when it has searchLists.
func openTermCached(segs *segments, s bm25, term string, boost float64) (*termPostings, error) {
	if segs.cache == nil {
		return openTerm(segs, s, term, boost)
	}
	own := segs.own
	t := own.term()
	t.lists, t.decoded = resized(t.lists, len(segs.dicts)), resized(t.decoded, len(segs.dicts))
	t.offsets, t.s, t.boost, t.weight = segs.offsets, s, boost, 1
	for i, d := range segs.dicts {
		clean := segs.clean[i]
		lenBits, fits := postingBits(segs.segs[i].Count())
		unfit := !fits
		if clean && fits {
			if l := segs.cache.get(listKey{segs.segs[i], term}); l != nil && !l.unfit {
				t.decoded[i] = l
				t.docs += uint64(len(l.posts))
				continue
			} else if l != nil {
				unfit = true
			}
		}
		pl, err := d.PostingsList([]byte(term), segs.deleted[i], own.postingsList())
		if err != nil {
			return nil, fmt.Errorf("postings of %q: %w", term, err)
		}
		t.docs += pl.Count()
		if clean && !unfit && pl.Count() >= uint64(segs.cache.minPostings()) {
			scratch := scratchLists.Get().(*decodedList)
			ok, err := decodeList(pl, scratch, own.iterator(), lenBits)
			var kept *decodedList
			switch {
			case err != nil:
			case !ok:
				segs.cache.put(listKey{segs.segs[i], term}, &decodedList{unfit: true})
			default:
				kept = segs.cache.put(listKey{segs.segs[i], term}, scratch)
			}
			scratchLists.Put(scratch)
			if err != nil {
				return nil, fmt.Errorf("postings of %q: %w", term, err)
			}
			if kept != nil {
				own.done(pl)
				t.decoded[i] = kept
				continue
			}
		} else if !unfit && pl.Count() < uint64(segs.cache.minPostings()) {
			l, err := own.decode(pl, lenBits)
			if err != nil {
				return nil, fmt.Errorf("postings of %q: %w", term, err)
			}
			if l != nil {
				t.decoded[i] = l
				continue
			}
		}
		own.keep()
		t.lists[i] = pl
	}
	t.iterate()
	t.idf = s.idf(t.docs)
	return t, nil
}

// searchLists are the lists too short for the cache that one search
// decodes for itself, and the zap postings list and iterator it looks
// terms up and decodes them with, all reused by the searches after it (in
// searchListPool). Looking a short list up and reading it through zap's
// iterators cost a posting list, a bitmap, an iterator and its decoders,
// and again an iterator and decoders for each further range of documents
// read at once: at 100,000 paragraphs, a sixth of what /ask allocated.
// Decoded, the ranges share it. A search's lists are read only; they are
// reused once it is over (release).
type searchLists struct {
	lists []*decodedList // with their slices' room from earlier searches
	n     int            // how many of lists this search uses
	pl    *zapx.PostingsList
	it    *zapx.PostingsIterator
	// terms are the termPostings of the searches' terms (and of their
	// copies for other ranges), with their slices' room, nt of them this
	// search's: a question's 20-40 terms, read in one or two ranges, took
	// a sixth of what /ask allocated at 100,000 paragraphs, each one's
	// scores by frequency making it 384 bytes.
	terms []*termPostings
	nt    int
}

// maxKeptTerms is the most termPostings searchLists keep from one search
// for the next: a question's, read in up to maxRanges ranges.
const maxKeptTerms = 256

// term returns an empty termPostings for the search (its slices' room
// kept from an earlier one), or a new one with no searchLists.
func (s *searchLists) term() *termPostings {
	if s == nil {
		return new(termPostings)
	}
	if s.nt == len(s.terms) {
		s.terms = append(s.terms, new(termPostings))
	}
	t := s.terms[s.nt]
	s.nt++
	t.own = s
	return t
}

var searchListPool = sync.Pool{New: func() any { return new(searchLists) }}

// newSearchLists returns searchLists for a search, to be released.
func newSearchLists() *searchLists { return searchListPool.Get().(*searchLists) }

// postingsList returns the postings list to look a term up into, nil for
// a new one.
func (s *searchLists) postingsList() segment.PostingsList {
	if s == nil || s.pl == nil {
		return nil
	}
	return s.pl
}

// done says that pl, decoded, is read no more: the next term is looked
// up into it.
func (s *searchLists) done(pl segment.PostingsList) {
	if z, ok := pl.(*zapx.PostingsList); ok && s != nil {
		s.pl = z // (zap itself looks up anew into its shared empty list)
	}
}

// keep says that pl, looked up into postingsList, is read as it is: the
// next term is looked up into another.
func (s *searchLists) keep() {
	if s != nil {
		s.pl = nil
	}
}

// iterator returns the iterator to decode a list with, nil for a new one.
func (s *searchLists) iterator() *zapx.PostingsIterator {
	if s == nil {
		return nil
	}
	if s.it == nil {
		s.it = new(zapx.PostingsIterator)
	}
	return s.it
}

// decode decodes pl for this search alone, each posting packed in
// lenBits, and returns nil if it cannot (s is nil, pl is not zap's or a
// posting does not fit).
func (s *searchLists) decode(pl segment.PostingsList, lenBits uint8) (*decodedList, error) {
	if s == nil {
		return nil, nil
	}
	if s.n == len(s.lists) {
		s.lists = append(s.lists, new(decodedList))
	}
	l := s.lists[s.n]
	ok, err := decodeList(pl, l, s.iterator(), lenBits)
	if err != nil || !ok {
		return nil, err
	}
	s.n++
	s.done(pl)
	return l, nil
}

// release gives the lists back for another search, which may change them:
// the search must be over.
func (s *searchLists) release() {
	if s == nil {
		return
	}
	s.n = 0
	for _, t := range s.terms[:s.nt] {
		// (holding no list, iterator or segment of the search)
		its, zaps, lists, decoded := t.its[:cap(t.its)], t.zaps[:cap(t.zaps)], t.lists[:cap(t.lists)], t.decoded[:cap(t.decoded)]
		clear(its)
		clear(zaps)
		clear(lists)
		clear(decoded)
		*t = termPostings{its: its[:0], zaps: zaps[:0], lists: lists[:0], decoded: decoded[:0]}
	}
	s.nt = 0
	if len(s.terms) > maxKeptTerms {
		s.terms = s.terms[:maxKeptTerms:maxKeptTerms]
	}
	searchListPool.Put(s)
}

// nextDecoded returns the next posting of the decoded list of the
// segment being read; ok is false at its end.
func (t *termPostings) nextDecoded(l *decodedList) (doc uint64, score float64, ok bool) {
	if t.pos >= len(l.posts) {
		return 0, 0, false
	}
	doc, freq, length := l.unpack(l.posts[t.pos])
	t.pos++
	return doc + t.offsets[t.seg], t.scoreOfLength(freq, length), true
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
	if t.s.den == nil {
		for ; i < len(l.posts); i++ {
			doc, freq, length := l.unpack(l.posts[i])
			d := doc + off
			if d >= hi {
				break
			}
			if d >= lo {
				acc.addAlt(d, t.scoreOfLength(freq, length))
			}
		}
		t.pos = i
		return
	}
	// scoreOfLength, written out: a posting's frequency and length are
	// always in the table's range, and the call for every posting was a
	// twentieth of /ask's instructions at 100,000 paragraphs.
	w, rows := t.weight, &t.s.den.rows
	lb := l.lenBits
	shift, lenMask := lb+freqBits, uint32(1)<<lb-1
	for ; i < len(l.posts); i++ {
		p := l.posts[i]
		d := uint64(p>>shift) + off
		if d >= hi {
			break
		}
		if d >= lo {
			f := p >> lb & maxFreq
			row := rows[f].Load()
			if row == nil {
				row = t.s.den.row(uint64(f))
			}
			num := t.num[f]
			if num == 0 {
				num = t.numerator(uint64(f))
			}
			score := num / row[p&lenMask]
			if w != 1.0 {
				score = score * w
			}
			acc.addAlt(d, score)
		}
	}
	t.pos = i
}

// advanceDecoded moves to the first posting of the decoded list of the
// segment being read at or after doc, a number in the segment.
//
// It gallops from the posting it is at, then searches the last step: a
// conjunction advances its common terms' lists to documents a few
// postings on, which a search of the whole rest of a list found in as
// many steps as the list is long in bits.
func (t *termPostings) advanceDecoded(l *decodedList, doc uint64) (at uint64, score float64, ok bool) {
	// (a posting's number is in its top bits: it is at or after doc
	// when the posting is at or after doc shifted there)
	target := doc << (l.lenBits + freqBits)
	lo, hi, step := t.pos, t.pos, 1
	for hi < len(l.posts) && uint64(l.posts[hi]) < target {
		lo = hi + 1
		hi += step
		step *= 2
	}
	hi = min(hi, len(l.posts))
	rest := l.posts[lo:hi]
	t.pos = lo + sort.Search(len(rest), func(i int) bool { return uint64(rest[i]) >= target })
	return t.nextDecoded(l)
}

// lengthNorm is zapx's Posting.Norm of a posting whose NormUint64 is length.
func lengthNorm(length uint64) float64 {
	return float64(float32(1.0 / math.Sqrt(float64(uint32(length)))))
}
