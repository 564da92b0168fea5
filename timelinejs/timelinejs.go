// Package timelinejs writes an article's events in the JSON format of Knight
// Lab's TimelineJS (timeline.knightlab.com/docs/json-format.html), so that a
// newsroom can show the timeline it curated in TimelineJS, or start a new
// one from it. Each event is a slide whose dates carry only the parts the
// text supports, whose headline is the event's summary and whose text quotes
// the cited paragraphs, each with its ¶ link.
package timelinejs

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// Timeline is a TimelineJS document: a title slide and the events.
type Timeline struct {
	Title  *Slide  `json:"title,omitempty"`
	Events []Slide `json:"events"`
}

// Slide is one event, or the title.
type Slide struct {
	StartDate *Date `json:"start_date,omitempty"`
	EndDate   *Date `json:"end_date,omitempty"`
	Text      Text  `json:"text"`
	// DisplayDate is how TimelineJS writes the slide's date, for dates it
	// cannot say itself: "about March 2025", "week of 2 March 2026".
	DisplayDate string `json:"display_date,omitempty"`
	UniqueID    string `json:"unique_id,omitempty"`
}

// Date is a TimelineJS date: a year, and a month and day only when the text
// gives them.
type Date struct {
	Year  int `json:"year"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
}

// Text is a slide's headline and body; TimelineJS takes HTML in both.
type Text struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

// Options say where ¶ citations link.
type Options struct {
	// ParagraphURL gives the address of a paragraph, or "" to write ¶N
	// without a link.
	ParagraphURL func(knowledge.Ref) string
}

// Build writes article a's events, in the order given, as a TimelineJS
// document.
func Build(a *knowledge.Article, events []knowledge.Event, opts Options) Timeline {
	t := Timeline{Events: make([]Slide, 0, len(events))}
	title := &Slide{Text: Text{Headline: html.EscapeString(a.Title)}}
	byline := a.Outlet
	if !a.Published.IsZero() {
		byline = strings.TrimPrefix(byline+", "+a.Published.Human(), ", ")
	}
	if byline != "" {
		title.Text.Text = "<p>" + html.EscapeString(byline) + "</p>"
	}
	t.Title = title
	for _, ev := range events {
		t.Events = append(t.Events, slide(a, ev, opts))
	}
	return t
}

func slide(a *knowledge.Article, ev knowledge.Event, opts Options) Slide {
	s := Slide{
		StartDate: date(ev.Date, false),
		Text:      Text{Headline: html.EscapeString(ev.Summary), Text: citations(a, ev, opts)},
		UniqueID:  ev.ID,
	}
	switch {
	case ev.Until != nil:
		s.EndDate = date(*ev.Until, true)
	case ev.Date.Precision == knowledge.PrecisionWeek:
		s.EndDate = date(ev.Date, true)
	}
	if loose(ev.Date) || (ev.Until != nil && loose(*ev.Until)) {
		s.DisplayDate = ev.When()
	}
	return s
}

// loose reports whether TimelineJS could not write d itself: it knows no
// "about" and no weeks.
func loose(d knowledge.Date) bool {
	return d.Approximate || d.Precision == knowledge.PrecisionWeek
}

// date splits d at its precision. A week is a span of days: its Monday, or
// its Sunday when end is true.
func date(d knowledge.Date, end bool) *Date {
	out := &Date{Year: d.Year}
	switch d.Precision {
	case knowledge.PrecisionMonth:
		out.Month = int(d.Month)
	case knowledge.PrecisionDay, knowledge.PrecisionWeek:
		t := d.Start()
		if end {
			t = d.End()
		}
		out.Year, out.Month, out.Day = t.Year(), int(t.Month()), t.Day()
	}
	return out
}

// citations quotes each paragraph the event cites, followed by its ¶ link.
func citations(a *knowledge.Article, ev knowledge.Event, opts Options) string {
	var b strings.Builder
	for _, n := range ev.Paragraphs {
		ref := fmt.Sprintf("¶%d", n)
		if opts.ParagraphURL != nil {
			if u := opts.ParagraphURL(knowledge.Ref{Article: a.ID, Paragraph: n}); u != "" {
				ref = fmt.Sprintf(`<a href="%s">%s</a>`, html.EscapeString(u), ref)
			}
		}
		text, _ := a.Paragraph(n)
		b.WriteString("<p>")
		if text != "" {
			b.WriteString(html.EscapeString(text) + " ")
		}
		b.WriteString(ref + "</p>")
	}
	return b.String()
}

// Marshal writes t as indented JSON ending in a newline, with its HTML as
// written rather than escaped (\u003c): the file the citation pages serve
// and `coveragebot timeline --format timelinejs` prints.
func Marshal(t Timeline) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(t); err != nil {
		return nil, fmt.Errorf("timeline json: %w", err)
	}
	return buf.Bytes(), nil
}
