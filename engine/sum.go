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
// document; a term's postings it reads and scores itself (termPostings),
// a conjunction's through bleve's searcher.
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
	ctx, model := scoringContext(ctx, m)
	stats, ours, err := newBM25(r, "text")
	if err != nil {
		return nil, err
	}
	ours = ours && model == index.BM25Scoring
	ones := oneHitPool.Get().(*oneHits)
	defer oneHitPool.Put(ones)

	// The postings, all opened before any is read: the query norm comes
	// from all their weights.
	alts := make([][]altPostings, len(groups))
	defer func() {
		for _, as := range alts {
			for _, a := range as {
				a.Close()
			}
		}
	}()
	var weights float64
	pool := 1
	for i, g := range groups {
		for _, q := range g {
			a, err := openAlt(ctx, r, m, stats, ours, ones, q)
			if err != nil {
				return nil, err
			}
			alts[i] = append(alts[i], a)
			weights += a.Weight()
			if a.searcher != nil {
				pool = max(pool, a.searcher.DocumentMatchPoolSize())
			}
		}
	}
	norm := 1 / math.Sqrt(weights)
	for _, as := range alts {
		for _, a := range as {
			a.SetQueryNorm(norm)
		}
	}

	acc := sums.Get().(*accumulator)
	defer acc.release()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(pool, 0)}
	for _, as := range alts {
		for _, a := range as {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if err := a.addTo(acc, sctx); err != nil {
				return nil, err
			}
		}
		acc.endGroup(len(as))
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

// altPostings is one alternative's scored postings: a term's, read by
// termPostings, or any other query's, through its bleve searcher.
type altPostings struct {
	term     *termPostings
	searcher search.Searcher
}

// openAlt opens q's postings; ours says whether a term query's, in the
// field of stats, are read by termPostings (which scores by BM25 only).
func openAlt(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, stats bm25, ours bool, ones *oneHits, q query.Query) (altPostings, error) {
	if tq, ok := q.(*query.TermQuery); ok && ours {
		field := tq.Field()
		if field == "" {
			field = m.DefaultSearchField()
		}
		if field == stats.field {
			t, err := openTerm(ctx, r, stats, ones, tq.Term, tq.BoostVal.Value())
			return altPostings{term: t}, err
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
	if a.term != nil {
		return a.term.Weight()
	}
	return a.searcher.Weight()
}

// SetQueryNorm sets the query norm.
func (a altPostings) SetQueryNorm(norm float64) {
	if a.term != nil {
		a.term.SetQueryNorm(norm)
		return
	}
	a.searcher.SetQueryNorm(norm)
}

// addTo reads every posting and adds its score to acc's current group.
func (a altPostings) addTo(acc *accumulator, sctx *search.SearchContext) error {
	if t := a.term; t != nil {
		for {
			doc, score, ok, err := t.next()
			if err != nil || !ok {
				return err
			}
			acc.addAlt(doc, score)
		}
	}
	for {
		dm, err := a.searcher.Next(sctx)
		if err != nil || dm == nil {
			return err
		}
		acc.addAlt(dm.IndexInternalID.Value(), dm.Score)
		sctx.DocumentMatchPool.Put(dm)
	}
}

// Close closes the postings.
func (a altPostings) Close() error {
	if a.term != nil {
		return a.term.Close()
	}
	if a.searcher != nil {
		return a.searcher.Close()
	}
	return nil
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
