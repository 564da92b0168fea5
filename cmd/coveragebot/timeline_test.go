package main

import (
	"bytes"
	"errors"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
	"github.com/coveragebot/coveragebot/timelinejs"
	"github.com/coveragebot/coveragebot/web"
)

// `coveragebot timeline ARTICLE` writes the file the citation pages serve
// at /articles/ARTICLE/timeline.json, byte for byte, and it is valid
// TimelineJS; --format png writes the picture /timeline attaches.
func TestTimelineCommand(t *testing.T) {
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "config.yaml")
	cfg := "sources:\n  - facts: " + mustAbs(t, "../../data/istanbul-talks.yaml") + "\nhttp:\n  public_url: https://coverage.example\n"
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := runCLI(t, "--config", cfgPath, "timeline", "--format", "timelinejs", "istanbul-talks")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range timelinejs.Validate([]byte(out)) {
		t.Error(p)
	}
	sources, err := knowledge.LoadSources(t.Context(), knowledge.Config{Facts: []string{"../../data/istanbul-talks.yaml"}})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	web.New(knowledge.NewLibrary(sources, nil), web.Options{PublicURL: "https://coverage.example"}, nil).
		ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/articles/istanbul-talks/timeline.json", nil))
	if rec.Code != 200 || rec.Body.String() != out {
		t.Errorf("the command and GET /articles/istanbul-talks/timeline.json (%d) differ:\n%s\n---\n%s", rec.Code, out, rec.Body.String())
	}

	pngPath := filepath.Join(dir, "timeline.png")
	if _, _, err := runCLI(t, "timeline", "--format", "png", "--out", pngPath, "istanbul-talks"); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(pngPath)
	if err != nil {
		t.Fatal(err)
	}
	if img, err := png.Decode(bytes.NewReader(b)); err != nil || img.Bounds().Dx() != 800 {
		t.Errorf("--format png wrote no 800 px PNG: %v", err)
	}

	for _, args := range [][]string{{"timeline"}, {"timeline", "nope"}, {"timeline", "--format", "csv", "istanbul-talks"}} {
		_, _, err := runCLI(t, args...)
		var ee exitError
		if !errors.As(err, &ee) || ee != 2 {
			t.Errorf("%v: %v, want exit status 2", args, err)
		}
	}
}
