package engine

import (
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/knowledge"
)

// findingAhead reports whether a paragraph tells of what a question asks
// came of something ("what did the review conclude", "what did the
// ombudsman find") only when it is to come: no sentence of it puts the
// question's verb, and a sentence that puts the question's subject says
// of what is to come nothing but when (see onlyWhenAhead): "a review ...,
// which is due to report by the end of June", "it had opened an inquiry
// into the incident and would report by the end of November". A finding
// is the thing asked, and a date for it is no finding. Unlike
// outcomePending, the words to come need put no other noun of the
// question, and may follow what the one asked of said: "would report by
// the end of November" is no content of what they said, where "said the
// government will spend 5 million" is.
func (e *Engine) findingAhead(q question, ref knowledge.Ref) bool {
	if !q.outcome {
		return false
	}
	q = ofOutcome(q)
	pi := e.vocab.para(ref)
	if pi == nil || len(q.concepts) == 0 {
		return false
	}
	ahead := false
	for i := range pi.sents {
		text := afterDateline(pi.sentence(i))
		ws := e.readText(text)
		if e.putsVerb(q, ws) {
			return false
		}
		if ahead || !putsSubject(q, pi.sents[i].terms()) && !e.resultAhead(ws) {
			continue
		}
		markBreaks(text, ws)
		ahead = e.onlyWhenAhead(ws)
	}
	return ahead
}

// resultAhead reports whether words tell a noun of what comes of
// something as yet to come by "to be" and "due", "expected", "set" or
// "scheduled": "Results are expected within two weeks", "Preliminary
// findings are expected within three weeks". Such a sentence speaks of
// what the question asks came of, whatever it calls the one asked of
// ("the necropsy results", "the blood and skin tests").
func (e *Engine) resultAhead(ws []word) bool {
	for k := 2; k < len(ws); k++ {
		if toComeWords[ws[k].folded] && beBefore[ws[k-1].folded] && e.outcomeNoun(ws[k-2]) {
			return true
		}
	}
	return false
}

// outcomeNoun reports whether a word is a noun WordNet puts under what
// comes of something done (see outcomeKinds): "results", "findings" (a
// noun of its own too, so its singular is asked), "a ruling".
func (e *Engine) outcomeNoun(w word) bool {
	wn := e.lex.wn
	if wn == nil || w.term == "" {
		return false
	}
	for _, n := range []string{nounLemma(wn, w.folded), trimPlural(w.folded)} {
		if wn.POS(n)&wordnet.Noun != 0 && outcomeKind(wn, n) {
			return true
		}
	}
	return false
}

// putsVerb reports whether words put a verb of the question, outside the
// words of a time: "end up concluding" is not put by "by the end of
// November".
func (e *Engine) putsVerb(q question, ws []word) bool {
	for _, w := range ws {
		if w.term == "" || timeWord(w.folded) || e.pluralGerund(w.folded) {
			continue
		}
		one := e.vocab.set([]string{w.term})
		for _, c := range q.concepts {
			if !c.thing && !c.aside && !c.modifier && e.verbConcept(c) && c.sureMatch(one) > 0 {
				return true
			}
		}
	}
	return false
}

// pluralGerund reports whether a word is the plural of a noun made of a
// verb's "-ing" ("findings", "hearings", "proceedings"), which no form of
// the verb is: "his findings will be published" puts no finding done.
// "Brings", "things" and "springs" end so too, but no verb's "-ing" is
// their singular.
func (e *Engine) pluralGerund(w string) bool {
	one, ok := strings.CutSuffix(w, "s")
	wn := e.lex.wn
	if !ok || !strings.HasSuffix(one, "ing") || wn == nil {
		return false
	}
	return slices.ContainsFunc(wn.Lemmas(one), func(l string) bool { return l != one && wn.POS(l)&wordnet.Verb != 0 })
}

