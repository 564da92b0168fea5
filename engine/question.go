package engine

import (
	"cmp"
	"iter"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/engine/wordvec"
	"github.com/coveragebot/coveragebot/knowledge"
)

// question is a question read into the things it asks about.
type question struct {
	concepts []concept
	// sents, when not nil, keeps the words of the sentences read while
	// the question's candidates are scored (see sentenceMemo).
	sents *sentenceMemo
	// figure is the kind of number a "how many/much/old/long" question
	// asks for; only a paragraph that gives one answers it.
	figure figure
	// counted are the concepts a "how many" question counts.
	counted []int
	// priced is the concept a "how much is/does X" question asks the sum
	// of, the noun that heads X ("ticket" of "a monthly bus ticket"); -1
	// if none.
	priced int
	// holder are the concepts of what a "how many X can Y hold" question
	// asks the room of (Y: "the east stand"); nil when it asks no room
	// (see capacityHolder).
	holder []int
	// whose are the concepts of persons a "how old" question names as
	// whose ("Castellan's kids", "castellans kids"): it asks another's
	// age than theirs.
	whose []int
	// measured is the concept a "how much N" question asks the amount of,
	// the noun N that heads the words right after "much" ("profit" of
	// "how much profit does the airport make"), or an income a "what"
	// question asks ("what was veltras profit", see askedAmountOf); -1 if
	// none.
	measured int
	// whole are the number words a "how many of the 27 families"
	// question gives the whole it asks a part of by, which are no answer
	// (see wholeNumbers); nil for none.
	whole []string
	// rate is what a "how much/many" question asks a figure per ("a
	// week", "each household"), which only a sentence that gives one so
	// answers (see givesRate).
	rate perRate
	// perItem: a "how much" question asks the sum of one of a kind of
	// thing ("how much does each of the cranes cost", "one of the
	// ambulances", "a single ticket"), which a sum for many of them ("a
	// $420 million programme to install 24 cranes") does not give (see
	// sumForMany).
	perItem bool
	// mass: a "how much N" question asks an amount of N, a noun used as
	// a mass ("how much water", "how much severance"), which a number of
	// things one can count does not give (see countsThingsOnly).
	mass bool
	// overview: the question asks what the coverage is about, as a whole
	// ("tldr", "what happened", "what is this about").
	overview bool
	// day is the day the question names by month and number ("what
	// happened on may 11"), nil if none: the paragraphs of the events the
	// fact base dates to it answer.
	day *askedDay
	// undated is a day the question names by an ordinal alone that no
	// event of the coverage is dated to ("on the 20th"), as typed; ""
	// for none. It is no number the coverage must mention.
	undated string
	// length: the question asks a length ("how deep", "how tall", "how
	// wide"), which only a measure in a unit of length gives.
	length dimension
	// duration: the question asks how much time something took or
	// lasts ("how long did it take"), which only a span of time gives
	// (see givesDuration), not a length.
	duration bool
	// when: the question asks when ("when did", "what year", "what
	// day"), which a paragraph with a date answers better.
	when bool
	// whenItself: the question itself asks when, not a yes/no question
	// with a "when" clause inside it ("did they find any cash when they
	// raided the places"; see asksWhenItself).
	whenItself bool
	// calendar is the unit of the calendar a "what year" or "what date"
	// question asks its date in, which only a paragraph that gives a date
	// in it answers (see askedCalendar); calendarNone for none.
	calendar string
	// statedDates are the date words the question states itself ("what
	// date do the september resits start"), which date no answer.
	statedDates map[string]bool
	// where: the question asks where ("where can i pick up water"),
	// which a sentence that places what it asks of answers better (see
	// givesPlace).
	where bool
	// whenPast: a "when" question is asked of the past ("when did the
	// builders down tools"), not of what is or is to come ("when does
	// her ban end"); see dayWeight.
	whenPast bool
	// lastDone: a "when" question asks when something was last done
	// ("when was that valve last replaced"), which only a paragraph that
	// dates that act answers (see askedLastDone, datesDone).
	lastDone bool
	// made is the past participle of the verb of a "when" question that
	// asks when something was made or begun ("when was the bridge
	// built"), which only a paragraph that gives the year answers (see
	// askedMade, givesMade); "" for none.
	made string
	// since: the question asks how long something has been so ("how
	// long has Pellow worked there"), which only a paragraph that gives
	// a span or the year it began answers (see givesSpan).
	since bool
	// often: the question asks how often ("how often do the trams
	// run"), which a paragraph that gives a frequency answers better (see
	// givesFrequency).
	often bool
	// tally: the word by which the question asks for the result of a
	// vote or a match in numbers ("what was the final tally", "how
	// close was it"), which a paragraph that tells one answers (see
	// askedTally, givesTally); "" for none.
	tally string
	// before: the question asks whether something happened before ("has
	// the plant had accidents before"), which a paragraph that goes back
	// beyond the story's days answers better (see tellsEarlier).
	before bool
	// fateAt is the index in the question's words of what a "what
	// happens to X" question asks the fate of, -1 for none; fate holds
	// its concepts once read.
	fateAt int
	fate   []int
	// why: the question asks why ("why did", "how come"), which a
	// paragraph that gives a reason for what it asks answers better.
	why bool
	// storyRef: the question stands for the story's event by a pronoun
	// ("why are they doing this"), which with nothing named its lead
	// tells.
	storyRef bool
	// elsewhere: the question asks how often a thing happens or whether
	// it happened to others (see asksElsewhere), which with nothing named
	// but the story's event its history tells.
	elsewhere bool
	// change: a "how many" question asks a difference between counts
	// ("how many more", "how many extra", "won by how many"), which an
	// increment or a margin answers (see asksChange).
	change bool
	// stock: a "how many" question asks how many there are or someone
	// has ("how many inspectors are there", "how many staff does the firm
	// have"), a total that an increment is not (see asksStock).
	stock bool
	// degree: the question asks to what degree ("how prolific", "how
	// warm"), which a paragraph with a number answers better.
	degree bool
	// ifThen: the question asks what follows if something happens, which
	// a paragraph that gives a condition ("if", "unless") for what it asks
	// answers better, as one that gives a reason does "why".
	ifThen bool
	// placeKind: the question asks which country or city ("what country
	// is Marrin from"), by a word that is then no concept ("country" is
	// one the index drops); a paragraph that answers names one (see
	// namesPlace).
	placeKind string
	// leaders: the question asks who leads an organisation it names
	// ("who's running the pilots union", "who heads the agency"), and
	// these are the paragraphs that first name the persons the fact base
	// says lead it.
	leaders []knowledge.Ref
	// ran is the thing a "who runs the ferry" question asks of, when the
	// fact base names it by no name but knows it by that noun (see
	// operators).
	ran ranThing
	// vector is the question's words as a bag of vectors.
	vector []float32
	// restVector is the vector of what it asks of those it names (see
	// restVector).
	restVector []float32
	// name: the question asks for a name ("what was the name of the
	// farmer who died"), which only a paragraph that names someone or
	// something the question does not answers; person: a person's.
	// nameOf is that part of the question in the reader's words ("name
	// of the farmer").
	name, person bool
	nameOf       string
	// whoOther: it asks "who" did something, so not whom it names by
	// name (see asksAnotherPerson).
	whoOther bool
	// nameQualifiers are its words no dictionary knows that qualify a
	// noun after them ("calloway" of "the calloway paper").
	nameQualifiers []string
	// phone: the question asks for a phone number ("what's the hotline
	// number", "the number to call"), which only a paragraph that gives
	// one answers.
	phone bool
	// occupation: the question asks what someone does for a living
	// ("what does he do for a living", "what is her job"), which only a
	// paragraph that sets a noun for what they are beside their name
	// answers (see givesOccupation).
	occupation bool
	// measure: the question asks for a speed or a temperature, which only
	// a number in its unit gives.
	measure int
	// named are the concepts of nameOf, the noun named last ("supplement",
	// "brand" of "the name of the supplement brand").
	named []int
	// readAs says whom a pronoun of the question was read as, for the
	// reply: "Reading “her” as Lena Strand."
	readAs string
	// speakers: the question asks what they said ("what did Macron say",
	// see asksWords), which saying says; read once for the score and
	// decide stages.
	speakers []knowledge.Entity
	saying   bool
	// quoted are the concepts of the one a question asks what they said
	// ("mum" of "what did the mum say", see asksQuoted), whose own words,
	// quoted, answer it.
	quoted []int
	// voice is, counted from 1, the concept of a speaker the question asks
	// the words of whom the fact base knows by no name or role ("what did
	// the health minister say" of a story that quotes no minister): only
	// an article that gives them as the one who speaks somewhere answers
	// (see voiced); 0 for none.
	voice int
	// voiceOf is, counted from 1, the concept of the body a voice leads
	// by "of" ("union" of "what did the head of the farmers union say",
	// see asksVoice), which must qualify the role a story gives speaking;
	// voiceAs is the reader's words for it all; 0 and "" for none.
	voiceOf int
	voiceAs string
	// viewers are the persons a question asks the view of when the fact
	// base knows them by no name ("what do students think of it", "are
	// the tenants happy with it"), put as asksView tells: a paragraph
	// that gives one of them speaking answers it best (see heardFrom).
	viewers concept
	// viewed is, counted from 1, the concept of the view verb or word of
	// feeling viewers are asked by ("think of", "happy"); 0 for none.
	viewed int
	// lay: the viewers are people at large ("locals", "residents", "the
	// public"), whom a story hears by those who speak for no body (see
	// layPersons).
	lay bool
	// held pairs a noun for a person that the fact base names no one by
	// with the name that says whose or where it is ("the mayor of
	// Redmere", "Redmere's mayor"): a paragraph that answers says both in
	// one sentence, not the mayor of one town and another town apart.
	held []heldNoun
	// placed are the concepts of places named after a noun by "in" ("the
	// average rent in Lunmark"), which a paragraph that answers mentions.
	placed []int
	// who: the question starts with "who", and asks who did what its
	// first word after it says when that is a verb (see doerNamed).
	who bool
	// whoIs: the question asks who someone told of by a noun is ("who is
	// the microbiologist"), which only a name answers (see asksWhoIs).
	whoIs bool
	// roleOf is the role of a body a "who is" question asks of when the
	// persons its noun was read as are of another (see roleOfBody).
	roleOf roleOfBody
	// whichThing is the thing a "which N" question asks which it is (see
	// askedWhichThing).
	whichThing whichThing
	// attribute is what a "what N" question asks of a thing it names
	// (see askedAttribute).
	attribute attribute
	// others are the concepts of kinds the question asks of others of
	// ("has any other city done this"), which a paragraph that speaks of
	// others of the kind answers better (see tellsOfOthers); whichOthers:
	// it asks which ones, or their names, or who they are, which only a
	// paragraph that names one answers.
	others      []othersKind
	whichOthers bool
	// done: the question asks whether something was done ("did the
	// council vote to ..."), which a paragraph that tells it only as yet
	// to come does not answer (see asksDone, toldPending).
	done bool
	// outcome: it asks what came of something done ("what did the review
	// conclude"), which a paragraph that tells it only as yet to come
	// does not answer (see asksOutcome, outcomePending).
	outcome bool
	// outcomeOf: it asks so by a noun for what came of it ("what was the
	// result of the senate vote"; see asksOutcomeOf): the thing asked of
	// is the rest, and a sentence that puts it as yet to come, not as
	// what the one asked of said would follow, tells it so itself.
	outcomeOf bool
	// outcomeKind: it asks so by a noun for a kind of what came of it
	// before "did" ("which way did the senate vote", "what verdict did
	// the coroner reach"; see asksOutcomeKind): that noun is the answer
	// asked for, not the thing asked of.
	outcomeKind bool
}

// heldNoun is a noun for a person held to the name that says whose or
// where it is (see question.held): the concepts' places, and the persons
// the fact base says belong to the name whose role the noun fits ("the
// government's lawyer": the deputy attorney general), whom a paragraph
// may mention instead.
type heldNoun struct {
	noun, name int
	members    []knowledge.Entity
}

// alt is one way the coverage may put a concept: analyzed terms that must
// all occur, and how surely they mean it (1 for the word itself or a name
// of the entity, a word vector's cosine for a neighbour).
type alt struct {
	terms    []string
	ids      []uint32 // the terms' ids; nil when the coverage lacks one
	strength float64
	// sure: the word itself, a name of its entity, a base or irregular
	// form, a word WordNet derives from it or says is the same thing or a
	// kind of it. A thing is known to the coverage only by a sure alt.
	sure bool
	// specific: a neighbour outside English's specificRank commonest
	// words, which news uses for few things (see weigh).
	specific bool
	// phrase: a dictionary's phrase of several words ("next friend", a
	// sense of "agent"), which the coverage has only where its words
	// stand side by side; the reader's own words ("fire chief") it may
	// put apart ("Chief Fire Officer").
	phrase bool
}

// concept is one thing a question asks about.
type concept struct {
	label string // the reader's own words, for messages
	// lemma is the dictionary form of a one-word concept's word as read
	// ("people" for "ppl", "volunteer" for "volunteers"); else "".
	lemma    string
	noun     bool // its word is mostly a noun
	alts     []alt
	entities []*knowledge.Entity // shared with the coverage: read, never changed
	weight   float64
	// name: it names someone or something (an entity, a capitalised word
	// inside the question, a number). Names are never stood in for by
	// their neighbours: Paris is not Moscow.
	name bool
	// thing: a name or a noun. The coverage must mention every thing a
	// question asks about, or it cannot answer.
	thing bool
	// answer: the kind of answer asked for ("which leaders", "what
	// punishment"): the coverage answers with an instance and need not use
	// the word.
	answer bool
	// nameable: a noun a name may be an instance of (a person, group or
	// place). The coverage must mention the kind of answer asked for, or an
	// instance of it, unless it is nameable: "which hotel" needs a hotel;
	// "which team" may be answered by a club's name.
	nameable bool
	// known is how surely the coverage as a whole mentions the concept.
	known float64
	// aside: it is said in passing, in a phrase after a preposition or in a
	// clause of its own ("when reporters asked", "with lower ranking
	// officials"), not as what the question is about.
	aside bool
	// clause: it is said in a clause of its own ("when reporters asked"),
	// which tells when or why, not what is asked about.
	clause bool
	// story: it is said in the reader's own story, not in what they ask
	// (see storyWords): it weighs less, and the coverage need neither
	// mention it nor date an event to its day ("my cousin was at the
	// reception on saturday and now her husband is sick, is there a
	// number she can ring").
	story bool
	// own: it is a person of the reader's own ("my cousin"; see
	// askersOwn).
	own bool
	// modifier: a noun or adjective qualifying the noun after it ("bin" of
	// "bin collections").
	modifier bool
	// describedAs is the reader's words for someone the fact base's roles
	// say the concept is ("dive shop owner", "head of the transit
	// agency"), for the reply; "" when it is not read so.
	describedAs string
	// stated: a paragraph that answers must put it in its own words (a
	// role no one holds), or, for a year, month or weekday, tell an event
	// of that date: the deaths of this year's flood say nothing of "the
	// 2007 floods".
	stated bool
	// verbWord is the first word of a verb of two words ("go" of "go up",
	// "paying" of "paying for"), which alone puts it (see
	// readCollocation): it is as common in English as that word.
	verbWord string
	// leads is, counted from 1, the concept of a leading role this one's
	// organisation qualifies ("the agency" of "the head of the agency"),
	// read as the persons who hold it; 0 for none.
	leads int
}

// Neighbours of a word count from this cosine on, and at most this many.
const (
	minNeighbourCos = 0.55
	maxNeighbours   = 6
)

// synonymStrength is how surely a WordNet synonym puts a word: most words
// have several senses, and the question's may not be the synonym's.
const synonymStrength = 0.8

// deniedStrength is how much a word denied ("not closed") still counts
// as itself once its opposite ("open") is read in its place.
const deniedStrength = 0.25

// knownFloor is how surely a thing must be mentioned for the coverage to
// answer about it.
const knownFloor = 0.7

// oneWordKindDepth is how many steps down WordNet's kinds of a thing
// the coverage never names are looked for (see readWordAfresh).
const oneWordKindDepth = 2

// kindTerm returns the term of a noun the coverage uses as it is written,
// or in its plural ("shareholders"), or "" when it uses neither.
func (e *Engine) kindTerm(noun string) string {
	for _, w := range []string{noun, noun + "s"} {
		if t, ok := e.vocab.words[w]; ok && e.vocab.dfOf(t) > 0 {
			return t
		}
	}
	return ""
}

// unknownWordWeight is the weight of an everyday word the coverage never uses.
const unknownWordWeight = 1.2

// kindWords, before "of" after a wh-word, ask for the noun after them.
var kindWords = map[string]bool{"kind": true, "kinds": true, "sort": true, "sorts": true, "type": true, "types": true}

// whWords start a question whose next noun is the kind of answer wanted.
var whWords = map[string]bool{"what": true, "which": true, "whose": true}

// countWords after "how" ask for a number and nothing else: they are no
// words of the answer.
var countWords = map[string]bool{"many": true, "much": true, "often": true}

// howMuch are the words of "how long", "how many" and the like, which ask
// for a number; all but countWords also say of what ("how high").
var howMuch = map[string]bool{
	"long": true, "many": true, "much": true, "far": true, "big": true, "large": true, "old": true,
	"often": true, "high": true, "wide": true, "deep": true, "tall": true,
}

// someoneWords are the casual nouns for a person that say nothing of them
// ("the guy who died", "the folks in charge"): a coverage names its people
// and never calls them so, so these are no things it must mention.
var someoneWords = map[string]bool{
	"guy": true, "guys": true, "bloke": true, "blokes": true, "dude": true, "dudes": true,
	"fella": true, "fellas": true, "folks": true, "chap": true, "chaps": true,
	"lady": true, "ladies": true, "gal": true, "gals": true, "lad": true, "lads": true,
}

// genericPersons are the words for persons as such, which a coverage
// that never uses them names otherwise (see readWordAfresh).
var genericPersons = map[string]bool{"people": true, "persons": true, "person": true}

// indefinites are the pronouns that stand for someone or something not
// named ("is anyone leaving", "did anybody object"): English's stop list
// keeps "any" and "some" but not these, and no dictionary defines them, so
// they would otherwise read as unknown names the coverage never mentions.
// They are kept as words ("everyone's eyes turned to Istanbul"), never as
// things the coverage must mention. So is "else", which follows them and
// the wh-words ("anyone else", "what else") and no dictionary defines
// either.
var indefinites = map[string]bool{
	"anyone": true, "anybody": true, "someone": true, "somebody": true,
	"everyone": true, "everybody": true, "nobody": true, "noone": true,
	"whoever": true, "whatever": true, "whichever": true, "whomever": true,
	"anywhere": true, "somewhere": true, "everywhere": true, "nowhere": true,
	"everything": true, "nothing": true, "else": true,
}

