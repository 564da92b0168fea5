package engine

import (
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/knowledge"
)

// asksOutcome reports whether a question asks what came of something
// done: "what" or "how" before "did" ("what did the review conclude",
// "how did the vote go"). Not "when", "where" or "who did": a paragraph
// that tells the rest as yet to come may still give that detail.
func asksOutcome(ws []word) bool {
	return len(ws) > 2 && (ws[0].folded == "what" || ws[0].folded == "how") && ws[1].folded == "did" || asksOutcomeOf(ws)
}

// asksOutcomeKind reports whether a question asks what came of something
// done by "what" or "which" and a noun for a kind of what comes of it
// before "did": "what verdict did the coroner reach", "what value did
// the panel put on the hoard", "which way did the senate vote" (a way
// gone is the outcome of a vote). The noun is of that kind by WordNet
// (a judgment, decision, result, finding or value), not by a list.
func asksOutcomeKind(wn *wordnet.WordNet, ws []word) bool {
	if len(ws) < 4 || ws[0].folded != "what" && ws[0].folded != "which" || ws[2].folded != "did" {
		return false
	}
	n := ws[1].folded
	if ws[0].folded == "which" && n == "way" {
		return true
	}
	if wn == nil || ws[1].term == "" {
		return false
	}
	return outcomeKind(wn, nounLemma(wn, n))
}

// outcomeKind reports whether WordNet puts a noun lemma under one of the
// outcomeKinds ("verdict", "ruling", "findings").
func outcomeKind(wn *wordnet.WordNet, lemma string) bool {
	return slices.ContainsFunc(outcomeKinds, func(of string) bool { return wn.KindOf(lemma, of, 4) })
}

// outcomeKinds are the WordNet nouns whose kinds are what comes of
// something done (see asksOutcomeKind).
var outcomeKinds = []string{"judgment", "decision", "result", "finding", "value"}

// asksOutcomeOf reports whether a question asks what came of something
// by a noun for what comes of it: "what was the result of the senate
// vote", "so what was the outcome of the ballot" (a leading "so" or
// "and" is the reader's own).
func asksOutcomeOf(ws []word) bool {
	if len(ws) > 0 && (ws[0].folded == "so" || ws[0].folded == "and") {
		ws = ws[1:]
	}
	return len(ws) > 4 && ws[0].folded == "what" && beBefore[ws[1].folded] && ws[2].folded == "the" && outcomeNoun[ws[3].folded] && ws[4].folded == "of"
}

// outcomeNoun are the nouns for what came of something done.
var outcomeNoun = map[string]bool{"result": true, "outcome": true, "verdict": true}

// ofOutcome returns a question that asks what came of something by a
// noun for what comes of it (see asksOutcomeOf) as the thing asked of
// alone: without that noun, so that its subject is the thing asked of
// ("the senate vote"), which the checks of what is told as yet to come
// look for, and without its words that are not nouns or names, which
// tell what the thing is about ("on disciplining Calloway", "the
// disciplinary hearing"), not something asked done; one that asks it by
// a noun for a kind of what comes of it before "did" (see
// asksOutcomeKind) without that noun: "way" of "which way did the senate
// vote" is what is asked, not what is asked of; else the question.
func ofOutcome(q question) question {
	if q.outcomeKind {
		q.concepts = q.concepts[1:]
		return q
	}
	if !q.outcomeOf || len(q.concepts) < 2 {
		return q
	}
	var cs []concept
	for _, c := range q.concepts[1:] {
		if c.noun || c.thing || c.name {
			cs = append(cs, c)
		}
	}
	if len(cs) == 0 {
		return q
	}
	q.concepts = cs
	return q
}

