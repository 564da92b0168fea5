package knowledge

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// endTree's counts and nth events must be those of reading every position,
// for runs that start and end anywhere, at sizes that are and are not
// powers of two.
func TestEndTree(t *testing.T) {
	tests := []struct {
		name string
		n    int
	}{
		{"empty", 0}, {"one", 1}, {"two", 2}, {"seven", 7}, {"power of two", 64}, {"odd", 1000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(1, uint64(tt.n)))
			ends := make([]int64, tt.n)
			for i := range ends {
				ends[i] = int64(r.IntN(40)-20) * 86400 // before and after 1970
			}
			tree := newEndTree(ends)
			for range 300 {
				lo := r.IntN(tt.n + 1)
				hi := lo + r.IntN(tt.n-lo+1)
				day := int32(r.IntN(44) - 22)
				var want []int
				for p := lo; p < hi; p++ {
					if dayOf(ends[p]) <= day {
						want = append(want, p)
					}
				}
				what := fmt.Sprintf("positions %d to %d, by day %d", lo, hi, day)
				if got := tree.count(lo, hi, day); got != len(want) {
					t.Fatalf("count of %s = %d, want %d", what, got, len(want))
				}
				for k := 0; k <= len(want); k++ {
					w := hi
					if k < len(want) {
						w = want[k]
					}
					if got := tree.nth(lo, hi, k, day); got != w {
						t.Fatalf("nth(%d) of %s = %d, want %d", k, what, got, w)
					}
				}
			}
		})
	}
}
