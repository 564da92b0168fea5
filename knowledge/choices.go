package knowledge

import (
	"cmp"
	"index/suffixarray"
	"slices"
	"sort"
	"strings"
)

// choiceIndex is what Complete looks a partial up in for one field, made once
// per library: every choice the field offers, with its label, value and
// rank, and the folded text it is matched by (its key), indexed three ways,
// one for each way a partial may match a key: where each word of a key
// starts, sorted by what follows (for a partial a key starts with, or a word
// of it does), every key in one suffix array (for a partial inside a word),
// and the spellings of the keys' words (for a misspelt word).
type choiceIndex struct {
	// choices are in the order Complete has always offered them, which
	// breaks ties between equal choices.
	choices []choice
	keys    []string
	byKey   [][]int32 // the choices of each key
	// byKeyBest are those of each key that may be offered over every
	// article: of those with the same label and value (a name that many
	// articles share), the one of highest rank and first indexed.
	byKeyBest [][]int32
	// starts are the places a word starts in a key, sorted by the text from
	// there to the key's end.
	starts []wordStart
	// text is every key between NULs; keyAt[i] is where keys[i] starts in it.
	text   *suffixarray.Index
	keyAt  []int
	words  *spellings
	byWord [][]int32 // the keys using each word of words
	// emptyFirst are the choices offered for an empty partial (names, not
	// aliases), best first, only the first of each value.
	emptyFirst []int32
	// bySource[i] is the position of source i's first choice, for fields
	// that narrow to articles; the last entry closes the last source.
	bySource []int
	// short holds, for each partial of one or two bytes that starts a word
	// of a key, the first shortChoices choices for it over every article:
	// the partials that match most, and the most typed.
	short map[string][]int32
	// scanBelow is how few choices the articles narrowed to must have for
	// their choices to be scored one by one rather than looked up.
	scanBelow int
}

// shortChoices is how many choices short keeps for each partial: Discord's
// most, what autocomplete asks for.
const shortChoices = 25

// scanChoices is a choiceIndex's scanBelow: a few articles' choices are
// fewer than a look-up over all of them may find.
const scanChoices = 2000

// choice is one thing Complete may offer.
type choice struct {
	label, value string
	src          int32 // the position of its source, or -1
	key          int32
	rank         int32
	alias        bool // offered only for a partial that is not empty
}

type wordStart struct {
	key, at int32
}

// newChoiceIndex indexes choices, given in the order they are offered, with
// the folded text each is matched by.
func newChoiceIndex(choices []choice, match []string, sources int) *choiceIndex {
	x := &choiceIndex{choices: choices}
	keyOf := map[string]int32{}
	for _, f := range match {
		keyOf[f] = 0
	}
	x.keys = sortedKeys(keyOf)
	for i, k := range x.keys {
		keyOf[k] = int32(i)
	}
	x.byKey = make([][]int32, len(x.keys))
	for i, f := range match {
		k := keyOf[f]
		x.choices[i].key = k
		x.byKey[k] = append(x.byKey[k], int32(i))
	}
	x.byKeyBest = make([][]int32, len(x.keys))
	for k, cs := range x.byKey {
		type same struct{ label, value string }
		best := map[same]int32{}
		for _, i := range cs {
			c := &x.choices[i]
			if b, ok := best[same{c.label, c.value}]; !ok || c.rank > x.choices[b].rank {
				best[same{c.label, c.value}] = i
			}
		}
		if len(best) == len(cs) {
			x.byKeyBest[k] = cs
			continue
		}
		for _, i := range cs {
			if c := &x.choices[i]; best[same{c.label, c.value}] == i {
				x.byKeyBest[k] = append(x.byKeyBest[k], i)
			}
		}
	}
	var text strings.Builder
	text.WriteByte(0)
	words := map[string][]int32{}
	for i, k := range x.keys {
		x.keyAt = append(x.keyAt, text.Len())
		text.WriteString(k)
		text.WriteByte(0)
		at := 0
		eachWord(k, func(w string) {
			x.starts = append(x.starts, wordStart{int32(i), int32(at)})
			at += len(w) + 1
			if l := words[w]; len(l) == 0 || l[len(l)-1] != int32(i) {
				words[w] = append(l, int32(i))
			}
		})
	}
	slices.SortFunc(x.starts, func(a, b wordStart) int {
		return strings.Compare(x.keys[a.key][a.at:], x.keys[b.key][b.at:])
	})
	x.text = suffixarray.New([]byte(text.String()))
	x.words = newSpellings(sortedKeys(words))
	for _, w := range x.words.keys {
		x.byWord = append(x.byWord, words[w])
	}
	var empty []int32
	for i, c := range x.choices {
		if !c.alias {
			empty = append(empty, int32(i))
		}
	}
	slices.SortFunc(empty, func(a, b int32) int {
		return x.order(scored{1, a}, scored{1, b})
	})
	values := map[string]bool{}
	for _, i := range empty {
		if v := x.choices[i].value; !values[v] {
			values[v] = true
			x.emptyFirst = append(x.emptyFirst, i)
		}
	}
	x.short = x.shortTable()
	x.scanBelow = scanChoices
	if sources > 0 {
		x.bySource = make([]int, sources+1)
		n := 0
		for s := range sources {
			x.bySource[s] = n
			for n < len(x.choices) && int(x.choices[n].src) == s {
				n++
			}
		}
		x.bySource[sources] = n
	}
	return x
}

