package commands

import (
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// exactName is the match score of a name or alias typed in full.
const exactName = 0.95

func (r *Router) quote(req Request) (Response, error) {
	name := knowledge.CompletionValue(req.Options["speaker"])
	topic := strings.TrimSpace(req.Options["topic"])
	arts, err := r.scope(req)
	if err != nil {
		return Response{}, err
	}
	matches := r.lib.FindDescribed(name, 5, arts...)
	if len(matches) == 0 {
		return Response{
			Title:       Truncate("Quotes: "+name, LimitTitle),
			Intro:       "Nobody by that name appears in " + r.scopeIn(arts) + "." + r.foundElsewhere(name, arts),
			Abstained:   true,
			Suggestions: r.lib.Suggest(name, 5, arts...),
			Citations:   []knowledge.Ref{},
		}, nil
	}
	// When the name is not exact (a role, a partial name), prefer a close
	// match that has quotes over one with none. An exact name is never
	// swapped for somebody else.
	speaker := matches[0]
	for _, m := range matches {
		if speaker.Score < exactName && m.QuoteCount > 0 && m.Score >= matches[0].Score*0.8 {
			speaker = m
			break
		}
	}
	e := speaker.Entity
	title := "Quotes: " + e.Name
	if topic != "" {
		title += " on " + topic
	}
	resp := Response{Title: Truncate(title, LimitTitle)}
	// The same person in the other articles' fact bases speaks too; a
	// reply shows the first QuotesShown of their quotes.
	said := r.lib.NamesakeQuotes(e, topic, QuotesShown, arts...)
	count := speaker.QuoteCount + said.Others
	quotes := said.Quotes
	if said.Total == 0 {
		resp.Abstained = true
		resp.Citations = []knowledge.Ref{}
		switch {
		case count == 0:
			resp.Intro = e.Name + " is not quoted in " + r.scopeIn(arts) + "."
		default:
			resp.Intro = "None of " + e.Name + "'s " + plural(count, "quote") + " is about " + topic + "."
		}
		return resp, nil
	}
	// A person the coverage quotes hundreds of times: the first ones, and
	// how to narrow down to the rest.
	if said.Total > QuotesShown {
		narrow := "add a topic"
		if topic != "" {
			narrow = "narrow the topic"
		}
		if len(arts) == 0 {
			narrow += " or an article"
		}
		resp.Intro = "The first " + thousands(QuotesShown) + " of " + thousands(said.Total) + " quotes" + order(topic) + "; " + narrow + " to see others."
	}
	for _, q := range quotes {
		label := ""
		if q.Date != nil {
			label = q.Date.Human()
		}
		resp.Items = append(resp.Items, Item{
			Label:     label,
			Text:      q.Text,
			Quoted:    true,
			Citations: []knowledge.Ref{{Article: q.Article, Paragraph: q.Paragraph}},
		})
	}
	return resp, nil
}

// QuotesShown is how many quotes a /quote reply lists at most: about three
// Discord pages.
const QuotesShown = 24

// order says in what order a /quote reply lists quotes.
func order(topic string) string {
	if topic != "" {
		return ", the most on topic first"
	}
	return ", the matched article's first, then the newest articles'"
}
