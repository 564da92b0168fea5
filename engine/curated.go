package engine

import (
	"slices"

	"github.com/coveragebot/coveragebot/knowledge"
)

// curatedArticles is how many articles, those of the best hits, have the
// paragraphs their fact base's events and quotes put the question's words
// in join the candidates: the articles the question is about, read alone,
// not the whole coverage.
const curatedArticles = 3

// addCurated adds to the candidates the paragraphs of the best hits'
// articles whose fact base's events or quotes put a word of the question
// the index did not find them by. The score stage counts what the editor
// says of a paragraph with its words (an event "RAWU members hold vigils
// outside several stores", of topic protest, for "r there any protests
// planned"), but the index holds only the text, so such a paragraph never
// came to be judged.
func (e *Engine) addCurated(q question, hits []indexHit, scores map[knowledge.Ref]float64) {
	m, ok := newTermMatcher(q) // (has alone)
	if !ok {
		return
	}
	var arts []string
	for _, h := range hits {
		if len(arts) == curatedArticles {
			break
		}
		if !slices.Contains(arts, h.ref.Article) {
			arts = append(arts, h.ref.Article)
		}
	}
	for _, id := range arts {
		a := e.vocab.article(id)
		if a == nil {
			continue
		}
		add := func(para int32, ts termSet) {
			if m.has(ts) > 0 {
				addCandidate(scores, knowledge.Ref{Article: id, Paragraph: int(para)})
			}
		}
		p := a.p
		for _, ea := range p.eventsAt {
			add(ea.para, p.events[ea.event].terms)
		}
		for i, ts := range p.quotes {
			if i < len(p.quoteParas) {
				add(p.quoteParas[i], ts)
			}
		}
	}
}
