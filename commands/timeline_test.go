package commands

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/internal/golden"
	"github.com/coveragebot/coveragebot/knowledge"
)

// looseLibrary serves a timeline of week and approximate dates. Like the
// real library it keeps every event that overlaps the window; the command
// keeps those wholly inside it.
type looseLibrary struct {
	Library // nil: the timeline calls only Timeline, Articles and, for examples, Newest and Complete
	events  []knowledge.Event
}

// Timeline keeps what the window holds, as knowledge.Library does, and
// returns the part asked for.
func (l looseLibrary) Timeline(q knowledge.TimelineQuery) knowledge.TimelinePage {
	var all []knowledge.Event
	for _, e := range l.events {
		if e.Within(q.From, q.To) {
			all = append(all, e)
		}
	}
	part := all[min(q.Offset, len(all)):]
	if q.Limit > 0 && len(part) > q.Limit {
		part = part[:q.Limit]
	}
	return knowledge.TimelinePage{Events: part, Offset: q.Offset, Total: len(all)}
}

func (l looseLibrary) Articles() []*knowledge.Article {
	return []*knowledge.Article{{ID: "loose", Title: "Loose dates: a test", Outlet: "Test Gazette", Published: knowledge.MustDate("2026-03-12")}}
}

func (l looseLibrary) Newest() []*knowledge.Article { return l.Articles() }

func (l looseLibrary) Complete(knowledge.Field, string, int, ...string) []knowledge.Completion {
	return nil
}

func looseDate(s string, approximate bool) knowledge.Date {
	d := knowledge.MustDate(s)
	d.Approximate = approximate
	return d
}

// Week dates read "week of", approximate ones "about" or "c.", and a window
// keeps only events wholly inside it.
func TestTimelineLooseDates(t *testing.T) {
	until := looseDate("2021", true)
	lib := looseLibrary{events: []knowledge.Event{
		{Article: "loose", ID: "c2019", Date: looseDate("2019", true), Until: &until, Summary: "Something around 2019 to 2021.", Paragraphs: []int{1}},
		{Article: "loose", ID: "feb", Date: looseDate("2026-02", true), Summary: "Something about February.", Paragraphs: []int{2}},
		{Article: "loose", ID: "last-week", Date: looseDate("2026-W10", false), Summary: "Something last week.", Paragraphs: []int{3}},
		{Article: "loose", ID: "friday", Date: looseDate("2026-03-13", true), Summary: "Something on Friday, said on a Thursday.", Paragraphs: []int{4}},
		{Article: "loose", ID: "march", Date: looseDate("2026-03", false), Summary: "Something in March.", Paragraphs: []int{5}},
	}}
	r := NewRouter(lib, Options{})
	tests := []struct{ name, line string }{
		{"timeline-loose", "/timeline"},
		{"timeline-loose-window", "/timeline from:2026-03-02 to:2026-W11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := handleLine(t, r, tt.line)
			js, _ := json.MarshalIndent(resp.Entries, "", "  ")
			golden.Check(t, "golden/"+tt.name, r.RenderText(resp)+"\n=== entries ===\n"+string(js)+"\n")
		})
	}
}

// A timeline longer than a reply shows TimelineShown events, says how many
// there are and how to see the next ones; a later page shows those; a page
// past the end is refused with the number of pages.
func TestTimelineLong(t *testing.T) {
	lib := looseLibrary{}
	day := knowledge.MustDate("2026-01-01").Start()
	for i := range 2*TimelineShown + 3 {
		d := day.AddDate(0, 0, 3*i)
		lib.events = append(lib.events, knowledge.Event{Article: "loose", ID: fmt.Sprintf("e%d", i), Date: knowledge.MustDate(d.Format("2006-01-02")),
			Summary: fmt.Sprintf("Event number %d.", i+1), Paragraphs: []int{1 + i%20}})
	}
	r := NewRouter(lib, Options{})
	tests := []struct{ name, line string }{
		{"timeline-long", "/timeline"},
		{"timeline-long-page2", "/timeline page:2"},
		{"timeline-long-last", "/timeline page:3"},
		{"timeline-long-window", "/timeline from:2026-02 to:2026-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := handleLine(t, r, tt.line)
			if resp.Image == nil {
				t.Error("no picture")
			}
			var b strings.Builder
			for i, m := range r.Render(resp) {
				fmt.Fprintf(&b, "=== page %d ===\n%s\n%s\n", i+1, m.Embeds[0].Description, m.Embeds[0].Footer)
			}
			golden.Check(t, "golden/"+tt.name, r.RenderText(resp)+"\n=== discord ===\n"+b.String())
		})
	}
	req, err := r.Parse("/timeline page:4")
	if err != nil {
		t.Fatal(err)
	}
	_, err = r.Handle(t.Context(), req)
	var ue *Error
	if !errors.As(err, &ue) || !strings.Contains(ue.Msg, fmt.Sprintf("3 pages of %d", TimelineShown)) {
		t.Errorf("page past the end: %v, want a user error naming 3 pages", err)
	}
}
