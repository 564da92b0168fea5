// Package engine is coveragebot's answer engine: an embedded bleve index over
// the paragraphs and sentences of the coverage, the ranking of passages for a
// question, and the decision to answer or abstain. It implements
// knowledge.Engine; only it and cmd/ import bleve.
package engine

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"runtime/debug"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/engine/wordvec"
	"github.com/coveragebot/coveragebot/knowledge"
)

// Engine searches one set of sources. It is immutable once built and safe for
// concurrent use; Update builds the next one over the same index.
type Engine struct {
	store   *store
	sources []*knowledge.Source
	index   bleve.Index
	an      analysis.Analyzer
	lex     *lexicon
	vocab   *vocabulary
	// phrases are read through phraseTable, which makes them on first
	// use: Warm does, once the engine answers, so that a restart does not
	// wait for them (at 100,000 paragraphs 0.09 s of a core before
	// /healthz).
	phrases     *phraseTable
	phrasesOnce sync.Once
	// speech holds the terms of the verbs of reported speech.
	speech map[string]bool
	// views holds the terms of the verbs that ask what one thinks (see
	// viewVerbs).
	views map[string]bool
	// feelings holds the terms of the words of feeling (see
	// feelingWords).
	feelings map[string]bool
	docs     int
	// indexed is how many articles building this engine indexed (the
	// rest were already in the index).
	indexed int
	// nearby remembers the neighbours of the words questions used.
	nearby neighbourCache
	// wordsRead remembers how the words questions used were read.
	wordsRead wordCache
	// mainBodies remembers, by a bare noun's lemma, the organisation it may
	// stand for (see mainBodyNear).
	mainBodies recent[string, []*knowledge.Entity]
	// mainBodyList holds the articles' main organisations, made once
	// (see mainBodyTable).
	mainBodyList   []mainBodyEntry
	mainBodiesOnce sync.Once
	// lists remembers the postings of common terms, decoded.
	lists listCache
	// dens holds BM25's denominators for the index's average document
	// length (see denTable).
	dens atomic.Pointer[denTable]
	// docRefs remembers which paragraph each document of the index is.
	docRefs docRefs
	// others remembers the terms of words the coverage does not use.
	others termCache
	// phraseTerms remembers the terms of synonyms of several words.
	phraseTerms phraseTermCache
	// phrasesSeen remembers which of those the coverage has.
	phrasesSeen phraseMemo
	// days lists the events by the days they cover, made on the first
	// question that names a day (see dayIndex).
	days     *dayIndex
	daysOnce sync.Once
	// newest are the sources, the most recently published first, made on
	// the first question that asks for an overview or a history (see
	// newestSources).
	newest     []*knowledge.Source
	newestOnce sync.Once
	// learnedMoney holds, by article, the words it names money by that
	// it converts into a currency the reader knows (see currenciesOf).
	learnedMoney sync.Map
	// compounds maps a noun to the coverage's closed compounds it heads,
	// made on the first question that reads a noun (see headedCompounds).
	compounds     map[string][]string
	compoundsOnce sync.Once
	// initials maps the initials of the coverage's terms of several
	// words to them (see initialsTable), made by Warm or on the first
	// question that needs it.
	initials     map[string]string
	initialsOnce sync.Once
	closed       sync.Once
}

var _ knowledge.Engine = (*Engine)(nil)

// New builds an engine over the sources: an index in memory when indexPath is
// empty; else the index there, reused when it was written by this version,
// with only the changed, added and removed articles reindexed.
func New(ctx context.Context, sources []*knowledge.Source, indexPath string) (*Engine, error) {
	lex, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	st, err := openStore(indexPath, lex)
	if err != nil {
		return nil, err
	}
	e, err := st.engine(ctx, sources)
	if err != nil {
		st.index.Close()
		return nil, err
	}
	return e, nil
}

// engine builds an engine over the store brought up to the sources.
func (st *store) engine(ctx context.Context, sources []*knowledge.Source) (*Engine, error) {
	parts, indexed, err := st.update(ctx, sources)
	if err != nil {
		return nil, err
	}
	return st.newEngine(sources, parts, indexed), nil
}

