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

// Serving runs at the configured GOGC; 0 leaves the runtime's.
func TestServeGCPercent(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	for _, tc := range []struct{ percent, want int }{{50, 50}, {0, 100}} {
		debug.SetGCPercent(100)
		serveGCPercent(tc.percent)
		if got := debug.SetGCPercent(100); got != tc.want {
			t.Errorf("serveGCPercent(%d): GOGC %d, want %d", tc.percent, got, tc.want)
		}
	}
}

// Each GC percentage has its default and refuses a negative value, naming
// the field.
func TestGCPercentConfig(t *testing.T) {
	c := defaultConfig()
	for _, tc := range []struct {
		field     string
		got, want int
	}{
		{"build_gc_percent", c.Index.BuildGCPercent, defaultBuildGCPercent},
		{"serve_gc_percent", c.Index.ServeGCPercent, defaultServeGCPercent},
	} {
		t.Run(tc.field, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("default index.%s = %d, want %d", tc.field, tc.got, tc.want)
			}
			path := filepath.Join(t.TempDir(), "config.yaml")
			if err := os.WriteFile(path, []byte("index:\n  "+tc.field+": -5\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := loadConfig(path); err == nil || !strings.Contains(err.Error(), "index."+tc.field) {
				t.Errorf("%s -5: %v, want an error naming it", tc.field, err)
			}
		})
	}
}
