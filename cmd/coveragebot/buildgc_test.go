package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBuildGCPercentConfig(t *testing.T) {
	if got := defaultConfig().Index.BuildGCPercent; got != defaultBuildGCPercent {
		t.Errorf("default index.build_gc_percent = %d, want %d", got, defaultBuildGCPercent)
	}
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte("index:\n  build_gc_percent: -5\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := loadConfig(path); err == nil || !strings.Contains(err.Error(), "index.build_gc_percent") {
		t.Errorf("build_gc_percent -5: %v, want an error naming it", err)
	}
}
