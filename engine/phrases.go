package engine

import (
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/coveragebot/coveragebot/knowledge"
)

// phrase is one way of naming a group: an entity's name or alias, or a member
// of a synonym group, as analyzed terms.
type phrase struct {
	terms []string
	group int
}

// group is a set of phrases that mean the same thing, with the entities it
// names (whose curated paragraphs count as mentions, pronouns included).
type group struct {
	alts     [][]string
	entities []*knowledge.Entity
}

// phraseTable finds names and synonyms in a question. Its look-ups go
// through maps, so that a question costs the same against three names or
// three hundred thousand.
type phraseTable struct {
	phrases []phrase
	groups  []group
	// known holds every analyzed term of every alias, for spelling correction.
	known map[string]bool
	// byFirst lists the phrases by their first term.
	byFirst lists[string]
	// byKey lists the groups of each phrase, by its terms joined.
	byKey lists[string]
	// byEntity lists the groups that name an entity.
	byEntity lists[entityKey]
	// merged remembers mergeInto's largest merges, by group.
	merged recent[int32, *merged]
}

// entityKey names an entity: its article and its id there.
type entityKey struct{ article, id string }

func keyOf(en knowledge.Entity) entityKey { return entityKey{en.Article, en.ID} }

// lists maps keys to lists of numbers (of groups, of phrases). They are
// gathered in a map of slices, then frozen into one array that each key's
// list is a span of, so that the lists are one object rather than one
// each and the map's values hold no pointer: at 100,000 paragraphs the
// phrase table's lists and joined keys were 140,000 of the 1.1 million
// objects the garbage collector marks at each cycle while the bot serves.
type lists[K comparable] struct {
	at   map[K]span
	vals []int32
}

type span struct{ off, n uint32 }

// freeze makes the lists of m.
func freeze[K comparable](m map[K][]int32) lists[K] {
	n := 0
	for _, v := range m {
		n += len(v)
	}
	l := lists[K]{at: make(map[K]span, len(m)), vals: make([]int32, 0, n)}
	for k, v := range m {
		l.at[k] = span{uint32(len(l.vals)), uint32(len(v))}
		l.vals = append(l.vals, v...)
	}
	return l
}

// get returns k's list, nil if none; it is shared and not to be changed.
func (l lists[K]) get(k K) []int32 {
	s, ok := l.at[k]
	if !ok {
		return nil
	}
	return l.vals[s.off : s.off+s.n : s.off+s.n]
}

// joinedKeys returns the keys of m that are several terms joined, each
// made anew by strings.Join, as substrings of one string.
func joinedKeys(m map[string][]int32) map[string][]int32 {
	var joined []string
	size := 0
	for k := range m {
		if strings.Contains(k, " ") {
			joined = append(joined, k)
			size += len(k)
		}
	}
	buf := make([]byte, 0, size)
	for _, k := range joined {
		buf = append(buf, k...)
	}
	all := string(buf)
	for _, k := range joined {
		v := m[k]
		delete(m, k)
		m[all[:len(k)]] = v
		all = all[len(k):]
	}
	return m
}

