package engine

import (
	"slices"

	"github.com/coveragebot/coveragebot/knowledge"
)

// A figure or a name answers a question best beside what the question
// says was done: "48 runners collapsed" counts those who collapsed,
// "The Northern Health Research Council, which funded the Edinburgh
// study" names who funded it, "until a permanent replacement is
// installed in about eight weeks" dates the replacement. Beside is within
// a few words and in one clause.

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

// sharesSubject reports whether the word at a, before the word at b, may
// be the subject of b's clause: each clause joined between them goes on
// with the same subject, by "and", "but" or "or" straight before an
// auxiliary ("The runway was built in 1984 and was last resurfaced in
// 2011").
func sharesSubject(ws []word, a, b int) bool {
	if a >= b {
		return false
	}
	for i := a + 1; i < b; i++ {
		if !joins[ws[i].folded] {
			continue
		}
		if f := ws[i].folded; f != "and" && f != "but" && f != "or" || !auxiliaries[ws[i+1].folded] {
			return false
		}
	}
	return true
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

// surelyPuts reports whether a word surely puts one of the concepts cs:
// the question's verbs (doneConcepts), or the kind of answer it asks for
// (namesAnswer).
// It is asked of every word near a figure, a date or a name in the best
// candidates' sentences, so it reads the word's term as a set of one
// without making one.
func (e *Engine) surelyPuts(cs []concept, w word) bool {
	if w.term == "" {
		return false
	}
	var one [1]uint32
	var ts termSet
	if id := e.vocab.id(w.term); id != 0 {
		one[0] = id
		ts = one[:]
	}
	return putsAny(cs, ts)
}

// datedWeight is what a paragraph adds, for a question that asks when,
// beyond dateWeight, when it dates what the question asks was done (see
// datesDone).
const datedWeight = 0.2

// datedNear is how many words from a word of what was done a date may
// stand: "is installed in about eight weeks", "would publish its full
// assessment of the site on June 30".
const datedNear = 6

// datesDone reports whether a sentence of a paragraph gives a date within
// datedNear words of a word that surely puts one of the question's verbs,
// in its clause, and that clause puts a thing the question asks of (or
// the paragraph mentions it as the fact base says, by a pronoun): "the
// temporary transformers ... would stay in place until a permanent
// replacement is installed in about eight weeks" dates "when will the
// burned transformer be replaced properly", and "the Dravik Sea
// Festival ... due to start on June 20" dates no start of the ferry's.
func (e *Engine) datesDone(q question, ref knowledge.Ref) bool {
	return e.datesDoneOf(q, doneConcepts(q, -1), ref)
}

// datesDoneOf is datesDone with the question's verbs read once for all
// its candidates (doneConcepts).
func (e *Engine) datesDoneOf(q question, done []concept, ref knowledge.Ref) bool {
	return e.timesDoneOf(q, done, ref, dateAt, nil)
}

// boundsDoneOf reports whether a sentence of a paragraph bounds what the
// question asks is to be done by a condition, as datesDoneOf reports a
// date: "until", "till" or "once" before a clause, within datedNear words
// after one of the question's own words of what is done, in its clause
// ("This plant will not reopen until we are satisfied that it is safe"
// for "when will the plant reopen", "cannot bring in new hens until
// inspectors have approved the cleaning" for "when can they put new
// hens in"). A condition told of another act ("stay in force until
// reservoir levels are back to normal"), or beside a word of another of
// its senses ("outdoor sport has been banned until further notice" for
// "open"), is no answer, and is left to givesBound's dates.
func (e *Engine) boundsDoneOf(q question, done []concept, ref knowledge.Ref) bool {
	return e.timesDoneOf(q, done, ref, conditionAt, func(ws []word, j, k int) bool { return j < k && ownWord(done, ws[j]) })
}

// ownWord reports whether a word is one of the question's own words of
// the concepts cs, as the reader put it or in another of its forms: not
// a synonym or a neighbour.
func ownWord(cs []concept, w word) bool {
	return w.term != "" && slices.ContainsFunc(cs, func(c concept) bool {
		return len(c.alts) > 0 && slices.Contains(c.alts[0].terms, w.term)
	})
}

// conditionAt reports whether the word at k is "until", "till" or "once"
// with words after it to make a clause of.
func conditionAt(ws []word, k int) bool {
	return conditionWords[ws[k].folded] && k+2 < len(ws)
}

// conditionWords bound what is to be done by what must happen first.
var conditionWords = map[string]bool{"until": true, "till": true, "once": true}

// timesDoneOf is datesDoneOf with at saying where a sentence's words
// tell a time, and act, when not nil, whether the word at j may tell
// what is done at the time at k.
func (e *Engine) timesDoneOf(q question, done []concept, ref knowledge.Ref, at func(ws []word, k int) bool, act func(ws []word, j, k int) bool) bool {
	if len(done) == 0 {
		return false
	}
	var things []concept
	for _, c := range q.concepts {
		if c.noun || c.thing {
			things = append(things, c)
		}
	}
	mentioned := slices.ContainsFunc(things, func(c concept) bool { return c.mentions(ref) })
	putsThing := func(ws []word, at int) bool {
		if len(things) == 0 || mentioned {
			return true
		}
		for m, w := range ws {
			if m != at && (sameClause(ws, m, at) || sharesSubject(ws, m, at)) && e.surelyPuts(things, w) {
				return true
			}
		}
		return false
	}
	return e.anyDoneSentence(q.sents, ref, done, func(ws []word) bool {
		for k := range ws {
			if !at(ws, k) {
				continue
			}
			for j := max(0, k-datedNear); j < min(len(ws), k+datedNear+1); j++ {
				if j != k && sameClause(ws, j, k) && e.surelyPuts(done, ws[j]) && (act == nil || act(ws, j, k)) && putsThing(ws, j) {
					return true
				}
			}
		}
		return false
	})
}
