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
	"hash/maphash"

	"github.com/coveragebot/coveragebot/engine/internal/pages"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed vectors.bin
var embedded string

// Vectors is a read-only table of word vectors. It is safe for concurrent
// use; load it once and share it.
type Vectors struct {
	dim int
	// words are the words' lines of the data, in row order, most frequent
	// first: row i's word starts at starts[i] and ends before the newline
	// at starts[i+1]-1.
	words  string
	starts []int32
	// slots is a hash table of the rows by their word (open addressing,
	// a power of two long, row+1 in each slot, 0 for none): with the
	// words read where the data has them, at 100,000 words about 1.5 MB
	// where a map[string]int32 and a []string of them were 6 MB of heap
	// that every collection marks and that serving lets grow by half
	// again between collections.
	slots []int32
	seed  maphash.Seed
	// common holds the commonWords commonest words' hashes, for
	// RankBelow.
	common bloom
	scales []float32 // scales[i] * row i is a unit vector
	matrix string    // Len() rows of dim int8, as bytes
}

// Load reads the embedded vectors. It costs one map of 100,000 words
// (a few MB) and some milliseconds; the 10 MB matrix stays where the binary
// has it.
func Load() (*Vectors, error) { return Parse(embedded) }

// Release gives back the resident pages of the embedded vectors, which a
// build reads whole (every word of the coverage) but a question only here
// and there: they are mapped again from the page cache as they are read,
// and the 10 MB do not count in the process's memory until then.
func Release() { pages.String(embedded) }

// Len is the number of words.
func (vs *Vectors) Len() int { return len(vs.starts) - 1 }

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
	mask := uint64(len(vs.slots) - 1)
	for h := maphash.Bytes(vs.seed, word) & mask; ; h = (h + 1) & mask {
		r := vs.slots[h] - 1
		if r < 0 {
			return 0, false
		}
		if vs.word(r) == string(word) {
			return int(r), true
		}
	}
}

// RankBelow is RankOf for a word among the n commonest, false for any
// other. A spelling correction tries the hundreds of words one edit from
// a question's against English's few thousand commonest: almost none is
// among them, and each look-up of the hash table, a megabyte, and of the
// words it points to was two misses of the processor's cache. For n up
// to commonWords a filter of 16 KB turns most of them away first.
func (vs *Vectors) RankBelow(word []byte, n int) (int, bool) {
	if n > commonWords || hasUpper(string(word)) {
		r, ok := vs.RankOf(word)
		return r, ok && r < n
	}
	h := maphash.Bytes(vs.seed, word)
	if !vs.common.has(h) {
		return 0, false
	}
	mask := uint64(len(vs.slots) - 1)
	for h &= mask; ; h = (h + 1) & mask {
		r := vs.slots[h] - 1
		if r < 0 {
			return 0, false
		}
		if vs.word(r) == string(word) {
			return int(r), int(r) < n
		}
	}
}

// commonWords is how many of the commonest words RankBelow's filter
// holds: more than a spelling correction asks for (slipScan, 5,000).
const commonWords = 8192

// bloom is a Bloom filter of 2^17 bits set by two bits of a word's hash:
// with commonWords words in it, about one word in seventy not in it
// passes.
type bloom [1 << 17 / 64]uint64

func (b *bloom) add(h uint64) {
	for _, i := range bloomBits(h) {
		b[i/64] |= 1 << (i % 64)
	}
}

func (b *bloom) has(h uint64) bool {
	for _, i := range bloomBits(h) {
		if b[i/64]&(1<<(i%64)) == 0 {
			return false
		}
	}
	return true
}

// bloomBits are the two bits of the filter a hash sets: from its top
// bits, which the hash table's index (its bottom bits) does not use.
func bloomBits(h uint64) [2]uint64 { return [2]uint64{h >> 47, (h >> 30) & (1<<17 - 1)} }

// Word is the word of the given rank, 0 <= rank < Len(): the inverse of
// Rank, for walking the vocabulary in frequency order.
func (vs *Vectors) Word(rank int) string { return vs.word(int32(rank)) }

// word is row i's word.
func (vs *Vectors) word(i int32) string { return vs.words[vs.starts[i] : vs.starts[i+1]-1] }

// slotsFor is the length of the hash table for n words: a power of two at
// least twice n, so that a look-up seldom probes more than one slot.
func slotsFor(n int) int {
	size := 1
	for size < 2*n {
		size *= 2
	}
	return size
}

// put adds row i to the hash table by its word; false when the word is
// there already.
func (vs *Vectors) put(i int32) bool {
	w := vs.word(i)
	mask := uint64(len(vs.slots) - 1)
	for h := maphash.String(vs.seed, w) & mask; ; h = (h + 1) & mask {
		r := vs.slots[h] - 1
		if r < 0 {
			vs.slots[h] = i + 1
			return true
		}
		if vs.word(r) == w {
			return false
		}
	}
}

// find is the row of a word in lower case.
func (vs *Vectors) find(w string) (int32, bool) {
	mask := uint64(len(vs.slots) - 1)
	for h := maphash.String(vs.seed, w) & mask; ; h = (h + 1) & mask {
		r := vs.slots[h] - 1
		if r < 0 {
			return 0, false
		}
		if vs.word(r) == w {
			return r, true
		}
	}
}

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
	return vs.find(word)
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