// scored is a choice with its score for the partial being completed.
type scored struct {
	score float64
	i     int32
}

// order is the order choices are offered in: best score first, then
// highest rank, then by label, then as they were indexed.
func (x *choiceIndex) order(a, b scored) int {
	if a.score != b.score {
		return cmp.Compare(b.score, a.score)
	}
	ca, cb := &x.choices[a.i], &x.choices[b.i]
	if ca.rank != cb.rank {
		return cmp.Compare(cb.rank, ca.rank)
	}
	if ca.label != cb.label {
		return strings.Compare(ca.label, cb.label)
	}
	return cmp.Compare(a.i, b.i)
}

// complete returns the choices for a folded partial, at most limit of them
// (all when limit is negative), one for each value; in marks the sources
// whose choices count, nil for all.
func (x *choiceIndex) complete(q string, limit int, in []bool) []Completion {
	if limit == 0 {
		return nil
	}
	if q == "" {
		return x.completeEmpty(limit, in)
	}
	if len(q) <= 2 && x.short != nil && in == nil && limit <= shortChoices && limit > 0 {
		// Only a word start matches so short a partial.
		return x.completions(x.short[q], limit)
	}
	if in != nil && x.bySource != nil {
		n := 0
		for s, ok := range in {
			if ok {
				n += x.bySource[s+1] - x.bySource[s]
			}
		}
		if n < x.scanBelow {
			return x.scan(q, limit, in)
		}
	}
	var found []scored
	seen := make([]uint64, (len(x.keys)+63)/64)
	values := map[string]bool{}
	var near map[string]bool
	offer := func(key int32) {
		if seen[key/64]&(1<<(key%64)) != 0 {
			return
		}
		seen[key/64] |= 1 << (key % 64)
		s := completionScore(q, x.keys[key], func(w string) bool { return near[w] })
		if s == 0 {
			return
		}
		cs := x.byKey[key]
		if in == nil {
			cs = x.byKeyBest[key]
		}
		for _, i := range cs {
			c := &x.choices[i]
			if in != nil && c.src >= 0 && !in[c.src] {
				continue
			}
			found = append(found, scored{s, i})
			// values only tells enough whether limit values were
			// found: past limit it need not grow (a partial of a
			// surname thousands of articles share offered a map
			// insert for each of them).
			if len(q) >= 3 && limit > 0 && len(values) < limit {
				values[c.value] = true
			}
		}
	}
	// The ways of matching, best first: once one gives enough values, the
	// next cannot place one before them.
	enough := func() bool { return limit > 0 && len(values) >= limit }
	// A key that starts with q, or a word of which does (3 and 2).
	from, _ := slices.BinarySearchFunc(x.starts, q, func(s wordStart, q string) int {
		return strings.Compare(x.keys[s.key][s.at:], q)
	})
	for _, s := range x.starts[from:] {
		if !strings.HasPrefix(x.keys[s.key][s.at:], q) {
			break
		}
		offer(s.key)
	}
	// A key with q inside a word (1.5).
	if !enough() && len(q) >= 3 {
		for _, at := range x.text.Lookup([]byte(q), -1) {
			offer(int32(sort.SearchInts(x.keyAt, at+1) - 1))
		}
	}
	// A key with a word two edits from q at most (1).
	if !enough() && len(q) >= 4 {
		near = map[string]bool{}
		var keys []int32
		x.words.near(q, 2, func(i, _ int) {
			near[x.words.keys[i]] = true
			keys = append(keys, x.byWord[i]...)
		})
		for _, k := range keys {
			offer(k)
		}
	}
	return x.pick(found, limit)
}

