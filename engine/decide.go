package engine

import (
	"iter"
	"slices"
	"strings"
	"unicode"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/knowledge"
)

// answerThreshold is the share of a question's weight that a paragraph must
// answer for the reply to cite it.
const answerThreshold = 0.35

// A paragraph that answers less of the question's weight than
// answerThreshold still answers when one of its sentences, as a bag of
// word vectors, is at least closeSentence near the question, and it answers
// at least closeThreshold: a paraphrase shares few words ("are flight
// attendants joining in?" and "cabin crew … would not cross the pilots'
// picket lines").
const (
	closeSentence  = 0.75
	closeThreshold = 0.15
)

// answersEnough reports whether a candidate answers enough of the
// question to be cited; first, whether it would be the first cited. A
// paraphrase that answers little is cited only first, before any
// paragraph that answers enough: after one, it is more often noise,
// unless it names someone beside what a "who" question asks was done
// ("The plan has been supported by EU and U.S. President Donald Trump"
// for "who backs the month-long pause in fighting"): the doer is the
// answer, and the paragraph speaks of the thing done by another word or a
// pronoun. Nor does one that bounds a time of what is to come asked
// when: the deadline is put in other words than the question's ("erase
// all such data already on its servers by June 30" for "when do they
// need to get rid of all the location stuff by"), nor one that goes back
// asked whether a thing happened before: the earlier event is put in
// other words too ("The last boil-water notice on a similar scale ...
// came in 2009" for "has this kind of thing happened before in the
// region"). A paragraph that gives a date asked when, of the past or
// what is to come, is cited first when it answers datedThreshold of the
// question: the date is the answer, and the act it dates is put in the
// story's words, not the reader's ("His deputy ... will lead the town ...
// until a by-election on June 8" for "when do we get to pick a new
// mayor", "an interim report would be published within 30 days" for
// "when do we get the findings"). Only first: after one that answers, a
// dated paragraph that answers little most often dates another act ("when
// r ppl supposed to move into the new flats" cited the dates of the
// building's sale and its permits beside the move).
func answersEnough(c candidate, first bool) bool {
	return c.coverage >= answerThreshold || (first || c.doer) && c.coverage >= closeThreshold && c.similarity >= closeSentence || (c.bound || c.earlier) && c.coverage >= closeThreshold || first && c.dated && c.coverage >= datedThreshold
}

// datedThreshold is the share of a "when" question's weight a paragraph
// that gives a date must answer to be cited (see answersEnough): more
// than a bound's closeThreshold, for a date is far commoner than a
// bound, and one beside less of the question is more often of another
// act: at closeThreshold a held-out unanswerable question was answered.
const datedThreshold = 0.2

// ageFloor is the share of a question's weight that a paragraph giving
// the age asked must answer when none that answers answerThreshold gives
// it. The age is the answer, and the words of a question that asks it
// are mostly about who: the reader's ("how old is the professor behind
// the study", "the kid who leads the cellos"), where the paragraph that
// gives it names the person ("Calloway, 58, resigned from the journal's
// editorial board"). givesFigure holds it to the person or thing asked
// of. Other figures are not let in so: a sum or a measure beside what the
// question names is more often of something else ("how much is it
// spending on AI data centres" cited a paragraph of another sum).
const ageFloor = 0.25

// relativeFloor drops passages scoring under this share of the best one.
const relativeFloor = 0.6

// maxCiteRoom is the most candidates decide makes room for at once.
const maxCiteRoom = 8

// decision is what stage 4 decided: the paragraphs to cite, best first, or
// why the coverage cannot answer.
type decision struct {
	cite   []candidate
	reason string // set when nothing is cited
}

// decide is stage 4: answer with the best candidates, or abstain when the
// question asks about something the coverage never mentions, whatever its
// other words match, or when no paragraph answers enough of it.
func (e *Engine) decide(q question, cands []candidate, limit int) decision {
	if len(q.concepts) == 0 {
		return decision{reason: "Ask about someone or something the coverage names."}
	}
	if miss := q.missing(); len(miss) > 0 {
		return decision{reason: "It never mentions " + labels(miss) + "."}
	}
	q = e.preferEach(q, cands)
	var d decision
	answering := false    // some paragraph answers enough of the question
	unplaced := false     // one that did was not of the place asked of
	var unnamed *concept  // one that did put the person asked who is unnamed (see identifiesWhoIs)
	roleOther := false    // one that did named no one of the role of the body asked of (see namesRoleOfBody)
	thingUnnamed := false // one that did put the thing a "which" asks for only unnamed (see identifiesThing)
	onlyNamed := false    // one that did named no one but those the question names (see namesAnotherPerson)
	noAttribute := false  // the best that did gave not the attribute asked (see givesAttribute)
	kind := e.askedKind(q)
	if kind != nil || q.figure != figureNone || q.placeKind != "" || q.whichThing.ok || q.outcome || q.name {
		// (what those ask is read otherwise)
		q.attribute = attribute{}
	}
	whoKind := e.whoIsKind(q)
	kinds := unknownKinds(q)
	var kindCounts []int
	if len(kinds) > 0 {
		kindCounts = e.otherKinds(q, kinds, cands)
	}
	pendingFirst := false    // the best paragraph tells what is asked as yet to come
	aheadFirst := false      // and only when (see findingAhead)
	var otherOf *concept     // a qualifier the question puts that a paragraph that answered put otherwise
	var said map[string]bool // by article, whether it gives the speaker asked of speaking
	voiced := func(article string) bool {
		if q.voice == 0 {
			return true
		}
		v, ok := said[article]
		if !ok {
			if said == nil {
				said = map[string]bool{}
			}
			v = e.voiced(q, article)
			said[article] = v
		}
		return v
	}
	// The second pass, for an age asked that no paragraph answering
	// enough gives, cites the best that gives it and answers less (see
	// ageFloor); the reasons found by the first stay.
	var restore func()
	for pass := range 2 {
		if pass == 1 {
			if len(d.cite) > 0 || pendingFirst || q.figure != figureAge {
				break
			}
			a, u, o := answering, unplaced, otherOf
			restore = func() { answering, unplaced, otherOf, pendingFirst, aheadFirst = a, u, o, false, false }
			limit = 1
		}
		for _, c := range cands {
			if len(d.cite) == limit {
				break
			}
			enough := answersEnough(c, len(d.cite) == 0)
			if pass == 1 {
				enough = c.coverage >= ageFloor
			}
			if !enough || !e.statesAll(q, c.ref) || !e.holdsAll(q, c.ref) || !q.ofRanThing(c.ref) {
				continue
			}
			pending := q.done && e.toldPending(q, c.ref) || e.outcomePending(q, c.ref)
			if ahead := !pending && e.findingAhead(q, c.ref); pending || ahead {
				// The paragraph that answers best tells what is asked
				// was done as yet to come: the coverage cannot say it was.
				if len(d.cite) == 0 {
					pendingFirst, aheadFirst = true, ahead
					break
				}
				continue
			}
			if e.isHeading(c.ref) {
				// A sub-heading introduces what answers: "Sponsors pull
				// out" is told by the paragraph after it.
				next := knowledge.Ref{Article: c.ref.Article, Paragraph: c.ref.Paragraph + 1}
				if e.vocab.para(next) == nil || e.isHeading(next) || slices.ContainsFunc(d.cite, func(x candidate) bool { return x.ref == next }) {
					continue
				}
				c.ref = next
			}
			answering = true
			if i := e.otherQualified(q, kinds, kindCounts, c.ref); i >= 0 {
				otherOf = &kinds[i].qualifier
				continue
			}
			if !e.mentionsPlaced(q, c.ref) {
				unplaced = true
				continue
			}
			// "How old is she and how long has she run the shop" asks two
			// things, either of which a paragraph may answer.
			figured, spanned := e.givesFigure(q, c.ref), !q.since || e.givesSpanOf(q, c.ref)
			if q.since && q.figure != figureNone {
				figured = figured || spanned
				spanned = figured
			}
			if !figured || q.phone && !e.givesPhone(c.ref) || q.occupation && !e.givesOccupation(q, c.ref) || q.measure != measureNone && !e.givesMeasure(q.measure, c.ref) || q.placeKind != "" && !e.namesPlace(q.placeKind, c.ref) || q.saying && !e.reportsWords(q.speakers, c.ref) || !voiced(c.ref.Article) || q.name && !e.namesOther(q, c.ref) || q.whichOthers && !e.namesOthersOfKind(q, c.ref) || !spanned || q.made != "" && !e.givesMade(q, c.ref) || q.calendar != calendarNone && !e.givesCalendar(q, c.ref) || len(q.whole) > 0 && !e.givesPart(q.whole, c.ref) || q.lastDone && !e.datesDone(q, c.ref) || !e.namesBeside(q, c.ref) || !e.identifiesPersons(q, c.ref) || !e.doerNamed(q, c.ref) || kind != nil && (!e.givesKind(*kind, c.ref) || !e.namesKind(q, *kind, c.ref) || !e.mentionsAll(q, c.ref, true)) {
				continue
			}
			if whoKind != nil && !e.identifiesWhoIs(q, *whoKind, c.ref) {
				unnamed = whoKind
				continue
			}
			if q.whoOther && len(d.cite) == 0 && !e.namesAnotherPerson(q, c.ref) {
				// The best paragraph that answers the rest names no one
				// but whom the question names: it does not say who.
				onlyNamed = true
				break
			}
			if !e.namesRoleOfBody(q, c.ref) {
				roleOther = true
				continue
			}
			if !e.identifiesThing(q, c.ref) {
				// The best paragraph that answers the rest puts the
				// thing asked for unnamed: the coverage does not say
				// which, and a paragraph that answers less is no better.
				if len(d.cite) == 0 {
					thingUnnamed = true
					break
				}
				continue
			}
			if len(d.cite) == 0 && !e.givesAttribute(q, c.ref) {
				// A paragraph that answers the rest but does not give the
				// attribute asked of the thing tells only of the thing.
				noAttribute = true
				continue
			}
			// A passage far below the best is noise beside it.
			if len(d.cite) > 0 && c.score < relativeFloor*d.cite[0].score {
				break
			}
			if d.cite == nil {
				// (room for the most it may cite, where that is a few: grown
				// from one, it was made three times)
				d.cite = make([]candidate, 0, min(limit, maxCiteRoom))
			}
			d.cite = append(d.cite, c)
		}
	}
	if restore != nil && len(d.cite) == 0 {
		restore()
	}
	switch {
	case aheadFirst:
		d.reason = aheadReason(q)
	case pendingFirst:
		d.reason = pendingReason(q)
	case len(d.cite) > 0 || !answering:
	case otherOf != nil:
		d.reason = "It never mentions " + labels([]concept{*otherOf}) + "."
	case q.phone:
		d.reason = "It gives no phone number."
	case q.occupation:
		d.reason = "It does not say what they do for a living."
	case q.since:
		d.reason = "It does not say how long."
	case q.calendar != calendarNone:
		d.reason = "It does not say what " + q.calendar + "."
	case q.made != "":
		d.reason = "It does not say when it was " + q.made + "."
	case q.lastDone:
		d.reason = "It does not say when that was last done."
	case q.measure != measureNone:
		d.reason = "It gives no " + measureNames[q.measure] + "."
	case q.figure == figureTime:
		d.reason = "It gives no time of day."
	case q.figure != figureNone:
		d.reason = "It gives no such figure" + aboutCounted(q) + q.rate.label() + "."
	case q.saying:
		d.reason = "It does not report what " + speakerNames(q.speakers) + " said about that."
	case q.voice > 0:
		d.reason = "It does not report what “" + voiceLabel(q) + "” said."
	case q.nameOf != "":
		d.reason = "It does not give the " + q.nameOf + "."
	case unnamed != nil:
		d.reason = "It never names the “" + unnamed.label + "”."
	case onlyNamed:
		d.reason = "It names no one other than " + labels(byNamePersons(q)) + "."
	case roleOther:
		d.reason = "It never names the “" + q.roleOf.label + "”."
	case noAttribute:
		d.reason = attributeReason(q)
	case thingUnnamed:
		d.reason = "It never names the “" + q.whichThing.label + "”."
	case q.whichOthers:
		d.reason = "It names no other " + q.others[0].label + "."
	case unplaced:
		d.reason = "It does not say that of " + labels(placedConcepts(q)) + "."
	case kind != nil:
		d.reason = "It names no such " + kind.label + "."
		if ps := personsOf(q); len(ps) > 0 {
			d.reason = "It names no such " + kind.label + " where it speaks of " + speakerNames(ps) + "."
		}
	case q.placeKind != "":
		d.reason = "It does not say which " + q.placeKind + "."
		if ps := personsOf(q); len(ps) > 0 {
			d.reason = "It names no " + q.placeKind + " where it speaks of " + speakerNames(ps) + "."
		}
	}
	return d
}

