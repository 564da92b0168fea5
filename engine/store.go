package engine

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"

	"github.com/coveragebot/coveragebot/knowledge"
)

// indexVersion names the index mapping and the way paragraphs are indexed.
// An index written under another version is rebuilt, not reused.
const indexVersion = "coveragebot-index-5"

// lockTimeout is how long opening an index waits for another process that
// holds it.
const lockTimeout = 2 * time.Second

// batchDocs is how many paragraphs one index batch holds at most. A batch
// is held mapped and analyzed in memory, and scorch makes a segment of it in
// memory, until it is on disk: 5,000 paragraphs held about 70 MB while
// written; 2,000 peak about 20 MB lower at 100,000 paragraphs for no
// measurable CPU. A reload of up to this many paragraphs is one batch.
const batchDocs = 2000

// manifestKey is where the index keeps its manifest (bleve internal data).
const manifestKey = "coveragebot/manifest"

// manifest says what an index holds: per article, the hash of what was
// indexed and how many paragraphs, so that a restart or a reload reindexes
// only what changed.
type manifest struct {
	Version  string                   `json:"version"`
	Articles map[string]manifestEntry `json:"articles"`
}

type manifestEntry struct {
	Hash       string `json:"hash"`
	Paragraphs int    `json:"paragraphs"`
}

// store is the index and the analyzed parts that every engine over it
// shares: a reload builds a new engine on the same store, indexing only the
// articles that changed. Engines hold it counted; the last to close closes
// the index.
type store struct {
	mu       sync.Mutex // serialises updates
	index    bleve.Index
	an       analysis.Analyzer
	tt       *termTable
	lex      *lexicon
	manifest manifest
	parts    map[string]*part // by article id, as of the last update
	users    int
	// snap, when not nil, is the snapshot file the store was reopened
	// from, mapped: its engines' texts and vectors are slices of it, and it
	// is unmapped with the index, when the last of them is closed.
	snap *fileMap
	// batchDocs is how many paragraphs one index batch holds at most
	// (batchDocs; a test makes it smaller).
	batchDocs int
	// onDisk says the index has a path: scorch merges its segments then,
	// and only then (an index in memory has no merger to ask).
	onDisk bool
}

// openStore opens the index at path when it holds one of this version, and
// creates it otherwise (in memory when path is empty).
func openStore(path string, lex *lexicon) (*store, error) {
	im, err := newMapping()
	if err != nil {
		return nil, err
	}
	an := im.AnalyzerNamed(analyzerName)
	if an == nil {
		return nil, fmt.Errorf("analyzer %s not registered", analyzerName)
	}
	st := &store{an: newCoverageAnalyzer(an), tt: newTermTable(), lex: lex, parts: map[string]*part{}, batchDocs: batchDocs,
		manifest: manifest{Version: indexVersion, Articles: map[string]manifestEntry{}}}
	if path == "" {
		if st.index, err = bleve.NewUsing("", im, scorch.Name, scorch.Name, nil); err != nil {
			return nil, fmt.Errorf("create index: %w", err)
		}
		return st, nil
	}
	if _, err := os.Stat(filepath.Join(path, "index_meta.json")); err == nil {
		// Another process holding the index makes this fail after the
		// lock timeout rather than wait for ever, and its index is left
		// alone: each process needs an index.path of its own.
		idx, err := bleve.OpenUsing(path, map[string]any{"bolt_timeout": lockTimeout.String()})
		if err != nil {
			return nil, fmt.Errorf("open index %s: %w (is another coveragebot using it? give each process its own index.path)", path, err)
		}
		var m manifest
		raw, _ := idx.GetInternal([]byte(manifestKey))
		if json.Unmarshal(raw, &m) == nil && m.Version == indexVersion && m.Articles != nil {
			st.index, st.manifest, st.onDisk = idx, m, true
			return st, nil
		}
		idx.Close() // written by another version: rebuilt below
	}
	if err := clearIndexDir(path); err != nil {
		return nil, err
	}
	if st.index, err = bleve.NewUsing(path, im, scorch.Name, scorch.Name, map[string]any{"bolt_timeout": lockTimeout.String()}); err != nil {
		return nil, fmt.Errorf("create index %s: %w", path, err)
	}
	st.onDisk = true
	return st, nil
}

