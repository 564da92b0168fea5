package knowledge

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"slices"
	"sync"
	"time"
)

// Config says what to load.
type Config struct {
	// Facts lists fact base files; each names its article's text file.
	Facts []string
	// IndexPath is where the engine keeps its index; empty keeps it in memory.
	IndexPath string
	// FS, when set, is where the fact bases and articles are read from
	// instead of the disk.
	FS fs.FS
	// IgnoreSynonyms drops every fact base's synonyms: groups, to measure
	// how much answers depend on them (an ablation, never for serving).
	IgnoreSynonyms bool
	// Previous are sources loaded before: one whose fact base and text are
	// unchanged on the disk (size and modification time) is reused rather
	// than read and validated again, so a reload of a large coverage costs
	// what changed.
	Previous []*Source
	// ReopenGCPercent, when above 0, is the garbage collector's target
	// percentage (what GOGC sets) while an engine reopens what it stored
	// at IndexPath, put back after; a load afresh keeps the caller's.
	ReopenGCPercent int
}

// Engine answers free-text questions over a coverage: the index, the word
// knowledge and the ranking. It is built from the sources by an adapter
// package (engine/), so that this package never depends on how search is done.
type Engine interface {
	// Ask finds the passages that answer a question, best first, or abstains.
	Ask(ctx context.Context, question string, limit int) (Answer, error)
	// Topic reads a topic once, to judge many texts against it.
	Topic(topic string) TopicMatch
	// Update returns the engine for new sources, reusing what it can of
	// this one (an unchanged article is not indexed again); this one keeps
	// answering until it is closed.
	Update(ctx context.Context, sources []*Source) (Engine, error)
	// Close releases what the engine holds (index files, memory maps).
	Close() error
}

// Describer is what an Engine may also do: read a description of someone
// ("the ukrainian president", "the kremlin spokesman") as the entities it
// describes, as it reads one in a question; nil when it describes none, or
// more than one thing. FindDescribed asks it when no name, alias or role
// matches as written.
type Describer interface {
	Describe(text string) []Entity
}

// Warmer is what an Engine may also do: make ahead of the first
// question the tables it would otherwise make on it. The library asks it
// in the background, beside autocomplete's tables, so that the first
// questions after a restart do not wait for them (at 100,000 paragraphs
// some 0.45 s of CPU); Settled waits for it too.
type Warmer interface {
	Warm()
}

// TopicMatch judges how much of a topic a text or a paragraph covers, from 0
// (nothing) to 1 (all of it).
type TopicMatch interface {
	Text(s string) float64
	Paragraph(ref Ref) float64
	// Events judges the events whose summary or topics share a word with
	// the topic, the only ones worth judging (so that a filter over a
	// large coverage need not judge every event), by their summary and
	// topics, as Text judges a text. It calls yield once for each source
	// that has any, with its place among the sources the engine was built
	// over (-1 if the engine does not know it), so that a library over
	// the same sources finds the source without looking up its article's
	// id, and with the events in the order of its fact base. The slice is
	// yield's only until it returns.
	Events(yield func(src *Source, at int, events []EventCover))
	// Paragraphs lists, per article, the paragraphs that have a word of
	// the topic (every word of one of its phrases): the only ones
	// Paragraph can judge about it. ok is false, and nothing is listed,
	// if there may be more than max of them.
	Paragraphs(max int) (paras map[string][]int, ok bool)
	// Quote judges quote i of a source's fact base by its words and
	// topics, as Text judges a text, from what the engine read of it
	// once. at is the source's place among the sources the engine was
	// built over, as Events gives it, or -1: an engine then finds the
	// source by its article's id. Of an article loaded twice, the engine
	// judges the quotes of one fact base, whichever source is asked of.
	Quote(src *Source, at int, i int) float64
	// Quotes judges, as Quote does, the quotes that share a word with the
	// topic, the only ones Quote can judge about it, so that a person's
	// thousand quotes need not be judged one by one. It calls yield once
	// for each article that has any, with its source and place as Events
	// gives them and the quotes in the order of its fact base; the slice
	// is yield's only until it returns. ok is false, and nothing is
	// judged, if there may be more than max of them or the engine cannot
	// tell which they are: judge each with Quote then.
	Quotes(max int, yield func(src *Source, at int, quotes []QuoteCover)) (ok bool)
}

