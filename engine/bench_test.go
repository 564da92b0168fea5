package engine

import (
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// BenchmarkLoad measures reading, validating and indexing the shipped article.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		l, err := Load(b.Context(), knowledge.Config{Facts: []string{"../data/istanbul-talks.yaml"}}, nil)
		if err != nil {
			b.Fatal(err)
		}
		l.Close()
	}
}

func BenchmarkAsk(b *testing.B) {
	l := shippedLibrary(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := l.Ask(b.Context(), "What territory did Putin ask Kyiv to give up last year?", 4); err != nil {
			b.Fatal(err)
		}
	}
}
