// Package synth writes a synthetic news coverage of any size for the
// benchmark: articles of English-looking news text (people with roles,
// organisations, places, figures, dates and quotes) and, for each, a fact
// base that the loader accepts without an error or a warning: entities with
// their aliases and every paragraph that names them, dated events, and
// quotes copied from their paragraphs with their real speaker. The same
// options give the same bytes.
package synth

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing/fstest"
)

// DefaultPerArticle is how many paragraphs an article has unless told: that
// of the shipped Istanbul talks article.
const DefaultPerArticle = 29

// Options say what to generate.
type Options struct {
	// Paragraphs is the size of the whole coverage, headlines included.
	Paragraphs int
	// PerArticle is about how many paragraphs each article has (at least
	// 5); 0 means DefaultPerArticle. The articles share Paragraphs as
	// evenly as they can.
	PerArticle int
	// Seed picks the coverage; the same seed gives the same bytes.
	Seed uint64
}

// Corpus is a generated coverage: its articles and fact bases, and one more
// article outside it, for measuring how long adding one takes.
type Corpus struct {
	Paragraphs int
	articles   []*article
	extra      *article
	seed       uint64
}

// Generate writes a coverage.
func Generate(opts Options) (*Corpus, error) {
	per := opts.PerArticle
	if per == 0 {
		per = DefaultPerArticle
	}
	if per < 5 {
		return nil, fmt.Errorf("synth: articles of %d paragraphs: want at least 5", per)
	}
	if opts.Paragraphs < per {
		return nil, fmt.Errorf("synth: %d paragraphs: want at least one article of %d", opts.Paragraphs, per)
	}
	n := (opts.Paragraphs + per - 1) / per
	lx := theLexicon()
	c := newCast(rand.New(rand.NewPCG(opts.Seed, 0)), lx, n)
	corpus := &Corpus{Paragraphs: opts.Paragraphs, seed: opts.Seed}
	for i := range n {
		size := opts.Paragraphs / n
		if i < opts.Paragraphs%n {
			size++
		}
		corpus.articles = append(corpus.articles, newArticle(opts.Seed, i, size, c, lx))
	}
	corpus.extra = newArticle(opts.Seed, n, per, c, lx)
	return corpus, nil
}

// Articles is how many articles the coverage has.
func (c *Corpus) Articles() int { return len(c.articles) }

// Facts lists the fact base files, relative to the corpus's root, in
// article order.
func (c *Corpus) Facts() []string {
	out := make([]string, len(c.articles))
	for i, a := range c.articles {
		out[i] = a.id + ".yaml"
	}
	return out
}

// ExtraFacts is the fact base of the article that is not part of the
// coverage, under extra/.
func (c *Corpus) ExtraFacts() string { return "extra/" + c.extra.id + ".yaml" }

// files calls f with each file's path and bytes, the extra article last.
func (c *Corpus) files(f func(path string, data []byte) error) error {
	for _, a := range c.articles {
		if err := f(a.id+".yaml", a.facts()); err != nil {
			return err
		}
		if err := f(a.id+".txt", a.text()); err != nil {
			return err
		}
	}
	if err := f("extra/"+c.extra.id+".yaml", c.extra.facts()); err != nil {
		return err
	}
	return f("extra/"+c.extra.id+".txt", c.extra.text())
}

// WriteDir writes the coverage's files into dir, creating it.
func (c *Corpus) WriteDir(dir string) error {
	if err := os.MkdirAll(filepath.Join(dir, "extra"), 0o755); err != nil {
		return err
	}
	return c.files(func(path string, data []byte) error {
		return os.WriteFile(filepath.Join(dir, filepath.FromSlash(path)), data, 0o644)
	})
}

// MapFS returns the coverage's files in memory.
func (c *Corpus) MapFS() fstest.MapFS {
	fsys := fstest.MapFS{}
	c.files(func(path string, data []byte) error {
		fsys[path] = &fstest.MapFile{Data: data, Mode: 0o644}
		return nil
	})
	return fsys
}
