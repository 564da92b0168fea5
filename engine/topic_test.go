package engine

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/coveragebot/coveragebot/knowledge"
)

// A topic's Paragraphs are exactly the paragraphs it judges above nothing,
// found from the index; beyond max it lists none.
func TestTopicParagraphs(t *testing.T) {
	synthetic, _ := synthEngine(t, 600)
	tests := []struct {
		name   string
		e      *Engine
		topics []string
	}{
		{"shipped article", engineFor(t), []string{"ceasefire", "sanctions", "peace talks", "Putin", "think tank", "weather"}},
		{"generated coverage", synthetic, []string{"year", "government", "campaign", "office", "prosecution", "union"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			listed := 0
			for _, name := range tt.topics {
				m := tt.e.Topic(name).(topic)
				var want []knowledge.Ref
				for article, p := range tt.e.vocab.parts {
					for i := range p.paras {
						ref := knowledge.Ref{Article: article, Paragraph: i + 1}
						if m.Paragraph(ref) > 0 {
							want = append(want, ref)
						}
					}
				}
				got, ok := m.Paragraphs(1 << 20)
				if !ok {
					t.Fatalf("%q: none listed below 2^20", name)
				}
				var refs []knowledge.Ref
				for article, ps := range got {
					for _, p := range ps {
						refs = append(refs, knowledge.Ref{Article: article, Paragraph: p})
					}
				}
				order := func(a, b knowledge.Ref) int {
					if a.Article != b.Article {
						return map[bool]int{true: -1, false: 1}[a.Article < b.Article]
					}
					return a.Paragraph - b.Paragraph
				}
				slices.SortFunc(want, order)
				slices.SortFunc(refs, order)
				if !slices.Equal(refs, want) {
					t.Errorf("%q: listed %d paragraphs %v, judged %d %v", name, len(refs), refs, len(want), want)
				}
				if len(want) > 1 {
					if _, ok := m.Paragraphs(len(want) - 1); ok {
						t.Errorf("%q: listed with max %d below its %d paragraphs", name, len(want)-1, len(want))
					}
				}
				listed += len(want)
			}
			if listed < 10 {
				t.Errorf("only %d paragraphs listed", listed)
			}
		})
	}
}

// A topic's Events are the events whose summary or topics share a term
// with one of its ways of putting a concept, each once, source by source in
// the engine's order and in the order of each fact base, each with the
// place of its source and judged by its terms as coverage judges them, to
// the bit: with the topic's matcher (from the lists of the events each term
// is in) and without one.
func TestTopicEvents(t *testing.T) {
	synthetic, _ := synthEngine(t, 600)
	for _, tt := range []struct {
		name   string
		e      *Engine
		topics []string
	}{
		{"shipped article", engineFor(t), []string{"ceasefire", "sanctions", "peace talks", "Putin", "weather",
			"sanctions on Russia", "ceasefire talks in Istanbul"}},
		{"generated coverage", synthetic, []string{"year", "government", "campaign", "office", "union",
			"government office", "union campaign year", "the prosecution of the union"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			listed, partly := 0, 0
			for _, name := range tt.topics {
				m := tt.e.Topic(name).(topic)
				if m.m == nil {
					t.Fatalf("%q: no matcher", name)
				}
				want := wantEvents(tt.e, m)
				noMatcher := m
				noMatcher.m = nil
				for _, m := range []topic{m, noMatcher} {
					if diff := cmp.Diff(want, gotEvents(m)); diff != "" {
						t.Errorf("%q (matcher %t) mismatch (-want, +got):\n%s", name, m.m != nil, diff)
					}
				}
				for _, g := range want {
					for _, ev := range g.Events {
						listed++
						if ev.Cover > 0 && ev.Cover < 1 {
							partly++
						}
					}
				}
			}
			if listed < 5 || partly == 0 {
				t.Errorf("%d events listed, %d of them covering part of the topic", listed, partly)
			}
		})
	}
}

// sourceEvents is what Events gives for one source.
type sourceEvents struct {
	Article string
	At      int
	Events  []knowledge.EventCover
}

