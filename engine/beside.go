package engine

import "slices"

// A figure or a name answers a question best beside what the question
// says was done: "48 runners collapsed" counts those who collapsed,
// "Transport Minister Tomasz Ellery ... appointed a mediator" names who
// appointed one. Beside is within a few words and in one clause.

// joins are the words that join a clause to another ("the barrier
// collapsed and two stewards ran"): a word beyond one says what another
// did.
var joins = map[string]bool{
	"and": true, "but": true, "or": true, "yet": true, "when": true, "if": true, "while": true, "because": true,
	"although": true, "whether": true, "unless": true, "since": true, "though": true,
}

// sameClause reports whether no word between the words at a and b (either
// way round) joins another clause.
func sameClause(ws []word, a, b int) bool {
	return !slices.ContainsFunc(ws[min(a, b)+1:max(a, b)], func(w word) bool { return joins[w.folded] })
}

// doneConcepts returns the question's verbs, what it says was done: its
// concepts that are no name, noun or thing, nor said in passing; all but
// the one at except (-1 for none).
func doneConcepts(q question, except int) []concept {
	var out []concept
	for i, c := range q.concepts {
		if i != except && !c.name && !c.aside && !c.noun && !c.thing {
			out = append(out, c)
		}
	}
	return out
}

// putsDone reports whether a word surely puts one of the verbs done.
func (e *Engine) putsDone(done []concept, w word) bool {
	if w.term == "" {
		return false
	}
	ts := e.vocab.set([]string{w.term})
	return slices.ContainsFunc(done, func(c concept) bool { return c.sureMatch(ts) >= figureOfMatch })
}
