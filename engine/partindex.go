package engine

import (
	"cmp"
	"slices"
	"sync"
)

// partAt is an article's part as the score stage reads it, a candidate
// paragraph at a time: looked up once for its paragraph, quotes and
// events, where each look-up of the article's id cost as much as reading
// what it found (a third of judging a candidate at 100,000 paragraphs).
type partAt struct {
	p *part
	// quotesByPara are the positions of the part's quotes in order of
	// their paragraphs (in their own order within one), so that a
	// paragraph's are found by a binary search rather than by reading
	// every quote's paragraph: a generated article has dozens.
	quotesByPara []int32
	// tallied are the paragraphs that tell a tally (see tallies).
	tallyOnce sync.Once
	tallied   []int32
	whole     []int32 // those that tell one whole (see wholeOf)
}

// newPartAt indexes a part's quotes by paragraph.
func newPartAt(p *part) *partAt {
	a := &partAt{p: p, quotesByPara: make([]int32, len(p.quoteParas))}
	for i := range a.quotesByPara {
		a.quotesByPara[i] = int32(i)
	}
	slices.SortStableFunc(a.quotesByPara, func(x, y int32) int { return cmp.Compare(p.quoteParas[x], p.quoteParas[y]) })
	return a
}

// article returns the part of an article for reading its paragraphs, nil
// if the coverage has none.
func (v *vocabulary) article(id string) *partAt { return v.partsAt[id] }

// para returns what the vocabulary keeps of paragraph n, nil if none (or
// if a is nil).
func (a *partAt) para(n int) *paraInfo {
	if a == nil || n < 1 || n > len(a.p.paras) {
		return nil
	}
	return &a.p.paras[n-1]
}

// appendQuotesAt appends the terms of the quotes the fact base puts in
// paragraph n to out, in the fact base's order, as quotesAt lists them.
func (a *partAt) appendQuotesAt(out []quoteTerms, n int) []quoteTerms {
	if a == nil {
		return out
	}
	p, byPara := a.p, a.quotesByPara
	i, _ := slices.BinarySearchFunc(byPara, int32(n), func(q int32, n int32) int { return cmp.Compare(p.quoteParas[q], n) })
	for ; i < len(byPara) && p.quoteParas[byPara[i]] == int32(n); i++ {
		q := byPara[i]
		out = append(out, quoteTerms{p.quotes[q], p.speakers[q]})
	}
	return out
}

// rolesAt returns the roles of the entities cited in paragraph n alone
// (see part.roles).
func (a *partAt) rolesAt(n int) []roleTerms {
	if a == nil {
		return nil
	}
	rs := a.p.roles
	at := int32(n)
	i, _ := slices.BinarySearchFunc(rs, at, func(r roleTerms, n int32) int { return cmp.Compare(r.para, n) })
	j := i
	for j < len(rs) && rs[j].para == at {
		j++
	}
	return rs[i:j]
}

// appendEventsAt appends the events that cite paragraph n to out, as
// eventsAt lists them.
func (a *partAt) appendEventsAt(out []*eventTerms, n int) []*eventTerms {
	if a == nil {
		return out
	}
	p := a.p
	at := int32(n)
	i, _ := slices.BinarySearchFunc(p.eventsAt, at, func(e eventAt, n int32) int { return cmp.Compare(e.para, n) })
	for ; i < len(p.eventsAt) && p.eventsAt[i].para == at; i++ {
		out = append(out, &p.events[p.eventsAt[i].event])
	}
	return out
}
