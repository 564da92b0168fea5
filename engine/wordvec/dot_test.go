package wordvec

import (
	"math/rand/v2"
	"testing"
)

// dot8 must give dotScalar's sums, for every length round the 16 bytes the
// assembly takes at a time and for the extreme components.
func TestDot8IsScalar(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 130 {
		for trial := range 20 {
			a, b := make([]byte, n), make([]byte, n)
			for i := range a {
				switch trial {
				case 0:
					a[i], b[i] = 0x80, 0x80 // -128 × -128
				case 1:
					a[i], b[i] = 0x80, 0x7f // -128 × 127
				default:
					a[i], b[i] = byte(r.Uint32()), byte(r.Uint32())
				}
			}
			if got, want := dot8(string(a), string(b)), dotScalar(string(a), string(b)); got != want {
				t.Fatalf("length %d, trial %d: dot8 %d, dotScalar %d", n, trial, got, want)
			}
		}
	}
}

// Every word's cosine with a few others is the same whichever dot
// product makes it.
func TestCosineIsScalar(t *testing.T) {
	vs := load(t)
	probe, _ := vs.Vector("sanctions")
	for i := range vs.Len() {
		w := vs.vec(int32(i))
		want := float32(dotScalar(probe.q, w.q)) * (probe.scale * w.scale)
		if got := probe.Cosine(w); got != want {
			t.Fatalf("%s: cosine %v, want %v", vs.Word(i), got, want)
		}
	}
}
