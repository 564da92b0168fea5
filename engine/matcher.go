package engine

import (
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// matcher is a question's concepts resolved once into the terms their
// alternatives need and the paragraphs their entities are mentioned in, for
// the score stage, which measures the coverage of hundreds of candidates:
// a candidate's terms are then read once, rather than searched once per
// term of each alternative of each concept, and its ref looked up once,
// rather than compared with every entity's article.
type matcher struct {
	ids   termSet  // the distinct terms the alternatives need, at most 64
	needs [][]need // by concept, its alternatives that can match
	// seen has bit id%4096 set for each of ids: most of a candidate's
	// terms are ruled out by it without a search of ids.
	seen [4096 / 64]uint64
	// mentions lists, by article, the paragraphs where each concept's
	// entities are mentioned (by pronoun or role too).
	mentions map[string][]mention
}

// mention is a concept's entity's paragraphs in one article.
type mention struct {
	article    string
	concept    int
	paragraphs []int
}

// need is an alternative as the bits of the terms it needs in
// matcher.ids.
type need struct {
	bits     uint64
	strength float64
}

// newMatcher resolves q's concepts; ok is false when there are more than
// 64 of them or their alternatives need more than 64 distinct terms (then
// use coverage).
func newMatcher(q question) (m matcher, ok bool) {
	m, ok = newTermMatcher(q)
	if ok {
		m.mentions = mentionsOf(q)
	}
	return m, ok
}

// newTermMatcher is newMatcher without the paragraphs the entities are
// mentioned in, for a caller that asks only which terms a text has
// (has): a name many articles use has entities in hundreds of them.
func newTermMatcher(q question) (m matcher, ok bool) {
	var ids []uint32
	for _, c := range q.concepts {
		for _, a := range c.alts {
			ids = append(ids, a.ids...)
		}
	}
	m.ids = toSet(ids) // (no id 0: an alternative that needs it never matches)
	if len(m.ids) > 64 || len(q.concepts) > 64 {
		return matcher{}, false
	}
	for _, id := range m.ids {
		m.seen[id/64%64] |= 1 << (id % 64)
	}
	m.needs = make([][]need, len(q.concepts))
	for i, c := range q.concepts {
		for _, a := range c.alts {
			// As concept.match: an alternative counts if all its terms are
			// there, and only above a strength of 0.
			if a.ids == nil || a.strength <= 0 || slices.Contains(a.ids, 0) {
				continue
			}
			var n need
			n.strength = a.strength
			for _, id := range a.ids {
				j, _ := slices.BinarySearch(m.ids, id)
				n.bits |= 1 << j
			}
			m.needs[i] = append(m.needs[i], n)
		}
	}
	return m, true
}

// mentionsOf lists, by article, the paragraphs where each of q's
// concepts' entities are mentioned (matcher.mentions); nil when they
// have none. The lists are of one array, sorted by article: a slice of
// its own for each article, and the map grown as they came, were most of
// what a matcher allocated (9 % of an /ask's allocations at 100,000
// paragraphs), for a name in hundreds of articles.
func mentionsOf(q question) map[string][]mention {
	n := 0
	for _, c := range q.concepts {
		n += len(c.entities)
	}
	if n == 0 {
		return nil
	}
	all := make([]mention, 0, n)
	for i, c := range q.concepts {
		for _, en := range c.entities {
			all = append(all, mention{en.Article, i, en.Paragraphs})
		}
	}
	slices.SortStableFunc(all, func(a, b mention) int { return strings.Compare(a.article, b.article) })
	articles := 1
	for i := 1; i < len(all); i++ {
		if all[i].article != all[i-1].article {
			articles++
		}
	}
	out := make(map[string][]mention, articles)
	for start := 0; start < len(all); {
		end := start + 1
		for end < len(all) && all[end].article == all[start].article {
			end++
		}
		out[all[start].article] = all[start:end:end]
		start = end
	}
	return out
}

// has returns the bits of the terms of m.ids that ts has.
func (m *matcher) has(ts termSet) uint64 {
	var out uint64
	for _, id := range ts {
		if m.seen[id/64%64]&(1<<(id%64)) == 0 {
			continue
		}
		if j, ok := slices.BinarySearch(m.ids, id); ok {
			out |= 1 << j
		}
	}
	return out
}

// mentioned returns the bits of the concepts whose entities are mentioned
// in ref.
func (m *matcher) mentioned(ref knowledge.Ref) uint64 {
	var out uint64
	for _, mn := range m.mentions[ref.Article] {
		if slices.Contains(mn.paragraphs, ref.Paragraph) {
			out |= 1 << mn.concept
		}
	}
	return out
}

// coverage is coverage(q, ts, ref), for the question m was made from, to
// the bit, of a text of the terms of all of ts.
func (m *matcher) coverage(q question, ref knowledge.Ref, ts ...termSet) float64 {
	var has, mentioned uint64
	for _, t := range ts {
		has |= m.has(t)
	}
	if ref.Paragraph > 0 {
		mentioned = m.mentioned(ref)
	}
	return m.cover(q, has, mentioned)
}

// cover is the coverage of a text that has the terms of m.ids in has and
// mentions the entities of the concepts in mentioned: what coverage
// measures once it knows them, for a caller that knows them another way
// (topic.Events, from the lists of the events that use each term).
func (m *matcher) cover(q question, has, mentioned uint64) float64 {
	var got, all float64
	for i, c := range q.concepts {
		all += c.weight
		best := 0.0
		for _, n := range m.needs[i] {
			if n.strength > best && n.bits&^has == 0 {
				best = n.strength
			}
		}
		if mentioned&(1<<i) != 0 {
			best = 1
		}
		got += c.weight * best
	}
	if all == 0 {
		return 0
	}
	return got / all
}
