package engine

import (
	"cmp"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/coveragebot/coveragebot/knowledge"
)

// eventWeight discounts a match on an event's summary against one on the
// article's own words.
const eventWeight = 0.9

// indexWeight is how much the index's score, relative to the best hit, adds
// to a paragraph's coverage of the question.
const indexWeight = 0.4

// candidate is a paragraph that may answer, with what the stages found.
type candidate struct {
	ref      knowledge.Ref
	index    float64 // the index's score, relative to the best hit
	coverage float64 // the share of the question's weight it answers
	// similarity is the best cosine of a sentence's bag vector with the
	// question's (only for the best few).
	similarity float64
	score      float64 // the signals fused
	// doer: for a "who" question, a sentence names someone beside what
	// it asks was done (see namesDoer), or before a relative "who" and
	// it (see namesByRelative).
	doer bool
	// bound: for a "when" question of what is to come, it bounds a time
	// (see givesBound).
	bound bool
	// dated: for a question that itself asks when (see
	// question.whenItself), it gives a date (see givesDate).
	dated bool
	// earlier: for a "has it happened before" question, it goes back
	// beyond its story's days (see goesBack).
	earlier bool
}

// score is stage 3: it fuses the index's score with how much of the
// question each paragraph answers, counting what the curated events say of
// it and mentions of its entities by pronoun. Best first.
func (e *Engine) score(q question, hits map[knowledge.Ref]float64) []candidate {
	top := 0.0
	for _, s := range hits {
		top = max(top, s)
	}
	// timed is the bit of the noun a "what time" question asks for, when
	// the paragraph ref gives a time of day: "at 4:52 a.m." answers the
	// "time" of "what time did the barge smash into it" whatever its words.
	// A part of the day the question names ("in the morning") is
	// answered by a time in it, and a paragraph whose every time is
	// outside it ("shortly after noon") gives no time asked.
	clock := clockConcept(q)
	part, partSpan := dayPartConcept(q)
	timed := func(ref knowledge.Ref) uint64 {
		if clock < 0 || ref.Paragraph == 0 {
			return 0
		}
		pi := e.vocab.para(ref)
		if pi == nil || pi.figures&(1<<figureTime) == 0 {
			return 0
		}
		if part >= 0 {
			switch fits, misses := e.dayPartFit(ref, partSpan); {
			case fits:
				return 1<<clock | 1<<part
			case misses:
				return 0
			}
		}
		return 1 << clock
	}
	// tallied is the bit of the word a question asks a tally by, when
	// the paragraph ref tells one: "by 41 votes to 39" answers the
	// "tally" of "what was the final tally" whatever its words.
	tally := tallyConcept(q)
	tallied := func(ref knowledge.Ref) uint64 {
		if tally < 0 || ref.Paragraph == 0 || !e.vocab.article(ref.Article).talliesAt(ref.Paragraph) {
			return 0
		}
		return 1 << tally
	}
	// lasted is the bit of the word a "how long did it take" question
	// asks a span by, when a sentence of the paragraph ref gives one:
	// "stretched to almost 20 hours" answers the "long" of "how long did
	// the session drag on" whatever its words.
	span := spanConcept(q)
	lasted := func(ref knowledge.Ref) uint64 {
		if span < 0 || ref.Paragraph == 0 || !e.givesSpanOfTime(ref) {
			return 0
		}
		return 1 << span
	}
	// cover is the coverage of a text of the terms of ts taken together.
	cover := func(ref knowledge.Ref, ts ...termSet) float64 {
		all := ts[0]
		for _, t := range ts[1:] {
			all = all.union(t)
		}
		return givenCoverage(q, all, ref, timed(ref)|tallied(ref)|lasted(ref))
	}
	// quoted is the coverage of a paragraph of terms ts, or of it with
	// one of its quotes' words and speaker, whichever is more.
	quoted := func(ref knowledge.Ref, ts termSet, quotes []quoteTerms) float64 {
		cov := cover(ref, ts)
		for _, qt := range quotes {
			cov = max(cov, cover(ref, ts, qt.words, qt.speaker))
		}
		return cov
	}
	// eventTimed is timed of an event's summary.
	eventTimed := func(ev *eventTerms) uint64 {
		if clock < 0 || len(ev.clocks) == 0 {
			return 0
		}
		return 1 << clock
	}
	// eventCover is the coverage of an event's summary.
	eventCover := func(ev *eventTerms) float64 {
		return givenCoverage(q, ev.terms, knowledge.Ref{}, eventTimed(ev))
	}
	if m, ok := newMatcher(q); ok {
		eventCover = func(ev *eventTerms) float64 { return m.cover(q, m.has(ev.terms), eventTimed(ev)) }
		cover = func(ref knowledge.Ref, ts ...termSet) float64 {
			var has uint64
			for _, t := range ts {
				has |= m.has(t)
			}
			mentioned := timed(ref) | tallied(ref) | lasted(ref)
			if ref.Paragraph > 0 {
				mentioned |= m.mentioned(ref)
			}
			return m.cover(q, has, mentioned)
		}
		// The paragraph's terms are read, and its mentions looked up,
		// once for all its quotes: as matcher.coverage of them together.
		quoted = func(ref knowledge.Ref, ts termSet, quotes []quoteTerms) float64 {
			has, mentioned := m.has(ts), m.mentioned(ref)|timed(ref)|tallied(ref)|lasted(ref)
			cov := m.cover(q, has, mentioned)
			for _, qt := range quotes {
				cov = max(cov, m.cover(q, has|m.has(qt.words)|m.has(qt.speaker), mentioned))
			}
			return cov
		}
	}
	factual := asksFact(q)
	cands := candidateRooms.borrow(len(hits))
	for ref, s := range hits {
		cands = append(cands, candidate{ref: ref, index: s / top})
	}
	// In order of their refs, so that an article's candidates are judged
	// one after another, from its part looked up once and read while in
	// the cache: a look-up of the article for each candidate was a sixth
	// of judging them at 100,000 paragraphs. (The order they are judged in
	// changes no score, and they are sorted by score after.)
	slices.SortFunc(cands, func(x, y candidate) int {
		if c := strings.Compare(x.ref.Article, y.ref.Article); c != 0 {
			return c
		}
		return cmp.Compare(x.ref.Paragraph, y.ref.Paragraph)
	})
	// Each candidate is judged alone, from what the engine read when it
	// analyzed the coverage (cover and the vocabulary are only read): on
	// more than one core, the two halves at once. A candidate's cost is
	// mostly its paragraph's and events' memory, which another core
	// reaches as fast.
	judge := func(cands []candidate) {
		eventCov := map[*eventTerms]float64{}
		var quotes []quoteTerms
		var events []*eventTerms
		var told []termSet
		var room toldRoom
		var a *partAt
		for i := range cands {
			c := &cands[i]
			if i == 0 || c.ref.Article != cands[i-1].ref.Article {
				a = e.vocab.article(c.ref.Article)
			}
			pt := a.para(c.ref.Paragraph)
			if pt != nil {
				// A quote's topics, as the editor put them, and what its
				// speaker is ("the coach") count with the paragraph's
				// words.
				quotes = a.appendQuotesAt(quotes[:0], c.ref.Paragraph)
				c.coverage = quoted(c.ref, pt.terms, quotes)
			}
			// What the curated events of this paragraph say counts too.
			events = a.appendEventsAt(events[:0], c.ref.Paragraph)
			for _, ev := range events {
				cov, ok := eventCov[ev]
				if !ok {
					cov = eventCover(ev) * eventWeight
					eventCov[ev] = cov
				}
				c.coverage = max(c.coverage, cov)
			}
			// What the fact base says of someone the paragraph alone
			// mentions (their role) ranks it with its words, but is not
			// its text: it does not make a paragraph answer a question
			// it would not answer, so it leaves coverage as it is.
			ranked := c.coverage
			if rs := a.rolesAt(c.ref.Paragraph); len(rs) > 0 && pt != nil {
				ts := pt.terms
				for _, r := range rs {
					ts = ts.union(r.terms)
				}
				ranked = max(ranked, cover(c.ref, ts))
			}
			// A question that asks a fact is ranked by what the reporter
			// tells (see asksFact): words of the question that the
			// paragraph has only inside quotations ("He wants the money
			// back," his lawyer said) rank it no higher, for people
			// quoted speak of everything in the story's own words. What
			// the fact base says of the paragraph still counts: its
			// events, the roles of those it mentions, who speaks.
			if factual && pt != nil && hasQuoteMark(pt.text) {
				// (An empty set closes the list: cover needs one.)
				told = append(e.appendTold(told[:0], q, pt, &room), nil)
				byTold := cover(c.ref, told...)
				for _, qt := range quotes {
					byTold = max(byTold, cover(c.ref, append(told, qt.speaker)...))
				}
				for _, ev := range events {
					byTold = max(byTold, eventCov[ev])
				}
				if rs := a.rolesAt(c.ref.Paragraph); len(rs) > 0 {
					withRoles := told
					for _, r := range rs {
						withRoles = append(withRoles, r.terms)
					}
					byTold = max(byTold, cover(c.ref, withRoles...))
				}
				ranked = min(ranked, byTold)
			}
			// How much of the question a paragraph answers comes first:
			// one that repeats a word many times does not beat one that
			// answers all of it. The index's score breaks ties and
			// favours the paragraph that is about the question's words.
			c.score = ranked + indexWeight*math.Sqrt(c.index)
		}
	}
	if half := len(cands) / 2; half >= minJudgedApart && runtime.GOMAXPROCS(0) > 1 {
		var wg sync.WaitGroup
		wg.Go(func() { judge(cands[half:]) })
		judge(cands[:half])
		wg.Wait()
	} else {
		judge(cands)
	}
	sortCandidates(cands)
	// The paragraph that first names the leader asked for ranks higher.
	for i := range cands {
		if slices.Contains(q.leaders, cands[i].ref) {
			cands[i].score += leaderWeight
		}
	}
	// The best few are also compared as wholes: the question's words and
	// a sentence's, as bags of vectors, which sees a paraphrase that shares
	// no word ("Who will speak for Moscow?" and "Peskov will represent
	// Russia"). A paragraph that gives a date for "when" (more when
	// beside what the question asks was done), an amount of
	// what "how much" asks of, an earlier time
	// for "has it happened before", a reason for "why" or a condition for
	// "what happens if", someone named beside what a "who" question says
	// was done (more as the agent of a passive, "operated by Brenmoor
	// Line", or beside a noun for its doer, "the syndicate's organiser")
	// or beside the kind a "which" question asks for, the words asked for
	// about what they are asked about, or a quote of the one a "what did
	// they say" question asks of, adds a little.
	if q.vector != nil {
		if q.sents == nil { // (Ask lends one that decide reads on with)
			q.sents = borrowSentenceMemo()
			defer q.sents.release()
		}
		var topics []concept // what they are asked to have said something about
		if q.saying {
			topics = e.topicsOfWords(q)
		}
		done, kinds := doneConcepts(q, -1), answerKinds(q) // read once for all candidates
		heard, lay := false, []int(nil)                    // (see layPersons)
		layOf := map[string][]knowledge.Entity{}           // each article's lay speakers, read once
		for i := range cands[:min(len(cands), semanticPool)] {
			c := &cands[i]
			c.similarity = e.similarity(q.vector, c.ref)
			// A paragraph that goes on about one the question names,
			// by a surname or a pronoun, is compared with what is asked
			// of them: it does not repeat the words that introduced them.
			if q.restVector != nil && e.mentionsOtherwise(q, c.ref) {
				c.similarity = max(c.similarity, e.similarity(q.restVector, c.ref))
			}
			c.score += similarityWeight * max(0, c.similarity-similarityFloor)
			if q.when && e.givesDate(c.ref) {
				c.dated = q.whenItself
				c.score += dateWeight
				if e.datesDoneOf(q, done, c.ref) {
					c.score += datedWeight
				}
				if !q.whenPast && e.givesDay(c.ref) {
					c.score += dayWeight
				}
			}
			if q.when && !q.whenPast && e.givesBound(c.ref) {
				c.bound = true
				c.score += boundWeight
			} else if q.when && !q.whenPast && e.boundsDoneOf(q, done, c.ref) {
				// A condition after the question's own word of what
				// is done bounds it as a date beside that word does:
				// it adds a bound's weight and a dated one's
				// (boundsDoneOf).
				c.bound = true
				c.score += boundWeight + datedWeight
			}
			if clock >= 0 && timed(c.ref) != 0 {
				c.score += dateWeight // a time of day, as a date for "when"
			}
			if tally >= 0 && e.vocab.article(c.ref.Article).talliesWholeAt(c.ref.Paragraph) {
				c.score += countWeight // a tally, as a count for "how many"
			}
			if q.where && e.givesPlace(q, c.ref) {
				c.score += placeWeight
			}
			if back := 0; q.before {
				if back = e.goesBack(c.ref); back > 0 {
					c.earlier = true
					c.score += beforeWeight
				}
				if back > 1 {
					c.score += againWeight
				}
			}
			if q.often && e.givesFrequency(c.ref) {
				c.score += countWeight // how often it happens is the answer, as a count is
			}
			if q.figure == figureCount && len(q.counted) > 0 {
				if counts, beside := e.countsIt(q, c.ref); counts {
					c.score += countWeight
					if beside {
						c.score += doneWeight
					}
				}
			}
			if q.length != dimNone && q.length != dimSize && e.givesDimension(q, c.ref) {
				c.score += dimensionWeight
			}
			if q.figure == figureAny && e.measuresIt(q, c.ref) {
				c.score += countWeight // an amount of it is the answer, as a count is
			}
			if len(q.others) > 0 && (e.tellsOfOthers(q, c.ref) || e.namesOthersOfKind(q, c.ref)) {
				c.score += othersWeight
			}
			if len(q.fate) > 0 && e.tellsFate(q, c.ref) {
				c.score += fateWeight
			}
			if q.degree && e.givesDegree(q, c.ref) {
				c.score += degreeWeight
			}
			if (q.why || q.ifThen) && e.givesReason(q, c.ref) || q.why && e.quotesDoer(q, c.ref) {
				c.score += reasonWeight
			}
			if e.namesBesideOne(q, c.ref, kinds) {
				c.score += answerWeight
			}
			if q.who && (e.namesDoer(q, done, c.ref) || e.namesByRelative(q, done, c.ref)) {
				c.doer = true
				c.score += doerWeight
				if e.namesAgent(q, done, c.ref) || e.namesByAgentNoun(q, done, c.ref) {
					c.score += agentWeight
				}
			} else if q.who && (e.namesPersonAgent(q, done, c.ref) || e.namesAgent(q, done, c.ref)) {
				// A person the story names by a noun ("a woman walking
				// her dog") is as much the doer as one it names, and the
				// agent of a passive named past when it was done
				// ("founded in 2009 by former pilot Pieter Vandeck")
				// as one named beside the verb.
				c.doer = true
				c.score += doerWeight + agentWeight
			}
			if e.quotesSpeaker(q, c.ref) {
				c.score += quoteWeight
			}
			if len(topics) > 0 && e.saysOf(topics, q.speakers, c.ref) {
				c.score += aboutWeight
			}
			if q.viewed > 0 && e.heardFrom(q.viewers, c.ref) {
				c.score += viewWeight + e.viewUnsaid(q, c.ref)
				heard = true
			} else if q.lay && e.laySpeaks(layOf, c.ref) {
				lay = append(lay, i)
			}
		}
		// "Locals" no paragraph gives speaking by that word are heard
		// by those who speak for no body, whom the story calls no
		// local: their words answer who and what was asked.
		if !heard {
			for _, i := range lay {
				c := &cands[i]
				more := e.viewUnsaid(q, c.ref) + e.unsaid(q, q.viewers, c.ref)
				c.score += viewWeight + more
				c.coverage += more
			}
		}
	}
	if q.vector != nil || len(q.leaders) > 0 {
		sortCandidates(cands)
	}
	return cands
}

