package engine

import (
	"context"

	"github.com/coveragebot/coveragebot/knowledge"
)

// Ask finds the paragraphs that answer a question, best first, each with the
// sentences that answer it, or abstains. It reads top to bottom as the
// pipeline it is: read the question, gather candidates from the index,
// score them, decide whether to answer, cut the excerpts.
func (e *Engine) Ask(ctx context.Context, text string, limit int) (knowledge.Answer, error) {
	q := e.read(text)
	var cands []candidate
	if len(q.concepts) > 0 && len(q.missing()) == 0 {
		hits, err := e.gather(ctx, q)
		if err != nil {
			return knowledge.Answer{}, err
		}
		cands = e.score(q, hits)
		releaseHits(hits) // (the candidates hold what score read of it)
	}
	d := e.decide(q, cands, limit)
	if len(d.cite) == 0 {
		return knowledge.Answer{Abstained: true, Reason: d.reason, ReadAs: q.readAs}, nil
	}
	ans := knowledge.Answer{ReadAs: q.readAs}
	for _, c := range d.cite {
		ans.Passages = append(ans.Passages, knowledge.Passage{Ref: c.ref, Text: e.excerpt(c.ref, q), Score: c.score})
	}
	return ans, nil
}
