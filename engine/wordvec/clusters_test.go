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
