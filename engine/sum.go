package engine

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/coveragebot/coveragebot/knowledge"
)

// indexHit is a paragraph of the index and its score.
type indexHit struct {
	ref   knowledge.Ref
	score float64
}

// searchGroups scores the index's documents as bleve scores a disjunction of
// disjunctions, one per group of alternative queries, and returns the best k,
// best first: the same term scores (BM25, boosts, the query norm), each
// group's sum times the share of its alternatives that match, the groups'
// sum times the share of groups that match, ties to the earlier document.
// (Bleve ignores a disjunction's own boost, and so does this.)
//
// It differs in how: bleve walks every posting list of every alternative in
// step, document by document, merging them through heaps, which on a large
// coverage costs several times reading the postings. This reads each
// alternative's postings once, a block of document numbers at a time (see
// groupPostings.best), and adds its scores up per document; a term's
// postings and a conjunction of terms' it reads and scores itself
// (termPostings, conjPostings), any other query's through bleve's searcher.
func (e *Engine) searchGroups(ctx context.Context, groups [][]query.Query, k int) ([]indexHit, error) {
	return e.searchGroupsIn(ctx, groups, k, searchRanges, blockDocs)
}

// searchGroupsIn is searchGroups with the documents read in as many ranges
// at once as ranges says for so many postings and documents, each range in
// blocks of block document numbers (at most blockDocs).
func (e *Engine) searchGroupsIn(ctx context.Context, groups [][]query.Query, k int, ranges func(postings, docs uint64) int, block uint64) ([]indexHit, error) {
	hits, err := e.searchIn(ctx, groups, k, ranges, block, true)
	if errors.Is(err, errNaN) {
		// A score that is no number (boosts of 0 alone make the query
		// norm infinite) is neither better nor worse than any: the order
		// the heap leaves it in is kept.
		return e.searchIn(ctx, groups, k, ranges, block, false)
	}
	return hits, err
}

// errNaN says that a search keeping its best documents by selection met a
// score that is no number.
var errNaN = errors.New("a score is not a number")

// searchIn is searchGroupsIn, keeping each range's best k by selection
// when sel is true (see topK), else in a heap.
func (e *Engine) searchIn(ctx context.Context, groups [][]query.Query, k int, ranges func(postings, docs uint64) int, block uint64, sel bool) ([]indexHit, error) {
	block = min(max(block, 1), blockDocs) // an accumulator holds blockDocs
	r, segs, err := e.textSegments()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	if !e.lists.zapOnly {
		// (released last, once every range's postings are closed)
		segs.own = newSearchLists()
		defer segs.own.release()
	}
	m := e.index.Mapping()
	ctx, model := scoringContext(ctx, m)
	stats, ours, err := newBM25(r, "text")
	if err != nil {
		return nil, err
	}
	ours = ours && model == index.BM25Scoring
	if ours {
		stats.den = e.denFor(stats)
	}

	// The postings, all opened before any is read: the query norm comes
	// from all their weights.
	first, err := openGroups(ctx, r, segs, m, stats, ours, groups)
	defer first.close()
	if err != nil {
		return nil, err
	}
	norm := 1 / math.Sqrt(first.weights)
	first.setQueryNorm(norm)

	// A search with many postings reads the documents in ranges at once,
	// each range with postings of its own.
	n := ranges(first.postings, stats.docs)
	ps := []*groupPostings{first}
	defer func() {
		for _, p := range ps[1:] {
			p.close()
		}
	}()
	for len(ps) < n {
		p, err := first.again(ctx, r, m, groups)
		ps = append(ps, p)
		if err != nil {
			return nil, err
		}
		p.setQueryNorm(norm)
	}
	bests := make([][]docScore, n)
	if sel {
		defer func() {
			for _, b := range bests {
				if b != nil {
					b = b[:0]
					topRoom.Put(&b)
				}
			}
		}()
	}
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := 1; i < n; i++ {
		wg.Go(func() {
			bests[i], errs[i] = ps[i].best(ctx, rangeStart(i, n, stats.docs), rangeStart(i+1, n, stats.docs), k, block, sel)
		})
	}
	bests[0], errs[0] = first.best(ctx, 0, rangeStart(1, n, stats.docs), k, block, sel)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	room := refRooms.Get().(*refRoom)
	defer room.release()
	best := bests[0]
	if n > 1 {
		best = room.best[:0]
		for _, b := range bests {
			best = append(best, b...)
		}
		room.best = best
		slices.SortFunc(best, func(x, y docScore) int {
			if worse(y, x) {
				return -1
			}
			return 1
		})
		best = best[:min(k, len(best))]
	}
	docs, refs, oks := resized(room.docs, len(best)), resized(room.refs, len(best)), resized(room.oks, len(best))
	room.docs, room.refs, room.oks = docs, refs, oks
	for i, b := range best {
		docs[i] = b.doc
	}
	if err := e.docRefs.refsInto(r, segs, docs, e.vocab, refs, oks); err != nil {
		return nil, err
	}
	hits := hitRooms.borrow(len(best))
	for i, b := range best {
		if oks[i] {
			hits = append(hits, indexHit{ref: refs[i], score: b.score})
		}
	}
	return hits, nil
}

