package knowledge

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var (
	threeOnce    sync.Once
	threeSources []*Source
	threeErr     error
)

// threeLibrary loads the shipped article, the harbour testdata and the court
// testdata, over an engine given by the test.
func threeLibrary(tb testing.TB, eng Engine) *Library {
	tb.Helper()
	threeOnce.Do(func() {
		threeSources, threeErr = LoadSources(tb.Context(), Config{Facts: []string{
			"../data/istanbul-talks.yaml",
			"testdata/harbour/harbour-vote.yaml",
			"testdata/court/court-ruling.yaml",
		}})
	})
	if threeErr != nil {
		tb.Fatal(threeErr)
	}
	return NewLibrary(threeSources, eng)
}

func refsOf(ps []Passage) []Ref {
	out := make([]Ref, len(ps))
	for i, p := range ps {
		out[i] = p.Ref
	}
	return out
}

// AskIn keeps the articles asked for; with none, the article of the best
// passage leads and another's passages stay only in a near tie.
func TestAskIn(t *testing.T) {
	court1 := Passage{Ref: Ref{"court-ruling", 1}, Score: 1.0}
	talks3 := Passage{Ref: Ref{"istanbul-talks", 3}, Score: 0.95}
	harbour2 := Passage{Ref: Ref{"harbour-vote", 2}, Score: 0.8}
	court4 := Passage{Ref: Ref{"court-ruling", 4}, Score: 0.7}
	var asked int
	l := threeLibrary(t, &fakeEngine{ask: func(_ context.Context, _ string, limit int) (Answer, error) {
		asked = limit
		return Answer{Passages: []Passage{court1, talks3, harbour2, court4}}, nil
	}})
	tests := []struct {
		name     string
		limit    int
		articles []string
		want     []Ref
	}{
		{"all: a near tie stays, a stray goes", 4, nil, []Ref{court1.Ref, talks3.Ref, court4.Ref}},
		{"all, limited", 2, nil, []Ref{court1.Ref, talks3.Ref}},
		{"one article", 4, []string{"harbour-vote"}, []Ref{harbour2.Ref}},
		{"two articles: the better leads", 4, []string{"harbour-vote", "istanbul-talks"}, []Ref{talks3.Ref}},
		{"the best one's article", 4, []string{"court-ruling"}, []Ref{court1.Ref, court4.Ref}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans, err := l.AskIn(t.Context(), "q", tt.limit, tt.articles...)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, refsOf(ans.Passages)); diff != "" {
				t.Errorf("mismatch (-want, +got):\n%s", diff)
			}
			if asked < 29+19 {
				t.Errorf("asked the engine for %d passages, want every one it would cite", asked)
			}
		})
	}
}

// Narrowed to an article that does not answer, AskIn abstains and names the
// articles that may.
func TestAskInElsewhere(t *testing.T) {
	l := threeLibrary(t, &fakeEngine{ask: func(context.Context, string, int) (Answer, error) {
		return Answer{Passages: []Passage{{Ref: Ref{"harbour-vote", 8}, Score: 1}}}, nil
	}})
	ans, err := l.AskIn(t.Context(), "How many berths?", 4, "istanbul-talks")
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Abstained || len(ans.Passages) != 0 {
		t.Fatalf("AskIn = %+v, want an abstention", ans)
	}
	if want := "“Kestrelmouth council approves harbour…” may answer it"; !strings.Contains(ans.Reason, want) {
		t.Errorf("reason %q lacks %q", ans.Reason, want)
	}
}

