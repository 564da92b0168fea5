package wordvec

import (
	"slices"
	"testing"
)

// A word's near neighbours lie in the clusters nearest to it: the engine
// scans only those.
func TestClustersHoldNeighbours(t *testing.T) {
	vs, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	c, err := LoadClusters()
	if err != nil {
		t.Fatal(err)
	}
	found, all := 0, 0
	for _, w := range []string{"began", "ceasefire", "sanctions", "attorney", "walked", "striker", "dementia", "harbour", "verdict", "judge"} {
		v, _ := vs.Vector(w)
		near := c.Nearest(v, 16)
		for _, nb := range vs.Similar(w, 10, nil) {
			if nb.Cosine < 0.6 {
				continue
			}
			all++
			if j, ok := c.Of(vs, nb.Word); ok && slices.Contains(near, j) {
				found++
			}
		}
	}
	if all == 0 || float64(found)/float64(all) < 0.9 {
		t.Errorf("the 16 nearest clusters hold %d of %d neighbours at cosine 0.6 or more; want 90%%", found, all)
	}
	t.Logf("recall %d/%d", found, all)
}

// Nearest finds the clusters a sort of all their cosines finds, best
// first, for words of every kind; and nearestOf gives way to the sort on a
// tie.
func TestNearestIsSorted(t *testing.T) {
	vs := load(t)
	c, err := LoadClusters()
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < vs.Len(); i += 97 {
		v := vs.vec(int32(i))
		var dots []float32
		for j := range c.Len() {
			dots = append(dots, v.Dot(c.centroids[j*c.dim:(j+1)*c.dim]))
		}
		for _, n := range []int{1, 16, c.Len(), c.Len() + 1} {
			if got, want := c.Nearest(v, n), nearestSorted(dots, n); !slices.Equal(got, want) {
				t.Fatalf("%s, %d nearest: %v, want %v", vs.Word(i), n, got, want)
			}
		}
	}
	for _, dots := range [][]float32{{3, 1, 3, 2}, {1, 2, 2}, {2, 2}, {5, 4, 4, 1}} {
		if _, ok := nearestOf(dots, 2); ok {
			t.Errorf("nearestOf(%v, 2) took no notice of the tie", dots)
		}
	}
	if got, ok := nearestOf([]float32{1, 4, 3, 2, 2}, 2); !ok || !slices.Equal(got, []int{1, 2}) {
		t.Errorf("nearestOf a tie below the two largest: %v, %v; want [1 2], true", got, ok)
	}
}