// read is stage 1: it reads a question into concepts: names and synonym
// phrases first (longest match), then each remaining word with the words of
// the coverage it may stand for.
func (e *Engine) read(text string) question {
	var q question
	// A question typed all in capitals ("WHO IS PESKOV") names nothing by
	// its capitals: read it as lowercase, as one typed so is.
	if shouting(text) {
		text = strings.ToLower(text)
	}
	ws := e.readText(text)
	markBreaks(text, ws)
	e.expandContractions(ws)
	e.expandShortenings(ws)
	ws = e.splitGlued(ws)
	ws = e.dropChatFiller(ws)
	ws = imperativeAsk(dropPreamble(dropSelfReference(dropOrElse(ws))))
	e.shiftParticles(ws)
	if d, ok := readDay(ws); ok {
		q.day = &d
	} else if d, ok := e.readBareDay(ws); ok {
		q.day = &d
	} else if d, ok := e.readRelativeDay(ws); ok {
		q.day = &d
	} else {
		q.undated = e.dropUndatedDay(ws)
	}
	// "tldr", "what is this about": nothing to look for but the story in
	// brief (see Engine.overview). Not "what happened on the 20th".
	if q.overview = q.day == nil && q.undated == "" && asksOverview(ws); q.overview {
		for i := range ws {
			ws[i].term = ""
		}
	}
	e.fixWhWords(ws)
	e.fixStopWords(ws)
	e.readStopAcronyms(ws)
	e.dropObjectUs(ws)
	e.dropArticleOne(ws)
	e.fixMisspellings(ws)
	e.dropPassiveGet(ws)
	e.goingTo(ws)
	e.dropAdverbs(ws)
	dropTruthAsked(ws)
	dropFunctionUses(ws)
	e.readAdverbPhrases(ws)
	dropLoneLetters(ws)
	e.joinCompounds(ws)
	answerAt := -1 // index in ws of the word after a wh-word
	manyAt := -1   // index in ws of "many" in "how many"
	q.figure = questionFigure(ws)
	q.length = asksLength(e.lex.wn, ws)
	q.duration = asksDuration(ws)
	q.change = q.figure == figureCount && asksChange(ws)
	q.stock = q.figure == figureCount && asksStock(ws)
	if q.figure == figureAny && e.lex.wn != nil && asksSum(e.lex.wn, ws) {
		q.figure = figureMoney
	}
	if r, marks := askedRate(e.lex.wn, ws); q.figure != figureNone {
		q.rate = r
		for _, i := range marks {
			ws[i].term = ""
		}
	}
	if q.figure != figureNone {
		q.whole = wholeNumbers(ws)
	}
	q.when = asksWhen(ws)
	if q.when {
		q.whenItself = asksWhenItself(ws)
		q.calendar = askedCalendar(ws)
		q.statedDates = statedDates(ws)
		q.made = askedMade(e.lex.wn, ws)
		q.whenPast = askedInPast(ws)
		if i := askedLastDone(e.lex.wn, ws); i >= 0 {
			q.lastDone = true
			ws[i].term = ""
		}
	}
	q.where = asksWhere(ws)
	q.since = asksSince(ws)
	q.before = asksBefore(ws)
	q.often = asksOften(ws)
	if i := askedTally(e.lex.wn, ws); i >= 0 {
		q.tally = ws[i].folded
	}
	q.fateAt = askedFate(ws)
	q.why = asksWhy(ws)
	q.storyRef = slices.ContainsFunc(ws, func(w word) bool { return storyPronouns[w.folded] || storyKinds[w.folded] })
	q.elsewhere = asksElsewhere(ws)
	q.degree = q.figure == figureNone && asksDegree(e.lex.wn, ws)
	q.ifThen = asksIfThen(ws)
	q.placeKind = askedPlaceKind(ws)
	if q.placeKind != "" {
		// "What country" asks for one by its name: the word is the
		// kind of answer, which a paragraph that names one need not
		// say (see namesPlace).
		for i := 1; i < len(ws); i++ {
			if placeKinds[ws[i].folded] != "" && (ws[i-1].folded == "what" || ws[i-1].folded == "which") {
				ws[i].term = ""
			}
		}
	}
	e.readMakeOf(ws)
	q.name, q.person, q.nameOf = e.asksName(ws)
	q.who = len(ws) > 0 && ws[0].folded == "who"
	q.whoOther, q.nameQualifiers = e.asksAnotherPerson(ws)
	q.whoIs = asksWhoIs(ws)
	q.phone = asksPhone(ws)
	occupationAt := -1 // the word that asks someone's work ("living")
	for _, i := range askedOccupation(e.lex.wn, ws) {
		q.occupation, occupationAt = true, i
	}
	q.measure = askedMeasure(ws)
	for i, w := range ws {
		if i > 0 && ws[i-1].folded == "how" && howMuch[w.folded] {
			// "how many" and "how much" say only that a number is asked
			// for, and "how long has" that a date is; "how high" says
			// of what too ("the highest level").
			if !countWords[w.folded] && !sinceWhen(ws, i-1) {
				continue
			}
			ws[i].term = ""
			// "How many are still in hospital" counts whoever is
			// there: no word after it says what.
			// Nor does a verb: "how many ended up in hospital" counts
			// whoever did it.
			if w.folded == "many" && (i+1 == len(ws) || !beForms[ws[i+1].folded]) && !verbAfterMany(e.lex.wn, ws, i) {
				manyAt = i
				// "How many of the adults were men" counts adults, the
				// words after "of" and a determiner ("of them" names
				// no one).
				if j := wholeAfter(ws, i); j >= 0 {
					manyAt = j - 1
				}
			}
		}
		// "How come" asks why: "come" is no word of the answer.
		if i > 0 && ws[i-1].folded == "how" && w.folded == "come" && q.why {
			ws[i].term = ""
		}
		if whWords[w.folded] && i+1 < len(ws) && answerAt < 0 && !freeRelative(ws, i) {
			answerAt = i + 1
		}
	}
	// "What is Erdogan's party" asks for a party: the noun after a
	// possessive after "is".
	if answerAt >= 0 && answerAt+2 < len(ws) && beForms[ws[answerAt].folded] {
		j := answerAt + 1
		if determiners[ws[j].folded] {
			j++
		}
		if j+1 < len(ws) && possessive(ws[j].surface) {
			answerAt = j + 1
		}
	}
	// "What kind of weapons" asks for weapons: "kind of" is phrasing (and
	// no "kind of" that means somewhat).
	if answerAt >= 0 && answerAt+2 < len(ws) && kindWords[ws[answerAt].folded] && ws[answerAt+1].folded == "of" {
		ws[answerAt].term = ""
		answerAt += 2
	}
	// The kind of answer is the noun that heads the phrase: "which
	// european leaders" asks for leaders.
	phraseAt := answerAt // where the phrase starts: "european"
	for answerAt >= 0 && answerAt+1 < len(ws) && e.modifies(ws[answerAt], ws[answerAt+1]) && !e.verbBeforeObject(ws, answerAt+1) {
		answerAt++
	}
	aside, clause := asides(ws)
	story := e.storyWords(ws)
	verbAt := e.mainVerb(ws)
	if verbAt < 0 && len(ws) > 0 && (ws[0].folded == "who" || ws[0].folded == "which" || ws[0].folded == "what") {
		// "Which hotel hosts the talks", "who chairs the committee": the
		// question's subject is what it asks for, and its verb comes
		// after a word or two.
		for j := 1; j < len(ws) && j <= 3; j++ {
			if e.verbBeforeObject(ws, j) || j+1 < len(ws) && ws[j+1].folded == "to" && e.verbForm(ws[j].folded) {
				verbAt = j
				break
			}
		}
	}
	// The content words, in order, with their place among all words.
	var idx []int
	for i, w := range ws {
		if w.term != "" {
			idx = append(idx, i)
		}
	}
	toks := make([]string, len(idx))
	for k, i := range idx {
		toks[k] = ws[i].term
	}
	redone := e.doneAgain(ws)
	byGroup := map[int]int{}
	pt := e.phraseTable()
	firstWord := make([]int, 0, len(toks)) // of each concept, its first word's index in ws
	for k := 0; k < len(toks); {
		if manyAt >= 0 && idx[k] > manyAt && idx[k] <= manyAt+2 {
			q.counted = append(q.counted, len(q.concepts))
		}
		// A name or a phrase of the coverage's runs over the stop words the
		// index drops ("Office of the ... Commissioner"), but not over a
		// verb: "how many pilots are in the union" names no pilots' union.
		reach := 1
		for k+reach < len(toks) && !slices.ContainsFunc(ws[idx[k+reach-1]+1:idx[k+reach]], breaksPhrase) {
			reach++
		}
		g, n := pt.longest(toks[k : k+reach])
		if g >= 0 {
			label := surface(ws[idx[k] : idx[k+n-1]+1])
			if j, ok := byGroup[g]; ok {
				pt.mergeInto(&q.concepts[j], g)
			} else {
				byGroup[g] = len(q.concepts)
				c := concept{label: label, thing: true}
				pt.mergeInto(&c, g)
				c.name = len(c.entities) > 0
				q.concepts = append(q.concepts, c)
				firstWord = append(firstWord, idx[k])
			}
			k += n
			continue
		}
		if c, n, ok := e.readCollocation(ws, idx, k, idx[k] == answerAt); ok {
			c.answer = (idx[k] == answerAt || idx[k+n-1] == answerAt) && c.thing
			c.aside = aside[idx[k]]
			c.clause = clause[idx[k]]
			c.story = story[idx[k]]
			q.concepts = append(q.concepts, c)
			firstWord = append(firstWord, idx[k])
			k += n
			continue
		}
		w := ws[idx[k]]
		acronym := idx[k] > 0 && e.acronym(ws, idx[k])
		c := e.readWord(w, idx[k] > 0 && isCapitalised(w.surface) && !acronym, idx[k] == answerAt, phraseAt >= 0 && idx[k] >= phraseAt && idx[k] <= answerAt, e.nounCue(ws, idx[k]))
		if acronym {
			c.thing = true // it names a thing as a name does: one the coverage must mention
		}
		if q.degree && idx[k] > 0 && ws[idx[k]-1].folded == "how" {
			// "How hot was it" asks a temperature, which a paragraph
			// may give without saying "hot": the attribute the
			// adjective is a value of.
			for _, n := range e.lex.wn.Attributes(w.folded) {
				e.addSure(&c, n, synonymStrength)
			}
		}
		if re, ok := redone[idx[k]]; ok {
			e.addSure(&c, re, synonymStrength)
		}
		if idx[k] > 0 && deniesState(ws[idx[k]-1].folded) && e.lex.wn != nil {
			// "the schools that aren't closed" are those that stay
			// open: a word denied may be told as its opposite.
			var as []string
			if e.lex.wn.POS(w.folded)&wordnet.Adjective != 0 {
				as = e.lex.wn.Antonyms(w.folded)
			}
			if len(as) > 0 {
				for i := range c.alts {
					c.alts[i].strength *= deniedStrength
				}
			}
			for _, a := range as {
				e.addSure(&c, a, 1)
			}
		}
		c.aside = aside[idx[k]]
		c.clause = clause[idx[k]]
		c.story = story[idx[k]]
		c.stated = (isYear(w.folded) || timeNames[w.folded]) && !c.story
		c.modifier = k+1 < len(idx) && idx[k+1] == idx[k]+1 && !possessive(w.surface) && e.modifies(w, ws[idx[k]+1]) && !e.verbBeforeObject(ws, idx[k]+1) && !e.compound(w, ws[idx[k]+1])
		if c.modifier && !c.name && e.adjective(w.folded) {
			c.thing = false // "junior officials": an adjective, not a junior
		}
		if !c.modifier && !c.name && whetherIs(ws) && !(idx[k] > 0 && deniesState(ws[idx[k]-1].folded)) && e.lex.wn != nil && e.lex.wn.POS(w.folded)&wordnet.Adjective != 0 {
			// "is the river still open to boats" is answered by a
			// paragraph that says it was shut: a state asked whether
			// it holds is told as much by its opposite, though less
			// surely than by its own word. Not an adjective before its
			// noun ("is the old bridge safe"), which names, nor one
			// denied, which the antonym already stands for.
			for _, a := range e.lex.wn.Antonyms(w.folded) {
				e.addSure(&c, a, synonymStrength)
			}
		}
		if idx[k] == verbAt && !c.name {
			c.thing = false // "want" in "what does the government want"
		}
		if c.thing && !c.name && e.unknownComplement(ws, idx[k]) {
			c.thing = false // "legit" in "did they verify it was legit"
		}
		if c.thing && !c.name && e.partitive(ws, idx[k]) {
			c.thing, c.answer = false, false // "a chunk of Skellan": Skellan is asked about
		}
		if e.askersOwn(ws, idx[k]) && !c.name {
			c.thing = false
			c.own = true
		}
		if e.describedBy(ws, idx[k], c) || e.toldTo(ws, idx[k], c) {
			// "the woman who sued" is someone the coverage names
			// otherwise; "what did the minister tell lawmakers" asks
			// what the minister said.
			c.thing = false
		}
		// A word said twice ("face to face") is one thing asked about,
		// not two of the same weight.
		if slices.ContainsFunc(q.concepts, func(o concept) bool { return strings.EqualFold(o.label, c.label) }) {
			if n := len(q.counted); n > 0 && q.counted[n-1] == len(q.concepts) {
				q.counted = q.counted[:n-1] // "how many many"
			}
		} else {
			q.concepts = append(q.concepts, c)
			firstWord = append(firstWord, idx[k])
		}
		k++
	}
	q.priced = pricedNoun(e.lex.wn, ws, q.concepts, firstWord)
	q.holder = e.capacityHolder(ws, manyAt, firstWord)
	if q.figure == figureAny && q.priced >= 0 && askedPrice(e.lex.wn, ws, q.concepts[q.priced]) {
		q.figure = figureMoney
	}
	q.measured = measuredNoun(e.lex.wn, ws, q.concepts, firstWord)
	q.perItem = asksPerItem(ws)
	q.mass = q.figure == figureAny && asksMass(e.lex.wn, ws)
	if q.figure == figureNone && !q.when {
		if at := askedAmountOf(e.lex.wn, ws, q.concepts, firstWord); at >= 0 {
			q.figure, q.measured = figureAny, at
		}
	}
	if e.asksWage(q, ws) {
		q.rate.period = anyPeriod
	}
	if q.fateAt >= 0 {
		for i, at := range firstWord {
			if at >= q.fateAt && !q.concepts[i].clause {
				q.fate = append(q.fate, i)
			}
		}
	}
	q.others = askedOthers(ws, q.concepts, firstWord)
	q.whichOthers = len(q.others) > 0 && (asksWhichOthers(ws) || q.name || q.who)
	q.done = !q.before && !q.elsewhere && len(q.others) == 0 && asksDone(ws)
	q.outcome = !q.before && !q.elsewhere && len(q.others) == 0 && (asksOutcome(ws) || asksOutcomeKind(e.lex.wn, ws))
	q.outcomeOf = q.outcome && asksOutcomeOf(ws)
	q.outcomeKind = q.outcome && !asksOutcome(ws) && len(q.concepts) > 1 && len(firstWord) > 0 && firstWord[0] == 1
	if q.name {
		q.named = namedConcepts(q.concepts, q.nameOf)
	} else if role := e.whoIsRole(ws); role != "" {
		q.named = namedConcepts(q.concepts, role)
		q.nameOf = "name of the " + role // for the reply when it abstains
	}
	var readAs []string
	if !q.name {
		// (A question that asks for the name asks who they are.)
		e.readDescribed(ws, q.concepts)
		e.readLeaders(ws, q.concepts)
	}
	q.roleOf = e.askedRoleOfBody(ws, q.concepts, q.whoIs)
	q.whichThing = e.askedWhichThing(ws, q.concepts, firstWord)
	q.attribute = e.askedAttribute(ws)
	if !q.name {
		for i, c := range q.concepts {
			if c.describedAs != "" && len(c.entities) == 1 && c.leads == 0 && !e.readAsOther(q, i) {
				readAs = append(readAs, "Reading “"+c.describedAs+"” as "+c.entities[0].Name+".")
			}
		}
	}
	if c, ok := e.antecedent(ws, q.concepts); ok {
		q.concepts = append(q.concepts, c)
		readAs = append(readAs, "Reading “"+c.label+"” as "+c.entities[0].Name+".")
	}
	q.readAs = strings.Join(readAs, " ")
	e.pricedKinds(&q)
	e.countedPersons(&q)
	for i := range q.concepts {
		e.readInstances(&q.concepts[i], q.concepts)
		e.resolve(&q.concepts[i])
		e.weigh(&q.concepts[i])
	}
	if q.occupation {
		q.occupation = e.readOccupation(q.concepts, firstWord, occupationAt)
	}
	if !q.name {
		q.held = e.heldBy(ws, q.concepts)
	}
	q.placed = placedIn(ws, q.concepts)
	if q.figure == figureAge {
		q.whose = e.whoseAsked(ws, q.concepts)
	}
	if asksLeader(ws) {
		q.leaders = e.leaders(q.concepts)
		lead := e.readLeadWord(ws, q.concepts)
		if len(q.leaders) == 0 {
			e.leadStated(q.concepts)
			if lead >= 0 {
				// No one the fact base knows leads it: the paragraph
				// that answers says that one does ("who chaired the
				// panel" is not answered by what the panel decided).
				q.concepts[lead].stated = true
				// And the body led, by its word, when the fact base
				// knows it by no name: "who chairs the safety
				// monitoring committee" is not answered where a
				// company's chief executive speaks of safety.
				if body := e.ledBody(q.concepts, lead); body >= 0 {
					q.concepts[body].stated = true
				}
			}
			// "Who runs the ferry": whoever the ferry belongs to.
			q.leaders, q.ran = e.operators(q.concepts, lead)
		}
	}
	// "How did the fishermen react": a verb of speech the coverage never
	// uses asks for what they said or did, which it may put otherwise.
	if asksHow(ws) {
		for i := range q.concepts {
			if c := &q.concepts[i]; c.known == 0 && len(c.entities) == 0 && e.isSpeech(*c) {
				c.weight *= howSpeechWeight
			}
		}
	}
	q.speakers, q.saying = e.asksWords(q)
	q.voice = e.asksVoice(ws, q)
	q.quoted = e.asksQuoted(ws, q.concepts)
	if q.voice > 0 {
		q.voiceOf, q.voiceAs = voiceLeads(ws, q.concepts, q.voice-1)
		if q.voiceOf > 0 {
			q.voice, q.voiceOf = q.voiceOf, q.voice
			q.speakers, q.saying = nil, false
		}
	}
	if !q.saying {
		q.viewers, q.viewed, q.lay = e.asksView(q, ws, firstWord)
	}
	if q.saying || q.viewed > 0 {
		// "What do police reckon": a view verb the coverage never
		// uses asks for their words, which put it otherwise.
		for i := range q.concepts {
			if c := &q.concepts[i]; e.isView(*c) && e.vocab.dfOf(c.alts[0].terms[0]) == 0 {
				c.weight *= howSpeechWeight
			}
		}
	}
	q.vector = bagVector(e.lex, ws)
	q.restVector = e.restVector(q, ws)
	return q
}

// restVector is the bag vector of a question's words but those of the
// people and things it names that the fact base knows (and the words
// before them that qualify them): what it asks of them. A paragraph that
// goes on about one of them after the one that introduced them names
// them by their surname or a pronoun ("Lammers said", "she wrote"), not
// by the words the question puts them in ("the chief executive"); it is
// compared with what is asked of them. Nil when the question names none,
// or only them.
func (e *Engine) restVector(q question, ws []word) []float32 {
	named := map[string]bool{}
	for i, c := range q.concepts {
		if len(c.entities) == 0 {
			continue
		}
		for j := i; j >= 0 && (j == i || q.concepts[j].modifier); j-- {
			for _, f := range strings.Fields(strings.ToLower(q.concepts[j].label)) {
				named[f] = true
			}
		}
	}
	if len(named) == 0 {
		return nil
	}
	rest := make([]word, 0, len(ws))
	for _, w := range ws {
		if !named[w.folded] {
			rest = append(rest, w)
		}
	}
	if len(rest) == len(ws) {
		return nil
	}
	return bagVector(e.lex, rest)
}

// whSpellings are the words that ask, in the order a slip is read as one:
// "whos" is "who" before "whose".
var whSpellings = []string{"what", "who", "which", "where", "when", "why", "how", "whose", "whom"}

// howSpellings are the words after "how" that ask for a figure, in the
// order a slip after "how" is read as one ("how mcuh").
var howSpellings = []string{"much", "many", "long", "often", "far", "old", "big"}

// fixWhWords reads a slip of a word that asks as that word ("wat did the
// mayor say", "wich dose", "how mcuh"): a word no dictionary knows and the coverage
// never uses, one letter from a wh-word, and not a name within the
// question ("Hoy" is no "how"). Left as it was, it would be a
// thing the coverage never mentions, and the question would be refused.
func (e *Engine) fixWhWords(ws []word) {
	if e.lex == nil || e.lex.wn == nil {
		return
	}
	for i, w := range ws {
		if len(w.folded) < 2 || !e.unknownTyped(ws, i) {
			continue
		}
		for _, wh := range whSpellings {
			if knowledge.OneEdit(w.folded, wh) {
				ws[i].folded, ws[i].term = wh, e.termOf(wh)
				break
			}
		}
		if i > 0 && ws[i-1].folded == "how" && ws[i].folded == w.folded {
			for _, m := range howSpellings {
				if knowledge.OneEdit(w.folded, m) {
					ws[i].folded, ws[i].term = m, e.termOf(m)
					break
				}
			}
		}
	}
}

// preambleWants and preambleAsks make the preamble "I'd like to know",
// "I want to ask", "we wanted to find out".
var (
	preambleWants = map[string]bool{"like": true, "want": true, "wanted": true, "wanna": true, "need": true, "needed": true}
	preambleAsks  = map[string]bool{"know": true, "ask": true, "find": true, "learn": true, "hear": true, "check": true, "understand": true}
)

// askAuxiliaries, askWho and askTell make the preamble "can someone tell
// me", "does anyone know", "could you explain".
var (
	askAuxiliaries = map[string]bool{"can": true, "could": true, "would": true, "will": true, "does": true, "do": true, "did": true}
	askWho         = map[string]bool{"someone": true, "somebody": true, "anyone": true, "anybody": true, "you": true, "u": true, "ya": true}
	askTell        = map[string]bool{"tell": true, "explain": true, "show": true, "remind": true, "know": true, "knows": true, "remember": true, "say": true}
)

// dropPreamble drops what a question says before it asks, when it starts
// by saying one would like to know ("i'd like to know how many scooters
// there are" asks "how many scooters there are", not of liking) or by
// asking someone to tell ("can someone tell me who died", "does anyone
// know if the ban is legal", "anyone know when it starts").
func dropPreamble(ws []word) []word {
	i := 0
	if i < len(ws) && askAuxiliaries[ws[i].folded] {
		i++
	}
	if i+1 < len(ws) && askWho[ws[i].folded] && askTell[ws[i+1].folded] && (i > 0 || ws[i].folded == "anyone" || ws[i].folded == "anybody") {
		j := i + 2
		if j < len(ws) && (ws[j].folded == "me" || ws[j].folded == "us") {
			j++
		}
		if j < len(ws) && (ws[j].folded == "if" || ws[j].folded == "whether") {
			j++
		}
		if j < len(ws) {
			return ws[j:]
		}
	}
	for i := 0; i+2 < len(ws) && i < 4; i++ {
		if !preambleWants[ws[i].folded] || ws[i+1].folded != "to" || !preambleAsks[ws[i+2].folded] {
			continue
		}
		j := i + 3
		if ws[i+2].folded == "find" && j < len(ws) && ws[j].folded == "out" {
			j++
		}
		if j < len(ws) {
			return ws[j:]
		}
		return ws
	}
	return ws
}

// selfNouns are what a reader calls the coverage itself: "according to
// the article", "does the piece mention china".
var selfNouns = map[string]bool{
	"article": true, "articles": true, "story": true, "piece": true, "coverage": true,
	"text": true, "news": true, "writeup": true,
}

// dropSelfReference drops the words by which a question points at the
// coverage itself, which ask nothing of it: "according to the article",
// "in this story", and "the article" asked whether it says or mentions
// something ("does the piece mention china" asks whether China is
// mentioned, not about a piece).
func dropSelfReference(ws []word) []word {
	for i := 0; i+1 < len(ws); i++ {
		if (ws[i].folded != "the" && ws[i].folded != "this") || !selfNouns[ws[i+1].folded] {
			continue
		}
		from, to := i, i+2
		switch {
		case i >= 2 && ws[i-2].folded == "according" && ws[i-1].folded == "to":
			from = i - 2
		case i >= 1 && (ws[i-1].folded == "in" || ws[i-1].folded == "from"):
			from = i - 1
		case i >= 1 && askAuxiliaries[ws[i-1].folded] && to < len(ws) && sayVerbs[ws[to].folded]:
		default:
			continue
		}
		out := append(slices.Clone(ws[:from]), ws[to:]...)
		if len(out) == 0 {
			return ws
		}
		return out
	}
	return ws
}

// sayVerbs are what a text is asked to do: "does the article say".
var sayVerbs = map[string]bool{"say": true, "mention": true, "tell": true, "report": true, "state": true, "claim": true, "explain": true}

// shouting reports whether a text is written in capitals: it has no
// lowercase letter, and at least two words of two capitals or more.
func shouting(text string) bool {
	words := 0
	for _, w := range strings.Fields(text) {
		caps := 0
		for _, r := range w {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsUpper(r) {
				caps++
			}
		}
		if caps >= 2 {
			words++
		}
	}
	return words >= 2
}

// askVerbs ask for something by name when a question starts with them:
// "name the leaders who visited kyiv", "list the sanctions".
var askVerbs = map[string]bool{"name": true, "list": true, "identify": true, "enumerate": true}

// imperativeAsk reads a question that starts with a verb asking for names
// ("name the leaders who visited kyiv", "list all the sanctions") as the
// "which" question it is ("which leaders visited kyiv"): the verb and the
// words before the noun asked for ("me", "all", "the") are dropped, and
// the verb's place is a "which".
func imperativeAsk(ws []word) []word {
	if len(ws) < 2 || !askVerbs[ws[0].folded] {
		return ws
	}
	if (ws[0].folded == "name" || ws[0].folded == "names") && ws[1].folded == "of" {
		return ws // "name of the engineer?" asks a name (see asksName)
	}
	j := 1
	for j < len(ws) && (determiners[ws[j].folded] || ws[j].folded == "me" || ws[j].folded == "all" || ws[j].folded == "of") {
		j++
	}
	if j == len(ws) {
		return ws
	}
	out := append([]word{{surface: ws[0].surface, folded: "which"}}, ws[j:]...)
	// "who" after the noun asked for starts no question of its own:
	// "the leaders who visited kyiv" are the leaders that did.
	for i := 2; i < len(out); i++ {
		if out[i].folded == "who" || out[i].folded == "that" || out[i].folded == "which" {
			out = append(out[:i], out[i+1:]...)
			break
		}
	}
	return out
}

// fixStopWords reads a short word no dictionary knows that is a stop word
// with two letters swapped ("teh", "adn", "fo") as that stop word: left as
// it was, it would be a thing the coverage never mentions.
func (e *Engine) fixStopWords(ws []word) {
	if e.lex == nil || e.lex.wn == nil {
		return
	}
	for i, w := range ws {
		if n := len(w.folded); n < 2 || n > 4 || !e.unknownTyped(ws, i) {
			continue
		}
		b := []byte(w.folded)
		for j := 0; j+1 < len(b); j++ {
			b[j], b[j+1] = b[j+1], b[j]
			if s := string(b); s != w.folded && e.termOf(s) == "" {
				ws[i].folded, ws[i].term = s, ""
				break
			}
			b[j], b[j+1] = b[j+1], b[j]
		}
	}
}

// readStopAcronyms reads a stop word written in capitals before a noun as
// the acronym it is there ("the hospital's IT director", "US regulators"):
// a word of the question, which the acronym reading spells out (see
// acronym), not the pronoun the stop list drops. A question typed all in
// capitals was lowercased before; one starting with "It" writes no
// acronym.
func (e *Engine) readStopAcronyms(ws []word) {
	wn := e.lex.wn
	if wn == nil {
		return
	}
	for i := 1; i+1 < len(ws); i++ {
		w := ws[i]
		if w.term != "" || len(w.surface) < 2 || strings.ToUpper(w.surface) != w.surface || !lettersOnly(w.surface) {
			continue
		}
		if next := ws[i+1]; next.term == "" || wn.POS(wn.NounLemmaOr(next.folded))&wordnet.Noun == 0 {
			continue
		}
		if wn.POS(w.folded)&wordnet.Noun != 0 && len(wn.Synonyms(w.folded)) > 0 {
			ws[i].term = w.folded
		}
	}
}

// dropObjectUs drops "us" typed in lowercase where it is the pronoun of
// those who ask ("how much are they paying us", "how many of us"), which
// English's stop list keeps though it drops "we", "me" and "our": read as
// the country, it is a thing the coverage may never mention. After a
// determiner or before a noun ("the us", "us troops") it is the country.
func (e *Engine) dropObjectUs(ws []word) {
	wn := e.lex.wn
	for i, w := range ws {
		if w.folded != "us" || w.surface != "us" || w.term == "" {
			continue
		}
		if i > 0 && determiners[ws[i-1].folded] {
			continue
		}
		if i+1 < len(ws) && ws[i+1].term != "" && wn != nil && wn.MostlyNoun(nounLemma(wn, ws[i+1].folded)) {
			continue
		}
		ws[i].term = ""
	}
}

// dropArticleOne drops "one" before a noun or "of", where it says no more
// than "a" does ("how much can one household collect", "one of the
// suspects"): read as a number, it is a figure the coverage must give,
// and one that writes numbers in digits never does. "One" that stands
// for a noun ("the one who", "the maths one") stays.
func (e *Engine) dropArticleOne(ws []word) {
	wn := e.lex.wn
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].folded != "one" || ws[i].term == "" {
			continue
		}
		next := ws[i+1]
		if next.folded == "of" || next.term != "" && !isNumberWord(next.folded) && wn != nil && wn.MostlyNoun(nounLemma(wn, next.folded)) {
			ws[i].term = ""
		}
	}
}

// goingTo reads "going to" before anything but a verb ("is Putin going to
// Istanbul", "going to the talks") as the verb "go", a word of the
// question: the stop list drops "going" for the future it says before a
// verb ("going to meet").
func (e *Engine) goingTo(ws []word) {
	wn := e.lex.wn
	if wn == nil {
		return
	}
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].folded != "going" || ws[i+1].folded != "to" {
			continue
		}
		// Where to: a name, a determiner, or a word that is no verb
		// ("going to meet" and "going to be a law" say the future). To
		// be somewhere is to go there: "going to be in Turkey".
		next := ws[i+2]
		there := next.folded == "be" && i+3 < len(ws) && (ws[i+3].folded == "in" || ws[i+3].folded == "at")
		if !there && !isCapitalised(next.surface) && !determiners[next.folded] && (next.term == "" || wn.POS(next.folded)&wordnet.Verb != 0) {
			continue
		}
		if t := e.termOf("go"); t != "" {
			ws[i].folded, ws[i].term = "go", t
		}
	}
}

// dropFunctionUses reads as phrasing the words that, where they stand,
// do a function word's work and name nothing: "one" standing for a noun
// said or meant ("after this one", "rent one", "one of these buses", "the
// ones they got out"), which no number word before a noun is ("one
// transplant"); "like" that is no verb, having no subject or auxiliary
// before it ("a blackout like this", "what was the weather like", "how big
// is marlow, like how many ppl bank there"), where it compares or only
// fills; and "round" that is "around" ("send ppl round", "from round
// here", "this time round"), not the noun after a determiner or before
// "of" ("the last round of layoffs"). Read as words, "one" is the number 1
// the coverage must print, "like" the verb of liking and "round" a thing.
func dropFunctionUses(ws []word) {
	for i, w := range ws {
		switch w.folded {
		case "ones":
			ws[i].term = ""
		case "one":
			if i+1 == len(ws) || ws[i+1].term == "" {
				ws[i].term = ""
			}
		case "like":
			if i > 0 && ws[i-1].term != "" {
				ws[i].term = ""
			}
		case "round":
			if (i == 0 || !determiners[ws[i-1].folded]) && (i+1 == len(ws) || ws[i+1].folded != "of") {
				ws[i].term = ""
			}
		}
	}
}

// dropLoneLetters reads a letter on its own as phrasing: it is what is
// left of an abbreviation the analyzer splits ("a&e", "r&d", "Q&A"), an
// initial or a label ("plan b"), and no thing the coverage must name by
// that letter.
func dropLoneLetters(ws []word) {
	for i, w := range ws {
		if r := []rune(w.folded); len(r) == 1 && unicode.IsLetter(r[0]) {
			ws[i].term = ""
		}
	}
}

// dropAdverbs reads a common word that is only ever an adverb as
// phrasing, as a stop word is: "is putin really going to turn up", "was
// Harju ever charged", "has anyone been arrested yet". A word that is an
// adjective too ("still", "late") is kept, and so is a rarer adverb
// ("abroad", "illegally"), which says something of what is asked.
func (e *Engine) dropAdverbs(ws []word) {
	wn, vec := e.lex.wn, e.lex.vec
	if wn == nil || vec == nil {
		return
	}
	for i, w := range ws {
		// "Back then", "back in 2022": when, said twice.
		if w.folded == "back" && i+1 < len(ws) && (ws[i+1].folded == "then" || ws[i+1].folded == "in" && i+2 < len(ws) && (isYear(ws[i+2].folded) || monthNumbers[ws[i+2].folded] != 0)) {
			ws[i].term = ""
			continue
		}
		if w.term == "" || wn.POS(w.folded) != wordnet.Adverb {
			continue
		}
		if r, ok := vec.Rank(w.folded); ok && r < adverbRank || stanceAdverbs[w.folded] {
			ws[i].term = ""
		}
	}
}