// candidateRooms keeps the score stage's candidates from question to
// question, unless there were too many to keep (see maxKeptHits): made
// for each, they were 7 KB of the 170 KB an /ask allocated at 100,000
// paragraphs, each new page of them a page fault once the collector has
// given free pages back.
var candidateRooms = rooms[candidate]{max: maxKeptHits}

// minJudgedApart is the fewest candidates the score stage judges on a
// goroutine of its own: a question's 200-300 candidates took 0.3-0.4 ms at
// 100,000 paragraphs (when the index gave 200 hits; it now gives 100, and
// the entities' paragraphs join them), a goroutine costs a few
// microseconds.
const minJudgedApart = 64

// leaderWeight is what the paragraph that first names the leader of a body
// a "who runs" question names adds.
const leaderWeight = 0.3

// dateWeight is what a paragraph that gives a date adds for a question
// that asks when.
const dateWeight = 0.3

// givesDate reports whether a paragraph gives a date, as read when it was
// analyzed.
func (e *Engine) givesDate(ref knowledge.Ref) bool {
	pt := e.vocab.para(ref)
	return pt != nil && pt.figures&(1<<figureDate) != 0
}

// dayWeight is what a paragraph that gives a day of a month adds, to what
// its date adds, for a question that asks when of the present or what is
// to come: what is set to happen is set for a day ("will be ineligible
// until February 5, 2029", "From March 1, private cars ... will be
// barred"), where a year or a month ("capped rent rises at 2 percent in
// 2021") tells of what was. (Of the past, a story tells its news by the
// weekday, "said on Wednesday", and a day of a month is more often of
// what came before.)
const dayWeight = 0.25

