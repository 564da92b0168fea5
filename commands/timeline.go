package commands

import (
	"strconv"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TimelineShown is how many events one /timeline reply shows: three pages
// of a Discord reply, enough for the whole timeline of most articles (the
// shipped one dates 23 events), in a picture that stays readable. A
// timeline of a wide window or a common topic may hold thousands; the reply
// says how many and the page option shows the next ones.
const TimelineShown = 3 * pageItems

// maxTimelinePage bounds the page option: 240,000 events, more than a
// coverage of a hundred thousand paragraphs dates.
const maxTimelinePage = 10000

func (r *Router) timeline(req Request) (Response, error) {
	topic := strings.TrimSpace(req.Options["topic"])
	arts, err := r.scope(req)
	if err != nil {
		return Response{}, err
	}
	from, err := parseDateOption("from", req.Options["from"])
	if err != nil {
		return Response{}, err
	}
	to, err := parseDateOption("to", req.Options["to"])
	if err != nil {
		return Response{}, err
	}
	if from != nil && to != nil && to.End().Before(from.Start()) {
		return Response{}, Errorf("to (%s) is before from (%s)", to, from)
	}
	page := 1
	if v := strings.TrimSpace(req.Options[PageOption]); v != "" {
		page, _ = strconv.Atoi(v) // Validate checked it is a whole number in range
	}
	title := "Timeline"
	if topic != "" {
		title += ": " + topic
	}
	switch {
	case from != nil && to != nil:
		title += " (" + from.Human() + " to " + to.Human() + ")"
	case from != nil:
		title += " (from " + from.Human() + ")"
	case to != nil:
		title += " (up to " + to.Human() + ")"
	}
	resp := Response{Title: Truncate(title, LimitTitle), Entries: []Entry{}}
	part := r.lib.Timeline(knowledge.TimelineQuery{Topic: topic, From: from, To: to, Articles: arts, Offset: (page - 1) * TimelineShown, Limit: TimelineShown})
	if part.Total == 0 {
		resp.Abstained = true
		resp.Intro = "No dated event in " + r.scopeIn(arts) + " matches."
		return resp, nil
	}
	if len(part.Events) == 0 {
		n := pages(part.Total)
		return Response{}, Errorf("page %d is past the end: this timeline has %s, %s of %d", page, counted(part.Total, "event"), counted(n, "page"), TimelineShown)
	}
	resp.Entries = make([]Entry, 0, len(part.Events))
	resp.Items = make([]Item, 0, len(part.Events))
	for _, ev := range part.Events {
		en := Entry{Date: ev.Date.String(), Precision: string(ev.Date.Precision), Approximate: ev.Date.Approximate, Summary: ev.Summary, Topics: ev.Topics}
		if ev.Until != nil {
			en.Until = ev.Until.String()
		}
		if len(ev.Paragraphs) > 0 {
			en.Citations = make([]knowledge.Ref, len(ev.Paragraphs))
			for i, p := range ev.Paragraphs {
				en.Citations[i] = knowledge.Ref{Article: ev.Article, Paragraph: p}
			}
		}
		resp.Entries = append(resp.Entries, en)
		resp.Items = append(resp.Items, Item{Label: ev.When(), Text: ev.Summary, Citations: en.Citations})
	}
	resp.Intro = shownIntro(part, page)
	return r.withTimelineImage(resp, part)
}

// shownIntro says which of a timeline's events a reply shows when it does
// not show them all, and how to see the others: "Events 1–16 of 3,412, in
// date order. Narrow it with from, to or topic, or see the next 16 with
// page:2." A timeline shown whole needs no intro.
func shownIntro(part knowledge.TimelinePage, page int) string {
	if part.Offset == 0 && len(part.Events) == part.Total {
		return ""
	}
	first, last := part.Offset+1, part.Offset+len(part.Events)
	s := "Events " + thousands(first) + "–" + thousands(last) + " of " + thousands(part.Total) + ", in date order."
	if last < part.Total {
		next := min(TimelineShown, part.Total-last)
		s += " Narrow it with from, to or topic, or see the next " + thousands(next) + " with " + PageOption + ":" + strconv.Itoa(page+1) + "."
	}
	return s
}

func pages(total int) int { return (total + TimelineShown - 1) / TimelineShown }

// counted writes a count with its noun: "1 page", "3 pages", "3,412 events".
func counted(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return thousands(n) + " " + noun + "s"
}

// thousands writes n with commas between groups of three digits: 3,412.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