// stanceAdverbs say how sure or how earnest the asker is, never what is
// asked ("when does the ban actually start", "what exactly did she say",
// "is he possibly coming"): phrasing, however rare. Adverbs that say how
// something was done ("seriously hurt", "illegally") are not among them.
var stanceAdverbs = map[string]bool{
	"actually": true, "basically": true, "literally": true, "honestly": true, "exactly": true,
	"precisely": true, "definitely": true, "absolutely": true, "certainly": true, "obviously": true,
	"apparently": true, "perhaps": true, "maybe": true, "possibly": true, "probably": true,
	"indeed": true, "truly": true, "essentially": true, "simply": true,
}

// joinCompounds reads two words the coverage writes as one as that word:
// "snuff box" is the text's "snuffbox", "web site" its "website". Only
// when the coverage has the word joined and never the two apart.
func (e *Engine) joinCompounds(ws []word) {
	for i := 0; i+1 < len(ws); i++ {
		a, b := ws[i], ws[i+1]
		if a.term == "" || b.term == "" || len(a.folded) < 3 || len(b.folded) < 3 || !lettersOnly(a.folded) || !lettersOnly(b.folded) {
			continue
		}
		t := e.termOf(a.folded + b.folded)
		if t == "" || e.vocab.dfOf(t) == 0 || e.phraseInCoverage([]string{a.term, b.term}) {
			continue
		}
		ws[i] = word{surface: a.surface + b.surface, folded: a.folded + b.folded, term: t, brk: a.brk}
		ws[i+1].term = ""
		i++
	}
}

// splitCompound returns the terms of the two words, of three letters or
// more each, that a word is written of when the coverage has them as a
// phrase ("front line" for "frontline"), the split with the longer first
// word first; else nil. It is joinCompounds the other way round.
func (e *Engine) splitCompound(w string) []string {
	if !lettersOnly(w) {
		return nil
	}
	for i := len(w) - 3; i >= 3; i-- {
		a, b := e.termOf(w[:i]), e.termOf(w[i:])
		if a == "" || b == "" || e.vocab.dfOf(a) == 0 || e.vocab.dfOf(b) == 0 {
			continue
		}
		if ts := []string{a, b}; e.phraseInCoverage(ts) {
			return ts
		}
	}
	return nil
}

// spelledOut returns the terms of the phrase of the coverage that an
// acronym of two to five letters stands for: of its word-vector neighbours
// among the coverage's words, the few that start with each of its letters,
// in an order the coverage has as a phrase ("liquefied natural gas" for
// "lng"); else nil.
func (e *Engine) spelledOut(w string, vec wordvec.Vec) []string {
	if len(w) < 2 || len(w) > 5 || !lettersOnly(w) {
		return nil
	}
	nbs := e.neighbours(vec, w, kindNeighbourCos, kindNeighbours)
	byLetter := make([][]string, len(w))
	for i := range len(w) {
		for _, nb := range nbs {
			if len(byLetter[i]) < 3 && nb.Word[0] == w[i] {
				byLetter[i] = append(byLetter[i], e.vocab.words[nb.Word])
			}
		}
		if len(byLetter[i]) == 0 {
			return nil
		}
	}
	ts := make([]string, len(w))
	var try func(i int) bool
	try = func(i int) bool {
		if i == len(w) {
			return e.phraseInCoverage(ts)
		}
		for _, t := range byLetter[i] {
			if ts[i] = t; try(i + 1) {
				return true
			}
		}
		return false
	}
	if try(0) {
		return ts
	}
	return nil
}

// lettersOnly reports whether a word is letters alone.
func lettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// anyVerb reports whether one of a word's lemmas is a verb.
func anyVerb(wn *wordnet.WordNet, w string) bool {
	for _, l := range wn.Lemmas(w) {
		if wn.POS(l)&wordnet.Verb != 0 {
			return true
		}
	}
	return false
}

// adverbRank is the frequency rank under which an adverb is phrasing.
const adverbRank = 1000

// getForms are the forms of "get", which before a participle makes a
// passive: "what got stolen", "how many people are getting laid off".
var getForms = map[string]bool{"get": true, "gets": true, "got": true, "gotten": true, "getting": true}

// dropPassiveGet reads a "get" that makes a passive as phrasing, as "was"
// is: "what got stolen" asks what was stolen, and "getting laid off" is
// "laid off", not WordNet's "get laid". A "get" before a noun ("how many
// got liver damage") is kept.
func (e *Engine) dropPassiveGet(ws []word) {
	wn := e.lex.wn
	if wn == nil {
		return
	}
	for i := 0; i+1 < len(ws); i++ {
		next := ws[i+1].folded
		if !getForms[ws[i].folded] {
			continue
		}
		participle := false
		for _, l := range wn.Lemmas(next) {
			if l != next && wn.POS(l)&wordnet.Verb != 0 {
				participle = true
			}
		}
		if participle {
			ws[i].term = ""
		}
	}
}

// acronym reports whether the word at i is an acronym the dictionary
// spells out and the coverage does not use ("EU", "ER"): a word, read with
// its synonyms ("European Union", "emergency room"), not a name. One that
// is only a word of a longer name ("EU" of the alias "EU Commission") is
// no name on its own. In a question typed all in capitals, no word is.
func (e *Engine) acronym(ws []word, i int) bool {
	w := ws[i]
	if n := len(w.surface); n < 2 || n > 5 || strings.ToUpper(w.surface) != w.surface || e.vocab.dfOf(w.term) > 0 || e.phraseTable().whole(w.term) {
		return false
	}
	if !slices.ContainsFunc(ws, func(o word) bool { return strings.ToUpper(o.surface) != o.surface }) {
		return false
	}
	return len(e.lex.wn.Synonyms(w.folded)) > 0
}

// unknownTyped reports whether the word at i of a question is one no
// dictionary knows and the coverage never uses, and not a name within the
// question: a slip, if anything.
func (e *Engine) unknownTyped(ws []word, i int) bool {
	w := ws[i]
	return w.term != "" && !(i > 0 && isCapitalised(w.surface)) && e.vocab.dfOf(w.term) == 0 && e.lex.wn.Lemmas(w.folded) == nil
}

// fixMisspellings reads a misspelt word as the word of the coverage it is
// nearest to, when that is one word and a dictionary word: "damge" is
// "damage", and is then read as "damage" is, with its synonyms ("harm")
// and neighbours ("injury"), not by its spelling alone. A name, a word a
// dictionary knows and a short word are left to readWord.
func (e *Engine) fixMisspellings(ws []word) {
	if e.lex == nil || e.lex.wn == nil {
		return
	}
	for i, w := range ws {
		if len(w.folded) < 4 || !e.unknownTyped(ws, i) || e.phraseTable().known[w.term] {
			continue
		}
		// A word of four letters is mended only by a letter it left
		// out: "agre" is "agree".
		if fix, ok := e.vocab.nearestWord(w.folded); ok && (len(w.folded) >= 5 || len(fix) == len(w.folded)+1) {
			if e.lex.wn.Lemmas(fix) != nil {
				ws[i].folded, ws[i].term = fix, e.termOf(fix)
			}
			// Else a slip of a name the coverage uses, which readWord
			// mends with the name's aliases: "ashord" is the club
			// Ashford, not the English "ashore".
			continue
		}
		// Else a slip of a common word of English the coverage never
		// uses: "actualy" is "actually", an adverb, not a thing the
		// coverage must mention.
		if fix, ok := e.englishSlip(w.folded, ws); ok {
			ws[i].folded, ws[i].term = fix, e.termOf(fix)
		} else if fix, ok := e.commonSlip(w.folded); ok {
			ws[i].folded, ws[i].term = fix, e.termOf(fix)
		}
	}
}

// commonSlip returns the word a rare word with a vector is a slip of when
// no word the coverage uses is near it: the commonest word a dictionary
// knows that is one edit from it and slipRatio times commoner
// ("goverment", a common slip in the web's text, is "government", which a
// story may put as its "ministry"). A word as common as slipRank is meant
// as typed.
func (e *Engine) commonSlip(folded string) (string, bool) {
	r, ok := e.lex.vec.Rank(folded)
	if !ok || r < slipRank {
		return "", false
	}
	for w := range oneEditFrom(e.lex.vec, folded, r/slipRatio) {
		if e.lex.wn.Lemmas(w) != nil {
			return w, true
		}
	}
	return "", false
}

// englishSlipScan is how many of English's commonest words a word no
// dictionary knows may be a slip of.
const englishSlipScan = 20000

// englishSlip returns the word of English's englishSlipScan commonest,
// or of any the coverage uses ("burals" in a story of a burial is
// "burials", a rarer word than "murals"), that a word of five letters or
// more is one edit from (a letter left out, added, changed or two swapped)
// and that a dictionary knows, or that is among the slipScan commonest
// ("against", "anything", which no dictionary lists): "actualy" is
// "actually", "apartmnets" "apartments", "hacers" the coverage's
// "hackers". Of several, one the coverage uses is
// the likelier ("hacers" in a story of hackers is no "pacers", though
// that is commoner), and of those the nearest to the question's words,
// context (their bag vector, which the slip, having none, is no part of;
// nil for none): "deprt" among "diving trips" is "depart", not the
// commoner "depot". A word too rare to have a vector is no word the
// reader meant as typed, but a name may be one: only a word with no
// vector is mended.
func (e *Engine) englishSlip(folded string, context []word) (string, bool) {
	vec := e.lex.vec
	if len(folded) < 5 || !e.unheardOf(folded) {
		return "", false
	}
	var used, unused []string
	for w := range oneEditFrom(vec, folded, vec.Len()) {
		r, _ := vec.Rank(w)
		if e.lex.wn.Lemmas(w) == nil && r >= slipScan {
			continue // no word of English, or a name
		}
		inCoverage := e.vocab.dfOf(e.termOf(w)) > 0
		if r >= englishSlipScan && !inCoverage {
			continue // a rare word, unless the coverage uses it: "burials" of "burals"
		}
		if inCoverage {
			used = append(used, w)
		} else {
			unused = append(unused, w)
		}
	}
	ws := used
	if len(ws) == 0 {
		ws = unused
	}
	if len(ws) == 0 {
		return "", false
	}
	best, bestCos := ws[0], float32(-2) // commonest first: kept on a tie
	if len(ws) == 1 {
		return best, true
	}
	if u := bagVector(e.lex, context); u != nil {
		for _, w := range ws {
			if c, ok := vec.CosineTo(w, u); ok && c > bestCos {
				best, bestCos = w, c
			}
		}
	}
	return best, true
}

// compound reports whether two words are a noun of their own in WordNet
// ("human rights"), whose first word is part of what it names, not a
// qualifier that may be left out.
func (e *Engine) compound(w, next word) bool {
	known, _ := e.lex.wn.Compound(w.folded, e.lex.wn.NounLemmaOr(next.folded))
	return known
}

// possessive reports whether a word is written as a possessive ("china's"):
// whose the noun after it is, not what kind.
func possessive(surface string) bool {
	return strings.HasSuffix(surface, "'s") || strings.HasSuffix(surface, "’s") || strings.HasSuffix(surface, "s'")
}

// describedBy reports whether the word at i is a common noun for a person
// that a clause or a phrase after it describes ("the woman who sued", "the
// men who were arrested", "the woman with no heating"): the question says
// who they are by what they did or have, which the coverage must tell, not
// by the noun, which it may never use of them.
func (e *Engine) describedBy(ws []word, i int, c concept) bool {
	wn := e.lex.wn
	if wn == nil || c.name || len(c.entities) > 0 || i+1 >= len(ws) || !describingWords[ws[i+1].folded] {
		return false
	}
	return wn.Person(wn.NounLemmaOr(ws[i].folded))
}

// describingWords start, after a noun for a person, what describes them.
var describingWords = map[string]bool{"who": true, "whose": true, "with": true}

// toldTo reports whether the word at i is a common noun for persons told
// something ("what did the minister tell lawmakers", "told reporters"):
// whom a speaker spoke to, which the coverage may say otherwise or not at
// all, not what the question asks about.
func (e *Engine) toldTo(ws []word, i int, c concept) bool {
	wn := e.lex.wn
	if wn == nil || c.name || len(c.entities) > 0 {
		return false
	}
	j := i - 1
	for j >= 0 && determiners[ws[j].folded] {
		j--
	}
	if j < 0 || !tellWords[ws[j].folded] {
		return false
	}
	lemma := wn.NounLemmaOr(ws[i].folded)
	return wn.Person(lemma) || wn.People(lemma)
}

// timeNames are the months and weekdays a question may name, which, as a
// year, a cited paragraph must state or tell an event of ("how many flights
// were cancelled on tuesday"). "May" is not among them: it is mostly a verb.
var timeNames = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// tellWords are the forms of "tell", whose object is whom one speaks to.
var tellWords = map[string]bool{"tell": true, "tells": true, "told": true, "telling": true}

// asksName reports whether a question asks for a name: "the name of" or
// "the names of" after a word that asks ("what was the name of the farmer
// who died", "what's the name of the brand"), whose word "name" it then
// drops as phrasing; person, whether the noun named is a person's; of,
// the words from "name" to that noun.
func (e *Engine) asksName(ws []word) (name, person bool, of string) {
	asks := false
	for i, w := range ws {
		switch {
		case whWords[w.folded] || w.folded == "who":
			asks = true
		case i > 2 && asks && (w.folded == "names" || w.folded == "name") && ws[i].brk && lastWord(ws, i) && (ws[0].folded == "which" || ws[0].folded == "what") && e.personOrThing(ws[1]):
			// "which councillors voted against it, names?" asks the
			// names of the noun the question asks which of.
			ws[i].term = ""
			return true, e.lex.wn != nil && e.lex.wn.Person(e.lex.wn.NounLemmaOr(ws[1].folded)), "names of the " + ws[1].surface
		case i == 1 && asks && namingNouns[w.folded] && len(ws) > 3 && beForms[ws[2].folded]:
			// "What make was the getaway van", "what model are the
			// minibuses": a make or a model is named, as a brand is.
			ws[i].term = ""
			j := 3
			for j < len(ws) && determiners[ws[j].folded] {
				j++
			}
			if j == len(ws) {
				return false, false, ""
			}
			return true, false, w.folded + " of the " + surface(ws[j:])
		case (asks || i == 0 || i == 1 && ws[0].folded == "the") && (w.folded == "name" || w.folded == "names" || w.folded == "title" || w.folded == "titles") && i+1 < len(ws) && ws[i+1].folded == "of":
			// (A fragment asks too: "name of the engineer who was burned?")
			ws[i].term = ""
			j := i + 2
			for j < len(ws) && (determiners[ws[j].folded] || ws[j].term == "") {
				j++
			}
			// The noun named heads the phrase after "of": "the
			// exiled Russian journalist", "the geotechnical engineer".
			for j+1 < len(ws) && e.qualifiesName(ws[j], ws[j+1]) {
				j++
			}
			if j >= len(ws) {
				return true, false, surface(ws[i:])
			}
			return true, e.lex.wn != nil && e.lex.wn.Person(e.lex.wn.NounLemmaOr(ws[j].folded)), surface(ws[i : j+1])
		case asks && i > 1 && (lastWord(ws, i) || (possessive(ws[i-1].surface) || w.folded == "called") && i+1 < len(ws) && relativeWords[ws[i+1].folded]) && (w.folded == "name" || w.folded == "names" || w.folded == "called"):
			// "whats the captain's name", typed "captains name"; "what
			// is the nurse on the mobile clinic called", "what was the
			// sawmill called that got wrecked".
			j := i - 1
			if w.folded == "called" {
				// The noun named comes after the wh-word and "be".
				for j = 0; j < i && (whWords[ws[j].folded] || whoIs[ws[j].folded] || beForms[ws[j].folded] || determiners[ws[j].folded] || ws[j].term == ""); j++ {
				}
				// A name typed as its possessive without the
				// apostrophe ("whats ruth asimwes daughter called")
				// is whose the noun is, as "hollis's" is.
				if m := e.typedPossessiveAt(ws, j, i); m > j {
					j = m
				}
				// A possessive or an adjective before the noun
				// qualifies it: "what's hollis's wife called",
				// "what was the new side passage called". The
				// phrase named is the noun's: the paragraph need
				// not qualify it so ("a newly found side passage").
				// So does a name typed in lowercase ("what was the
				// vetterlein painting called"), a word no dictionary
				// knows before a noun.
				for j < i && !e.personOrThing(ws[j]) && (e.qualifiesNamed(ws[j]) || j+1 < i && e.unknownWord(ws[j]) && e.personOrThing(ws[j+1])) {
					j++
				}
				if j >= i || !e.personOrThing(ws[j]) {
					continue
				}
				// Every noun up to "called" is of the phrase: "what is
				// the rendering plant called" names a plant, though
				// "plant" is as often a verb.
				k := j
				for k+1 < i && (e.qualifiesName(ws[k], ws[k+1]) || ws[k+1].term != "" && e.personOrThing(ws[k+1])) {
					k++
				}
				ws[i].term = ""
				return true, e.lex.wn != nil && e.lex.wn.Person(e.lex.wn.NounLemmaOr(ws[k].folded)), "name of the " + surface(ws[j:k+1])
			}
			noun := ws[j].folded // (folded without its possessive: foldWord)
			if !e.personOrThing(ws[j]) {
				continue
			}
			k := j
			for k > 0 && !determiners[ws[k-1].folded] && !whWords[ws[k-1].folded] && !beForms[ws[k-1].folded] && ws[k-1].term != "" && e.qualifiesName(ws[k-1], ws[k]) {
				k--
			}
			ws[i].term = ""
			// Said as "the captain", not "the captain's".
			head := noun
			if e.lex.wn != nil {
				head = e.lex.wn.NounLemmaOr(noun)
			}
			phrase := surface(ws[k:j])
			if phrase != "" {
				phrase += " "
			}
			return true, e.lex.wn != nil && e.lex.wn.Person(head), "name of the " + phrase + head
		}
	}
	return false, false, ""
}

// unknownWord reports whether a word of the index is one WordNet does not
// know at all: a name typed in lowercase.
func (e *Engine) unknownWord(w word) bool {
	return w.term != "" && e.lex.wn != nil && e.lex.wn.Lemmas(w.folded) == nil
}

// namingNouns ask, right after "what", for the name a maker gives a thing:
// "what make was the getaway van", "what model are the minibuses".
var namingNouns = map[string]bool{"make": true, "model": true, "brand": true}

// typedPossessiveAt returns the index of the noun right after a name's
// possessive typed without its apostrophe ("asimwes" of "ruth asimwes
// daughter"), among the words from j up to end, when the words before it
// are words of a name; else j. The possessive is a word no dictionary
// knows, with or without its final "s".
func (e *Engine) typedPossessiveAt(ws []word, j, end int) int {
	wn := e.lex.wn
	if wn == nil {
		return j
	}
	for m := j; m+1 < end && ws[m].term != "" && !possessive(ws[m].surface); m++ {
		f := ws[m].folded
		if strings.HasSuffix(f, "s") && len(f) > 2 && wn.Lemmas(f) == nil && wn.Lemmas(f[:len(f)-1]) == nil && e.personOrThing(ws[m+1]) {
			return m + 1
		}
	}
	return j
}

// relativeWords start a clause that says which one a noun is: "the girl's
// name that was kept in hospital".
var relativeWords = map[string]bool{"that": true, "who": true, "which": true}

// qualifiesNamed reports whether a word that is no noun may qualify the
// noun of a name asked for after it: a possessive ("hollis's wife") or an
// adjective ("the new side passage").
func (e *Engine) qualifiesNamed(w word) bool {
	return w.term != "" && (possessive(w.surface) || e.lex.wn != nil && e.lex.wn.POS(w.folded)&wordnet.Adjective != 0)
}

// lastWord reports whether the word at i is the last of a question but for
// words the index drops ("what is he called now?").
func lastWord(ws []word, i int) bool {
	for _, w := range ws[i+1:] {
		if w.term != "" {
			return false
		}
	}
	return true
}

// personOrThing reports whether a word is a noun WordNet knows (by its
// noun lemma): what a name may be asked of.
func (e *Engine) personOrThing(w word) bool {
	wn := e.lex.wn
	return wn != nil && wn.POS(wn.NounLemmaOr(w.folded))&wordnet.Noun != 0
}

// namedConcepts returns the concepts whose words are those of the phrase a
// question asks the name of ("name of the geotechnical engineer"), in
// order; none unless the last is the phrase's noun.
func namedConcepts(cs []concept, nameOf string) []int {
	phrase := " " + strings.ToLower(nameOf) + " "
	var out []int
	in := func(label string, match func(string, string) bool) bool {
		return slices.ContainsFunc(namedForms(label), func(f string) bool { return match(phrase, " "+f+" ") })
	}
	for i, c := range cs {
		if in(c.label, strings.Contains) {
			out = append(out, i)
		}
	}
	if len(out) == 0 || !in(cs[out[len(out)-1]].label, strings.HasSuffix) {
		return nil
	}
	return out
}

// namedForms are the ways the phrase of a name asked for may say a
// concept's label: lower case as typed, and without the possessive or
// plural of "the captain's name", typed "the captains name".
func namedForms(label string) []string {
	l := strings.ToLower(label)
	out := []string{l}
	for _, suf := range []string{"'s", "’s", "s"} { // (a surface keeps no outer apostrophe: foldWord)
		if t, ok := strings.CutSuffix(l, suf); ok && len(t) > 1 {
			return append(out, t)
		}
	}
	return out
}

// placeKinds are the kinds of place a question may ask for by name
// ("what country", "which cities"), by its word.
var placeKinds = map[string]string{"country": "country", "countries": "country", "city": "city", "cities": "city"}

// askedPlaceKind returns the kind of place a question asks for ("what
// country", "which cities"), or "".
func askedPlaceKind(ws []word) string {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].folded == "what" || ws[i].folded == "which" {
			if k, ok := placeKinds[ws[i+1].folded]; ok {
				return k
			}
		}
	}
	return ""
}

// pricedNoun returns the concept a "how much is/does X" question asks the
// sum of: the noun that heads X, the last of the words that run on from
// the verb ("how much does a monthly bus ticket cost"); -1 when X is no
// noun of the question's own ("how much is all of it worth", "how much did
// Ashford pay"), whose sum any of its words may be of, or acts ("how much
// can my landlord hike the rent", "how much is the government giving"),
// whose sum is of what it does. firstWord is each concept's first word in
// ws.
func pricedNoun(wn *wordnet.WordNet, ws []word, cs []concept, firstWord []int) int {
	verb := -1
	for i := 2; i < len(ws); i++ {
		if ws[i-2].folded == "how" && ws[i-1].folded == "much" && pricedVerbs[ws[i].folded] {
			verb = i
			break
		}
	}
	if verb < 0 || wn == nil {
		return -1
	}
	isVerb := func(c concept) bool {
		l := strings.ToLower(c.label)
		if moneyWords[l] || c.name {
			return false
		}
		if !c.noun {
			return anyVerb(wn, l)
		}
		// "giving" is a noun too, but after the subject a verb's form.
		return (strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ed")) && slices.ContainsFunc(wn.Lemmas(l), func(b string) bool { return b != l && wn.POS(b)&wordnet.Verb != 0 })
	}
	head, prev, last := -1, -1, -1 // prev: the noun before head
	money := false                 // the subject ends at a word of money ("cost")
	for i, at := range firstWord {
		if at <= verb {
			continue
		}
		if last >= 0 {
			// The subject ends: a verb after it that is no word of
			// money makes it who acts.
			if isVerb(cs[i]) {
				return -1
			}
			if money = moneyWords[strings.ToLower(cs[i].label)]; at > last+1 || money {
				break
			}
		}
		if last < 0 && at > verb+3 {
			return -1 // no subject right after the verb
		}
		last = at + len(strings.Fields(cs[i].label)) - 1
		if c := cs[i]; c.noun || strings.Contains(c.label, " ") && wn.MostlyNoun(strings.ReplaceAll(strings.ToLower(c.label), " ", "_")) {
			prev, head = head, i // "season ticket", a compound WordNet knows
		}
	}
	// After "did", "does" or a modal the subject is followed by its verb
	// in its plain form, which may be mostly a noun: where no other verb
	// or word of money follows the words after it, the last of them is
	// that verb, and the subject is who acts, as above ("how much did
	// the seller pocket from the sale": nothing is priced).
	if head >= 0 && prev >= 0 && !money && plainVerbAfter[ws[verb].folded] && firstWord[head] == last && !strings.Contains(cs[head].label, " ") &&
		slices.ContainsFunc(wn.Lemmas(strings.ToLower(cs[head].label)), func(b string) bool { return b == strings.ToLower(cs[head].label) && wn.POS(b)&wordnet.Verb != 0 }) {
		return -1
	}
	if head < 0 {
		return -1
	}
	// A person is most often named where a sum is theirs: "Joanna Reyes
	// ... costs her about 15 euros a week" answers what the mum spends.
	if c := cs[head]; c.name || len(c.entities) > 0 || moneyWords[strings.ToLower(c.label)] || wn.Person(headLemma(wn, c.label)) {
		return -1
	}
	return head
}

// measuredNoun returns the concept a "how much N" question asks the
// amount of when N is something owned or paid, or a "how big" question
// the size of when N is that or an amount (see sizeWords): the noun that heads the
// words right after "much", past those that qualify it ("how much profit
// did Castellan make", "how much tax"), whose sum only a sentence that
// says it gives. An amount of another thing may be told in its unit
// alone ("how much weight": "lost about 16 kilograms"). -1 when no such
// noun of the question's own follows "much", or when the head is a word
// of money ("how much aid money"), whose sum any of the question's words
// may be of.
func measuredNoun(wn *wordnet.WordNet, ws []word, cs []concept, firstWord []int) int {
	if wn == nil {
		return -1
	}
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].folded != "how" || ws[i+1].folded != "much" && !sizeWords[ws[i+1].folded] {
			continue
		}
		j := i + 2
		size := ws[i+1].folded != "much"
		if size {
			j = sizedNounAt(ws, j)
		}
		at := slices.Index(firstWord, j)
		for at >= 0 && (cs[at].modifier || size && possessive(ws[firstWord[at]].surface)) && at+1 < len(cs) {
			at++
		}
		if at < 0 {
			return -1
		}
		c := cs[at]
		l := headLemma(wn, c.label)
		if !c.noun && !size || c.name || len(c.entities) > 0 || moneyWords[strings.ToLower(c.label)] || !wn.Possession(l) && (!size || !wn.Amount(l)) {
			return -1
		}
		return at
	}
	return -1
}

