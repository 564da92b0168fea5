package engine

import (
	"sort"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// excerptWhole is the length under which a paragraph is quoted whole rather
// than cut down to its best sentences.
const excerptWhole = 300

// excerptFigure is what giving the kind of figure asked for adds to a
// sentence's share of the question when the excerpt is cut: less than a
// concept of the question's weighs, so that it decides between sentences
// that answer alike.
const excerptFigure = 0.05

// excerpt is stage 5: the sentences of a paragraph that answer the
// question: the whole paragraph when it is short, else the best sentence
// and, when it adds to the answer, the next best, in their order, with "…"
// between sentences that are not neighbours. Sentences never split a
// quotation (knowledge.Sentences), so neither does an excerpt.
func (e *Engine) excerpt(ref knowledge.Ref, q question) string {
	pt := e.vocab.para(ref)
	if len(pt.text) <= excerptWhole || len(pt.sents) < 2 {
		return pt.text
	}
	type scored struct {
		i   int
		cov float64
	}
	ss := make([]scored, len(pt.sents))
	for i, st := range pt.sents {
		ss[i] = scored{i, coverage(q, st.terms(), knowledge.Ref{})}
		// Of sentences that answer alike, the one that gives the kind
		// of figure asked for: "Three were kept in hospital overnight"
		// answers how many are still in hospital; the hospital's name
		// in the sentence before does not.
		if ss[i].cov > 0 && q.figure != figureNone && st.figures&(1<<q.figure) != 0 {
			ss[i].cov += excerptFigure
		}
	}
	sort.SliceStable(ss, func(a, b int) bool { return ss[a].cov > ss[b].cov })
	pick := []int{ss[0].i}
	if ss[0].cov == 0 {
		pick = []int{0}
	} else if len(ss) > 1 && ss[1].cov > 0 && len(pt.sentence(ss[0].i))+len(pt.sentence(ss[1].i)) <= 2*excerptWhole {
		both := pt.sents[ss[0].i].terms().union(pt.sents[ss[1].i].terms())
		if coverage(q, both, knowledge.Ref{}) > ss[0].cov {
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
		b.WriteString(pt.sentence(i))
	}
	return b.String()
}
