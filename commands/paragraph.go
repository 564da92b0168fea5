package commands

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

func (r *Router) paragraph(req Request) (Response, error) {
	a, err := r.article(req.Options["article"])
	if err != nil {
		return Response{}, err
	}
	n, _ := strconv.Atoi(strings.TrimSpace(req.Options["number"]))
	text, ok := a.Paragraph(n)
	if !ok {
		return Response{}, Errorf("“%s” has paragraphs 1 to %d; there is no ¶%d", a.Label(), len(a.Paragraphs), n)
	}
	ref := knowledge.Ref{Article: a.ID, Paragraph: n}
	return Response{
		Title: fmt.Sprintf("¶%d of %d", n, len(a.Paragraphs)),
		Items: []Item{{Text: text, Citations: []knowledge.Ref{ref}}},
	}, nil
}