// refRoom is where a search looks up the paragraphs of its best
// documents, kept from search to search in refRooms: made for each, they
// were 5 KB of the 140 an /ask allocated at 100,000 paragraphs.
type refRoom struct {
	docs []uint64
	refs []knowledge.Ref
	oks  []bool
	// best is where the best of each range are put together, when
	// there are several (made for each search, 2.6 KB a question)
	best []docScore
}

// hitRooms keeps the slices of hits searches return from question to
// question: made for each, they were 3.4 KB of the 125 an /ask allocated
// at 100,000 paragraphs, each new page of them a page fault until the
// next collection.
var hitRooms rooms[indexHit]

var refRooms = sync.Pool{New: func() any { return new(refRoom) }}

// release gives the room back, holding no article's name.
func (r *refRoom) release() {
	clear(r.refs)
	refRooms.Put(r)
}

// minRangePostings is the fewest postings a range of documents is given
// to read: below it, a goroutine and a second set of iterators cost more
// than they spare. (The ranges share the postings lists looked up in the
// dictionaries, which for a question of 20-40 alternatives cost as much as
// reading 2,000-3,000 postings; when each range looked its own up, the
// fewest was 20,000.)
const minRangePostings = 4000

// maxRanges bounds how many ranges one search is read in.
const maxRanges = 4

// searchRanges is how many ranges of documents a search reads at once:
// one a core, each with at least minRangePostings postings to read.
func searchRanges(postings uint64, docs uint64) int {
	n := min(runtime.GOMAXPROCS(0), maxRanges, int(postings/minRangePostings))
	if docs < uint64(2*n) {
		return 1
	}
	return max(1, n)
}

// rangeStart is the first document number of range i of n: the numbers up
// to the index's document count cut into equal parts, the last open-ended
// (numbers of deleted documents come after).
func rangeStart(i, n int, docs uint64) uint64 {
	if i >= n {
		return math.MaxUint64
	}
	return docs * uint64(i) / uint64(n)
}

// groupPostings is the postings of a search's groups of alternatives.
type groupPostings struct {
	alts     [][]altPostings
	weights  float64 // their weights, for the query norm
	postings uint64  // how many postings they have, at most
	pool     int     // the largest document match pool a searcher needs
}

// openGroups opens the postings of the groups' alternatives; the
// postings are to be closed even when it fails.
func openGroups(ctx context.Context, r index.IndexReader, segs *segments, m mapping.IndexMapping, stats bm25, ours bool, groups [][]query.Query) (*groupPostings, error) {
	p := &groupPostings{alts: altRoom(groups), pool: 1}
	for i, g := range groups {
		for _, q := range g {
			a, err := openAlt(ctx, r, segs, m, stats, ours, q)
			if err != nil {
				return p, err
			}
			p.alts[i] = append(p.alts[i], a)
			p.weights += a.Weight()
			if a.searcher != nil {
				p.pool = max(p.pool, a.searcher.DocumentMatchPoolSize())
			}
			p.postings += a.count()
		}
	}
	return p, nil
}

