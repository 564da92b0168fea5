package wordvec

import (
	"math"
	"slices"
)

// Neighbour is a word and its cosine similarity to a query.
type Neighbour struct {
	Word   string
	Cosine float32
}

// Similar is the k words closest to word, best first, leaving out the word
// itself, or nil when the word has no vector. When among is not nil, only
// the words it accepts are kept; it is asked (in lower case) only about
// words that would make the top k found so far, so it may be a map look-up
// or slower. It
// scans all 100,000 vectors, which takes some milliseconds: for a list of
// candidates, SimilarIn is faster.
func (vs *Vectors) Similar(word string, k int, among func(string) bool) []Neighbour {
	i, ok := vs.row(word)
	if !ok || k <= 0 {
		return nil
	}
	v := vs.vec(i)
	q := make([]int32, vs.dim)
	for j := range q {
		q[j] = int32(int8(v.q[j]))
	}
	return vs.nearest(q, v.scale, k, int(i), among)
}

// Nearest is the k words closest to u (Dim() components, any length but
// zero), best first, as for Similar.
func (vs *Vectors) Nearest(u []float32, k int, among func(string) bool) []Neighbour {
	if len(u) != vs.dim || k <= 0 {
		return nil
	}
	// Scale u to int16 range: the scan then runs on integers, and rounding
	// changes a cosine by less than 1e-4.
	var m, ss float64
	for _, x := range u {
		m = max(m, math.Abs(float64(x)))
		ss += float64(x) * float64(x)
	}
	if m == 0 {
		return nil
	}
	q := make([]int32, vs.dim)
	for j, x := range u {
		q[j] = int32(math.Round(float64(x) / m * math.MaxInt16))
	}
	scale := float32(m / math.MaxInt16 / math.Sqrt(ss))
	return vs.nearest(q, scale, k, -1, among)
}

type candidate struct {
	row   int
	score float32
}

// worse orders candidates: a lower score, then a rarer word.
func worse(a, b candidate) bool {
	return a.score < b.score || a.score == b.score && a.row > b.row
}

// nearest scans every row for the k best dot products with q, whose
// components times qscale make the query vector; skip is a row to leave out.
func (vs *Vectors) nearest(q []int32, qscale float32, k, skip int, among func(string) bool) []Neighbour {
	dim := vs.dim
	top := NewTop(min(k, vs.Len()), worse)
	for i := range vs.Len() {
		c := candidate{i, float32(dot(vs.matrix[i*dim:i*dim+dim], q)) * (vs.scales[i] * qscale)}
		if !top.Wants(c) || i == skip || among != nil && !among(vs.Word(i)) {
			continue
		}
		top.Push(c)
	}
	return vs.neighbours(top.Sorted())
}

// SimilarIn is the k candidates closest to word, best first, as for Similar
// but looking only at the candidates; the word itself, repeats and words
// without a vector are left out. It costs a look-up and a dot product per
// candidate, so for a few thousand candidates it is much faster than
// Similar with among.
func (vs *Vectors) SimilarIn(word string, k int, candidates []string) []Neighbour {
	i, ok := vs.row(word)
	if !ok || k <= 0 {
		return nil
	}
	v := vs.vec(i)
	top := NewTop(min(k, len(candidates)), worse)
	seen := map[int32]bool{i: true}
	for _, w := range candidates {
		j, ok := vs.row(w)
		if !ok || seen[j] {
			continue
		}
		seen[j] = true
		if c := (candidate{int(j), v.Cosine(vs.vec(j))}); top.Wants(c) {
			top.Push(c)
		}
	}
	return vs.neighbours(top.Sorted())
}

func (vs *Vectors) neighbours(cs []candidate) []Neighbour {
	out := make([]Neighbour, len(cs))
	for i, c := range cs {
		out[i] = Neighbour{vs.Word(c.row), c.score}
	}
	return out
}

// Top keeps the k best of the items offered, in a min-heap whose root is
// the worst kept, by worse: the words nearest a query, of a scan that
// compares it with thousands.
type Top[T any] struct {
	k     int
	worse func(a, b T) bool
	heap  []T
}

// NewTop keeps the best k by worse.
func NewTop[T any](k int, worse func(a, b T) bool) *Top[T] {
	return &Top[T]{k: k, worse: worse, heap: make([]T, 0, min(k, 1024))}
}

// Wants reports whether c would be kept.
func (t *Top[T]) Wants(c T) bool {
	return len(t.heap) < t.k || len(t.heap) > 0 && t.worse(t.heap[0], c)
}

// Push keeps c, which it wants, dropping the worst kept when full.
func (t *Top[T]) Push(c T) {
	h, worse := t.heap, t.worse
	if len(h) < t.k {
		h = append(h, c)
		for i := len(h) - 1; i > 0; {
			p := (i - 1) / 2
			if !worse(h[i], h[p]) {
				break
			}
			h[i], h[p] = h[p], h[i]
			i = p
		}
		t.heap = h
		return
	}
	h[0] = c
	for i := 0; ; {
		m, l := i, 2*i+1
		if l < len(h) && worse(h[l], h[m]) {
			m = l
		}
		if r := l + 1; r < len(h) && worse(h[r], h[m]) {
			m = r
		}
		if m == i {
			return
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
}

// Sorted is the kept items, best first.
func (t *Top[T]) Sorted() []T {
	slices.SortFunc(t.heap, func(a, b T) int {
		if t.worse(b, a) {
			return -1
		}
		return 1
	})
	return t.heap
}

func dot(row string, q []int32) int32 {
	q = q[:len(row)]
	var s0, s1, s2, s3 int32
	j := 0
	for ; j+4 <= len(row); j += 4 {
		s0 += int32(int8(row[j])) * q[j]
		s1 += int32(int8(row[j+1])) * q[j+1]
		s2 += int32(int8(row[j+2])) * q[j+2]
		s3 += int32(int8(row[j+3])) * q[j+3]
	}
	for ; j < len(row); j++ {
		s0 += int32(int8(row[j])) * q[j]
	}
	return s0 + s1 + s2 + s3
}
