package main

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/commands"
)

// With watch on, an article added to data/ is answered without a restart,
// and a removed one stops answering.
func TestWatchAddsAndDrops(t *testing.T) {
	knowledgeDir, err := filepath.Abs("../../knowledge")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	if err := os.Mkdir("data", 0o755); err != nil {
		t.Fatal(err)
	}
	copyFile(t, knowledgeDir+"/testdata/mini/mini.txt", filepath.Join("data", "mini.txt"))
	copyFile(t, knowledgeDir+"/testdata/mini/mini.yaml", filepath.Join("data", "mini.yaml"))
	cfg := defaultConfig()
	l, err := newLive(t.Context(), cfg, slog.New(slog.DiscardHandler), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	watchSources(ctx, l, 20*time.Millisecond, slog.New(slog.DiscardHandler))

	who := func(name string) string {
		resp, err := l.Handle(t.Context(), commands.Request{Command: "who", Options: map[string]string{"name": name}})
		if err != nil {
			return err.Error()
		}
		return resp.Title + " " + resp.Intro
	}
	waitFor := func(what string, ok func() bool) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for !ok() {
			if time.Now().After(deadline) {
				t.Fatalf("watch: %s did not happen", what)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	if got := who("Ferreira"); strings.Contains(got, "Tomás Ferreira") {
		t.Fatalf("before the harbour story is added, /who Ferreira = %q", got)
	}
	harbour := knowledgeDir + "/testdata/harbour/"
	copyFile(t, harbour+"harbour-vote.txt", filepath.Join("data", "harbour-vote.txt"))
	copyFile(t, harbour+"harbour-vote.yaml", filepath.Join("data", "harbour-vote.yaml"))
	waitFor("adding the harbour story", func() bool { return strings.Contains(who("Ferreira"), "Tomás Ferreira") })
	if err := os.Remove(filepath.Join("data", "harbour-vote.yaml")); err != nil {
		t.Fatal(err)
	}
	waitFor("dropping the harbour story", func() bool { return !strings.Contains(who("Ferreira"), "Tomás Ferreira") })
	if got := who("Nunez"); !strings.Contains(got, "Mayor of Springfield") {
		t.Errorf("the article that stayed no longer answers: %q", got)
	}
}