// altRoom returns a group's empty slice of alternatives for each of
// groups, all in one array: each grown from nothing, they were a tenth of
// what /ask allocated at 100,000 paragraphs.
func altRoom(groups [][]query.Query) [][]altPostings {
	n := 0
	for _, g := range groups {
		n += len(g)
	}
	all := make([]altPostings, n)
	alts := make([][]altPostings, len(groups))
	for i, g := range groups {
		alts[i], all = all[:0:len(g)], all[len(g):]
	}
	return alts
}

// again opens the same postings again, unread, for another range of
// documents: our own postings share the lists p looked up in the
// segments' dictionaries; any other query gets a searcher of its own. The
// postings are to be closed even when it fails.
func (p *groupPostings) again(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, groups [][]query.Query) (*groupPostings, error) {
	a := &groupPostings{alts: altRoom(groups), weights: p.weights, postings: p.postings, pool: p.pool}
	for i, as := range p.alts {
		for j, alt := range as {
			if alt.own != nil {
				own := alt.own.again()
				t, _ := own.(*termPostings)
				a.alts[i] = append(a.alts[i], altPostings{own: own, term: t})
				continue
			}
			s, err := groups[i][j].Searcher(ctx, r, m, search.SearcherOptions{})
			if err != nil {
				return a, fmt.Errorf("searcher: %w", err)
			}
			a.alts[i] = append(a.alts[i], altPostings{searcher: s})
		}
	}
	return a, nil
}

func (p *groupPostings) setQueryNorm(norm float64) {
	for _, as := range p.alts {
		for _, a := range as {
			a.SetQueryNorm(norm)
		}
	}
}

func (p *groupPostings) close() {
	for _, as := range p.alts {
		for _, a := range as {
			a.Close()
		}
	}
}

// blockDocs is how many document numbers a search adds up at a time: their
// sums, 24 bytes a document, stay in a core's own cache (192 KB), where an
// array for the whole coverage (2.4 MB at 100,000 paragraphs) was a cache
// miss for nearly every posting once other commands had run in between.
const blockDocs = 8192

// best reads the postings of documents lo to hi (not included) and returns
// the best k of them. It reads them a block of document numbers at a time:
// every alternative's postings in the block, group by group, then the
// block's documents are scored and the next block starts where the first
// posting left unread is. A document's scores are added in the same order
// as reading each alternative whole would add them. sel says how to keep
// the best k (see topK); with sel, it fails with errNaN on a score that is
// no number.
func (p *groupPostings) best(ctx context.Context, lo, hi uint64, k int, block uint64, sel bool) ([]docScore, error) {
	acc := sums.Get().(*accumulator)
	defer acc.release()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(p.pool, 0)}
	// (room for the best k at once, where growing the heap allocated
	// twice as much, a twentieth of what /ask allocated at 100,000
	// paragraphs)
	top := topK{k: k, sel: sel}
	if sel {
		room := topRoom.Get().(*[]docScore)
		top.heap = (*room)[:0]
	} else {
		top.heap = make([]docScore, 0, min(max(k, 0), maxTopRoom))
	}
	for start := lo; start < hi; {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		end := hi
		if hi-start > block {
			end = start + block
		}
		acc.begin(start)
		next := uint64(math.MaxUint64) // the first document left unread
		for _, as := range p.alts {
			for i := range as {
				if err := as[i].addTo(acc, sctx, start, end); err != nil {
					return nil, err
				}
				if d, ok := as[i].pending(); ok {
					next = min(next, d)
				}
			}
			acc.endGroup(len(as))
		}
		acc.collect(&top, len(p.alts))
		start = max(end, next)
	}
	if top.nan {
		return nil, errNaN
	}
	return top.sorted(), nil
}