// sizeWords after "how" ask a size, which of a sum or an amount ("how
// big a raise", "how large is the deficit") is the sum's or the amount's
// own, not that of another word of the question ("the city's").
var sizeWords = map[string]bool{"big": true, "large": true}

// sizedNounAt returns where the noun a "how big" question asks the size
// of starts, from j, the word after "big": past "a" ("how big a raise"),
// or past a form of "be" and a determiner ("how big is the city's
// deficit").
func sizedNounAt(ws []word, j int) int {
	if j < len(ws) && (ws[j].folded == "a" || ws[j].folded == "an") {
		return j + 1
	}
	if j < len(ws) && beForms[ws[j].folded] {
		j++
		if j < len(ws) && determiners[ws[j].folded] {
			j++
		}
	}
	return j
}

// pricedVerbs come after "how much" before what is priced: "how much is a
// ticket", "how much does the bridge cost".
var pricedVerbs = map[string]bool{"is": true, "was": true, "are": true, "were": true, "does": true, "did": true, "do": true, "will": true, "would": true, "could": true, "can": true, "has": true, "have": true}

// plainVerbAfter are the words of pricedVerbs after whose subject a
// verb stands in its plain form: "did the seller pocket".
var plainVerbAfter = map[string]bool{"does": true, "did": true, "do": true, "will": true, "would": true, "could": true, "can": true}

// beForms ask who someone is: "who is the police commissioner".
var beForms = map[string]bool{"is": true, "was": true, "are": true, "were": true, "s": true}

// whoIs are the spellings of "who is" as one word, which read as "who".
var whoIs = map[string]bool{"who's": true, "who’s": true, "whos": true}

// whoIsRole returns the words of the role a question asks who holds, when
// it asks only that: "who is the police commissioner", "who was her
// lawyer" ("police commissioner", "lawyer"): the noun phrase after "who"
// and a form of "be", its last word a person's noun, ending the question
// or before "of" ("the director of the institute") or a clause that says
// which one ("the collector that offered 45 grand"). News gives the holder's
// name beside the role, as it gives any name asked for. "" for any other
// question: "who is paying", "who is Podolyak".
func (e *Engine) whoIsRole(ws []word) string {
	wn := e.lex.wn
	if wn == nil || len(ws) < 2 || ws[0].folded != "who" {
		return ""
	}
	i := 1
	switch {
	case beForms[ws[1].folded]:
		i = 2
	case !whoIs[strings.ToLower(ws[0].surface)]:
		return ""
	}
	// "Who was the other bidder" asks the name of one beside another
	// the story tells of, as "who was the bidder" does.
	for i < len(ws) && (determiners[ws[i].folded] || ws[i].folded == "other" || ws[i].folded == "another") {
		i++
	}
	// A name before the role says whose it is: "who is the Estrela do
	// Norte head coach" asks for a head coach's name.
	if i < len(ws) && isCapitalised(ws[i].surface) {
		j := i
		for j < len(ws) && (isCapitalised(ws[j].surface) || j+1 < len(ws) && ws[j].term == "" && isCapitalised(ws[j+1].surface)) {
			j++
		}
		if j < len(ws) && ws[j].term != "" {
			i = j
		}
	}
	start, end := i, i
	for end < len(ws) && ws[end].term != "" && !isCapitalised(ws[end].surface) {
		end++
	}
	// A title WordNet knows with "of" in it is one noun: "secretary of
	// state", "chief of staff".
	head := wn.NounLemmaOr(ws[max(end-1, 0)].folded)
	if t := ws[max(end-1, 0)].folded + "_of_"; end > start && end+1 < len(ws) && ws[end].folded == "of" && wn.POS(t+ws[end+1].folded)&wordnet.Noun != 0 {
		head = t + ws[end+1].folded
		end += 2
	}
	// A clause after the role says which one holds it, as "of" does: "who
	// is the collector that offered 45,000 euros" asks that collector's
	// name, which news gives beside the noun ("a collector, Ana Ruiz").
	// So does a clause of time ("who was the regional minister when they
	// cut the drainage money"): it asks the one who held it then. Not a
	// phrase after "in", which as often says where a person is ("who is
	// the woman in hospital") as when a role was held.
	if end == start || end < len(ws) && ws[end].folded != "of" && !relativeWords[ws[end].folded] && !roleTimeWords[ws[end].folded] {
		return ""
	}
	// But a casual noun for a person says nothing of a role ("who were
	// the 2 guys that died"): the clause says who they are, and news
	// names them where it tells what they did.
	if end < len(ws) && (relativeWords[ws[end].folded] || roleTimeWords[ws[end].folded]) && (someoneWords[ws[end-1].folded] || wn.NounLemmaOr(ws[end-1].folded) == "person") {
		return ""
	}
	if !wn.Person(head) {
		return ""
	}
	return surface(ws[start:end])
}

// breaksPhrase reports whether a word the index drops is a verb that no
// name or phrase of the coverage runs over: a form of "be", "do" or
// "have", or a modal.
func breaksPhrase(w word) bool {
	return beForms[w.folded] || doWords[w.folded] || modals[w.folded] || haveForms[w.folded]
}

// haveForms are the forms of "have".
var haveForms = map[string]bool{"have": true, "has": true, "had": true}

// roleTimeWords start a clause or a phrase of time after a role, which
// says when the one asked of held it: "who was the minister when ...".
var roleTimeWords = map[string]bool{"when": true, "while": true, "during": true}

// qualifiesName reports whether a word after "the name of" qualifies the
// noun after it: as modifies, but a qualifier WordNet does not know
// ("geotechnical") and a capitalised one ("Russian") count too, since a
// name's phrase runs on to its noun.
func (e *Engine) qualifiesName(w, next word) bool {
	wn := e.lex.wn
	if wn == nil || w.term == "" || next.term == "" {
		return false
	}
	pos := wn.POS(w.folded)
	return (pos == 0 || pos&(wordnet.Adjective|wordnet.Noun) != 0) && wn.MostlyNoun(wn.NounLemmaOr(next.folded))
}

// namesOther reports whether the fact base says a paragraph mentions an
// entity the question does not name: a person, when it asks for a
// person's name. An article whose fact base lists no one passes.
func (e *Engine) namesOther(q question, ref knowledge.Ref) bool {
	p := e.vocab.parts[ref.Article]
	if p == nil {
		return false
	}
	if !slices.ContainsFunc(p.groups, func(g namedGroup) bool { return g.entity != nil }) {
		return true // a fact base of no entities cannot tell
	}
	for _, g := range p.groups {
		en := g.entity
		if en == nil || q.person && en.Kind != knowledge.KindPerson || !slices.Contains(en.Paragraphs, ref.Paragraph) {
			continue
		}
		if !slices.ContainsFunc(q.concepts, func(c concept) bool {
			return slices.ContainsFunc(c.entities, func(x *knowledge.Entity) bool { return x.Article == en.Article && x.ID == en.ID })
		}) {
			return true
		}
	}
	return false
}

// modifies reports whether a word qualifies the noun after it, which then
// heads the phrase: "european leaders" are leaders, "stadium sponsor" a
// sponsor. A verb after it ("which judges disagreed") heads no phrase.
func (e *Engine) modifies(w, next word) bool {
	wn := e.lex.wn
	if wn == nil || w.term == "" || next.term == "" || isCapitalised(next.surface) {
		return false
	}
	l := wn.NounLemmaOr(next.folded)
	// A plural is a noun, however often its singular is an adjective:
	// "junior officials".
	return wn.POS(w.folded)&(wordnet.Adjective|wordnet.Noun) != 0 && (wn.MostlyNoun(l) || l != next.folded && wn.POS(l)&wordnet.Noun != 0)
}

// verbBeforeObject reports whether the word at j is a verb whose object
// follows: an inflected form of a verb ("hosts", "won", "chaired") right
// before a determiner. A noun is not followed so: "which hotel hosts the
// talks" asks which hotel, not which hosts.
func (e *Engine) verbBeforeObject(ws []word, j int) bool {
	if e.lex.wn == nil || j+1 >= len(ws) || ws[j].term == "" || !determiners[ws[j+1].folded] {
		return false
	}
	return e.verbForm(ws[j].folded)
}

// verbForm reports whether a word is an inflected form of a WordNet verb
// in -s or -ed, or an irregular one: "hosts", "chaired", "won".
func (e *Engine) verbForm(f string) bool {
	wn := e.lex.wn
	if wn == nil {
		return false
	}
	for _, l := range wn.Irregular(f) {
		if wn.POS(l)&wordnet.Verb != 0 {
			return true
		}
	}
	if !strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ed") {
		return false
	}
	for _, l := range wn.Lemmas(f) {
		if l != f && wn.POS(l)&wordnet.Verb != 0 {
			return true
		}
	}
	return false
}

// adjective reports whether a word that qualifies a noun is read as an
// adjective, not as a thing the coverage must mention: WordNet knows it
// as one, and it names no people of a country, continent or city
// ("junior", "human"; not "european", of Europe, written in lowercase).
func (e *Engine) adjective(w string) bool {
	wn := e.lex.wn
	if wn == nil || wn.POS(w)&wordnet.Adjective == 0 {
		return false
	}
	for _, d := range wn.Derived(w) {
		if wn.KindOf(d, "country", 3) || wn.KindOf(d, "continent", 3) || wn.KindOf(d, "city", 3) {
			return false
		}
	}
	return true
}

// doWords ask a question of a verb: "what does the government want".
var doWords = map[string]bool{"do": true, "does": true, "did": true}

// determiners may start the subject after doWords.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "this": true, "that": true, "these": true, "those": true}

// mainVerb returns where the verb of a question asked with "do" is ("what
// does the government want", "what do they need to do"): the word after
// its subject, a word or a determiner and a word; -1 if it cannot tell or
// the word cannot be a verb. WordNet reads "want" and "need" as nouns of state
// as readily as verbs; there they are verbs.
func (e *Engine) mainVerb(ws []word) int {
	wn := e.lex.wn
	if wn == nil {
		return -1
	}
	for i := 0; i < min(len(ws), maxAskedWords+1); i++ {
		if !doWords[ws[i].folded] {
			// The words before "do" ask what: "what", "how much
			// money", "which company".
			if i > 0 && ws[i].term == "" && !countWords[ws[i].folded] || i == 0 && !slices.Contains(whSpellings, ws[i].folded) {
				return -1
			}
			continue
		}
		start := i + 1
		if start < len(ws) && determiners[ws[start].folded] {
			start++
		}
		// The subject is a word or a few ("the hedge fund"); the verb
		// ends the question or comes before a word of no content ("want
		// from Ukraine", "need to do"): a noun there would be the
		// subject's next word ("the fisheries minister say").
		for j := start + 1; j < len(ws) && j <= start+maxSubjectWords; j++ {
			if ws[j-1].term == "" || j-1 > start && !e.qualifies(ws[j-2], ws[j-1]) {
				break // the subject ended before
			}
			// Or before its object and "to": "want Ukraine to give up".
			if ws[j].term != "" && !isCapitalised(ws[j].surface) && wn.POS(ws[j].folded)&wordnet.Verb != 0 && (j+1 == len(ws) || ws[j+1].term == "" || j+2 < len(ws) && ws[j+2].folded == "to") {
				return j
			}
		}
		return -1
	}
	return -1
}

// qualifies reports whether a word, in any of its forms, is a noun or an
// adjective and the word after it mostly a noun: "fisheries minister",
// "hedge fund".
func (e *Engine) qualifies(w, next word) bool {
	wn := e.lex.wn
	return wn.POS(wn.NounLemmaOr(w.folded))&(wordnet.Adjective|wordnet.Noun) != 0 && wn.MostlyNoun(wn.NounLemmaOr(next.folded))
}

// maxAskedWords is how many words the phrase before "do" may have: "how
// much money did".
const maxAskedWords = 3

// maxSubjectWords is how many words the subject of a question asked with
// "do" may have: "the hedge fund", "the Kremlin's chief spokesman".
const maxSubjectWords = 3

// resolve numbers the terms of every alt, once, so that matching paragraphs
// and sentences compares ids.
func (e *Engine) resolve(c *concept) {
	for i, a := range c.alts {
		ids := make([]uint32, len(a.terms))
		for j, t := range a.terms {
			if ids[j] = e.vocab.id(t); ids[j] == 0 {
				ids = nil
				break
			}
		}
		c.alts[i].ids = ids
	}
}

// ageUnits are the units of time an age is told in.
var ageUnits = map[string]bool{"year": true, "month": true, "week": true, "day": true}

// readCollocation reads the content word k and the word or two after it
// as one, when WordNet knows them as a lemma of that many words: "prime
// minister" is a person, not a kind of minister; "gaining ground" is
// advancing, not ground; "getting rid of" is removing, neither getting nor
// ridding. The longer lemma is read first. It returns the concept and how
// many content words it took. answerSlot: the word k is the one after a
// wh-word, which the word after it did not take over as the kind of answer
// asked for ("which law firm", "firm" being as often an adjective).
func (e *Engine) readCollocation(ws []word, idx []int, k int, answerSlot bool) (concept, int, bool) {
	if e.lex.wn == nil {
		return concept{}, 0, false
	}
	for m := maxCollocationWords; m >= 2; m-- {
		if c, n, ok := e.readCollocationOf(ws, idx[k], m, answerSlot); ok {
			return c, n, true
		}
	}
	if c, ok := e.readIdiomEndingAt(ws, idx[k]); ok {
		return c, 1, true
	}
	return concept{}, 0, false
}

// maxCollocationWords is how many words the longest lemma read as one has:
// WordNet's verbs of three words are idioms ("do away with", "take into
// account") that mean what none of their words does alone, and so are
// its verbs of four with "one's" ("make up one's mind", deciding).
const maxCollocationWords = 4

// readCollocationOf reads the m words from ws[i] as one, when WordNet knows
// them as a lemma (see readCollocation).
func (e *Engine) readCollocationOf(ws []word, i, m int, answerSlot bool) (concept, int, bool) {
	if i+m > len(ws) || slices.ContainsFunc(ws[i+1:i+m], func(w word) bool { return isCapitalised(w.surface) }) {
		return concept{}, 0, false
	}
	// "to" before a verb marks its infinitive ("came to show support"),
	// not a particle of the verb before it ("come to", regain
	// consciousness).
	if ws[i+m-1].folded == "to" && i+m < len(ws) && e.lex.wn.POS(e.lex.wn.NounLemmaOr(ws[i+m].folded))&wordnet.Verb != 0 {
		return concept{}, 0, false
	}
	// "Old" after a unit of time tells an age ("the 92 yr old lady"), and
	// starts no "old lady".
	if ws[i].folded == "old" && i > 0 && ageUnits[e.lex.wn.NounLemmaOr(ws[i-1].folded)] {
		return concept{}, 0, false
	}
	folded := make([]string, m)
	for j, w := range ws[i : i+m] {
		folded[j] = w.folded
	}
	pos, lemma := e.lex.wn.Collocation(folded...)
	// Only verbs, adjectives and adverbs of three words are read as one:
	// a noun of three ("head of state") is a kind of its first word, which
	// the coverage may put it by ("the president", "the head of the
	// government"), while "face to face" or "up to date" says how, of no
	// face or date (see idiomOfManner).
	if pos == 0 || m > 2 && pos&wordnet.Verb == 0 && !idiomOfManner(pos) {
		return concept{}, 0, false
	}
	// A verb of three words whose last the index drops ("go back on",
	// "come up to") may be one of two words and the preposition that
	// starts what follows ("go back on Monday", "came up to the door"):
	// it is read so when that verb of two words is the commoner in
	// WordNet's tagged texts ("go back" rather than reneging). When its
	// first two words are no verb ("get rid"), the three are one.
	if m > 2 && ws[i+m-1].term == "" {
		if short := strings.Join(strings.Split(lemma, "_")[:m-1], "_"); e.lex.wn.POS(short)&wordnet.Verb != 0 && e.lex.wn.Tagged(short) > e.lex.wn.Tagged(lemma) {
			return concept{}, 0, false
		}
	}
	var ts []string
	n := 0
	for _, w := range ws[i : i+m] {
		if w.term != "" {
			ts = append(ts, w.term)
			n++
		}
	}
	// A noun of two words that is a kind of its last ("commuter trains")
	// and that the coverage never uses is read as its words: the
	// coverage may name the same thing by its last word, or by another
	// kind of it ("suburban rail lines"). Not when it is the kind of
	// answer asked for and a name may be one: "which law firm" asks for
	// a law firm, which a paragraph that answers puts by its name or
	// its words (see givesKind), and "law" is no kind of one.
	if pos == wordnet.Noun && m == 2 && len(ts) == 2 && !e.phraseInCoverage(ts) && !(answerSlot && e.lex.wn.Nameable(lemma)) {
		if _, kindOfLast := e.lex.wn.Compound(ws[i].folded, e.lex.wn.NounLemmaOr(ws[i+1].folded)); kindOfLast {
			return concept{}, 0, false
		}
		// Nor is one that names no person and whose words the coverage
		// both uses: "public housing" may be its "public rental homes".
		if !e.lex.wn.Person(lemma) && e.vocab.dfOf(ts[0]) > 0 && e.vocab.dfOf(ts[1]) > 0 {
			return concept{}, 0, false
		}
	}
	c := concept{label: surface(ws[i : i+m]), alts: []alt{{terms: ts, strength: 1, sure: true}}}
	// A noun of two words that is a kind of its last, which the coverage
	// uses too, is most often put by its last alone once named: "the
	// station" after "a new train station".
	if pos == wordnet.Noun && m == 2 && len(ts) == 2 {
		if _, kindOfLast := e.lex.wn.Compound(ws[i].folded, e.lex.wn.NounLemmaOr(ws[i+1].folded)); kindOfLast {
			c.alts = append(c.alts, alt{terms: ts[1:], strength: headStrength})
		}
	}
	// A verb of two words is written in any of its first word's forms:
	// "where did the talks take place" is answered by "the talks took
	// place". Those the coverage has are its base form and irregular
	// forms; the regular ones share the base form's term.
	if pos&wordnet.Verb != 0 && len(ts) >= 2 {
		for _, l := range e.lex.wn.Lemmas(ws[i].folded) {
			for _, t := range append([]string{e.termOf(l)}, e.vocab.irregular[l]...) {
				if t != "" && t != ts[0] {
					c.alts = appendAlt(c.alts, alt{terms: append([]string{t}, ts[1:]...), strength: 1, sure: true})
				}
			}
		}
	}
	// What the words mean together, in other words: "walk out" is
	// "strike", "take part" is "participate", and "giving up", a noun
	// too, is the verb "give up": "surrender", "relinquish".
	e.addWordSynonyms(&c, lemma)
	for _, l := range e.lex.wn.Lemmas(ws[i].folded) {
		if v := strings.Join(append([]string{l}, folded[1:]...), "_"); v != lemma {
			e.addWordSynonyms(&c, v)
		}
	}
	if pos&wordnet.Noun != 0 {
		c.thing = e.lex.wn.Concrete(lemma)
		c.nameable = e.lex.wn.Nameable(lemma)
	} else {
		// A verb of two words ("give up", "turn down"): its first word
		// alone says much of it, and so do its forms and the words that
		// surely stand for it ("disagreed with" the ruling: "dissented"),
		// though not its neighbours, which stand for the word alone. One
		// of three ("got rid of") is read alike.
		// It weighs as its first word does when only that word puts it in
		// the coverage ("go up" of "why did the substation go up in
		// flames" is any "go"); not when the coverage uses a word of
		// one of its own synonyms ("called off": "cancel").
		synonymUsed := slices.ContainsFunc(c.alts, func(a alt) bool {
			return a.sure && len(a.terms) == 1 && a.terms[0] != ts[0] && e.vocab.dfOf(a.terms[0]) > 0
		})
		c.alts = appendAlt(c.alts, alt{terms: ts[:1], strength: 1, sure: true})
		// Its second word, when an adverb the index keeps ("back",
		// "away", "aside"), says where the act goes whatever the verb
		// before it: "go back" home is being "allowed back", "moving
		// back". Alone it puts the verb less surely than the verb's own
		// word, and is no sure mention: "back" is a noun too.
		if m == 2 && len(ts) == 2 && pos&wordnet.Verb != 0 && e.lex.wn.POS(ws[i+1].folded)&wordnet.Adverb != 0 {
			c.alts = appendAlt(c.alts, alt{terms: ts[1:], strength: particleStrength})
		}
		if pos&wordnet.Verb != 0 && !synonymUsed {
			c.verbWord = ws[i].folded
		}
		// And the verb it is a kind of: "kick off" is to start, "walk
		// out" to protest.
		for _, k := range e.lex.wn.VerbKinds(lemma) {
			e.addSure(&c, k, verbKindStrength)
		}
		if len(ts) == 1 {
			// Its second word is a particle the index drops ("with",
			// "up"): the first stands for both. The synonyms of the
			// first, of any of its senses ("go": "die"), stand for it
			// surely only when the coverage has none of its own words
			// ("go", "continue" of "go on"): then they are all there is
			// to go on; else they are chance, and say nothing of how
			// surely it is mentioned.
			inCoverage := slices.ContainsFunc(c.alts, func(a alt) bool {
				return a.sure && len(a.terms) == 1 && e.vocab.dfOf(a.terms[0]) > 0
			})
			for _, a := range e.readWord(ws[i], false, false, false, 0).alts {
				if a.sure {
					if inCoverage && a.strength < derivedStrength {
						a.sure = false
					}
					c.alts = appendAlt(c.alts, a)
				}
			}
		}
	}
	return c, n, true
}

// vagueNouns stand for whatever the coverage calls the thing ("did he
// have a heart problem", "any issues with the pipes"): no thing it must
// mention by that word.
var vagueNouns = map[string]bool{"problem": true, "problems": true, "issue": true, "issues": true, "stuff": true, "situation": true}

// particleStrength is how surely the adverb of a verb of two words, after
// another verb, puts it: "allowed back" for "go back" says where, not
// how.
const particleStrength = 0.6

// verbKindStrength is how surely the verb a verb of two words is a kind
// of puts it: less than a synonym ("start" says less than "kick off").
const verbKindStrength = 0.7

// addKind adds a word as a way of putting a concept, by its term and
// the coverage's irregular forms of it ("gave" of "give"), not sure: a
// broader word the coverage uses says nothing of how rare the question's
// is, and so does not weigh it ("donating" weighs as a word the coverage
// never uses, though it says "give").
func (e *Engine) addKind(c *concept, word string, strength float64) {
	for _, tt := range append([]string{e.termOf(word)}, e.vocab.irregular[word]...) {
		if tt != "" {
			c.alts = appendAlt(c.alts, alt{terms: []string{tt}, strength: strength})
		}
	}
}

// readAsVerb reports whether a question's word of the lemma l, of the
// part of speech pos that the words before it make it (0 if none), is
// read as a verb of one word: one that may only be a verb or a noun, and
// not mostly a noun, unless pos says so ("how fast" is no fasting); and
// not so common ("run", "make") that its first sense may well not be the
// question's.
func (e *Engine) readAsVerb(l string, pos uint8, noun bool) bool {
	wn := e.lex.wn
	if strings.Contains(l, "_") || wn.POS(l)&wordnet.Verb == 0 || e.amongCommonest(l, commonRank) {
		return false
	}
	return pos == wordnet.Verb || pos == 0 && !noun && wn.POS(l)&(wordnet.Adjective|wordnet.Adverb) == 0
}

// amongCommonest reports whether a word is among English's n commonest,
// by the word vectors' frequency ranks.
func (e *Engine) amongCommonest(w string, n int) bool {
	if e.lex.vec == nil {
		return false
	}
	r, ok := e.lex.vec.Rank(w)
	return ok && r < n
}

// causeStrength is how surely a verb that causes what another says puts
// it: "were killed" says they died, "killed" alone may say it of others
// than those asked of.
const causeStrength = 0.7

// oneVerbKindStrength is how surely the verb a verb of one word without
// synonyms is a kind of puts it: less than for a verb of two, whose
// first word already says much of it.
const oneVerbKindStrength = 0.5

// troponymStrength is how surely a kind of a question's verb that the
// coverage uses puts the verb (see wordnet.Troponyms): a kind says more
// than was asked, and a verb's kinds are of its most frequent sense.
const troponymStrength = 0.5

// headStrength is how surely the last word of a noun of two words that is
// a kind of it puts the noun: "station" for "train station".
const headStrength = 0.7

// derivedStrength is how surely a word WordNet derives from a question's
// word stands for it ("leader" for "led"), and a verb's word for its noun
// ("pay" for "payout").
const derivedStrength = 0.9

// joinedVerb returns the verb of a verb and a particle that a word no
// dictionary knows writes as one, as WordNet spells it ("pay_out" of
// "payout", "roll_out" of "rollout"), or "". The particle is one that
// makes nouns of verbs: not "on", whose "eat_on" would take Eaton.
func joinedVerb(wn *wordnet.WordNet, w string) string {
	if wn == nil {
		return ""
	}
	for _, p := range nounParticles {
		if len(w) >= len(p)+2 && strings.HasSuffix(w, p) {
			if v := w[:len(w)-len(p)] + "_" + p; wn.POS(v)&wordnet.Verb != 0 {
				return v
			}
		}
	}
	return ""
}

// nounParticles end the nouns English makes of a verb and its particle:
// "payout", "layoff", "buildup", "slowdown", "fightback", "takeover".
var nounParticles = []string{"out", "off", "up", "down", "back", "over", "away"}

// commonBelow is the frequency rank from which a word is weighed fully;
// more common words weigh by the log of their rank.
const commonBelow = 3000

