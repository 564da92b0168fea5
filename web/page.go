package web

import (
	"github.com/coveragebot/coveragebot/knowledge"
)

// indexPage is the list of loaded articles.
type indexPage struct {
	Articles []articleSummary
}

// articleSummary is one line of the article list.
type articleSummary struct {
	Path       string
	Title      string
	Outlet     string
	Date       string // as a reader writes it, at the date's precision
	DateISO    string // for <time datetime>
	Paragraphs int
}

// articlePage is an article with its fact base, ready to render.
type articlePage struct {
	ID         string
	Title      string
	Outlet     string
	Date       string
	DateISO    string
	Language   string
	SourceURL  string
	Canonical  string
	Paragraphs []paragraph
	People     []entityView
	Orgs       []entityView
	Timeline   []eventView
	// TimelineJSON is the path of the timeline in TimelineJS's format.
	TimelineJSON string
	Quotes       []quoteView
}

// paragraph is ¶N of the text.
type paragraph struct {
	N    int
	Text string
}

// entityView is a person or organisation as the sidebar lists it.
type entityView struct {
	Name        string
	Role        string
	Affiliation string // the affiliated entity's name
	First       int    // first paragraph naming it, 0 if none
	Paragraphs  []int
}

// eventView is one line of the timeline.
type eventView struct {
	When       string
	WhenISO    string
	Summary    string
	Paragraphs []int
}

// quoteView is a quote with its speaker's name.
type quoteView struct {
	Speaker   string
	Text      string
	When      string
	Paragraph int
}

// buildIndex summarises the loaded articles in load order.
func buildIndex(articles []*knowledge.Article) indexPage {
	var p indexPage
	for _, a := range articles {
		p.Articles = append(p.Articles, articleSummary{
			Path:       articlePath(a.ID),
			Title:      a.Title,
			Outlet:     a.Outlet,
			Date:       human(a.Published),
			DateISO:    iso(a.Published),
			Paragraphs: len(a.Paragraphs),
		})
	}
	return p
}

// buildArticle puts an article and its fact base in the shape the page shows.
// Paragraph numbers outside the article are dropped rather than linked to
// nothing; validation should have caught them already.
func buildArticle(a *knowledge.Article, ents []knowledge.Entity, evs []knowledge.Event, qs []knowledge.Quote, publicURL string) articlePage {
	p := articlePage{
		ID:        a.ID,
		Title:     a.Title,
		Outlet:    a.Outlet,
		Date:      human(a.Published),
		DateISO:   iso(a.Published),
		Language:  a.Language,
		SourceURL: a.URL,
	}
	p.TimelineJSON = timelineJSONPath(a.ID)
	if publicURL != "" {
		p.Canonical = articleURL(publicURL, a.ID)
	}
	for i, text := range a.Paragraphs {
		p.Paragraphs = append(p.Paragraphs, paragraph{N: i + 1, Text: text})
	}
	inRange := func(ns []int) []int {
		var out []int
		for _, n := range ns {
			if n >= 1 && n <= len(a.Paragraphs) {
				out = append(out, n)
			}
		}
		return out
	}
	names := make(map[string]string, len(ents))
	for _, e := range ents {
		names[e.ID] = e.Name
	}
	for _, e := range ents {
		v := entityView{Name: e.Name, Role: e.Role, Affiliation: names[e.Affiliation], Paragraphs: inRange(e.Paragraphs)}
		if len(v.Paragraphs) > 0 {
			v.First = v.Paragraphs[0]
		}
		switch e.Kind {
		case knowledge.KindPerson:
			p.People = append(p.People, v)
		case knowledge.KindOrganisation:
			p.Orgs = append(p.Orgs, v)
		}
	}
	for _, ev := range evs {
		p.Timeline = append(p.Timeline, eventView{When: ev.When(), WhenISO: iso(ev.Date), Summary: ev.Summary, Paragraphs: inRange(ev.Paragraphs)})
	}
	for _, q := range qs {
		v := quoteView{Speaker: names[q.Speaker], Text: q.Text}
		if v.Speaker == "" {
			v.Speaker = q.Speaker
		}
		if q.Date != nil {
			v.When = q.Date.Human()
		}
		if len(inRange([]int{q.Paragraph})) == 1 {
			v.Paragraph = q.Paragraph
		}
		p.Quotes = append(p.Quotes, v)
	}
	return p
}

func human(d knowledge.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Human()
}

func iso(d knowledge.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}
