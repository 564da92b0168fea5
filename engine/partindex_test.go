package engine

import (
	"github.com/coveragebot/coveragebot/knowledge"
	"slices"
	"testing"
)

// A paragraph's quotes found through partAt's index are those a reading of
// every quote's paragraph finds, in the same order, and its events those
// of eventsAt's list.
func TestPartAtFindsQuotesAndEvents(t *testing.T) {
	e, _ := synthEngine(t, 1500)
	quotes, events := 0, 0
	for id, p := range e.vocab.parts {
		a := e.vocab.article(id)
		if a == nil || a.p != p {
			t.Fatalf("article %s: part %v, want %v", id, a, p)
		}
		for n := 0; n <= len(p.paras)+1; n++ {
			var want []quoteTerms
			for i, at := range p.quoteParas {
				if int(at) == n {
					want = append(want, quoteTerms{p.quotes[i], p.speakers[i]})
				}
			}
			got := a.appendQuotesAt(nil, n)
			if !slices.EqualFunc(got, want, func(x, y quoteTerms) bool {
				return slices.Equal(x.words, y.words) && slices.Equal(x.speaker, y.speaker)
			}) {
				t.Errorf("%s ¶%d: quotes %v, want %v", id, n, got, want)
			}
			quotes += len(got)
			var wantEv []*eventTerms
			for _, ea := range p.eventsAt {
				if int(ea.para) == n {
					wantEv = append(wantEv, &p.events[ea.event])
				}
			}
			gotEv := a.appendEventsAt(nil, n)
			if !slices.Equal(gotEv, wantEv) {
				t.Errorf("%s ¶%d: events %v, want %v", id, n, gotEv, wantEv)
			}
			events += len(gotEv)
			if pt, want := a.para(n), e.vocab.para(refOf(id, n)); pt != want {
				t.Errorf("%s ¶%d: paragraph %p, want %p", id, n, pt, want)
			}
		}
	}
	if quotes == 0 || events == 0 {
		t.Errorf("only %d quotes and %d events found", quotes, events)
	}
	if e.vocab.article("no such article") != nil {
		t.Error("an article the coverage lacks has a part")
	}
}

func refOf(article string, n int) knowledge.Ref { return knowledge.Ref{Article: article, Paragraph: n} }
