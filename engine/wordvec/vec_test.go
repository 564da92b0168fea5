package wordvec

import "testing"

// Cosine's sums are exact integers, in whatever order it takes them: it
// must equal the plain definition, to the bit, for vectors of any length.
func TestCosineIsThePlainSum(t *testing.T) {
	vs, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	plain := func(v, w Vec) float32 {
		var s int32
		for j := range len(v.q) {
			s += int32(int8(v.q[j])) * int32(int8(w.q[j]))
		}
		return float32(s) * (v.scale * w.scale)
	}
	for _, n := range []int{vs.Dim(), 7, 1, 0} { // whole, and cut short
		for i := range int32(300) {
			v, w := vs.vec(i), vs.vec(i*331+17)
			v.q, w.q = v.q[:n], w.q[:n]
			if got, want := v.Cosine(w), plain(v, w); got != want {
				t.Fatalf("length %d, rows %d and %d: %v, want %v", n, i, i*331+17, got, want)
			}
		}
	}
}
