package timelinejs

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/engine"
	"github.com/coveragebot/coveragebot/internal/golden"
	"github.com/coveragebot/coveragebot/knowledge"
)

func shipped(t *testing.T) (*knowledge.Article, []knowledge.Event) {
	t.Helper()
	lib, err := engine.Load(t.Context(), knowledge.Config{Facts: []string{"../data/istanbul-talks.yaml"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	a := lib.Articles()[0]
	return a, lib.Events(a.ID)
}

func link(r knowledge.Ref) string {
	return fmt.Sprintf("https://coverage.example/articles/%s#p%d", r.Article, r.Paragraph)
}

// The shipped article's timeline.json holds every event, each with a ¶ link
// for every paragraph it cites, and nothing TimelineJS's format does not
// document.
func TestShipped(t *testing.T) {
	a, evs := shipped(t)
	b, err := Marshal(Build(a, evs, Options{ParagraphURL: link}))
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "istanbul-talks.json", string(b))
	for _, p := range Validate(b) {
		t.Error(p)
	}
	var doc struct {
		Events []struct {
			UniqueID string `json:"unique_id"`
			Text     Text   `json:"text"`
		} `json:"events"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != len(evs) || len(evs) == 0 {
		t.Fatalf("%d slides for %d events", len(doc.Events), len(evs))
	}
	for i, ev := range evs {
		s := doc.Events[i]
		if s.UniqueID != ev.ID {
			t.Errorf("slide %d is %q, want %q", i, s.UniqueID, ev.ID)
		}
		for _, n := range ev.Paragraphs {
			want := fmt.Sprintf(`<a href="https://coverage.example/articles/istanbul-talks#p%d">¶%d</a>`, n, n)
			if !strings.Contains(s.Text.Text, want) {
				t.Errorf("%s lacks %s", ev.ID, want)
			}
		}
	}
}

// Dates carry only the parts the text gives; TimelineJS is told how to
// write what it cannot (about, week of).
func TestDates(t *testing.T) {
	d := func(s string, approx bool) knowledge.Date {
		x := knowledge.MustDate(s)
		x.Approximate = approx
		return x
	}
	may, y21 := d("2025-05", false), d("2021", true)
	a := &knowledge.Article{ID: "x", Title: "X", Paragraphs: []string{"One."}}
	tests := []struct {
		ev                knowledge.Event
		start, end, shown string
	}{
		{knowledge.Event{Date: d("2025-02-28", false)}, "2025-2-28", "", ""},
		{knowledge.Event{Date: d("2025-03", false)}, "2025-3-0", "", ""},
		{knowledge.Event{Date: d("2022", false)}, "2022-0-0", "", ""},
		{knowledge.Event{Date: d("2025-03", false), Until: &may}, "2025-3-0", "2025-5-0", ""},
		{knowledge.Event{Date: d("2026-W01", false)}, "2025-12-29", "2026-1-4", "week of 29 December 2025"},
		{knowledge.Event{Date: d("2026-02", true)}, "2026-2-0", "", "about February 2026"},
		{knowledge.Event{Date: d("2019", true), Until: &y21}, "2019-0-0", "2021-0-0", "c. 2019 – 2021"},
	}
	str := func(d *Date) string {
		if d == nil {
			return ""
		}
		return fmt.Sprintf("%d-%d-%d", d.Year, d.Month, d.Day)
	}
	for _, tt := range tests {
		tt.ev.Paragraphs = []int{1}
		s := Build(a, []knowledge.Event{tt.ev}, Options{}).Events[0]
		if got := [3]string{str(s.StartDate), str(s.EndDate), s.DisplayDate}; got != [3]string{tt.start, tt.end, tt.shown} {
			t.Errorf("%s: start, end, display = %q, want %q", tt.ev.When(), got, [3]string{tt.start, tt.end, tt.shown})
		}
		if s.Text.Text != "<p>One. ¶1</p>" {
			t.Errorf("%s: text %q without a link", tt.ev.When(), s.Text.Text)
		}
	}
}

// Validate refuses what TimelineJS's documentation does not allow.
func TestValidate(t *testing.T) {
	tests := map[string]string{
		`{"title":{"text":{"headline":"t"}}}`:                                                                    "events: missing",
		`{"events":[{"text":{"headline":"h"}}]}`:                                                                 "events[0].start_date: missing",
		`{"events":[{"start_date":{"year":"2025"}}]}`:                                                            "events[0].start_date.year: not a whole number",
		`{"events":[{"start_date":{"year":2025,"month":13}}]}`:                                                   "events[0].start_date.month: 13 is not 1-12",
		`{"events":[{"start_date":{"year":2025,"month":2,"day":30}}]}`:                                           "events[0].start_date.day: 30 is not a day of 2025-02",
		`{"events":[{"start_date":{"year":2025},"text":{"title":"x"}}]}`:                                         "events[0].text.title: not a documented field",
		`{"events":[{"start_date":{"year":2025},"headline":"x"}]}`:                                               "events[0].headline: not a documented field",
		`{"events":[{"start_date":{"year":2025},"end_date":{"year":2024}}]}`:                                     "events[0].end_date: before start_date",
		`{"events":[{"start_date":{"year":2025},"unique_id":"a"},{"start_date":{"year":2025},"unique_id":"a"}]}`: `events[1].unique_id: "a" repeats`,
	}
	for doc, want := range tests {
		got := strings.Join(Validate([]byte(doc)), "; ")
		if !strings.Contains(got, want) {
			t.Errorf("Validate(%s) = %q, want %q", doc, got, want)
		}
	}
	if p := Validate([]byte(`{"events":[{"start_date":{"year":2025,"month":2,"day":28}}],"scale":"human"}`)); len(p) != 0 {
		t.Errorf("a valid document: %v", p)
	}
}
