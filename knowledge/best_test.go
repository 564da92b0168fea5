package knowledge

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// best keeps what sorting everything, dropping repeated keys after their
// first, and cutting keeps.
func TestBest(t *testing.T) {
	type item struct {
		score, seq int
		key        string
	}
	order := func(a, b item) int {
		if a.score != b.score {
			return cmp.Compare(b.score, a.score)
		}
		return cmp.Compare(a.seq, b.seq)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 300 {
		items := make([]item, rng.IntN(60))
		for i := range items {
			items[i] = item{rng.IntN(8), i, fmt.Sprint(rng.IntN(12))}
		}
		rng.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
		for _, n := range []int{0, 1, 5, 25, 100} {
			for _, keyed := range []bool{false, true} {
				sorted := slices.SortedFunc(slices.Values(items), order)
				var want []item
				seen := map[string]bool{}
				for _, it := range sorted {
					if len(want) == n {
						break
					}
					if keyed && seen[it.key] {
						continue
					}
					seen[it.key] = true
					want = append(want, it)
				}
				var key func(item) string
				if keyed {
					key = func(it item) string { return it.key }
				}
				b := newBest(n, order, key)
				for _, it := range items {
					b.add(it)
				}
				if diff := gocmp.Diff(want, b.items, gocmp.AllowUnexported(item{})); diff != "" {
					t.Fatalf("round %d, n %d, keyed %v: mismatch (-want, +got):\n%s", round, n, keyed, diff)
				}
			}
		}
	}
}