// commonRank is the frequency rank under which a word is too common to
// stand for another ("around", "just", "went"): its vector neighbours are
// words used alike, not words that mean alike.
const commonRank = 300

// readWord reads one word that names no entity and is in no synonym group.
//
// The words of the phrase that asks for the kind of answer ("which european
// leaders") are answered by instances of them (a German president): with
// answerPhrase they are looked for; answerSlot marks the noun that heads
// it. pos, when not 0, is the part of speech the words before it make it
// (posCue), whose senses alone give it synonyms.
func (e *Engine) readWord(w word, capitalised, answerSlot, answerPhrase bool, pos uint8) concept {
	key := wordKey{w, capitalised, answerSlot, answerPhrase, pos}
	if c, ok := e.wordsRead.get(key); ok {
		c.alts = slices.Clone(c.alts)
		return c
	}
	c := e.readWordAfresh(w, capitalised, answerSlot, answerPhrase, pos)
	e.wordsRead.put(key, keptConcept(c))
	return c
}

// readWordAfresh is readWord, read again.
func (e *Engine) readWordAfresh(w word, capitalised, answerSlot, answerPhrase bool, pos uint8) concept {
	t := w.term
	c := concept{label: w.surface, alts: []alt{{terms: []string{t}, strength: 1, sure: true}}}
	c.name = capitalised || isNumberWord(w.folded)
	wn := e.lex.wn
	lemma := w.folded
	var lemmas []string
	if wn != nil {
		lemma = wn.NounLemmaOr(w.folded)
		c.lemma, c.noun = lemma, wn.MostlyNoun(lemma)
		lemmas = wn.Lemmas(w.folded)
		// A thing: a name, a word no dictionary knows (a name in
		// lowercase: "merkel"), or a noun for something one can point at.
		// Not an indefinite, though WordNet knows "nobody" as a noun (a
		// person of no account): "did nobody flag this" asks of anyone.
		c.thing = c.name || !indefinites[w.folded] && (lemmas == nil && !e.commonWord(w.folded) || c.noun && wn.Concrete(lemma))
		// A plural that is a noun of its own ("steps", a flight of
		// stairs) is most often the plural of its singular ("what steps
		// has the minister promised"): a thing only when that is one too.
		if c.thing && !c.name && answerSlot {
			for _, l := range lemmas {
				if l != lemma && wn.MostlyNoun(l) && !wn.Concrete(l) {
					c.thing = false
				}
			}
		}
	} else {
		c.thing = c.name
	}
	if someoneWords[w.folded] && !c.name {
		c.thing = false // "the guy who died" is someone the coverage names otherwise
	}
	if genericPersons[w.folded] && !c.name && e.vocab.dfOf(t) == 0 {
		// Nor are "people" whom a coverage that never writes the word
		// names otherwise: the growers of "why didnt more ppl buy hail
		// cover".
		c.thing = false
	}
	if vagueNouns[w.folded] && !c.name {
		c.thing = false // "a heart problem or something": the story's "heart condition"
	}
	if pos == wordnet.Verb && !c.name && slices.ContainsFunc(lemmas, func(l string) bool { return wn.POS(l)&wordnet.Verb != 0 }) {
		// What the words before it make a verb ("will they face",
		// "can the government still block it") is no thing.
		c.thing, c.noun = false, false
	}
	c.answer = answerSlot && c.thing && !c.name
	c.nameable = wn != nil && wn.Nameable(lemma)
	// A word no dictionary knows that writes a verb of two words as one
	// ("payout" of "pay out") is that verb's noun: no thing one can point
	// at, but the verb's first word and its synonyms ("disburse").
	if v := joinedVerb(wn, w.folded); lemmas == nil && !c.name && v != "" {
		c.thing, c.answer = false, false
		e.addSure(&c, v[:strings.IndexByte(v, '_')], derivedStrength)
		e.addWordSynonyms(&c, v)
	}
	// The noun that asks for the kind of answer ("which bank") is a noun:
	// its synonyms are its noun senses' alone, not "trust" of "bank on".
	if answerSlot && pos == 0 {
		pos = wordnet.Noun
	}
	// Its base forms and the coverage's irregular forms of them ("began"
	// and "begin"), the words WordNet derives from them ("leader" and
	// "led"), and the words that share one of their common senses: the
	// same thing in other clothes.
	if !c.name {
		for _, l := range wn.ReadingsOf(w.folded, lemmas) {
			e.addSure(&c, l, 1)
			for _, d := range wn.Derived(l) {
				e.addSure(&c, d, derivedStrength)
			}
			e.addSynonyms(&c, l, pos)
			// A verb its most frequent sense alone names has no
			// synonym: the verb it is a kind of stands for it, less
			// surely ("are they donating any of it" is answered by
			// "agreed to give 60,000 euros"). See readAsVerb for
			// which words are read as such a verb.
			if e.readAsVerb(l, pos, c.noun) {
				for _, k := range wn.VerbKinds(l) {
					e.addKind(&c, k, oneVerbKindStrength)
				}
			}
			// A verb the coverage never uses is put, less surely, by
			// its kinds that it does: "did ppl disrupt the council
			// meeting" is answered by "members of the public heckled
			// councillors". Where it uses the verb, its kinds are
			// mostly other acts of the story ("pay" and "refund").
			if !c.noun && pos&^wordnet.Verb == 0 && wn.POS(l)&wordnet.Verb != 0 && e.vocab.dfOf(e.termOf(l)) == 0 && e.vocab.dfOf(t) == 0 {
				for _, t := range wn.Troponyms(l) {
					if tt := e.termOf(t); tt != "" && e.vocab.dfOf(tt) > 0 {
						e.addKind(&c, t, troponymStrength)
					}
				}
			}
			// A verb that causes what it says says it was done: whoever
			// was killed died, what was shown was seen.
			if !c.noun && pos&^wordnet.Verb == 0 && wn.POS(l)&wordnet.Verb != 0 {
				for _, t := range wn.Causes(l) {
					e.addSure(&c, t, causeStrength)
				}
			}
		}
	}
	// A people is of its land, and a land told by its people: "Britons"
	// by "the UK", "Russia" by "the Russian side"; only in a coverage
	// that never uses the word itself, where it says "Ukrainian" the
	// paragraphs of Ukraine are not of "the Ukrainian leader".
	if wn != nil && e.vocab.dfOf(t) == 0 {
		e.addHomelands(&c, append([]string{w.folded}, lemmas...))
	}
	// The coverage's closed compounds headed by the noun: a "helpline"
	// is a phone line (see headedCompounds).
	if c.noun && !c.name {
		for _, t := range e.headedCompounds(lemma) {
			c.alts = appendAlt(c.alts, alt{terms: []string{t}, strength: synonymStrength, sure: true})
		}
	}
	// A word no dictionary knows that the coverage writes as two
	// ("frontline" for "the front line"): those two words, as a phrase.
	if lemmas == nil && !c.name && e.vocab.dfOf(t) == 0 {
		if ts := e.splitCompound(w.folded); ts != nil {
			c.alts = appendAlt(c.alts, alt{terms: ts, strength: 1, sure: true})
		}
	}
	// A thing the coverage names only by a noun of two words that is a
	// kind of it: "heatstroke" in a text of "heat exhaustion". No vector of
	// one word is near such a noun, and its last word alone is another
	// thing ("exhaustion").
	if wn := e.lex.wn; wn != nil && c.thing && !c.name && lemma != "" && e.vocab.dfOf(t) == 0 && wn.POS(lemma)&wordnet.Noun != 0 {
		for _, k := range wn.TwoWordKinds(lemma) {
			if ts := e.synonymTerms(k); len(ts) == 2 {
				c.alts = appendAlt(c.alts, alt{terms: ts, strength: synonymStrength, sure: true, phrase: true})
			}
		}
		// A person asked of by what they are may be named by a kind of
		// it, up to two steps down, which its vector may be far from:
		// "hydrologist" where one asks of a "scientist", "shareholders"
		// of "investors". The kind must be a person too, and the
		// coverage must use that very word (or its plural), mostly as a
		// noun: its stem may be another word's ("operative" of
		// "operations"). Of other things, the kinds reach too far: a
		// "calling" is a kind of business, a "generation" of people.
		if wn.Person(lemma) {
			for _, k := range wn.Kinds(lemma, oneWordKindDepth) {
				if kt := e.kindTerm(k); kt != "" && wn.Person(k) && wn.MostlyNoun(k) {
					c.alts = appendAlt(c.alts, alt{terms: []string{kt}, strength: synonymStrength, sure: true})
				}
			}
			// Or by its parts: the ringleader by "leader", councillors
			// by "council" (see personByParts).
			for _, pt := range e.personByParts(lemma) {
				c.alts = appendAlt(c.alts, alt{terms: []string{pt}, strength: synonymStrength, sure: true})
			}
		}
	}
	// A misspelt name or word that no dictionary knows: "Zelenksy" is
	// Zelenskyy, pronouns included; "seats" is not a misspelt "sea".
	if e.vocab.dfOf(t) == 0 && !e.phraseTable().known[t] && lemmas == nil && (c.thing || len([]rune(t)) >= 7) {
		// (A number is no slip of another: "2018" is not "2019".)
		slip := capitalised && !isNumberWord(w.folded) && e.unheardOf(w.folded)
		for _, fix := range e.correct(t, w.folded, c.name && !slip) {
			c.alts = appendAlt(c.alts, alt{terms: []string{fix}, strength: 1, sure: true})
			pt := e.phraseTable()
			for _, g := range pt.byKey.get(fix) {
				pt.mergeInto(&c, int(g))
				c.name = c.name || len(pt.groups[g].entities) > 0
			}
		}
	}
	// Initials of a term of several words the coverage writes in full
	// ("hgvs", "vc"; see initialsOf).
	if e.vocab.dfOf(t) == 0 && !e.phraseTable().known[t] {
		if ts := e.initialsOf(w.folded); ts != nil {
			c.alts = appendAlt(c.alts, alt{terms: ts, strength: 1, sure: true})
		}
	}
	// A word that says only that one leads ("boss", "leader", "chief") is
	// any other such word, "head" included: "the party boss" is its
	// leader. ("Head" itself is also a part of the body, and takes none.)
	if genericLeaders[w.folded] {
		for _, l := range genericLeaderLemmas {
			if l != lemma {
				e.addSure(&c, l, synonymStrength)
			}
		}
	}
	// A number written the other way: "thirty" is the text's "30".
	if n := otherNumeral(w.folded); n != "" {
		if tt := e.termOf(n); tt != "" {
			c.alts = appendAlt(c.alts, alt{terms: []string{tt}, strength: 1, sure: true})
		}
	}
	// An indefinite ("anyone", "somebody") has for neighbours the others
	// and words used alike ("nobody", "whatever", "never"), which say
	// nothing of whom it stands for, or the opposite: "nobody could say
	// when" does not answer "has anyone been arrested".
	if c.name || e.lex.vec == nil || indefinites[w.folded] {
		return c
	}
	// A slip that is a word too ("minster" for "minister", "manger" for
	// "manager").
	if lemmas != nil && e.vocab.dfOf(t) == 0 && !e.phraseTable().known[t] {
		for _, fix := range e.slips(w.folded) {
			c.alts = appendAlt(c.alts, alt{terms: []string{fix}, strength: 1, sure: true})
		}
	}
	vec, hasVec := e.lex.vec.Vector(w.folded)
	// A word typed without its vowels ("msgs") is the word it writes so
	// (see skeletonOf).
	if !hasVec && e.vocab.dfOf(t) == 0 && !e.phraseTable().known[t] {
		if full := e.skeletonOf(w.folded); full != "" {
			c.alts = appendAlt(c.alts, alt{terms: []string{full}, strength: clipStrength, sure: true})
		}
	}
	// A clipped word ("apps", "stats", "exec") is the word it clips.
	if hasVec && e.vocab.dfOf(t) == 0 && !e.phraseTable().known[t] {
		for _, full := range e.clippedFrom(w.folded, vec) {
			c.alts = appendAlt(c.alts, alt{terms: []string{full}, strength: clipStrength, sure: true})
		}
	}
	// An acronym the coverage spells out but never uses ("lng",
	// "liquefied natural gas"): the words of the coverage nearest to it
	// whose initials spell it, when the coverage has them as a phrase.
	// The dictionary may know it by another sense: its first "mp" is a
	// military policeman, a story's a "member of parliament".
	if hasVec && e.vocab.dfOf(t) == 0 {
		if ts := e.spelledOut(w.folded, vec); ts != nil {
			c.alts = appendAlt(c.alts, alt{terms: ts, strength: 1, sure: true})
		}
	}
	// The kind of answer asked for ("which leaders", "what day") is
	// answered by an instance of it: the coverage's words WordNet says are
	// kinds of it (a president is a leader, Saturday is a day), looked for
	// among its wider neighbours.
	// So is a noun for a thing the coverage never uses, by a word near it
	// that is a kind of its most frequent sense and mostly a noun itself:
	// "the weather" by the text's "frost", "leaders" by its "president".
	// (A kind of one of its rarer senses is of another thing; and a noun
	// the coverage uses is answered in its own words.) A plural is also
	// looked for by its singular, whose vector is nearer the coverage's
	// singulars: "experts" is 0.33 from the text's "analyst", "expert"
	// 0.52.
	var wide []wordvec.Neighbour
	if hasVec && (answerPhrase || c.thing && c.noun && e.vocab.dfOf(t) == 0) && !c.name && wn != nil {
		wide = e.neighbours(vec, w.folded, kindNeighbourCos, kindNeighbours)
		kinds := wide
		if lv, ok := e.lex.vec.Vector(lemma); ok && !answerPhrase && lemma != w.folded {
			kinds = append(slices.Clone(wide), e.neighbours(lv, lemma, kindNeighbourCos, kindNeighbours)...)
		}
		for _, nb := range kinds {
			nl := wn.NounLemmaOr(nb.Word)
			for _, l := range append([]string{lemma}, lemmas...) {
				if answerPhrase && wn.KindOf(nl, l, 3) || !answerPhrase && nl != l && wn.MostlyNoun(nl) && (wn.KindOfMain(nl, l, thingKindDepth) || wn.KindOf(nl, l, 0) || e.directlyBroader(l, nb.Word, nl)) {
					c.alts = appendAlt(c.alts, alt{terms: []string{e.vocab.words[nb.Word]}, strength: kindStrength, sure: true})
					break
				}
			}
		}
	}
	// A person called by a word the coverage never uses, a kind of
	// person it names by the kind ("the mum", its "mother"; "the dad",
	// its "father"): the person noun WordNet says a noun sense of the
	// word is a kind of, one step up and of nothing else (a woman is an
	// adult, but a female too), among its wider neighbours. A word of
	// chat ("mum") may be used too unlike the word news writes for their
	// vectors to be near. Not a word that says nothing of the person
	// ("guy"). A plural is looked for by its singular too, as above: a
	// chat word's plural ("mums") may have no person near it at all.
	if hasVec && !c.name && wn != nil && pos != wordnet.Verb && wn.POS(lemma)&wordnet.Noun != 0 && e.vocab.dfOf(t) == 0 && !someoneWords[w.folded] {
		if wide == nil {
			// (Kept: the near neighbours below are its first.)
			wide = e.neighbours(vec, w.folded, kindNeighbourCos, kindNeighbours)
		}
		kinds := wide
		if lv, ok := e.lex.vec.Vector(lemma); ok && lemma != w.folded {
			kinds = append(slices.Clone(kinds), e.neighbours(lv, lemma, kindNeighbourCos, kindNeighbours)...)
		}
		for _, nb := range kinds {
			if nl := wn.NounLemmaOr(nb.Word); nl != lemma && wn.Person(nl) && wn.SoleKindOf(lemma, nl) {
				c.alts = appendAlt(c.alts, alt{terms: []string{e.vocab.words[nb.Word]}, strength: kindStrength, sure: true})
			}
		}
	}
	// Persons taken together are told by their members, and a member by
	// its group: "police" by the "officers" who searched, "the jury" by
	// its "jurors". A story names the members of the group a reader
	// names, or the group of the member, in words used less alike than
	// near words are (the text's "officers" is not among the nearest
	// words of "police"): they are looked for among the wider
	// neighbours, as WordNet says a sense of one is a member of the
	// other.
	if hasVec && c.thing && c.noun && !c.name && wn != nil && pos != wordnet.Verb && wn.People(lemma) {
		if wide == nil {
			// (The near neighbours below are the first of these.)
			wide = e.neighbours(vec, w.folded, kindNeighbourCos, kindNeighbours)
		}
		for _, nb := range wide {
			if nl := wn.NounLemmaOr(nb.Word); nl != lemma && memberOrGroup(wn, lemma, nl) {
				c.alts = appendAlt(c.alts, alt{terms: []string{e.vocab.words[nb.Word]}, strength: max(memberStrength, neighbourStrength(nb.Cosine)), sure: true})
			}
		}
	}
	r, ok := e.lex.vec.Rank(w.folded)
	if !ok {
		return c
	}
	// A word too common to stand for another ("around", "just", "went")
	// has for neighbours words used alike, not words that mean alike: only
	// one WordNet says is the same thing or a kind of it is taken ("law"
	// for the text's "legislation"; not "adults" for "women").
	common := r < commonRank
	if common && (!c.thing || wn == nil) {
		return c
	}
	for _, nb := range e.nearNeighbours(vec, w.folded, wide) {
		nr, _ := e.lex.vec.Rank(nb.Word)
		if nr < commonRank {
			// A common word stands for a question's thing only as the
			// group of its members ("police" for "cops"), or, for a
			// thing the coverage never names, as a broader kind of
			// thing one can point at, within two steps: "the academy"
			// by its "school". Not persons, nor persons taken together:
			// a population is no "people".
			if wn != nil && c.thing && !common {
				if nl := wn.NounLemmaOr(nb.Word); groupOrMember(wn, lemma, nl) || e.vocab.dfOf(t) == 0 && broaderThing(wn, lemma, nl) {
					c.alts = appendAlt(c.alts, alt{terms: []string{e.vocab.words[nb.Word]}, strength: neighbourStrength(nb.Cosine), sure: true})
				}
			}
			continue
		}
		if common {
			if wn.KindOf(wn.NounLemmaOr(nb.Word), lemma, 2) {
				c.alts = appendAlt(c.alts, alt{terms: []string{e.vocab.words[nb.Word]}, strength: 1, sure: true})
			}
			continue
		}
		strength := neighbourStrength(nb.Cosine)
		// A word no dictionary knows that clips a near word ("chemo" of
		// the text's "chemotherapy") is that word. (A word it knows may
		// be another: "strike" is no "striker".)
		if lemmas == nil && len(w.folded) >= 4 && len(nb.Word) > len(w.folded) && strings.HasPrefix(nb.Word, w.folded) {
			c.alts = appendAlt(c.alts, alt{terms: []string{e.vocab.words[nb.Word]}, strength: 0.9, sure: true})
			continue
		}
		if wn != nil && c.thing {
			nl := wn.NounLemmaOr(nb.Word)
			switch {
			case wn.Related(lemma, nl, 2):
				// The same thing or a kind of it: attorney and lawyer.
				c.alts = appendAlt(c.alts, alt{terms: []string{e.vocab.words[nb.Word]}, strength: 1, sure: true})
				continue
			case groupOrMember(wn, lemma, nl) || wn.Pertains(nb.Word, lemma, 1):
				// A member of the group or the group of the member (cops
				// and the police, a jury and its jurors), or an adjective
				// of it ("rural" of the countryside, a kind of rural
				// area).
				c.alts = appendAlt(c.alts, alt{terms: []string{e.vocab.words[nb.Word]}, strength: strength, sure: true})
				continue
			case sharedPrefix(w.folded, nb.Word) >= 4:
				// A near word of the same root the dictionary does not
				// link: "fishermen" and "fishing".
				c.alts = appendAlt(c.alts, alt{terms: []string{e.vocab.words[nb.Word]}, strength: strength, sure: true})
				continue
			case wn.Siblings(lemma, nl, 2):
				// Two kinds of one thing: Paris is not Moscow. Unless
				// the vectors put them nearest, as they do the words of
				// two Englishes or of two registers for one thing
				// ("jail" and the story's "prison"); never persons: a son
				// is no daughter, however near.
				if strength >= nearestStrength && !wn.Person(nl) {
					c.alts = appendAlt(c.alts, alt{terms: []string{e.vocab.words[nb.Word]}, strength: strength, sure: true})
				}
				continue
			}
		}
		specific := nr >= specificRank && (wn == nil || !dictionaryNouns(wn, lemma, nb.Word))
		c.alts = appendAlt(c.alts, alt{terms: []string{e.vocab.words[nb.Word]}, strength: strength, specific: specific})
	}
	return c
}

// pricedKinds adds to the noun a sum is asked of that the coverage never
// uses, and that is no thing one can point at, the nouns among its wider
// neighbours that a sense of it is the kind one step above, and whose own
// first sense is a sum: "how much was the penalty" is answered by what the
// firm "was fined", a fine being a penalty ("fines" is mostly another
// word). readWord looks for kinds of
// things alone: of an abstract noun asked about, a kind is most often
// another matter; of a sum's, it is the sum's.
func (e *Engine) pricedKinds(q *question) {
	wn := e.lex.wn
	if q.priced < 0 || q.figure != figureMoney || e.lex.vec == nil || wn == nil {
		return
	}
	c := &q.concepts[q.priced]
	word := strings.ToLower(c.label)
	if c.thing || c.name || !c.noun || c.lemma == "" || e.vocab.dfOf(e.termOf(word)) > 0 {
		return
	}
	vec, ok := e.lex.vec.Vector(word)
	if !ok {
		return
	}
	kinds := e.neighbours(vec, word, kindNeighbourCos, kindNeighbours)
	if lv, ok := e.lex.vec.Vector(c.lemma); ok && c.lemma != word {
		kinds = append(slices.Clone(kinds), e.neighbours(lv, c.lemma, kindNeighbourCos, kindNeighbours)...)
	}
	for _, nb := range kinds {
		if nl := wn.NounLemmaOr(nb.Word); nl != c.lemma && wn.Possession(nl) && wn.KindOf(nl, c.lemma, 1) {
			c.alts = appendAlt(c.alts, alt{terms: []string{e.vocab.words[nb.Word]}, strength: kindStrength, sure: true})
		}
	}
}

// memberStrength is how surely a member of a group, or the group of a
// member, among a word's wider neighbours puts it: "officers" are police,
// but may be another body's.
const memberStrength = 0.7

// countedPersons adds to a noun of any persons that a "how many" question
// counts ("how many ppl are still stuck") the nouns of persons among its
// wider neighbours: a story counts its people by what they are
// ("workers", "miners", "passengers"). Not surely: a count of workers
// says nothing of how rare "people" is.
func (e *Engine) countedPersons(q *question) {
	wn := e.lex.wn
	if q.figure != figureCount || e.lex.vec == nil || wn == nil {
		return
	}
	for _, i := range q.counted {
		c := &q.concepts[i]
		if c.name || len(c.entities) > 0 || c.lemma == "" || !wn.MemberOf("person", c.lemma, 0) {
			continue
		}
		vec, ok := e.lex.vec.Vector(c.lemma)
		if !ok {
			continue
		}
		for _, nb := range e.neighbours(vec, c.lemma, kindNeighbourCos, kindNeighbours) {
			if nl := wn.NounLemmaOr(nb.Word); nl != c.lemma && wn.Person(nl) {
				c.alts = appendAlt(c.alts, alt{terms: []string{e.vocab.words[nb.Word]}, strength: memberStrength})
			}
		}
	}
}

// neighbourStrength is how surely a near word puts a question's word: a
// weaker sign than the word itself, cosines of 0.55 to 1 counting 0.18 to
// 0.9.
func neighbourStrength(cos float32) float64 { return min(0.9, (float64(cos)-0.45)/0.55) }

// broaderThing reports whether the noun lemma broader names a kind of
// thing one can point at, and no person or persons, that a sense of the
// noun lemma lemma is a kind of within two hypernym steps: an academy is
// a school.
func broaderThing(wn *wordnet.WordNet, lemma, broader string) bool {
	return wn.Concrete(broader) && !wn.Person(broader) && !wn.People(broader) && wn.KindOf(lemma, broader, 2)
}

// directlyBroader reports whether a word (its noun lemma broader) names a
// thing one can point at, and no person or persons, that a sense of the
// noun lemma lemma is a kind of one step up, and is no common word: a
// fridge is a refrigerator. A common word is most often meant otherwise
// (an ambulance is a car); nor is the head of a compound the reader wrote
// as one word the compound's thing: a wheelchair is a chair, but a
// story's "chair" that is no wheelchair chairs.
func (e *Engine) directlyBroader(lemma, word, broader string) bool {
	wn := e.lex.wn
	r, ok := e.lex.vec.Rank(word)
	return ok && r >= specificRank && !strings.HasSuffix(lemma, broader) && wn.Concrete(broader) && !wn.Person(broader) && !wn.People(broader) && wn.KindOf(lemma, broader, 1)
}

// groupOrMember reports whether the thing of one noun lemma is a member
// of the other's group, either way round: cops and the police, a jury and
// its jurors.
func groupOrMember(wn *wordnet.WordNet, a, b string) bool {
	return wn.MemberOf(a, b, 1) || wn.MemberOf(b, a, 1)
}

// memberOrGroup reports whether the thing of one noun lemma is a member
// of the other's group, either way round, the group being one of some
// persons only: "people", whose members are any person, holds workers and
// children alike, and says nothing of which.
func memberOrGroup(wn *wordnet.WordNet, a, b string) bool {
	switch {
	case wn.MemberOf(a, b, 1):
		return !wn.MemberOf("person", b, 0)
	case wn.MemberOf(b, a, 1):
		return !wn.MemberOf("person", a, 0)
	}
	return false
}

// dictionaryNouns reports whether WordNet knows both a question's word
// (by its lemma; "" if none) and a neighbour of it as nouns. Then the
// dictionary, which links neither to the other (a neighbour it links is
// a sure alternative), says more than their vectors: "households" are no
// population, a "waterfront" is no hotel, though each pair is near. A word
// it does not know ("cctv", "cyber") is read by its vector alone.
func dictionaryNouns(wn *wordnet.WordNet, lemma, neighbour string) bool {
	return lemma != "" && wn.POS(lemma)&wordnet.Noun != 0 && wn.POS(wn.NounLemmaOr(neighbour))&wordnet.Noun != 0
}