// givesDay reports whether a paragraph gives a day of a month outside a
// wire story's dateline.
func (e *Engine) givesDay(ref knowledge.Ref) bool {
	// A day of a month is in digits: a sentence without one is not read.
	return e.anySentence(ref, func(text string) bool { return strings.ContainsAny(text, "0123456789") }, func(ws []word) bool {
		for k, w := range ws {
			if isNumberWord(w.folded) && dayOfMonth(ws, k) {
				return true
			}
		}
		return false
	})
}

// anySentence reports whether the words of a sentence of a paragraph,
// outside a wire story's dateline, hold f. A sentence whose text mayHold
// says cannot hold it is not read (nil reads every one).
func (e *Engine) anySentence(ref knowledge.Ref, mayHold func(text string) bool, f func(ws []word) bool) bool {
	pi := e.vocab.para(ref)
	if pi == nil {
		return false
	}
	for i := range pi.sents {
		text := afterDateline(pi.sentence(i))
		if mayHold != nil && !mayHold(text) {
			continue
		}
		if f(e.readText(text)) {
			return true
		}
	}
	return false
}

// boundWeight is what a paragraph that bounds a time adds for a question
// that asks when of what is to come: what is to come back or end is told
// by how long it stays as it is ("suspended the route until at least
// Friday", "unlikely to be allowed back before Friday", "should be
// finished by Sunday", "unlikely before the autumn"), seldom in the
// question's words.
const boundWeight = 0.25

