package engine

import (
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/knowledge"
)

// copyArticle copies a fact base and its text into dir, applying edit to the
// text, and returns the fact base's new path.
func copyArticle(t *testing.T, dir, facts, text string, edit func(string) string) string {
	t.Helper()
	for _, f := range []string{facts, text} {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(raw)
		if f == text && edit != nil {
			s = edit(s)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, filepath.Base(facts))
}

func newEngine(t *testing.T, facts []string, path string) *Engine {
	t.Helper()
	src, err := knowledge.LoadSources(t.Context(), knowledge.Config{Facts: facts})
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(t.Context(), src, path)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// testdataEngine is an engine over one testdata article, by its slug: the
// fact base knowledge/testdata/SLUG/SLUG.yaml.
func testdataEngine(t *testing.T, slug string) *Engine {
	t.Helper()
	return newEngine(t, []string{"../knowledge/testdata/" + slug + "/" + slug + ".yaml"}, "")
}

// citedParagraphs asks a question and returns the paragraphs the answer
// cites, in its order (none when it abstains).
// citesFirst holds that the reply to question cites ¶first first, or,
// for first 0, cites nothing.
func citesFirst(t *testing.T, e *Engine, question string, first int) {
	t.Helper()
	got := citedParagraphs(t, e, question)
	switch {
	case first == 0 && len(got) > 0:
		t.Errorf("%s: cites %v, want none", question, got)
	case first > 0 && (len(got) == 0 || got[0] != first):
		t.Errorf("%s: cites %v, want ¶%d first", question, got, first)
	}
}

func citedParagraphs(t *testing.T, e *Engine, question string) []int {
	t.Helper()
	ans, err := e.Ask(t.Context(), question, 4)
	if err != nil {
		t.Fatal(err)
	}
	var ps []int
	for _, p := range ans.Passages {
		ps = append(ps, p.Ref.Paragraph)
	}
	return ps
}

// citesWithin fails t unless a question over one fact base cites nothing
// (want 0) or cites ¶want among its first n paragraphs.
func citesWithin(t *testing.T, facts, question string, want, n int) {
	t.Helper()
	got := citedParagraphs(t, newEngine(t, []string{facts}, ""), question)
	switch {
	case want == 0 && len(got) > 0:
		t.Errorf("cites %v, want none", got)
	case want > 0 && !slices.Contains(got[:min(len(got), n)], want):
		t.Errorf("cites %v, want ¶%d among the first %d", got, want, n)
	}
}

func cites(t *testing.T, e *Engine, question, article string) bool {
	t.Helper()
	ans, err := e.Ask(t.Context(), question, 4)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ans.Passages {
		if p.Ref.Article == article {
			return true
		}
	}
	return false
}

// A restart over an unchanged index reindexes nothing; a changed article is
// reindexed alone; a removed one is gone from the answers.
func TestIndexReuse(t *testing.T) {
	dir := t.TempDir()
	index := filepath.Join(t.TempDir(), "index")
	istanbul := copyArticle(t, dir, "../data/istanbul-talks.yaml", "../data/istanbul-talks.txt", nil)
	harbour := copyArticle(t, dir, "../knowledge/testdata/harbour/harbour-vote.yaml", "../knowledge/testdata/harbour/harbour-vote.txt", nil)
	const q = "How many berths will the developer keep for fishing boats?"

	e := newEngine(t, []string{istanbul, harbour}, index)
	if e.indexed != 2 {
		t.Errorf("first start indexed %d articles, want 2", e.indexed)
	}
	e.Close()

	e = newEngine(t, []string{istanbul, harbour}, index)
	if e.indexed != 0 {
		t.Errorf("restart indexed %d articles, want 0", e.indexed)
	}
	if !cites(t, e, q, "harbour-vote") {
		t.Errorf("after a restart, %q does not cite the harbour story", q)
	}
	e.Close()

	copyArticle(t, dir, "../knowledge/testdata/harbour/harbour-vote.yaml", "../knowledge/testdata/harbour/harbour-vote.txt",
		func(s string) string { return strings.Replace(s, "14 berths", "16 berths and a slipway", 1) })
	e = newEngine(t, []string{istanbul, harbour}, index)
	if e.indexed != 1 {
		t.Errorf("after editing one article, indexed %d, want 1", e.indexed)
	}
	if !cites(t, e, "Will there be a slipway?", "harbour-vote") {
		t.Error("the edited text is not searchable")
	}
	e.Close()

	e = newEngine(t, []string{istanbul}, index)
	if e.indexed != 1 {
		t.Errorf("after removing one article, indexed %d, want 1 (its deletion)", e.indexed)
	}
	if cites(t, e, q, "harbour-vote") {
		t.Error("a removed article still answers")
	}
	e.Close()
}

// A build in many batches indexes every paragraph and writes the manifest
// with the last batch; later updates in many batches replace and remove
// what changed.
func TestBuildInBatches(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index")
	facts := []string{"../data/istanbul-talks.yaml", "../knowledge/testdata/harbour/harbour-vote.yaml"}
	src, err := knowledge.LoadSources(t.Context(), knowledge.Config{Facts: facts})
	if err != nil {
		t.Fatal(err)
	}
	lex, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	paragraphs := func(src []*knowledge.Source) uint64 {
		n := 0
		for _, s := range src {
			n += len(s.Article.Paragraphs)
		}
		return uint64(n)
	}
	st, err := openStore(path, lex)
	if err != nil {
		t.Fatal(err)
	}
	st.batchDocs = 1 // a batch per article
	if _, indexed, err := st.update(t.Context(), src); err != nil || indexed != len(src) {
		t.Fatalf("build: %d indexed, %v; want %d", indexed, err, len(src))
	}
	if n, err := st.index.DocCount(); err != nil || n != paragraphs(src) {
		t.Errorf("after the build the index holds %d documents (%v), want %d", n, err, paragraphs(src))
	}
	if err := st.index.Close(); err != nil {
		t.Fatal(err)
	}

	st, err = openStore(path, lex)
	if err != nil {
		t.Fatal(err)
	}
	defer st.index.Close()
	if len(st.manifest.Articles) != len(src) {
		t.Fatalf("the reopened index's manifest lists %d articles, want %d", len(st.manifest.Articles), len(src))
	}
	// The batches were merged into one segment (compact).
	adv, err := st.index.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	if n := adv.(*scorch.Scorch).StatsMap()["TotFileSegmentsAtRoot"]; n != uint64(1) {
		t.Errorf("after a build of %d batches the index has %v segments, want 1", len(src), n)
	}
	st.batchDocs = 1
	cut := func(s *knowledge.Source, n int) *knowledge.Source {
		a := *s.Article
		a.Paragraphs = a.Paragraphs[:n]
		return &knowledge.Source{Article: &a}
	}
	// Both articles shortened: two batches, the manifest in the second.
	next := []*knowledge.Source{cut(src[0], 3), cut(src[1], 2)}
	if _, indexed, err := st.update(t.Context(), next); err != nil || indexed != 2 {
		t.Fatalf("update: %d indexed, %v; want 2", indexed, err)
	}
	if n, err := st.index.DocCount(); err != nil || n != paragraphs(next) {
		t.Errorf("after the update the index holds %d documents (%v), want %d", n, err, paragraphs(next))
	}
	next = next[:1]
	if _, indexed, err := st.update(t.Context(), next); err != nil || indexed != 1 {
		t.Fatalf("removal: %d indexed, %v; want 1", indexed, err)
	}
	if n, err := st.index.DocCount(); err != nil || n != paragraphs(next) {
		t.Errorf("after the removal the index holds %d documents (%v), want %d", n, err, paragraphs(next))
	}
}

// An index in memory is built in many batches too, and left in as many
// segments: scorch has no merger for it to ask (the build once waited for
// one for ever, whenever a coverage in memory had more paragraphs than a
// batch holds).
func TestBuildInBatchesInMemory(t *testing.T) {
	facts := []string{"../data/istanbul-talks.yaml", "../knowledge/testdata/harbour/harbour-vote.yaml"}
	src, err := knowledge.LoadSources(t.Context(), knowledge.Config{Facts: facts})
	if err != nil {
		t.Fatal(err)
	}
	lex, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	st, err := openStore("", lex)
	if err != nil {
		t.Fatal(err)
	}
	defer st.index.Close()
	st.batchDocs = 1 // a batch per article
	done := make(chan error, 1)
	go func() {
		_, _, err := st.update(t.Context(), src)
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(time.Minute):
		t.Fatal("a build in memory in two batches has not ended after a minute")
	}
	want := uint64(0)
	for _, s := range src {
		want += uint64(len(s.Article.Paragraphs))
	}
	if n, err := st.index.DocCount(); err != nil || n != want {
		t.Errorf("the index holds %d documents (%v), want %d", n, err, want)
	}
}

// Update adds an article to a running engine without reindexing the others,
// and the engine it replaces keeps answering until it is closed.
func TestUpdate(t *testing.T) {
	old := newEngine(t, []string{"../data/istanbul-talks.yaml"}, "")
	src, err := knowledge.LoadSources(t.Context(), knowledge.Config{Facts: []string{"../data/istanbul-talks.yaml", "../knowledge/testdata/harbour/harbour-vote.yaml"}})
	if err != nil {
		t.Fatal(err)
	}
	next, err := old.Update(t.Context(), src)
	if err != nil {
		t.Fatal(err)
	}
	e := next.(*Engine)
	if e.indexed != 1 {
		t.Errorf("update indexed %d articles, want only the new one", e.indexed)
	}
	if e.vocab.parts["istanbul-talks"] != old.vocab.parts["istanbul-talks"] {
		t.Error("the unchanged article was analyzed again")
	}
	if !cites(t, e, "How many berths will the developer keep for fishing boats?", "harbour-vote") {
		t.Error("the added article does not answer")
	}
	if !cites(t, old, "Who is the Kremlin spokesman?", "istanbul-talks") {
		t.Error("the replaced engine stopped answering before it was closed")
	}
	old.Close()
	if !cites(t, e, "Who is the Kremlin spokesman?", "istanbul-talks") {
		t.Error("closing the replaced engine closed the index under the new one")
	}
	e.Close()
}

// A restart with nothing changed reads the snapshot beside the index; a
// changed file makes it load afresh.
func TestSnapshotRestart(t *testing.T) {
	dir := t.TempDir()
	index := filepath.Join(t.TempDir(), "index")
	istanbul := copyArticle(t, dir, "../data/istanbul-talks.yaml", "../data/istanbul-talks.txt", nil)
	harbour := copyArticle(t, dir, "../knowledge/testdata/harbour/harbour-vote.yaml", "../knowledge/testdata/harbour/harbour-vote.txt", nil)
	cfg := knowledge.Config{Facts: []string{istanbul, harbour}, IndexPath: index}
	load := func() (*knowledge.Library, string) {
		t.Helper()
		var logs strings.Builder
		l, err := Load(t.Context(), cfg, slog.New(slog.NewTextHandler(&logs, nil)))
		if err != nil {
			t.Fatal(err)
		}
		return l, logs.String()
	}
	l, logs := load()
	if !strings.Contains(logs, "coverage loaded") {
		t.Errorf("first start: %s", logs)
	}
	l.Close()
	l, logs = load()
	if !strings.Contains(logs, "coverage reopened") {
		t.Errorf("restart with nothing changed did not use the snapshot: %s", logs)
	}
	ans, err := l.Ask(t.Context(), "How many berths will the developer keep for fishing boats?", 4)
	if err != nil || ans.Abstained || ans.Passages[0].Ref != (knowledge.Ref{Article: "harbour-vote", Paragraph: 8}) {
		t.Errorf("after a reopen from the snapshot: %+v, %v", ans, err)
	}
	if ms := l.FindEntities("Peskov", 1); len(ms) == 0 {
		t.Error("the reopened coverage has lost its entities")
	}
	l.Close()
	time.Sleep(10 * time.Millisecond) // a new modification time
	copyArticle(t, dir, "../knowledge/testdata/harbour/harbour-vote.yaml", "../knowledge/testdata/harbour/harbour-vote.txt",
		func(s string) string { return strings.Replace(s, "14 berths", "16 berths and a slipway", 1) })
	l, logs = load()
	if !strings.Contains(logs, "coverage loaded") {
		t.Errorf("a changed text did not make it load afresh: %s", logs)
	}
	if ans, _ := l.Ask(t.Context(), "Will there be a slipway?", 4); ans.Abstained {
		t.Error("the changed text does not answer")
	}
	l.Close()
}

// Two engines cannot share an index directory: the second is refused with a
// clear error within the lock timeout, and the first's index is untouched.
func TestIndexInUse(t *testing.T) {
	index := filepath.Join(t.TempDir(), "index")
	first := newEngine(t, []string{"../data/istanbul-talks.yaml"}, index)
	defer first.Close()
	src, err := knowledge.LoadSources(t.Context(), knowledge.Config{Facts: []string{"../data/istanbul-talks.yaml"}})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = New(t.Context(), src, index)
	if err == nil || !strings.Contains(err.Error(), "its own index.path") {
		t.Fatalf("second engine on one index: %v, want a refusal naming index.path", err)
	}
	if waited := time.Since(start); waited > 10*time.Second {
		t.Errorf("the refusal took %v", waited)
	}
	if !cites(t, first, "Who is the Kremlin spokesman?", "istanbul-talks") {
		t.Error("the first engine's index was disturbed")
	}
}

// The snapshot's columns are made to the size its parts fill, exactly: at
// 100k paragraphs growing them would hold twice their size at the build's
// peak.
func TestColumnsSizedExactly(t *testing.T) {
	e := engineFor(t)
	var size columns
	for _, s := range e.sources {
		size.count(e.vocab.parts[s.Article.ID])
	}
	body := &snapBody{cols: size.allocate()}
	for _, s := range e.sources {
		body.add(e.vocab.parts[s.Article.ID], s)
	}
	c := body.cols
	for name, lc := range map[string][2]int{
		"ParaSents": {len(c.ParaSents), cap(c.ParaSents)}, "ParaFigures": {len(c.ParaFigures), cap(c.ParaFigures)},
		"SentStart": {len(c.SentStart), cap(c.SentStart)}, "VecScale": {len(c.VecScale), cap(c.VecScale)}, "SentFigures": {len(c.SentFigures), cap(c.SentFigures)},
		"IDs": {len(c.IDs), cap(c.IDs)}, "Vecs": {len(c.Vecs), cap(c.Vecs)},
	} {
		if lc[0] == 0 || lc[0] != lc[1] {
			t.Errorf("%s: %d filled of %d made", name, lc[0], lc[1])
		}
	}
}

// The plan that compacts a build merges all its segments in one task,
// however many batches the build left.
func TestCompactPlanIsOneMerge(t *testing.T) {
	for _, n := range []int{2, 10, 14, 50} {
		var segs []mergeplan.Segment
		for i := range n {
			segs = append(segs, fakeSegment(i+1))
		}
		opts := compactPlan()
		plan, err := mergeplan.Plan(segs, &opts)
		if err != nil {
			t.Fatal(err)
		}
		if len(plan.Tasks) != 1 || len(plan.Tasks[0].Segments) != n {
			var sizes []int
			for _, task := range plan.Tasks {
				sizes = append(sizes, len(task.Segments))
			}
			t.Errorf("%d segments: merge tasks of %v segments, want one of %d", n, sizes, n)
		}
	}
}

// fakeSegment is a segment of a batch of 2,000 paragraphs, to plan with.
type fakeSegment uint64

func (s fakeSegment) Id() uint64          { return uint64(s) }
func (s fakeSegment) FullSize() int64     { return 2000 }
func (s fakeSegment) LiveSize() int64     { return 2000 }
func (s fakeSegment) HasVector() bool     { return false }
func (s fakeSegment) FileSize() int64     { return 1 << 20 }
func (s fakeSegment) LiveFileSize() int64 { return 1 << 20 }