// wantEvents walks every event of every source for the events that share
// a term with the topic, and judges them by coverage.
func wantEvents(e *Engine, m topic) []sourceEvents {
	var out []sourceEvents
	for at, s := range e.sources {
		g := sourceEvents{Article: s.Article.ID, At: at}
		for i, ev := range e.vocab.parts[s.Article.ID].events {
			shares := false
			for _, c := range m.q.concepts {
				for _, a := range c.alts {
					for _, id := range a.ids {
						shares = shares || ev.terms.has(id)
					}
				}
			}
			if shares {
				g.Events = append(g.Events, knowledge.EventCover{Event: i, Cover: coverage(m.q, ev.terms, knowledge.Ref{})})
			}
		}
		if g.Events != nil {
			out = append(out, g)
		}
	}
	return out
}

// gotEvents is what Events gives, checking that each source it reports is
// the engine's at the place reported.
func gotEvents(m topic) []sourceEvents {
	var out []sourceEvents
	m.Events(func(src *knowledge.Source, at int, evs []knowledge.EventCover) {
		g := sourceEvents{Article: src.Article.ID, At: at, Events: slices.Clone(evs)}
		if at < 0 || at >= len(m.e.sources) || m.e.sources[at] != src {
			g.At = -1 // not the engine's place
		}
		out = append(out, g)
	})
	return out
}

// A topic's Quotes are the quotes that share a term with one of its ways of
// putting a concept, article by article in the engine's order and in the
// order of each fact base, each judged as Quote judges it, to the bit;
// every other quote Quote judges at nothing. Beyond max (what its terms'
// lists hold), none is listed, and without a matcher none ever is.
func TestTopicQuotes(t *testing.T) {
	synthetic, _ := synthEngine(t, 600)
	for _, tt := range []struct {
		name   string
		e      *Engine
		topics []string
	}{
		{"shipped article", engineFor(t), []string{"ceasefire", "sanctions", "peace talks", "Putin", "weather",
			"sanctions on Russia", "ceasefire talks in Istanbul", "nothing whatsoever"}},
		{"generated coverage", synthetic, []string{"year", "government", "campaign", "office", "union",
			"government office", "union campaign year", "the prosecution of the union", "trombone"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			listed, partly := 0, 0
			for _, name := range tt.topics {
				m := tt.e.Topic(name).(topic)
				if m.m == nil {
					t.Fatalf("%q: no matcher", name)
				}
				type quoteCover struct {
					Article string
					At      int
					Quote   int
					Cover   float64
				}
				var want []quoteCover
				for at, s := range tt.e.sources {
					for i, ts := range tt.e.vocab.parts[s.Article.ID].quotes {
						shares := false
						for _, id := range m.m.ids {
							shares = shares || ts.has(id)
						}
						if shares {
							want = append(want, quoteCover{s.Article.ID, at, i, m.Quote(s, at, i)})
						} else if c := m.Quote(s, at, i); c != 0 {
							t.Errorf("%q: quote %d of %s shares no term and covers %v", name, i, s.Article.ID, c)
						}
					}
				}
				var got []quoteCover
				ok := m.Quotes(1<<30, func(src *knowledge.Source, at int, qs []knowledge.QuoteCover) {
					if at < 0 || at >= len(tt.e.sources) || tt.e.sources[at] != src {
						t.Errorf("%q: %s listed at %d, not its place", name, src.Article.ID, at)
					}
					for _, q := range qs {
						got = append(got, quoteCover{src.Article.ID, at, q.Quote, q.Cover})
					}
				})
				if !ok {
					t.Fatalf("%q: none listed below 2^30", name)
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%q mismatch (-want, +got):\n%s", name, diff)
				}
				if len(want) > 0 && m.Quotes(0, func(*knowledge.Source, int, []knowledge.QuoteCover) { t.Errorf("%q: listed beyond max 0", name) }) {
					t.Errorf("%q: listed with max 0", name)
				}
				noMatcher := m
				noMatcher.m = nil
				if noMatcher.Quotes(1<<30, func(*knowledge.Source, int, []knowledge.QuoteCover) {}) {
					t.Errorf("%q: listed without a matcher", name)
				}
				for _, q := range want {
					listed++
					if q.Cover > 0 && q.Cover < 1 {
						partly++
					}
				}
			}
			if listed < 5 || partly == 0 {
				t.Errorf("%d quotes listed, %d of them covering part of the topic", listed, partly)
			}
		})
	}
}
