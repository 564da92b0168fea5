package knowledge

import (
	"cmp"
	"slices"
	"strconv"
)

// nameIndex is what FindEntities, Suggest and Namesakes look entities up in,
// made once per library so that a look-up folds and measures only the
// entities that can match: every entity's names and role folded, the words
// of each, the spellings of names and of their words, among which
// misspellings are found, and each canonical name's namesakes.
//
// A person who recurs across the coverage is an entity in each article's
// fact base, spelt alike in each: hundreds of entities with the same name,
// aliases and role. The index lists groups of entities spelt alike rather
// than entities, so that a look-up scores each spelling once, however many
// articles name it.
type nameIndex struct {
	entities []namedEntity // every source's entities, in load order
	groups   []nameGroup
	// words lists, per word of a name, alias or role, the groups using it,
	// by position in groups, ascending.
	words map[string][]int32
	// names and nameWords are the folded names and aliases, and their
	// words; byName and byNameWord list the groups using each.
	names, nameWords   *spellings
	byName, byNameWord [][]int32
	// sakes lists, per folded canonical name and kind, the entities that
	// have them, by position in entities: their sources' newest first (by
	// the library's recency), load order within a source.
	sakes map[sakeKey][]int32
}

// namedEntity is an entity with what looking it up needs.
type namedEntity struct {
	src   int // its source's position in the library
	e     *Entity
	group int32 // its position in the index's groups
	// quotes is how many quotes its fact base attributes to it; said
	// lists them as QuotesOf looks them up (Library.quotesOf), made once
	// so that /quote of a person with hundreds of namesakes need not.
	quotes int
	said   quoteList
	// own is whether e's article is its source's, as in every fact base
	// loaded from a file: then e is of an article when its source is.
	own bool
	// sakeAgain is whether an entity before it among its namesakes
	// (nameIndex.sakes) is of its article, from a source of the same
	// article: one in scope whenever it is (NamesakeRef.Again).
	sakeAgain bool
}

// is reports whether ne is e, the entity of e's article with e's id; self
// are the sources of e's article (Library.byID). A person in hundreds of
// articles is asked whether each namesake is the one asked of: by its
// source's place, not by a comparison of article ids, most of them of
// one length, and a read of each namesake's entity.
func (ne *namedEntity) is(e *Entity, self []int) bool {
	if ne.own {
		return slices.Contains(self, ne.src) && ne.e.ID == e.ID
	}
	return ne.e.Article == e.Article && ne.e.ID == e.ID
}

// nameGroup is the entities with the same name, aliases and role, exactly
// as written: whatever a query is, it scores and matches them all alike.
type nameGroup struct {
	// e is the first of them, whose name, aliases and role are theirs.
	e *Entity
	// names are e.Name then e.Aliases, each folded to its words; role is
	// e.Role folded.
	names []string
	role  string
	// members are the group's entities, by position in the index's
	// entities, in the order FindEntities ranks equal scores: those the
	// coverage says most about (most paragraphs) first, then load order.
	members []int32
}

// sakeKey is what namesakes share: a folded canonical name and a kind.
type sakeKey struct {
	name string
	kind Kind
}

// appendSpellingKey appends to b what identifies an entity's name, aliases
// and role, exactly as written, each prefixed by its length so that no two
// lists give one key. A restart makes one for each of the coverage's
// entities: looked up from a reused buffer, only a new group's is
// allocated.
func appendSpellingKey(b []byte, e *Entity) []byte {
	put := func(s string) {
		b = strconv.AppendInt(b, int64(len(s)), 10)
		b = append(b, ':')
		b = append(b, s...)
	}
	put(e.Name)
	put(e.Role)
	for _, a := range e.Aliases {
		put(a)
	}
	return b
}

