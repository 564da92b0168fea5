package engine

import (
	"testing"
)

// TestPlainTermAsAnalyzed checks that the way round bleve's analyzer for
// a plain word gives the term the analyzer gives, for every plain word of
// the word vectors (English's commonest words, with those of any
// coverage), the stop lists and a few made up, and that it is not taken
// for any other word.
func TestPlainTermAsAnalyzed(t *testing.T) {
	lex, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	st, err := openStore("", lex)
	if err != nil {
		t.Fatal(err)
	}
	defer st.index.Close()
	ca, ok := st.an.(*coverageAnalyzer)
	if !ok {
		t.Fatalf("the store's analyzer is a %T, not a *coverageAnalyzer", st.an)
	}
	analyzed := func(w string) string {
		ts := terms(ca.Analyzer, w)
		if len(ts) == 0 {
			return ""
		}
		return ts[len(ts)-1]
	}
	words := append([]string{"a", "i", "s", "the", "will", "country", "happened", "zelenksi", "ppl", "tldr", "xyzzy", "running", "generously", "ukraine"}, englishStopList()...)
	for _, w := range questionWords {
		words = append(words, w.(string))
	}
	vec := st.lex.vec
	for i := range vec.Len() {
		words = append(words, vec.Word(i))
	}
	plain := 0
	for _, w := range words {
		got, ok := ca.plainTerm(w)
		if !ok {
			if plainWord(w) {
				t.Errorf("plainTerm(%q) not taken", w)
			}
			continue
		}
		plain++
		if want := analyzed(w); got != want {
			t.Errorf("plainTerm(%q) = %q, the analyzer's %q", w, got, want)
		}
	}
	for _, w := range []string{"", "Putin", "don't", "front-line", "türkiye", "g7", "zelenskyy's"} {
		if _, ok := ca.plainTerm(w); ok {
			t.Errorf("plainTerm(%q) taken: not a plain word", w)
		}
	}
	t.Logf("%d plain words compared", plain)
	if plain < 10000 {
		t.Errorf("only %d plain words compared", plain)
	}
}