// specificRank is the rank in English from which a word is specific: used
// for few things, so that a thing the coverage puts by it is not missing
// (see weigh), unless the dictionary knows both as nouns (see
// dictionaryNouns). "Footage" (rank 5,227) is; "soldiers" (616), "outside"
// (543) and "region" (339) are words of every story.
const specificRank = 2000

// addSure adds a word as a sure way of putting a concept, by its term and
// by the coverage's irregular forms of it.
func (e *Engine) addSure(c *concept, word string, strength float64) {
	if tt := e.termOf(word); tt != "" {
		c.alts = appendAlt(c.alts, alt{terms: []string{tt}, strength: strength, sure: true})
	}
	for _, tt := range e.vocab.irregular[word] {
		c.alts = appendAlt(c.alts, alt{terms: []string{tt}, strength: strength, sure: true})
	}
}

// addSynonyms adds the words that share one of a lemma's common senses:
// "disagree" and "dissent", "back" and "support"; of its senses of the
// parts of speech pos only, unless pos is 0.
func (e *Engine) addSynonyms(c *concept, lemma string, pos uint8) {
	for _, syn := range e.lex.wn.SynonymsAs(lemma, pos) {
		// A synonym of two words, or hyphenated ("get-go"), is matched
		// whole, never by its last word alone ("go"). A hyphenated one
		// whose stop word the index drops is left out: a step-up is no
		// step. So is one the index cuts to a word that is not its
		// first: "country people", the index dropping "country", are
		// no people. A verb of two words keeps its first ("turn down" is
		// turn).
		if strings.ContainsAny(syn, "_-") {
			ts := e.synonymTerms(syn)
			parts := strings.FieldsFunc(syn, func(r rune) bool { return r == '_' || r == '-' })
			if len(ts) < len(parts) && (strings.Contains(syn, "-") || len(ts) == 1 && e.termOf(knowledge.Fold(parts[0])) == "") {
				continue
			}
			if len(ts) > 0 {
				c.alts = appendAlt(c.alts, alt{terms: ts, strength: synonymStrength, sure: true, phrase: len(ts) > 1})
			}
			// A title of three words is written with its first two
			// when they are a noun of their own: the "chief executive
			// officer" a CEO is, is most often a "chief executive".
			if parts := strings.Split(syn, "_"); len(parts) == 3 {
				if pos, _ := e.lex.wn.Collocation(parts[0], parts[1]); pos&wordnet.Noun != 0 {
					c.alts = appendAlt(c.alts, alt{terms: e.synonymTerms(parts[0] + "_" + parts[1]), strength: synonymStrength, sure: true, phrase: true})
				}
			}
			continue
		}
		e.addWordSynonym(c, lemma, syn)
	}
}

// addWordSynonym adds a synonym of one word of a lemma and the words
// derived from it in the sense they share: "react" is "respond", whose
// noun is "response"; "police" is "law", but the force, not the law whose
// "lawyer" is of the profession.
func (e *Engine) addWordSynonym(c *concept, lemma, syn string) {
	if !e.cutToOther(syn, lemma) {
		e.addSure(c, syn, synonymStrength)
	}
	for _, d := range e.lex.wn.SynonymDerived(lemma, syn) {
		if !e.cutToOther(d, lemma) {
			e.addSure(c, d, synonymStrength*0.9)
		}
	}
}

// cutToOther reports whether the index cuts a synonym of a question's word
// asked to a term that is itself another, commoner word the coverage uses,
// whose sense is far from asked's: "localize" (a sense of "fix") to
// "local". Where the coverage has that term, it is most likely the other
// word's, and says nothing of what is asked: "local police said" fixes
// nothing. A word the other is near to, by the word vectors, keeps it:
// "locality" of "location" is cut to "local", which is near "location", as
// "watchful" of "alert" is to "watch", near "alert". A word cut to a form
// of its own ("talks" to "talk"), or to no word the coverage uses
// ("position" to "posit"), and the question's word itself, are not cut to
// another.
func (e *Engine) cutToOther(word, asked string) bool {
	t := e.termOf(word)
	vs := e.lex.vec
	if t == "" || t == word || word == asked || e.vocab.words[t] != t || vs == nil {
		return false
	}
	// "dr." is cut to "dr", the same word.
	if strings.TrimFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }) == t {
		return false
	}
	wn := e.lex.wn
	if slices.Contains(wn.Lemmas(t), word) || slices.Contains(wn.Lemmas(word), t) {
		return false
	}
	rt, ok := vs.Rank(t)
	if !ok {
		return false
	}
	if rw, ok := vs.Rank(word); ok && rw < rt {
		return false // the synonym is the commoner word
	}
	cos, ok := vs.Cosine(asked, t)
	return ok && float64(cos) < otherWordCos
}

// otherWordCos is how near, by the word vectors, a question's word must be
// to the word its synonym is cut to for the synonym to count: "location" and
// "local" are 0.54 apart, "alert" and "watch" 0.47, "fix" and "local" 0.27.
const otherWordCos = 0.35

// addWordSynonyms adds the synonyms of one word that a lemma of two has
// ("walk_out": "strike"), and the words derived from them. Its synonyms of
// two words are left out: "part with", cut to "part", would stand for
// "give up".
func (e *Engine) addWordSynonyms(c *concept, lemma string) {
	for _, syn := range e.lex.wn.Synonyms(lemma) {
		if !strings.ContainsAny(syn, "_-") {
			e.addWordSynonym(c, lemma, syn)
		}
	}
}

// nearNeighbours returns the coverage's words nearest to a question's word
// that may stand for it: the first of its wider neighbours, when they were
// looked for (sorted by cosine, they hold all of these), else a search.
func (e *Engine) nearNeighbours(vec wordvec.Vec, word string, wide []wordvec.Neighbour) []wordvec.Neighbour {
	if wide == nil {
		return e.neighbours(vec, word, minNeighbourCos, maxNeighbours)
	}
	n := 0
	for n < len(wide) && n < maxNeighbours && wide[n].Cosine >= minNeighbourCos {
		n++
	}
	return wide[:n]
}

// The kinds of an answer noun are looked for among its kindNeighbours
// nearest words from cosine kindNeighbourCos, and count kindStrength.
const (
	kindNeighbourCos = 0.3
	kindNeighbours   = 30
	kindStrength     = 0.9
	// thingKindDepth is how many steps up from a neighbour the noun of a
	// thing asked about may be (the kind of answer asked for, three).
	thingKindDepth = 2
)

// weigh sets a concept's weight by how rare it is in the coverage (the
// square root flattens idf: a rare everyday word should not outweigh the
// names and topics of a question) and how surely the coverage mentions it.
func (e *Engine) weigh(c *concept) {
	df := 0
	for _, a := range c.alts {
		if !a.sure || len(a.terms) != 1 {
			continue
		}
		if e.vocab.compoundOnly[a.terms[0]] {
			continue // "tanks" is not the tank of "think tank"
		}
		df = max(df, e.vocab.dfOf(a.terms[0]))
	}
	// A phrase of several words counts only where no word does, and one
	// found is enough: whether the coverage has it is a walk of postings,
	// asked only then. Asked of every phrase, 651 of the 737 walks of the
	// bench's 220 questions at 100,000 paragraphs were for a concept
	// already known by a word: 130 of the 940 allocations a question.
	if df == 0 {
		for _, a := range c.alts {
			if a.sure && len(a.terms) != 1 && a.ids != nil && e.hasAlt(a) {
				df = 1
				break
			}
		}
	}
	// A thing is known by its own words, its entity's names, a word
	// WordNet says is the same or a kind of it, or a specific word near
	// it; anything else the coverage may put near it, by a neighbour's
	// strength.
	if df > 0 || len(c.entities) > 0 {
		c.known = 1
	} else if e.aliasWord(*c) || e.placeOfRole(*c) {
		c.known = knownFloor
	} else {
		for _, a := range c.alts {
			if len(a.terms) != 1 || e.vocab.dfOf(a.terms[0]) == 0 {
				continue
			}
			switch {
			case !c.thing:
				c.known = max(c.known, a.strength)
			case a.specific:
				// A thing is not missing from a coverage that uses a
				// specific word near it: "cctv" where the text says
				// "footage", "hackers" where it says "cyber". Its
				// commoner neighbours are not enough: "civilians" are
				// not in a story of "soldiers", nor a pope in one of
				// World War "II"; nor two nouns the dictionary knows
				// apart.
				c.known = max(c.known, knownFloor)
			}
		}
	}
	c.weight = math.Sqrt(e.vocab.idf(df))
	switch {
	case df == 0 && len(c.entities) == 0 && c.name:
		c.weight *= 2
	case df == 0 && len(c.entities) == 0:
		// An everyday word the coverage does not use is often phrasing,
		// but may be the point ("the population of Istanbul"): it counts
		// about as much as a common word the coverage does use.
		c.weight = unknownWordWeight
		// A verb it never uses, by any of its ways, is most often the
		// reader's word for what the story tells by another ("which
		// hospital got hacked": "a ransomware attack has shut down
		// computer systems at St Osric's Hospital"): it counts half.
		if !c.thing && c.known == 0 && e.verbConcept(*c) {
			c.weight /= 2
		}
	}
	// An indefinite says only that someone or something is meant, whom
	// the predicate beside it is about: "was anybody injured" is answered
	// by the paragraph of the injuries, not by one that has an "anybody"
	// ("he asked if anyone had charged his phone"). It weighs a quarter,
	// under any word of what is asked; the answer's own word, half.
	switch {
	case indefinites[strings.ToLower(c.label)]:
		c.weight /= 4
	case c.answer:
		c.weight /= 2
	}
	c.weight *= e.commonness(*c)
	// A word of the reader's own story counts less than one of what they
	// ask; their own people in it ("so my dad is a farmer up north"),
	// whom no coverage speaks of, nothing.
	switch {
	case !c.story || c.name || len(c.entities) > 0:
	case c.own:
		c.weight = 0
	default:
		c.weight *= storyWeight
	}
}

// placeOfRole reports whether a noun for a place that the coverage never
// writes is what the fact base says a place it names is ("Main city of
// Wessmoor", "City in Valdessa"): "into the city" speaks of Brackenford,
// which the coverage names by its name alone.
func (e *Engine) placeOfRole(c concept) bool {
	wn := e.lex.wn
	return wn != nil && c.thing && !c.name && c.lemma != "" && wn.Place(c.lemma) && len(e.vocab.byRole[c.lemma]) > 0
}

// verbConcept reports whether a concept is a verb: a word, not mostly a
// noun, one of whose base forms is a verb ("hacked"), or a verb of two
// words.
func (e *Engine) verbConcept(c concept) bool {
	wn := e.lex.wn
	if wn == nil || c.name || c.noun {
		return false
	}
	if c.verbWord != "" {
		return true
	}
	return slices.ContainsFunc(wn.Lemmas(strings.ToLower(c.label)), func(l string) bool { return wn.POS(l)&wordnet.Verb != 0 })
}

// aliasWord reports whether a concept's own word is a word of a name the
// sources give ("EU" of "EU Commission"): the coverage mentions it,
// though not alone.
func (e *Engine) aliasWord(c concept) bool {
	pt := e.phraseTable()
	return pt != nil && slices.ContainsFunc(c.alts, func(a alt) bool {
		return a.sure && a.strength == 1 && len(a.terms) == 1 && pt.known[a.terms[0]]
	})
}

// commonWord reports whether a word is among the thousand commonest of
// English though no dictionary entry ("whose", "towards"): not a name.
func (e *Engine) commonWord(w string) bool { return e.amongCommonest(w, commonBelow/3) }

// commonness weighs down a word that is common in all of English ("now",
// "new", "get"), whatever its rarity in a small coverage: on its own it says
// little of what a question is about. Names are never weighed down.
func (e *Engine) commonness(c concept) float64 {
	if c.name || len(c.entities) > 0 || e.lex.vec == nil || len(c.alts) == 0 {
		return 1
	}
	// A chat shortening is as common as the word it stands for: "ppl"
	// weighs what "people" does.
	w := strings.ToLower(c.label)
	switch {
	case c.verbWord != "":
		// A verb of two words is as common as its verb, which alone
		// puts it: "go up" of "why did the substation go up in flames"
		// is matched by any "go", and weighs no more than "go" would.
		w = c.verbWord
	case strings.Contains(w, " "):
		return 1 // "wind farm" is rarer than "wind" or "farm"
	}
	if long, ok := chatShort[w]; ok {
		w = long
	}
	r, ok := e.lex.vec.Rank(w)
	if !ok {
		return 1
	}
	return min(1, math.Log(float64(r)+2)/math.Log(commonBelow))
}

// correct returns the spellings a misspelt word may have meant: for a name,
// only the terms of names and aliases (so that Paris does not become "part");
// for another long word, any term of the coverage.
func (e *Engine) correct(t, folded string, name bool) []string {
	if name {
		// A short name is too often one letter from another (Pope, Pole).
		if len([]rune(t)) < 5 {
			return nil
		}
		return e.vocab.correct(t, folded, false, e.phraseTable().known)
	}
	return e.vocab.correct(t, folded, true, e.phraseTable().known)
}

// unheardOf reports whether a word has no vector, which all but the rarest
// words of English have: a capitalised one may then be a slip of any word
// of the coverage, not only of a name ("Brazlian" of "Brazilian").
func (e *Engine) unheardOf(folded string) bool {
	if e.lex.vec == nil {
		return false
	}
	_, ok := e.lex.vec.Rank(folded)
	return !ok
}

// A word is taken for a slip of another only if it is rarer in English than
// slipRank, and the other at least slipRatio times commoner; a word too rare
// to have a vector may be a slip of one of the slipScan commonest words.
const (
	slipRank  = 10000
	slipRatio = 20
	slipScan  = 5000
)

