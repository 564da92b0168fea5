package wordvec

import (
	"runtime"
	"strings"
	"testing"
)

// BenchmarkLoad also reports the heap that one loaded table keeps
// (MB-held): the map and the word and scale slices, not the matrix.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	vs, _ := Load()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(vs)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/1e6, "MB-held")
}

func BenchmarkCosine(b *testing.B) {
	vs := load(b)
	for b.Loop() {
		vs.Cosine("sanctions", "penalties")
	}
}

func BenchmarkCosineTo(b *testing.B) {
	vs := load(b)
	u := vs.Mean([]string{"peace", "talks"})
	for b.Loop() {
		vs.CosineTo("negotiations", u)
	}
}

func BenchmarkMean(b *testing.B) {
	vs := load(b)
	words := strings.Fields("what did putin propose in his sunday speech about direct talks")
	b.ReportAllocs()
	for b.Loop() {
		vs.Mean(words)
	}
}

// BenchmarkCosine8 is the neighbour scan's inner loop: one word's cosine
// with eight others, their vectors in hand.
func BenchmarkCosine8(b *testing.B) {
	vs := load(b)
	v, _ := vs.Vector("sanctions")
	var ws []Vec
	for _, w := range []string{"penalties", "peace", "talks", "harbour", "judge", "walked", "striker", "verdict"} {
		x, _ := vs.Vector(w)
		ws = append(ws, x)
	}
	var s float32
	for b.Loop() {
		for _, w := range ws {
			s += v.Cosine(w)
		}
	}
	_ = s
}
