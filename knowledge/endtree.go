package knowledge

import "sort"

// endTree counts, among the events at positions lo up to hi of an
// eventOrder, those that end by a day, without reading each: a merge-sort
// tree over the events' last days. Level k holds the last days sorted
// within each aligned block of 1<<k positions, so that any run of
// positions is a handful of blocks per level, each counted by binary
// search: O(log² n) a count, for a window that may hold most of the
// coverage's events.
type endTree struct {
	levels [][]int32
}

// dayOf is a Unix midnight in UTC as a day number, small enough for int32.
func dayOf(unix int64) int32 { return int32(unix / 86400) }

func newEndTree(ends []int64) endTree {
	n := len(ends)
	base := make([]int32, n)
	for i, e := range ends {
		base[i] = dayOf(e)
	}
	t := endTree{levels: [][]int32{base}}
	for size := 1; size < n; size *= 2 {
		prev := t.levels[len(t.levels)-1]
		next := make([]int32, n)
		for lo := 0; lo < n; lo += 2 * size {
			mid, hi := min(lo+size, n), min(lo+2*size, n)
			merge(next[lo:hi], prev[lo:mid], prev[mid:hi])
		}
		t.levels = append(t.levels, next)
	}
	return t
}

// merge writes the sorted a and b, merged, into dst.
func merge(dst, a, b []int32) {
	i, j := 0, 0
	for k := range dst {
		if j >= len(b) || (i < len(a) && a[i] <= b[j]) {
			dst[k] = a[i]
			i++
		} else {
			dst[k] = b[j]
			j++
		}
	}
}

// count is how many of the positions lo up to hi end on or before day.
func (t endTree) count(lo, hi int, day int32) int {
	n := 0
	for k := 0; lo < hi && k < len(t.levels); k++ {
		size := 1 << k
		if lo&1 == 1 {
			n += atMost(t.levels[k][lo*size:(lo+1)*size], day)
			lo++
		}
		if hi&1 == 1 {
			hi--
			n += atMost(t.levels[k][hi*size:(hi+1)*size], day)
		}
		lo, hi = lo/2, hi/2
	}
	return n
}

// atMost is how many of the sorted s are at most day.
func atMost(s []int32, day int32) int {
	return sort.Search(len(s), func(i int) bool { return s[i] > day })
}

// nth returns the position of the (k+1)th event, from lo, that ends on or
// before day, or hi when fewer than k+1 of those up to hi do.
func (t endTree) nth(lo, hi, k int, day int32) int {
	// The first position p with k+1 such events in lo up to p, itself
	// included.
	return lo + sort.Search(hi-lo, func(i int) bool { return t.count(lo, lo+i+1, day) > k })
}
