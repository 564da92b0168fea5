package commands

import (
	"context"
	"fmt"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// askLimit is how many excerpts /ask shows: enough to cover a question that
// several paragraphs answer, few enough to read in Discord at a glance.
const askLimit = 4

func (r *Router) ask(ctx context.Context, req Request) (Response, error) {
	q := strings.TrimSpace(req.Options["question"])
	arts, err := r.scope(req)
	if err != nil {
		return Response{}, err
	}
	ans, err := r.lib.AskIn(ctx, q, askLimit, arts...)
	if err != nil {
		return Response{}, fmt.Errorf("ask %q: %w", q, err)
	}
	title := Truncate("Q: "+q, LimitTitle)
	if ans.Abstained || len(ans.Passages) == 0 {
		intro := r.scopeName(arts) + " doesn't say."
		if ans.Reason != "" {
			intro += " " + ans.Reason
		}
		return Response{Title: title, Intro: intro, Abstained: true, Citations: []knowledge.Ref{}}, nil
	}
	resp := Response{Title: title}
	for _, p := range ans.Passages {
		resp.Items = append(resp.Items, Item{Text: p.Text, Citations: []knowledge.Ref{p.Ref}})
	}
	return resp, nil
}
