package engine

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// answerThreshold is the share of a question's weight that a paragraph must
// answer for the reply to cite it; below it, the coverage "doesn't say".
const answerThreshold = 0.5

// relativeFloor drops passages scoring under this share of the best one.
const relativeFloor = 0.3

// eventWeight discounts a match on an event's summary against one on the
// article's own words.
const eventWeight = 0.9

// excerptWhole is the length under which a paragraph is quoted whole rather
// than cut down to its best sentences.
const excerptWhole = 300

// Ask finds the paragraphs that answer a question, best first, each with
// the sentences that answer it. The question is only ever read as words:
// bleve's query syntax (+, -, field:, *, ~) means nothing here.
func (l *Engine) Ask(ctx context.Context, question string, limit int) (knowledge.Answer, error) {
	cs := l.concepts(question)
	if len(cs) == 0 {
		return knowledge.Answer{Abstained: true, Reason: "Ask about someone or something in it, e.g. “What did Putin propose?”"}, nil
	}
	scores, err := l.searchParagraphs(ctx, cs)
	if err != nil {
		return knowledge.Answer{}, err
	}
	type cand struct {
		ref      knowledge.Ref
		score    float64
		coverage float64
	}
	var cands []cand
	top := 0.0
	for ref, s := range scores {
		top = max(top, s)
		cands = append(cands, cand{ref: ref, score: s})
	}
	// What the curated events say counts too, a little less than the text.
	fromEvents := map[knowledge.Ref]float64{}
	for _, ev := range l.vocab.events {
		cov := coverage(cs, ev.terms, knowledge.Ref{}) * eventWeight
		for _, r := range ev.refs {
			fromEvents[r] = max(fromEvents[r], cov)
		}
	}
	for i := range cands {
		c := &cands[i]
		c.coverage = max(coverage(cs, l.vocab.paras[c.ref].terms, c.ref), fromEvents[c.ref])
		// Relevance by the index, tempered by how much of the question the
		// paragraph answers: a paragraph that repeats one word many times
		// does not beat one that answers the whole question. The square
		// root keeps in the running a paragraph that answers all of it but
		// names its subject only by a pronoun, which the index cannot see.
		c.score = math.Sqrt(c.score/top) * (0.25 + c.coverage)
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		return cands[i].ref.Paragraph < cands[j].ref.Paragraph
	})
	var ans knowledge.Answer
	for _, c := range cands {
		if len(ans.Passages) == limit {
			break
		}
		if c.coverage < answerThreshold || !namesOne(cs, l.vocab.paras[c.ref].terms, c.ref) {
			continue
		}
		// A passage far below the best is noise beside it.
		if len(ans.Passages) > 0 && c.score < relativeFloor*ans.Passages[0].Score {
			break
		}
		ans.Passages = append(ans.Passages, knowledge.Passage{Ref: c.ref, Text: l.excerpt(c.ref, cs), Score: c.score})
	}
	if len(ans.Passages) == 0 {
		ans.Abstained = true
		if unknown := unknownLabels(cs); unknown != "" {
			ans.Reason = "It never mentions " + unknown + "."
		}
	}
	return ans, nil
}

// namesOne reports whether a paragraph matches at least one of the people,
// organisations or places a question names, when it names any: the weather
// in Kyiv is not answered by a paragraph about the weather elsewhere.
func namesOne(cs []concept, ts map[string]bool, ref knowledge.Ref) bool {
	named := false
	for _, c := range cs {
		if len(c.entities) == 0 {
			continue
		}
		named = true
		if c.matches(ts) || c.mentions(ref) {
			return true
		}
	}
	return !named
}

func unknownLabels(cs []concept) string {
	var out []string
	for _, c := range cs {
		if !c.known {
			out = append(out, "“"+c.label+"”")
		}
	}
	return strings.Join(out, " or ")
}

// searchParagraphs runs the concepts through the index and sums, per
// paragraph, the paragraph's own score and its best sentence's.
func (l *Engine) searchParagraphs(ctx context.Context, cs []concept) (map[knowledge.Ref]float64, error) {
	var should []query.Query
	for _, c := range cs {
		if !c.known {
			continue
		}
		var alts []query.Query
		for _, alt := range c.alts {
			var parts []query.Query
			for _, t := range alt {
				tq := bleve.NewTermQuery(t)
				tq.SetField("text")
				parts = append(parts, tq)
			}
			if len(parts) == 1 {
				alts = append(alts, parts[0])
			} else {
				alts = append(alts, bleve.NewConjunctionQuery(parts...))
			}
		}
		dq := bleve.NewDisjunctionQuery(alts...)
		dq.SetBoost(c.weight)
		should = append(should, dq)
	}
	scores := map[knowledge.Ref]float64{}
	if len(should) == 0 {
		return scores, nil
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(should...), 200, 0, false)
	req.Fields = []string{"kind", "article", "paragraph"}
	res, err := l.index.SearchInContext(ctx, req)
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
	return scores, nil
}

// excerpt returns the sentences of a paragraph that answer the concepts: the
// whole paragraph when it is short, else the best sentence and, when it adds
// to the answer, the next best, in their order, with "…" between sentences
// that are not neighbours.
func (l *Engine) excerpt(ref knowledge.Ref, cs []concept) string {
	pt := l.vocab.paras[ref]
	text := strings.Join(pt.sentences, " ")
	if len(text) <= excerptWhole || len(pt.sentences) < 2 {
		return text
	}
	type scored struct {
		i   int
		cov float64
	}
	ss := make([]scored, len(pt.sentences))
	for i, st := range pt.sentTerms {
		ss[i] = scored{i, coverage(cs, st, knowledge.Ref{})}
	}
	sort.SliceStable(ss, func(a, b int) bool { return ss[a].cov > ss[b].cov })
	pick := []int{ss[0].i}
	if ss[0].cov == 0 {
		pick = []int{0}
	} else if len(ss) > 1 && ss[1].cov > 0 && len(pt.sentences[ss[0].i])+len(pt.sentences[ss[1].i]) <= 2*excerptWhole {
		both := map[string]bool{}
		for t := range pt.sentTerms[ss[0].i] {
			both[t] = true
		}
		for t := range pt.sentTerms[ss[1].i] {
			both[t] = true
		}
		if coverage(cs, both, knowledge.Ref{}) > ss[0].cov {
			pick = append(pick, ss[1].i)
		}
	}
	sort.Ints(pick)
	var b strings.Builder
	for k, i := range pick {
		if k > 0 {
			if i == pick[k-1]+1 {
				b.WriteString(" ")
			} else {
				b.WriteString(" … ")
			}
		}
		b.WriteString(pt.sentences[i])
	}
	return b.String()
}
