package engine

import (
	"slices"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// termOf looks the coverage's words up instead of analyzing them: what it
// finds must be what analyzing finds.
func TestTermOfIsAnalysis(t *testing.T) {
	synthetic, _ := synthEngine(t, 600)
	for name, e := range map[string]*Engine{"shipped article": engineFor(t), "generated coverage": synthetic} {
		if len(e.vocab.words) < 300 {
			t.Fatalf("%s: only %d words", name, len(e.vocab.words))
		}
		for w := range e.vocab.words {
			if got, want := e.termOf(w), firstTerm(e.an, w); got != want {
				t.Errorf("%s: termOf(%q) = %q, analyzed %q", name, w, got, want)
			}
		}
	}
}

// TestSplitGlued holds that a number typed with the letters after it is
// read as the number and the letters, and an ordinal as its number.
func TestSplitGlued(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		text string
		want []string // folded words
	}{
		{"start at 7am", []string{"start", "at", "7", "am"}},
		{"a 5km run", []string{"a", "5", "km", "run"}},
		{"sick on the 23rd", []string{"sick", "on", "the", "23"}},
		{"about 30 km", []string{"about", "30", "km"}},
		{"the g7 summit", []string{"the", "g7", "summit"}}, // letters first: a name
	}
	for _, tt := range tests {
		var got []string
		for _, w := range e.splitGlued(e.readText(tt.text)) {
			got = append(got, w.folded)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("splitGlued(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestOneEditFrom holds that looking up each word one edit away finds what
// reading every word of the vectors would, in the same order: the words
// of English's n commonest that are one letter left out, added, changed
// or swapped from the word, commonest first.
func TestOneEditFrom(t *testing.T) {
	e := engineFor(t)
	vec := e.lex.vec
	const n = 40000
	for _, w := range []string{"burals", "actualy", "hacers", "minster", "trucr", "tanks", "pope", "a", "ab", "hosptal", "u.s", "well-know", "1990s", "capain", "deprt", "coucil", "café"} {
		var want []string
		for i := range min(n, vec.Len()) {
			if x := vec.Word(i); len(x) >= len(w)-1 && len(x) <= len(w)+1 && knowledge.OneEdit(w, x) {
				want = append(want, x)
			}
		}
		if got := slices.Collect(oneEditFrom(vec, w, n)); !slices.Equal(got, want) {
			t.Errorf("oneEditFrom(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestAppendWordsIsSplit holds that appendWords, which cuts text into
// words without a slice of them, reads what splitting it first reads,
// into an empty buffer or one that held another sentence.
func TestAppendWordsIsSplit(t *testing.T) {
	split := func(text string) []word {
		var out []word
		for _, s := range splitWords(text) {
			if s, f := foldWord(s); f != "" {
				out = append(out, word{surface: s, folded: f, term: f + "!"})
			}
		}
		return out
	}
	analyze := func(f string) string { return f + "!" }
	buf := []word{{surface: "left", folded: "left"}}
	for _, text := range []string{
		"", " ", "word", "Zelenskyy's plan, don't 'quote' it’s — 41-39!", "  two  spaces  ", "ends with a word",
		"Ünïcödé façade naïve", "''", "'’s", "a\xffb \xfe c", "7am, 5km; 23rd.", "NATO's head, Mr. O'Neill",
		"Ingrid Fenford's 'Quote' -- The END'S of 'Tis", "'S 'S's A I'm US's", "The Minister’s view", "Back`tick Word's",
	} {
		want := split(text)
		if got := readWords(text, analyze); !slices.Equal(got, want) || cap(got) != len(splitWords(text)) {
			t.Errorf("readWords(%q) = %+v (room for %d), want %+v", text, got, cap(got), want)
		}
		if buf = appendWords(buf[:0], text, analyze); !slices.Equal(buf, want) {
			t.Errorf("appendWords(%q) = %+v, want %+v", text, buf, want)
		}
	}
}

// appendWords folds the capitalised words of a plain ASCII sentence from
// one lowercase copy of it, not one for each word.
func TestAppendWordsAllocates(t *testing.T) {
	analyze := func(f string) string { return f }
	for _, tt := range []struct {
		text string
		want float64
	}{
		{"the minister said so", 0},
		{"The Minister told Ingrid Fenford's Aides in Paris", 1},
		{"NATO's Head, Mr. O'Neill, Met The Press", 1},
	} {
		buf := make([]word, 0, 64)
		if got := testing.AllocsPerRun(20, func() { buf = appendWords(buf[:0], tt.text, analyze) }); got > tt.want {
			t.Errorf("appendWords(%q) allocates %v times, want at most %v", tt.text, got, tt.want)
		}
	}
}
