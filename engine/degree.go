package engine

import (
	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/knowledge"
)

// degreeWeight is what a paragraph adds, for a question that asks to what
// degree ("how prolific was Moreira", "how warm did the sea get"), when it
// gives a number where it speaks of what is asked.
const degreeWeight = 0.3

// asksDegree reports whether a question asks to what degree something is
// so: "how" before an adjective or adverb other than those that ask for a
// figure outright ("how many", "how old": questionFigure) or a reason ("how
// come"). News tells a degree by a number: "scored 23 league goals",
// "peaked at 31.4 degrees", "rejected the plans by 9 votes to 4".
func asksDegree(wn *wordnet.WordNet, ws []word) bool {
	if wn == nil {
		return false
	}
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].folded != "how" {
			continue
		}
		w := ws[i+1]
		if w.term == "" || howMuch[w.folded] || w.folded == "come" {
			return false
		}
		return wn.POS(w.folded)&(wordnet.Adjective|wordnet.Adverb) != 0
	}
	return false
}

// givesDegree reports whether a paragraph gives a number in a sentence
// that speaks of what a degree question asks (givesFigure's test for "how
// much").
func (e *Engine) givesDegree(q question, ref knowledge.Ref) bool {
	q.figure = figureAny
	return e.givesFigure(q, ref)
}
