package engine

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coveragebot/coveragebot/knowledge"
)

// asksDone reports whether a question asks whether something was done
// ("did the council vote to ...", "did the senate pass it"): a paragraph
// that tells it only as still to come ("will vote next month", "is due
// to decide", "would ask the cabinet to declare") does not answer it.
func asksDone(ws []word) bool {
	return len(ws) > 1 && doneAux[ws[0].folded] && !pending(ws[1:]) && !slices.ContainsFunc(ws, func(w word) bool { return w.folded == "gonna" || w.folded == "going" })
}

// toldPending reports whether the sentences of a paragraph that put the
// most of a question's concepts all tell what they say as yet to come
// (see pending): "The full council will vote on Nov. 19 on a recovery
// plan" says nothing of whether the plan passed. A paragraph none of
// whose sentences puts a concept is not judged so.
func (e *Engine) toldPending(q question, ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	if pi == nil {
		return false
	}
	// Of the sentences that put the most, some tell it as yet to come
	// and none tells otherwise: one that puts none of the question's
	// words but its things tells nothing either way ("The bill now goes
	// to the Senate" beside "a full Senate vote is expected on March
	// 27"), unless the question has no other words ("did the govt have
	// to ok it": "The Ministry of Education granted the authority an
	// exemption", where what is done is put in other words).
	asksVerb := slices.ContainsFunc(q.concepts, func(c concept) bool { return !c.thing && !c.name })
	best, pendingSeen, otherSeen := 0, false, false
	for i := range pi.sents {
		ts := pi.sents[i].terms()
		n, verbs := 0, !asksVerb
		for _, c := range q.concepts {
			if c.sureMatch(ts) > 0 {
				n++
				verbs = verbs || !c.thing && !c.name
			}
		}
		if n == 0 || n < best {
			continue
		}
		ws := e.readText(afterDateline(pi.sentence(i)))
		p := false
		if at := pendingAt(ws); at >= 0 && q.concepts[0].sureMatch(ts) > 0 {
			p = !e.toldBefore(q, ws[:at])
		}
		if n > best {
			best, pendingSeen, otherSeen = n, false, false
		}
		pendingSeen = pendingSeen || p
		otherSeen = otherSeen || !p && verbs
	}
	return best > 0 && pendingSeen && !otherSeen
}

// toldBefore reports whether words put a verb of the question: said
// before a modal of the future, the verb is told as done ("Carriers
// warned the shutdown would hit them hard" tells that they warned). Not
// a word of the question that qualifies the noun after it or is said in
// passing ("did the strike ballot pass": "The union's strike ballot will
// run"), nor a word that is mostly a noun unless the sentence puts it
// in a past form ("voted", not "ballot"), nor a verb the sentence puts
// as not done itself (see toldUndone: "He asked that the jawbones be
// kept"), nor a plain verb of saying whose subject is not the
// question's (see saidBySubject).
func (e *Engine) toldBefore(q question, ws []word) bool {
	for k, w := range ws {
		if w.term == "" || toldUndone(ws, k) || framing[w.folded] && !e.saidBySubject(q, ws[:k]) {
			continue
		}
		one := e.vocab.set([]string{w.term})
		past := strings.HasSuffix(w.folded, "ed")
		for _, c := range q.concepts {
			if !c.thing && !c.name && !c.modifier && !c.aside && (!c.noun || past) && c.sureMatch(one) > 0 {
				return true
			}
		}
	}
	return false
}

// toldUndone reports whether the k-th of words tells nothing done of
// its own: it comes after "be", "to" or a modal ("must still be
// approved", "asked that the jawbones be kept"), or is capitalised
// inside the sentence, a word of a name ("the Federal Trade Commission
// has been examining" tells no trade done).
func toldUndone(ws []word, k int) bool {
	if k == 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(ws[k].surface); unicode.IsUpper(r) {
		return true
	}
	p := ws[k-1].folded
	return p == "be" || p == "to" || modal[p]
}