// QuoteCover is a quote, by its position in its fact base's quotes, and how
// much of a topic it covers.
type QuoteCover struct {
	Quote int
	Cover float64
}

// EventCover is an event, by its position in its fact base's events, and
// how much of a topic it covers.
type EventCover struct {
	Event int
	Cover float64
}

// Library is the loaded coverage: articles, fact bases and the engine that
// searches them. It is immutable once loaded and safe for concurrent use; a
// reload builds a new one.
type Library struct {
	sources  []*Source
	articles []*Article
	engine   Engine
	// What the look-ups read instead of walking every source, made once in
	// NewLibrary: the sources by article id (positions, in load order), the
	// index of entity names, and those of autocomplete's choices.
	byID map[string][]int
	// first is, by source, the first source loaded with its article: the
	// one whose quotes the look-ups list (quotesOf).
	first []int32
	// names and events are made by the first look-up that needs them, or
	// by Prepare (tables): not on the path of a restart, where they were
	// 0.15 s of the two cores before /healthz answered at 100,000
	// paragraphs. Read them through nameTable and eventTable.
	names  *nameIndex
	tables sync.Once
	// choices are made after the rest, in the background (a tenth of a
	// second of CPU at 100,000 paragraphs), so that a restarted bot
	// answers without waiting for them; ready is closed when they are
	// made, and autocomplete waits for it. prepared starts that work
	// once (Prepare).
	choices      choiceIndexes
	choicesReady chan struct{}
	prepared     sync.Once
	// events are every event in timeline order; quotes each source's
	// quotes in paragraph order; newest the articles as Newest gives them;
	// paragraphs how many all the articles have.
	events     *eventOrder
	quotes     []sourceQuotes
	newest     []*Article
	recency    []int32 // by source: its place in newest
	paragraphs int
	// Docs is how many documents the engine's index holds.
	Docs int
	// LoadTime is how long loading and indexing took.
	LoadTime time.Duration
}

// NewLibrary puts sources and the engine built over them together, and
// makes the tables its look-ups read, each in its own goroutine;
// autocomplete's in the background, after it returns (it calls Prepare).
func NewLibrary(sources []*Source, eng Engine) *Library {
	l := newLibrary(sources, eng)
	l.Prepare()
	return l
}

// Prepare starts making, in the background, the index of entity names and
// the order of events (unless a look-up has), autocomplete's choice
// indexes and the engine's tables when it is a Warmer; it returns at once,
// and only its first call does anything. What needs them (autocomplete,
// Settled) calls it, then waits for them.
//
// A library from NewLibraryWhile has not started them: a restarting
// server calls Prepare once it answers. Begun as the library is made,
// their four goroutines took the two cores of a 100,000-paragraph restart
// from what was left of it (the router, the HTTP listener) and made
// garbage it collected: 0.3-0.45 s more before /healthz answered, when
// what they make is only needed by the first autocomplete or question.
func (l *Library) Prepare() { l.prepared.Do(l.makeChoices) }

// makeChoices makes autocomplete's choice indexes in the background, and
// warms the engine when it is a Warmer.
func (l *Library) makeChoices() {
	go func() {
		defer close(l.choicesReady)
		var wg sync.WaitGroup
		wg.Go(func() { l.tables.Do(l.makeTables) })
		wg.Go(func() { l.choices.entities = newEntityChoices(l.sources, false, newFolder()) })
		wg.Go(func() { l.choices.speakers = newEntityChoices(l.sources, true, newFolder()) })
		wg.Go(func() { l.choices.addTopicsAndArticles(l.sources, l.articles, newFolder()) })
		if w, ok := l.engine.(Warmer); ok {
			wg.Go(w.Warm)
		}
		wg.Wait()
	}()
}

// Settled waits until the tables the library makes in the background
// (autocomplete's, and the engine's when it is a Warmer) are made: for a
// measurement of the library at rest. It starts them if nothing has
// (Prepare).
func (l *Library) Settled() {
	l.Prepare()
	<-l.choicesReady
}

