package knowledge

import "slices"

// nameIndex is what FindEntities and Suggest look entities up in, made once
// per library so that a look-up folds and measures only the entities that
// can match: every entity's names and role folded, the entities using each
// word, and the spellings of names and of their words, among which
// misspellings are found.
type nameIndex struct {
	entities []namedEntity // every source's entities, in load order
	// words lists, per word of a name, alias or role, the entities using
	// it, by position in entities, ascending.
	words map[string][]int32
	// names and nameWords are the folded names and aliases, and their
	// words; byName and byNameWord list the entities using each.
	names, nameWords   *spellings
	byName, byNameWord [][]int32
}

// namedEntity is an entity with what matching it needs, folded.
type namedEntity struct {
	src int // its source's position in the library
	e   *Entity
	// names are e.Name then e.Aliases, each folded to its words.
	names []string
	role  string
	// quotes is how many quotes its fact base attributes to it.
	quotes int
}

// newNameIndex indexes the sources' entities; fold is wordsOnly(Fold(s)).
func newNameIndex(sources []*Source, fold func(string) string) *nameIndex {
	x := &nameIndex{words: map[string][]int32{}}
	names, nameWords := map[string][]int32{}, map[string][]int32{}
	add := func(m map[string][]int32, k string, i int32) {
		if l := m[k]; len(l) == 0 || l[len(l)-1] != i {
			m[k] = append(l, i)
		}
	}
	for si, s := range sources {
		quotes := map[string]int{}
		for _, q := range s.Quotes {
			quotes[q.Speaker]++
		}
		for ei := range s.Entities {
			e := &s.Entities[ei]
			i := int32(len(x.entities))
			ne := namedEntity{src: si, e: e, role: fold(e.Role), quotes: quotes[e.ID]}
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				f := fold(n)
				ne.names = append(ne.names, f)
				add(names, f, i)
				eachWord(f, func(w string) {
					add(nameWords, w, i)
					add(x.words, w, i)
				})
			}
			eachWord(ne.role, func(w string) { add(x.words, w, i) })
			x.entities = append(x.entities, ne)
		}
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

// candidates returns the entities that may match a folded query of words
// qw, ascending, and the names and words of names at most two edits from
// it (for a query of five bytes or more, as matchEntity allows): those
// whose name, alias or role has every word of the query, and those with a
// name or a word of one near it.
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

// closest returns, for every entity with a name at most k edits from a
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
