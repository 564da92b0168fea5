package engine

import (
	"slices"
	"testing"

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
// with one of its ways of putting a concept, each once, in order.
func TestTopicEvents(t *testing.T) {
	synthetic, _ := synthEngine(t, 600)
	for _, tt := range []struct {
		name   string
		e      *Engine
		topics []string
	}{
		{"shipped article", engineFor(t), []string{"ceasefire", "sanctions", "peace talks", "Putin", "weather"}},
		{"generated coverage", synthetic, []string{"year", "government", "campaign", "office", "union"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			listed := 0
			for _, name := range tt.topics {
				m := tt.e.Topic(name).(topic)
				want := map[string][]int{}
				for article, p := range tt.e.vocab.parts {
					for i, ev := range p.events {
						shares := false
						for _, c := range m.q.concepts {
							for _, a := range c.alts {
								for _, id := range a.ids {
									shares = shares || ev.terms.has(id)
								}
							}
						}
						if shares {
							want[article] = append(want[article], i)
						}
					}
				}
				got := m.Events()
				for article, is := range want {
					if !slices.Equal(got[article], is) {
						t.Errorf("%q in %s: events %v, want %v", name, article, got[article], is)
					}
					listed += len(is)
				}
				for article, is := range got {
					if _, ok := want[article]; !ok {
						t.Errorf("%q in %s: events %v, want none", name, article, is)
					}
				}
			}
			if listed < 5 {
				t.Errorf("only %d events listed", listed)
			}
		})
	}
}