// readyChoices returns autocomplete's choice indexes once they are made,
// starting them if nothing has.
func (l *Library) readyChoices() *choiceIndexes {
	l.Prepare()
	<-l.choicesReady
	return &l.choices
}

// newLibrary makes all of a library but its choice indexes, its index of
// names and its order of events (makeTables).
func newLibrary(sources []*Source, eng Engine) *Library {
	l := &Library{sources: sources, engine: eng, byID: map[string][]int{}, choicesReady: make(chan struct{})}
	for i, s := range sources {
		l.articles = append(l.articles, s.Article)
		l.byID[s.Article.ID] = append(l.byID[s.Article.ID], i)
		l.first = append(l.first, int32(l.byID[s.Article.ID][0]))
		l.quotes = append(l.quotes, newSourceQuotes(s))
		l.paragraphs += len(s.Article.Paragraphs)
	}
	// Newest first, in load order among articles of one date; each
	// source's place in that order is its recency rank.
	order := make([]int, len(sources))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return sources[b].Article.Published.Start().Compare(sources[a].Article.Published.Start())
	})
	l.newest = make([]*Article, len(order))
	l.recency = make([]int32, len(order))
	for k, i := range order {
		l.newest[k] = sources[i].Article
		l.recency[i] = int32(k)
	}
	return l
}

// makeTables makes the index of entity names and the order of events, each
// on its own goroutine; call it through l.tables.
func (l *Library) makeTables() {
	var wg sync.WaitGroup
	wg.Go(func() { l.events = newEventOrder(l.sources) })
	wg.Go(func() {
		names := newNameIndex(l.sources, l.recency, newFolder())
		for i := range names.entities {
			ne := &names.entities[i]
			ne.said = l.quotesOf(ne.e.Article, ne.e.ID)
		}
		l.names = names
	})
	wg.Wait()
}

// nameTable returns the index of entity names, made first if it is not.
func (l *Library) nameTable() *nameIndex {
	l.tables.Do(l.makeTables)
	return l.names
}

// eventTable returns every event in timeline order, made first if it is
// not.
func (l *Library) eventTable() *eventOrder {
	l.tables.Do(l.makeTables)
	return l.events
}

// NewLibraryWhile makes the library's tables over the sources while
// newEngine builds the engine over them, each on its own goroutines, and
// puts them together; newEngine's error, if any, and no library otherwise.
// newEngine must not change the sources. Unlike NewLibrary it does not
// start autocomplete's tables nor warm the engine: the caller calls
// Prepare when the CPU is free for them, or their first use does.
func NewLibraryWhile(sources []*Source, newEngine func() (Engine, error)) (*Library, error) {
	var eng Engine
	var err error
	built := make(chan struct{})
	go func() {
		defer close(built)
		eng, err = newEngine()
	}()
	l := newLibrary(sources, nil)
	<-built
	if err != nil {
		return nil, err
	}
	l.engine = eng
	return l, nil
}

// newFolder returns a function that folds a name to its words,
// wordsOnly(Fold(s)), remembering what it folded: names repeat across
// articles. It is for one goroutine.
func newFolder() func(string) string {
	folded := map[string]string{}
	return func(s string) string {
		f, ok := folded[s]
		if !ok {
			f = wordsOnly(Fold(s))
			folded[s] = f
		}
		return f
	}
}

