package web

import (
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
	"github.com/google/go-cmp/cmp"
)

func TestBuildArticle(t *testing.T) {
	lib := newFake()
	a := lib.articles[0]
	got := buildArticle(a, lib.Entities(a.ID), lib.Events(a.ID), lib.Quotes(a.ID), "")
	tests := []struct {
		name      string
		got, want any
	}{
		{"people: places left out, affiliation by name, bad paragraph dropped", got.People, []entityView{
			{Name: "Ana President", Role: "President", Affiliation: "The Ministry", First: 2, Paragraphs: []int{2, 4}},
			{Name: "Unnamed Aide"},
		}},
		{"organisations", got.Orgs, []entityView{{Name: "The Ministry", Role: "Foreign ministry", First: 4, Paragraphs: []int{4}}}},
		{"timeline at each date's precision, ranges joined", got.Timeline, []eventView{
			{When: "11 May 2025", WhenISO: "2025-05-11", Summary: "The president proposes direct talks.", Paragraphs: []int{2}},
			{When: "15 May 2025 – 16 May 2025", WhenISO: "2025-05-15", Summary: "Talks in Istanbul.", Paragraphs: []int{1, 4}},
			{When: "June 2025", WhenISO: "2025-06", Summary: "A follow-up, month only."},
		}},
		{"quotes by speaker name", got.Quotes, []quoteView{{Speaker: "Ana President", Text: "no prerequisites", When: "11 May 2025", Paragraph: 2}}},
		{"paragraphs numbered from 1", got.Paragraphs[2], paragraph{N: 3, Text: "What comes next"}},
		{"no canonical without a public URL", got.Canonical, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("mismatch (-want, +got):\n%s", diff)
			}
		})
	}
}

func TestBuildArticleUnknownSpeaker(t *testing.T) {
	a := &knowledge.Article{ID: "a", Paragraphs: []string{"one"}}
	got := buildArticle(a, nil, nil, []knowledge.Quote{{Speaker: "ghost", Text: "boo", Paragraph: 7}}, "")
	want := []quoteView{{Speaker: "ghost", Text: "boo"}}
	if diff := cmp.Diff(want, got.Quotes); diff != "" {
		t.Errorf("mismatch (-want, +got):\n%s", diff)
	}
}

func TestBuildIndex(t *testing.T) {
	got := buildIndex(newFake().articles)
	want := indexPage{Articles: []articleSummary{
		{Path: "/articles/talks", Title: "Talks & what to know", Outlet: "Example Press", Date: "14 May 2025", DateISO: "2025-05-14", Paragraphs: 4},
		{Path: "/articles/escape", Title: "<b>Bold</b> title", Outlet: `Outlet "quoted"`, Date: "2025", DateISO: "2025", Paragraphs: 1},
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want, +got):\n%s", diff)
	}
}
