// Package wordvec holds general English word vectors, so that the answer
// engine can tell that "began" is close to "started" without a hand-written
// thesaurus.
//
// The vectors are GloVe 6B 100-d (Wikipedia 2014 + Gigaword 5, Public Domain
// Dedication and License), cut to the 100,000 most frequent plain words
// (lowercase a-z, inner hyphens allowed) and quantised to int8 with one
// scale per word. The file vectors.bin is made by internal/gen/wordvec (see
// format.go for its layout and the README for its source) and embedded in
// the binary: Load keeps the embedded bytes as they are and builds only the
// word index.
package wordvec

//go:generate go run ../../internal/gen/wordvec -o vectors.bin -notice NOTICE -tgz=$WORDVEC_TGZ

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed vectors.bin
var embedded string

// Vectors is a read-only table of word vectors. It is safe for concurrent
// use; load it once and share it.
type Vectors struct {
	dim    int
	words  []string // row order, most frequent first; substrings of the data
	index  map[string]int32
	scales []float32 // scales[i] * row i is a unit vector
	matrix string    // len(words) rows of dim int8, as bytes
}

// Load reads the embedded vectors. It costs one map of 100,000 words
// (a few MB) and some milliseconds; the 10 MB matrix stays where the binary
// has it.
func Load() (*Vectors, error) { return Parse(embedded) }

// Len is the number of words.
func (vs *Vectors) Len() int { return len(vs.words) }

// Dim is the number of dimensions of each vector.
func (vs *Vectors) Dim() int { return vs.dim }

// Has reports whether the word has a vector. Words are looked up in lower
// case.
func (vs *Vectors) Has(word string) bool {
	_, ok := vs.row(word)
	return ok
}

// Rank is the word's place by frequency in the source corpus among the
// words kept, 0 for the most frequent ("the"). Frequent words say little
// about a paragraph's topic, so a rank can weigh them down.
func (vs *Vectors) Rank(word string) (int, bool) {
	i, ok := vs.row(word)
	return int(i), ok
}

// RankOf is Rank of a word given as bytes, looked up without making a
// string of them: the spelling corrections look up hundreds of words one
// edit from a question's, and making each a string was most of their
// cost.
func (vs *Vectors) RankOf(word []byte) (int, bool) {
	if hasUpper(string(word)) {
		return vs.Rank(string(word))
	}
	i, ok := vs.index[string(word)]
	return int(i), ok
}

// Word is the word of the given rank, 0 <= rank < Len(): the inverse of
// Rank, for walking the vocabulary in frequency order.
func (vs *Vectors) Word(rank int) string { return vs.words[rank] }

// Vector is the word's vector, or false when the word has none.
func (vs *Vectors) Vector(word string) (Vec, bool) {
	i, ok := vs.row(word)
	if !ok {
		return Vec{}, false
	}
	return vs.vec(i), true
}

// Cosine is the cosine similarity of two words' vectors, between -1 and 1,
// or false when either word has none.
func (vs *Vectors) Cosine(a, b string) (float32, bool) {
	va, ok := vs.Vector(a)
	if !ok {
		return 0, false
	}
	vb, ok := vs.Vector(b)
	if !ok {
		return 0, false
	}
	return va.Cosine(vb), true
}

// CosineTo is the cosine similarity of the word's vector with a unit vector
// u of Dim() components (such as one from Mean), or false when the word has
// no vector or u has another length.
func (vs *Vectors) CosineTo(word string, u []float32) (float32, bool) {
	v, ok := vs.Vector(word)
	if !ok || len(u) != vs.dim {
		return 0, false
	}
	return v.Dot(u), true
}

// Mean is the normalised mean of the words' unit vectors, skipping words
// without one: a vector for a sentence or a bag of words. It is nil when no
// word has a vector.
func (vs *Vectors) Mean(words []string) []float32 {
	var sum []float32
	for _, w := range words {
		v, ok := vs.Vector(w)
		if !ok {
			continue
		}
		if sum == nil {
			sum = make([]float32, vs.dim)
		}
		v.AddTo(sum, 1)
	}
	if sum == nil || !Normalise(sum) {
		return nil
	}
	return sum
}

func (vs *Vectors) vec(i int32) Vec {
	off := int(i) * vs.dim
	return Vec{q: vs.matrix[off : off+vs.dim], scale: vs.scales[i]}
}

// row finds the word's row, lower-casing it only when it has upper case.
func (vs *Vectors) row(word string) (int32, bool) {
	if hasUpper(word) {
		word = strings.ToLower(word)
	}
	i, ok := vs.index[word]
	return i, ok
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			return true
		}
		if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if unicode.IsUpper(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}