// givesBound reports whether a paragraph puts "until", "till", "before",
// "by" or "after" before a date or a season, or "at least" before a span
// still to run, outside a wire story's dateline.
func (e *Engine) givesBound(ref knowledge.Ref) bool {
	return e.anySentence(ref, mayBound, putsBound)
}

// mayBound reports whether a sentence's text has a bound word in it, as
// a whole word or not, before its words are read.
func mayBound(text string) bool {
	lower := strings.ToLower(text)
	for w := range boundWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return strings.Contains(lower, "at least")
}

// putsBound reports whether words put a bound word before a date or a
// season (see givesBound).
func putsBound(ws []word) bool {
	for k, w := range ws {
		if boundWords[w.folded] && boundsDate(ws, k+1) {
			return true
		}
		if w.folded == "least" && k > 0 && ws[k-1].folded == "at" && spanMore(ws[k+1:]) {
			return true // "would take at least seven more days"
		}
	}
	return false
}

// spanMore reports whether words put a span of time still to run: "seven
// more days", "another two weeks", "six weeks".
func spanMore(ws []word) bool {
	j := 0
	for j < len(ws) && (isNumberWord(ws[j].folded) || ws[j].folded == "more" || ws[j].folded == "another") {
		j++
	}
	return j > 0 && j < len(ws) && calendarUnits[ws[j].folded]
}

// boundsDate reports whether the words from k on give a date or a season,
// after what may qualify it: "at least Monday", "the end of June", "the
// autumn".
func boundsDate(ws []word, k int) bool {
	for k < len(ws) && boundQualifiers[ws[k].folded] {
		k++
	}
	return k < len(ws) && (seasons[ws[k].folded] || dateAt(ws, k))
}

// boundWords put the time until which something stays as it is, or by
// which it is done.
var boundWords = map[string]bool{"until": true, "till": true, "before": true, "by": true, "after": true}

// boundQualifiers may come between a bound word and its date: "until at
// least Sept. 30", "before the end of the month", "by early June".
var boundQualifiers = map[string]bool{"at": true, "least": true, "the": true, "end": true, "start": true, "beginning": true, "middle": true, "of": true, "early": true, "late": true, "mid": true}

