package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/data"
	"github.com/google/go-cmp/cmp"
)

// Paths in a config are relative to its folder, whatever the working
// directory.
func TestConfigPathsRelativeToItsFolder(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(path, []byte("sources:\n  - facts: facts/a.yaml\n  - facts: /abs/b.yaml\nindex:\n  path: idx\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := loadConfig(path)
	if err != nil {
		t.Fatal(err)
	}
	fsrc, err := c.factSources()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{filepath.Join(dir, "facts", "a.yaml"), "/abs/b.yaml"}, fsrc.paths); diff != "" {
		t.Errorf("facts paths mismatch (-want, +got):\n%s", diff)
	}
	if fsrc.fsys != nil || !strings.Contains(fsrc.where, path) {
		t.Errorf("sources read from %v, %q; want the disk, named by the config", fsrc.fsys, fsrc.where)
	}
	if want := filepath.Join(dir, "idx"); c.Index.Path != want {
		t.Errorf("index path = %q, want %q", c.Index.Path, want)
	}
}

// With no sources in the config, data/ of the working directory is used
// when it holds a fact base, the built-in copy otherwise; example files are
// not articles.
func TestFactSourcesDefault(t *testing.T) {
	t.Chdir(t.TempDir())
	fsrc, err := defaultConfig().factSources()
	if err != nil {
		t.Fatal(err)
	}
	if fsrc.fsys != data.FS || !cmp.Equal(fsrc.paths, []string{data.DefaultFacts}) {
		t.Errorf("no data/: read %v from %v, want the built-in %s", fsrc.paths, fsrc.fsys, data.DefaultFacts)
	}
	if err := os.MkdirAll("data/sub", 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"data/facts.example.yaml", "data/notes.txt", "data/sub/c.yaml"} {
		if err := os.WriteFile(f, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if fsrc, _ := defaultConfig().factSources(); fsrc.fsys != data.FS {
		t.Errorf("data/ with no fact base at its top: read %v, want the built-in copy", fsrc.paths)
	}
	for _, f := range []string{"data/b.yaml", "data/a.yaml"} {
		if err := os.WriteFile(f, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fsrc, err = defaultConfig().factSources()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{filepath.Join("data", "a.yaml"), filepath.Join("data", "b.yaml")}, fsrc.paths); diff != "" || fsrc.fsys != nil {
		t.Errorf("data/ read from %v; paths mismatch (-want, +got):\n%s", fsrc.fsys, diff)
	}
	if !strings.Contains(fsrc.where, "data/ of the working directory") {
		t.Errorf("where = %q", fsrc.where)
	}
}
