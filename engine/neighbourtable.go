package engine

import (
	"hash/crc32"
	"math"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/coveragebot/coveragebot/engine/wordvec"
)

// The neighbour table holds each word's tableNeighbours nearest from
// cosine tableCos: the widest search a question's reading makes (the kinds
// of an answer noun). Any narrower search, as for the near neighbours
// (minNeighbourCos, maxNeighbours), is the first of these.
const (
	tableCos        = kindNeighbourCos
	tableNeighbours = kindNeighbours
)

// neighbourTable holds, for every word of a coverage that has a vector, the
// coverage's words nearest to it, as vocabulary.neighbours finds them: made
// when the snapshot is, and kept in it. At 100,000 paragraphs a question's
// words are mostly the coverage's own, and scanning the vector space's
// nearest regions for each word read the first time was a ninth of the
// read stage's CPU with cold caches (1,240 of 1,373 scans for 2,000
// questions were for the coverage's words, nearly all different: no cache
// of recent words spares them). At 100,000 paragraphs the table is some
// 2.8 MB of the snapshot, mapped: a question reads its words' rows, a few
// hundred bytes each. A word outside the coverage is still searched for.
//
// Rows are the coverage's vector words in the order of their spelling (see
// vocabulary.vecWordAt); a row's entries are its neighbours best first,
// each as its word's row and its cosine's bits. The table fits one
// vocabulary, which words and sum name: an engine whose vocabulary has
// other words (an article added since) searches as before.
type neighbourTable struct {
	words int
	sum   uint32
	// start[i] to start[i+1] are row i's entries, two values each in
	// list.
	start []uint32
	list  []uint32
}

// newNeighbourTable searches every vector word of v for its neighbours, on
// every core.
func newNeighbourTable(v *vocabulary, lex *lexicon) *neighbourTable {
	n := v.vecWordCount()
	rows := make([][]wordvec.Neighbour, n)
	const chunk = 64
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for {
				from := int(next.Add(chunk)) - chunk
				if from >= n {
					return
				}
				for i := from; i < min(n, from+chunk); i++ {
					w, vec := v.vecWordAt(i)
					rows[i] = v.neighbours(lex, vec, w, tableCos, tableNeighbours)
				}
			}
		})
	}
	wg.Wait()
	place := make(map[string]uint32, n)
	entries := 0
	for i, nbs := range rows {
		w, _ := v.vecWordAt(i)
		place[w] = uint32(i)
		entries += len(nbs)
	}
	t := &neighbourTable{words: n, sum: v.vecWordSum(), start: make([]uint32, 0, n+1), list: make([]uint32, 0, 2*entries)}
	t.start = append(t.start, 0)
	for _, nbs := range rows {
		for _, nb := range nbs {
			t.list = append(t.list, place[nb.Word], math.Float32bits(nb.Cosine))
		}
		t.start = append(t.start, uint32(len(t.list)/2))
	}
	return t
}

// fits reports whether the table is of v's vector words.
func (t *neighbourTable) fits(v *vocabulary) bool {
	return t != nil && t.words == v.vecWordCount() && len(t.start) == t.words+1 && t.sum == v.vecWordSum()
}

// lookup returns what v.neighbours(lex, vec, word, minCos, k) returns,
// from the table; false when the table cannot say: a word without a row, a
// vector other than the word's own, a wider search, an entry out of place
// (a damaged snapshot). The rows were searched with v's vectors: v must be
// the vocabulary the table fits.
func (t *neighbourTable) lookup(v *vocabulary, vec wordvec.Vec, word string, minCos float32, k int) ([]wordvec.Neighbour, bool) {
	if t == nil || minCos < tableCos || k > tableNeighbours || k <= 0 {
		return nil, false
	}
	i, ok := v.vecWordPlace(word)
	if !ok || i+1 >= len(t.start) {
		return nil, false
	}
	if _, own := v.vecWordAt(i); own != vec {
		return nil, false
	}
	from, to := int(t.start[i]), int(t.start[i+1])
	if from > to || 2*to > len(t.list) {
		return nil, false
	}
	n := 0
	for n < to-from && n < k && math.Float32frombits(t.list[2*(from+n)+1]) >= minCos {
		n++
	}
	out := make([]wordvec.Neighbour, n)
	for j := range out {
		at := 2 * (from + j)
		p := int(t.list[at])
		if p >= t.words {
			return nil, false
		}
		w, _ := v.vecWordAt(p)
		out[j] = wordvec.Neighbour{Word: w, Cosine: math.Float32frombits(t.list[at+1])}
	}
	return out, true
}

// vecWordCount is how many words with vectors the vocabulary searches.
func (v *vocabulary) vecWordCount() int {
	if v.byCluster == nil {
		return len(v.vecWords.words)
	}
	return len(v.sortedVec)
}

// vecWordAt returns the vocabulary's ith word with a vector, in the order
// of their spelling, and its vector.
func (v *vocabulary) vecWordAt(i int) (string, wordvec.Vec) {
	b, j := &v.vecWords, i
	if v.byCluster != nil {
		p := v.sortedVec[i]
		b, j = &v.byCluster[p&0xff], int(p>>8)
	}
	return b.words[j], b.vecs.At(j)
}

// vecWordPlace returns where vecWordAt has word, false when the vocabulary
// has no vector for it.
func (v *vocabulary) vecWordPlace(word string) (int, bool) {
	n := v.vecWordCount()
	at := func(i int) string { w, _ := v.vecWordAt(i); return w }
	i := sort.Search(n, func(i int) bool { return at(i) >= word })
	return i, i < n && at(i) == word
}

// vecWordSum is the CRC-32C of the vocabulary's words with vectors, in
// order, each ended by a zero byte: what a neighbour table is of.
func (v *vocabulary) vecWordSum() uint32 {
	h := crc32.New(castagnoli)
	buf := make([]byte, 0, 64)
	for i := range v.vecWordCount() {
		w, _ := v.vecWordAt(i)
		buf = append(append(buf[:0], w...), 0)
		h.Write(buf)
	}
	return h.Sum32()
}

// neighbourTable returns the engine's neighbour table, made first when it
// has none, and kept by its store for the engines that follow it. Only
// saveSnapshot calls it, before the engine answers a question: it sets
// the engine's table unguarded.
func (e *Engine) neighbourTable() *neighbourTable {
	if e.near == nil && e.lex.vec != nil && e.vocab.vecWordCount() > 0 {
		e.near = newNeighbourTable(e.vocab, e.lex)
		e.store.near = e.near
	}
	return e.near
}
