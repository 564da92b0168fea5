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
)

// indexHit is a document of the index and its score.
type indexHit struct {
	id    string
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
// alternative's postings once, in turn, and adds its scores up per
// document; a term's postings it reads and scores itself (termPostings),
// a conjunction's through bleve's searcher.
func (e *Engine) searchGroups(ctx context.Context, groups [][]query.Query, k int) ([]indexHit, error) {
	return e.searchGroupsIn(ctx, groups, k, searchRanges)
}

// searchGroupsIn is searchGroups with the documents read in as many ranges
// at once as ranges says for so many postings and documents.
func (e *Engine) searchGroupsIn(ctx context.Context, groups [][]query.Query, k int, ranges func(postings, docs uint64) int) ([]indexHit, error) {
	adv, err := e.index.Advanced()
	if err != nil {
		return nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	m := e.index.Mapping()
	ctx, model := scoringContext(ctx, m)
	stats, ours, err := newBM25(r, "text")
	if err != nil {
		return nil, err
	}
	ours = ours && model == index.BM25Scoring

	// The postings, all opened before any is read: the query norm comes
	// from all their weights.
	segs, err := newSegments(r, stats.field)
	if err != nil {
		return nil, err
	}
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
		p, err := openGroups(ctx, r, segs, m, stats, ours, groups)
		ps = append(ps, p)
		if err != nil {
			return nil, err
		}
		p.setQueryNorm(norm)
	}
	bests := make([][]docScore, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := 1; i < n; i++ {
		wg.Go(func() {
			bests[i], errs[i] = ps[i].best(ctx, rangeStart(i, n, stats.docs), rangeStart(i+1, n, stats.docs), k)
		})
	}
	bests[0], errs[0] = first.best(ctx, 0, rangeStart(1, n, stats.docs), k)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	best := bests[0]
	if n > 1 {
		best = slices.Concat(bests...)
		slices.SortFunc(best, func(x, y docScore) int {
			if worse(y, x) {
				return -1
			}
			return 1
		})
		best = best[:min(k, len(best))]
	}
	hits := make([]indexHit, len(best))
	for i, b := range best {
		id, err := r.ExternalID(index.NewIndexInternalID(nil, b.doc))
		if err != nil {
			return nil, err
		}
		hits[i] = indexHit{id: id, score: b.score}
	}
	return hits, nil
}

// minRangePostings is the fewest postings a range of documents is given
// to read: below it, a goroutine and a second set of postings cost more
// than they spare.
const minRangePostings = 20000

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
	ones     *oneHits
	weights  float64 // their weights, for the query norm
	postings uint64  // how many postings they have, at most
	pool     int     // the largest document match pool a searcher needs
}

// openGroups opens the postings of the groups' alternatives; the
// postings are to be closed even when it fails.
func openGroups(ctx context.Context, r index.IndexReader, segs *segments, m mapping.IndexMapping, stats bm25, ours bool, groups [][]query.Query) (*groupPostings, error) {
	p := &groupPostings{alts: make([][]altPostings, len(groups)), ones: oneHitPool.Get().(*oneHits), pool: 1}
	for i, g := range groups {
		for _, q := range g {
			a, err := openAlt(ctx, r, segs, m, stats, ours, p.ones, q)
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
	oneHitPool.Put(p.ones)
}

// best reads the postings of documents lo to hi (not included) and
// returns the best k of them.
func (p *groupPostings) best(ctx context.Context, lo, hi uint64, k int) ([]docScore, error) {
	acc := sums.Get().(*accumulator)
	defer acc.release()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(p.pool, 0)}
	for _, as := range p.alts {
		for _, a := range as {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if err := a.addTo(acc, sctx, lo, hi); err != nil {
				return nil, err
			}
		}
		acc.endGroup(len(as))
	}
	return acc.best(len(p.alts), k), nil
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
// other query's, through its bleve searcher.
type altPostings struct {
	own      scoredPostings
	searcher search.Searcher
}

// openAlt opens q's postings; ours says whether a term query's, or a
// conjunction's of them, in the field of stats, are read by our own
// postings (which score by BM25 only).
func openAlt(ctx context.Context, r index.IndexReader, segs *segments, m mapping.IndexMapping, stats bm25, ours bool, ones *oneHits, q query.Query) (altPostings, error) {
	if ours {
		switch q := q.(type) {
		case *query.TermQuery:
			if fieldOf(q, m) == stats.field {
				t, err := openTerm(segs, stats, ones, q.Term, q.BoostVal.Value())
				if err != nil {
					return altPostings{}, err
				}
				return altPostings{own: t}, nil
			}
		case *query.ConjunctionQuery:
			c, err := openConj(segs, m, stats, ones, q)
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

// addTo reads the postings of documents lo to hi (not included) and adds
// their scores to acc's current group.
func (a altPostings) addTo(acc *accumulator, sctx *search.SearchContext, lo, hi uint64) error {
	if p := a.own; p != nil {
		var doc uint64
		var score float64
		var ok bool
		var err error
		if lo > 0 {
			doc, score, ok, err = p.advance(lo)
		} else {
			doc, score, ok, err = p.next()
		}
		for ; ok && doc < hi; doc, score, ok, err = p.next() {
			acc.addAlt(doc, score)
		}
		return err
	}
	var dm *search.DocumentMatch
	var err error
	if lo > 0 {
		dm, err = a.searcher.Advance(sctx, index.NewIndexInternalID(nil, lo))
	} else {
		dm, err = a.searcher.Next(sctx)
	}
	for ; err == nil && dm != nil; dm, err = a.searcher.Next(sctx) {
		doc := dm.IndexInternalID.Value()
		if doc >= hi {
			sctx.DocumentMatchPool.Put(dm)
			return nil
		}
		acc.addAlt(doc, dm.Score)
		sctx.DocumentMatchPool.Put(dm)
	}
	return err
}

// Close closes the postings.
func (a altPostings) Close() error {
	if a.searcher != nil {
		return a.searcher.Close()
	}
	return nil
}

// accumulator adds scores up per document number. Its array grows to the
// largest document number seen and is kept between searches (in sums), so
// that a search allocates nothing in proportion to the postings it reads.
// A document's sums sit together, in one cache line: the postings of a
// large coverage reach documents all over the array, and four arrays
// side by side cost four misses where one costs one.
type accumulator struct {
	sums    []docSums
	inGroup []uint64 // the documents the current group matched
	docs    []uint64 // the documents any group matched
}

// docSums is what the accumulator holds of a document.
type docSums struct {
	groupSum float64 // the current group's sum
	total    float64 // the finished groups' scores
	groupN   int32   // how many of the current group's alternatives matched
	groupsN  int32   // how many groups matched
}

var sums = sync.Pool{New: func() any { return new(accumulator) }}

func (a *accumulator) addAlt(doc uint64, score float64) {
	if doc >= uint64(len(a.sums)) {
		a.grow(doc)
	}
	s := &a.sums[doc]
	if s.groupN == 0 {
		a.inGroup = append(a.inGroup, doc)
	}
	s.groupSum += score
	s.groupN++
}

func (a *accumulator) grow(doc uint64) {
	n := max(int(doc)+1, 2*len(a.sums))
	a.sums = slices.Grow(a.sums, n-len(a.sums))[:n]
}

// endGroup folds the current group, of alts alternatives, into the totals:
// its sum times the share of its alternatives that matched.
func (a *accumulator) endGroup(alts int) {
	for _, d := range a.inGroup {
		s := &a.sums[d]
		if s.groupsN == 0 {
			a.docs = append(a.docs, d)
		}
		s.total += s.groupSum * (float64(s.groupN) / float64(alts))
		s.groupsN++
		s.groupSum, s.groupN = 0, 0
	}
	a.inGroup = a.inGroup[:0]
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

// best returns the k best documents, best first, each scored as its sum
// times the share of the groups it matched.
func (a *accumulator) best(groups, k int) []docScore {
	top := make([]docScore, 0, k) // a min-heap by worse
	for _, d := range a.docs {
		s := &a.sums[d]
		c := docScore{d, s.total * (float64(s.groupsN) / float64(groups))}
		switch {
		case len(top) < k:
			top = append(top, c)
			for i := len(top) - 1; i > 0; {
				p := (i - 1) / 2
				if !worse(top[i], top[p]) {
					break
				}
				top[i], top[p] = top[p], top[i]
				i = p
			}
		case k > 0 && worse(top[0], c):
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
	}
	slices.SortFunc(top, func(x, y docScore) int {
		if worse(y, x) {
			return -1
		}
		return 1
	})
	return top
}

// release clears what the search wrote and returns the accumulator to sums.
func (a *accumulator) release() {
	for _, d := range a.docs {
		a.sums[d] = docSums{}
	}
	for _, d := range a.inGroup { // a search stopped inside a group
		a.sums[d] = docSums{}
	}
	a.docs, a.inGroup = a.docs[:0], a.inGroup[:0]
	sums.Put(a)
}