// scoringContext tells bleve's searchers the mapping's scoring model, as
// bleve's own Search does, and returns it.
func scoringContext(ctx context.Context, m mapping.IndexMapping) (context.Context, string) {
	model := index.DefaultScoringModel
	if im, ok := m.(*mapping.IndexMappingImpl); ok && im.ScoringModel == index.BM25Scoring {
		model = index.BM25Scoring
	}
	return context.WithValue(ctx, search.GetScoringModelCallbackKey,
		search.GetScoringModelCallbackFn(func() string { return model })), model
}

// altPostings is one alternative's scored postings: a term's or a
// conjunction's of terms, read by termPostings or conjPostings, or any
// other query's, through its bleve searcher. It is read in order, a range
// of documents at a time, and holds the first posting past the range
// read last.
type altPostings struct {
	own scoredPostings
	// term is own when it is a term's postings, which may be read from
	// decoded lists in bulk
	term     *termPostings
	searcher search.Searcher
	begun    bool
	// the posting read and not yet added: at doc, scored score; ok is
	// false at the end of the postings
	doc   uint64
	score float64
	ok    bool
	err   error
}

// openAlt opens q's postings; ours says whether a term query's, or a
// conjunction's of them, in the field of stats, are read by our own
// postings (which score by BM25 only).
func openAlt(ctx context.Context, r index.IndexReader, segs *segments, m mapping.IndexMapping, stats bm25, ours bool, q query.Query) (altPostings, error) {
	if ours {
		switch q := q.(type) {
		case *query.TermQuery:
			if fieldOf(q, m) == stats.field {
				t, err := openTermCached(segs, stats, q.Term, q.BoostVal.Value())
				if err != nil {
					return altPostings{}, err
				}
				return altPostings{own: t, term: t}, nil
			}
		case *query.ConjunctionQuery:
			c, err := openConj(segs, m, stats, q)
			if err != nil {
				return altPostings{}, err
			}
			if c != nil {
				return altPostings{own: c}, nil
			}
		}
	}
	s, err := q.Searcher(ctx, r, m, search.SearcherOptions{})
	if err != nil {
		return altPostings{}, fmt.Errorf("searcher: %w", err)
	}
	return altPostings{searcher: s}, nil
}

// Weight is the alternative's share of the query norm.
func (a altPostings) Weight() float64 {
	if a.own != nil {
		return a.own.Weight()
	}
	return a.searcher.Weight()
}

// SetQueryNorm sets the query norm.
func (a altPostings) SetQueryNorm(norm float64) {
	if a.own != nil {
		a.own.SetQueryNorm(norm)
		return
	}
	a.searcher.SetQueryNorm(norm)
}

// count is how many postings the alternative has, or at most has.
func (a altPostings) count() uint64 {
	if a.own != nil {
		return a.own.count()
	}
	return a.searcher.Count()
}

// addTo adds the scores of the postings of documents lo to hi (not
// included) to acc's current group. lo is where the last call's range
// ended, or past it; the first call skips to lo.
func (a *altPostings) addTo(acc *accumulator, sctx *search.SearchContext, lo, hi uint64) error {
	if !a.begun {
		a.begun = true
		if lo > 0 {
			a.advance(sctx, lo)
		} else {
			a.next(sctx)
		}
	}
	for a.ok && a.doc < hi {
		if a.doc >= lo {
			acc.addAlt(a.doc, a.score)
		}
		if a.term != nil {
			a.term.addDecoded(acc, lo, hi)
		}
		a.next(sctx)
	}
	return a.err
}

// pending returns the document of the posting read and not yet added.
func (a *altPostings) pending() (uint64, bool) { return a.doc, a.ok }

func (a *altPostings) next(sctx *search.SearchContext) {
	if a.own != nil {
		a.doc, a.score, a.ok, a.err = a.own.next()
		return
	}
	dm, err := a.searcher.Next(sctx)
	a.match(sctx, dm, err)
}

