package synth

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

func generate(t *testing.T, opts Options) *Corpus {
	t.Helper()
	c, err := Generate(opts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Every generated fact base loads with no error and no warning, the extra
// article's too, and the coverage has the paragraphs it was asked for.
func TestFactBasesLoadClean(t *testing.T) {
	c := generate(t, Options{Paragraphs: 1000, Seed: 7})
	fsys := c.MapFS()
	facts := append(c.Facts(), c.ExtraFacts())
	sources, err := knowledge.LoadSources(t.Context(), knowledge.Config{Facts: facts, FS: fsys})
	var le *knowledge.LoadError
	if errors.As(err, &le) {
		for i, p := range le.Problems {
			if i == 20 {
				break
			}
			t.Errorf("%s:%d: %s", p.File, p.Line, p.Msg)
		}
		t.Fatalf("%d problems", len(le.Problems))
	}
	if err != nil {
		t.Fatal(err)
	}
	paras, quotes, events := 0, 0, 0
	for _, s := range sources[:len(sources)-1] {
		for _, w := range s.Warnings {
			t.Errorf("%s:%d: warning: %s", w.File, w.Line, w.Msg)
		}
		paras += len(s.Article.Paragraphs)
		quotes += len(s.Quotes)
		events += len(s.Events)
		for _, e := range s.Entities {
			if len(e.Paragraphs) == 0 {
				t.Errorf("%s: entity %s is named nowhere", s.FactsPath, e.ID)
			}
		}
	}
	if paras != 1000 || len(sources)-1 != c.Articles() {
		t.Errorf("%d paragraphs in %d articles, want 1000 in %d", paras, len(sources)-1, c.Articles())
	}
	if quotes < c.Articles() || events < c.Articles() {
		t.Errorf("%d quotes and %d events in %d articles: too few to measure /quote and /timeline", quotes, events, c.Articles())
	}
}

// The same options give the same bytes; another seed another coverage.
func TestDeterministic(t *testing.T) {
	a := generate(t, Options{Paragraphs: 300, PerArticle: 20, Seed: 3}).MapFS()
	b := generate(t, Options{Paragraphs: 300, PerArticle: 20, Seed: 3}).MapFS()
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for path, f := range a {
		if g, ok := b[path]; !ok || !bytes.Equal(f.Data, g.Data) {
			t.Errorf("%s differs between two runs with the same seed", path)
		}
	}
	c := generate(t, Options{Paragraphs: 300, PerArticle: 20, Seed: 4}).MapFS()
	if bytes.Equal(a["story-00001.txt"].Data, c["story-00001.txt"].Data) {
		t.Error("seeds 3 and 4 wrote the same first article")
	}
}

// The vocabulary is an archive's: thousands of distinct words, the
// commonest used far more often than the median one.
func TestVocabulary(t *testing.T) {
	c := generate(t, Options{Paragraphs: 3000, Seed: 1})
	count := map[string]int{}
	total := 0
	for _, a := range c.articles {
		for _, p := range a.paras {
			for _, w := range splitWords(p) {
				count[strings.ToLower(w)]++
				total++
			}
		}
	}
	if len(count) < 3000 {
		t.Errorf("%d distinct words in 3,000 paragraphs, want several thousand", len(count))
	}
	once := 0
	for _, n := range count {
		if n == 1 {
			once++
		}
	}
	// Zipf: a long tail of words seen once, as in any real text.
	if once < len(count)/4 {
		t.Errorf("%d of %d words seen once: the tail is too short for a Zipf vocabulary", once, len(count))
	}
	t.Logf("%d words, %d distinct, %d seen once", total, len(count), once)
}

func TestOptions(t *testing.T) {
	for _, o := range []Options{{Paragraphs: 10}, {Paragraphs: 100, PerArticle: 3}} {
		if _, err := Generate(o); err == nil {
			t.Errorf("Generate(%+v): no error", o)
		}
	}
	c := generate(t, Options{Paragraphs: 1000, PerArticle: 29})
	if c.Articles() != 35 {
		t.Errorf("1000 paragraphs of about 29: %d articles, want 35", c.Articles())
	}
}

// Queries are a fixed set: the same twice, n of each command, every line
// one that the words it needs are in (or, for unanswerable ones, out of)
// the coverage.
func TestQueries(t *testing.T) {
	c := generate(t, Options{Paragraphs: 500, Seed: 2})
	a, b := c.Queries(40, 0), c.Queries(40, 0)
	if len(a) != 40*len(QueryCommands) {
		t.Fatalf("%d queries, want %d", len(a), 40*len(QueryCommands))
	}
	kinds := map[string]bool{}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("query %d: %+v, then %+v", i, a[i], b[i])
		}
		if !strings.HasPrefix(a[i].Line, "/") || (a[i].Command == "autocomplete") != (a[i].Focus != "") {
			t.Errorf("query %d: %+v", i, a[i])
		}
		kinds[a[i].Command+"/"+a[i].Kind] = true
	}
	for _, k := range []string{"ask/direct", "ask/paraphrase", "ask/keyword", "ask/unanswerable", "who/misspelt", "who/alias", "quote/speaker-topic", "timeline/window", "autocomplete/name"} {
		if !kinds[k] {
			t.Errorf("no %s query", k)
		}
	}
	if w := c.Queries(40, 1); w[0] == a[0] && w[1] == a[1] {
		t.Error("another salt gave the same queries")
	}
	lx := theLexicon()
	for _, w := range outside {
		if contains(lx.nouns, w) || contains(lx.verbs, w) || contains(lx.adjs, w) {
			t.Errorf("%q is in words.txt: an unanswerable question about it may be answered", w)
		}
	}
}