// onlyWhenAhead reports whether words tell something as yet to come by a
// modal of the future or "due", "expected", "set" or "scheduled" ("will",
// "is due to") and then, up to the end of that clause, at most one verb,
// a result as its object (see resultObject) and when: "due to report by
// the end of June", "expected to report in the autumn", "would report by
// the end of November", "are expected within three weeks", "due to
// deliver initial findings by the end of June". Anything else after it tells what is to come
// ("will spend 5 million on roads", "would begin measuring the chemical
// make-up of the gas"), not only when.
func (e *Engine) onlyWhenAhead(ws []word) bool {
	for k, w := range ws {
		f := w.folded
		var j int
		switch {
		case f == "will" || f == "would" || f == "shall":
			j = k + 1
		case f == "to" && k+1 < len(ws) && e.infinitiveVerb(ws[k+1]):
			// An infinitive tells what is not done yet: "asked an
			// independent panel ... to report by the end of April".
			j = k + 1
		case toComeWords[f] && k+1 < len(ws) && !ws[k+1].brk && (f == "due" || f == "expected" || k > 0 && beBefore[ws[k-1].folded]):
			j = k + 1
			if ws[j].folded == "to" {
				j++
			}
		default:
			continue
		}
		if j < len(ws) && ws[j].folded == "be" {
			j++
		}
		if j >= len(ws) || ws[j].brk || goesOn[ws[j].folded] {
			continue
		}
		verb, object, when := false, false, false
		m := j
		for ; m < len(ws) && (m == j || !ws[m].brk) && ws[m].folded != "and"; m++ {
			switch x := ws[m].folded; {
			case timeWord(x) || isYear(x) || isNumberWord(x) && m+1 < len(ws) && timeWord(ws[m+1].folded):
				when = true
			case when && x == "to" && m+1 < len(ws) && e.infinitiveVerb(ws[m+1]):
				// "would meet on Saturday to discuss the strike": what
				// follows is what it comes for, nothing come of it.
				m = len(ws)
			case ws[m].term == "" || whenPrepositions[x] || isNumberWord(x):
			case !verb && m == j:
				verb = true
			case verb && !object && !when && e.resultObject(ws, m) >= 0:
				// "due to deliver initial findings by the end of June":
				// what is to come is the result itself, no content of it.
				object = true
				m = e.resultObject(ws, m)
			default:
				when = false
				m = -1
			}
			if m < 0 {
				break
			}
		}
		if m >= 0 && when {
			return true
		}
	}
	return false
}

// resultObject returns where an object at ws[m:] ends that is a noun of
// what comes of something (see outcomeNoun) after at most a determiner
// and adjectives ("initial findings", "its verdict", "a ruling"); else
// -1.
func (e *Engine) resultObject(ws []word, m int) int {
	wn := e.lex.wn
	if wn == nil {
		return -1
	}
	k := m
	for k < len(ws) && !ws[k].brk && (determiners[ws[k].folded] || wn.POS(ws[k].folded)&wordnet.Adjective != 0 && !e.outcomeNoun(ws[k])) {
		k++
	}
	if k >= len(ws) || k > m && ws[k].brk || !e.outcomeNoun(ws[k]) {
		return -1
	}
	return k
}

// infinitiveVerb reports whether a word is one WordNet knows as a verb and no
// time: "report" of "to report by June", not "June" of "to June 12".
func (e *Engine) infinitiveVerb(w word) bool {
	wn := e.lex.wn
	return wn != nil && w.term != "" && !timeWord(w.folded) && wn.POS(w.folded)&wordnet.Verb != 0
}

// toComeWords tell, before "to" and a verb or before a time, that
// something is yet to come: "is due to report", "expected within three
// weeks", "is set for June 12" (after "be" alone, but for "due" and
// "expected": "the council set fares" tells something done).
var toComeWords = map[string]bool{"due": true, "expected": true, "set": true, "scheduled": true, "slated": true}

// whenPrepositions put a time: "by the end of June", "within 30 days".
var whenPrepositions = map[string]bool{"by": true, "in": true, "on": true, "within": true, "before": true, "until": true, "for": true, "at": true, "of": true, "from": true, "after": true, "early": true, "late": true}

// timeWord reports whether a word names a time or a point of one: a
// month or weekday, a season, a span ("weeks"), a time ahead ("next
// week"), or the end or start of one.
func timeWord(w string) bool {
	return timeNames[w] || seasons[w] || timeAhead[w] || periodWords[w] || periodWords[trimPlural(w)] || timePoints[w]
}

// timePoints are the points of a time: "the end of June".
var timePoints = map[string]bool{"end": true, "start": true, "beginning": true, "middle": true, "close": true, "next": true, "later": true, "soon": true}

// trimPlural drops a plural's "s": "weeks", "days".
func trimPlural(w string) string {
	if len(w) > 1 && w[len(w)-1] == 's' {
		return w[:len(w)-1]
	}
	return w
}

// aheadReason is why the coverage cannot say what a question asks came
// of something when the best paragraph tells only when it is to come
// (see findingAhead), in the reader's own words for the one asked of:
// "It says only when to expect it from the “aviation regulator”, not
// what came of it."
func aheadReason(q question) string {
	q = ofOutcome(q)
	var of []string
	for _, c := range q.concepts {
		if !c.noun && !c.thing && !c.name && !c.modifier {
			break
		}
		of = append(of, strings.TrimSuffix(strings.TrimSuffix(c.label, "'s"), "’s"))
		if !c.modifier {
			break
		}
	}
	if len(of) == 0 {
		return "It says only when to expect it, not what came of it."
	}
	return "It says only when to expect it from the “" + strings.Join(of, " ") + "”, not what came of it."
}

// putsSubject reports whether a sentence's terms put the question's
// subject by any of its noun or name concepts before its verb: "the
// review" of "what did saltash's review conclude", not only "saltash's".
func putsSubject(q question, ts termSet) bool {
	for i, c := range q.concepts {
		if i > 0 && !c.noun && !c.thing && !c.name && !c.modifier {
			break
		}
		if c.sureMatch(ts) > 0 {
			return true
		}
	}
	return false
}
