package engine

import (
	"slices"
	"testing"
)

// memoStory is an engine that knows the words of a paragraph of two
// sentences, and the paragraph, for the memo's tests.
func memoStory() (*Engine, *paraInfo) {
	e := &Engine{vocab: &vocabulary{words: map[string]string{"the": "", "minister": "minist", "resigned": "resign", "officials": "offici", "said": "said", "so": ""}}}
	pi := &paraInfo{text: "The minister resigned. Officials said so.", sents: []sentInfo{{start: 0, end: 22}, {start: 23, end: 41}}}
	return e, pi
}

// eachMemo runs f as a subtest with a memo borrowed for it, then without
// one.
func eachMemo(t *testing.T, f func(t *testing.T, m *sentenceMemo)) {
	t.Run("memo", func(t *testing.T) {
		m := borrowSentenceMemo()
		defer m.release()
		f(t, m)
	})
	t.Run("no memo", func(t *testing.T) { f(t, nil) })
}

// A memo reads a sentence once and gives the same words as readText,
// shared by every later call; without one, they are read into the buffer.
func TestSentenceWords(t *testing.T) {
	e, pi := memoStory()
	eachMemo(t, func(t *testing.T, m *sentenceMemo) {
		b := borrowWords()
		defer releaseWords(b)
		for i := range pi.sents {
			want := e.readText(pi.sentence(i))
			got := e.sentenceWords(m, b, pi, i)
			if !slices.Equal(got, want) {
				t.Fatalf("sentence %d: %v, want %v", i, got, want)
			}
			again := e.sentenceWords(m, b, pi, i)
			if !slices.Equal(again, want) {
				t.Fatalf("sentence %d read again: %v, want %v", i, again, want)
			}
			if m != nil && &again[0] != &got[0] {
				t.Errorf("sentence %d was read twice", i)
			}
			if m != nil && len(got) != cap(got) {
				t.Errorf("sentence %d: room for %d words beyond its own", i, cap(got)-len(got))
			}
		}
	})
}

// A copy of a memo's words is the caller's own: changing it (as
// givesFigure's markBreaks does) leaves what the memo gives the next
// reader as readText reads it.
func TestSentenceWordsCopy(t *testing.T) {
	e, pi := memoStory()
	eachMemo(t, func(t *testing.T, m *sentenceMemo) {
		for i := range pi.sents {
			want := e.readText(pi.sentence(i))
			got := e.sentenceWordsCopy(m, pi, i)
			if !slices.Equal(got, want) {
				t.Fatalf("sentence %d: %v, want %v", i, got, want)
			}
			got[0].brk, got[0].term = true, "changed"
			if again := e.sentenceWordsCopy(m, pi, i); !slices.Equal(again, want) {
				t.Fatalf("sentence %d after its copy changed: %v, want %v", i, again, want)
			}
		}
	})
}
