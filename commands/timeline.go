package commands

import (
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

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
	events := r.lib.Timeline(topic, from, to, arts...)
	for _, ev := range events {
		en := Entry{Date: ev.Date.String(), Precision: string(ev.Date.Precision), Approximate: ev.Date.Approximate, Summary: ev.Summary, Topics: ev.Topics}
		if ev.Until != nil {
			en.Until = ev.Until.String()
		}
		for _, p := range ev.Paragraphs {
			en.Citations = append(en.Citations, knowledge.Ref{Article: ev.Article, Paragraph: p})
		}
		resp.Entries = append(resp.Entries, en)
		resp.Items = append(resp.Items, Item{Label: ev.When(), Text: ev.Summary, Citations: en.Citations})
	}
	if len(resp.Items) == 0 {
		resp.Abstained = true
		resp.Intro = "No dated event in " + r.scopeIn(arts) + " matches."
		return resp, nil
	}
	return r.withTimelineImage(resp, events)
}