// seasons name a time of year a date may be bounded by.
var seasons = map[string]bool{"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true}

// afterDateline returns a sentence without the dateline that opens a wire
// story ("SELMARSH, Kelmark, Nov 12 (Brenna News) - Bird flu has been
// confirmed"): its date is when the story was filed, not when what it
// tells happened.
// A dateline starts with its place in capitals and a comma, and ends with
// the agency in brackets and a dash.
func afterDateline(text string) string {
	place, _, ok := strings.Cut(text, ",")
	if !ok || place == "" || strings.ToUpper(place) != place || !strings.ContainsFunc(place, unicode.IsUpper) {
		return text
	}
	for _, dash := range []string{") - ", ") – ", ") — "} {
		if i := strings.Index(text, dash); i >= 0 && i < datelineLength {
			return text[i+len(dash):]
		}
	}
	return text
}

// datelineLength is the most bytes a dateline takes before its dash.
const datelineLength = 80

// countWeight is what a paragraph adds, for a "how many" question, when
// one of its numbers counts the thing asked for by its name: "31
// inspectors" answers "how many inspectors" better than "an inspector
// found" beside "23 violations". It is more than the index's whole share
// (indexWeight): the number of the thing asked for is the answer, and a
// paragraph that only repeats the question's words ("In many of these
// towns Brennock's is the last big store left") must not outrank the one
// that gives it ("at its peak in 2008 ran 71 stores").
const countWeight = 0.5

// countsIt reports whether a paragraph has a number followed by the thing
// a "how many" question counts, by one of its sure ways, or by a word of
// one of its senses, or, for persons, by any noun of a person; and
// beside, whether such a number stands beside what the question says was
// done (see doneBeside).
func (e *Engine) countsIt(q question, ref knowledge.Ref) (counts, beside bool) {
	pi := e.vocab.para(ref)
	if pi == nil {
		return false, false
	}
	at := e.countedThing(q)
	counted := q.concepts[at]
	persons := e.countsPersons(q)
	done := doneConcepts(q, at) // the verbs of what was done to or by what is counted
	var b *[]word
	for i, sent := range pi.sents {
		if sent.figures&(1<<figureCount) == 0 {
			continue // no number before a noun: read as it was analyzed
		}
		if b == nil { // (the sentences are read into a buffer, or once a question: see sentenceWords)
			b = borrowWords()
			defer releaseWords(b)
		}
		ws := e.sentenceWords(q.sents, b, pi, i)
		if e.countsThing(counted, persons, ws) {
			counts = true
			if e.doneBeside(counted, persons, done, ws) {
				return true, true
			}
		}
	}
	return counts, false
}

// countsThing reports whether words have a number followed by the thing
// counted, by one of its sure ways or a word of one of its senses, or,
// when persons are counted, by any noun of a person.
func (e *Engine) countsThing(counted concept, persons bool, ws []word) bool {
	return counted.sureMatch(e.countedTerms(ws)) >= figureOfMatch || e.countsAsSense(counted, ws) || persons && e.numbersPersons(counted, ws)
}

// doneWeight is what a paragraph adds, beyond countWeight, when the number
// that counts the thing asked stands beside what the question says was
// done: "48 runners collapsed on the course" answers "how many ppl
// collapsed during the race" before "took about 2,100 runners who were
// still out on the course".
const doneWeight = 0.3

// doneNear is how many words from a counting number and its noun the verb
// of what was done may stand: "three children collapsed", "had evacuated
// about 300 people".
const doneNear = 3

// doneBeside reports whether a number of a sentence counts the thing
// asked (see countsThing), and within doneNear words of it and its noun,
// in its clause, a word puts one of the verbs done surely: what the
// question says of the things counted.
func (e *Engine) doneBeside(counted concept, persons bool, done []concept, ws []word) bool {
	if len(done) == 0 {
		return false
	}
	for k, w := range ws {
		if !isNumberWord(w.folded) || isYear(w.folded) {
			continue
		}
		end := k + 1
		for end < len(ws) && end <= k+2 && ws[end].term != "" && !isNumberWord(ws[end].folded) {
			end++
		}
		if end == k+1 || !e.countsThing(counted, persons, ws[k:end]) {
			continue
		}
		for j := max(0, k-doneNear); j < min(len(ws), end+doneNear); j++ {
			// (The number's noun may be in between: "48 runners
			// collapsed".)
			if j != k && sameClause(ws, min(j, k), max(j, end-1)) && e.surelyPuts(done, ws[j]) {
				return true
			}
		}
	}
	return false
}

// measuresIt reports whether a paragraph, for a "how much X" question,
// gives an amount of X: a number and its unit followed by "of" and X ("700
// gigabytes of data", "about 9 percent of the coral", "54 percent of its
// electricity"), or a measure in a sentence that X opens, as its subject
// ("Ash piled up to 4 centimetres deep"), X being a noun the question asks
// of.
func (e *Engine) measuresIt(q question, ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	if pi == nil {
		return false
	}
	var of []concept
	for _, c := range q.concepts {
		if !c.name && (c.noun || c.thing) && !howMuch[strings.ToLower(c.label)] {
			of = append(of, c)
		}
	}
	if len(of) == 0 {
		return false
	}
	for i, sent := range pi.sents {
		if sent.figures&^reasonBit == 0 || !putsAny(of, sent.terms()) {
			continue
		}
		ws := e.readText(pi.sentence(i))
		// A measure of the sentence's subject, X first: "Ash piled up
		// to 4 centimetres deep in Odderness".
		if sent.figures&(1<<figureMeasure) != 0 {
			if k := slices.IndexFunc(ws, func(w word) bool { return w.term != "" }); k >= 0 && putsAny(of, e.vocab.set([]string{ws[k].term})) {
				return true
			}
		}
		for k, w := range ws {
			if !isNumberWord(w.folded) || isYear(w.folded) {
				continue
			}
			for j := k + 1; j < len(ws) && j <= k+3; j++ {
				if ws[j].folded != "of" {
					continue
				}
				// The amount is the number's, or its unit's, just
				// before "of": "3,400 residents out of the villages"
				// measures no villages.
				if p := ws[j-1].folded; j-1 != k && !isNumberWord(p) && (e.lex.wn == nil || !e.lex.wn.MostlyNoun(e.lex.wn.NounLemmaOr(p))) {
					break
				}
				n := j + 1
				for n < len(ws) && ofDeterminers[ws[n].folded] {
					n++
				}
				if n < len(ws) && ws[n].term != "" && putsAny(of, e.vocab.set([]string{ws[n].term})) {
					return true
				}
			}
		}
	}
	return false
}

// ofDeterminers may come between "of" and the noun measured: "9 percent of
// the coral".
var ofDeterminers = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true, "all": true, "this": true, "that": true, "our": true}

