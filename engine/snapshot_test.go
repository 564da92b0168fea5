package engine

import (
	"encoding/binary"
	"hash/crc32"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/coveragebot/coveragebot/knowledge"
)

// An engine reopened from its snapshot holds the same sources, parts and
// vocabulary as the engine the snapshot was made of.
func TestSnapshotRoundTrip(t *testing.T) {
	built, snap, index := twoArticleSnapshot(t)
	got, ok := reopen(t.Context(), snap, index)
	if !ok {
		t.Fatal("the snapshot does not reopen its index")
	}
	defer got.Close()

	opts := cmp.Options{
		cmp.AllowUnexported(part{}, paraView{}, sentView{}, packedVector{}, eventTerms{}, namedGroup{}, quotedAt{}, eventAt{}, roleTerms{}),
		cmp.Transformer("paraView", viewPara),
		cmpopts.IgnoreUnexported(knowledge.Source{}),
		cmpopts.EquateEmpty(),
	}
	if diff := cmp.Diff(built.sources, got.sources, opts); diff != "" {
		t.Errorf("sources mismatch (-built, +reopened):\n%s", diff)
	}
	for _, s := range built.sources {
		id := s.Article.ID
		if diff := cmp.Diff(built.vocab.parts[id], got.vocab.parts[id], opts); diff != "" {
			t.Errorf("part %s mismatch (-built, +reopened):\n%s", id, diff)
		}
	}
	if diff := cmp.Diff(built.vocab.df, got.vocab.df); diff != "" {
		t.Errorf("df mismatch (-built, +reopened):\n%s", diff)
	}
	if diff := cmp.Diff(built.vocab.words, got.vocab.words); diff != "" {
		t.Errorf("words mismatch (-built, +reopened):\n%s", diff)
	}
	if diff := cmp.Diff(built.vocab.compoundOnly, got.vocab.compoundOnly, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("compoundOnly mismatch (-built, +reopened):\n%s", diff)
	}
}

// A damaged snapshot, or one of another version, is not used: the log says
// why, and the coverage loads afresh and answers as before. The texts and
// vectors, mapped rather than read, are summed all the same.
func TestSnapshotDamaged(t *testing.T) {
	for _, tc := range []struct {
		name   string
		damage func(b []byte, at mappedAt) []byte
		want   string
	}{
		{"truncated", func(b []byte, _ mappedAt) []byte { return b[:len(b)/2] }, "unexpected EOF"},
		{"a byte changed in the head", func(b []byte, _ mappedAt) []byte { b[snapPrefix+10] ^= 0x40; return b }, "checksum mismatch"},
		{"a byte changed in the columns", func(b []byte, _ mappedAt) []byte { b[len(b)-100] ^= 0x01; return b }, "checksum mismatch"},
		{"a byte changed in the texts", func(b []byte, at mappedAt) []byte { b[at.text+5] ^= 0x20; return b }, "checksum mismatch"},
		{"a byte changed in the vectors", func(b []byte, at mappedAt) []byte { b[at.vecs+7] ^= 0x01; return b }, "checksum mismatch"},
		{"a byte changed in the ids", func(b []byte, at mappedAt) []byte { b[at.ids] ^= 0x01; return b }, "checksum mismatch"},
		{"an id past the terms, its sum right", func(b []byte, at mappedAt) []byte {
			binary.LittleEndian.PutUint32(b[at.ids+4:], 1<<30)
			return resummed(b)
		}, "inconsistent"},
		{"the last bytes cut", func(b []byte, _ mappedAt) []byte { return b[:len(b)-100] }, "unexpected EOF"},
		{"a byte more", func(b []byte, _ mappedAt) []byte { return append(b, 0) }, "trailing bytes"},
		{"another version", func(b []byte, _ mappedAt) []byte {
			return append([]byte("coveragebot-snapshot-1\n"), b[len(snapshotVersion)+1:]...)
		}, "not of this version"},
		{"empty", func([]byte, mappedAt) []byte { return nil }, "not of this version"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			index := filepath.Join(t.TempDir(), "index")
			harbour := copyArticle(t, dir, "../knowledge/testdata/harbour/harbour-vote.yaml", "../knowledge/testdata/harbour/harbour-vote.txt", nil)
			cfg := knowledge.Config{Facts: []string{harbour}, IndexPath: index}
			l, err := Load(t.Context(), cfg, nil)
			if err != nil {
				t.Fatal(err)
			}
			l.Close()
			at := mappedOffsets(t, index, cfg.Facts)
			path := filepath.Join(index, snapshotFile)
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, tc.damage(raw, at), 0o600); err != nil {
				t.Fatal(err)
			}
			if _, err := loadSnapshot(index, cfg.Facts); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("loadSnapshot: %v, want an error saying %q", err, tc.want)
			}
			var logs strings.Builder
			l, err = Load(t.Context(), cfg, slog.New(slog.NewTextHandler(&logs, nil)))
			if err != nil {
				t.Fatal(err)
			}
			defer l.Close()
			if !strings.Contains(logs.String(), "coverage loaded") {
				t.Errorf("a damaged snapshot was used: %s", logs.String())
			}
			if !strings.Contains(logs.String(), "snapshot not used") || !strings.Contains(logs.String(), tc.want) {
				t.Errorf("the log does not say why the snapshot was not used: %s", logs.String())
			}
			ans, err := l.Ask(t.Context(), "How many berths will the developer keep for fishing boats?", 4)
			if err != nil || ans.Abstained || ans.Passages[0].Ref != (knowledge.Ref{Article: "harbour-vote", Paragraph: 8}) {
				t.Errorf("after loading afresh: %+v, %v", ans, err)
			}
		})
	}
}