// newEngine puts the parts of the sources together into an engine.
// The vocabulary is made at once, the phrase table on first use (see
// phraseTable).
func (st *store) newEngine(sources []*knowledge.Source, parts []*part, indexed int) *Engine {
	vocab := newVocabulary(st.tt, st.lex, parts)
	st.acquire()
	return &Engine{
		store:       st,
		sources:     sources,
		index:       st.index,
		an:          st.an,
		lex:         st.lex,
		docs:        vocab.n,
		indexed:     indexed,
		vocab:       vocab,
		speech:      speechForms(st.an),
		views:       viewForms(st.an),
		feelings:    feelingForms(st.an),
		nearby:      newNeighbourCache(),
		wordsRead:   newWordCache(),
		mainBodies:  recent[string, []*knowledge.Entity]{size: mainBodyCacheSize},
		others:      newTermCache(),
		phraseTerms: newPhraseTermCache(),
	}
}

// Update returns the engine for new sources over the same index, which it
// brings up to them article by article: an article unchanged since this
// engine is neither reindexed nor analyzed again. This engine keeps
// answering, from the index as updated, until it is closed.
func (e *Engine) Update(ctx context.Context, sources []*knowledge.Source) (knowledge.Engine, error) {
	return e.store.engine(ctx, sources)
}

// Load reads and validates the configured fact bases and builds the engine
// over them: the whole coverage, ready to answer.
func Load(ctx context.Context, cfg knowledge.Config, log *slog.Logger) (*knowledge.Library, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	start := time.Now()
	// Every engine needs the lexicon (WordNet, the vectors: some 0.15 s
	// of a core), which reopen loaded only after the snapshot was read.
	// Begin at once, beside that reading; its first user waits for it.
	go loadLexicon()
	// A restart with nothing changed reads the snapshot beside the index
	// instead of parsing, validating and analyzing every article again.
	if cfg.IndexPath != "" && cfg.FS == nil && !cfg.IgnoreSynonyms {
		// Nearly all that a reopen allocates stays live (the sources,
		// the parts, the tables), so collecting at every half more of a
		// heap that only grows marked it some 13 times for little
		// garbage (about 0.2 s of CPU at 100,000 paragraphs): the
		// caller's ReopenGCPercent lets it grow further between them.
		if l, ok := withGCPercent(cfg.ReopenGCPercent, func() (*knowledge.Library, bool) { return reopenLibrary(ctx, cfg, log) }); ok {
			l.LoadTime = time.Since(start)
			log.Info("coverage reopened", "articles", len(l.Sources()), "paragraphs", l.Docs, "index", cfg.IndexPath, "took", l.LoadTime)
			return l, nil
		}
	}
	sources, err := knowledge.LoadSources(ctx, cfg)
	if err != nil {
		return nil, err
	}
	eng, err := New(ctx, sources, cfg.IndexPath)
	if err != nil {
		return nil, err
	}
	if cfg.IndexPath != "" && cfg.FS == nil && !cfg.IgnoreSynonyms {
		if err := saveSnapshot(cfg.IndexPath, cfg.Facts, eng); err != nil {
			log.Warn("no snapshot for a quick restart", "err", err)
		}
	}
	l := knowledge.NewLibrary(sources, eng)
	l.Docs = eng.docs
	l.LoadTime = time.Since(start)
	log.Info("coverage loaded", "articles", len(sources), "paragraphs", eng.docs, "indexed_articles", eng.indexed, "index", indexWhere(cfg.IndexPath), "took", l.LoadTime)
	return l, nil
}