func (a *altPostings) advance(sctx *search.SearchContext, doc uint64) {
	if a.own != nil {
		a.doc, a.score, a.ok, a.err = a.own.advance(doc)
		return
	}
	dm, err := a.searcher.Advance(sctx, index.NewIndexInternalID(nil, doc))
	a.match(sctx, dm, err)
}

// match holds a bleve searcher's next match, and gives it back to the pool.
func (a *altPostings) match(sctx *search.SearchContext, dm *search.DocumentMatch, err error) {
	a.ok, a.err = err == nil && dm != nil, err
	if a.ok {
		a.doc, a.score = dm.IndexInternalID.Value(), dm.Score
		sctx.DocumentMatchPool.Put(dm)
	}
}

// Close closes the postings.
func (a altPostings) Close() error {
	if a.searcher != nil {
		return a.searcher.Close()
	}
	return nil
}

// accumulator adds scores up per document number, for one block of
// document numbers at a time (from base). Its array is kept between
// searches (in sums), so that a search allocates nothing in proportion to
// the postings it reads. A document's sums sit together, in one cache
// line, where four arrays side by side cost four misses.
type accumulator struct {
	base    uint64
	sums    []docSums
	inGroup []uint32 // the documents the current group matched, from base
	docs    []uint32 // the documents any group matched, from base
}

// docSums is what the accumulator holds of a document.
type docSums struct {
	groupSum float64 // the current group's sum
	total    float64 // the finished groups' scores
	groupN   int32   // how many of the current group's alternatives matched
	groupsN  int32   // how many groups matched
}

var sums = sync.Pool{New: func() any { return &accumulator{sums: make([]docSums, blockDocs)} }}

// begin starts the block of document numbers from base, blockDocs of
// them; the block before must have been collected.
func (a *accumulator) begin(base uint64) { a.base = base }

func (a *accumulator) addAlt(doc uint64, score float64) {
	i := uint32(doc - a.base)
	s := &a.sums[i]
	if s.groupN == 0 {
		a.inGroup = append(a.inGroup, i)
	}
	s.groupSum += score
	s.groupN++
}

// endGroup folds the current group, of alts alternatives, into the totals:
// its sum times the share of its alternatives that matched.
func (a *accumulator) endGroup(alts int) {
	for _, i := range a.inGroup {
		s := &a.sums[i]
		if s.groupsN == 0 {
			a.docs = append(a.docs, i)
		}
		s.total += s.groupSum * (float64(s.groupN) / float64(alts))
		s.groupsN++
		s.groupSum, s.groupN = 0, 0
	}
	a.inGroup = a.inGroup[:0]
}

// collect offers the block's documents to top, each scored as its sum
// times the share of the groups it matched, and clears the block.
func (a *accumulator) collect(top *topK, groups int) {
	for _, i := range a.docs {
		s := &a.sums[i]
		c := docScore{a.base + uint64(i), s.total * (float64(s.groupsN) / float64(groups))}
		// Most documents do not make the best k once it is full: they
		// are ruled out here, as offer would, without the call.
		switch {
		case !top.sel:
			if top.k > 0 && (len(top.heap) < top.k || worse(top.heap[0], c)) {
				top.offer(c)
			}
		case c.score != c.score:
			top.nan = true
		case top.k > 0 && (!top.full || worse(top.floor, c)):
			top.add(c)
		}
		*s = docSums{}
	}
	a.docs = a.docs[:0]
}

// release clears what the search wrote and returns the accumulator to sums.
func (a *accumulator) release() {
	for _, i := range a.docs {
		a.sums[i] = docSums{}
	}
	for _, i := range a.inGroup { // a search stopped inside a group
		a.sums[i] = docSums{}
	}
	a.docs, a.inGroup = a.docs[:0], a.inGroup[:0]
	sums.Put(a)
}

type docScore struct {
	doc   uint64
	score float64
}