// mentionsAll reports whether a paragraph mentions every entity the
// question names, or every person when persons is set, by a name or as
// the fact base says it does. "What party is the health minister from"
// asks of the minister, whom a paragraph about another party's spokesman
// never mentions; "which European leaders visited Kyiv" is answered by
// a paragraph that says "Kief".
func (e *Engine) mentionsAll(q question, ref knowledge.Ref, persons bool) bool {
	pi := e.vocab.para(ref)
	if pi == nil {
		return false
	}
	for _, c := range q.concepts {
		if persons && !slices.ContainsFunc(c.entities, func(en *knowledge.Entity) bool { return en.Kind == knowledge.KindPerson }) {
			continue
		}
		if len(c.entities) > 0 && !c.mentions(ref) && c.sureMatch(pi.terms) == 0 {
			return false
		}
		// A person read from the words that describe them ("the energy
		// minister": Corin Ashdale) is mentioned where the fact base
		// says so, not wherever those words are: "the first time a
		// minister has used the power" beside "the Rural Party's energy
		// spokesman" gives no party of the energy minister's.
		if persons && c.describedAs != "" && !c.mentions(ref) {
			return false
		}
	}
	return true
}

// withoutPronouns returns the question without the concepts of its "he"
// or "she" (see antecedent); the question itself when it has none.
func withoutPronouns(q question) question {
	pronoun := func(c concept) bool { return personalPronouns[strings.ToLower(c.label)] }
	if !slices.ContainsFunc(q.concepts, pronoun) {
		return q
	}
	q.concepts = slices.DeleteFunc(slices.Clone(q.concepts), pronoun)
	return q
}

// personsOf returns the persons the question names.
func personsOf(q question) []knowledge.Entity {
	var out []knowledge.Entity
	for _, c := range q.concepts {
		for _, en := range c.entities {
			if en.Kind == knowledge.KindPerson {
				out = append(out, *en)
			}
		}
	}
	return out
}

// figureOfMatch is how surely a sentence giving a figure must put what
// the figure is of, by the question's own words, their forms and
// synonyms: a neighbour ("Putin" for "Russian") does not.
const figureOfMatch = 0.5