// reopenLibrary returns the library read back from the snapshot at
// cfg.IndexPath, or false (saying why in the log) when there is none or it
// does not fit the sources or the index.
func reopenLibrary(ctx context.Context, cfg knowledge.Config, log *slog.Logger) (*knowledge.Library, bool) {
	prefaultReopen(cfg.IndexPath)
	snap, err := readSnapshotFile(cfg.IndexPath)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			log.Info("snapshot not used; loading afresh", "index", cfg.IndexPath, "err", err)
		}
		return nil, false
	}
	// Whether the files are still those the snapshot was made from is a
	// stat of each fact base and text (6,898 at 100,000 paragraphs,
	// 0.05-0.08 s), which nothing of the reopen needs: it runs beside
	// the reopen, whose library is thrown away when the files changed.
	checked := make(chan error, 1)
	go func() { checked <- snap.check(cfg.Facts) }()
	var eng *Engine
	l, err := knowledge.NewLibraryWhile(snap.sources, func() (knowledge.Engine, error) {
		var ok bool
		if eng, ok = reopen(ctx, snap, cfg.IndexPath); !ok {
			return nil, errNoReopen
		}
		return eng, nil
	})
	if cerr := <-checked; cerr != nil {
		if err == nil {
			// Closing the engine releases its store: the index
			// and the snapshot's mapping.
			l.Close()
		} else {
			snap.close()
		}
		log.Info("snapshot not used; loading afresh", "index", cfg.IndexPath, "err", cerr)
		return nil, false
	}
	if err != nil {
		// Nothing holds the snapshot's texts now: the library is not
		// returned.
		snap.close()
		log.Info("snapshot not used; loading afresh", "index", cfg.IndexPath, "err", err)
		return nil, false
	}
	l.Docs = eng.docs
	return l, true
}

// withGCPercent returns f's results, run with the garbage collector's
// target percentage at percent, the previous one put back after; percent
// 0 leaves it alone.
func withGCPercent[T any](percent int, f func() (T, bool)) (T, bool) {
	if percent > 0 {
		defer debug.SetGCPercent(debug.SetGCPercent(percent))
	}
	return f()
}

// errNoReopen is a snapshot that does not fit the index: the coverage is
// loaded afresh.
var errNoReopen = errors.New("the snapshot does not fit the index")

var _ knowledge.Warmer = (*Engine)(nil)

// Warm makes the tables a question would otherwise make on its first
// use: the articles' names and synonym groups (phraseTable), the
// coverage's closed compounds, the initials of its terms of several words
// (initialsTable), the articles' main organisations (mainBodyTable) and
// WordNet's indexes of kinds.
// Then it gives back the pages of the embedded word vectors that a load
// read whole (see wordvec.Release). The library calls it in the
// background once the engine answers.
func (e *Engine) Warm() {
	e.phraseTable()
	e.warmCompounds()
	e.initialsTable()
	if e.lex.wn != nil && e.lex.vec != nil {
		e.mainBodyTable()
	}
	if e.lex.wn != nil {
		e.lex.wn.Prepare()
	}
	// The build reads every word's vector, but a question only its own
	// words' and the coverage's nearest: half of the 10 MB matrix over a
	// bench's thousand questions at 100,000 paragraphs.
	wordvec.Release()
}

// phraseTable returns the articles' names and the sources' synonym groups
// (see newPhraseTable), made first if they are not; nil for an engine
// without a vocabulary.
func (e *Engine) phraseTable() *phraseTable {
	e.phrasesOnce.Do(func() {
		if e.phrases == nil && e.vocab != nil {
			e.phrases = newPhraseTable(e.an, e.vocab.ordered, e.sources)
		}
	})
	return e.phrases
}

// warmCompounds makes the closed compounds' table once.
func (e *Engine) warmCompounds() {
	e.compoundsOnce.Do(func() { e.compounds = e.closedCompounds() })
}

// Close releases the engine's hold on the index, which closes with the last
// engine over it.
func (e *Engine) Close() error {
	var err error
	e.closed.Do(func() { err = e.store.release() })
	return err
}

func indexWhere(p string) string {
	if p == "" {
		return "memory"
	}
	return p
}

// topic is a topic read like a question, for the /quote and /timeline filters.
type topic struct {
	e *Engine
	q question
	// m judges many events, quotes or paragraphs against the topic
	// faster than coverage, to the bit; nil when the topic is too large
	// for it.
	m *matcher
}