// mappedAt is where in a snapshot file the texts, the vectors and the
// ids are.
type mappedAt struct{ text, vecs, ids int }

// resummed is a snapshot file b with its body's checksum made right again.
func resummed(b []byte) []byte {
	v := len(snapshotVersion) + 1
	headLen := int64(binary.LittleEndian.Uint64(b[v:]))
	binary.LittleEndian.PutUint32(b[v+12:], crc32.Checksum(b[snapPrefix+headLen:], castagnoli))
	return b
}

// mappedOffsets reads the snapshot at index and says where its texts and
// vectors are, from where they are in the file mapped.
func mappedOffsets(t *testing.T, index string, facts []string) mappedAt {
	t.Helper()
	snap, err := loadSnapshot(index, facts)
	if err != nil {
		t.Fatal(err)
	}
	defer snap.close()
	if snap.m == nil {
		t.Skip("no memory mapping on this platform")
	}
	base := uintptr(unsafe.Pointer(&snap.m.data[0]))
	para := snap.sources[0].Article.Paragraphs[0]
	if len(snap.body.cols.Vecs) == 0 {
		t.Fatal("the snapshot has no vectors")
	}
	return mappedAt{
		text: int(uintptr(unsafe.Pointer(unsafe.StringData(para))) - base),
		vecs: int(uintptr(unsafe.Pointer(&snap.body.cols.Vecs[0])) - base),
		ids:  int(uintptr(unsafe.Pointer(&snap.body.cols.IDs[0])) - base),
	}
}