// saidBySubject reports whether the words before a plain verb of saying
// put the question's subject, its first thing: then the saying is what
// is asked ("did the race director say sorry": "Pelloway said Brightline
// would co-operate" tells he said something). Else the verb frames the
// news that follows, told as yet to come ("did the funds board say yes":
// "The Global Immunisation Fund ... said its board would decide").
func (e *Engine) saidBySubject(q question, ws []word) bool {
	i := slices.IndexFunc(q.concepts, func(c concept) bool { return (c.thing || c.name) && !c.modifier })
	if i < 0 {
		return false
	}
	var terms []string
	for _, w := range ws {
		if w.term != "" {
			terms = append(terms, w.term)
		}
	}
	return q.concepts[i].sureMatch(e.vocab.set(terms)) > 0
}

// framing are the plain verbs of saying a report frames its news with:
// what is said after them is the news, not the saying.
var framing = map[string]bool{"said": true, "says": true, "say": true, "saying": true, "told": true, "tells": true, "added": true}

// modal are the modal verbs, after which a verb tells nothing done.
var modal = map[string]bool{"will": true, "would": true, "shall": true, "should": true, "must": true, "may": true, "might": true, "can": true, "could": true}

// pending reports whether words tell what they say as yet to come or
// undecided, and deny nothing (see pendingAt).
func pending(ws []word) bool { return pendingAt(ws) >= 0 }

// pendingAt returns where words first tell what they say as yet to come
// or undecided: a modal of the future ("will vote", "would decide"), "is
// due to", "is expected", "is set to", "plans to", "whether", "next
// month"; -1 if they do not, or deny something: a negation may answer
// ("would not pay", "has not yet decided").
func pendingAt(ws []word) int {
	at := -1
	for k, w := range ws {
		f := w.folded
		future := false
		switch {
		case f == "not" || f == "never" || f == "no" || strings.HasSuffix(f, "n't") || strings.HasSuffix(f, "n’t"):
			return -1
		case f == "will" || f == "would" || f == "shall" || strings.HasSuffix(f, "'ll") || strings.HasSuffix(f, "’ll"):
			// "will stay closed", "will remain in place" tell it is so
			// now, and goes on.
			future = k+1 == len(ws) || !goesOn[ws[k+1].folded]
		case f == "whether":
			future = true
		case undecided[f] && k > 0 && (beBefore[ws[k-1].folded] || ws[k-1].folded == "still"):
			future = true // "a request the council said it was considering"
		case (f == "due" || f == "expected" || f == "set" || f == "scheduled" || f == "slated") && k > 0 && beBefore[ws[k-1].folded]:
			future = true
		case (f == "plans" || f == "plan" || f == "planned" || f == "intends" || f == "aims") && k+1 < len(ws) && ws[k+1].folded == "to":
			future = true
		case f == "next" && k+1 < len(ws) && timeAhead[ws[k+1].folded]:
			future = true
		}
		if future && at < 0 {
			at = k
		}
	}
	return at
}

// beBefore are the forms of "to be" before "due", "expected" or "set" in
// "is due to vote", "a vote is expected on March 27".
var beBefore = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "'s": true}

// timeAhead are the spans "next" puts ahead: "next month", "next week".
var timeAhead = map[string]bool{"week": true, "month": true, "year": true, "weekend": true, "spring": true, "summer": true, "autumn": true, "fall": true, "winter": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// doneAux are the first words of a question that asks whether something
// was done or so: "did the senate pass it", "has anyone been charged",
// "was the driver charged".
var doneAux = map[string]bool{"did": true, "has": true, "have": true, "was": true, "were": true}

// goesOn are the verbs that after a modal of the future tell a state that
// holds now and goes on: "will stay closed", "will remain shut".
var goesOn = map[string]bool{"stay": true, "remain": true, "continue": true, "keep": true}

// undecided are the verbs whose progressive tells a matter still open:
// "was considering", "has been examining", "is seeking".
var undecided = map[string]bool{"considering": true, "examining": true, "weighing": true, "reviewing": true, "seeking": true, "investigating": true, "discussing": true, "negotiating": true, "deciding": true}
