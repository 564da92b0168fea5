package main

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

// The load runs at the configured GOGC and the previous one is back after;
// 0 leaves it alone.
func TestWithGCPercent(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	for _, tc := range []struct{ percent, during int }{{50, 50}, {0, 100}} {
		got, _ := withGCPercent(tc.percent, func() (int, error) {
			during := debug.SetGCPercent(-1)
			debug.SetGCPercent(during)
			return during, nil
		})
		if got != tc.during {
			t.Errorf("withGCPercent(%d): %d during the load, want %d", tc.percent, got, tc.during)
		}
		if after := debug.SetGCPercent(100); after != 100 {
			t.Errorf("withGCPercent(%d): %d after the load, want 100 back", tc.percent, after)
		}
	}
}

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
