package engine

import (
	"testing"

	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// phraseByIndex is how phraseInCoverage asked the index before its
// answers were remembered: the engine's segments, the terms' postings
// intersected, the first document read.
func phraseByIndex(t *testing.T, e *Engine, ts []string) bool {
	t.Helper()
	r, segs, err := e.textSegments()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	c, err := openTerms(segs, bm25{field: "text"}, ts)
	if err != nil {
		t.Fatal(err)
	}
	_, _, ok, err := c.next()
	return err == nil && ok
}

// phraseInCoverage answers as the index does, asked once or again (then
// from memory), for pairs of terms that share a paragraph, that do not,
// and terms no paragraph has.
func TestAllInCoverage(t *testing.T) {
	e := engineFor(t)
	var terms []string
	for _, w := range e.readText("Putin proposed talks in Istanbul on Sunday; Zelenskyy said he would wait for Putin there. The ceasefire must come first, Macron said.") {
		if w.term != "" {
			terms = append(terms, w.term)
		}
	}
	var phrases [][]string
	for i := range terms {
		for j := i + 1; j < len(terms); j++ {
			phrases = append(phrases, []string{terms[i], terms[j]})
		}
	}
	phrases = append(phrases, []string{terms[0], "zzqxnever"}, []string{"zzqxnever"}, terms[:3])
	found := 0
	for round := range 2 {
		for _, ts := range phrases {
			want := phraseByIndex(t, e, ts)
			if got := e.phraseInCoverage(ts); got != want {
				t.Errorf("round %d: phraseInCoverage(%q) = %v, want %v", round, ts, got, want)
			}
			if want && round == 0 {
				found++
			}
		}
	}
	if found == 0 || found == len(phrases) {
		t.Errorf("%d of %d phrases in the coverage: want some and not all", found, len(phrases))
	}
}

// What is remembered for one set of segments is not for another.
func TestPhraseMemoSegments(t *testing.T) {
	a, b := []segment.Segment{&countedSegment{n: 1}}, []segment.Segment{&countedSegment{n: 1}, &countedSegment{n: 2}}
	var m phraseMemo
	m.put(a, "x", true)
	for _, tt := range []struct {
		name        string
		segs        []segment.Segment
		key         string
		has, wantOK bool
	}{
		{"remembered", a, "x", true, true},
		{"other key", a, "y", false, false},
		{"other segments", b, "x", false, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			has, ok := m.get(tt.segs, tt.key)
			if has != tt.has || ok != tt.wantOK {
				t.Errorf("get = %v, %v; want %v, %v", has, ok, tt.has, tt.wantOK)
			}
		})
	}
	m.put(b, "y", false)
	if _, ok := m.get(a, "x"); ok {
		t.Error("what was remembered for other segments is kept")
	}
}
