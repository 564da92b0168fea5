// Package engine is coveragebot's answer engine: an embedded bleve index over
// the paragraphs and sentences of the coverage, the ranking of passages for a
// question, and the decision to answer or abstain. It implements
// knowledge.Engine; only it and cmd/ import bleve.
package engine

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/engine/wordvec"
	"github.com/coveragebot/coveragebot/knowledge"
)

// Engine searches one set of sources. It is immutable once built and safe for
// concurrent use.
type Engine struct {
	sources []*knowledge.Source
	index   bleve.Index
	an      analysis.Analyzer
	lex     *lexicon
	vocab   *vocabulary
	phrases *phraseTable
	// speech holds the terms of the verbs of reported speech.
	speech map[string]bool
	docs   int
}

var _ knowledge.Engine = (*Engine)(nil)

// New indexes the sources: in memory when indexPath is empty, else written
// there afresh.
func New(ctx context.Context, sources []*knowledge.Source, indexPath string) (*Engine, error) {
	if indexPath != "" {
		if err := clearIndexDir(indexPath); err != nil {
			return nil, err
		}
	}
	lex, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	idx, an, docs, err := buildIndex(indexPath, sources)
	if err != nil {
		return nil, err
	}
	return &Engine{
		sources: sources,
		index:   idx,
		an:      an,
		lex:     lex,
		docs:    docs,
		vocab:   newVocabulary(newAnalyzer(an), lex, sources),
		phrases: newPhraseTable(an, sources),
		speech:  speechForms(an),
	}, nil
}

// Load reads and validates the configured fact bases and builds the engine
// over them: the whole coverage, ready to answer.
func Load(ctx context.Context, cfg knowledge.Config, log *slog.Logger) (*knowledge.Library, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	start := time.Now()
	sources, err := knowledge.LoadSources(ctx, cfg)
	if err != nil {
		return nil, err
	}
	eng, err := New(ctx, sources, cfg.IndexPath)
	if err != nil {
		return nil, err
	}
	l := knowledge.NewLibrary(sources, eng)
	l.Docs = eng.docs
	l.LoadTime = time.Since(start)
	log.Info("coverage loaded", "articles", len(sources), "index_docs", eng.docs, "index", indexWhere(cfg.IndexPath), "took", l.LoadTime)
	return l, nil
}

// Close releases the index.
func (e *Engine) Close() error { return e.index.Close() }

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

// topic is a topic read like a question, for the /quote and /timeline filters.
type topic struct {
	e *Engine
	q question
}

// Topic reads a topic the way a question is read, keeping only the surest
// ways of putting each word (itself, its forms, its entity's names, words
// derived from it): a filter lists what is about the topic, not what is
// near it.
func (e *Engine) Topic(s string) knowledge.TopicMatch {
	q := e.read(s)
	for i, c := range q.concepts {
		var keep []alt
		for _, a := range c.alts {
			if a.sure && a.strength >= 0.9 {
				keep = append(keep, a)
			}
		}
		q.concepts[i].alts = keep
	}
	return topic{e, q}
}

// Text is the share of the topic's weight that s covers.
func (t topic) Text(s string) float64 {
	return coverage(t.q, t.e.vocab.set(terms(t.e.an, s)), knowledge.Ref{})
}

// Paragraph is the share of the topic's weight that a paragraph covers.
func (t topic) Paragraph(ref knowledge.Ref) float64 {
	pt := t.e.vocab.paras[ref]
	if pt == nil {
		return 0
	}
	return coverage(t.q, pt.terms, knowledge.Ref{})
}

// shared is the lexicon every engine uses: loaded once per process.
var shared struct {
	once sync.Once
	lex  *lexicon
	err  error
}

// loadLexicon returns the word vectors and WordNet, loaded on first use.
func loadLexicon() (*lexicon, error) {
	shared.once.Do(func() {
		vec, err := wordvec.Load()
		if err != nil {
			shared.err = fmt.Errorf("word vectors: %w", err)
			return
		}
		wn, err := wordnet.Default()
		if err != nil {
			shared.err = fmt.Errorf("wordnet: %w", err)
			return
		}
		shared.lex = &lexicon{vec: vec, wn: wn}
	})
	return shared.lex, shared.err
}