// fateWeight is what a paragraph adds, for a question that asks what
// happens to something, when a sentence of it says what will be of it.
const fateWeight = 0.3

// tellsFate reports whether a sentence of a paragraph says what is to
// come ("the brick front will be kept", "Kellan Homes plans to build 640
// homes on the site") and puts what a "what happens to X" question asks
// the fate of surely, or the paragraph mentions X's entity (by a pronoun
// or a role, as the fact base says).
func (e *Engine) tellsFate(q question, ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	if pi == nil {
		return false
	}
	for i, sent := range pi.sents {
		if !slices.ContainsFunc(q.fate, func(k int) bool {
			c := q.concepts[k]
			return c.sureMatch(sent.terms()) >= figureOfMatch || c.mentions(ref)
		}) {
			continue
		}
		if slices.ContainsFunc(e.readText(pi.sentence(i)), func(w word) bool { return aheadWords[w.folded] }) {
			return true
		}
	}
	return false
}

// aheadWords say in a sentence that what it tells is to come.
var aheadWords = map[string]bool{
	"will": true, "would": true, "shall": true, "expected": true, "plans": true, "planned": true,
	"due": true, "until": true, "next": true, "later": true, "soon": true,
}

// beforeWeight is what a paragraph that tells of an earlier time adds for
// a question that asks whether something happened before: more than a
// date adds for "when", as most paragraphs of a story date what they
// tell ("on Sunday"), and few go back further.
const beforeWeight = 0.6

// againWeight is what a paragraph that says a thing happened before ("not
// the first time", "previously") adds beside beforeWeight: a year alone
// is as often the background of the story's own event.
const againWeight = 0.3

// tellsEarlier reports whether a paragraph goes back beyond its story's
// days: it gives a year (most often the background's: "in 2021 Dellacor
// was fined"; a plan's year counts too), or says a thing happened before
// ("not the first time", "the second time in three years",
// "previously").
func (e *Engine) tellsEarlier(ref knowledge.Ref) bool { return e.goesBack(ref) > 0 }

// goesBack is tellsEarlier as a degree: 2 for a paragraph that says a thing
// happened before ("not the first time", "not the first at the site", "the
// second time", "previously", "a similar outbreak"), 1 for one that only
// gives a year (or says "earlier"), 0 for neither.
func (e *Engine) goesBack(ref knowledge.Ref) int {
	pi := e.vocab.para(ref)
	if pi == nil {
		return 0
	}
	ws := e.readText(pi.text)
	back := 0
	for i, w := range ws {
		switch {
		case earlierWords[w.folded] && w.folded != "earlier":
			return 2
		case w.folded == "time" && i > 0 && ordinals[ws[i-1].folded]:
			return 2 // "the second time in three years"
		case w.folded == "similar" && i > 0 && ws[i-1].folded == "a":
			return 2 // "a similar outbreak in 2019", "on a similar scale"
		case w.folded == "first" && i > 1 && ws[i-1].folded == "the" && ws[i-2].folded == "not":
			return 2 // "not the first time", "not the first at the site"
		case isYear(w.folded), w.folded == "earlier":
			back = 1 // "earlier" is as often "earlier this month"
		}
	}
	return back
}

// earlierWords say that what a sentence tells happened before.
var earlierWords = map[string]bool{"previously": true, "previous": true, "earlier": true, "formerly": true}

// ordinals after the first: "the second time".
var ordinals = map[string]bool{"second": true, "third": true, "fourth": true, "fifth": true}

// reasonWeight is what a paragraph that gives a reason (or a condition)
// for what a question asks, or quotes the one it asks why of, adds for a
// question that asks why (or what follows if).
const reasonWeight = 0.3

// aboutWeight is what a paragraph adds, for a question that asks what
// someone said about something ("what did Podolyak say about Putin"),
// when it gives their words about it.
const aboutWeight = 0.2

// viewWeight is what a paragraph adds, for a question that asks what
// persons the fact base knows by no name think ("what do students think
// of it"), when it gives one of them speaking.
const viewWeight = 0.3

// viewUnsaid is the share of a question's weight that its view verb or
// word of feeling ("think of", "happy") has, where a paragraph does not
// use it: the words of those it asks about give their view, which they
// seldom put so ("welcomed the vote but said the cap was too weak").
func (e *Engine) viewUnsaid(q question, ref knowledge.Ref) float64 {
	return e.unsaid(q, q.concepts[q.viewed-1], ref)
}