// newPhraseTable gathers the articles' analyzed names and the synonym groups
// of the sources.
func newPhraseTable(an analysis.Analyzer, parts []*part, sources []*knowledge.Source) *phraseTable {
	// Sized first: at 100,000 paragraphs, growing the phrases, the groups
	// and the entities' map by appending allocated some 30 MB, two
	// thirds of it garbage at once, on the path of a restart.
	n, nAlts := 0, 0
	for _, p := range parts {
		n += len(p.groups)
		for _, g := range p.groups {
			nAlts += len(g.alts)
		}
	}
	syns := mergeGroups(an, sourcesSynonyms(sources))
	for _, syn := range syns {
		nAlts += len(syn)
	}
	pt := &phraseTable{known: map[string]bool{}, merged: recent[int32, *merged]{size: mergedMemo},
		phrases: make([]phrase, 0, nAlts), groups: make([]group, 0, n+len(syns))}
	byFirst, byKey, byEntity := map[string][]int32{}, map[string][]int32{}, make(map[entityKey][]int32, n)
	add := func(alts [][]string, ents []*knowledge.Entity) {
		g := group{entities: ents}
		id := int32(len(pt.groups))
		// The group shares alts, when none is empty: at 100,000
		// paragraphs a copy each was 40,000 objects more for the
		// collector to mark.
		share := !slices.ContainsFunc(alts, func(ts []string) bool { return len(ts) == 0 })
		if share {
			g.alts = alts
		}
		for _, ts := range alts {
			if len(ts) == 0 {
				continue
			}
			if !share {
				g.alts = append(g.alts, ts)
			}
			byFirst[ts[0]] = append(byFirst[ts[0]], int32(len(pt.phrases)))
			key := strings.Join(ts, " ")
			if !slices.Contains(byKey[key], id) {
				byKey[key] = append(byKey[key], id)
			}
			pt.phrases = append(pt.phrases, phrase{terms: ts, group: int(id)})
			for _, t := range ts {
				pt.known[t] = true
			}
		}
		if len(g.alts) > 0 {
			for _, e := range ents {
				byEntity[keyOf(*e)] = append(byEntity[keyOf(*e)], id)
			}
			pt.groups = append(pt.groups, g)
		}
	}
	ents := make([]*knowledge.Entity, 0, n) // one allocation, not one per group
	for _, p := range parts {
		for _, g := range p.groups {
			ents = append(ents, g.entity)
			add(g.alts, ents[len(ents)-1:len(ents):len(ents)])
		}
	}
	for _, syn := range syns {
		var alts [][]string
		for _, w := range syn {
			alts = append(alts, terms(an, w))
		}
		add(alts, nil)
	}
	pt.byFirst, pt.byKey, pt.byEntity = freeze(byFirst), freeze(joinedKeys(byKey)), freeze(byEntity)
	return pt
}

func sourcesSynonyms(sources []*knowledge.Source) [][]string {
	var out [][]string
	for _, s := range sources {
		out = append(out, s.Synonyms...)
	}
	return out
}

// mergeGroups joins synonym groups that share a member once analyzed: the
// article's [cede, ced] and another fact base's [give up, cede] become one group,
// so that "give up" finds the text's "ced".
func mergeGroups(an analysis.Analyzer, groups [][]string) [][]string {
	parent := make([]int, len(groups))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		if parent[i] != i {
			parent[i] = find(parent[i])
		}
		return parent[i]
	}
	owner := map[string]int{}
	for i, g := range groups {
		for _, w := range g {
			key := strings.Join(terms(an, w), " ")
			if key == "" {
				continue
			}
			if j, ok := owner[key]; ok {
				parent[find(i)] = find(j)
			} else {
				owner[key] = i
			}
		}
	}
	merged := map[int][]string{}
	var order []int
	for i, g := range groups {
		r := find(i)
		if _, ok := merged[r]; !ok {
			order = append(order, r)
		}
		merged[r] = append(merged[r], g...)
	}
	out := make([][]string, len(order))
	for i, r := range order {
		out[i] = merged[r]
	}
	return out
}

// whole reports whether a term is by itself a name or synonym of the
// sources: an alias of one word, not a word of a longer one.
func (pt *phraseTable) whole(term string) bool { return len(pt.byKey.get(term)) > 0 }

// longest returns the group of the longest phrase that starts toks, and its
// length in terms; -1 when none does.
func (pt *phraseTable) longest(toks []string) (int, int) {
	best, n := -1, 0
	if len(toks) == 0 {
		return best, n
	}
	for _, i := range pt.byFirst.get(toks[0]) {
		p := pt.phrases[i]
		if len(p.terms) > n && len(p.terms) <= len(toks) && equalTerms(toks[:len(p.terms)], p.terms) {
			best, n = p.group, len(p.terms)
		}
	}
	return best, n
}

// fewEntities is the most entities mergeInto compares one by one.
const fewEntities = 16