// LoadSources reads and validates every fact base and its article. Problems
// in all files are reported together in a *LoadError, warnings of the files
// that loaded included; any error means nothing is returned. Warnings alone
// stop nothing: they stay in each Source's Warnings.
func LoadSources(ctx context.Context, cfg Config) ([]*Source, error) {
	if len(cfg.Facts) == 0 {
		return nil, errors.New("no sources: give at least one fact base")
	}
	// Files are read and validated on every core; what they hold is then
	// taken in the order given.
	srcs := make([]*Source, len(cfg.Facts))
	errs := make([]error, len(cfg.Facts))
	prev := map[string]*Source{}
	for _, s := range cfg.Previous {
		prev[s.FactsPath] = s
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(len(cfg.Facts), runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if p := prev[cfg.Facts[i]]; cfg.FS == nil && p != nil && p.unchanged() {
					srcs[i] = p
					continue
				}
				if cfg.FS != nil {
					srcs[i], errs[i] = LoadSourceFS(cfg.FS, cfg.Facts[i])
				} else {
					srcs[i], errs[i] = LoadSource(cfg.Facts[i])
				}
			}
		}()
	}
	for i := range cfg.Facts {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("load: %w", err)
	}
	var all []Problem
	var sources []*Source
	seen := map[string]string{}
	for i, path := range cfg.Facts {
		src, err := srcs[i], errs[i]
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
		all = append(all, src.Warnings...)
		if cfg.IgnoreSynonyms {
			src.Synonyms = nil
		}
		sources = append(sources, src)
	}
	for _, p := range all {
		if p.Severity == SeverityError {
			return nil, &LoadError{Problems: all}
		}
	}
	return sources, nil
}

// Reload loads the configured fact bases again and returns the library over
// them, its engine updated from this one's: only the articles that changed
// are indexed and analyzed again. On any problem it returns the error and
// this library is untouched.
func (l *Library) Reload(ctx context.Context, cfg Config) (*Library, error) {
	start := time.Now()
	if !cfg.IgnoreSynonyms {
		cfg.Previous = l.sources
	}
	sources, err := LoadSources(ctx, cfg)
	if err != nil {
		return nil, err
	}
	eng, err := l.engine.Update(ctx, sources)
	if err != nil {
		return nil, fmt.Errorf("update engine: %w", err)
	}
	next := NewLibrary(sources, eng)
	for _, s := range sources {
		next.Docs += len(s.Article.Paragraphs)
	}
	next.LoadTime = time.Since(start)
	return next, nil
}

// Close releases the engine.
func (l *Library) Close() error { return l.engine.Close() }

// Ask finds the passages that answer a question, best first. The question is
// only ever read as words: no query syntax reaches the index.
func (l *Library) Ask(ctx context.Context, question string, limit int) (Answer, error) {
	return l.engine.Ask(ctx, question, limit)
}

// Articles returns the loaded articles in load order.
func (l *Library) Articles() []*Article { return l.articles }

// Sources returns the loaded sources in load order.
func (l *Library) Sources() []*Source { return l.sources }

func (l *Library) source(article string) *Source {
	if is := l.byID[article]; len(is) > 0 {
		return l.sources[is[0]]
	}
	return nil
}

// inScope marks the sources, by position, of the articles a look-up is
// narrowed to; nil, for no articles, means all (as inArticles has it).
func (l *Library) inScope(articles []string) []bool {
	if len(articles) == 0 {
		return nil
	}
	in := make([]bool, len(l.sources))
	for _, a := range articles {
		for _, i := range l.byID[a] {
			in[i] = true
		}
	}
	return in
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
	if is := l.byID[article]; len(is) > 0 {
		o := l.eventTable()
		return o.eventsAt(o.bySource[is[0]])
	}
	return nil
}

// Quotes returns an article's quotes in paragraph order.
func (l *Library) Quotes(article string) []Quote {
	if is := l.byID[article]; len(is) > 0 {
		return append([]Quote(nil), l.quotes[is[0]].sorted...)
	}
	return nil
}

// sourceQuotes are a source's quotes in paragraph order, and each speaker's.
type sourceQuotes struct {
	sorted []Quote
	// bySpeaker lists each speaker's quotes in paragraph order, by their
	// positions in the source's Quotes (what TopicMatch.Quote takes).
	bySpeaker map[string][]int32
}

func newSourceQuotes(s *Source) sourceQuotes {
	order := make([]int32, len(s.Quotes))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(s.Quotes[a].Paragraph, s.Quotes[b].Paragraph) })
	q := sourceQuotes{sorted: make([]Quote, len(order)), bySpeaker: map[string][]int32{}}
	for k, i := range order {
		q.sorted[k] = s.Quotes[i]
		q.bySpeaker[s.Quotes[i].Speaker] = append(q.bySpeaker[s.Quotes[i].Speaker], i)
	}
	return q
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