// unsaid is the share of a question's weight that a concept of it has
// and a paragraph does not put.
func (e *Engine) unsaid(q question, v concept, ref knowledge.Ref) float64 {
	pt := e.vocab.para(ref)
	if pt == nil {
		return 0
	}
	var all float64
	for _, c := range q.concepts {
		all += c.weight
	}
	return v.weight * (1 - v.match(pt.terms)) / all
}

// topicsOfWords returns the concepts of a question that asks someone's
// words that are neither the verb of speech nor who speaks: "Putin" of
// "what did Podolyak say about Putin". A verb that asks what they think
// is one by its own word only: "the company's engineers believed water
// … may have weakened the roof" answers "what does the operator believe",
// "he was considering flights" no "what does Trump think".
func (e *Engine) topicsOfWords(q question) []concept {
	var out []concept
	for i, c := range q.concepts {
		if e.isSpeech(c) || len(c.entities) > 0 && i+1 < len(q.concepts) && (e.isSpeech(q.concepts[i+1]) || e.isView(q.concepts[i+1])) {
			continue
		}
		if e.isView(c) {
			c.alts = c.alts[:1]
		}
		out = append(out, c)
	}
	return out
}

// saysOf reports whether a paragraph gives words of one of the speakers
// about one of the topics (see topicsOfWords), surely put: in a sentence
// where they speak, or in a quote the fact base gives them there.
func (e *Engine) saysOf(topics []concept, speakers []knowledge.Entity, ref knowledge.Ref) bool {
	pt := e.vocab.para(ref)
	if pt == nil {
		return false
	}
	about := func(ts termSet) bool {
		return slices.ContainsFunc(topics, func(c concept) bool { return c.sureMatch(ts) > 0 })
	}
	for i, sent := range pt.sents {
		if about(sent.terms()) && e.spokenBy(speakers, ref, pt, i) {
			return true
		}
	}
	// A quote's terms say what its speaker is, not who: the quotes of a
	// paragraph where the fact base quotes one of the speakers.
	if !e.quotesOne(speakers, ref) {
		return false
	}
	return slices.ContainsFunc(e.vocab.quotesAt(ref), func(qt quoteTerms) bool { return about(qt.words) })
}

// placeWeight is what a paragraph that places what a "where" question
// asks of adds.
const placeWeight = 0.15

// placePrepositions put a place after them: "at St Aldric's church hall",
// "in the car park", "outside the town".
var placePrepositions = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true, "from": true, "across": true, "beside": true, "around": true, "behind": true, "opposite": true}

// givesPlace reports whether a paragraph places what a "where" question
// asks of: a sentence that surely puts one of the question's words other
// than its names has a preposition of place before a name ("in Istanbul",
// "at St Aldric's church hall") or a word for a place, a building or a
// part of one ("in the car park", "outside the station").
func (e *Engine) givesPlace(q question, ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	wn := e.lex.wn
	if pi == nil || wn == nil {
		return false
	}
	for i, sent := range pi.sents {
		if !slices.ContainsFunc(q.concepts, func(c concept) bool { return !c.name && c.sureMatch(sent.terms()) >= figureOfMatch }) {
			continue
		}
		ws := e.readText(pi.sentence(i))
		for k, w := range ws {
			if !placePrepositions[w.folded] {
				continue
			}
			for j := k + 1; j < len(ws) && j <= k+3; j++ {
				n := ws[j]
				if n.term == "" {
					continue // "the", "a"
				}
				if l := wn.NounLemmaOr(n.folded); wn.Place(l) || wn.KindOf(l, "structure", 6) || wn.KindOf(l, "facility", 4) || wn.KindOf(l, "area", 4) {
					return true
				}
			}
		}
	}
	return false
}

// givesReason reports whether a paragraph gives a reason for what a
// question asks: one of its sentences may give one (reasonBit) and speaks
// of something the question asks, other than the names it gives and its
// word for saying ("why does putin say ..." is not answered by any
// sentence that says someone said something after something).
func (e *Engine) givesReason(q question, ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	if pi == nil || pi.figures&reasonBit == 0 {
		return false
	}
	asked := make([]concept, 0, len(q.concepts))
	for _, c := range q.concepts {
		if !c.name && !e.isSpeech(c) {
			asked = append(asked, c)
		}
	}
	for i, sent := range pi.sents {
		if sent.figures&reasonBit == 0 {
			continue
		}
		// What the sentence explains is read once, when a concept
		// it speaks of needs it.
		var explained termSet
		read := false
		for _, c := range asked {
			if c.sureMatch(sent.terms()) < figureOfMatch {
				continue
			}
			if !q.why {
				return true
			}
			if !read {
				explained, read = e.explained(pi.sentence(i)), true
			}
			if c.sureMatch(explained) >= figureOfMatch {
				return true
			}
		}
	}
	return false
}

// quotesDoer reports whether the fact base quotes, in a paragraph, the
// one a "why" question asks about, named first ("why did the chairman
// agree to let him go"): who did something gives their reasons in their
// own words as often as a sentence gives them with "because" ("The offer
// from Maravel was one this club could not refuse," Ashby said). Not for
// a question that asks what they said or think, which the quotes answer
// already.
func (e *Engine) quotesDoer(q question, ref knowledge.Ref) bool {
	if len(q.concepts) == 0 || q.saying || q.viewed > 0 {
		return false
	}
	// A body's name before a common noun says whose they are ("why did
	// the osterby fans start throwing stuff"): its members do not speak
	// for them.
	members := len(q.concepts) == 1 || !q.concepts[1].thing || q.concepts[1].name
	return slices.ContainsFunc(q.concepts[0].entities, func(en *knowledge.Entity) bool {
		return en.Article == ref.Article && (e.vocab.quotedIn(ref, en.ID) || members && en.Kind == knowledge.KindOrganisation && e.quotesMember(ref, en.ID))
	})
}

