package commands

import (
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/coveragebot/coveragebot/engine"
	"github.com/coveragebot/coveragebot/knowledge"
)

// A timeline's topic is judged on the events the engine lists as sharing a
// word with it (TopicMatch.Events and Event), not on every event's text.
// With the real engine, over the three test articles, that keeps the
// events, in the order, that judging every event's text keeps.
func TestTimelineTopicsAsEveryEventJudged(t *testing.T) {
	sources, err := knowledge.LoadSources(t.Context(), knowledge.Config{Facts: []string{
		"../data/istanbul-talks.yaml",
		"../knowledge/testdata/harbour/harbour-vote.yaml",
		"../knowledge/testdata/court/court-ruling.yaml",
	}})
	if err != nil {
		t.Fatal(err)
	}
	eng, err := engine.New(t.Context(), sources, "")
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	lib := knowledge.NewLibrary(sources, eng)
	topics := []string{"sanctions", "Kiev authorities", "objection", "fishermen", "the ruling", "ceasefire talks", "nothing like it"}
	for _, s := range sources {
		for _, e := range s.Events {
			topics = append(topics, strings.Join(e.Topics, " "))
			if ws := strings.Fields(e.Summary); len(ws) > 4 {
				topics = append(topics, strings.Join(ws[2:4], " "))
			}
		}
	}
	y2025, y2022, spring := knowledge.MustDate("2025"), knowledge.MustDate("2022"), knowledge.MustDate("2025-05")
	windows := [][2]*knowledge.Date{{nil, nil}, {&y2025, &y2025}, {&y2022, nil}, {nil, &spring}}
	for _, topic := range topics {
		m := eng.Topic(topic)
		for _, w := range windows {
			want := judgeEveryEvent(sources, m, w[0], w[1])
			if diff := cmp.Diff(want, lib.Timeline(knowledge.TimelineQuery{Topic: topic, From: w[0], To: w[1]}).Events); diff != "" {
				t.Errorf("Timeline(%q, %v, %v) mismatch (-want, +got):\n%s", topic, w[0], w[1], diff)
			}
		}
	}
}

// judgeEveryEvent is the timeline of a topic as the library made it before
// it had an order of events: every event in the window judged by its text,
// or, when none is about the topic, by its paragraph.
func judgeEveryEvent(sources []*knowledge.Source, m knowledge.TopicMatch, from, to *knowledge.Date) []knowledge.Event {
	var evs []knowledge.Event
	for _, s := range sources {
		for _, e := range s.Events {
			if e.Within(from, to) {
				evs = append(evs, e)
			}
		}
	}
	chronological(evs)
	keep := func(cover func(knowledge.Event) float64) []knowledge.Event {
		type scored struct {
			e   knowledge.Event
			cov float64
		}
		var ss []scored
		for _, e := range evs {
			if cov := cover(e); cov >= 0.5 {
				ss = append(ss, scored{e, cov})
			}
		}
		sort.SliceStable(ss, func(i, j int) bool { return ss[i].cov > ss[j].cov })
		out := make([]knowledge.Event, len(ss))
		for i, s := range ss {
			out[i] = s.e
		}
		return out
	}
	kept := keep(func(e knowledge.Event) float64 { return m.Text(e.Summary + " " + strings.Join(e.Topics, " ")) })
	if len(kept) == 0 {
		kept = keep(func(e knowledge.Event) float64 {
			return m.Paragraph(knowledge.Ref{Article: e.Article, Paragraph: first(e.Paragraphs)})
		})
	}
	chronological(kept)
	return kept
}

func chronological(evs []knowledge.Event) {
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := evs[i], evs[j]
		if !a.Date.Start().Equal(b.Date.Start()) {
			return a.Date.Start().Before(b.Date.Start())
		}
		if !a.Date.End().Equal(b.Date.End()) {
			return a.Date.End().After(b.Date.End())
		}
		return first(a.Paragraphs) < first(b.Paragraphs)
	})
}

func first(ps []int) int {
	if len(ps) == 0 {
		return 0
	}
	return ps[0]
}
