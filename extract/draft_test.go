package extract

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/internal/golden"
)

// TestDraftsValidate: the draft of every test article passes the project's
// validation unchanged, with no warning, and has people, quotes and events to answer from.
func TestDraftsValidate(t *testing.T) {
	for _, f := range truthFiles {
		t.Run(filepath.Base(f), func(t *testing.T) {
			draft, _ := draftFor(t, f)
			for _, w := range draft.Warnings {
				t.Errorf("check warns: %s", w)
			}
			if len(draft.Entities) == 0 || len(draft.Quotes) == 0 || len(draft.Events) == 0 {
				t.Errorf("empty draft: %d entities, %d quotes, %d events", len(draft.Entities), len(draft.Quotes), len(draft.Events))
			}
		})
	}
}

// TestDraftGolden keeps the rendered draft of one article in view: a
// change to the rules shows here as a diff to review (-update rewrites it).
func TestDraftGolden(t *testing.T) {
	raw, err := os.ReadFile("testdata/transfer.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Extract(string(raw), Options{Published: time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC), ID: "transfer", TextPath: "transfer.txt"})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := d.Render(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "transfer.draft.yaml", b.String())
	for _, want := range []string{"# DRAFT fact base", "from --published", `# draft: "…," X said (¶4)`, `# draft: "last week" from last/this/next unit (¶5)`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("draft lacks %q", want)
		}
	}
}

func TestDateline(t *testing.T) {
	raw, err := os.ReadFile("testdata/walking-study.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Extract(string(raw), Options{Now: time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC), TextPath: "walking-study.txt", ID: "w"})
	if err != nil {
		t.Fatal(err)
	}
	if d.Article.Published != "2025-10-14" || !strings.Contains(d.Assumed, `"EDINBURGH, Scotland, Oct. 14"`) || !strings.Contains(d.Assumed, "2025") {
		t.Errorf("published %s, assumed %q; want 2025-10-14 from the dateline, the year before now", d.Article.Published, d.Assumed)
	}
	if d.Article.Outlet != "Associated Press" || d.Article.Title != "Daily brisk walks cut dementia risk by a fifth in large Scottish study" {
		t.Errorf("outlet %q, title %q", d.Article.Outlet, d.Article.Title)
	}
	if _, err := Extract("LONDON (AP) — Nothing happened.", Options{}); !errors.Is(err, ErrNoDate) {
		t.Errorf("undated dateline: err %v, want ErrNoDate", err)
	}
}