// With one article loaded AskIn is Ask: same limit, same answer.
func TestAskInOneArticle(t *testing.T) {
	var asked int
	l := shippedLibrary(t)
	one := NewLibrary(l.Sources(), &fakeEngine{ask: func(_ context.Context, _ string, limit int) (Answer, error) {
		asked = limit
		return Answer{Passages: []Passage{{Ref: Ref{"istanbul-talks", 8}, Score: 1}}}, nil
	}})
	for _, arts := range [][]string{nil, {"istanbul-talks"}} {
		ans, err := one.AskIn(t.Context(), "q", 4, arts...)
		if err != nil || asked != 4 || len(ans.Passages) != 1 {
			t.Errorf("AskIn(%v) = %+v, %v; asked for %d", arts, ans, err, asked)
		}
	}
}

// Every look-up that takes articles keeps to them.
func TestNarrowedLookups(t *testing.T) {
	l := threeLibrary(t, &fakeEngine{})
	if got := l.FindEntities("Irena Valk", 3); len(got) == 0 || got[0].Entity.Article != "court-ruling" {
		t.Errorf("FindEntities(Irena Valk) = %v, want her first", names(got))
	}
	if got := l.FindEntities("Irena Valk", 3, "istanbul-talks"); len(got) != 0 {
		t.Errorf("FindEntities(Irena Valk, istanbul-talks) = %v, want nobody", names(got))
	}
	if got := l.Suggest("Irena Valc", 3, "harbour-vote"); len(got) != 0 {
		t.Errorf("Suggest(Irena Valc, harbour-vote) = %v, want nothing", got)
	}
	if got := l.Suggest("Irena Valc", 3); len(got) == 0 || got[0] != "Irena Valk" {
		t.Errorf("Suggest(Irena Valc) = %v, want Irena Valk", got)
	}
	evs := l.Timeline(TimelineQuery{Articles: []string{"harbour-vote"}}).Events
	if len(evs) == 0 || len(evs) == len(l.Timeline(TimelineQuery{}).Events) {
		t.Fatalf("Timeline(harbour-vote) has %d events of %d", len(evs), len(l.Timeline(TimelineQuery{}).Events))
	}
	for _, e := range evs {
		if e.Article != "harbour-vote" {
			t.Errorf("Timeline(harbour-vote) holds %s of %s", e.ID, e.Article)
		}
	}
	harbour := map[string]bool{}
	for _, e := range l.Entities("harbour-vote") {
		harbour[e.Name] = true
	}
	for _, c := range l.Complete(FieldEntity, "", 25, "harbour-vote") {
		if !harbour[c.Value] {
			t.Errorf("Complete(entity, harbour-vote) offers %q", c.Value)
		}
	}
}

// Articles complete by id or title, newest first, shown by label and date.
func TestCompleteArticles(t *testing.T) {
	l := threeLibrary(t, &fakeEngine{})
	want := []Completion{
		{Label: "Estovia's top court rules police…" + roleSep + "17 June 2025", Value: "court-ruling"},
		{Label: "Istanbul talks" + roleSep + "14 May 2025", Value: "istanbul-talks"},
		{Label: "Kestrelmouth council approves harbour…" + roleSep + "12 March 2025", Value: "harbour-vote"},
	}
	if diff := cmp.Diff(want, l.Complete(FieldArticle, "", 25)); diff != "" {
		t.Errorf("empty partial: mismatch (-want, +got):\n%s", diff)
	}
	for partial, id := range map[string]string{"harb": "harbour-vote", "face-scanning": "court-ruling", "russia": "istanbul-talks"} {
		if got := l.Complete(FieldArticle, partial, 25); len(got) == 0 || got[0].Value != id {
			t.Errorf("Complete(article, %q) = %v, want %s first", partial, got, id)
		}
	}
	if got := CompletionValue(want[1].Label); got != "Istanbul talks" {
		t.Errorf("CompletionValue(%q) = %q, want the label", want[1].Label, got)
	}
	var ids []string
	for _, a := range l.Newest() {
		ids = append(ids, a.ID)
	}
	if diff := cmp.Diff([]string{"court-ruling", "istanbul-talks", "harbour-vote"}, ids); diff != "" {
		t.Errorf("Newest: mismatch (-want, +got):\n%s", diff)
	}
}