// givesFigure reports whether a paragraph gives the kind of number the
// question asks for: a sum for "how much does it cost", an age for "how
// old", a number before a noun for "how many" (whose thing the paragraph
// must also answer, as any paragraph cited must; the counted word need not
// follow the number: "48,000 adults" answers "how many participants").
func (e *Engine) givesFigure(q question, ref knowledge.Ref) bool {
	if q.figure == figureNone {
		return true
	}
	pi := e.vocab.para(ref)
	// A thing's age may be told by the year it was made: "the Fellgate
	// works, which was built in 1971", "founded in 1894". A person's is not.
	made := q.figure == figureAge && len(personsOf(q)) == 0 && !slices.ContainsFunc(q.concepts, e.personKind)
	// Of a lifeless thing ("how old is the ferry"), a person's age is
	// none; an animal's may be told as a person's ("Kazan, 8,").
	lifeless := made && e.asksLifeless(q)
	// A span of time asked ("how long did it take") is told by a
	// sentence that gives one (see givesDuration), in numbers or not ("a
	// handful of years"), and not by a length ("110 km to the south").
	spans := q.duration && q.figure == figureMeasure
	// How long a thing takes is no time it goes on until: "would not
	// open until the autumn of 2029" says not how long the train takes
	// (see endsSpan).
	taken := spans && slices.ContainsFunc(q.concepts, func(c concept) bool { return takeVerbs[strings.ToLower(c.label)] })
	if pi == nil || !spans && pi.figures&(1<<q.figure) == 0 && (!made || pi.figures&(1<<figureDate) == 0) {
		return false
	}
	// A figure is of whom the question names: "45 million pounds Ashford
	// paid" says nothing of what Hallam's consortium paid, in a paragraph
	// that never mentions Hallam, by name or otherwise. Not of the person
	// a "he" or "she" it says not whom is read as (see antecedent), a
	// guess: the reader's "he" is as often another the story quotes ("how
	// much did he end up paying for the hotel himself") or anyone ("how
	// long could he get in prison"), and the figure's sentence must still
	// put what it is of.
	if !e.mentionsAll(withoutPronouns(q), ref, false) || e.namedInDatelineOnly(q, ref) {
		return false
	}
	// A figure asked per a period or a unit ("how much will he earn a
	// week") is given by a sentence that gives one so: a lump sum
	// elsewhere is none.
	if q.rate.asked() && !slices.ContainsFunc(pi.sents, func(s sentInfo) bool { return e.givesRateIn(q, pi, s) }) {
		return false
	}
	// A time of day asked is given by a sentence that gives the time of a
	// curated event of the paragraph that answers the question: the
	// editor's summary says what "at 4:52 a.m." is the time of, where the
	// sentence says it in other words ("The 86-metre Hester Quay ...
	// struck the central pier" for "what time did the barge smash into
	// it").
	if q.figure == figureTime && e.givesEventTime(q, ref, pi) {
		return true
	}
	// A person named is not as old as another beside them.
	if q.figure == figureAge && namedPersons(q) && !e.givesAgeOf(q, ref, pi) {
		return false
	}
	// What the figure must be of: for "how many X", X ("how many camera
	// systems" counts systems); else any of the question's words ("how
	// big was the fuel tax increase").
	var of []concept
	allOf := false   // the sentence must put every one of of, not one
	persons := false // it counts persons, whom a number of persons by any name counts
	// What the persons counted did ("signed"), and what the question
	// says after it ("the petition"): the first word after them that is
	// no thing, though words between fill the two after "many" ("how
	// many people got rescued").
	var act, after []concept
	workforce := false      // it counts those who work somewhere
	dwellers := false       // it counts those who live somewhere
	var qualities []concept // what the question says the persons counted are ("missing")
	if q.figure == figureCount && len(q.counted) > 0 {
		at := e.countedThing(q)
		of = []concept{q.concepts[at]}
		if persons = e.countsPersons(q); persons {
			qualities = countedQualities(q, at)
			for i := at + 1; i < len(q.concepts) && act == nil; i++ {
				if !q.concepts[i].thing {
					act, after = q.concepts[i:i+1], q.concepts[i+1:]
				}
			}
			workforce = e.asksWorkforce(q.concepts[at+1:])
			dwellers = e.asksDwellers(q.concepts[at+1:])
		}
	} else {
		// A question of names alone ("how old is Moreira") is answered
		// by the paragraph's figure: its sentence may say "the
		// 24-year-old".
		if !slices.ContainsFunc(q.concepts, func(c concept) bool { return !c.name }) {
			return true
		}
		// The words that ask for a sum ("cost", "pay", "worth") say
		// what is measured, not what of: "at a cost of 1.2 million
		// euros" gives no ticket's price. A question of a sum and names
		// alone ("how much did Ashford pay") is answered by the sum.
		for i, c := range q.concepts {
			// Nor do the persons whose money it is ("how much
			// taxpayer money"): the sum is of what it pays for.
			if q.figure == figureMoney && e.ownsMoney(q, i) {
				continue
			}
			// Nor a word said in passing that the coverage never uses
			// ("for the hassle"): no sentence puts it.
			if c.aside && c.known == 0 && !c.name {
				continue
			}
			// Nor does the word of degree after "how" ("how big is
			// it", "how long is the bridge"): "measures about 12
			// centimetres across" says how big without "big".
			// Nor the currency the sum is asked in ("in crowns"),
			// which any sum in it has.
			l := strings.ToLower(c.label)
			// Nor the verb that asks a span ("how long did it take",
			// "how long does the law last"): "a journey that took
			// each of them between four and six hours" is of getting
			// out, and "within 30 days" of no fire put out.
			if spans && durationVerbs[l] {
				continue
			}
			if (q.figure != figureMoney || !moneyWords[l] && !currencyWords[l] && !currencyUnit(e.lex.wn, l)) && (q.figure == figureAge || !howMuch[l]) {
				of = append(of, c)
			}
		}
		// "How much is a bus ticket" asks a ticket's price: the cost of
		// the bus routes is none.
		// A priced noun the coverage never puts surely ("a monthly bus
		// ticket" where it says "a monthly public transport pass") is
		// the reader's word for a thing it names otherwise: the words
		// that qualify it, all of them, must then say which, beside a
		// noun of its kind (see namesKindOf): a bus shelter is no bus
		// route.
		if qs := pricedQualifiers(q); len(qs) > 0 {
			of, allOf = qs, true
		} else if q.priced >= 0 {
			of = []concept{q.concepts[q.priced]}
		} else if q.measured >= 0 {
			// "How much profit does the airport make" asks an amount
			// of profit: the repairs' cost beside the airport is none.
			of = []concept{q.concepts[q.measured]}
		}
		if !slices.ContainsFunc(of, func(c concept) bool { return !c.name }) {
			// A length of places named alone ("how far is Dravik from
			// Port Emmerlin") is given by a sentence that gives one, and
			// a distance between them by one that names them all: "11
			// kilometres short of Dravik harbour" is no distance from
			// Port Emmerlin.
			if q.length != dimNone && !slices.ContainsFunc(pi.sents, func(s sentInfo) bool {
				return s.figures&(1<<q.figure) != 0 && e.givesLengthOf(q, e.readText(pi.text[s.start:s.end])) &&
					(q.length != dimDistance || !slices.ContainsFunc(of, func(c concept) bool { return c.match(s.terms()) < figureOfMatch }))
			}) {
				return false
			}
			// A sum of whom the question names alone ("how much is
			// Okonkwo-Reyes paid") is told where the sum's clause names
			// them: a contract "which Okonkwo-Reyes described as the
			// largest" is no pay of theirs.
			return len(of) == 0 || !scopedFigure(q.figure) || e.scopePuts(pi, q.figure, of, e.currenciesOf(ref.Article))
		}
	}
	years := askedYears(q)
	dayPart, dayPartSpan := dayPartConcept(q)
	holder := conceptsAt(q, q.holder)
	// The figure must be given in a sentence that speaks of it: "30
	// hours at Easter" counts no people killed, and "two days later"
	// measures no tax increase. What else the question asks, the
	// paragraph must answer as any paragraph cited must.
	for i, sent := range pi.sents {
		var ws []word // the sentence's words, read once where a count needs them
		// A person's age is no thing's: "Jonas Feldt, a 54-year-old
		// carpenter" says not how old the ferry is.
		personsAge := lifeless && sent.figures&(1<<q.figure) != 0 && e.personsAgesOnly(pi.sentence(i))
		if made && (sent.figures&(1<<q.figure) == 0 || personsAge) && madeIn(e.readText(pi.sentence(i))) {
			if putsAny(of, sent.terms()) || e.namesWhatOf(of, ref, pi.sentence(i)) {
				return true
			}
			continue
		}
		if personsAge {
			continue
		}
		figured := sent.figures&(1<<q.figure) != 0
		if spans {
			ws := e.readText(pi.sentence(i))
			figured = givesDuration(pi.sentence(i), ws) || !taken && endsSpan(ws)
		}
		if !figured || q.length != dimNone && !e.givesLengthOf(q, e.readText(pi.sentence(i))) || q.rate.asked() && !e.givesRateIn(q, pi, sent) {
			// "0.3 hectares around the richest grave" says not how deep
			// it was.
			continue
		}
		// An amount of a mass is not told by a count of things: "About
		// 600 workers gathered" says not how much severance each gets.
		if q.mass {
			if ws == nil {
				ws = e.sentenceWordsCopy(q.sents, pi, i)
			}
			if e.countsThingsOnly(ws) {
				continue
			}
		}
		// A sum asked as a particular payment ("how much compensation",
		// "how big a fine") is told where that payment is put: a
		// catering bill the family paid is no compensation.
		if q.figure == figureMoney && !e.putsPayments(q, sent.terms(), i, pi) {
			continue
		}
		// A sum asked of one of a kind of thing is not given by a sum
		// for many of them: "Halvern's $420 million programme ... to
		// install 24 ... cranes" prices no one crane (see sumForMany).
		if q.figure == figureMoney && q.perItem && !q.rate.asked() {
			sws := e.readText(pi.sentence(i))
			markBreaks(pi.sentence(i), sws)
			if slices.ContainsFunc(pricedThings(q), func(c concept) bool { return e.sumForMany(c, sws) }) {
				continue
			}
		}
		// A figure dated by another year than the one asked is of
		// another time: "last erupted in 1921, when lava flows ...
		// killed 11 people" counts no dead of the 1987 blast.
		if len(years) > 0 {
			if ws == nil {
				ws = e.sentenceWordsCopy(q.sents, pi, i)
			}
			if datedOtherwise(ws, years) {
				continue
			}
		}
		// A count of what a thing has room for is given by its room,
		// and only by it, in a sentence that puts the thing: "the East Stand had a
		// licensed capacity of 640" for "how many fans can the east
		// stand fit" (see capacityHolder).
		if q.figure == figureCount && len(q.holder) > 0 {
			if ws == nil {
				ws = e.sentenceWordsCopy(q.sents, pi, i)
			}
			if e.givesRoom(ws) && putsAll(holder, sent.terms()) {
				return true
			}
			// A number of them otherwise is no room: "23 fans
			// were taken to hospital" says not how many it holds.
			continue
		}
		// A count of persons or of things must be by a number that may
		// count them: "about 15 percent less" counts no safety drivers
		// (see mayCount).
		// Those who work somewhere are counted as workers, staff or
		// jobs, or by the verb: "96,000 residents" and "1.4 million
		// customers" are no workforce.
		if workforce {
			ws = e.sentenceWordsCopy(q.sents, pi, i)
			if !e.countsWorkers(ws) {
				continue
			}
		}
		var nums []int // where the numbers that may count are
		if q.figure == figureCount && len(q.counted) > 0 && (persons || of[0].thing) {
			if ws == nil {
				ws = e.sentenceWordsCopy(q.sents, pi, i)
			}
			// "9,400 low-income tenants" counts tenants (see
			// withoutHyphenedModifiers).
			ws = withoutHyphenedModifiers(pi.sentence(i), ws)
			// A number's noun is not past a comma: "Within two
			// hours, staff had cut the network off" counts no staff
			// (see countedWords).
			markBreaks(pi.sentence(i), ws)
			nums = e.countingNumbers(q.concepts, pi.sentence(i), ws, false)
			// A number in another relation to its noun is no count of
			// it, by any name (see otherRelation).
			if drop := e.otherRelation(q, of[0], ws, nums); len(drop) > 0 {
				nums = slices.DeleteFunc(nums, func(from int) bool { return slices.Contains(drop, from) })
				ws = withoutNumbers(ws, drop)
			}
			if len(nums) == 0 {
				continue
			}
			// Those who live somewhere are counted as its dwellers,
			// its size or by the verb: "About 12,000 people had
			// marched through Valdheim" counts no one who lives there
			// (see countsDwellers).
			if dwellers && !e.countsDwellers(ws, nums) {
				continue
			}
		} else if q.figure == figureCount && len(q.counted) > 0 {
			// A count of what is neither persons nor a thing ("jobs")
			// is given by no sentence whose numbers all stand in
			// another relation to their nouns.
			if ws == nil {
				ws = e.sentenceWordsCopy(q.sents, pi, i)
			}
			all := e.countingNumbers(q.concepts, pi.sentence(i), ws, false)
			if drop := e.otherRelation(q, of[0], ws, all); len(all) > 0 && len(drop) == len(all) {
				continue
			}
		}
		// A sentence that puts the counted thing answers by a number
		// that may count it: "two tired children" counts no flights,
		// "for two years" no pilots.
		// A sum is of the words of its own clause, not of those of
		// another beside it (see sumScope).
		terms := sent.terms()
		if scopedFigure(q.figure) {
			if ts, ok := e.sumScope(pi.sentence(i), q.figure, e.currenciesOf(ref.Article)); ok {
				terms = ts
			}
		}
		// A time of day in the part of the day asked puts that part:
		// "shortly after 6 a.m." says "in the morning".
		if q.figure == figureTime && dayPart >= 0 && slices.ContainsFunc(of, func(c concept) bool { return c.label == q.concepts[dayPart].label }) && fitsDayPart(pi.sentence(i), dayPartSpan) {
			return true
		}
		if (putsAny(of, terms) && !allOf || allOf && putsAll(of, terms) && e.namesKindOf(q.concepts[q.priced], pi.sentence(i), e.currenciesOf(ref.Article))) && (nums == nil || e.countsKindOf(of[0], ws, nums)) {
			return true
		}
		// Or all of it in the sentence before, when the figure's sentence refers
		// back to it: "The Salt Harvest ... . The director said that
		// painting alone had been valued at about 30 million euros."
		if q.figure != figureCount && i > 0 && !slices.ContainsFunc(of, func(c concept) bool {
			return !c.name && c.sureMatch(pi.sents[i-1].terms()) < figureOfMatch && c.sureMatch(terms) < figureOfMatch
		}) && (e.refersBack(pi.sentence(i)) || headAgain(of, terms) || q.figure == figureMoney && e.saysNotWhatOf(pi.sentence(i), e.currenciesOf(ref.Article))) {
			return true
		}
		// Or a number of the counted thing by another of its senses'
		// words, or, for persons, a number of them by any name.
		if q.figure == figureCount && (len(of) == 1 || persons) {
			if ws == nil {
				ws = e.sentenceWordsCopy(q.sents, pi, i)
			}
			if len(of) == 1 && e.countsAsSense(of[0], ws) {
				return true
			}
			if persons && (e.numbersPersons(of[0], ws) && e.numbersOwnPersons(of[0], ws) && putsAll(qualities, sent.terms()) || act != nil && e.numbersAct(ws, act[0], after, sent.terms())) {
				return true
			}
		}
	}
	return false
}