// scan scores the choices of the sources in one by one.
func (x *choiceIndex) scan(q string, limit int, in []bool) []Completion {
	var found []scored
	near := func(w string) bool { return EditDistance(w, q) <= 2 }
	for s, ok := range in {
		if !ok {
			continue
		}
		for i := x.bySource[s]; i < x.bySource[s+1]; i++ {
			if sc := completionScore(q, x.keys[x.choices[i].key], near); sc > 0 {
				found = append(found, scored{sc, int32(i)})
			}
		}
	}
	return x.pick(found, limit)
}

// shortTable finds the first shortChoices choices for every partial of one
// or two bytes that starts a word of a key, as complete would over every
// article: each such partial's word starts are together in starts.
func (x *choiceIndex) shortTable() map[string][]int32 {
	out := map[string][]int32{}
	value := func(s scored) string { return x.choices[s.i].value }
	for n := 1; n <= 2; n++ {
		for lo := 0; lo < len(x.starts); {
			first := x.keys[x.starts[lo].key][x.starts[lo].at:]
			if len(first) < n {
				lo++
				continue
			}
			q := first[:n]
			b := newBest(shortChoices, x.order, value)
			offered := map[int32]bool{}
			hi := lo
			for ; hi < len(x.starts); hi++ {
				s := x.starts[hi]
				if !strings.HasPrefix(x.keys[s.key][s.at:], q) {
					break
				}
				if offered[s.key] {
					continue
				}
				offered[s.key] = true
				sc := completionScore(q, x.keys[s.key], nil)
				for _, i := range x.byKeyBest[s.key] {
					b.add(scored{sc, i})
				}
			}
			for _, s := range b.items {
				out[q] = append(out[q], s.i)
			}
			lo = hi
		}
	}
	return out
}

// completions gives the first limit choices of a list, as Completions.
func (x *choiceIndex) completions(is []int32, limit int) []Completion {
	if limit > 0 && len(is) > limit {
		is = is[:limit]
	}
	var out []Completion
	for _, i := range is {
		out = append(out, Completion{Label: x.choices[i].label, Value: x.choices[i].value})
	}
	return out
}

// completeEmpty returns the choices for an empty partial.
func (x *choiceIndex) completeEmpty(limit int, in []bool) []Completion {
	if in == nil || x.bySource == nil {
		return x.completions(x.emptyFirst, limit)
	}
	var found []scored
	for s, ok := range in {
		if !ok {
			continue
		}
		for i := x.bySource[s]; i < x.bySource[s+1]; i++ {
			if !x.choices[i].alias {
				found = append(found, scored{1, int32(i)})
			}
		}
	}
	return x.pick(found, limit)
}

// pick orders what was found and keeps the first choice of each value, up
// to limit (all when limit is negative).
func (x *choiceIndex) pick(found []scored, limit int) []Completion {
	if limit == 0 {
		return nil
	}
	value := func(s scored) string { return x.choices[s.i].value }
	if limit > 0 {
		b := newBest(limit, x.order, value)
		for _, s := range found {
			b.add(s)
		}
		found = b.items
	} else {
		slices.SortFunc(found, x.order)
	}
	var out []Completion
	seen := map[string]bool{}
	for _, s := range found {
		c := &x.choices[s.i]
		if seen[c.value] {
			continue
		}
		seen[c.value] = true
		out = append(out, Completion{Label: c.label, Value: c.value})
	}
	return out
}

// completionScore is how well a folded partial q matches a folded key f: 3
// when f starts with it, 2 when a word of f does, 1.5 when it is inside a
// word (three bytes or more), 1 when a word of f is two edits from it at
// most (four bytes or more; near says which are), else 0. An empty partial
// matches everything, with 1.
func completionScore(q, f string, near func(w string) bool) float64 {
	switch {
	case q == "":
		return 1
	case strings.HasPrefix(f, q):
		return 3
	case containsWords(f, q) || atWordStart(f, q):
		return 2
	case len(q) >= 3 && strings.Contains(f, q):
		return 1.5
	}
	if len(q) >= 4 {
		for w := range strings.SplitSeq(f, " ") {
			if w != "" && near(w) {
				return 1
			}
		}
	}
	return 0
}
