package engine

import (
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// A matcher's coverage is coverage's, to the bit, for every paragraph and
// event of the coverage: the score stage uses one for the other.
func TestMatcherIsCoverage(t *testing.T) {
	synthetic, synthQs := synthEngine(t, 600)
	tests := []struct {
		name string
		e    *Engine
		qs   []string
	}{
		{"shipped article", engineFor(t), []string{
			"What did Putin propose in his Sunday speech?", "Who will speak for Moscow?",
			"How long is the front line?", "which leaders came to show support for ukraine",
			"What punishment do the Europeans threaten?", "What did Zelenksy say on Tuesday?",
			"Who is helping Russia fight in Kursk?", "What did Macron say?", "what is it?",
			"Did the prime minister of Turkey give up on the talks?",
		}},
		{"generated coverage", synthetic, synthQs},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			compared, mentioned := 0, 0
			for _, text := range tt.qs {
				q := tt.e.read(text)
				m, ok := newMatcher(q)
				if !ok {
					t.Errorf("%q: no matcher", text)
					continue
				}
				for article, p := range tt.e.vocab.parts {
					for i := range p.paras {
						ref := knowledge.Ref{Article: article, Paragraph: i + 1}
						for _, r := range []knowledge.Ref{ref, {}} {
							got, want := m.coverage(q, r, p.paras[i].terms), coverage(q, p.paras[i].terms, r)
							if got != want {
								t.Fatalf("%q, %v with ref %v: %v, want %v", text, ref, r, got, want)
							}
						}
						for _, c := range q.concepts {
							if c.mentions(ref) {
								mentioned++
							}
						}
						compared++
					}
					for _, ev := range p.events {
						if got, want := m.coverage(q, knowledge.Ref{}, ev.terms), coverage(q, ev.terms, knowledge.Ref{}); got != want {
							t.Fatalf("%q, an event of %s: %v, want %v", text, article, got, want)
						}
					}
				}
			}
			if compared == 0 || mentioned == 0 {
				t.Errorf("compared %d paragraphs, %d mentions by entity", compared, mentioned)
			}
		})
	}
}

// A question beyond what a matcher holds falls back to coverage.
func TestMatcherRefusesTooMuch(t *testing.T) {
	tests := []struct {
		name   string
		q      question
		wantOK bool
	}{
		{"none", question{}, true},
		{"64 terms", question{concepts: []concept{{alts: altsOf(64)}}}, true},
		{"65 terms", question{concepts: []concept{{alts: altsOf(65)}}}, false},
		{"65 concepts", question{concepts: make([]concept, 65)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, ok := newMatcher(tt.q); ok != tt.wantOK {
				t.Errorf("newMatcher ok = %v, want %v", ok, tt.wantOK)
			}
		})
	}
}

// altsOf returns n alternatives of one term each, ids 1 to n.
func altsOf(n int) []alt {
	out := make([]alt, n)
	for i := range out {
		out[i] = alt{ids: []uint32{uint32(i + 1)}, strength: 1}
	}
	return out
}