// countsKindOf reports whether one of a sentence's numbers that may count
// (at, see countingNumbers) counts the kind of thing a "how many" question
// counts, or says not what it counts: a number of persons counts persons,
// a number of days, weeks or years a time, and a number of anything else
// neither ("two tired children" counts no flights; "14 pages", "86 dive
// sites" no students or divers; "for two years" no pilots). The noun it
// counts is one of the words after it (see countedWords); a share counts
// what it is of.
func (e *Engine) countsKindOf(counted concept, ws []word, at []int) bool {
	wn := e.lex.wn
	if wn == nil || counted.name {
		return true
	}
	lemma := counted.lemma
	if lemma == "" {
		lemma = headLemma(wn, counted.label)
	}
	kind := countKind(wn, lemma)
	for _, from := range at {
		// The first number of a range counts what its last does: "50
		// to 75 minutes", "between 6 and 72 hours".
		if from >= 0 && from+1 < len(ws) && rangeWords[ws[from].folded] && isNumberWord(ws[from+1].folded) {
			continue
		}
		// A number of a whole counts what the whole is of, past whose
		// it is: "all 11 of Tessmark's regional airports" counts
		// airports.
		if from >= 0 && partOf(ws, from) {
			from++
			for from < len(ws) && (ws[from].term == "" || isCapitalised(ws[from].surface)) {
				from++
			}
		}
		if from < 0 {
			// A share counts what it is of: "9 percent of the coral"
			// counts no divers.
			from = -from - 1
			for from < len(ws) && ws[from].term == "" {
				from++
			}
		}
		noun := false // the number is before a noun
		for j := from; j < len(ws) && j <= from+1 && ws[j].term != "" && !isNumberWord(ws[j].folded) && (j == from || !ws[j].brk); j++ {
			n := nounLemma(wn, ws[j].folded)
			if !wn.MostlyNoun(n) {
				continue
			}
			noun = true
			if n == lemma || countKind(wn, n) == kind || kind == countsPersons && agentNoun(wn, n) || wn.Related(n, lemma, 2) {
				return true
			}
		}
		if !noun {
			return true
		}
	}
	return false
}

// rangeWords join the two numbers of a range.
var rangeWords = map[string]bool{"to": true, "and": true, "or": true}

// nounLemma returns the noun lemma of a word form, an irregular plural's
// too ("children", "people"), or the word itself when WordNet knows no
// noun for it.
func nounLemma(wn *wordnet.WordNet, w string) string {
	if l, ok := wn.NounLemma(w); ok {
		return l
	}
	for _, b := range wn.Irregular(w) {
		if wn.POS(b)&wordnet.Noun != 0 {
			return b
		}
	}
	return w
}

// agentNoun reports whether a noun lemma names, in one of its senses, a
// person who does what the verb it is made from says: "holder" of "hold",
// whose first sense is a thing that holds, but "2,400 badge holders" are
// persons.
func agentNoun(wn *wordnet.WordNet, n string) bool {
	if !strings.HasSuffix(n, "er") && !strings.HasSuffix(n, "or") {
		return false
	}
	return slices.ContainsFunc(wn.Derived(n), func(v string) bool {
		return wn.POS(v)&wordnet.Verb != 0 && strings.HasPrefix(n, strings.TrimSuffix(v, "e"))
	}) && wn.KindOf(n, "person", 4)
}

// The kinds of thing a number counts, as countKind tells them.
const (
	countsThings = iota
	countsPersons
	countsTime
)

// countKind says whether a noun (a lemma) is a person or persons taken
// together, a unit of time, or another thing.
func countKind(wn *wordnet.WordNet, lemma string) int {
	switch {
	case durationWords[lemma]:
		return countsTime
	case wn.People(lemma):
		return countsPersons
	}
	return countsThings
}

// ownsMoney reports whether a concept of a question is persons who own
// the money the word after it names, a plain noun qualifying it:
// "taxpayer money", "public money". A thing qualifying it says what the
// money is for ("ticket price"), which the figure must be of.
func (e *Engine) ownsMoney(q question, i int) bool {
	c, wn := q.concepts[i], e.lex.wn
	if wn == nil || !c.modifier || c.name || i+1 == len(q.concepts) || !moneyWords[strings.ToLower(q.concepts[i+1].label)] {
		return false
	}
	return wn.People(headLemma(wn, c.label))
}

