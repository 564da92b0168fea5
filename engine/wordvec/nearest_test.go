package wordvec

import (
	"math"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSimilar(t *testing.T) {
	vs := load(t)
	for _, tt := range []struct {
		word string
		k    int
		want []string // each among the first k, in any order
	}{
		{"began", 1, []string{"started"}},
		{"talks", 1, []string{"negotiations"}},
		{"sanctions", 1, []string{"embargo"}},
		{"ceasefire", 2, []string{"truce"}},
		{"mice", 1, []string{"rats"}},
		{"kremlin", 3, []string{"moscow", "putin"}},
		{"spokesman", 1, []string{"spokeswoman"}},
	} {
		got := vs.Similar(tt.word, tt.k, nil)
		words := make([]string, len(got))
		for i, n := range got {
			words[i] = n.Word
		}
		for _, w := range tt.want {
			if !slices.Contains(words, w) {
				t.Errorf("Similar(%q, %d) = %v, want %q among them", tt.word, tt.k, words, w)
			}
		}
	}
}

func TestSimilarIsSortedAndLeavesOutTheWord(t *testing.T) {
	vs := load(t)
	got := vs.Similar("Ceasefire", 20, nil)
	if len(got) != 20 {
		t.Fatalf("%d neighbours, want 20", len(got))
	}
	for i, n := range got {
		if n.Word == "ceasefire" {
			t.Errorf("the word itself is neighbour %d", i)
		}
		if c, _ := vs.Cosine("ceasefire", n.Word); math.Abs(float64(c-n.Cosine)) > 1e-5 {
			t.Errorf("%s: Cosine %v, Similar says %v", n.Word, c, n.Cosine)
		}
		if i > 0 && n.Cosine > got[i-1].Cosine {
			t.Errorf("%s (%v) after %s (%v)", n.Word, n.Cosine, got[i-1].Word, got[i-1].Cosine)
		}
	}
}

func TestSimilarAmong(t *testing.T) {
	vs := load(t)
	set := map[string]bool{"ended": true, "started": true, "cat": true, "launched": true, "zzzz": true}
	var asked []string
	got := vs.Similar("began", 3, func(w string) bool {
		asked = append(asked, w)
		return set[w]
	})
	want := []string{"started", "ended", "launched"}
	var words []string
	for _, n := range got {
		words = append(words, n.Word)
	}
	if diff := cmp.Diff(want, words); diff != "" {
		t.Errorf("Similar(began, 3, among) mismatch (-want, +got):\n%s", diff)
	}
	// Until three words are accepted every word is asked; after that only
	// those closer than the third best so far.
	if len(asked) > 5000 {
		t.Errorf("among was asked about %d words of 100,000", len(asked))
	}
}

func TestNearest(t *testing.T) {
	vs := load(t)
	m := vs.Mean([]string{"peace", "talks"})
	near := vs.Nearest(m, 5, nil)
	if len(near) != 5 || !slices.ContainsFunc(near, func(n Neighbour) bool { return n.Word == "negotiations" }) {
		t.Errorf("Nearest(Mean(peace talks), 5) = %v, want negotiations among them", near)
	}
	for _, n := range near {
		if c, _ := vs.CosineTo(n.Word, m); math.Abs(float64(c-n.Cosine)) > 1e-4 {
			t.Errorf("%s: CosineTo %v, Nearest says %v", n.Word, c, n.Cosine)
		}
	}
	if got := vs.Nearest(make([]float32, 100), 3, nil); got != nil {
		t.Errorf("Nearest(zero) = %v, want nil", got)
	}
}

func TestSimilarOfUnknownWord(t *testing.T) {
	vs := load(t)
	if got := vs.Similar("qqqxxz", 3, nil); got != nil {
		t.Errorf("Similar(qqqxxz) = %v, want nil", got)
	}
	if got := vs.SimilarIn("qqqxxz", 3, []string{"the"}); got != nil {
		t.Errorf("SimilarIn(qqqxxz) = %v, want nil", got)
	}
	if got := vs.SimilarIn("the", 3, nil); len(got) != 0 {
		t.Errorf("SimilarIn(the, no candidates) = %v, want none", got)
	}
	if got := vs.Similar("the", 0, nil); len(got) != 0 {
		t.Errorf("Similar(the, 0) = %v, want none", got)
	}
}

func TestSimilarInAgreesWithSimilarAmong(t *testing.T) {
	vs := load(t)
	var candidates []string
	for i := 0; i < vs.Len(); i += 37 {
		candidates = append(candidates, vs.Word(i))
	}
	set := map[string]bool{}
	for _, w := range candidates {
		set[w] = true
	}
	for _, word := range []string{"sanctions", "began", "the", "beachcomber"} {
		want := vs.Similar(word, 15, func(w string) bool { return set[w] })
		got := vs.SimilarIn(word, 15, candidates)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: SimilarIn mismatch (-Similar with among, +SimilarIn):\n%s", word, diff)
		}
	}
}

func TestSimilarInSkipsRepeatsAndUnknowns(t *testing.T) {
	vs := load(t)
	got := vs.SimilarIn("began", 5, []string{"Started", "started", "began", "qqqxxz", "ended", "g20"})
	var words []string
	for _, n := range got {
		words = append(words, n.Word)
	}
	if diff := cmp.Diff([]string{"started", "ended"}, words); diff != "" {
		t.Errorf("SimilarIn mismatch (-want, +got):\n%s", diff)
	}
}

func BenchmarkSimilar(b *testing.B) {
	vs := load(b)
	b.ReportAllocs()
	for b.Loop() {
		vs.Similar("sanctions", 10, nil)
	}
}

// BenchmarkSimilarAmong restricts the neighbours to 2,000 words, as an
// article's vocabulary would.
func BenchmarkSimilarAmong(b *testing.B) {
	vs := load(b)
	set := make(map[string]bool)
	for i := 0; i < vs.Len(); i += vs.Len() / 2000 {
		set[vs.Word(i)] = true
	}
	b.ReportAllocs()
	for b.Loop() {
		vs.Similar("sanctions", 10, func(w string) bool { return set[w] })
	}
}

func BenchmarkNearest(b *testing.B) {
	vs := load(b)
	u := vs.Mean([]string{"peace", "talks"})
	b.ReportAllocs()
	for b.Loop() {
		vs.Nearest(u, 10, nil)
	}
}

// BenchmarkSimilarIn ranks the same 2,000 words as BenchmarkSimilarAmong,
// given as a list.
func BenchmarkSimilarIn(b *testing.B) {
	vs := load(b)
	var words []string
	for i := 0; i < vs.Len(); i += vs.Len() / 2000 {
		words = append(words, vs.Word(i))
	}
	b.ReportAllocs()
	for b.Loop() {
		vs.SimilarIn("sanctions", 10, words)
	}
}