// worse orders scores as bleve's collector does: lower score, then later
// document.
func worse(x, y docScore) bool {
	if x.score != y.score {
		return x.score < y.score
	}
	return x.doc > y.doc
}

// maxTopRoom bounds the room a search's topK is given at once.
const maxTopRoom = 1024

// topK keeps the k best documents offered: a min-heap by worse, or with
// sel, by selection: the documents offered are added to heap as they come
// until it holds 2k, and then the best k of them are selected and the
// rest dropped, the worst kept becoming the floor a document must beat to
// be added. A search's documents come in order of their numbers, not of
// their scores, and a heap took a thousand of them in place of its worst
// at every question of the 100k bench, each sifted down eight levels:
// selection compares a document about four times. Both keep the same
// best k, in the same order, unless a score is no number, which worse
// orders inconsistently: a heap's order then depends on how it was
// built, which is kept by searching again without sel (nan says so).
type topK struct {
	k    int
	heap []docScore
	sel  bool
	// full is whether heap has been cut to the best k, whose worst is
	// floor
	full  bool
	floor docScore
	nan   bool // a score was no number
}

// add adds a document better than the floor, or any while not full, to
// a topK kept by selection.
func (t *topK) add(c docScore) {
	t.heap = append(t.heap, c)
	if len(t.heap) >= 2*t.k {
		selectBest(t.heap, t.k)
		t.heap = t.heap[:t.k]
		t.floor, t.full = t.heap[0], true
		for _, d := range t.heap[1:] {
			if worse(d, t.floor) {
				t.floor = d
			}
		}
	}
}

// selectBest moves the k best of s, by worse, to s[:k], in no order:
// Hoare's selection, on the median of three. The documents differ (no
// two have a number), and no score is NaN, so that worse orders them all.
func selectBest(s []docScore, k int) {
	lo, hi := 0, len(s)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		// the median of s[lo], s[mid], s[hi] as pivot
		if worse(s[lo], s[mid]) {
			s[lo], s[mid] = s[mid], s[lo]
		}
		if worse(s[mid], s[hi]) {
			s[mid], s[hi] = s[hi], s[mid]
			if worse(s[lo], s[mid]) {
				s[lo], s[mid] = s[mid], s[lo]
			}
		}
		pivot := s[mid]
		i, j := lo, hi
		for i <= j {
			for worse(pivot, s[i]) {
				i++
			}
			for worse(s[j], pivot) {
				j--
			}
			if i <= j {
				s[i], s[j] = s[j], s[i]
				i++
				j--
			}
		}
		switch {
		case k-1 <= j:
			hi = j
		case k-1 >= i:
			lo = i
		default:
			return
		}
	}
}

func (t *topK) offer(c docScore) {
	top := t.heap
	switch {
	case len(top) < t.k:
		top = append(top, c)
		for i := len(top) - 1; i > 0; {
			p := (i - 1) / 2
			if !worse(top[i], top[p]) {
				break
			}
			top[i], top[p] = top[p], top[i]
			i = p
		}
	case t.k > 0 && worse(top[0], c):
		top[0] = c
		for i := 0; ; {
			l, m := 2*i+1, i
			if l < len(top) && worse(top[l], top[m]) {
				m = l
			}
			if l+1 < len(top) && worse(top[l+1], top[m]) {
				m = l + 1
			}
			if m == i {
				break
			}
			top[i], top[m] = top[m], top[i]
			i = m
		}
	}
	t.heap = top
}

// sorted returns the documents kept, best first.
func (t *topK) sorted() []docScore {
	if t.sel && len(t.heap) > t.k {
		k := max(t.k, 0)
		selectBest(t.heap, k)
		t.heap = t.heap[:k]
	}
	slices.SortFunc(t.heap, func(x, y docScore) int {
		if worse(y, x) {
			return -1
		}
		return 1
	})
	return t.heap
}

// topRoom keeps the room of topKs kept by selection from search to
// search: twice the best k, 6 KB for /ask's.
var topRoom = sync.Pool{New: func() any { return new([]docScore) }}