// pricedQualifiers returns the words that qualify the noun a "how much
// is X" question prices, right before it ("monthly bus" of "a monthly
// bus ticket"), when the coverage never puts that noun surely; else nil.
func pricedQualifiers(q question) []concept {
	if q.priced < 0 || q.concepts[q.priced].known >= figureOfMatch {
		return nil
	}
	var qs []concept
	for j := q.priced - 1; j >= 0; j-- {
		c := q.concepts[j]
		if c.name || !c.noun && !c.modifier {
			break
		}
		qs = append(qs, c)
	}
	return qs
}

// namesKindOf reports whether the clause that gives a sum names a noun
// that shares a sense with a priced noun the coverage never uses, or is
// a kind of it or it of that, within two steps (WordNet): a "pass" for a
// "ticket".
func (e *Engine) namesKindOf(priced concept, sentence string, money map[string]bool) bool {
	wn := e.lex.wn
	lemma := priced.lemma
	if wn == nil || lemma == "" {
		return false
	}
	ws, ok := e.sumScopeWords(sentence, figureMoney, money)
	if !ok {
		return false
	}
	return slices.ContainsFunc(ws, func(w word) bool {
		n := nounLemma(wn, w.folded)
		return w.term != "" && wn.POS(n)&wordnet.Noun != 0 && wn.Related(n, lemma, 2)
	})
}

// countedQualities returns the words a "how many" question puts before
// the persons it counts (at), that say which of them it counts: "missing"
// of "how many missing children". A number of persons by another name
// ("1,140 suspects") counts them only in a sentence that says so too.
func countedQualities(q question, at int) []concept {
	var out []concept
	for _, i := range q.counted {
		if c := q.concepts[i]; i < at && c.modifier && !c.name {
			out = append(out, c)
		}
	}
	return out
}

// putsAll reports whether a sentence's terms put every one of the
// concepts, as surely as figureOfMatch asks.
func putsAll(of []concept, terms termSet) bool {
	return !slices.ContainsFunc(of, func(c concept) bool { return c.sureMatch(terms) < figureOfMatch })
}

// putsAny reports whether a sentence's terms put one of the concepts a
// figure may be of, as surely as figureOfMatch asks.
func putsAny(of []concept, terms termSet) bool {
	return slices.ContainsFunc(of, func(c concept) bool { return c.sureMatch(terms) >= figureOfMatch })
}

// numbersAct reports whether a sentence's number counts what persons did,
// by its noun, in a sentence that says what the question says after it
// (terms): "how many people signed the petition" is answered by "a
// petition ... gathered 38,000 signatures", one for each who signed; "how
// many councillors voted to sue" is not by "rejected the plans by 9 votes
// to 4".
func (e *Engine) numbersAct(ws []word, act concept, after []concept, terms termSet) bool {
	for _, c := range after {
		// (A word the coverage never uses that is no verb is left to
		// the paragraph's coverage of the question: "the mums'
		// petition" is the mother's. A verb is not: "voted to sue".)
		if !c.name && (c.known > 0 || e.lex.wn.POS(c.lemma)&wordnet.Verb != 0) && c.sureMatch(terms) < figureOfMatch {
			return false
		}
	}
	return act.sureMatch(e.countedTerms(ws)) >= figureOfMatch || act.sureMatch(e.wordTerms(doneByNumbers(ws))) >= figureOfMatch
}

// asksWorkforce reports whether a question that counts persons asks how
// many work somewhere: a verb of working follows what it counts ("how
// many people work at the depot", "how many staff does it employ").
func (e *Engine) asksWorkforce(cs []concept) bool {
	for _, c := range cs {
		if c.thing || c.name {
			continue
		}
		first, _, _ := strings.Cut(strings.ToLower(c.label), " ")
		if slices.ContainsFunc(e.lex.wn.Lemmas(first), e.workVerb) {
			return true
		}
	}
	return false
}

// workVerb reports whether a lemma is a verb WordNet derives a worker or
// an employee from ("work": worker, "employ": employee; not "serve",
// whose server is one who serves).
func (e *Engine) workVerb(l string) bool {
	wn := e.lex.wn
	return wn.POS(l)&wordnet.Verb != 0 && slices.ContainsFunc(wn.Derived(l), func(d string) bool {
		return d == "worker" || strings.HasSuffix(d, "ee") && wn.KindOfMain(d, "employee", 2)
	})
}

// countsWorkers reports whether a sentence may count a workforce by one
// of its numbers: a verb of working, or a noun derived from one
// ("workers", "employees", "employment"), beside it ("employs about 900
// people", "900 people work there", "a workforce of 151"), or a noun of
// workers, staff or jobs it counts ("300 driver and maintenance jobs").
// A verb or a worker elsewhere in the sentence says not what its numbers
// count: "five of the 12 winners had handed in their notice, leaving him
// short of drivers", "a 1,200-home housing scheme ... forcing the
// developer to halt work".
func (e *Engine) countsWorkers(ws []word) bool {
	wn := e.lex.wn
	work := func(w word) bool {
		// A form in -s that is a noun of its own is not the verb:
		// "works" is a plant ("its Fellgate treatment works").
		if w.term == "" || strings.HasSuffix(w.folded, "s") && wn.POS(w.folded)&wordnet.Noun != 0 {
			return false
		}
		for _, l := range wn.Lemmas(w.folded) {
			if e.workVerb(l) || slices.ContainsFunc(wn.Derived(l), e.workVerb) {
				return true
			}
		}
		return false
	}
	for k, w := range ws {
		if !isNumberWord(w.folded) || isYear(w.folded) || !numberEnds(ws, k) {
			continue
		}
		// The words the number counts ("900 people", "151 staff"),
		// the verb before it ("employs about 900") or after what it
		// counts ("900 people work there").
		for j := k + 1; j < len(ws) && j <= k+4; j++ {
			if work(ws[j]) {
				return true
			}
			if j <= k+2 && ws[j].term != "" {
				l := wn.NounLemmaOr(ws[j].folded)
				if wn.KindOf(l, "worker", 6) || wn.KindOf(l, "personnel", 3) || wn.KindOf(l, "job", 3) {
					return true
				}
			}
		}
		for j := numberStart(ws, k) - 1; j >= 0 && j >= numberStart(ws, k)-4; j-- {
			if work(ws[j]) {
				return true
			}
		}
	}
	return false
}

// countedTerms is the set of the terms of a sentence's counted words (see
// countedWords).
func (e *Engine) countedTerms(ws []word) termSet { return e.wordTerms(countedWords(ws)) }

// wordTerms is the set of the terms of words.
func (e *Engine) wordTerms(ws []word) termSet {
	var terms []string
	for _, w := range ws {
		terms = append(terms, w.term)
	}
	return e.vocab.set(terms)
}

// countsPersons reports whether a "how many" question counts persons or
// persons taken together ("volunteers", "staff"), whom a sentence may count
// by another name: "how many volunteers" and "enrolled 4,860 adults", "how
// many staff" and "300 driver and maintenance jobs". A body with members
// ("companies") is not counted so.
func (e *Engine) countsPersons(q question) bool {
	wn := e.lex.wn
	if wn == nil {
		return false
	}
	counted := q.concepts[e.countedThing(q)]
	lemma := counted.lemma
	if lemma == "" {
		lemma = headLemma(wn, counted.label)
	}
	return !counted.name && wn.People(lemma)
}

// headLemma is the dictionary form of the last word of a concept's words,
// the noun the words before it qualify: "minister" of "prime minister".
func headLemma(wn *wordnet.WordNet, label string) string {
	return wn.NounLemmaOr(headWord(label))
}

// headWord is the last word of words, in lowercase: the noun the words
// before it qualify ("minister" of "Prime Minister").
func headWord(label string) string {
	label = strings.ToLower(label)
	return label[strings.LastIndexByte(label, ' ')+1:]
}

// countsAsSense reports whether a sentence's number counts the thing a
// "how many" question counts by a word that shares one of its senses, any
// of them: "340 planned operations" counts surgeries, though an operation
// is a surgery only in the third of surgery's senses. The number's noun
// says which sense is meant; the question's word alone does not, so its
// synonyms of rarer senses are no ways of putting it elsewhere. So does a
// number of a word the vectors put nearest it (see nearestStrength),
// which the dictionary files apart ("640 firms" for companies).
func (e *Engine) countsAsSense(counted concept, ws []word) bool {
	wn := e.lex.wn
	if wn == nil || counted.name {
		return false
	}
	lemma := counted.lemma
	if lemma == "" {
		lemma = headLemma(wn, counted.label)
	}
	if wn.POS(lemma)&wordnet.Noun == 0 {
		return false
	}
	for _, n := range countedWords(ws) {
		for _, l := range wn.Lemmas(n.folded) {
			if l != lemma && wn.Related(l, lemma, 0) {
				return true
			}
		}
		// Or a word the vectors put so near it that it is the same
		// thing in the story's words: "640 firms" for "how many
		// companies".
		if slices.ContainsFunc(counted.alts, func(a alt) bool {
			return !a.sure && a.strength >= nearestStrength && len(a.terms) == 1 && a.terms[0] == n.term
		}) {
			return true
		}
	}
	return false
}

