package engine

import (
	"context"
	"fmt"
	"math"
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
// document.
func (e *Engine) searchGroups(ctx context.Context, groups [][]query.Query, k int) ([]indexHit, error) {
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
	model := index.DefaultScoringModel
	if im, ok := m.(*mapping.IndexMappingImpl); ok && im.ScoringModel == index.BM25Scoring {
		model = index.BM25Scoring
	}
	ctx = context.WithValue(ctx, search.GetScoringModelCallbackKey,
		search.GetScoringModelCallbackFn(func() string { return model }))

	// The searchers, all made before any is read: the query norm comes
	// from all their weights.
	searchers := make([][]search.Searcher, len(groups))
	defer func() {
		for _, ss := range searchers {
			for _, s := range ss {
				s.Close()
			}
		}
	}()
	var weights float64
	pool := 1
	for i, g := range groups {
		for _, q := range g {
			s, err := q.Searcher(ctx, r, m, search.SearcherOptions{})
			if err != nil {
				return nil, fmt.Errorf("searcher: %w", err)
			}
			searchers[i] = append(searchers[i], s)
			weights += s.Weight()
			pool = max(pool, s.DocumentMatchPoolSize())
		}
	}
	norm := 1 / math.Sqrt(weights)
	for _, ss := range searchers {
		for _, s := range ss {
			s.SetQueryNorm(norm)
		}
	}

	acc := sums.Get().(*accumulator)
	defer acc.release()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(pool, 0)}
	for _, ss := range searchers {
		for _, s := range ss {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			for {
				dm, err := s.Next(sctx)
				if err != nil {
					return nil, err
				}
				if dm == nil {
					break
				}
				acc.addAlt(dm.IndexInternalID.Value(), dm.Score)
				sctx.DocumentMatchPool.Put(dm)
			}
		}
		acc.endGroup(len(ss))
	}
	best := acc.best(len(groups), k)
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

// accumulator adds scores up per document number. Its arrays grow to the
// largest document number seen and are kept between searches (in sums),
// so that a search allocates nothing in proportion to the postings it reads.
type accumulator struct {
	groupSum []float64 // the current group's sum, by document
	groupN   []int32   // how many of its alternatives matched
	inGroup  []uint64  // the documents the current group matched
	total    []float64 // the finished groups' scores
	groupsN  []int32   // how many groups matched
	docs     []uint64  // the documents any group matched
}

var sums = sync.Pool{New: func() any { return new(accumulator) }}

func (a *accumulator) addAlt(doc uint64, score float64) {
	if doc >= uint64(len(a.groupSum)) {
		a.grow(doc)
	}
	if a.groupN[doc] == 0 {
		a.inGroup = append(a.inGroup, doc)
	}
	a.groupSum[doc] += score
	a.groupN[doc]++
}

func (a *accumulator) grow(doc uint64) {
	n := max(int(doc)+1, 2*len(a.groupSum))
	a.groupSum = slices.Grow(a.groupSum, n-len(a.groupSum))[:n]
	a.groupN = slices.Grow(a.groupN, n-len(a.groupN))[:n]
	a.total = slices.Grow(a.total, n-len(a.total))[:n]
	a.groupsN = slices.Grow(a.groupsN, n-len(a.groupsN))[:n]
}

// endGroup folds the current group, of alts alternatives, into the totals:
// its sum times the share of its alternatives that matched.
func (a *accumulator) endGroup(alts int) {
	for _, d := range a.inGroup {
		if a.groupsN[d] == 0 {
			a.docs = append(a.docs, d)
		}
		a.total[d] += a.groupSum[d] * (float64(a.groupN[d]) / float64(alts))
		a.groupsN[d]++
		a.groupSum[d], a.groupN[d] = 0, 0
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
		c := docScore{d, a.total[d] * (float64(a.groupsN[d]) / float64(groups))}
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
		a.total[d], a.groupsN[d] = 0, 0
	}
	for _, d := range a.inGroup { // a search stopped inside a group
		a.groupSum[d], a.groupN[d] = 0, 0
	}
	a.docs, a.inGroup = a.docs[:0], a.inGroup[:0]
	sums.Put(a)
}