// coverage is coverage(t.q, ts, ref), through the matcher when there is one.
func (t topic) coverage(ts termSet, ref knowledge.Ref) float64 {
	if t.m != nil {
		return t.m.coverage(t.q, ref, ts)
	}
	return coverage(t.q, ts, ref)
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
	t := topic{e: e, q: q}
	if m, ok := newMatcher(q); ok {
		t.m = &m
	}
	return t
}

// Text is the share of the topic's weight that s covers.
func (t topic) Text(s string) float64 {
	return coverage(t.q, t.e.vocab.set(terms(t.e.an, s)), knowledge.Ref{})
}

// Events judges the events that share a term with the topic, found in the
// lists of the events that use each of its terms, merged. With a matcher,
// which of its terms an event has is what those lists say, so an event is
// judged without reading its terms or looking up its article: a common
// topic has thousands of events, each of them a cache miss or two away.
// Without one (a topic too large for it), each event is judged by its
// terms, as Text judges a text.
func (t topic) Events(yield func(src *knowledge.Source, at int, events []knowledge.EventCover)) {
	var group []knowledge.EventCover
	part := int32(-1)
	flush := func() {
		if len(group) > 0 {
			yield(t.e.sources[part], int(part), group)
		}
		group = group[:0]
	}
	t.merge(t.e.vocab.eventsByTerm, func(next eventKey, has uint64) {
		if next.part != part {
			flush()
			part = next.part
		}
		var cov float64
		if t.m != nil {
			cov = t.m.cover(t.q, has, 0)
		} else {
			cov = coverage(t.q, t.e.vocab.ordered[part].events[next.i].terms, knowledge.Ref{})
		}
		group = append(group, knowledge.EventCover{Event: int(next.i), Cover: cov})
	})
	flush()
}

// merge calls visit once for each item of the lists of the topic's terms
// (byTerm: eventsByTerm or quotesByTerm), in their order, with the bits of
// the terms of the matcher's ids whose lists have it (read only with a
// matcher, which has at most 64 ids).
func (t topic) merge(byTerm map[uint32][]eventKey, visit func(next eventKey, has uint64)) {
	ids := t.ids()
	lists := make([][]eventKey, 0, len(ids))
	bit := make([]uint64, 0, len(ids))
	for j, id := range ids {
		if ks := byTerm[id]; len(ks) > 0 {
			lists = append(lists, ks)
			bit = append(bit, 1<<(j%64))
		}
	}
	for len(lists) > 0 {
		// The least item at the head of a list, and the terms of the
		// lists that have it there: few lists, as a topic has few terms.
		next := lists[0][0]
		for _, ks := range lists[1:] {
			if compareEventKeys(ks[0], next) < 0 {
				next = ks[0]
			}
		}
		var has uint64
		for j := 0; j < len(lists); j++ {
			if lists[j][0] != next {
				continue
			}
			has |= bit[j]
			if lists[j] = lists[j][1:]; len(lists[j]) == 0 {
				lists, bit = slices.Delete(lists, j, j+1), slices.Delete(bit, j, j+1)
				j--
			}
		}
		visit(next, has)
	}
}

// Quotes judges the quotes that share a term with the topic, as Events
// judges events: which of its terms a quote has is what the lists of the
// quotes using each term say, so that a person with a thousand quotes is
// not judged quote by quote for a topic a few quotes of the coverage
// mention. Only with a matcher whose every alternative needs a term (one
// needing none would cover a quote that shares none), and only when the
// lists hold at most max quotes; otherwise ok is false and nothing is
// judged.
func (t topic) Quotes(max int, yield func(src *knowledge.Source, at int, quotes []knowledge.QuoteCover)) (ok bool) {
	if t.m == nil {
		return false
	}
	for _, ns := range t.m.needs {
		for _, n := range ns {
			if n.bits == 0 {
				return false
			}
		}
	}
	total := 0
	for _, id := range t.m.ids {
		if total += len(t.e.vocab.quotesByTerm[id]); total > max {
			return false
		}
	}
	var group []knowledge.QuoteCover
	part := int32(-1)
	flush := func() {
		if len(group) > 0 {
			yield(t.e.sources[part], int(part), group)
		}
		group = group[:0]
	}
	t.merge(t.e.vocab.quotesByTerm, func(next eventKey, has uint64) {
		if next.part != part {
			flush()
			part = next.part
		}
		group = append(group, knowledge.QuoteCover{Quote: int(next.i), Cover: t.m.cover(t.q, has, 0)})
	})
	flush()
	return true
}