// slips returns the terms of the coverage's words that a rare word of
// English the coverage never uses may be a slip for: one letter away (left
// out, added, changed or swapped) and far commoner ("minster", a church,
// for "minister"), sorted. A word as common as "tanks" or "pope" is meant
// as typed. It reads English's commoner words, in order of frequency, not
// the coverage's, which may be hundreds of thousands.
func (e *Engine) slips(word string) []string {
	vec := e.lex.vec
	r, ok := vec.Rank(word)
	switch {
	case !ok:
		r = slipScan * slipRatio // too rare to have a vector
	case r < slipRank:
		return nil
	}
	var out []string
	for w := range oneEditFrom(vec, word, r/slipRatio) {
		if t, ok := e.vocab.words[w]; ok && e.vocab.dfOf(t) > 0 {
			out = append(out, t)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// oneEditFrom yields, commonest first, those of English's n commonest words
// (all, if it has fewer) that word is one edit from: a letter left out,
// added, changed, or two swapped. It looks up each word one edit away
// (a few hundred for a word of ten letters), not each of the n words.
func oneEditFrom(vec *wordvec.Vectors, word string, n int) iter.Seq[string] {
	return func(yield func(string) bool) {
		type ranked struct {
			rank int
			w    string
		}
		var found []ranked
		// (w is b's array, reused: a string is made of it only for a
		// word found)
		try := func(w []byte) {
			if r, ok := vec.RankBelow(w, n); ok && string(w) != word && !slices.ContainsFunc(found, func(f ranked) bool { return f.w == string(w) }) {
				found = append(found, ranked{r, string(w)})
			}
		}
		if !isEditAlphabet(word) {
			for i := range min(n, vec.Len()) {
				if w := vec.Word(i); len(w) >= len(word)-1 && len(w) <= len(word)+1 && knowledge.OneEdit(word, w) {
					found = append(found, ranked{i, w})
				}
			}
		} else {
			b := make([]byte, 0, len(word)+1)
			for i := 0; i <= len(word); i++ {
				if i < len(word) {
					try(append(append(b[:0], word[:i]...), word[i+1:]...)) // left out
					if i+1 < len(word) {
						t := append(b[:0], word...)
						t[i], t[i+1] = t[i+1], t[i]
						try(t) // two swapped
					}
				}
				for j := 0; j < len(editAlphabet); j++ {
					c := editAlphabet[j]
					if i < len(word) && word[i] != c {
						t := append(b[:0], word...)
						t[i] = c
						try(t) // changed
					}
					try(append(append(append(b[:0], word[:i]...), c), word[i:]...)) // added
				}
			}
		}
		slices.SortFunc(found, func(x, y ranked) int { return x.rank - y.rank })
		for _, f := range found {
			if !yield(f.w) {
				return
			}
		}
	}
}

// editAlphabet holds the bytes oneEditFrom changes and adds, those most
// words with vectors are spelt with: a word a letter away that has
// another ("a&e" of "ae") is not found, a word typed with another is
// read against every word of the n.
const editAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789'-."

// isEditAlphabet reports whether a word is spelt in editAlphabet alone.
func isEditAlphabet(w string) bool {
	for i := 0; i < len(w); i++ {
		if strings.IndexByte(editAlphabet, w[i]) < 0 {
			return false
		}
	}
	return true
}

// missing returns the things a question asks about that the coverage never
// mentions: then it cannot answer, whatever else matches. A thing said in
// passing ("with lower ranking officials") is not what it asks about,
// unless it is a name, someone (a pope, reporters) or what a "how many"
// question counts.
func (q question) missing() []concept {
	var out []concept
	for i, c := range q.concepts {
		if !c.thing || c.answer && c.nameable || c.known >= knownFloor {
			continue
		}
		if c.aside && !c.name && (!c.nameable || c.clause) && !slices.Contains(q.counted, i) {
			continue // said in passing
		}
		if c.story && !c.name {
			continue // the reader's own story
		}
		if c.modifier && !c.name && !c.nameable && i+1 < len(q.concepts) && q.concepts[i+1].known >= knownFloor {
			continue // a kind of a thing the coverage names
		}
		out = append(out, c)
	}
	return out
}

// asideWords are the prepositions that put what follows them aside: not
// "of", which binds a noun to the one before it ("the population of
// Kyiv"), nor those of place, which say where the question asks about
// ("cameras at the airport"). Those of time are: "did management talk to
// the union before the sackings" asks of a talk, which a paragraph saying
// the union "had not been consulted before the announcement" answers.
var asideWords = map[string]bool{
	"with": true, "for": true, "about": true, "from": true, "by": true, "against": true,
	"without": true, "between": true, "among": true, "during": true, "before": true, "after": true, "until": true,
}

// afterObjectWords are the prepositions that, right after an object
// pronoun, say where or into what the verb puts it.
var afterObjectWords = map[string]bool{"to": true, "in": true, "into": true}

// objectPronouns are the pronouns a verb takes as its object.
var objectPronouns = map[string]bool{"them": true, "it": true, "him": true, "her": true, "us": true, "me": true}

// clauseStarts start a clause of its own.
var clauseStarts = map[string]bool{
	"when": true, "if": true, "while": true, "because": true, "although": true, "whether": true,
	"unless": true, "since": true, "though": true,
}

// asides marks the words said in passing: after a clause word anywhere
// before them, or in a phrase a preposition starts (the preposition, then
// the words of one noun phrase). clause marks those of the first kind: a
// clause of their own; and where a verb puts or takes its object, which
// is part of the act ("taking them to court").
func asides(ws []word) (aside, clause []bool) {
	aside, clause = make([]bool, len(ws)), make([]bool, len(ws))
	inClause := false
	prep, objPrep := false, false
	for i, w := range ws {
		if i > 0 && clauseStarts[w.folded] {
			inClause = true
		}
		switch {
		case asideWords[w.folded]:
			prep = true
		// A place or state a verb's object is put in or taken to
		// ("taking them to court", "put it in danger") is part of what
		// is done, not the thing asked about.
		case afterObjectWords[w.folded] && i > 0 && objectPronouns[ws[i-1].folded]:
			prep, objPrep = true, true
		case w.term == "" && w.folded != "the" && w.folded != "a" && w.folded != "an" && !wordnet.Possessive(w.folded):
			prep, objPrep = false, false
		}
		// Named or not, it is no thing asked about.
		clause[i] = inClause || objPrep && w.term != ""
		aside[i] = inClause || prep && w.term != ""
	}
	return aside, clause
}

// match is how surely the terms ts (a paragraph's or a sentence's) put the
// concept: the strongest alternative whose terms are all there.
func (c concept) match(ts termSet) float64 {
	best := 0.0
	for _, a := range c.alts {
		if a.strength > best && a.ids != nil && allIn(a.ids, ts) {
			best = a.strength
		}
	}
	return best
}

// sureMatch is match by the concept's sure alternatives alone: its own
// words, forms, synonyms and kinds, never a neighbour.
func (c concept) sureMatch(ts termSet) float64 {
	best := 0.0
	for _, a := range c.alts {
		if a.sure && a.strength > best && a.ids != nil && allIn(a.ids, ts) {
			best = a.strength
		}
	}
	return best
}

// mentions reports whether the concept names an entity whose curated
// paragraphs include ref (a mention by pronoun or role).
func (c concept) mentions(ref knowledge.Ref) bool {
	for _, e := range c.entities {
		if e.Article != ref.Article {
			continue
		}
		for _, p := range e.Paragraphs {
			if p == ref.Paragraph {
				return true
			}
		}
	}
	return false
}

func allIn(ids []uint32, set termSet) bool {
	for _, id := range ids {
		if !set.has(id) {
			return false
		}
	}
	return true
}

func surface(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.surface
	}
	return strings.Join(parts, " ")
}

func isCapitalised(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

func appendAlt(alts []alt, a alt) []alt {
	for i, b := range alts {
		if equalTerms(a.terms, b.terms) {
			alts[i].strength = max(b.strength, a.strength)
			alts[i].sure = b.sure || a.sure
			alts[i].phrase = b.phrase && a.phrase
			return alts
		}
	}
	return append(alts, a)
}

func equalTerms(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// sharedPrefix counts the runes two words start with alike.
func sharedPrefix(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n
}

// howSpeechWeight is what a verb of speech the coverage never uses weighs,
// of its weight, in a question that asks how.
const howSpeechWeight = 0.25

// asksHow reports whether a question starts by asking how.
func asksHow(ws []word) bool { return len(ws) > 0 && ws[0].folded == "how" }

// personalPronouns stand for a person the question need not name.
var personalPronouns = map[string]bool{"he": true, "she": true, "him": true, "her": true, "his": true, "hers": true, "himself": true, "herself": true}

// antecedent reads "he" or "she" in a question that says no one it stands
// for ("when does her ban end", "has he been capped") as the person a
// coverage of one article is about: the one its fact base says the most
// paragraphs mention, the first named on a tie. The question says whom
// itself when it names a person, or has a noun for one before the pronoun
// ("the minister … her plan"), and asks of someone else when a noun for a
// person follows it ("why was her son living with her"); a coverage of
// many articles has no one such person. Either way the pronoun stays phrasing. ("They" is not read so: it
// is the thieves as often as the museum.)
func (e *Engine) antecedent(ws []word, cs []concept) (concept, bool) {
	wn := e.lex.wn
	// A pronoun in a clause of its own says who was there, not whom the
	// question asks about: "him" of "how fast was it going when it hit
	// him" is whoever it hit, not the story's most named man.
	_, clause := asides(ws)
	at := slices.IndexFunc(ws, func(w word) bool { return personalPronouns[w.folded] })
	if at >= 0 && clause[at] {
		return concept{}, false
	}
	if at < 0 || len(e.sources) != 1 || wn == nil {
		return concept{}, false
	}
	// "Her son", "his lawyer": the pronoun says only whose, and the one
	// asked about is the person after it, whom the coverage names.
	if at+1 < len(ws) && ws[at+1].term != "" && wn.Person(wn.NounLemmaOr(ws[at+1].folded)) {
		return concept{}, false
	}
	if slices.ContainsFunc(ws[:at], func(w word) bool { return w.term != "" && wn.Person(wn.NounLemmaOr(w.folded)) }) || slices.ContainsFunc(cs, func(c concept) bool {
		return slices.ContainsFunc(c.entities, func(en *knowledge.Entity) bool { return en.Kind == knowledge.KindPerson })
	}) {
		return concept{}, false
	}
	// The person the pronoun can stand for: the coverage's own pronouns
	// for them say "he" or "she" ("Varga said she ..."), and one it calls
	// only by the other is not meant.
	want := pronounGender(ws[at].folded)
	var main *knowledge.Entity
	for i := range e.sources[0].Entities {
		en := &e.sources[0].Entities[i]
		if en.Kind != knowledge.KindPerson || len(en.Paragraphs) == 0 {
			continue
		}
		if main == nil || len(en.Paragraphs) > len(main.Paragraphs) || len(en.Paragraphs) == len(main.Paragraphs) && slices.Min(en.Paragraphs) < slices.Min(main.Paragraphs) {
			if e.calledBy(en)*want >= 0 {
				main = en
			}
		}
	}
	if main == nil {
		return concept{}, false
	}
	c := concept{label: ws[at].surface, thing: true, name: true}
	pt := e.phraseTable()
	for _, g := range pt.byEntity.get(keyOf(*main)) {
		pt.mergeInto(&c, int(g))
	}
	return c, len(c.entities) > 0
}

// pronounGender is 1 for a pronoun for a man, -1 for one for a woman.
func pronounGender(folded string) int {
	switch folded {
	case "he", "him", "his", "himself":
		return 1
	case "she", "her", "hers", "herself":
		return -1
	}
	return 0
}

// calledBy says by which pronouns the coverage speaks of a person: 1 when
// the sentences that name them (by a word of their name: an alias may
// hold a title, "Energy Minister Corin Ashdale", that names others too),
// and the sentences after those, say "he", "him" or "his" more often than
// "she", "her" or "hers"; -1 the other way; 0 when they say neither or as
// many of each.
func (e *Engine) calledBy(en *knowledge.Entity) int {
	letterWords := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
	}
	names := map[string]bool{}
	for _, w := range letterWords(en.Name) {
		if len(w) > 2 {
			names[w] = true
		}
	}
	count := 0
	for _, n := range en.Paragraphs {
		pi := e.vocab.para(knowledge.Ref{Article: en.Article, Paragraph: n})
		if pi == nil {
			continue
		}
		for i := range pi.sents {
			ws := letterWords(pi.sentence(i))
			if !slices.ContainsFunc(ws, func(w string) bool { return names[w] }) {
				continue
			}
			if i+1 < len(pi.sents) {
				ws = append(ws, letterWords(pi.sentence(i+1))...)
			}
			for _, w := range ws {
				count += pronounGender(w)
			}
		}
	}
	return cmp.Compare(count, 0)
}

// leadWords ask who leads: "who runs", "who's in charge of", "who heads".
var leadWords = map[string]bool{
	"run": true, "runs": true, "running": true, "ran": true, "head": true, "heads": true, "heading": true, "headed": true,
	"lead": true, "leads": true, "leading": true, "led": true, "charge": true, "chair": true, "chairs": true, "chaired": true,
	"boss": true, "manage": true, "manages": true, "managing": true,
}

// asksLeader reports whether a question asks who leads something: "who"
// first, then a word of leadWords.
func asksLeader(ws []word) bool {
	if len(ws) == 0 || ws[0].folded != "who" {
		return false
	}
	return slices.ContainsFunc(ws[1:], func(w word) bool { return leadWords[w.folded] })
}

// readLeaders reads a word of a leading role put to an organisation the
// fact base knows ("the Ashford boss", "Skyroute's chief executive", "the
// head of the agency") as the persons it says lead it: the question asks
// about them, whom the coverage names by name. A role no one holds there
// is left a word.
func (e *Engine) readLeaders(ws []word, cs []concept) {
	for i := range cs {
		c := &cs[i]
		if len(c.entities) > 0 || !leaderWord(c.label) || e.qualifiesPerson(ws, c.label) {
			continue
		}
		var orgs []concept
		if i > 0 && len(cs[i-1].entities) > 0 && adjacent(ws, cs[i-1].label, c.label) {
			orgs = append(orgs, cs[i-1]) // "the Ashford boss", "Skyroute's boss"
		}
		of := -1
		for j := i + 1; j < len(cs) && j <= i+3; j++ {
			if len(cs[j].entities) > 0 && ofBetween(ws, c.label, cs[j].label) {
				orgs = append(orgs, cs[j]) // "the head of the (transit) agency"
				of = j
				break
			}
		}
		if of < 0 && ofAfter(ws, c.label) {
			continue // "the museum's head of security" leads security, not the museum
		}
		leaders := e.leaderPersons(orgs, roleWord(c.label))
		if of >= 0 && len(leaders) > 0 {
			cs[of].leads = i + 1
		}
		switch {
		case len(leaders) == 0:
		case of >= 0:
			c.describedAs = spanOf(ws, c.label, cs[of].label)
		default:
			c.describedAs = spanOf(ws, orgs[0].label, c.label)
		}
		if len(leaders) == 0 && slices.ContainsFunc(orgs, func(o concept) bool {
			return slices.ContainsFunc(o.entities, func(en *knowledge.Entity) bool { return en.Kind == knowledge.KindOrganisation })
		}) {
			// No one the fact base knows holds it: a paragraph that
			// answers must name the role ("the Estrela do Norte head
			// coach").
			c.stated = true
		}
		for _, en := range leaders {
			e.readAsEntity(c, en)
		}
	}
}

// ownNounRoles returns, of several described by a noun, those whose role
// says that noun itself rather than a synonym of it, when some do and some
// do not: "the chairman" is the club's chairman, not the chair of the
// supporters' trust. Else it returns found as it is.
func ownNounRoles(wn *wordnet.WordNet, found []*knowledge.Entity, lemma string) []*knowledge.Entity {
	if len(found) < 2 {
		return found
	}
	var own []*knowledge.Entity
	for _, en := range found {
		if slices.Contains(roleNouns(wn, en.Role), lemma) {
			own = append(own, en)
		}
	}
	if len(own) == 0 || len(own) == len(found) {
		return found
	}
	return own
}

// bareRole returns, of several described by one noun that nothing
// qualifies, the one whose role is that noun alone, when one is: "the
// mayor" is the mayor, not the deputy mayor beside her. Else it returns
// found as it is.
func bareRole(wn *wordnet.WordNet, found []*knowledge.Entity) []*knowledge.Entity {
	if len(found) < 2 {
		return found
	}
	var bare []*knowledge.Entity
	for _, en := range found {
		if len(roleWords(wn, en.Role)) == 1 {
			bare = append(bare, en)
		}
	}
	if len(bare) == 1 {
		return bare
	}
	return found
}

// readDescribed reads a person or body described as the fact base
// describes one ("the dive shop owner", whose role is "Owner of the dive
// company Bluefin Divers"; "the health department") as that one, by name:
// the noun must be what the role says they are, and at least half of the
// words that qualify it must be in the role; a noun that nothing qualifies
// must come after "the" or "this" ("the coach", "this gang", not "the
// state's lawyer" nor "other scientists"). A noun the coverage never uses
// may also be what a role says by another noun (see nearRoleNouns). A word
// that says only that one leads ("the Russian leader") fits any leading
// role. A description that fits no one, or more than one (but for a plural
// of a few: "the analysts"), is left words.
func (e *Engine) readDescribed(ws []word, cs []concept) {
	wn := e.lex.wn
	if wn == nil {
		return
	}
	for i := range cs {
		c := &cs[i]
		// A noun WordNet knows first as a thing ("regulator", a device)
		// still describes whom the fact base gives it as a role.
		if len(c.entities) > 0 || c.name {
			continue
		}
		// Words read as one ("the prime minister") describe one whose
		// role says them at its noun.
		if c.lemma == "" {
			if !afterThe(ws, c.label) {
				continue
			}
			words := strings.Fields(strings.ToLower(c.label))
			found, few := e.phraseRoles(words, maxDescribed)
			found = currentRoles(found)
			if last := words[len(words)-1]; wn.NounLemmaOr(last) == last {
				// "The auction house" of a story about one that names
				// a rival once is the story's own (see mainBody).
				found = mainBody(found, cs, i)
			}
			if few && len(found) == 1 {
				c.describedAs = c.label
				e.readAsEntity(c, found[0])
			}
			continue
		}
		// A noun no role says alone may say what a role says in more
		// words (kinRoles): "the opposition", an "Opposition party".
		kin := e.kinRoles(c.lemma, maxDescribed)
		if !wn.Nameable(c.lemma) && (len(e.vocab.byRole[c.lemma]) == 0 || !wn.MostlyNoun(c.lemma)) && len(kin) == 0 {
			continue
		}
		// An acronym for a person the coverage never uses, which no
		// role says in WordNet's words, is who a role spells: "the
		// local mp".
		if ens := e.spelledRole(c.label, c.lemma); len(ens) == 1 && len(kin) == 0 && !e.describesAny(c.lemma) {
			c.describedAs = c.label
			e.readAsEntity(c, ens[0])
			continue
		}
		var mods []concept
		for j := i - 1; j >= 0 && cs[j].modifier; j-- {
			m := cs[j]
			m.alts = slices.Clone(m.alts)
			e.resolve(&m)
			mods = append(mods, m)
		}
		whose := qualifier(ws, cs, i)
		if len(mods) == 0 && !afterThe(ws, c.label) && whose < 0 {
			continue // "the state's lawyer", "other scientists": not the one the fact base knows
		}
		e.resolve(c)
		var found []*knowledge.Entity
		nouns := append([]string{c.lemma}, wn.Synonyms(c.lemma)...)
		// "The Russian leader" is whoever the fact base says leads in
		// Russia, a president or a prime minister: a word that says only
		// that one leads fits every leading role. Not "leaders", who are
		// several.
		anyLeader := len(mods) > 0 && roleWord(c.label) == "" && strings.EqualFold(c.label, c.lemma) && leaderWord(c.label)
		if anyLeader {
			nouns = leaderRoles
		}
		cands, few := e.vocab.described(nouns, maxDescribed)
		if !few {
			continue // hundreds of directors: no description picks one out of them cheaply
		}
		if anyLeader {
			kin = nil
		}
		cands = append(cands, kin...)
		// A noun the coverage never uses may describe one by a role's
		// other noun; those are looked up apart, so that a common one
		// ("group") does not stop the noun's own.
		var near []string
		if !anyLeader && !slices.ContainsFunc(c.alts, func(a alt) bool { return a.sure && len(a.terms) == 1 && e.vocab.dfOf(a.terms[0]) > 0 }) {
			near = e.nearRoleNouns(c.lemma, nouns)
			if more, ok := e.vocab.described(near, maxDescribed-len(cands)); ok {
				cands = append(cands, more...)
			}
		}
		for _, en := range cands {
			if !anyLeader && !slices.Contains(kin, en) && (!slices.ContainsFunc(roleNouns(wn, en.Role), func(n string) bool { return c.sureMatch(e.textTerms(n)) > 0 || slices.Contains(near, n) }) || e.compoundRole(en.Role)) || en.Kind != knowledge.KindPerson && anyLeader || slices.ContainsFunc(found, func(x *knowledge.Entity) bool { return x.Article == en.Article && x.ID == en.ID }) {
				continue
			}
			role := e.textTerms(en.Role)
			n := 0
			for _, m := range mods {
				if m.sureMatch(role) > 0 {
					n++
				}
			}
			if 2*n >= len(mods) {
				found = append(found, en)
			}
		}
		if len(found) == 0 && near == nil && !anyLeader && len(mods) > 0 {
			found = e.qualifiedNearRoles(c.lemma, nouns, mods)
		}
		if whose >= 0 {
			found = e.belongingTo(cs[whose], found)
		}
		// "The club's" is one club: its "'s" makes no plural.
		label := strings.TrimSuffix(strings.TrimSuffix(c.label, "'s"), "’s")
		plural := !strings.EqualFold(label, c.lemma)
		if len(found) == 0 && near == nil && !anyLeader && len(mods) == 0 && whose < 0 && !plural {
			found = e.mainBodyNear(c.lemma, cs)
		}
		if !slices.ContainsFunc(ws, func(w word) bool { return pastRoleWords[w.folded] }) {
			found = currentRoles(found)
			if len(found) == 0 && len(mods) == 0 && whose < 0 && !plural {
				found = e.rankedRoles(c.lemma)
			}
		}
		found = ownNounRoles(wn, found, c.lemma)
		if len(mods) == 0 && !plural {
			found = bareRole(wn, found)
			found = mainBody(found, cs, i)
		}
		// One is described, or, by a plural ("the regulators", "the
		// analysts"), each of a few that the fact base describes so.
		if len(found) == 0 || len(found) > 1 && (!plural || len(found) > maxDescribedMany) || plural && len(found) == 1 && !beforeNoun(ws, cs, i) && e.speaksOfMany(found[0].Article, c.label) {
			continue
		}
		c.describedAs = c.label
		if len(mods) > 0 {
			c.describedAs = spanOf(ws, mods[len(mods)-1].label, c.label)
		}
		switch {
		case whose >= 0 && whose == i-1:
			c.describedAs = spanOf(ws, cs[whose].label, c.describedAs)
		case whose > i:
			c.describedAs = spanOf(ws, c.describedAs, cs[whose].label)
		}
		for _, en := range found {
			e.readAsEntity(c, en)
		}
	}
}

// qualifiedNearRoles returns the bodies a noun for one that the coverage
// uses describes by a role's other noun near it in meaning (from
// nearRoleCos, no sibling of it in WordNet, as nearRoleNouns weighs them)
// when the role's head (see roleWords) says every word that qualifies the
// question's noun: "the scaffolding company" is the "Scaffolding firm that
// put up the scaffolding", though the coverage calls other things
// companies. The qualifying words
// are what makes it safe: the bare "company" is left to its own noun.
// They must say what kind of body it is, as the role's words before its
// noun do, not what it did: "the winning team" is whoever wins, not the
// "Football club that won the Brenmoor Cup final" of another paragraph. A role's noun may
// be a noun WordNet knows first as another word ("firm"); persons are
// left to their own roles' nouns.
func (e *Engine) qualifiedNearRoles(lemma string, nouns []string, mods []concept) []*knowledge.Entity {
	wn := e.lex.wn
	if e.lex.vec == nil || !wn.MostlyNoun(lemma) || wn.Person(lemma) {
		return nil
	}
	var near []string
	for _, nb := range e.lex.vec.SimilarIn(lemma, kindNeighbours, e.vocab.roleNouns) {
		if nb.Cosine < nearRoleCos {
			break
		}
		rl := wn.NounLemmaOr(nb.Word)
		if slices.Contains(nouns, nb.Word) || slices.Contains(nouns, rl) || wn.POS(rl)&wordnet.Noun == 0 || wn.Person(rl) || wn.Siblings(lemma, rl, 2) {
			continue
		}
		near = append(near, nb.Word)
	}
	if len(near) == 0 {
		return nil
	}
	cands, ok := e.vocab.described(near, maxDescribed)
	if !ok {
		return nil
	}
	var found []*knowledge.Entity
	for _, en := range cands {
		if slices.Contains(found, en) || en.Kind == knowledge.KindPerson || e.compoundRole(en.Role) || !slices.ContainsFunc(roleNouns(e.lex.wn, en.Role), func(n string) bool { return slices.Contains(near, n) }) {
			continue
		}
		head := e.textTerms(strings.Join(roleWords(wn, en.Role), " "))
		if !slices.ContainsFunc(mods, func(m concept) bool { return m.sureMatch(head) == 0 }) {
			found = append(found, en)
		}
	}
	return found
}

// mainBody returns, of several organisations a bare "the company" or
// "the club" fits, the one its article names far more than the others:
// the story's own company is "the company", the rival named once is not.
// Not when the question names one of them otherwise, which then may be
// the one meant or the one set against it. Else it returns found as it is.
func mainBody(found []*knowledge.Entity, cs []concept, i int) []*knowledge.Entity {
	if len(found) < 2 {
		return found
	}
	best, next := -1, 0
	for k, en := range found {
		if en.Kind != knowledge.KindOrganisation {
			return found
		}
		for j := range cs {
			if j != i && slices.ContainsFunc(cs[j].entities, func(x *knowledge.Entity) bool { return x.Article == en.Article && x.ID == en.ID }) {
				return found
			}
		}
		switch n := len(en.Paragraphs); {
		case best < 0 || n > len(found[best].Paragraphs):
			if best >= 0 {
				next = len(found[best].Paragraphs)
			}
			best = k
		case n > next:
			next = n
		}
	}
	if len(found[best].Paragraphs) < mainBodyRatio*next {
		return found
	}
	return found[best : best+1]
}

// mainBodyNear returns the organisation a bare "the company" may stand
// for though the coverage uses the word itself (see mainBodyOf), unless
// the question names it otherwise; else none.
func (e *Engine) mainBodyNear(lemma string, cs []concept) []*knowledge.Entity {
	found, ok := e.mainBodies.get(lemma)
	if !ok {
		found = e.mainBodyOf(lemma)
		e.mainBodies.put(lemma, found)
	}
	if found == nil || slices.ContainsFunc(cs, func(c concept) bool {
		return slices.ContainsFunc(c.entities, func(x *knowledge.Entity) bool { return x.Article == found[0].Article && x.ID == found[0].ID })
	}) {
		return nil
	}
	return found
}

// mainBodyCacheSize is how many nouns' organisations an engine remembers
// (see mainBodyNear): the finding walks every article, and questions use
// few such nouns ("the company", "the union", "the club").
const mainBodyCacheSize = 256

// mainBodyOf returns the organisation a bare noun for one may stand for:
// its article's main one (see mainOrganisation), when its role's noun is
// near the word in meaning ("Arvelle's national airline"), and no other
// organisation of its article that a near noun describes is named half as
// often. Both nouns must be of organisations: the word first of all, the
// role's noun in a sense (a "group" or a "service" is no company). It
// depends on the noun and the coverage alone, and so is remembered by
// mainBodyNear. Else, or when several articles' main ones fit, it
// returns none.
func (e *Engine) mainBodyOf(lemma string) []*knowledge.Entity {
	wn := e.lex.wn
	if e.lex.vec == nil || !wn.MainKindOf(lemma, organisationNoun, organisationDepth) {
		return nil
	}
	// An archive's articles share their roles' nouns: each is weighed once.
	near := map[string]bool{}
	var found []*knowledge.Entity
	for _, b := range e.mainBodyTable() {
		if !e.nearOrganisation(lemma, b.nouns, near) {
			continue
		}
		if slices.ContainsFunc(b.rivals, func(nouns []string) bool { return e.nearOrganisation(lemma, nouns, near) }) {
			continue
		}
		if found = append(found, b.main); len(found) > 1 {
			return nil // several articles' main companies: "the company" is none of them
		}
	}
	return found
}

// nearOrganisation reports whether a role, by its nouns (roleNouns), says
// one is an organisation of a kind near a question's noun in meaning: by a
// noun of it that is an organisation in a sense and is a kind of the
// question's noun, or near it by word vector and no sibling of it in
// WordNet. A noun WordNet does
// not know is read by the noun it ends in ("drugmaker", a maker). memo
// keeps what each noun was found to be.
func (e *Engine) nearOrganisation(lemma string, nouns []string, memo map[string]bool) bool {
	for _, n := range nouns {
		near, ok := memo[n]
		if !ok {
			near = e.nearOrganisationNoun(lemma, n)
			memo[n] = near
		}
		if near {
			return true
		}
	}
	return false
}

// nearOrganisationNoun is nearOrganisation of one of a role's nouns.
func (e *Engine) nearOrganisationNoun(lemma, n string) bool {
	wn := e.lex.wn
	n = wn.NounLemmaOr(n)
	if wn.POS(n) == 0 {
		n = compoundHead(wn, n)
	}
	if n == "" || n == lemma || !wn.KindOfMain(n, organisationNoun, organisationDepth) {
		return false
	}
	if wn.KindOf(n, lemma, 3) {
		return true
	}
	cos, ok := e.lex.vec.Cosine(lemma, n)
	return ok && cos >= nearRoleCos && !wn.Siblings(lemma, n, 2)
}

// compoundHead returns the noun a closed compound WordNet does not know
// ends in, after a word it knows ("maker" of "drugmaker"), or "".
func compoundHead(wn *wordnet.WordNet, w string) string {
	for k := 3; k+3 <= len(w); k++ {
		if wn.MostlyNoun(w[k:]) && wn.POS(w[:k]) != 0 {
			return w[k:]
		}
	}
	return ""
}

// organisationNoun is WordNet's noun for a body of people with a purpose,
// of which a company, a union and an airline are kinds, within
// organisationDepth steps.
const (
	organisationNoun  = "organization"
	organisationDepth = 6
)

// mainOrganisation returns the organisation a source's fact base cites
// in the most paragraphs of its article, when one alone is; else nil.
func mainOrganisation(s *knowledge.Source) *knowledge.Entity {
	var main *knowledge.Entity
	tie := false
	for k := range s.Entities {
		en := &s.Entities[k]
		if en.Kind != knowledge.KindOrganisation {
			continue
		}
		switch {
		case main == nil || len(en.Paragraphs) > len(main.Paragraphs):
			main, tie = en, false
		case len(en.Paragraphs) == len(main.Paragraphs):
			tie = true
		}
	}
	if tie {
		return nil
	}
	return main
}

// mainBodyRatio is how many times as many paragraphs as any other it fits
// the organisation a bare description is read as must name.
const mainBodyRatio = 2

// nearRoleNouns returns the nouns of the fact bases' roles, other than
// nouns, that may describe what a question's noun (first of all a noun)
// does: one it is a kind of ("the gang", whose role says "criminal
// ransomware group"), or one near it in meaning that is neither a sibling
// of it in WordNet nor, when both are first of all persons, a person of
// another kind ("the watchdog", "the national medicines regulator"; not
// "soldiers" for "civilians"). They are looked for among the roles' nouns
// nearest to it by word vector.
func (e *Engine) nearRoleNouns(lemma string, nouns []string) []string {
	wn := e.lex.wn
	if e.lex.vec == nil || !wn.MostlyNoun(lemma) {
		return nil // "european": first of all an adjective
	}
	// A woman or a man is one person, whom no body's role describes, and
	// whom a role of another person describes only by its own noun:
	// "woman" is 0.60 from "body", and "the woman with no heating" is no
	// installers' trade body.
	if wn.KindOf(lemma, "female", 3) || wn.KindOf(lemma, "male", 3) {
		return nil
	}
	var out []string
	for _, nb := range e.lex.vec.SimilarIn(lemma, kindNeighbours, e.vocab.roleNouns) {
		if nb.Cosine < kindRoleCos {
			break
		}
		rn := nb.Word
		rl := wn.NounLemmaOr(rn)
		if slices.Contains(nouns, rn) || slices.Contains(nouns, rl) || !wn.MostlyNoun(rl) {
			continue
		}
		if wn.Person(lemma) && (wn.Place(rl) || slices.Contains(genericLeaderLemmas, rl)) {
			// A mayor is no city, whatever their vectors say; and though
			// a governor is a leader, a leader is not a governor.
			continue
		}
		if wn.KindOf(lemma, rl, 3) || nb.Cosine >= nearRoleCos && !wn.Siblings(lemma, rl, 2) && !(wn.Person(lemma) && wn.Person(rl)) {
			out = append(out, rn)
		}
	}
	return out
}

// A role's noun describes a question's noun that is a kind of it from
// cosine kindRoleCos ("gang" and "group" are 0.49 apart; a "table" is a
// group of diners, but 0.40 from "group"), and one it is no kind of from
// nearRoleCos ("regulator" and "watchdog" are 0.60 apart).
const (
	kindRoleCos = 0.45
	nearRoleCos = 0.6
)

// qualifier returns the concept of the name that says whose or where a
// noun for a person is: after it by "of" ("the mayor of Redmere"), or
// before it with "'s" ("Redmere's mayor", "Zelensky's adviser"); else -1.
func qualifier(ws []word, cs []concept, i int) int {
	if i > 0 && cs[i-1].name && possessive(cs[i-1].label) && adjacent(ws, cs[i-1].label, cs[i].label) {
		return i - 1
	}
	for j := i + 1; j < len(cs) && j <= i+3; j++ {
		if cs[j].name && ofBetween(ws, cs[i].label, cs[j].label) {
			return j
		}
	}
	return -1
}

// belongingTo keeps, of those a description fits, the ones that belong
// to the name that qualifies it (see qualifier): "the mayor of Redmere"
// is not the fact base's mayor of Carnholt. One belongs to a name that
// their role says, to the entity the name is, or, for a person's name,
// to what that person belongs to ("Zelensky's adviser" is one of
// Ukraine's advisers).
func (e *Engine) belongingTo(whose concept, found []*knowledge.Entity) []*knowledge.Entity {
	whose.alts = slices.Clone(whose.alts)
	e.resolve(&whose)
	return slices.DeleteFunc(found, func(en *knowledge.Entity) bool {
		if whose.sureMatch(e.textTerms(en.Role)) > 0 {
			return false
		}
		return !slices.ContainsFunc(whose.entities, func(x *knowledge.Entity) bool {
			return x.Article == en.Article && x != en && (x.ID == en.Affiliation || x.Kind == knowledge.KindPerson && x.Affiliation != "" && x.Affiliation == en.Affiliation)
		})
	})
}

// heldBy pairs each noun for a person that no entity was read for, and
// that is no verb ("who did Trump host"), with the name that says whose
// or where: after it by "of" ("the mayor of Redmere"), before it with
// "'s" ("Redmere's mayor"), an entity's name right before it ("the police
// chief") or a possessive noun ("the airport's CEO"). It keeps the persons
// the fact base puts in a named organisation whose role the noun fits.
// See question.held.
func (e *Engine) heldBy(ws []word, cs []concept) []heldNoun {
	wn := e.lex.wn
	if wn == nil {
		return nil
	}
	var out []heldNoun
	for i, c := range cs {
		if c.name || len(c.entities) > 0 || !c.noun || !c.thing || !wn.Person(headLemma(wn, c.label)) || someoneWords[strings.ToLower(c.label)] {
			continue // "the hotel association guy" is whoever speaks for it
		}
		j := qualifier(ws, cs, i)
		// A person's noun with "'s" ("the dead boy's mother") says whose
		// by someone the coverage names otherwise ("Soltan's mother"):
		// it holds nothing. Nor does an adjective, which says what kind
		// of person ("the independent mp"), whatever name has its word
		// (the Association of Independent Traders).
		if j < 0 && i > 0 && (len(cs[i-1].entities) > 0 && cs[i-1].thing || cs[i-1].thing && possessive(cs[i-1].label) && !wn.Person(headLemma(wn, foldedLabel(cs[i-1].label)))) && adjacent(ws, cs[i-1].label, c.label) {
			j = i - 1 // "the police chief", "the Ashford boss", "the airport's CEO"
		}
		if j < 0 {
			continue
		}
		h := heldNoun{noun: i, name: j}
		e.nounSensesOnly(&cs[i])
		for _, org := range cs[j].entities {
			if org.Kind != knowledge.KindOrganisation {
				continue
			}
			for _, m := range e.members(*org) {
				if c.sureMatch(e.textTerms(m.Role)) > 0 {
					h.members = append(h.members, m)
				}
			}
		}
		out = append(out, h)
	}
	return out
}

// nounSensesOnly keeps, of the sure ways of putting a person's noun of one
// word, those of its senses as a noun: "the police chief" is a boss or a
// head, not the "main" of "the two main roads".
func (e *Engine) nounSensesOnly(c *concept) {
	f := c.lemma // the word's own, whatever chat wrote ("rep")
	if f == "" || strings.Contains(c.label, " ") {
		return
	}
	noun := e.readWord(word{surface: f, folded: f, term: e.termOf(f)}, false, false, false, wordnet.Noun)
	keep := map[string]bool{}
	for _, a := range noun.alts {
		if a.sure && len(a.terms) == 1 {
			keep[a.terms[0]] = true
		}
	}
	c.alts = slices.DeleteFunc(c.alts, func(a alt) bool { return a.sure && len(a.terms) == 1 && !keep[a.terms[0]] })
}

// foldedLabel is a concept's words folded, a possessive dropped: "boy" of
// "boy's".
func foldedLabel(label string) string {
	_, f := foldWord(label)
	return f
}

// maxDescribedMany is the most a plural description is read as: "the
// analysts" are the two the story names, not every analyst of an
// archive.
const maxDescribedMany = 6

// readAsEntity makes a concept name an entity too, by all its names.
func (e *Engine) readAsEntity(c *concept, en *knowledge.Entity) {
	c.entities = append(c.entities, en)
	for _, n := range append([]string{en.Name}, en.Aliases...) {
		if ts := e.synonymTerms(n); len(ts) > 0 {
			c.alts = appendAlt(c.alts, alt{terms: ts, strength: 1, sure: true})
		}
	}
}

// afterThe reports whether a concept's words come straight after "the",
// or "this" or "these", which point at one the reader has in mind as
// "the" does: "the coach", "this gang", not "the state's lawyer".
func afterThe(ws []word, label string) bool {
	for i := 1; i < len(ws); i++ {
		if _, ok := labelAt(ws, i, label); ok {
			return ws[i-1].folded == "the" || ws[i-1].folded == "this" || ws[i-1].folded == "these"
		}
	}
	return false
}

// speaksOfMany reports whether an article speaks of those a plural noun
// names as a group, in manyParagraphs paragraphs or more: "the farmers"
// of a story of a farmers' blockade are the many who blocked the road,
// not the one farmer its fact base describes ("Ellie Dunmore, a dairy
// farmer who did not take part").
func (e *Engine) speaksOfMany(article, plural string) bool {
	ids := e.textTerms(plural)
	if len(ids) == 0 {
		return false
	}
	n := 0
	for p := 1; ; p++ {
		pi := e.vocab.para(knowledge.Ref{Article: article, Paragraph: p})
		if pi == nil {
			return false
		}
		if allIn(ids, pi.terms) {
			if n++; n >= manyParagraphs {
				return true
			}
		}
	}
}

// beforeNoun reports whether concept i of a question stands straight
// before the next, a thing, whose noun it qualifies: "the farmers union"
// is one union, "the farmers leader" one leader.
func beforeNoun(ws []word, cs []concept, i int) bool {
	if i+1 >= len(cs) || !cs[i+1].thing {
		return false
	}
	for k := 0; k+1 < len(ws); k++ {
		if strings.EqualFold(ws[k].surface, cs[i].label) && strings.EqualFold(ws[k+1].surface, strings.Fields(cs[i+1].label)[0]) {
			return true
		}
	}
	return false
}

// manyParagraphs is how many paragraphs of an article speak of a group by
// a plural noun for speaksOfMany to read it as the group.
const manyParagraphs = 3

// maxDescribed is the most persons of one role readDescribed compares a
// description with: each costs two passes of the analyzer, and in an
// archive of thousands of directors a director's description rarely
// names one.
const maxDescribed = 64

// textTerms returns the coverage's ids of a text's terms, as a set.
func (e *Engine) textTerms(text string) termSet {
	var ids []uint32
	for _, t := range terms(e.an, text) {
		if id := e.vocab.id(t); id != 0 {
			ids = append(ids, id)
		}
	}
	return toSet(ids)
}

// qualifiesPerson reports whether a concept's words come straight before a
// noun that names a person: "head" of "head coach" says which coach, not
// who leads.
func (e *Engine) qualifiesPerson(ws []word, label string) bool {
	at := labelEnd(ws, label)
	return at >= 0 && at < len(ws) && e.lex.wn != nil && e.lex.wn.Person(e.lex.wn.NounLemmaOr(ws[at].folded))
}

// leaderWord reports whether a concept's words are a leading role: "boss",
// "chief executive", "head coach".
func leaderWord(label string) bool {
	ws := strings.Fields(strings.ToLower(label))
	return len(ws) > 0 && (slices.Contains(leaderRoles, ws[len(ws)-1]) || leaderTitles[ws[len(ws)-1]])
}

// genericLeaderLemmas are the words that say only that one leads, which
// roleWord reads as any leading role; genericLeaders are their forms that
// stand for the others (not "head", also a part of the body).
var (
	genericLeaders      = map[string]bool{"boss": true, "bosses": true, "leader": true, "leaders": true, "chief": true, "chiefs": true}
	genericLeaderLemmas = []string{"boss", "head", "leader", "chief"}
)

// leaderTitles lead a body though its roles rarely say so in these words.
var leaderTitles = map[string]bool{"ceo": true, "coach": true, "owner": true}

// adjacent reports whether the words of label b follow those of label a
// in the question, with at most a possessive between.
func adjacent(ws []word, a, b string) bool {
	at := labelEnd(ws, a)
	if at < 0 {
		return false
	}
	_, ok := labelAt(ws, at, b)
	return ok
}

// ofBetween reports whether the words of label b follow those of label a
// after "of", a determiner or both, and up to two words: "head of the
// agency", "head of the transit agency".
func ofBetween(ws []word, a, b string) bool {
	if !ofAfter(ws, a) {
		return false
	}
	at := labelEnd(ws, a) + 1
	if at < len(ws) && determiners[ws[at].folded] {
		at++
	}
	// The organisation's word may come after words that qualify it:
	// "head of the transit agency".
	for k := at; k < len(ws) && k <= at+2; k++ {
		if _, ok := labelAt(ws, k, b); ok {
			return true
		}
	}
	return false
}

// ofAfter reports whether "of" follows the words of label: "head of
// security".
func ofAfter(ws []word, label string) bool {
	at := labelEnd(ws, label)
	return at >= 0 && at < len(ws) && ws[at].folded == "of"
}

// spanOf returns the question's words from those of label first to those
// of label last after them: "dive shop owner", "head of the transit
// agency".
func spanOf(ws []word, first, last string) string {
	for i := range ws {
		if _, ok := labelAt(ws, i, first); !ok {
			continue
		}
		for j := i; j < len(ws); j++ {
			if end, ok := labelAt(ws, j, last); ok {
				return surface(ws[i:end])
			}
		}
	}
	return last
}

// labelAt reports whether a concept's label is the surface of the words
// from i, and where they end.
func labelAt(ws []word, i int, label string) (int, bool) {
	n := len(strings.Fields(label))
	if i+n > len(ws) || surface(ws[i:i+n]) != label {
		return 0, false
	}
	return i + n, true
}

// labelEnd returns where the words of label end where they first stand
// in the question, -1 if nowhere.
func labelEnd(ws []word, label string) int {
	for i := range ws {
		if at, ok := labelAt(ws, i, label); ok {
			return at
		}
	}
	return -1
}

// roleWord is the last word of a role, as roles are written: "ceo" is a
// "chief executive"; a word that says only that one leads ("boss",
// "head") is "".
func roleWord(label string) string {
	w := strings.ToLower(label)
	w = w[strings.LastIndexByte(w, ' ')+1:]
	switch {
	case slices.Contains(genericLeaderLemmas, w):
		return ""
	case w == "ceo":
		return "executive"
	}
	return w
}

// leaderPersons returns the persons the fact base says lead the
// organisations, countries and cities among concepts' entities: in a role
// of the word given, unless it is "".
func (e *Engine) leaderPersons(cs []concept, word string) []*knowledge.Entity {
	var out []*knowledge.Entity
	for _, c := range cs {
		for _, org := range c.entities {
			// A country or a city is led as a body is: "Russia's
			// leader", "the city's mayor".
			if org.Kind != knowledge.KindOrganisation && org.Kind != knowledge.KindPlace {
				continue
			}
			p := e.vocab.parts[org.Article]
			if p == nil {
				continue
			}
			for _, g := range p.groups {
				en := g.entity
				// One the fact base ties to another body (a mayor to
				// their party) leads this one where their role names
				// it: the "Mayor of Corvey".
				if en == nil || en.Kind != knowledge.KindPerson || en.Affiliation != org.ID && !rolesOf(en.Role, org) || len(en.Paragraphs) == 0 {
					continue
				}
				if e.leadingRole(en.Role, org, word) {
					out = append(out, en)
				}
			}
		}
	}
	return out
}

// roleSeparators part a role's words where a comma or a semicolon joins
// them.
var roleSeparators = strings.NewReplacer(",", " ", ";", " ")

// leaderRoles are the words of a role that say its holder leads the body
// they belong to.
var leaderRoles = []string{"president", "chair", "chairman", "chairwoman", "chairperson", "head", "leader", "chief", "director", "secretary-general", "boss", "manager", "captain", "commander", "executive", "founder", "governor", "mayor", "premier"}

// leaders returns the first paragraphs of the persons the fact base says
// lead an organisation a question's concepts name: those affiliated with
// it whose role says they lead ("Captain and president of the Arvelle
// Airline Pilots Association").
func (e *Engine) leaders(cs []concept) []knowledge.Ref {
	var out []knowledge.Ref
	for _, en := range e.leaderPersons(cs, "") {
		out = append(out, knowledge.Ref{Article: en.Article, Paragraph: slices.Min(en.Paragraphs)})
	}
	return out
}

// leadStated reads the word of a question that asks who leads an
// organisation the fact base knows, but says no one leads ("who leads the
// Green Left party"), as a word the paragraph that answers must say, by
// it or a word of a leading role ("chair" of "who runs the committee"),
// and the organisation by a name: a paragraph that speaks only of the
// party names no one who leads it, and one that speaks of leading and
// not of the party ("Colonel Anja Strell, who is leading the
// operation") no one who leads the party.
func (e *Engine) leadStated(cs []concept) {
	org := slices.IndexFunc(cs, func(c concept) bool {
		return slices.ContainsFunc(c.entities, func(en *knowledge.Entity) bool { return en.Kind == knowledge.KindOrganisation })
	})
	if org < 0 {
		return
	}
	cs[org].stated = true // and who leads it, with its name: "Green Left leader Hanna Lund"
	for i := range cs {
		c := &cs[i]
		if len(c.entities) > 0 || !leadWords[strings.ToLower(strings.Fields(c.label)[0])] {
			continue
		}
		c.stated = true
		e.standForLeading(c, leaderRoles)
	}
}

// ledBody returns the concept of the body a question asks who leads, the
// last noun after the word that says one leads, one a name may be an
// instance of and no person's ("committee" of "who chairs the safety
// monitoring committee", "club" of "who runs the club"; not "parents" of
// "who is leading the parents"), when the fact base knows it by no name;
// else -1.
func (e *Engine) ledBody(cs []concept, lead int) int {
	body := -1
	for i := lead + 1; i < len(cs); i++ {
		if c := cs[i]; c.noun && c.thing && c.nameable && !c.name && len(c.entities) == 0 && !e.personKind(c) {
			body = i
		} else if len(c.entities) > 0 {
			return -1
		}
	}
	return body
}

// standForLeading gives a concept words that say one leads as sure
// synonyms, resolved: the concepts were resolved before the question was
// known to ask who leads.
func (e *Engine) standForLeading(c *concept, words []string) {
	for _, r := range words {
		if ts := e.synonymTerms(r); len(ts) > 0 {
			c.alts = appendAlt(c.alts, alt{terms: ts, strength: synonymStrength, sure: true})
		}
	}
	e.resolve(c)
}

// readLeadWord gives the word of a question that asks who leads ("who's
// in charge of the research", "who runs the club") the words that say one
// leads: "lead" and its forms, and the words of leading roles. ("Charge"
// is otherwise a bill or a count of an indictment.) It returns that
// word's concept, or -1.
func (e *Engine) readLeadWord(ws []word, cs []concept) int {
	// The word asks who leads where it is what "who" asks: within the
	// first words after it, no other verb nor "to" before it ("who's in
	// charge", "who is the turkish head of state"), not in "who promised
	// to run the campaign".
	at := 1
	for at < len(ws) && at <= 4 && !leadWords[ws[at].folded] && ws[at].folded != "to" && (beForms[ws[at].folded] || !e.verbForm(ws[at].folded)) {
		at++
	}
	if at >= len(ws) || !leadWords[ws[at].folded] {
		return -1
	}
	for i := range cs {
		c := &cs[i]
		if len(c.entities) > 0 || !strings.EqualFold(strings.Fields(c.label)[0], ws[at].surface) {
			continue
		}
		e.standForLeading(c, append([]string{"lead", "led", "leader"}, leaderRoles...))
		return i
	}
	return -1
}

// modals are the words after which a word is a verb: "will face", "could
// head". ("Did" and "does" come before the subject, "to" may be a
// preposition.)
var modals = map[string]bool{"will": true, "would": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true, "shall": true}

// posCue returns the part of speech the words before ws[i] make it, as
// WordNet's bits: a verb after a modal ("will face", "will they face") or
// an "-ing" form after a form of "be" ("is heading"); 0 when they do not
// tell ("what will moscow face": a subject may be any noun). A verb's
// synonyms are then its verb senses' alone: "face" is "confront", not
// "typeface", and "heading" is not "headland".
func posCue(ws []word, i int) uint8 {
	if i == 0 {
		return 0
	}
	prev, w := ws[i-1].folded, ws[i].folded
	if modals[prev] || beForms[prev] && strings.HasSuffix(w, "ing") {
		return wordnet.Verb
	}
	// "do i need to bin", "are they planning to strike": the infinitive
	// a verb of wanting, needing or trying takes. Not after "going" or
	// "got", which take a place too ("going to court").
	if prev == "to" && i >= 2 && infinitiveTakers[ws[i-2].folded] {
		return wordnet.Verb
	}
	// "how are the nurses coping", "is it still rising": a question that
	// puts a form of "be" before its subject puts its "-ing" form after
	// it, a pronoun or a determiner's few words ("are the striking
	// workers" heads no verb).
	if strings.HasSuffix(w, "ing") && !determiners[prev] {
		for b := 0; b <= 1 && b+1 < i; b++ {
			if i-b <= 4 && beForms[ws[b].folded] && (b == 0 || embeddedAsks[ws[0].folded]) && (determiners[ws[b+1].folded] || subjectPronouns[ws[b+1].folded]) {
				return wordnet.Verb
			}
		}
	}
	// "what will they face": a pronoun between the modal and the verb.
	if i >= 2 && modals[ws[i-2].folded] && subjectPronouns[prev] {
		return wordnet.Verb
	}
	if deniedAuxiliaryBefore(ws, i) || whoDoes(ws, i) {
		return wordnet.Verb
	}
	// "can the government still block it", "does the club still own the
	// ground": in a question a modal or "do" starts, the word after an
	// adverb that stands before a verb.
	if verbAdverbs[prev] && i >= 2 && (modals[ws[0].folded] || doWords[ws[0].folded]) {
		return wordnet.Verb
	}
	return 0
}

// infinitiveTakers are the words that take a verb's infinitive after
// "to", and never a place or a thing: "need to", "want to", "able to".
var infinitiveTakers = map[string]bool{
	"need": true, "needs": true, "needed": true, "want": true, "wants": true, "wanted": true,
	"have": true, "has": true, "had": true, "ought": true, "able": true, "unable": true, "supposed": true,
	"try": true, "tries": true, "tried": true, "trying": true, "plan": true, "plans": true, "planned": true, "planning": true,
	"expected": true, "likely": true, "unlikely": true, "allowed": true, "forced": true,
}

// verbAdverbs stand between a question's subject and its verb.
var verbAdverbs = map[string]bool{"still": true, "also": true, "ever": true, "even": true, "really": true, "actually": true, "already": true, "just": true, "never": true, "finally": true}

// nounCue is posCue, and also a noun for a plural right after a
// possessive pronoun ("her parents": the parents, not to parent, which
// is to raise), and for a word that ends the phrase an article or a
// determiner starts ("how big a fine could they get", "why is there a
// recount", "the face of the coin"): it heads that phrase, so it is no
// verb nor the adjective of another word ("fine" is no "okay").
func (e *Engine) nounCue(ws []word, i int) uint8 {
	if pos := posCue(ws, i); pos != 0 || i == 0 || e.lex.wn == nil {
		return pos
	}
	// "Who wants", "who plans": a verb's form right after "who" is the
	// verb, not a plural noun (wants, a lack).
	if i == 1 && ws[0].folded == "who" && e.verbForm(ws[i].folded) {
		return wordnet.Verb
	}
	if w := ws[i].folded; wordnet.Possessive(ws[i-1].folded) && e.lex.wn.NounLemmaOr(w) != w {
		return wordnet.Noun
	}
	if prev := ws[i-1].folded; (determiners[prev] || prev == "a" || prev == "an") && (i+1 == len(ws) || ws[i+1].term == "") && e.lex.wn.POS(ws[i].folded)&wordnet.Noun != 0 {
		return wordnet.Noun
	}
	return 0
}

// subjectPronouns are the pronouns that may stand between a modal and its
// verb in a question.
var subjectPronouns = map[string]bool{"i": true, "you": true, "he": true, "she": true, "it": true, "we": true, "they": true}

// askersOwn reports whether the word at i is a person of the asker's own
// ("my sister", "my neighbour"): the question tells who asks, and the
// coverage need not mention them to answer it.
func (e *Engine) askersOwn(ws []word, i int) bool {
	wn := e.lex.wn
	if wn == nil || i == 0 || ws[i-1].folded != "my" {
		return false
	}
	return wn.Person(nounLemma(wn, ws[i].folded))
}

// doneAgain returns, by the index of its word, the verb with the prefix
// "re" that a verb followed by "again" says ("open again" is "reopen",
// "start it again" "restart"), when WordNet knows one: the verb nearest
// before "again", within three words.
func (e *Engine) doneAgain(ws []word) map[int]string {
	wn := e.lex.wn
	if wn == nil {
		return nil
	}
	var out map[int]string
	for j, w := range ws {
		if w.folded != "again" {
			continue
		}
	words:
		for i := j - 1; i >= 0 && i >= j-3; i-- {
			if ws[i].term == "" {
				continue
			}
			for _, b := range wn.Lemmas(ws[i].folded) {
				if wn.POS(b)&wordnet.Verb != 0 && wn.POS("re"+b)&wordnet.Verb != 0 {
					if out == nil {
						out = map[int]string{}
					}
					out[i] = "re" + b
					break words
				}
			}
		}
	}
	return out
}

// complementBe are the forms of "be" after which a word says what its
// subject is, not a thing of its own.
var complementBe = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "being": true, "been": true}

// unknownComplement reports whether the word at i is one no dictionary
// knows said of a subject after a form of "be", ending what is said of
// it: "legit" in "did they verify it was legit", "overhyped" in "do
// people think it's being overhyped". A word no dictionary knows is most
// often a name in lowercase ("merkel"), which the coverage must mention;
// said so of a subject it is what the subject is, chat's word for a state
// ("legit", "sus"), which the coverage puts in its own words. Not after
// a question word: "who is merkel" asks of Merkel.
func (e *Engine) unknownComplement(ws []word, i int) bool {
	if e.lex.wn == nil || i < 2 || !complementBe[ws[i-1].folded] || e.lex.wn.Lemmas(ws[i].folded) != nil {
		return false
	}
	if slices.Contains(whSpellings, ws[i-2].folded) || ws[i-2].folded == "whats" || ws[i-2].folded == "what's" {
		return false
	}
	return i+1 == len(ws) || ws[i+1].term == ""
}

// partitive reports whether the noun at i says how much of what follows
// it by "of" is meant: a noun one of whose senses WordNet files under
// amounts, within three steps ("a chunk of Skellan", "a lot of
// cheeses", "what chunk of the fund"). What is asked about is the noun
// after "of", which the coverage must mention; the amount it may put in
// its own words ("a 12 percent stake").
func (e *Engine) partitive(ws []word, i int) bool {
	wn := e.lex.wn
	if wn == nil || i+2 >= len(ws) || ws[i+1].folded != "of" {
		return false
	}
	l := wn.NounLemmaOr(ws[i].folded)
	return !wn.Person(l) && wn.KindOf(l, "amount", 3)
}

// whetherIs reports whether a question asks whether a state holds: it
// opens with a form of "be" ("is the river still open", "r they ok").
func whetherIs(ws []word) bool {
	return len(ws) > 0 && beForms[ws[0].folded] && ws[0].folded != "s"
}

// deniesState reports whether a word denies an adjective after it: "not",
// "never", or "be" with "n't" ("aren't", "wasn't"). After "do" with "n't"
// the next word is a verb or, asked, the subject ("why don't young
// doctors"), no adjective denied.
func deniesState(folded string) bool {
	switch strings.ReplaceAll(folded, "’", "'") {
	case "not", "never", "isn't", "aren't", "wasn't", "weren't":
		return true
	}
	return false
}

// placedIn returns the concepts of the places a question names after a
// noun by "in": "the average rent in Lunmark", "schools in Brenmark".
func placedIn(ws []word, cs []concept) []int {
	var out []int
	for j, c := range cs {
		if j == 0 || !slices.ContainsFunc(c.entities, isPlace) {
			continue
		}
		// The noun may be read as one the fact base names ("schools":
		// Kessick Primary School); a place's name before is none.
		prev := cs[j-1]
		if !prev.noun && len(prev.entities) == 0 || slices.ContainsFunc(prev.entities, isPlace) {
			continue
		}
		if at := labelEnd(ws, prev.label); at >= 0 && at+1 < len(ws) && ws[at].folded == "in" {
			if _, ok := labelAt(ws, at+1, c.label); ok {
				out = append(out, j)
			}
		}
	}
	return out
}

// isPlace reports whether an entity is a place.
func isPlace(en *knowledge.Entity) bool { return en.Kind == knowledge.KindPlace }

// pastRoleWords say that a role was held once and is no more: a "Former
// police detective" is not "the detective" of a story whose detective
// superintendent leads the inquiry.
var pastRoleWords = map[string]bool{"former": true, "ex": true}

// currentRoles returns, of those a description fits, the ones whose role
// is not one a person held once (see pastRoleWords). A place stays what
// it was: a "Former textile town" is a town.
func currentRoles(found []*knowledge.Entity) []*knowledge.Entity {
	var now []*knowledge.Entity
	for _, en := range found {
		fs := strings.FieldsFunc(strings.ToLower(en.Role), func(r rune) bool { return r == ' ' || r == '-' })
		if en.Kind != knowledge.KindPerson || len(fs) == 0 || !pastRoleWords[fs[0]] {
			now = append(now, en)
		}
	}
	if len(now) == 0 {
		return nil
	}
	return now
}

// rankedRoles returns the one person whose role puts a noun for a person
// right before its own noun for a person ("Detective superintendent
// leading the police investigation"): a rank of the kind the first says,
// which a bare noun describes when no role says it alone; else nil.
func (e *Engine) rankedRoles(lemma string) []*knowledge.Entity {
	wn := e.lex.wn
	if !wn.Person(lemma) {
		return nil
	}
	cands, ok := e.vocab.listed(e.vocab.byRoleWord, []string{lemma}, maxDescribed)
	if !ok {
		return nil
	}
	var out []*knowledge.Entity
	for _, en := range currentRoles(cands) {
		if en.Kind == knowledge.KindPerson && wn.Person(wn.NounLemmaOr(strings.ToLower(roleNoun(wn, en.Role)))) {
			out = append(out, en)
		}
	}
	if len(out) != 1 {
		return nil
	}
	return out
}

// maxSpelled is how many persons spelledRole reads the roles of at most:
// an archive's thousands are no place to guess an acronym in.
const maxSpelled = 400

// spelledRole returns the persons whose role spells an acronym for a
// person, one the coverage never uses, by the initials of its words in a
// row before its first comma, stop words passed over: "MP" is the "Member
// of parliament representing Aldbury", though WordNet's "mp" is a
// military policeman. Nil when the word is no such acronym.
func (e *Engine) spelledRole(label, lemma string) []*knowledge.Entity {
	wn := e.lex.wn
	if n := len(lemma); n < 2 || n > 5 || !strings.EqualFold(label, lemma) || !lettersOnly(lemma) || !wn.Person(lemma) || e.vocab.dfOf(e.termOf(lemma)) > 0 {
		return nil
	}
	var out []*knowledge.Entity
	seen := 0
	for _, p := range e.vocab.ordered {
		for _, g := range p.groups {
			en := g.entity
			if en == nil || en.Kind != knowledge.KindPerson || en.Role == "" {
				continue
			}
			if seen++; seen > maxSpelled {
				return nil
			}
			head := en.Role
			if k := strings.IndexAny(head, ",;(—–"); k >= 0 {
				head = head[:k]
			}
			var initials strings.Builder
			for _, f := range strings.Fields(strings.ToLower(head)) {
				if f = strings.Trim(f, roleTrim); f != "" && e.termOf(f) != "" {
					initials.WriteByte(f[0])
				}
			}
			if strings.Contains(initials.String(), lemma) {
				out = append(out, en)
			}
		}
	}
	return out
}

// describesAny reports whether a role says a noun or one of its WordNet
// synonyms.
func (e *Engine) describesAny(lemma string) bool {
	ens, few := e.vocab.described(append([]string{lemma}, e.lex.wn.Synonyms(lemma)...), maxDescribed)
	return !few || len(ens) > 0
}

// readMakeOf reads "make" as "think" where "what" is its object and "of"
// comes straight after it: "what do mums and dads make of it" asks what
// they think of it (see viewVerbs), not what they build.
func (e *Engine) readMakeOf(ws []word) {
	if e.lex.wn == nil || len(ws) < 4 || ws[0].folded != "what" {
		return
	}
	for i := 2; i+1 < len(ws); i++ {
		if ws[i+1].folded == "of" && slices.Contains(e.lex.wn.Lemmas(ws[i].folded), "make") && askAuxiliaries[ws[1].folded] {
			ws[i].folded, ws[i].term = "think", e.termOf("think")
			return
		}
	}
}

// asksBefore reports whether a question asks whether something happened
// before: it ends with "before" ("has the plant had accidents before"),
// or puts only where after it ("has this happened before in the
// region"), which a "before" of a time or an event ("before friday",
// "before this") does not.
func asksBefore(ws []word) bool {
	for i := len(ws) - 1; i > 1; i-- {
		if ws[i].folded == "before" {
			return i == len(ws)-1 || placePrepositions[ws[i+1].folded] || ws[i+1].folded == "there"
		}
	}
	return false
}

// asksPerItem reports whether a question's words ask of one of a kind of
// thing: "each", "apiece", "a single", or "one" before "of" or a noun
// ("how much does one of the cranes cost", "each ambulance").
func asksPerItem(ws []word) bool {
	for i, w := range ws {
		switch w.folded {
		case "each", "apiece":
			return true
		case "single":
			if i > 0 && (ws[i-1].folded == "a" || ws[i-1].folded == "one") {
				return true
			}
		case "one":
			if i+1 < len(ws) && ws[i+1].folded == "of" {
				return true
			}
		}
	}
	return false
}
