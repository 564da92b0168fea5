package engine

import (
	"reflect"
	"slices"
	"testing"

	"github.com/coveragebot/coveragebot/engine/wordvec"
)

// A question word's near neighbours are the first of its wide ones, and
// the cache returns what a search returns.
func TestNearNeighbours(t *testing.T) {
	synthetic, _ := synthEngine(t, 1500)
	for _, e := range []*Engine{engineFor(t), synthetic} {
		for _, w := range []string{"leader", "punishment", "territory", "weapons", "budget", "closure", "harbour", "households", "review", "day"} {
			vec, ok := e.lex.vec.Vector(w)
			if !ok {
				t.Fatalf("no vector for %q", w)
			}
			want := e.vocab.neighbours(e.lex, vec, w, minNeighbourCos, maxNeighbours)
			wide := e.vocab.neighbours(e.lex, vec, w, kindNeighbourCos, kindNeighbours)
			if got := e.nearNeighbours(vec, w, wide); !slices.Equal(got, want) {
				t.Errorf("%q from its wide neighbours: %v, want %v", w, got, want)
			}
			for range 2 { // a miss, then a hit
				if got := e.nearNeighbours(vec, w, nil); !slices.Equal(got, want) {
					t.Errorf("%q through the cache: %v, want %v", w, got, want)
				}
			}
		}
	}
}

func TestNeighbourCacheKeepsRecentWords(t *testing.T) {
	var c neighbourCache
	for i := range neighbourCacheSize {
		c.put(neighbourKey{word: string(rune('a' + i%26)), k: i}, nil)
	}
	if n := len(c.cur) + len(c.prev); n > neighbourCacheSize {
		t.Errorf("%d entries, want at most %d", n, neighbourCacheSize)
	}
	last := neighbourKey{word: string(rune('a' + (neighbourCacheSize-1)%26)), k: neighbourCacheSize - 1}
	if _, ok := c.cur[last]; !ok {
		t.Errorf("the last word put is gone")
	}
}

// The best k kept as the scan goes are the first k of every word within
// the cosine, sorted: the same words in the same order, ties by word.
func TestNeighboursKeepTheBestK(t *testing.T) {
	synthetic, _ := synthEngine(t, 1500)
	for _, e := range []*Engine{engineFor(t), synthetic} {
		for _, w := range []string{"leader", "punishment", "territory", "weapons", "budget", "closure", "harbour", "households", "review", "day", "the", "battalion"} {
			vec, ok := e.lex.vec.Vector(w)
			if !ok {
				t.Fatalf("no vector for %q", w)
			}
			for _, minCos := range []float32{-1, 0, 0.3, 0.55} {
				all := e.vocab.neighbours(e.lex, vec, w, minCos, 1<<30)
				if !slices.IsSortedFunc(all, func(a, b wordvec.Neighbour) int {
					if farther(b, a) {
						return -1
					}
					return 1
				}) {
					t.Fatalf("%q from %v: not sorted best first", w, minCos)
				}
				for _, n := range all {
					if n.Cosine < minCos || n.Word == w {
						t.Fatalf("%q from %v: %v should not be kept", w, minCos, n)
					}
				}
				for _, k := range []int{1, 6, 30, 500} {
					got := e.vocab.neighbours(e.lex, vec, w, minCos, k)
					if want := all[:min(k, len(all))]; !slices.Equal(got, want) {
						t.Errorf("%q from %v, best %d: %v, want %v", w, minCos, k, got, want)
					}
				}
			}
		}
	}
}

// TestWordCacheShares holds that a word's reading, remembered, is what
// reading it afresh gives, whatever a question that got it did to its
// alternatives: each question gets alternatives of its own.
func TestWordCacheShares(t *testing.T) {
	e := engineFor(t)
	w := e.readText("ceasefire")[0]
	fresh := e.readWordAfresh(w, false, false, false, 0)
	e.readWord(w, false, false, false, 0)
	got := e.readWord(w, false, false, false, 0) // remembered
	for i := range got.alts {
		got.alts[i].strength, got.alts[i].sure = 0, false // as appendAlt changes one in place
	}
	got.alts = appendAlt(got.alts, alt{terms: []string{"x"}, strength: 1, sure: true})
	if again := e.readWord(w, false, false, false, 0); !reflect.DeepEqual(again, fresh) {
		t.Errorf("remembered reading changed by a question that got it:\n%+v\nwant\n%+v", again, fresh)
	}
}