// quotesMember reports whether the fact base quotes, in a paragraph, one
// who belongs to an organisation: a body gives its reasons by the words
// of its head ("This was the hardest decision this board has taken,"
// chief executive Annika Sollberg told analysts).
func (e *Engine) quotesMember(ref knowledge.Ref, org string) bool {
	p := e.vocab.parts[ref.Article]
	if p == nil {
		return false
	}
	for _, qa := range p.quoted {
		if int(qa.para) != ref.Paragraph {
			continue
		}
		if en := e.entityByID(ref.Article, qa.speaker); en != nil && en.Kind == knowledge.KindPerson && en.Affiliation == org {
			return true
		}
	}
	return false
}

// explained returns the terms of the words a sentence says are explained
// (see explainedSpans): a reason answers "why" only when what the
// question asks of is what it explains.
func (e *Engine) explained(sentence string) termSet {
	ws := e.readText(sentence)
	var ids []uint32
	for _, s := range explainedSpans(sentence, ws) {
		for _, w := range ws[s.from:s.to] {
			if w.term != "" {
				ids = append(ids, e.vocab.id(w.term))
			}
		}
	}
	return toSet(ids)
}

// Sentence similarity counts above this cosine (unrelated news sentences
// are already this close), times this weight.
const (
	similarityFloor  = 0.5
	similarityWeight = 3.0
)

// sortCandidates orders candidates best first, then by ref. The order is
// total (no two candidates have one ref), so that any sort gives it, and
// slices.SortFunc does without sort.Slice's reflection; but a NaN score
// is neither better nor worse than any, and the order sort.Slice leaves
// it in is kept.
func sortCandidates(cands []candidate) {
	if slices.ContainsFunc(cands, func(c candidate) bool { return math.IsNaN(c.score) }) {
		sort.Slice(cands, func(i, j int) bool {
			if cands[i].score != cands[j].score {
				return cands[i].score > cands[j].score
			}
			if cands[i].ref.Article != cands[j].ref.Article {
				return cands[i].ref.Article < cands[j].ref.Article
			}
			return cands[i].ref.Paragraph < cands[j].ref.Paragraph
		})
		return
	}
	slices.SortFunc(cands, func(x, y candidate) int {
		if x.score != y.score {
			if x.score > y.score {
				return -1
			}
			return 1
		}
		if c := strings.Compare(x.ref.Article, y.ref.Article); c != 0 {
			return c
		}
		return cmp.Compare(x.ref.Paragraph, y.ref.Paragraph)
	})
}

// coverage is the share of the question's weight that terms answer (a
// paragraph's, with its ref so that entity mentions by pronoun count, or a
// sentence's or a summary's, with a zero ref).
func coverage(q question, ts termSet, ref knowledge.Ref) float64 {
	return givenCoverage(q, ts, ref, 0)
}

// givenCoverage is coverage, with the concepts of the bits of given (the
// first 64) answered whatever the terms.
func givenCoverage(q question, ts termSet, ref knowledge.Ref, given uint64) float64 {
	var got, all float64
	for i, c := range q.concepts {
		all += c.weight
		m := c.match(ts)
		if ref.Paragraph > 0 && c.mentions(ref) || i < 64 && given&(1<<i) != 0 {
			m = 1
		}
		got += c.weight * m
	}
	if all == 0 {
		return 0
	}
	return got / all
}

// mentionsOtherwise reports whether a paragraph mentions someone or
// something a question names, as the fact base says, but not in the
// question's own words: by a surname, a pronoun or another role.
func (e *Engine) mentionsOtherwise(q question, ref knowledge.Ref) bool {
	pt := e.vocab.para(ref)
	if pt == nil {
		return false
	}
	return slices.ContainsFunc(q.concepts, func(k concept) bool {
		return k.mentions(ref) && len(k.alts) > 0 && k.alts[0].ids != nil && !allIn(k.alts[0].ids, pt.terms)
	})
}

// clockConcept returns the index of the noun a "what time" question asks
// for ("time"), which a time of day answers, or -1.
func clockConcept(q question) int {
	if q.figure != figureTime {
		return -1
	}
	return slices.IndexFunc(q.concepts, func(c concept) bool { return c.lemma == "time" || strings.EqualFold(c.label, "time") })
}

// dimensionWeight is what a paragraph adds, for a question that asks how
// tall, deep, wide, long or far something is, when a sentence of it gives
// a length its words say is of that extent: "Mount Hallvar, which rises
// 1,690 metres above sea level" says how tall it is, "the ground beneath
// the summit had bulged by about 9 centimetres" not.
const dimensionWeight = 0.3

// givesDimension reports whether a sentence of a paragraph gives a length
// of the extent a question asks (see lengthFigures), of what the question
// names when it stands before a noun.
func (e *Engine) givesDimension(q question, ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	if pi == nil {
		return false
	}
	for i, sent := range pi.sents {
		if sent.figures&(1<<figureMeasure) == 0 {
			continue
		}
		ws := e.readText(pi.sentence(i))
		for _, f := range lengthFigures(e.lex.wn, ws) {
			if f.dim == q.length && (f.noun < 0 || e.namesMeasured(q, ws, f.noun)) {
				return true
			}
		}
	}
	return false
}