// nearestStrength is how near a neighbour of a question's noun must be
// (see neighbourStrength: a cosine of about 0.89) to be the same thing in
// the story's words though the dictionary files the two apart: "firms"
// for companies, "prison" for jail. A number of it counts the noun (see
// countsAsSense).
const nearestStrength = 0.8

// numbersPersons reports whether a sentence's number counts the persons
// a "how many" question counts (counted). A number that counts another
// thing does not: "two ceasefires" says nothing of how many people were
// killed in them. A person is counted by a noun of a person, whose
// commonest sense may be a thing when it names one who does what its
// verb says ("300 commuters", first a train); persons taken together
// ("58 people", "the staff") count a word for persons taken together
// alone: "a country of 7.8 million people" counts no employees.
func (e *Engine) numbersPersons(counted concept, ws []word) bool {
	wn := e.lex.wn
	lemma := counted.lemma
	if lemma == "" {
		lemma = headLemma(wn, counted.label)
	}
	together := !wn.Person(lemma)
	for _, n := range countedWords(ws) {
		if l := wn.NounLemmaOr(n.folded); wn.Person(l) || agentNoun(wn, l) || together && wn.People(l) {
			return true
		}
	}
	return false
}

// numbersOwnPersons reports whether a sentence's number of persons (see
// numbersPersons) may count the persons a "how many" question counts
// where the coverage calls them by the question's own word: "how many
// stewards were working" is not answered by "sending 23 spectators to
// hospital" in a story that says "stewards" where it means them. A number
// counts them by that word, by a noun WordNet says shares a sense with it
// or that it is a kind of ("officers" for policemen), or by a
// noun of one who does what its verb says, who may be any of them
// ("2,400 badge holders"). Where the coverage never uses the
// word ("how many retirees", "kids"), a number of persons by any name
// may still count them: the story puts them otherwise ("pensioners").
func (e *Engine) numbersOwnPersons(counted concept, ws []word) bool {
	wn := e.lex.wn
	lemma := counted.lemma
	if lemma == "" {
		lemma = headLemma(wn, counted.label)
	}
	if !wn.Person(lemma) || e.vocab.dfOf(e.termOf(lemma)) == 0 {
		return true
	}
	for _, n := range countedHeads(wn, ws) {
		l := wn.NounLemmaOr(n.folded)
		if !wn.Person(l) {
			if agentNoun(wn, l) {
				return true
			}
			continue
		}
		if l == lemma || wn.Related(l, lemma, 2) || wn.KindOf(lemma, l, 3) {
			return true
		}
	}
	return false
}

// countedHeads returns the noun each of a sentence's numbers counts, of
// the words countedWords gives: the last of them that is mostly a noun
// ("a third-tier league match" counts no tiers, whose word also names one
// who ties), else the first.
func countedHeads(wn *wordnet.WordNet, ws []word) []word {
	var out []word
	for k, w := range ws {
		if !isNumberWord(w.folded) || isYear(w.folded) || dayOfMonth(ws, k) {
			continue
		}
		head := -1
		for j := k + 1; j < len(ws) && j <= k+2 && ws[j].term != "" && !isNumberWord(ws[j].folded) && !ws[j].brk; j++ {
			if j == k+1 || wn.MostlyNoun(nounLemma(wn, ws[j].folded)) {
				head = j
			}
		}
		if head >= 0 {
			out = append(out, ws[head])
		}
	}
	return out
}

// countedWords returns the words a sentence's numbers may count: the first
// two after each number that is not a year, up to a word of the index's
// stop list ("4,860 adults with obesity", "300 driver and maintenance
// jobs"; "two days later, officers came" counts days). A day of a month
// counts nothing: "ARNVALE, Tessmark, Oct. 15 (Calder Press) - ..." and
// "on 14 March 40 nurses walked out" give no number of presses or Marches.
// Nor is a word past a comma a number's noun where the figure check marked
// the sentence's breaks: "Within two hours, staff had cut the network off"
// counts no staff.
func countedWords(ws []word) []word {
	var out []word
	for k, w := range ws {
		if !isNumberWord(w.folded) || isYear(w.folded) || dayOfMonth(ws, k) {
			continue
		}
		for j := k + 1; j < len(ws) && j <= k+2 && ws[j].term != "" && !isNumberWord(ws[j].folded) && !ws[j].brk; j++ {
			out = append(out, ws[j])
		}
	}
	return out
}

// countedThing returns the concept a "how many" question counts: the last
// thing among the words after "many" ("camera systems", "missing
// children"), not a verb after it ("how many people went"); else the first
// noun ("how many jobs went": a job is no thing one can point at); else a
// word for persons before the last ("how many kids fainted"); else the
// last word.
func (e *Engine) countedThing(q question) int {
	at := -1
	for _, i := range q.counted {
		if q.concepts[i].thing {
			at = i
		}
	}
	if at >= 0 {
		return at
	}
	for _, i := range q.counted {
		if q.concepts[i].noun {
			return i
		}
	}
	// A word for persons is counted though it is more often a verb
	// ("kid"): "how many kids fainted" counts kids.
	for _, i := range q.counted[:len(q.counted)-1] {
		if c := q.concepts[i]; e.lex.wn != nil && c.lemma != "" && !c.name && e.lex.wn.People(c.lemma) {
			return i
		}
	}
	return q.counted[len(q.counted)-1]
}

// aboutCounted names what a "how many" question counts, or what a "how
// much is" question prices, for the message.
func aboutCounted(q question) string {
	cs := conceptsAt(q, q.counted)
	if len(cs) == 0 && q.priced >= 0 {
		cs = append(cs, q.concepts[q.priced])
	}
	if len(cs) == 0 {
		return ""
	}
	return " for " + labels(cs)
}

// labels names concepts in the reader's own words: “drones” or “Paris”.
func labels(cs []concept) string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = "“" + c.label + "”"
	}
	return strings.Join(out, " or ")
}

// voiceLabel names the speaker a question asks the words of (see
// question.voice) in the reader's words, with the words that qualify it:
// “health minister”.
func voiceLabel(q question) string {
	if q.voiceAs != "" {
		return q.voiceAs
	}
	at := q.voice - 1
	start := at
	for start > 0 && q.concepts[start-1].modifier {
		start--
	}
	var ws []string
	for _, c := range q.concepts[start : at+1] {
		ws = append(ws, c.label)
	}
	return strings.Join(ws, " ")
}

func speakerNames(es []knowledge.Entity) string {
	var out []string
	for _, e := range es {
		if !slices.Contains(out, e.Name) {
			out = append(out, e.Name)
		}
	}
	return strings.Join(out, " or ")
}

// isHeading reports whether a paragraph is a sub-heading ("What happens
// next:", "Sponsors pull out"), which introduces what answers rather than
// answering.
func (e *Engine) isHeading(ref knowledge.Ref) bool {
	pt := e.vocab.para(ref)
	if pt == nil {
		return false
	}
	t := strings.TrimSpace(pt.text)
	if t != "" && strings.IndexByte(".!?", t[len(t)-1]) >= 0 {
		// It ends a sentence, as most do: neither test below holds,
		// and its text is not read through (every candidate of every
		// question is asked).
		return false
	}
	if strings.HasSuffix(t, ":") && !strings.ContainsAny(t, ".!?") {
		return true
	}
	// A short line with no sentence in it, after the headline: "Sponsors
	// pull out", "What happens next".
	return ref.Paragraph > 1 && !strings.ContainsAny(t, ".!?\"”’") && fieldsAtMost(t, headingWords)
}

// fieldsAtMost reports whether s has at most n words, as strings.Fields
// splits them, without making them: every candidate of every question is
// asked whether it is a heading.
func fieldsAtMost(s string, n int) bool {
	words, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if words++; words > n {
				return false
			}
			in = true
		}
	}
	return true
}

// headingWords is the most words a sub-heading has.
const headingWords = 8

// backWords point a sentence back at what the one before it named.
var backWords = map[string]bool{"that": true, "this": true, "it": true, "its": true, "these": true, "those": true, "they": true, "their": true}

// headAgain reports whether a sentence names again, by its last word,
// something the question names by a phrase: "The routes will cost ..."
// after "three new electric bus routes".
func headAgain(of []concept, ts termSet) bool {
	for _, c := range of {
		for _, a := range c.alts {
			if a.sure && len(a.ids) >= 2 && ts.has(a.ids[len(a.ids)-1]) {
				return true
			}
		}
	}
	return false
}