// outcomePending reports whether a paragraph tells what a question asks
// came of something only as still to come: its sentences that put the
// most of the question tell it as yet to come (see toldPending), one
// that puts the question's subject tells the very thing asked of as yet
// to come, not as what the one asked of said would follow (see
// pendingUnreported), and no sentence puts the question's verb ("how
// did the assembly vote go": "The assembly is due to vote next month";
// "what did Aasgard tell the culture committee at the hearing": "Aasgard
// is due to be questioned by the Quornish parliament's culture committee
// at a hearing next month").
func (e *Engine) outcomePending(q question, ref knowledge.Ref) bool {
	q = ofOutcome(q)
	if !q.outcome || !e.toldPending(q, ref) {
		return false
	}
	pi := e.vocab.para(ref)
	if !e.pendingUnreported(q, pi) {
		return false
	}
	for i := range pi.sents {
		ts := pi.sents[i].terms()
		for _, c := range q.concepts {
			if !c.thing && !c.aside && e.verbConcept(c) && c.sureMatch(ts) > 0 {
				return false
			}
		}
	}
	return true
}

// pendingUnreported reports whether a sentence of a paragraph that puts
// the question's subject tells a noun of the question as yet to come
// (see putsAfter), other than as what the one asked of said would
// follow: "At a hearing in April, Deputy Attorney General Sofia Marek
// told the justices that a warrant requirement would ..." tells what the
// state's lawyer argued, though "Rosa Vint said she would table
// questions in parliament next week" tells nothing she asked there.
func (e *Engine) pendingUnreported(q question, pi *paraInfo) bool {
	for i := range pi.sents {
		if q.concepts[0].sureMatch(pi.sents[i].terms()) == 0 {
			continue
		}
		ws := e.readText(afterDateline(pi.sentence(i)))
		at := pendingAt(ws)
		if at < 0 {
			continue
		}
		reported := false
		for k := 0; k < at && !reported; k++ {
			reported = framing[ws[k].folded] && (e.saidBySubject(q, ws[:k]) || e.namesAsked(q, ws[:k]))
		}
		if (!reported || aheadNamed(ws)) && (q.outcomeOf || e.putsAfter(q, ws[at:])) {
			return true
		}
	}
	return false
}

// putsAfter reports whether words told as yet to come put a noun of the
// question other than its subject: what is asked of is itself to come
// ("is due to be questioned by the culture committee at a hearing next
// month"), not only what someone said would follow ("the government will
// spend 5 million" for "what did the government announce").
func (e *Engine) putsAfter(q question, ws []word) bool {
	ts := e.wordTerms(ws)
	for i, c := range q.concepts {
		if i > 0 && c.noun && c.sureMatch(ts) > 0 {
			return true
		}
	}
	return false
}

// namesAsked reports whether words name a person the question asks of:
// by name, as the one the fact base says its noun stands for, or, for a
// person asked of by a noun the fact base gives no one ("the state's
// lawyer"), by any name: the one the sentence has speaking may be them.
func (e *Engine) namesAsked(q question, ws []word) bool {
	if slices.ContainsFunc(q.concepts, func(c concept) bool {
		return c.thing && !c.name && !c.aside && e.lex.wn.Person(nounLemma(e.lex.wn, c.label))
	}) {
		for k := 1; k < len(ws); k++ {
			if isCapitalised(ws[k].surface) {
				return true
			}
		}
	}
	ts := e.wordTerms(ws)
	persons := personsOf(q)
	for _, h := range q.held {
		persons = append(persons, h.members...)
	}
	for _, en := range persons {
		if e.names(en, ts) {
			return true
		}
	}
	return false
}

// aheadNamed reports whether words name a time ahead: "next week".
func aheadNamed(ws []word) bool {
	for k := 0; k+1 < len(ws); k++ {
		if ws[k].folded == "next" && timeAhead[ws[k+1].folded] {
			return true
		}
	}
	return false
}

// pendingReason is why the coverage cannot say what a question asks
// when the best paragraph tells it only as still to come, in the
// reader's own words: the nouns of what it asks came of ("It tells only
// what is still to come, where it speaks of “vote”").
func pendingReason(q question) string {
	if !q.outcome {
		return "It tells that only as still to come, not as done."
	}
	var of []string
	for i, c := range q.concepts {
		if i > 0 && c.noun && !c.modifier {
			of = append(of, "“"+c.label+"”")
		}
	}
	if len(of) == 0 {
		return "It tells only what is still to come, not what came of it."
	}
	return "It tells only what is still to come, where it speaks of " + strings.Join(of, " and ") + "."
}
