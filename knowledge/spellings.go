package knowledge

import (
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// spellings is a set of distinct strings in which those a few edits from a
// word are found without measuring each. Strings whose length alone puts
// them out of reach are never looked at; the others, of each length in
// turn, are walked in order as a trie: neighbours share the rows of the edit
// distance table for their common prefix, only the band of each row within
// reach of its diagonal is filled, and a prefix is left, with every string
// that starts with it, as soon as no entry of its row is within reach (an
// entry of a row is never less than the smallest of the row before). When
// many edits are allowed, a string is first measured by its letters alone,
// which no edit but a swap leaves unchanged; and before anything, by which
// letters it has at all, which each edit changes by one at most.
type spellings struct {
	// keys are the strings by length in runes, then in order; shared[i] is
	// how many leading runes keys[i] has in common with keys[i-1].
	keys   []string
	shared []int32
	// letters[i] is the set of letters of keys[i], a bit per rune modulo 64.
	letters []uint64
	// byLen[n] is the position of the first key of n runes or more.
	byLen []int
}

// bagReach is the fewest edits from which near first compares letters: under
// it, walking the table is cheaper than counting.
const bagReach = 3

// newSpellings takes distinct strings in any order.
func newSpellings(set []string) *spellings {
	s := &spellings{keys: slices.Clone(set), shared: make([]int32, len(set)), letters: make([]uint64, len(set))}
	slices.SortFunc(s.keys, func(a, b string) int {
		if la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b); la != lb {
			return la - lb
		}
		return strings.Compare(a, b)
	})
	var prev []rune
	for i, k := range s.keys {
		cur := []rune(k)
		for len(s.byLen) <= len(cur) {
			s.byLen = append(s.byLen, i)
		}
		n := 0
		for n < len(prev) && n < len(cur) && prev[n] == cur[n] {
			n++
		}
		s.shared[i] = int32(n)
		s.letters[i] = letterSet(k)
		prev = cur
	}
	s.byLen = append(s.byLen, len(s.keys))
	return s
}

// near calls found with the position in keys and the distance of every
// string at most k edits from q, counted as EditDistance counts them.
func (s *spellings) near(q string, k int, found func(i, d int)) {
	if k < 0 {
		return
	}
	qr := []rune(q)
	m := len(qr)
	lo, hi := max(0, m-k), min(len(s.byLen)-2, m+k)
	if lo > hi {
		return
	}
	var bag [32]int
	for _, r := range qr {
		bag[r%32]++
	}
	ql := letterSet(q)
	// key holds the runes of the string walked, as far as they are read, and
	// ends[p] how many bytes the first p of them take: a string that shares
	// a prefix with the last one walked starts reading after it.
	key, ends := make([]rune, hi), make([]int, hi+1)
	w := m + 1
	// Row p of the table is rows[p*w:(p+1)*w]: the distances from the first
	// p runes of the string walked to each prefix of q. An entry outside
	// row p's band, further than k from its diagonal, is more than k and
	// holds k+1 where a neighbour in the band reads it.
	rows := make([]int, (hi+1)*w)
	for j := range w {
		rows[j] = min(j, k+1)
	}
	for n := lo; n <= hi; n++ {
		depth := 0 // the rows up to depth hold for the string walked last
		for i := s.byLen[n]; i < s.byLen[n+1]; {
			if i > s.byLen[n] {
				depth = min(depth, int(s.shared[i]))
			}
			// An edit adds one letter to a string's set and takes one away
			// at most: a string with more than k letters q lacks, or
			// lacking more than k of q's, is further than k.
			if kl := s.letters[i]; bits.OnesCount64(ql&^kl) > k || bits.OnesCount64(kl&^ql) > k ||
				k >= bagReach && bagDistance(&bag, m, s.keys[i]) > k {
				i++
				continue
			}
			dead := 0
			for p := depth + 1; p <= n; p++ {
				r, size := utf8.DecodeRuneInString(s.keys[i][ends[p-1]:])
				key[p-1], ends[p] = r, ends[p-1]+size
				prev, cur := rows[(p-1)*w:p*w], rows[p*w:(p+1)*w]
				from, to := max(1, p-k), min(m, p+k)
				cur[0] = p
				if from > 1 {
					cur[from-1] = k + 1
				}
				least := k + 1
				if p <= k {
					least = p
				}
				for j := from; j <= to; j++ {
					cost := 1
					if r == qr[j-1] {
						cost = 0
					}
					v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
					if p > 1 && j > 1 && r == qr[j-2] && key[p-2] == qr[j-1] {
						v = min(v, rows[(p-2)*w+j-2]+1)
					}
					cur[j] = v
					least = min(least, v)
				}
				if to < m {
					cur[to+1] = k + 1
				}
				if least > k {
					dead = p
					break
				}
			}
			if dead > 0 {
				// No string that starts with key[:dead] is near: skip them all.
				depth = dead - 1
				for i++; i < s.byLen[n+1] && int(s.shared[i]) >= dead; i++ {
				}
				continue
			}
			depth = n
			if d := rows[n*w+m]; d <= k {
				found(i, d)
			}
			i++
		}
	}
}

// bagDistance is how many runes of q (counted into bag by rune modulo 32, m
// of them) key lacks, or it has over q, whichever is more: a bound under the
// edit distance, since each edit but a swap adds or takes one rune of each
// count at most. Counts merged by rune modulo 32 only lower it.
func bagDistance(bag *[32]int, m int, key string) int {
	kb := *bag
	n := 0
	for _, r := range key {
		kb[r%32]--
		n++
	}
	lack := 0
	for _, c := range kb {
		if c > 0 {
			lack += c
		}
	}
	// lack - over is m - n: the runes counted on each side.
	return max(lack, lack-m+n)
}

// letterSet is the set of a string's letters, a bit per rune modulo 64:
// runes that share a bit count as one, which only makes two sets closer.
func letterSet(s string) uint64 {
	var set uint64
	for _, r := range s {
		set |= 1 << (uint32(r) % 64)
	}
	return set
}

// sortedKeys returns the keys of a map in order.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// eachWord calls f with each word of a string made by wordsOnly (words
// between single spaces), without splitting it into a new slice.
func eachWord(s string, f func(w string)) {
	for s != "" {
		w, rest, _ := strings.Cut(s, " ")
		f(w)
		s = rest
	}
}
