package engine

import (
	"path/filepath"
	"runtime/debug"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// The build runs at the given GOGC and the previous one is back after;
// 0 leaves it alone.
func TestWithGCPercent(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	for _, tc := range []struct{ percent, during int }{{50, 50}, {0, 100}} {
		restore := withGCPercent(tc.percent)
		during := debug.SetGCPercent(-1)
		debug.SetGCPercent(during)
		restore()
		if during != tc.during {
			t.Errorf("withGCPercent(%d): %d during the build, want %d", tc.percent, during, tc.during)
		}
		if after := debug.SetGCPercent(100); after != 100 {
			t.Errorf("withGCPercent(%d): %d after the build, want 100 back", tc.percent, after)
		}
	}
}

// A load, built or reopened, leaves the runtime's setting as it found it.
func TestLoadPutsGCPercentBack(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	cfg := knowledge.Config{Facts: []string{"../data/istanbul-talks.yaml"}, IndexPath: filepath.Join(t.TempDir(), "index"), BuildGCPercent: 50}
	for _, how := range []string{"built", "reopened"} {
		l, err := Load(t.Context(), cfg, nil)
		if err != nil {
			t.Fatal(err)
		}
		l.Close()
		if after := debug.SetGCPercent(100); after != 100 {
			t.Errorf("%s: GOGC %d after the load, want 100 back", how, after)
		}
	}
}
