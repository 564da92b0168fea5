package engine

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/coveragebot/coveragebot/knowledge"
)

// maxCandidates bounds how many index hits the later stages look at.
const maxCandidates = 200

// gather is stage 2: it runs the question's concepts through the index, each
// way of putting them boosted by its weight and how surely it means them,
// and sums per paragraph the paragraph's own score and its best sentence's.
// The question reaches bleve only as term queries built from analyzed
// words: no query syntax of the reader's is ever interpreted.
func (e *Engine) gather(ctx context.Context, q question) (map[knowledge.Ref]float64, error) {
	var should []query.Query
	for _, c := range q.concepts {
		var alts []query.Query
		for _, a := range c.alts {
			if !e.vocab.inText(a.ids) {
				continue // a term no paragraph uses (a summary's word, or none)
			}
			var parts []query.Query
			for _, t := range a.terms {
				tq := bleve.NewTermQuery(t)
				tq.SetField("text")
				parts = append(parts, tq)
			}
			var aq query.Query = parts[0]
			if len(parts) > 1 {
				aq = bleve.NewConjunctionQuery(parts...)
			}
			if b, ok := aq.(query.BoostableQuery); ok {
				b.SetBoost(a.strength)
			}
			alts = append(alts, aq)
		}
		if len(alts) == 0 {
			continue
		}
		dq := bleve.NewDisjunctionQuery(alts...)
		dq.SetBoost(c.weight)
		should = append(should, dq)
	}
	scores := map[knowledge.Ref]float64{}
	if len(should) == 0 {
		return scores, nil
	}
	// (should is never empty when a concept names an entity: its names are
	// in the coverage.)
	req := bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(should...), maxCandidates, 0, false)
	req.Fields = []string{"kind", "article", "paragraph"}
	res, err := e.index.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	best := map[knowledge.Ref]float64{}
	for _, h := range res.Hits {
		art, _ := h.Fields["article"].(string)
		num, _ := h.Fields["paragraph"].(float64)
		ref := knowledge.Ref{Article: art, Paragraph: int(num)}
		if h.Fields["kind"] == docSentence {
			best[ref] = max(best[ref], h.Score)
		} else {
			scores[ref] += h.Score
		}
	}
	for ref, s := range best {
		scores[ref] += s
	}
	// The paragraphs the fact base says mention the question's people and
	// places, by pronoun or role too ("The 24-year-old…"), are candidates
	// even where the index sees no word of the question.
	for _, c := range q.concepts {
		for _, en := range c.entities {
			for _, p := range en.Paragraphs {
				ref := knowledge.Ref{Article: en.Article, Paragraph: p}
				if _, ok := scores[ref]; !ok {
					scores[ref] = 0
				}
			}
		}
	}
	return scores, nil
}