// refersBack reports whether a sentence speaks of what its figure is of
// by a word that points back ("that painting alone had been valued at
// about 30 million euros", "It will add about 12 euros a year"): a word
// before the figure's number, where what a sentence measures is put. One
// after it points elsewhere: in "the repairs are expected to cost about 11
// million crowns, which the airport will pay from its own reserves", "its"
// is the airport's, and the sum is the repairs'.
func (e *Engine) refersBack(sentence string) bool {
	ws := e.readText(sentence)
	if n := slices.IndexFunc(ws, func(w word) bool { return isNumberWord(w.folded) && !isYear(w.folded) }); n >= 0 {
		ws = ws[:n]
	}
	for i, w := range ws {
		// "which" and the "that" of a clause ("said that the routes")
		// start a clause; "that painting" points back.
		if w.folded == "that" && (i+1 >= len(ws) || ws[i+1].term == "" || e.lex.wn == nil || !e.lex.wn.MostlyNoun(e.lex.wn.NounLemmaOr(ws[i+1].folded))) {
			continue
		}
		if backWords[w.folded] {
			return true
		}
	}
	return false
}

// statesAll reports whether a paragraph puts every concept the question
// needs stated (see concept.stated) by one of its sure ways.
func (e *Engine) statesAll(q question, ref knowledge.Ref) bool {
	pt := e.vocab.para(ref)
	var events []*eventTerms
	for _, c := range q.concepts {
		if !c.stated || pt != nil && c.sureMatch(pt.terms) > 0 {
			continue
		}
		// A year, month or weekday may be an event's of the paragraph: "the
		// 2022 talks". Nothing else is: a role or a lead word is the
		// paragraph's own ("leads the government to order a review" is no
		// chair of a panel).
		if l := strings.ToLower(c.label); !isYear(l) && !timeNames[l] {
			return false
		}
		if events == nil {
			events = e.vocab.article(ref.Article).appendEventsAt(events, ref.Paragraph)
		}
		if !slices.ContainsFunc(events, func(ev *eventTerms) bool { return c.sureMatch(ev.terms) > 0 }) {
			return false
		}
	}
	return true
}

// holdsAll reports whether a paragraph says each noun of question.held in
// one sentence with its name, or mentions one of the persons the fact
// base says belong to the name in that role: "the mayor of Redmere" is
// not answered by Carnholt's mayor in a paragraph that names Redmere
// elsewhere, and "the government's lawyer" is answered where the deputy
// attorney general speaks.
func (e *Engine) holdsAll(q question, ref knowledge.Ref) bool {
	if len(q.held) == 0 {
		return true
	}
	pi := e.vocab.para(ref)
	if pi == nil {
		return false
	}
	for _, h := range q.held {
		noun, name := q.concepts[h.noun], q.concepts[h.name]
		if slices.ContainsFunc(pi.sents, func(s sentInfo) bool {
			return noun.sureMatch(s.terms()) > 0 && name.sureMatch(s.terms()) > 0
		}) {
			continue
		}
		if !slices.ContainsFunc(h.members, func(m knowledge.Entity) bool {
			return m.Article == ref.Article && slices.Contains(m.Paragraphs, ref.Paragraph)
		}) {
			return false
		}
	}
	return true
}

// askedKind returns the kind of answer a question asks for when it is a
// group or a place ("what party", "which company"), which a paragraph
// that answers must put (see givesKind); else nil. A person asked for
// ("which guests") is most often named alone: "On Saturday, Zelenskyy
// hosted ... Emmanuel Macron". ("Which country" and "what city" ask for a
// place by name, which namesPlace reads: no concept reads their words.)
func (e *Engine) askedKind(q question) *concept {
	for i, c := range q.concepts {
		if c.answer && c.nameable && !c.name && !e.personKind(c) {
			return &q.concepts[i]
		}
	}
	return nil
}

// givesKind reports whether a paragraph puts the kind of answer asked for
// by its word or an instance the question's reading found ("Labour" for
// "party"): "what party is the health minister from" is not answered by
// "Health minister Anneke Dorval said ...", whatever else it shares with
// the question. The coverage as a whole may name such a kind only by its
// instances (see question.missing), but the paragraph that answers names
// it.
func (e *Engine) givesKind(kind concept, ref knowledge.Ref) bool {
	pt := e.vocab.para(ref)
	return pt != nil && kind.sureMatch(pt.terms) > 0
}

// personKind reports whether a noun of the question is a person's ("guests",
// "prime minister"), by its last word.
func (e *Engine) personKind(c concept) bool {
	wn := e.lex.wn
	if wn == nil {
		return false
	}
	return wn.Person(headLemma(wn, c.label))
}

// placeSenses are, for each kind of place a question may ask for (see
// placeKinds), the WordNet words that one of its instances is a kind of
// each.
var placeSenses = map[string][]string{"country": {"country", "land"}, "city": {"city"}}

// namesPlace reports whether a paragraph names a place of the kind a
// question asks for ("what country is Marrin from"): a place of the fact
// base it mentions whose role or name says it is one ("Velland",
// "Country where the marathon is run"), a name WordNet knows as one
// ("Kenya", "Saudi Arabia"), or an adjective of one ("Kenyan").
func (e *Engine) namesPlace(kind string, ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	if pi == nil {
		return false
	}
	wn := e.lex.wn
	// A kind of the sense the kind's words share (a country is "land" in
	// the sense of a nation's territory, not the "country" that is any
	// region, such as a "Centre"), and not that sense itself: "National"
	// is of a nation, but names none.
	senses := placeSenses[kind]
	of := func(f func(string, string, int) bool, w string) bool {
		for _, s := range senses {
			if !f(w, s, 2) || f(w, s, 0) {
				return false
			}
		}
		return true
	}
	ofKind := func(noun string) bool {
		return noun == kind || wn != nil && of(wn.KindOf, noun)
	}
	if a := e.vocab.article(ref.Article); a != nil {
		for _, g := range a.p.groups {
			en := g.entity
			if en == nil || en.Kind != knowledge.KindPlace || !roleSays(en.Role, ofKind) && !ofKind(strings.ToLower(en.Name)) {
				continue
			}
			if slices.Contains(en.Paragraphs, ref.Paragraph) || slices.ContainsFunc(g.alts, func(ts []string) bool {
				for _, id := range e.vocab.set(ts) {
					if !pi.terms.has(id) {
						return false
					}
				}
				return true
			}) {
				return true
			}
		}
	}
	if wn == nil {
		return false
	}
	ws := e.readText(pi.text)
	for i, w := range ws {
		if !isCapitalised(w.surface) {
			continue
		}
		if i+1 < len(ws) && isCapitalised(ws[i+1].surface) && of(wn.KindOf, w.folded+"_"+ws[i+1].folded) || of(wn.KindOf, w.folded) || of(wn.OfKind, w.folded) {
			return true
		}
	}
	return false
}

// madeVerbs say that something was made or begun, before the year it was:
// "built in 1971".
var madeVerbs = map[string]bool{"built": true, "founded": true, "opened": true, "established": true, "launched": true,
	"constructed": true, "created": true, "formed": true, "completed": true, "inaugurated": true, "erected": true}

// madeIn reports whether words say when something was made: a word of
// madeVerbs, then "in" and a year.
func madeIn(ws []word) bool {
	for k := 0; k+2 < len(ws); k++ {
		if madeVerbs[ws[k].folded] && ws[k+1].folded == "in" && isYear(ws[k+2].folded) {
			return true
		}
	}
	return false
}

// givesSpanOf reports whether a paragraph says how long what a "how long
// has" question asks of has been so: a sentence of it gives a span (see
// givesSpan) and puts something the question names. "Fenwright's team of
// 26 archaeologists is working seven days a week" gives none, and "She
// waited nearly four thousand years," in a paragraph where Fenwright
// speaks, gives none of Fenwright's.
func (e *Engine) givesSpanOf(q question, ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	if pi == nil {
		return false
	}
	// Of a person named, the paragraph must speak, and the sentence
	// that gives a span must put what the question says they have been
	// or done, outside the names of others: "79 hours after a sudden
	// storm ..., the Marrovian Cave Rescue Service said", beside Henrik
	// Alvsen, says nothing of how long he has been caving, nor "over five
	// years", in Pellow's words, how long he has been chief executive.
	persons := namedPersons(q)
	if persons && !e.mentionsAll(q, ref, true) {
		return false
	}
	said := slices.ContainsFunc(q.concepts, func(c concept) bool { return !c.name })
	for i, sent := range pi.sents {
		ws := e.readText(pi.sentence(i))
		if !givesSpan(ws) {
			continue
		}
		if persons && said {
			out := e.outsideNames(q, ref.Article, ws, sent.terms())
			if slices.ContainsFunc(q.concepts, func(c concept) bool { return !c.name && c.sureMatch(out) > 0 }) {
				return true
			}
			continue
		}
		if slices.ContainsFunc(q.concepts, func(c concept) bool { return c.sureMatch(sent.terms()) > 0 }) {
			return true
		}
	}
	return false
}