// newNameIndex indexes the sources' entities; fold is wordsOnly(Fold(s)),
// and recency each source's place in the library's newest-first order.
func newNameIndex(sources []*Source, recency []int32, fold func(string) string) *nameIndex {
	x := &nameIndex{words: map[string][]int32{}, sakes: map[sakeKey][]int32{}}
	names, nameWords := map[string][]int32{}, map[string][]int32{}
	add := func(m map[string][]int32, k string, g int32) {
		if l := m[k]; len(l) == 0 || l[len(l)-1] != g {
			m[k] = append(l, g)
		}
	}
	bySpelling := map[string]int32{}
	// The entities sized first: at 100,000 paragraphs, appending them one
	// by one allocated 16 MB for some 6 kept, on the path of a restart.
	n := 0
	for _, s := range sources {
		n += len(s.Entities)
	}
	x.entities = make([]namedEntity, 0, n)
	var key []byte
	for si, s := range sources {
		quotes := quotesBySpeaker(s)
		for ei := range s.Entities {
			e := &s.Entities[ei]
			i := int32(len(x.entities))
			key = appendSpellingKey(key[:0], e)
			g, ok := bySpelling[string(key)]
			if !ok {
				g = int32(len(x.groups))
				bySpelling[string(key)] = g
				grp := nameGroup{e: e, role: fold(e.Role)}
				for _, n := range append([]string{e.Name}, e.Aliases...) {
					f := fold(n)
					grp.names = append(grp.names, f)
					add(names, f, g)
					eachWord(f, func(w string) {
						add(nameWords, w, g)
						add(x.words, w, g)
					})
				}
				eachWord(grp.role, func(w string) { add(x.words, w, g) })
				x.groups = append(x.groups, grp)
			}
			x.groups[g].members = append(x.groups[g].members, i)
			x.entities = append(x.entities, namedEntity{src: si, e: e, group: g, quotes: quotes[e.ID], own: e.Article == s.Article.ID})
			if name := x.groups[g].names[0]; name != "" {
				k := sakeKey{name, e.Kind}
				x.sakes[k] = append(x.sakes[k], i)
			}
		}
	}
	for g := range x.groups {
		slices.SortStableFunc(x.groups[g].members, func(a, b int32) int {
			return cmp.Compare(len(x.entities[b].e.Paragraphs), len(x.entities[a].e.Paragraphs))
		})
	}
	for _, ids := range x.sakes {
		slices.SortStableFunc(ids, func(a, b int32) int {
			return cmp.Compare(recency[x.entities[a].src], recency[x.entities[b].src])
		})
		x.markAgain(sources, ids)
	}
	x.names, x.nameWords = newSpellings(sortedKeys(names)), newSpellings(sortedKeys(nameWords))
	for _, k := range x.names.keys {
		x.byName = append(x.byName, names[k])
	}
	for _, k := range x.nameWords.keys {
		x.byNameWord = append(x.byNameWord, nameWords[k])
	}
	return x
}

// markAgain sets sakeAgain of the namesakes ids, in their order.
func (x *nameIndex) markAgain(sources []*Source, ids []int32) {
	if len(ids) < 2 {
		return
	}
	// Most namesakes are a few: an entity is compared with those before
	// it, not looked up in a map made for each list (at 100,000
	// paragraphs some thousands of maps, on the path of a restart).
	if len(ids) <= smallSakes {
		for j, i := range ids {
			ne := &x.entities[i]
			ne.sakeAgain = false
			for _, h := range ids[:j] {
				if before := &x.entities[h]; before.e.Article == ne.e.Article && sources[before.src].Article.ID == sources[ne.src].Article.ID {
					ne.sakeAgain = true
					break
				}
			}
		}
		return
	}
	type at struct{ article, source string }
	seen := make(map[at]bool, len(ids))
	for _, i := range ids {
		ne := &x.entities[i]
		k := at{ne.e.Article, sources[ne.src].Article.ID}
		ne.sakeAgain = seen[k]
		seen[k] = true
	}
}

// smallSakes is the most namesakes markAgain compares pairwise.
const smallSakes = 16

// candidates returns the groups whose entities may match a folded query of
// words qw, ascending, and the names and words of names at most two edits
// from it (for a query of five bytes or more, as matchEntity allows):
// those whose name, alias or role has every word of the query, and those
// with a name or a word of one near it.
func (x *nameIndex) candidates(q string, qw []string) ([]int32, map[string]int) {
	var out []int32
	var rarest []int32
	for i, w := range qw {
		p, ok := x.words[w]
		if !ok {
			rarest = nil
			break
		}
		if i == 0 || len(p) < len(rarest) {
			rarest = p
		}
	}
	out = append(out, rarest...)
	var near map[string]int
	if len(q) >= 5 {
		near = map[string]int{}
		x.names.near(q, 2, func(i, d int) {
			near[x.names.keys[i]] = d
			out = append(out, x.byName[i]...)
		})
		x.nameWords.near(q, 2, func(i, d int) {
			near[x.nameWords.keys[i]] = d
			out = append(out, x.byNameWord[i]...)
		})
	}
	slices.Sort(out)
	return slices.Compact(out), near
}

// closest returns, for every group with a name at most k edits from a
// folded query or a word of a name at most k-1, the fewest edits (one more
// for a word), as Suggest counts them.
func (x *nameIndex) closest(q string, k int) map[int32]int {
	best := map[int32]int{}
	keep := func(ids []int32, d int) {
		for _, i := range ids {
			if b, ok := best[i]; !ok || d < b {
				best[i] = d
			}
		}
	}
	x.names.near(q, k, func(i, d int) { keep(x.byName[i], d) })
	x.nameWords.near(q, k-1, func(i, d int) { keep(x.byNameWord[i], d+1) })
	return best
}