// ids are the terms of the topic's ways of putting its concepts, as a
// set: the matcher's, when there is one.
func (t topic) ids() termSet {
	if t.m != nil {
		return t.m.ids
	}
	var ids []uint32
	for _, c := range t.q.concepts {
		for _, a := range c.alts {
			ids = append(ids, a.ids...)
		}
	}
	return toSet(ids)
}

// Paragraphs lists the paragraphs that have one of the topic's ways of
// putting a concept, all of its terms, from the index's postings. It
// counts them first (a term's documents, a phrase's rarest term's), and
// lists none if they may be more than max.
func (t topic) Paragraphs(max int) (map[string][]int, bool) {
	r, segs, err := t.e.textSegments()
	if err != nil {
		return nil, false
	}
	defer r.Close()
	var ps []scoredPostings
	total := 0
	for _, c := range t.q.concepts {
		for _, a := range c.alts {
			if a.ids == nil {
				continue // a term no paragraph has
			}
			p, err := openTerms(segs, bm25{field: "text"}, a.terms)
			if err != nil {
				return nil, false
			}
			if total += int(p.count()); total > max {
				return nil, false
			}
			ps = append(ps, p)
		}
	}
	var docs []uint64
	for _, p := range ps {
		for doc, _, ok, err := p.next(); ok; doc, _, ok, err = p.next() {
			if err != nil {
				return nil, false
			}
			docs = append(docs, doc)
		}
	}
	slices.Sort(docs)
	out := map[string][]int{}
	for _, d := range slices.Compact(docs) {
		id, err := r.ExternalID(index.NewIndexInternalID(nil, d))
		if err != nil {
			return nil, false
		}
		if ref, ok := parseDocID(id); ok {
			out[ref.Article] = append(out[ref.Article], ref.Paragraph)
		}
	}
	return out, true
}

// Quote judges quote i of a source's fact base by its words and topics,
// read when the article was analyzed: of the part the vocabulary judges
// the article's quotes by (its last, for an article loaded twice), found
// by the source's place among the engine's sources when at is it, by the
// article's id otherwise. /quote judges a speaker's every quote, a
// thousand for a person in hundreds of articles, each in another article:
// looking each one's article up was most of judging it.
func (t topic) Quote(src *knowledge.Source, at int, i int) float64 {
	var p *part
	if at >= 0 && at < len(t.e.sources) && t.e.sources[at] == src {
		p = t.e.vocab.judged[at]
	} else if src != nil {
		p = t.e.vocab.parts[src.Article.ID]
	}
	if p == nil || i < 0 || i >= len(p.quotes) {
		return 0
	}
	return t.coverage(p.quotes[i], knowledge.Ref{})
}

// Paragraph is the share of the topic's weight that a paragraph covers.
func (t topic) Paragraph(ref knowledge.Ref) float64 {
	pt := t.e.vocab.para(ref)
	if pt == nil {
		return 0
	}
	return t.coverage(pt.terms, knowledge.Ref{})
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
		cl, err := wordvec.LoadClusters()
		if err != nil {
			shared.err = fmt.Errorf("word clusters: %w", err)
			return
		}
		wn, err := wordnet.Default()
		if err != nil {
			shared.err = fmt.Errorf("wordnet: %w", err)
			return
		}
		shared.lex = &lexicon{vec: vec, clusters: cl, wn: wn, contractions: contractions(wn)}
	})
	return shared.lex, shared.err
}