// mergeInto adds a group's names and entities to a concept, and those of
// every other group that shares one of its phrases: "Kremlin" may be an
// organisation and a place.
//
// A name a large coverage keeps using ("Fenelli") is a group in each of
// thousands of articles, and merging them all was a sixteenth of /ask's
// CPU at 100,000 paragraphs, for the same few names question after
// question. So what a merge of at least manyMerged groups adds to an empty
// concept is remembered, and added again from there: each of its names
// and entities first met in the same order, which is what adding every
// group's gives (a name or entity met again changes nothing).
func (pt *phraseTable) mergeInto(c *concept, g int) {
	if m, ok := pt.merged.get(int32(g)); ok {
		if len(c.alts) == 0 && len(c.entities) == 0 {
			// copies: a concept's slices are its own to change
			c.alts = append(c.alts, m.alts...)
			c.entities = append(c.entities, m.entities...)
			return
		}
		a := adder{c: c}
		for _, x := range m.alts {
			c.alts = appendAlt(c.alts, x)
		}
		for _, e := range m.entities {
			a.entity(e)
		}
		return
	}
	if pt.mergeGroups(c, g) >= manyMerged {
		var m concept
		pt.mergeGroups(&m, g)
		pt.merged.put(int32(g), &merged{alts: m.alts, entities: m.entities})
	}
}

// manyMerged is the fewest groups a merge must read to be remembered.
const manyMerged = 16

// mergedMemo is how many merges phraseTable.merged remembers, in two
// generations as recent does: the names questions keep naming. Each holds
// a pointer for each of its entities, a few thousand at most at 100,000
// paragraphs.
const mergedMemo = 256

// merged is what mergeInto adds to an empty concept for a group: read only.
type merged struct {
	alts     []alt
	entities []*knowledge.Entity
}

// mergeGroups is mergeInto read from the groups, and returns how many it
// read.
func (pt *phraseTable) mergeGroups(c *concept, g int) int {
	a := adder{c: c}
	add := func(g int) {
		for _, ts := range pt.groups[g].alts {
			c.alts = appendAlt(c.alts, alt{terms: ts, strength: 1, sure: true})
		}
		for _, e := range pt.groups[g].entities {
			a.entity(e)
		}
	}
	add(g)
	n := 1
	for _, ts := range pt.groups[g].alts {
		for _, other := range pt.byKey.get(strings.Join(ts, " ")) {
			if int(other) != g {
				add(int(other))
				n++
			}
		}
	}
	return n
}

// adder adds entities to a concept, each once.
type adder struct {
	c *concept
	// A name a large coverage keeps using has an entity in thousands of
	// articles: the entities already there are looked up in a set, not
	// compared with each new one. A name of a few entities (most) is
	// looked for among them in turn: the set is made only when there are
	// more.
	have map[entityKey]bool
}

// entity adds e to the concept unless it has it (the same article and id).
func (a *adder) entity(e *knowledge.Entity) {
	c := a.c
	if a.have == nil && len(c.entities) > fewEntities {
		a.have = make(map[entityKey]bool, len(c.entities))
		for _, x := range c.entities {
			a.have[entityKey{x.Article, x.ID}] = true
		}
	}
	k := entityKey{e.Article, e.ID}
	if a.have != nil {
		if a.have[k] {
			return
		}
		a.have[k] = true
	} else if slices.ContainsFunc(c.entities, func(x *knowledge.Entity) bool { return x.Article == e.Article && x.ID == e.ID }) {
		return
	}
	c.entities = append(c.entities, e)
}

// names reports whether the terms ts hold one of an entity's names.
func (e *Engine) names(en knowledge.Entity, ts termSet) bool {
	pt := e.phraseTable()
	for _, g := range pt.byEntity.get(keyOf(en)) {
		for _, a := range pt.groups[g].alts {
			if ids := e.vocab.set(a); len(ids) == len(a) && allIn(ids, ts) {
				return true
			}
		}
	}
	return false
}
