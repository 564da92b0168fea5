package timelineimg

import (
	"bytes"
	"sync"
	"testing"

	"github.com/coveragebot/coveragebot/engine"
	"github.com/coveragebot/coveragebot/internal/golden"
	"github.com/coveragebot/coveragebot/knowledge"
)

// shipped returns the shipped article's events, as /timeline lists them.
func shipped(tb testing.TB) ([]knowledge.Event, *knowledge.Article) {
	tb.Helper()
	lib, err := engine.Load(tb.Context(), knowledge.Config{Facts: []string{"../data/istanbul-talks.yaml"}}, nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { lib.Close() })
	a := lib.Articles()[0]
	return lib.Timeline(knowledge.TimelineQuery{}).Events, a
}

func loose(s string, approximate bool) knowledge.Date {
	d := knowledge.MustDate(s)
	d.Approximate = approximate
	return d
}

// looseEvents have every precision and approximate dates, as in
// commands' timeline test.
func looseEvents() []knowledge.Event {
	until := loose("2021", true)
	return []knowledge.Event{
		{Article: "loose", ID: "c2019", Date: loose("2019", true), Until: &until, Summary: "Something around 2019 to 2021.", Paragraphs: []int{1}},
		{Article: "loose", ID: "feb", Date: loose("2026-02", true), Summary: "Something about February.", Paragraphs: []int{2}},
		{Article: "loose", ID: "last-week", Date: loose("2026-W10", false), Summary: "Something last week.", Paragraphs: []int{3}},
		{Article: "loose", ID: "friday", Date: loose("2026-03-13", true), Summary: "Something on Friday, said on a Thursday.", Paragraphs: []int{4}},
		{Article: "loose", ID: "march", Date: loose("2026-03", false), Summary: "Something in March.", Paragraphs: []int{5}},
	}
}

// three returns the 2025 events of the shipped article and the two test
// articles together, and the labels citations call them by.
func three(tb testing.TB) ([]knowledge.Event, map[string]string) {
	tb.Helper()
	lib, err := engine.Load(tb.Context(), knowledge.Config{Facts: []string{
		"../data/istanbul-talks.yaml",
		"../knowledge/testdata/harbour/harbour-vote.yaml",
		"../knowledge/testdata/court/court-ruling.yaml",
	}}, nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { lib.Close() })
	labels := map[string]string{}
	for _, a := range lib.Articles() {
		labels[a.ID] = a.Label()
	}
	from := knowledge.MustDate("2025")
	return lib.Timeline(knowledge.TimelineQuery{From: &from}).Events, labels
}

// TestGoldenImages renders the shipped article's whole timeline and the
// loose-dates one and compares them, pixel by pixel with a tolerance, with
// testdata/*.png. Refresh with go test ./timelineimg -update, then look at
// the pictures.
func TestGoldenImages(t *testing.T) {
	evs, a := shipped(t)
	evs3, labels := three(t)
	tests := []struct {
		name   string
		events []knowledge.Event
		opts   Options
	}{
		{"istanbul-talks", evs, Options{Title: "Timeline", Subtitle: "Associated Press, 14 May 2025 — " + a.Title}},
		{"loose", looseEvents(), Options{Title: "Timeline", Subtitle: "Test Gazette, 12 March 2026 — Loose dates: a test"}},
		{"three-articles", evs3, Options{Title: "Timeline (from 2025)", Subtitle: "three articles", Labels: labels}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img, err := Render(tt.events, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			golden.CheckPNG(t, tt.name, img.PNG)
		})
	}
}

// Render is deterministic: the same events give the same bytes, so that a
// golden test can compare them and a cache could key on the input.
func TestRenderDeterministic(t *testing.T) {
	a, err := Render(looseEvents(), Options{Title: "T"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Render(looseEvents(), Options{Title: "T"})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.PNG, b.PNG) {
		t.Error("two renders of the same timeline differ")
	}
	if _, err := Render(nil, Options{}); err == nil {
		t.Error("an empty timeline rendered")
	}
}

// Renders running at once share the glyph cache and the pools, and still
// draw the same bytes as one alone.
func TestRenderConcurrent(t *testing.T) {
	evs, a := shipped(t)
	opts := Options{Title: "Timeline", Subtitle: a.Title}
	want, err := Render(evs, opts)
	if err != nil {
		t.Fatal(err)
	}
	got := make([]Image, 8)
	var wg sync.WaitGroup
	for i := range got {
		wg.Go(func() {
			if i%2 == 1 {
				Render(looseEvents(), Options{Title: "Other"})
			}
			got[i], _ = Render(evs, opts)
		})
	}
	wg.Wait()
	for i, g := range got {
		if !bytes.Equal(g.PNG, want.PNG) {
			t.Errorf("render %d differs from a render alone", i)
		}
	}
}
