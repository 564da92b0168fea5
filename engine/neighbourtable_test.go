package engine

import (
	"path/filepath"
	"slices"
	"testing"
	"unsafe"

	"github.com/coveragebot/coveragebot/internal/synth"
	"github.com/coveragebot/coveragebot/knowledge"
)

// The neighbours a reopened engine reads from its snapshot's table are
// those a search finds, for every word of the coverage that has a vector,
// both the wide and the near ones; a word outside the coverage is searched
// for. The table is the mapped file's. An update whose vocabulary has other
// words does not use it; one with the same words does.
func TestNeighbourTable(t *testing.T) {
	for _, tc := range []struct {
		name       string
		paragraphs int
		clustered  bool
	}{
		{"whole", 300, false},
		{"by region", 3000, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, facts, extra := reopenedSynth(t, tc.paragraphs)
			if got := e.vocab.byCluster != nil; got != tc.clustered {
				t.Fatalf("vocabulary by region %v, want %v: the test does not test what it says", got, tc.clustered)
			}
			if e.near == nil {
				t.Fatal("the reopened engine has no neighbour table")
			}
			if m := e.store.snap; m != nil {
				lo, hi := uintptr(unsafe.Pointer(&m.data[0])), uintptr(unsafe.Pointer(&m.data[0]))+uintptr(len(m.data))
				for _, col := range [][]uint32{e.near.start, e.near.list} {
					if p := uintptr(unsafe.Pointer(&col[0])); p < lo || p+4*uintptr(len(col)) > hi {
						t.Error("the table is not the mapped file's")
					}
				}
			}
			n := e.vocab.vecWordCount()
			if n != e.near.words {
				t.Fatalf("%d rows for %d words", e.near.words, n)
			}
			for i := range n {
				w, vec := e.vocab.vecWordAt(i)
				for _, s := range []struct {
					cos float32
					k   int
				}{{kindNeighbourCos, kindNeighbours}, {minNeighbourCos, maxNeighbours}} {
					want := e.vocab.neighbours(e.lex, vec, w, s.cos, s.k)
					got, ok := e.near.lookup(e.vocab, vec, w, s.cos, s.k)
					if !ok || !slices.Equal(got, want) {
						t.Fatalf("%q from %v, best %d: %v (%v), want %v", w, s.cos, s.k, got, ok, want)
					}
				}
			}
			for _, w := range []string{"zebra", "sommelier", "harpsichord"} {
				vec, ok := e.lex.vec.Vector(w)
				if !ok || e.vocab.dfOf(e.termOf(w)) > 0 {
					t.Fatalf("%q: want a word with a vector the coverage does not use", w)
				}
				if _, ok := e.near.lookup(e.vocab, vec, w, kindNeighbourCos, kindNeighbours); ok {
					t.Errorf("%q: the table answers for a word it has no row for", w)
				}
				want := e.vocab.neighbours(e.lex, vec, w, kindNeighbourCos, kindNeighbours)
				if got := e.neighbours(vec, w, kindNeighbourCos, kindNeighbours); !slices.Equal(got, want) {
					t.Errorf("%q: %v, want %v", w, got, want)
				}
			}

			same, err := e.Update(t.Context(), e.sources)
			if err != nil {
				t.Fatal(err)
			}
			defer same.Close()
			if same.(*Engine).near != e.near {
				t.Error("an update with the same words does not use the table")
			}
			src, err := knowledge.LoadSources(t.Context(), knowledge.Config{Facts: append(slices.Clone(facts), extra)})
			if err != nil {
				t.Fatal(err)
			}
			more, err := e.Update(t.Context(), src)
			if err != nil {
				t.Fatal(err)
			}
			defer more.Close()
			if m := more.(*Engine); m.vocab.vecWordSum() == e.vocab.vecWordSum() {
				t.Error("the extra article adds no word with a vector: the test does not test what it says")
			} else if m.near != nil {
				t.Error("an update with other words uses the table of the words before")
			}
		})
	}
}

// reopenedSynth writes a generated coverage of n paragraphs to disk, loads
// it with an index path (which saves its snapshot) and loads it again,
// reopened from the snapshot: the engine, the fact bases and the one of
// the generator's extra article.
func reopenedSynth(t *testing.T, n int) (*Engine, []string, string) {
	t.Helper()
	c, err := synth.Generate(synth.Options{Paragraphs: n, PerArticle: 29, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := c.WriteDir(dir); err != nil {
		t.Fatal(err)
	}
	var facts []string
	for _, f := range c.Facts() {
		facts = append(facts, filepath.Join(dir, f))
	}
	index := filepath.Join(t.TempDir(), "index")
	built := newEngine(t, facts, index)
	if err := saveSnapshot(index, facts, built); err != nil {
		t.Fatal(err)
	}
	built.Close()
	snap, err := loadSnapshot(index, facts)
	if err != nil {
		t.Fatalf("the snapshot just written is refused: %v", err)
	}
	e, ok := reopen(t.Context(), snap, index)
	if !ok {
		t.Fatal("the snapshot does not reopen its index")
	}
	t.Cleanup(func() { e.Close() })
	return e, facts, filepath.Join(dir, c.ExtraFacts())
}
