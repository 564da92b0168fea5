package knowledge

import (
	"fmt"
	"slices"
	"testing"
)

// A topic's timeline does not hang on the places the engine reports for
// the sources of the events it judges: the library takes a place only when
// its own source there is the one reported, and otherwise finds the source
// by its article's id. Whatever the places, the timeline is the reference's.
func TestTimelineWhateverPlacesTheEngineReports(t *testing.T) {
	threeLibrary(t, nil)
	three := slices.Clone(threeSources)
	shipped := shippedLibrary(t).sources[0]
	coverages := []struct {
		name    string
		sources []*Source
	}{
		{"three", three},
		{"copies", append(slices.Clone(three), copiesOf(t, 4)...)},
		// The same source at two places: each place's events count.
		{"twice", append([]*Source{shipped}, append(copiesOf(t, 2), shipped)...)},
	}
	places := []struct {
		name  string
		place func(at, n int) int
	}{
		{"its own", func(at, _ int) int { return at }},
		{"unknown", func(int, int) int { return -1 }},
		{"the next source's", func(at, n int) int { return (at + 1) % n }},
		{"beyond the sources", func(at, n int) int { return at + n }},
	}
	topics := []string{"talks", "istanbul talks", "harbour vote", "court ruling", "ceasefire proposal",
		"war", "Kyiv authorities", "nothing of the sort"}
	y2025, y2026 := MustDate("2025"), MustDate("2026")
	windows := [][2]*Date{{nil, nil}, {&y2025, &y2025}, {&y2025, nil}, {nil, &y2026}}
	for _, c := range coverages {
		for _, p := range places {
			t.Run(c.name+"/"+p.name, func(t *testing.T) {
				e := newWordEngine(c.sources)
				e.place = func(at int) int { return p.place(at, len(c.sources)) }
				l, m := NewLibrary(c.sources, e), &mismatches{t: t}
				kept := 0
				for _, tp := range topics {
					for _, w := range windows {
						for _, arts := range articleFilters(l) {
							want := refTimeline(l, tp, w[0], w[1], arts...)
							got := l.Timeline(TimelineQuery{Topic: tp, From: w[0], To: w[1], Articles: arts}).Events
							m.check(fmt.Sprintf("Timeline(%q, %v, %v) in %q", tp, w[0], w[1], arts), want, got)
							kept += len(got)
						}
					}
				}
				if kept < 50 {
					t.Errorf("only %d events kept in all", kept)
				}
			})
		}
	}
}
