package engine

import (
	"encoding/binary"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/coveragebot/coveragebot/knowledge"
)

// An engine reopened from its snapshot holds the same sources, parts and
// vocabulary as the engine the snapshot was made of.
func TestSnapshotRoundTrip(t *testing.T) {
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
	snap, ok := loadSnapshot(index, facts)
	if !ok {
		t.Fatal("the snapshot just written is refused")
	}
	got, ok := reopen(t.Context(), snap, index)
	if !ok {
		t.Fatal("the snapshot does not reopen its index")
	}
	defer got.Close()

	opts := cmp.Options{
		cmp.AllowUnexported(part{}, paraInfo{}, sentInfo{}, packedVector{}, eventTerms{}, namedGroup{}, quotedAt{}, eventAt{}, roleTerms{}),
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

// A damaged snapshot, or one of another version, is not used: the coverage
// loads afresh and answers as before.
func TestSnapshotDamaged(t *testing.T) {
	for _, tc := range []struct {
		name   string
		damage func([]byte) []byte
	}{
		{"truncated", func(b []byte) []byte { return b[:len(b)/2] }},
		{"a byte changed in the head", func(b []byte) []byte { b[snapPrefix+10] ^= 0x40; return b }},
		{"a byte changed in the columns", func(b []byte) []byte { b[len(b)-100] ^= 0x01; return b }},
		{"a byte changed in the texts", func(b []byte) []byte {
			// The texts end the head, whose length follows the version line.
			head := int64(binary.LittleEndian.Uint64(b[len(snapshotVersion)+1:]))
			b[snapPrefix+head-5] ^= 0x20
			return b
		}},
		{"the last bytes cut", func(b []byte) []byte { return b[:len(b)-100] }},
		{"a byte more", func(b []byte) []byte { return append(b, 0) }},
		{"another version", func(b []byte) []byte {
			return append([]byte("coveragebot-snapshot-1\n"), b[len(snapshotVersion)+1:]...)
		}},
		{"empty", func([]byte) []byte { return nil }},
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
			path := filepath.Join(index, snapshotFile)
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, tc.damage(raw), 0o600); err != nil {
				t.Fatal(err)
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
			ans, err := l.Ask(t.Context(), "How many berths will the developer keep for fishing boats?", 4)
			if err != nil || ans.Abstained || ans.Passages[0].Ref != (knowledge.Ref{Article: "harbour-vote", Paragraph: 8}) {
				t.Errorf("after loading afresh: %+v, %v", ans, err)
			}
		})
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
