package wordvec

import "strings"

// Block is vectors stored one after another. A Vec points at its word's row
// of the whole table, so that the vectors of a group of words lie scattered
// over megabytes; a scan of a Block reads memory in order instead. The
// vectors are copies, components and scales alike, so their cosines are
// the same to the bit.
type Block struct {
	q      string // the vectors' int8 components, one vector after another
	scales []float32
	dim    int
}

// NewBlock copies vs, which all have the same dimension, into a Block.
func NewBlock(vs []Vec) Block {
	if len(vs) == 0 {
		return Block{}
	}
	b := Block{scales: make([]float32, len(vs)), dim: len(vs[0].q)}
	var q strings.Builder
	q.Grow(len(vs) * b.dim)
	for i, v := range vs {
		q.WriteString(v.q)
		b.scales[i] = v.scale
	}
	b.q = q.String()
	return b
}

// Len is the number of vectors.
func (b Block) Len() int { return len(b.scales) }

// At returns the ith vector.
func (b Block) At(i int) Vec {
	off := i * b.dim
	return Vec{q: b.q[off : off+b.dim], scale: b.scales[i]}
}
