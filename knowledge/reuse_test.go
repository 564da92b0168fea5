package knowledge

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A reload reuses the sources whose files are unchanged and reads again
// only the changed one.
func TestLoadSourcesReusesUnchanged(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"mini/mini.txt", "mini/mini.yaml", "harbour/harbour-vote.txt", "harbour/harbour-vote.yaml"} {
		raw, err := os.ReadFile(filepath.Join("testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := Config{Facts: []string{filepath.Join(dir, "mini.yaml"), filepath.Join(dir, "harbour-vote.yaml")}}
	first, err := LoadSources(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(10 * time.Millisecond)
	text := filepath.Join(dir, "harbour-vote.txt")
	raw, _ := os.ReadFile(text)
	if err := os.WriteFile(text, []byte(strings.Replace(string(raw), "14 berths", "16 berths", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg.Previous = first
	second, err := LoadSources(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if second[0] != first[0] {
		t.Error("the unchanged article was read again")
	}
	if second[1] == first[1] || !strings.Contains(strings.Join(second[1].Article.Paragraphs, " "), "16 berths") {
		t.Error("the changed article was not read again")
	}
}