// indexHash identifies what the index holds of an article: its id and
// paragraphs, under this index version.
func indexHash(s *knowledge.Source) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00", indexVersion, s.Article.ID)
	for _, p := range s.Article.Paragraphs {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// partHash identifies an article's part: its text and the fact base the
// part reads (entities, events, quotes).
func partHash(s *knowledge.Source, ih string) string {
	h := sha256.New()
	h.Write([]byte(ih))
	enc := json.NewEncoder(h)
	enc.Encode(s.Entities)
	enc.Encode(s.Events)
	enc.Encode(s.Quotes)
	return hex.EncodeToString(h.Sum(nil))
}

// update brings the store to the sources: the index's changed, added and
// removed articles, in batches of at most batchDocs paragraphs (a reload of
// a few articles is one batch, so a search sees the old coverage or the
// new; a first build is many), with the manifest in the last; and a part
// for every article, reusing those unchanged.
// It returns the parts in the sources' order and how many articles were
// indexed.
func (st *store) update(ctx context.Context, sources []*knowledge.Source) ([]*part, int, error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	ih := make([]string, len(sources))
	ph := make([]string, len(sources))
	parallel(len(sources), func(i int) {
		ih[i] = indexHash(sources[i])
		ph[i] = partHash(sources[i], ih[i])
	})
	next := manifest{Version: indexVersion, Articles: map[string]manifestEntry{}}
	groups := [][]change{nil}
	docs := 0
	indexed := 0
	for i, s := range sources {
		id := s.Article.ID
		next.Articles[id] = manifestEntry{Hash: ih[i], Paragraphs: len(s.Article.Paragraphs)}
		old, had := st.manifest.Articles[id]
		if had && old.Hash == ih[i] {
			continue
		}
		if docs >= st.batchDocs {
			groups, docs = append(groups, nil), 0
		}
		docs += len(s.Article.Paragraphs)
		groups[len(groups)-1] = append(groups[len(groups)-1], change{id: id, old: old.Paragraphs, src: s})
		indexed++
	}
	for id, old := range st.manifest.Articles {
		if _, keep := next.Articles[id]; !keep {
			groups[len(groups)-1] = append(groups[len(groups)-1], change{id: id, old: old.Paragraphs})
			indexed++
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, 0, fmt.Errorf("update index: %w", err)
	}
	raw, err := json.Marshal(next)
	if err != nil {
		return nil, 0, fmt.Errorf("manifest: %w", err)
	}
	// The index writes while the parts are analyzed.
	written := make(chan error, 1)
	go func() { written <- st.write(ctx, groups, raw) }()

	parts := make([]*part, len(sources))
	var todo []int
	for i, s := range sources {
		if p := st.parts[s.Article.ID]; p != nil && p.hash == ph[i] {
			parts[i] = p
		} else {
			todo = append(todo, i)
		}
	}
	parallelWorkers(len(todo), func() func(int) {
		an := newAnalyzer(st.an) // its cache is per worker
		return func(k int) {
			i := todo[k]
			parts[i] = analyzeArticle(an, st.lex, st.tt, sources[i], ph[i])
		}
	})
	if len(todo) > 0 && st.lex != nil && st.lex.wn != nil {
		// The analysis's lookups are the coverage's words, read once,
		// not the questions' (see wordnet.WordNet.Forget).
		st.lex.wn.Forget()
	}
	if err := <-written; err != nil {
		return nil, 0, fmt.Errorf("write index: %w", err)
	}
	st.manifest = next
	st.parts = map[string]*part{}
	for _, p := range parts {
		st.parts[p.article] = p
	}
	return parts, indexed, nil
}

// change is one article's change to the index: its old paragraphs, if
// any, deleted, and its new ones, if any, indexed.
type change struct {
	id  string
	old int               // paragraphs indexed before; 0 when new
	src *knowledge.Source // nil when removed
}

// write applies the groups of changes to the index, one batch per group and
// the manifest with the last. Each batch is made just before it is written
// and dropped after: a batch holds its paragraphs mapped and analyzed, and
// making them all at once held the whole coverage's analysis in memory.
func (st *store) write(ctx context.Context, groups [][]change, manifest []byte) error {
	for i, g := range groups {
		if err := ctx.Err(); err != nil {
			return err
		}
		b := st.index.NewBatch()
		for _, c := range g {
			deleteArticle(b, c.id, c.old)
			if c.src == nil {
				continue
			}
			for n, p := range c.src.Article.Paragraphs {
				ref := knowledge.Ref{Article: c.id, Paragraph: n + 1}
				if err := b.Index(docID(ref), indexDoc{Article: c.id, Text: p}); err != nil {
					return fmt.Errorf("index %s: %w", docID(ref), err)
				}
			}
		}
		if i == len(groups)-1 {
			b.SetInternal([]byte(manifestKey), manifest)
		}
		if err := st.index.Batch(b); err != nil {
			return err
		}
	}
	if len(groups) > 1 && st.onDisk {
		return st.compact(ctx)
	}
	return nil
}

// compact merges the index's segments into one, after a write of several
// batches (a first build, a large reload): a search looks each of its terms
// up in every segment, and at 100,000 paragraphs the batches leave a dozen
// or more (a quarter of /ask's CPU time). A reload of a few articles is one
// batch, whose small segment scorch's own merger folds in later. An index
// in memory has no merger (scorch runs one only for an index on disk, and
// ForceMerge would wait for it for ever): its batches stay segments.
func (st *store) compact(ctx context.Context) error {
	adv, err := st.index.Advanced()
	if err != nil {
		return fmt.Errorf("compact: %w", err)
	}
	sc, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil
	}
	opts := compactPlan()
	if err := sc.ForceMerge(ctx, &opts); err != nil {
		return fmt.Errorf("compact: %w", err)
	}
	// The merged segment is in use once ForceMerge returns, but on the
	// disk only when the persister has written the new root: wait for it,
	// so that a restart opens one segment too (a few milliseconds; at most
	// settleWait, after which the merge is only this process's).
	deadline := time.Now().Add(settleWait)
	for time.Now().Before(deadline) {
		if active, _ := sc.StatsMap()["index_bgthreads_active"].(bool); !active {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("compact: %w", ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
	return nil
}

// compactPlan is the merge plan of compact: one merge of every segment.
// bleve's single-segment plan merges ten at a time: the five segments of
// 10,000 paragraphs were merged at once, but the fourteen or so left of
// 100,000's fifty batches were merged ten at a time and left two segments,
// not one: more of the index was written more than once, and the build
// grew faster than the coverage.
func compactPlan() mergeplan.MergePlanOptions {
	opts := mergeplan.SingleSegmentMergePlanOptions
	opts.SegmentsPerMergeTask = math.MaxInt32
	return opts
}

// settleWait bounds the wait for the index's background work after a merge.
const settleWait = 10 * time.Second

func deleteArticle(b *bleve.Batch, id string, paragraphs int) {
	for n := 1; n <= paragraphs; n++ {
		b.Delete(id + "/" + strconv.Itoa(n))
	}
}

// acquire and release count the engines using the store.
func (st *store) acquire() {
	st.mu.Lock()
	st.users++
	st.mu.Unlock()
}

func (st *store) release() error {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.users--
	if st.users > 0 {
		return nil
	}
	err := st.index.Close()
	return errors.Join(err, st.snap.close())
}

// parallel runs fn(0..n-1) on every core.
func parallel(n int, fn func(int)) {
	parallelWorkers(n, func() func(int) { return fn })
}

// parallelWorkers runs n jobs on every core, each worker with its own state
// from newWorker.
func parallelWorkers(n int, newWorker func() func(int)) {
	workers := min(n, runtime.GOMAXPROCS(0))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work := newWorker()
			for i := range next {
				work(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
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
