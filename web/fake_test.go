package web

import (
	"github.com/coveragebot/coveragebot/knowledge"
)

// fakeLibrary is a Library holding fixed articles and facts.
type fakeLibrary struct {
	articles []*knowledge.Article
	entities map[string][]knowledge.Entity
	events   map[string][]knowledge.Event
	quotes   map[string][]knowledge.Quote
}

var _ Library = (*fakeLibrary)(nil)

func (f *fakeLibrary) Articles() []*knowledge.Article        { return f.articles }
func (f *fakeLibrary) Entities(id string) []knowledge.Entity { return f.entities[id] }
func (f *fakeLibrary) Events(id string) []knowledge.Event    { return f.events[id] }
func (f *fakeLibrary) Quotes(id string) []knowledge.Quote    { return f.quotes[id] }

// newFake returns a library with one small article, "talks", whose facts
// cover every part of the sidebar, and one article, "escape", whose text
// and facts try to inject markup.
func newFake() *fakeLibrary {
	until := knowledge.MustDate("2025-05-16")
	said := knowledge.MustDate("2025-05-11")
	talks := &knowledge.Article{
		ID:        "talks",
		Title:     "Talks & what to know",
		Outlet:    "Example Press",
		Published: knowledge.MustDate("2025-05-14"),
		Language:  "en",
		URL:       "https://news.example.com/talks",
		Paragraphs: []string{
			"Delegations are expected in Istanbul on Thursday.",
			"The president said there were “no prerequisites” for the talks.",
			"What comes next",
			"The ministry said the meeting could last until Friday.",
		},
	}
	escape := &knowledge.Article{
		ID:         "escape",
		Title:      "<b>Bold</b> title",
		Outlet:     `Outlet "quoted"`,
		Published:  knowledge.MustDate("2025"),
		URL:        "javascript:alert(1)",
		Paragraphs: []string{`A paragraph with <script>alert("p1")</script> in it & more.`},
	}
	return &fakeLibrary{
		articles: []*knowledge.Article{talks, escape},
		entities: map[string][]knowledge.Entity{
			"talks": {
				{Article: "talks", ID: "president", Name: "Ana President", Kind: knowledge.KindPerson, Role: "President", Affiliation: "ministry", Paragraphs: []int{2, 4}},
				{Article: "talks", ID: "ministry", Name: "The Ministry", Kind: knowledge.KindOrganisation, Role: "Foreign ministry", Paragraphs: []int{4}},
				{Article: "talks", ID: "istanbul", Name: "Istanbul", Kind: knowledge.KindPlace, Paragraphs: []int{1}},
				{Article: "talks", ID: "nobody", Name: "Unnamed Aide", Kind: knowledge.KindPerson, Paragraphs: []int{99}},
			},
			"escape": {
				{Article: "escape", ID: "x", Name: "<i>Evil</i>", Kind: knowledge.KindPerson, Role: `"><script>alert("role")</script>`, Paragraphs: []int{1}},
			},
		},
		events: map[string][]knowledge.Event{
			"talks": {
				{Article: "talks", ID: "speech", Date: said, Summary: "The president proposes direct talks.", Paragraphs: []int{2}},
				{Article: "talks", ID: "meeting", Date: knowledge.MustDate("2025-05-15"), Until: &until, Summary: "Talks in Istanbul.", Paragraphs: []int{1, 4}},
				{Article: "talks", ID: "month", Date: knowledge.MustDate("2025-06"), Summary: "A follow-up, month only.", Paragraphs: nil},
			},
		},
		quotes: map[string][]knowledge.Quote{
			"talks":  {{Article: "talks", ID: "q", Speaker: "president", Text: "no prerequisites", Paragraph: 2, Date: &said}},
			"escape": {{Article: "escape", ID: "q", Speaker: "x", Text: `</blockquote><script>alert("q")</script>`, Paragraph: 1}},
		},
	}
}