// The sources of a reopened coverage carry their files' stamps, so that a
// reload with nothing changed reuses every one instead of reading it again.
func TestSnapshotSourcesReused(t *testing.T) {
	dir := t.TempDir()
	cfg := knowledge.Config{IndexPath: filepath.Join(t.TempDir(), "index"), Facts: []string{
		copyArticle(t, dir, "../data/istanbul-talks.yaml", "../data/istanbul-talks.txt", nil),
		copyArticle(t, dir, "../knowledge/testdata/harbour/harbour-vote.yaml", "../knowledge/testdata/harbour/harbour-vote.txt", nil),
	}}
	l, err := Load(t.Context(), cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	l.Close()
	var logs strings.Builder
	l, err = Load(t.Context(), cfg, slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if !strings.Contains(logs.String(), "coverage reopened") {
		t.Fatalf("not reopened: %s", logs.String())
	}
	next, err := l.Reload(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer next.Close()
	for i, s := range next.Sources() {
		if s != l.Sources()[i] {
			t.Errorf("source %s was read again", s.Article.ID)
		}
	}
}

// A body's strings come back in the order they were put, and strings
// that run out or are left over refuse the body.
func TestSnapBodyStrings(t *testing.T) {
	put := func(extra int) *snapBody {
		b := &snapBody{NTerms: 2, NWords: 1, Parts: []snapPart{{Quoted: []snapQuote{{Para: 3}}}}}
		for _, s := range []string{"", "vote", "votes", "art-1", "h1", "i1", "mayor"} {
			b.putString(s)
		}
		for range extra {
			b.putString("x")
		}
		return b
	}
	b := put(0)
	if err := b.joinStrings(); err != nil {
		t.Fatal(err)
	}
	want := snapPart{Article: "art-1", Hash: "h1", IndexHash: "i1", Quoted: []snapQuote{{Para: 3, Speaker: "mayor"}}}
	if diff := cmp.Diff([]string{"", "vote"}, b.terms); diff != "" {
		t.Errorf("terms mismatch (-want, +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"votes"}, b.words); diff != "" {
		t.Errorf("words mismatch (-want, +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, b.Parts[0]); diff != "" {
		t.Errorf("part mismatch (-want, +got):\n%s", diff)
	}
	if err := put(1).joinStrings(); err == nil {
		t.Error("a string left over was accepted")
	}
	short := put(0)
	short.StrLens = short.StrLens[:6]
	if err := short.joinStrings(); err == nil {
		t.Error("strings that ran out were accepted")
	}
}

// A reopened engine's texts and sentence vectors are slices of the
// snapshot file mapped, not copies in the heap; the mapping outlives the
// engine while an engine updated from it shares its store, and goes with
// the last of them.
func TestSnapshotMapped(t *testing.T) {
	_, snap, index := twoArticleSnapshot(t)
	if snap.m == nil {
		t.Skip("no memory mapping on this platform")
	}
	first, ok := reopen(t.Context(), snap, index)
	if !ok {
		t.Fatal("the snapshot does not reopen its index")
	}
	m := first.store.snap
	if m != snap.m {
		t.Fatal("the store does not hold the mapping it was reopened from")
	}
	in := func(s string) bool {
		if s == "" {
			return true
		}
		p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(&m.data[0]))
		return p >= lo && p+uintptr(len(s)) <= lo+uintptr(len(m.data))
	}
	vecs := 0
	for _, s := range first.sources {
		if got, want := s.Article.Digest, knowledge.TextDigest(s.Article.Paragraphs); got != want {
			t.Errorf("%s: digest %x, want %x", s.Article.ID, got, want)
		}
		for n, p := range s.Article.Paragraphs {
			if !in(p) {
				t.Errorf("%s ¶%d is not in the mapped file", s.Article.ID, n+1)
			}
		}
		for n, pi := range first.vocab.parts[s.Article.ID].paras {
			// The ids too, each array at a multiple of 4 as uint32 must be.
			if len(pi.terms) > 0 {
				at := unsafe.Pointer(&pi.terms[0])
				if !in(unsafe.String((*byte)(at), 4*len(pi.terms))) || uintptr(at)%4 != 0 {
					t.Errorf("%s ¶%d: its terms are not in the mapped file, aligned", s.Article.ID, n+1)
				}
			}
			for i := range pi.sents {
				if q := pi.vector(i).q; len(q) > 0 {
					vecs++
					if !in(unsafe.String((*byte)(unsafe.Pointer(&q[0])), len(q))) {
						t.Fatalf("%s: a sentence's vector is not in the mapped file", s.Article.ID)
					}
				}
			}
		}
	}
	if vecs == 0 {
		t.Error("no sentence has a vector: the test shows nothing")
	}

	// An update shares the store, and so the mapping: closing the first
	// engine leaves it, closing the second unmaps it.
	next, err := first.Update(t.Context(), first.sources)
	if err != nil {
		t.Fatal(err)
	}
	first.Close()
	if m.data == nil {
		t.Fatal("closing the first engine unmapped the file its update still reads")
	}
	if !cites(t, next.(*Engine), "How many berths will the developer keep for fishing boats?", "harbour-vote") {
		t.Error("the updated engine does not answer from the mapped texts")
	}
	kept := first.sources[0].Article.Paragraphs[0]
	next.(*Engine).Close()
	if m.data != nil {
		t.Error("the file is still mapped after the last engine closed")
	}
	// A string that outlived the store reads zeros, and does not fault.
	if strings.Trim(kept, "\x00") != "" {
		t.Errorf("a paragraph kept after the last engine closed reads %q, want zeros", kept)
	}
}

// twoArticleSnapshot builds an engine of two articles into an index
// directory, saves its snapshot, closes it and loads the snapshot back:
// the engine as built (closed), the snapshot loaded, and the directory.
func twoArticleSnapshot(t *testing.T) (*Engine, *loaded, string) {
	t.Helper()
	dir := t.TempDir()
	index := filepath.Join(t.TempDir(), "index")
	facts := []string{
		copyArticle(t, dir, "../data/istanbul-talks.yaml", "../data/istanbul-talks.txt", nil),
		copyArticle(t, dir, "../knowledge/testdata/harbour/harbour-vote.yaml", "../knowledge/testdata/harbour/harbour-vote.txt", nil),
	}
	built := newEngine(t, facts, index)
	if err := saveSnapshot(index, facts, built); err != nil {
		t.Fatal(err)
	}
	built.Close()
	snap, err := loadSnapshot(index, facts)
	if err != nil {
		t.Fatalf("the snapshot just written is refused: %v", err)
	}
	return built, snap, index
}

// paraView is a paragraph as its readers see it: a sentence's terms and
// vector are pointers into its part's arrays, which cmp would compare by
// their first value alone.
type paraView struct {
	text    string
	terms   termSet
	sents   []sentView
	figures uint8
}

type sentView struct {
	start, end int32
	terms      termSet
	vec        packedVector
	figures    uint8
}

func viewPara(p paraInfo) paraView {
	v := paraView{text: p.text, terms: p.terms, figures: p.figures}
	for i, s := range p.sents {
		v.sents = append(v.sents, sentView{start: s.start, end: s.end, terms: s.terms(), vec: p.vector(i), figures: s.figures})
	}
	return v
}

// A reopen runs at the config's ReopenGCPercent and puts the caller's
// back after; a load afresh, or a reopen that falls back to one, runs at
// the caller's.
func TestReopenGCPercent(t *testing.T) {
	dir := t.TempDir()
	cfg := knowledge.Config{IndexPath: filepath.Join(t.TempDir(), "index"), ReopenGCPercent: 400, Facts: []string{
		copyArticle(t, dir, "../knowledge/testdata/harbour/harbour-vote.yaml", "../knowledge/testdata/harbour/harbour-vote.txt", nil),
	}}
	defer debug.SetGCPercent(debug.SetGCPercent(77))
	for _, want := range []string{"coverage loaded", "coverage reopened"} {
		var logs strings.Builder
		l, err := Load(t.Context(), cfg, slog.New(slog.NewTextHandler(&logs, nil)))
		if err != nil {
			t.Fatal(err)
		}
		l.Close()
		if !strings.Contains(logs.String(), want) {
			t.Fatalf("want %q: %s", want, logs.String())
		}
		if got := debug.SetGCPercent(77); got != 77 {
			t.Errorf("after %q the GC percent is %d, want the caller's 77 back", want, got)
		}
	}
	// During the reopen: the snapshot read back under 400 sees it.
	got := 0
	withGCPercent(cfg.ReopenGCPercent, func() (int, bool) { got = debug.SetGCPercent(-1); debug.SetGCPercent(got); return 0, true })
	if got != 400 {
		t.Errorf("withGCPercent ran f at %d, want 400", got)
	}
}

// A reopened engine makes its phrase table on first use (Warm, which a
// restarted server runs once it answers, or a question), not before it is
// returned: at 100,000 paragraphs it was 0.09 s of a core before /healthz.
// What it makes then is the table the built engine has.
func TestReopenMakesPhrasesLater(t *testing.T) {
	built, snap, index := twoArticleSnapshot(t)
	e, ok := reopen(t.Context(), snap, index)
	if !ok {
		t.Fatal("the snapshot does not reopen")
	}
	defer e.Close()
	if e.phrases != nil {
		t.Fatal("the phrase table is made before anything asks for it")
	}
	e.Warm()
	if e.phrases == nil {
		t.Fatal("Warm did not make the phrase table")
	}
	want := newPhraseTable(built.an, built.vocab.ordered, built.sources)
	if len(e.phrases.groups) != len(want.groups) || len(e.phrases.phrases) != len(want.phrases) || !maps.Equal(e.phrases.known, want.known) {
		t.Errorf("reopened: %d groups, %d phrases, %d known terms; built: %d, %d, %d",
			len(e.phrases.groups), len(e.phrases.phrases), len(e.phrases.known), len(want.groups), len(want.phrases), len(want.known))
	}
	if len(want.groups) == 0 {
		t.Error("the articles give no groups of names: the test proves nothing")
	}
}
