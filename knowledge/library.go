package knowledge

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
)

// Config says what to load.
type Config struct {
	// Facts lists fact base files; each names its article's text file.
	Facts []string
	// IndexPath is where the bleve index is written; empty keeps it in memory.
	// The index is derived data and is rebuilt from the sources at every load.
	IndexPath string
	// FS, when set, is where the fact bases and articles are read from
	// instead of the disk.
	FS fs.FS
}

// Library is the loaded coverage: articles, fact bases and their index. It is
// immutable once loaded and safe for concurrent use; a reload builds a new one.
type Library struct {
	sources  []*Source
	articles []*Article
	index    bleve.Index
	an       analysis.Analyzer
	vocab    *vocabulary
	phrases  *phraseTable
	// Docs is how many documents the index holds.
	Docs int
	// LoadTime is how long loading and indexing took.
	LoadTime time.Duration
}

// Load reads and validates every fact base and its article, then builds the
// index. Problems in all files are reported together in a *LoadError; any
// problem means nothing is loaded.
func Load(ctx context.Context, cfg Config, log *slog.Logger) (*Library, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	start := time.Now()
	if len(cfg.Facts) == 0 {
		return nil, errors.New("no sources: give at least one fact base")
	}
	var all []Problem
	var sources []*Source
	seen := map[string]string{}
	for _, path := range cfg.Facts {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("load: %w", err)
		}
		var src *Source
		var err error
		if cfg.FS != nil {
			src, err = LoadSourceFS(cfg.FS, path)
		} else {
			src, err = LoadSource(path)
		}
		var le *LoadError
		switch {
		case errors.As(err, &le):
			all = append(all, le.Problems...)
			continue
		case err != nil:
			all = append(all, Problem{File: path, Msg: err.Error()})
			continue
		}
		if first, dup := seen[src.Article.ID]; dup {
			all = append(all, Problem{File: path, Msg: fmt.Sprintf("article id %q is already used by %s", src.Article.ID, first)})
			continue
		}
		seen[src.Article.ID] = path
		sources = append(sources, src)
	}
	if len(all) > 0 {
		return nil, &LoadError{Problems: all}
	}
	if cfg.IndexPath != "" {
		if err := clearIndexDir(cfg.IndexPath); err != nil {
			return nil, err
		}
	}
	idx, an, docs, err := buildIndex(cfg.IndexPath, sources)
	if err != nil {
		return nil, err
	}
	l := &Library{sources: sources, index: idx, an: an, Docs: docs}
	for _, s := range sources {
		l.articles = append(l.articles, s.Article)
	}
	l.vocab = newVocabulary(an, sources)
	l.phrases = newPhraseTable(an, sources)
	l.LoadTime = time.Since(start)
	log.Info("coverage loaded", "articles", len(sources), "index_docs", docs, "index", indexWhere(cfg.IndexPath), "took", l.LoadTime)
	return l, nil
}

func indexWhere(p string) string {
	if p == "" {
		return "memory"
	}
	return p
}

// clearIndexDir removes an index left by an earlier run, and refuses to
// touch a directory that is not a bleve index.
func clearIndexDir(path string) error {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if _, err := os.Stat(filepath.Join(path, "index_meta.json")); err != nil {
		return fmt.Errorf("index path %s exists and is not a bleve index; refusing to overwrite it", path)
	}
	if err := os.RemoveAll(path); err != nil {
		return fmt.Errorf("remove old index: %w", err)
	}
	return nil
}

// Close releases the index.
func (l *Library) Close() error { return l.index.Close() }

// Articles returns the loaded articles in load order.
func (l *Library) Articles() []*Article { return l.articles }

// Sources returns the loaded sources in load order.
func (l *Library) Sources() []*Source { return l.sources }

func (l *Library) source(article string) *Source {
	for _, s := range l.sources {
		if s.Article.ID == article {
			return s
		}
	}
	return nil
}

// Entities returns an article's entities as curated.
func (l *Library) Entities(article string) []Entity {
	if s := l.source(article); s != nil {
		return s.Entities
	}
	return nil
}

// Events returns an article's events in chronological order.
func (l *Library) Events(article string) []Event {
	s := l.source(article)
	if s == nil {
		return nil
	}
	evs := append([]Event(nil), s.Events...)
	sortEvents(evs)
	return evs
}

// Quotes returns an article's quotes in paragraph order.
func (l *Library) Quotes(article string) []Quote {
	s := l.source(article)
	if s == nil {
		return nil
	}
	qs := append([]Quote(nil), s.Quotes...)
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].Paragraph < qs[j].Paragraph })
	return qs
}

// Entity returns an entity by article and id.
func (l *Library) Entity(article, id string) (Entity, bool) {
	for _, e := range l.Entities(article) {
		if e.ID == id {
			return e, true
		}
	}
	return Entity{}, false
}

func sortEvents(evs []Event) {
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := evs[i], evs[j]
		if !a.Date.Start().Equal(b.Date.Start()) {
			return a.Date.Start().Before(b.Date.Start())
		}
		// A coarser date (March 2025) before a day within it.
		if !a.Date.End().Equal(b.Date.End()) {
			return a.Date.End().After(b.Date.End())
		}
		return firstPara(a.Paragraphs) < firstPara(b.Paragraphs)
	})
}

func firstPara(ps []int) int {
	if len(ps) == 0 {
		return 0
	}
	return ps[0]
}