// mentionsPlaced reports whether a paragraph mentions each place the
// question names after a noun by "in" (see placedIn), by its name or as
// the fact base says it does: "the temperature in Fenmouth" is not
// given by "41.6 C at its Harrowgate station".
func (e *Engine) mentionsPlaced(q question, ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	for _, j := range q.placed {
		c := q.concepts[j]
		if !c.mentions(ref) && (pi == nil || c.sureMatch(pi.terms) == 0) {
			return false
		}
	}
	return true
}

// placedConcepts returns the concepts of question.placed.
func placedConcepts(q question) []concept {
	out := make([]concept, len(q.placed))
	for i, j := range q.placed {
		out[i] = q.concepts[j]
	}
	return out
}

// givesEventTime reports whether a sentence of paragraph ref (pi) gives the
// time of day of an event the fact base cites it for, whose summary
// answers enough of a "what time" question (its "time" answered by the
// summary's own time of day).
func (e *Engine) givesEventTime(q question, ref knowledge.Ref, pi *paraInfo) bool {
	clock := clockConcept(q)
	if clock < 0 || pi.figures&(1<<figureTime) == 0 {
		return false
	}
	for _, ev := range e.vocab.article(ref.Article).appendEventsAt(nil, ref.Paragraph) {
		if len(ev.clocks) == 0 || givenCoverage(q, ev.terms, knowledge.Ref{}, 1<<clock)*eventWeight < answerThreshold {
			continue
		}
		for i, sent := range pi.sents {
			if sent.figures&(1<<figureTime) == 0 {
				continue
			}
			for _, c := range clocksOf(pi.sentence(i)) {
				if slices.Contains(ev.clocks, c) {
					return true
				}
			}
		}
	}
	return false
}

// askedYears returns the years a question names ("in the 1987 blast").
func askedYears(q question) []string {
	var out []string
	for _, c := range q.concepts {
		if l := strings.ToLower(c.label); c.name && isYear(l) {
			out = append(out, l)
		}
	}
	return out
}

// datedOtherwise reports whether a sentence's words name a year and none
// of years: what it tells is of another time than the one asked.
func datedOtherwise(ws []word, years []string) bool {
	other := false
	for _, w := range ws {
		if isYear(w.folded) {
			if slices.Contains(years, w.folded) {
				return false
			}
			other = true
		}
	}
	return other
}

// identifiesPersons reports whether a paragraph may say which persons a
// "which" question asks for by a noun for them ("which builder is doing
// the repairs", "which student broke their wrist"): not when it puts
// the noun only as one it does not identify, after "a", a number or
// nothing ("A local builder has estimated the repairs", "one student
// had a fractured wrist", "Councillors ... voted"), with no name beside
// it. A paragraph that does not put the noun may name them alone.
func (e *Engine) identifiesPersons(q question, ref knowledge.Ref) bool {
	if len(q.concepts) == 0 || q.name || q.who {
		return true
	}
	i := slices.IndexFunc(q.concepts, func(c concept) bool { return c.answer && !c.name && e.personKind(c) })
	if i < 0 {
		return true
	}
	if kind := q.concepts[i]; e.singularOne(kind) && e.putsNot(kind, ref) {
		return e.mentionsOneOfKind(q, headLemma(e.lex.wn, kind.label), ref)
	}
	return e.identifiesKind(q, q.concepts[i], ref)
}

// putsNot reports whether a paragraph the coverage has puts no word of a
// concept surely.
func (e *Engine) putsNot(c concept, ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	return pi != nil && c.sureMatch(pi.terms) == 0
}

// identifiesKind reports whether a paragraph may say which persons told
// of by a noun (kind) are: it puts the noun beside a name or as one
// already told of somewhere, or not at all (see identifiesPersons).
func (e *Engine) identifiesKind(q question, kind concept, ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	if pi == nil {
		return false
	}
	put := false
	for ws, k := range e.putsOf(kind, pi) {
		put = true
		if e.nameBeside(q, ws, k) || e.definiteAt(ws, k) {
			return true
		}
	}
	return !put
}

// putsOf yields each place a paragraph puts a concept's word: the words
// of a sentence that surely matches it, read afresh, and the index of
// one that ends one of its alternatives there.
func (e *Engine) putsOf(kind concept, pi *paraInfo) iter.Seq2[[]word, int] {
	return func(yield func([]word, int) bool) {
		for s, sent := range pi.sents {
			if kind.sureMatch(sent.terms()) == 0 {
				continue
			}
			ws := e.readText(afterDateline(pi.sentence(s)))
			for k, w := range ws {
				if endsAlt(kind, e.vocab.id(w.term), sent.terms()) && !yield(ws, k) {
					return
				}
			}
		}
	}
}

// definiteAt reports whether the noun at k is put as one already told of:
// after "the", "this", a possessive or the like, past the words that
// qualify it ("the local builder", "the firm's engineers").
func (e *Engine) definiteAt(ws []word, k int) bool {
	j := e.beforeQualifiers(ws, k)
	return j >= 0 && (determiners[ws[j].folded] && ws[j].folded != "a" && ws[j].folded != "an" || possessive(ws[j].surface))
}

// beforeQualifiers returns the index of the word before the noun at k and
// the words that qualify it ("encrypted messaging" in "an encrypted
// messaging app"), stopping at a determiner or a possessive; -1 if none.
func (e *Engine) beforeQualifiers(ws []word, k int) int {
	j := k - 1
	for j >= 0 && !determiners[ws[j].folded] && !possessive(ws[j].surface) && e.qualifierWord(ws[j]) {
		j--
	}
	return j
}

// sumForMany reports whether a sentence counts a thing by a number above
// one ("24 remotely operated cranes") and says not that its sum is per
// one of them ("each", "per", "apiece", "every"): its sum is for them
// all, no one's price. The number counts the thing where the thing's
// noun follows it within a few words that qualify it ("remotely operated
// ship-to-shore"), before any determiner or break.
func (e *Engine) sumForMany(thing concept, ws []word) bool {
	wn := e.lex.wn
	if wn == nil || thing.name {
		return false
	}
	lemma := thing.lemma
	if lemma == "" {
		lemma = headLemma(wn, thing.label)
	}
	many := false
	for i, w := range ws {
		switch w.folded {
		case "each", "per", "apiece", "every":
			return false
		}
		if many || !isNumberWord(w.folded) || w.folded == "one" || w.folded == "1" || w.folded == "a" {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+6 && !ws[j].brk && !isNumberWord(ws[j].folded) && !determiners[ws[j].folded]; j++ {
			if ws[j].term != "" && nounLemma(wn, ws[j].folded) == lemma {
				many = true
				break
			}
		}
	}
	return many
}

// pricedThings returns the things a "how much" question asks the sum of:
// its priced noun (see pricedNoun), or where it finds none ("how much
// does one of the automated cranes cost") the words it names that are no
// name and no word of money.
func pricedThings(q question) []concept {
	if q.priced >= 0 {
		return q.concepts[q.priced : q.priced+1]
	}
	var cs []concept
	for _, c := range q.concepts {
		if !c.name && !moneyWords[strings.ToLower(c.label)] {
			cs = append(cs, c)
		}
	}
	return cs
}

// putsPayments reports whether sentence i of a paragraph, or the one
// before it, puts (or sentence i by a kind of it: "damages" for
// "compensation") each noun of a money question that names a particular
// kind of payment (WordNet: a kind of payment, "compensation", "fine",
// "salary"), not money as such ("money", "cash", "cost", "price").
func (e *Engine) putsPayments(q question, terms termSet, i int, pi *paraInfo) bool {
	wn := e.lex.wn
	if wn == nil {
		return true
	}
	for _, c := range q.concepts {
		if !c.noun || c.name || !moneyWords[strings.ToLower(c.label)] {
			continue
		}
		l := headLemma(wn, c.label)
		if !wn.MostlyNoun(l) || !wn.MainKindOf(l, "payment", 3) {
			continue
		}
		if c.sureMatch(terms) < figureOfMatch && (i == 0 || c.sureMatch(pi.sents[i-1].terms()) < figureOfMatch) && !e.putsKindOf(l, pi.sentence(i)) {
			return false
		}
	}
	return true
}

// putsKindOf reports whether a sentence has a noun of a kind of the noun
// lemma l (or l itself), by WordNet: "seeking 1.2 million crowns in
// damages" puts compensation.
func (e *Engine) putsKindOf(l, sentence string) bool {
	wn := e.lex.wn
	for _, w := range e.readText(sentence) {
		if w.term == "" {
			continue
		}
		if n, ok := wn.NounLemma(w.folded); ok && wn.KindOf(n, l, 2) {
			return true
		}
	}
	return false
}
