package main

import (
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/commands"
)

// A reload with a broken fact base keeps serving the previous coverage; a
// good one takes effect.
func TestLiveReload(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, "../../knowledge/testdata/mini/mini.txt", filepath.Join(dir, "mini.txt"))
	facts := filepath.Join(dir, "mini.yaml")
	copyFile(t, "../../knowledge/testdata/mini/mini.yaml", facts)
	cfg := defaultConfig()
	cfg.Sources = []SourceConfig{{Facts: facts}}
	var logs strings.Builder
	l, err := newLive(t.Context(), cfg, slog.New(slog.NewTextHandler(&logs, nil)), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	who := func() string {
		resp, err := l.Handle(t.Context(), commands.Request{Command: "who", Options: map[string]string{"name": "Nunez"}})
		if err != nil {
			t.Fatal(err)
		}
		return resp.Intro
	}
	if got := who(); !strings.Contains(got, "Mayor of Springfield") {
		t.Fatalf("before reload: %q", got)
	}
	copyFile(t, "../../knowledge/testdata/invalid/unknown-speaker.yaml", facts)
	if err := l.reload(t.Context()); err == nil {
		t.Fatal("reload of a broken fact base succeeded")
	}
	if got := who(); !strings.Contains(got, "Mayor of Springfield") {
		t.Errorf("after a failed reload: %q, want the previous coverage", got)
	}
	if !strings.Contains(logs.String(), "line=33") || !strings.Contains(logs.String(), "still serving the previous coverage") {
		t.Errorf("log lacks the problem's line or the fallback:\n%s", logs.String())
	}
	raw, _ := os.ReadFile("../../knowledge/testdata/mini/mini.yaml")
	fixed := strings.Replace(string(raw), "role: Mayor of Springfield", "role: Former mayor of Springfield", 1)
	if err := os.WriteFile(facts, []byte(fixed), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := l.reload(t.Context()); err != nil {
		t.Fatal(err)
	}
	if got := who(); !strings.Contains(got, "Former mayor") {
		t.Errorf("after a good reload: %q", got)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	raw, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	raw = []byte(strings.ReplaceAll(string(raw), "text: ../mini/mini.txt", "text: mini.txt"))
	if err := os.WriteFile(to, raw, 0o644); err != nil {
		t.Fatal(err)
	}
}
