package engine

import (
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/knowledge"
)

// speechVerbs are the verbs of reported speech, in their base form: a
// question such as "What did Macron say?" asks for someone's words, which a
// paragraph that only names them does not give.
var speechVerbs = []string{
	"say", "tell", "state", "claim", "announce", "warn", "add", "comment", "respond", "reply", "react",
	"stress", "insist", "argue", "deny", "describe", "promise", "vow", "pledge", "urge", "suggest",
	"predict", "write", "tweet", "speak", "declare", "confirm", "explain", "note", "acknowledge",
	"admit", "concede", "criticise", "criticize", "praise", "complain", "reveal", "accuse",
}

// speechForms returns the index terms of every form of the speech verbs:
// "said", "says", "warned", "told", "spoken".
func speechForms(an analysis.Analyzer) map[string]bool {
	out := map[string]bool{}
	add := func(w string) {
		if t := firstTerm(an, w); t != "" {
			out[t] = true
		}
	}
	for _, v := range speechVerbs {
		add(v)
		add(v + "s")
		add(v + "ed")
		add(v + "d")
		add(v + "ing")
	}
	for _, f := range []string{"said", "told", "wrote", "written", "spoke", "spoken", "stated", "added"} {
		add(f)
	}
	return out
}

// viewVerbs ask what one thinks of something, which a story tells by
// their words: "what does the Ashford boss think of the new striker" is
// answered by "“Thiago is exactly the kind of forward we have been
// missing,” Ashford manager Elena Varga said", which never says "think".
// "Reckon" is "think" in its commonest sense (WordNet): "what do experts
// reckon" asks the same.
var viewVerbs = []string{"think", "feel", "believe", "reckon"}

// viewForms returns the index terms of the view verbs (see viewVerbs), in
// their base form: a question asks with "do", "does" or "did".
func viewForms(an analysis.Analyzer) map[string]bool {
	out := map[string]bool{}
	for _, v := range viewVerbs {
		if t := firstTerm(an, v); t != "" {
			out[t] = true
		}
	}
	return out
}

// feelingWords say how one feels about something, which a story tells by
// their words as a view verb's question asks them (see viewVerbs): "are
// the tenants happy with it" is answered by "the tenants' union welcomed
// the vote but said the cap was too weak".
var feelingWords = []string{
	"happy", "unhappy", "pleased", "glad", "satisfied", "dissatisfied", "content", "delighted",
	"angry", "upset", "annoyed", "furious", "worried", "concerned", "disappointed", "want",
}

// feelingForms returns the index terms of the feeling words (see
// feelingWords).
func feelingForms(an analysis.Analyzer) map[string]bool {
	out := map[string]bool{}
	for _, v := range feelingWords {
		if t := firstTerm(an, v); t != "" {
			out[t] = true
		}
	}
	return out
}

// asksView returns the persons whose view a question asks when the fact
// base knows them by no name, and, counted from 1, the view verb or word
// of feeling it asks it by: a noun for persons right before a view verb or
// a word of feeling ("what do students think of it", "are the tenants
// happy with it"); 0 if none. They are put by the noun and the words
// WordNet says are the same persons or a kind of them ("pupil" for
// "student"), not by one its rarer senses are a kind of (a tenant is an
// "owner" only as a holder of land).
//
// When the coverage has no word of theirs, a person's noun is still read:
// a paragraph where one of a kind of them speaks gives their view (see
// kindsSpeaking).
//
// lay reports whether they are people at large (see layPersons), whom no
// word qualifies: "blind ppl" are some of them, not any.
//
// Persons joined by "and" or "or" are asked together ("what do mums and
// dads think of it"): either speaking gives their view. at gives each
// concept's first word in ws.
func (e *Engine) asksView(q question, ws []word, at []int) (persons concept, view int, lay bool) {
	wn := e.lex.wn
	if wn == nil {
		return concept{}, 0, false
	}
	for i, c := range q.concepts {
		if i == 0 || len(c.entities) > 0 || len(c.alts) == 0 || !e.isView(c) && !(c.alts[0].sure && len(c.alts[0].terms) == 1 && e.feelings[c.alts[0].terms[0]]) {
			continue
		}
		h := i - 1
		if h > 0 && q.concepts[h].name {
			h-- // "people in Ostrel"
		}
		if l := q.concepts[h].leads; l > 0 {
			h = l - 1
		}
		by := q.concepts[h]
		l := personsLemma(wn, by)
		// An adjective made a plural noun is persons who are so, as
		// the one who thinks is a person: "what do locals think".
		nominal := e.nominalPersons(by, l)
		if !by.thing && !nominal || by.name || len(by.entities) > 0 {
			return concept{}, 0, false
		}
		if !wn.Person(l) && !(wn.Nameable(l) && !wn.Place(l)) && !nominal {
			return concept{}, 0, false
		}
		alts := surePersons(wn, by, l)
		if len(alts) == 0 && !nominal && !wn.Person(l) {
			return concept{}, 0, false
		}
		by.alts = alts
		by.lemma = l
		lay := false
		if h > 0 && h < len(at) && at[h]-at[h-1] == 2 && personJoins[ws[at[h]-1].folded] {
			if o, ok := e.viewPersons(q.concepts[h-1]); ok {
				lay = e.layPersons(o) && !(h > 1 && q.concepts[h-2].modifier && !q.concepts[h-2].name)
				by.alts = append(by.alts, o.alts...)
				by.weight += o.weight
				h--
			}
		}
		qualified := h > 0 && q.concepts[h-1].modifier && !q.concepts[h-1].name
		return by, i + 1, lay || !qualified && e.layPersons(by)
	}
	return concept{}, 0, false
}

// personJoins are the words that join persons asked of together (see asksView).
var personJoins = map[string]bool{"and": true, "or": true}

// viewPersons returns a concept of a question as persons whose view may be
// asked (see asksView), with the alternatives that put them surely, and
// whether it is one.
func (e *Engine) viewPersons(by concept) (concept, bool) {
	wn := e.lex.wn
	l := personsLemma(wn, by)
	nominal := e.nominalPersons(by, l)
	if !by.thing && !nominal || by.name || len(by.entities) > 0 || !wn.Person(l) && !nominal {
		return concept{}, false
	}
	by.alts, by.lemma = surePersons(wn, by, l), l
	return by, true
}

// personsLemma is the lemma a concept of persons whose view is asked is
// read by: its own, or its label's head's.
func personsLemma(wn *wordnet.WordNet, by concept) string {
	if by.lemma != "" {
		return by.lemma
	}
	return headLemma(wn, by.label)
}

// surePersons returns the alternatives of a concept that put the persons
// of lemma l surely: its first, and one-word kinds of them.
func surePersons(wn *wordnet.WordNet, by concept, l string) []alt {
	var alts []alt
	for k, a := range by.alts {
		if a.sure && a.strength == 1 && a.ids != nil && (k == 0 || len(a.terms) == 1 && wn.KindOf(a.terms[0], l, 2)) {
			alts = append(alts, a)
		}
	}
	return alts
}

// heardFrom reports whether a paragraph gives the view of persons (see
// asksView): a sentence gives one of them as the one who speaks ("the
// Brisca Tenants' Union … said the cap was too weak"), or names them as
// its subject before a pronoun speaks ("Pupils are more divided. … it's
// going to be yes,” he said."), or the fact base quotes one whose role
// puts them.
func (e *Engine) heardFrom(persons concept, ref knowledge.Ref) bool {
	pt := e.vocab.para(ref)
	if pt == nil {
		return false
	}
	if slices.ContainsFunc(e.vocab.quotesAt(ref), func(qt quoteTerms) bool { return persons.sureMatch(qt.speaker) > 0 }) {
		return true
	}
	var alts [][]string
	for _, a := range persons.alts {
		alts = append(alts, a.terms)
	}
	subject := false
	for i, sent := range pt.sents {
		if subject && e.pronounSpeaks(pt.sentence(i)) {
			return true
		}
		if e.polls(persons, pt.sentence(i)) {
			return true
		}
		as := alts
		if persons.sureMatch(sent.terms()) == 0 {
			if as = e.kindsSpeaking(persons, pt.sentence(i)); len(as) == 0 {
				continue
			}
		}
		h := e.speaksAs(as, pt.sentence(i), true)
		if h.speaks {
			return true
		}
		subject = subject || h.subject
	}
	return false
}

// kindsSpeaking returns the terms of the nouns of a sentence that WordNet
// says are kinds of the persons a question asks the view of (see
// asksView), one to an alternative: a story gives "what do experts think"
// by "said Lotte Kjaer, an energy analyst at Nordwind", and
// seldom calls anyone an expert. Nil when the persons' word is no person's.
func (e *Engine) kindsSpeaking(persons concept, sentence string) [][]string {
	wn := e.lex.wn
	if persons.lemma == "" || !wn.Person(persons.lemma) {
		return nil
	}
	var out [][]string
	for i, w := range e.readText(sentence) {
		if w.term == "" || i > 0 && isCapitalised(w.surface) {
			continue
		}
		l := wn.NounLemmaOr(w.folded)
		if l != persons.lemma && wn.Person(l) && wn.KindOf(l, persons.lemma, kindSpeakingSteps) {
			out = append(out, []string{w.term})
		}
	}
	return out
}

// kindSpeakingSteps is how many hypernym steps a speaker's noun may be
// from the persons asked of (see kindsSpeaking): an analyst is an expert
// one step up, a biologist is a scientist and no expert at all.
const kindSpeakingSteps = 2

// pollWords ask many persons their view at once.
var pollWords = map[string]bool{"poll": true, "polls": true, "survey": true, "surveys": true}

// peopleWords are persons in general, of whom any persons polled are some.
var peopleWords = map[string]bool{"people": true, "person": true, "public": true, "anyone": true, "everyone": true}

// polls reports whether a sentence tells of a poll of persons (see
// asksView): "A poll of 1,000 residents … found 58 percent backed a ban"
// tells what people in Ostrel want. Of persons in general ("people"), any
// noun of persons will do.
func (e *Engine) polls(persons concept, sentence string) bool {
	ws := e.readText(sentence)
	if !slices.ContainsFunc(ws, func(w word) bool { return pollWords[w.folded] }) {
		return false
	}
	general := peopleWords[strings.ToLower(persons.label)]
	wn := e.lex.wn
	return slices.ContainsFunc(ws, func(w word) bool {
		if w.term == "" || isCapitalised(w.surface) {
			return false
		}
		if slices.ContainsFunc(persons.alts, func(a alt) bool { return len(a.terms) == 1 && a.terms[0] == w.term }) {
			return true
		}
		return general && wn.People(wn.NounLemmaOr(w.folded))
	})
}

// isView reports whether a concept is a verb that asks what one thinks
// (see viewVerbs).
func (e *Engine) isView(c concept) bool {
	return len(c.alts) > 0 && c.alts[0].sure && len(c.alts[0].terms) == 1 && e.views[c.alts[0].terms[0]]
}

// asksWords reports whether a question asks what someone said: a person or
// organisation it names comes right before a verb of speech ("What did
// Macron say", "what has the Kremlin announced") or a verb that asks what
// they think ("what does the Ashford boss think of the new striker");
// those are the speakers.
func (e *Engine) asksWords(q question) (speakers []knowledge.Entity, ok bool) {
	for i, c := range q.concepts {
		if len(c.entities) > 0 || !e.isSpeech(c) && !e.isView(c) || i == 0 {
			continue
		}
		by := q.concepts[i-1]
		if by.leads > 0 {
			by = q.concepts[by.leads-1] // "what did the head of the agency say": its head
		}
		// (room for them all at once: a name many articles use has
		// entities in hundreds, which growing the slice copied again and
		// again)
		speakers = make([]knowledge.Entity, 0, len(by.entities))
		for _, en := range by.entities {
			if en.Kind == knowledge.KindPerson || en.Kind == knowledge.KindOrganisation {
				speakers = append(speakers, *en)
			}
			if en.Kind == knowledge.KindOrganisation {
				// A body speaks by its people: "what did the
				// government say" is answered by its minister.
				speakers = append(speakers, e.members(*en)...)
			}
		}
		speakers = append(speakers, e.bodiesOf(by)...)
		return speakers, len(speakers) > 0
	}
	return nil, false
}

// isSpeech reports whether a concept is a verb of speech.
func (e *Engine) isSpeech(c concept) bool {
	for _, a := range c.alts {
		if a.sure && a.strength == 1 && len(a.terms) == 1 && e.speech[a.terms[0]] {
			return true
		}
	}
	return false
}

// reportsWords reports whether a paragraph gives words of one of the
// speakers: a quote the fact base gives them there, or a sentence that names
// them beside a verb of speech.
func (e *Engine) reportsWords(speakers []knowledge.Entity, ref knowledge.Ref) bool {
	if e.quotesOne(speakers, ref) {
		return true
	}
	pt := e.vocab.para(ref)
	if pt == nil {
		return false
	}
	for i, sent := range pt.sents {
		st := sent.terms()
		hasVerb := false
		for _, id := range st {
			if e.speech[e.vocab.term(id)] {
				hasVerb = true
				break
			}
		}
		if !hasVerb {
			continue
		}
		if e.spokenBy(speakers, ref, pt, i) {
			return true
		}
	}
	return false
}

// quotesOne reports whether the fact base quotes one of the speakers in a
// paragraph.
func (e *Engine) quotesOne(speakers []knowledge.Entity, ref knowledge.Ref) bool {
	return slices.ContainsFunc(speakers, func(sp knowledge.Entity) bool {
		return sp.Article == ref.Article && e.vocab.quotedIn(ref, sp.ID)
	})
}

// spokenBy reports whether one of the speakers speaks in sentence i of a
// paragraph: it names them, and gives them as the one who speaks (see
// speaks), which is the dearer test and asked second.
func (e *Engine) spokenBy(speakers []knowledge.Entity, ref knowledge.Ref, pt *paraInfo, i int) bool {
	return slices.ContainsFunc(speakers, func(sp knowledge.Entity) bool {
		return sp.Article == ref.Article && e.names(sp, pt.sents[i].terms()) && e.speaks(sp, pt.sentence(i))
	})
}

// speechAfter is how many words after a verb of speech its speaker may be
// named, stop words counted: "said Estrela president Rui Carvalhal", but
// not "said in Washington there is potential between Putin and Zelensky".
const speechAfter = 4

// speaks reports whether a sentence gives a speaker as the one who speaks:
// named before a verb of speech ("Zelenskyy said", "Peskov, who …,
// declined to say"), or just after it where the clause ends ("…," said
// Carvalhal.), not only named in what someone else said ("Zelenskyy said he
// will meet Erdogan", "said Marco Rubio would go").
func (e *Engine) speaks(sp knowledge.Entity, sentence string) bool {
	var alts [][]string
	pt := e.phraseTable()
	for _, g := range pt.byEntity.get(keyOf(sp)) {
		alts = append(alts, pt.groups[g].alts...)
	}
	return e.speaksAs(alts, sentence, false).speaks
}

// heard is what a sentence says of one it may name (see speaksAs).
type heard struct {
	speaks    bool // gives them as the one who speaks
	mentioned bool // names them at all
	subject   bool // names them, outside a quote, as the subject of a clause
}

// verdictWords name what one says something is, as verbs of speech do: "a
// piece sacrifice that commentators called the finest move of the match".
// They are read so only of a role (see speaksAs), and not before a name
// ("a man called Jon Hale"): "call" is as often a phone's.
var verdictWords = map[string]bool{
	"called": true, "calls": true, "dubbed": true, "branded": true, "labelled": true, "labeled": true,
}

// speaksAs reports whether a sentence gives one who is put by any of alts
// (each the terms of one way of putting them) as the one who speaks, as
// speaks tells, and whether it mentions them at all. A role (role set) is
// held to more, as a common noun may be said of anyone: it must be the
// subject of its clause, not the one spoken to or of ("the inspectorate
// will advise the health minister …, she said", "she had written to the
// prime minister"), nor named within a quote; after the verb it must
// follow it or the speaker's name ("said Henrik Dahl, the authority's
// chief executive").
func (e *Engine) speaksAs(alts [][]string, sentence string, role bool) heard {
	return e.speaksAsKind(alts, sentence, role, nil)
}

// speaksAsKind is speaksAs, where a mention that other reports of (given
// the sentence's words and where the mention starts and ends among them)
// is of another one of the kind: mentioned, never the one who speaks.
func (e *Engine) speaksAsKind(alts [][]string, sentence string, role bool, other func(cws []clauseWord, start, end int) bool) heard {
	var ts []string // the sentence's terms
	var at []int    // where each term's word is among the sentence's words
	var ends []bool // whether a term's word ends a clause
	var verbs []int // where its verbs of speech are, among the terms
	cws := clauseWords(sentence)
	for i, w := range cws {
		t := e.termOf(w.folded)
		if t == "" {
			if w.ends && len(ends) > 0 {
				ends[len(ends)-1] = true
			}
			continue
		}
		// A verb of speech capitalised within the sentence is part of
		// a name: "Secretary of State", "United States".
		verdict := role && verdictWords[w.folded] && i+1 < len(cws) && !cws[i+1].capital
		if (e.speech[t] || verdict) && (i == 0 || !w.capital) && !e.notSpoken(cws, i, role) {
			verbs = append(verbs, len(ts))
		}
		ts = append(ts, t)
		at = append(at, i)
		ends = append(ends, w.ends)
	}
	type mention struct{ start, end int }
	var ms []mention
	for _, a := range alts {
		for i := 0; i+len(a) <= len(ts); i++ {
			if len(a) > 0 && slices.Equal(ts[i:i+len(a)], a) {
				ms = append(ms, mention{i, i + len(a) - 1})
			}
		}
	}
	h := heard{mentioned: len(ms) > 0}
	if other != nil {
		ms = slices.DeleteFunc(ms, func(m mention) bool { return other(cws, at[m.start], at[m.end]) })
	}
	// "According to the culture ministry" gives its words, with no verb.
	if role && slices.ContainsFunc(ms, func(m mention) bool {
		k := at[m.start]
		p := e.phraseStart(cws, k)
		return !cws[k].quoted && p >= 2 && cws[p-1].folded == "to" && cws[p-2].folded == "according"
	}) {
		return heard{true, true, true}
	}
	for _, v := range verbs {
		for _, m := range ms {
			switch {
			case !role:
				if m.start < v || m.start > v && at[m.start]-at[v] <= speechAfter && ends[m.end] {
					return heard{true, true, true}
				}
			case cws[at[m.start]].quoted:
				// Who is named in a quote is spoken of: "a problem
				// for the health board," said the mayor.
			case m.start < v:
				if !e.spokenTo(cws, at[m.start]) {
					return heard{true, true, true}
				}
			case m.start > v:
				if e.saidBy(cws, at[v], at[m.start], at[m.end]) {
					return heard{true, true, true}
				}
			}
		}
	}
	if role {
		h.subject = slices.ContainsFunc(ms, func(m mention) bool {
			return !cws[at[m.start]].quoted && !e.spokenTo(cws, at[m.start])
		})
	}
	return h
}

// pronouns that may stand for who speaks: "she said", "said he".
var speakerPronouns = map[string]bool{"he": true, "she": true, "they": true}

// pronounSpeaks reports whether a sentence gives its words to a pronoun,
// outside a quote: "“My son made a mistake …,” she said."
func (e *Engine) pronounSpeaks(sentence string) bool {
	ws := clauseWords(sentence)
	for i, w := range ws {
		if w.quoted || w.capital && i > 0 || !e.speech[e.termOf(w.folded)] {
			continue
		}
		if i > 0 && speakerPronouns[ws[i-1].folded] && !ws[i-1].quoted || i+1 < len(ws) && (ws[i+1].folded == "he" || ws[i+1].folded == "she") {
			return true
		}
	}
	return false
}

// phraseStart returns where the noun phrase of the word at k starts: back
// over determiners, possessives, numbers and the nouns and adjectives that
// qualify it ("the town's deputy mayor", "Brevonia's health minister",
// "a 67-year-old retired bus driver"), and over capitalised words when
// the word is one ("Health Minister"). A word that may be a verb starts
// it only after a determiner: "would call an independent expert" starts
// at "an", "the associate professor" at "the".
func (e *Engine) phraseStart(ws []clauseWord, k int) int {
	wn := e.lex.wn
	j := k
	for j > 0 && !ws[j-1].ends {
		w := ws[j-1]
		if j < k && determiners[ws[j].folded] && !determiners[w.folded] || objectWords[w.folded] || j < k && isNumberWord(ws[j].folded) && e.verbWord(w.folded) {
			// A determiner starts its phrase, and a preposition or a
			// verb before a number ends the one before: "said the
			// government expected the average tenant household to
			// save", "say about 160 people in Ostrel will lose their
			// jobs" and "said the hospital treated 487 people" name
			// the tenants and the people in what was said.
			break
		}
		switch {
		case determiners[w.folded] || w.possessive || isNumberWord(w.folded):
		case w.capital:
			if !ws[k].capital {
				return e.trimVerbs(ws, j, k)
			}
		case wn != nil && !modals[w.folded] && e.qualifier(w.folded):
		default:
			return e.trimVerbs(ws, j, k)
		}
		j--
	}
	return e.trimVerbs(ws, j, k)
}

// qualifier reports whether a word may qualify a noun after it: a noun or
// an adjective, as itself or by its noun lemma, but no stop word read as a
// noun by its lemma ("was" is no "wa", "does" no "doe").
func (e *Engine) qualifier(w string) bool {
	wn := e.lex.wn
	if e.speech[e.termOf(w)] {
		return false // "said", which WordNet also knows as "aforesaid"
	}
	pos := wn.POS(w)
	if e.termOf(w) != "" {
		pos |= wn.POS(wn.NounLemmaOr(w))
	}
	return pos&(wordnet.Noun|wordnet.Adjective) != 0
}

// trimVerbs returns where a noun phrase read back from k to j starts when
// its first words may be verbs and no determiner comes before them: after
// them.
func (e *Engine) trimVerbs(ws []clauseWord, j, k int) int {
	if j == 0 || ws[j-1].ends {
		return j
	}
	for j < k && !determiners[ws[j].folded] && !ws[j].possessive && !ws[j].capital && e.verbWord(ws[j].folded) {
		j++
	}
	return j
}

// objectWords come before the one spoken to or of, not the one who
// speaks: "written to the prime minister", "a letter from the mayor".
var objectWords = map[string]bool{
	"to": true, "for": true, "with": true, "by": true, "at": true, "on": true, "in": true, "from": true,
	"against": true, "about": true, "of": true, "into": true, "over": true, "under": true, "between": true,
	"among": true, "than": true, "without": true, "towards": true, "toward": true, "before": true, "after": true,
	"behind": true, "near": true, "upon": true, "through": true, "via": true,
}

// partWords bind a noun phrase to the one before it, as what that one
// belongs to: "a spokesperson for the rivers authority", "head of
// highways at Vennshire County Council", "a professor of toxicology".
var partWords = map[string]bool{"of": true, "for": true, "at": true, "from": true}

// spokenTo reports whether the word at k, before a verb of speech, is the
// one spoken to or of rather than who speaks: its noun phrase follows a
// verb ("will advise the health minister") or a preposition ("had written
// to the prime minister"). One bound to the noun before it by a word of
// partWords speaks as that noun does: a body speaks by its people ("a
// spokesperson for the rivers authority said", "Petra Lindqvist, chair of
// the federation, said"). "According to" gives whose words they are.
func (e *Engine) spokenTo(ws []clauseWord, k int) bool {
	p := e.phraseStart(ws, k)
	if p == 0 || ws[p-1].ends {
		return false
	}
	w := ws[p-1]
	if objectWords[w.folded] {
		if w.folded == "to" && p >= 2 && ws[p-2].folded == "according" {
			return false
		}
		if partWords[w.folded] && p >= 2 && !ws[p-2].ends && (ws[p-2].capital || !e.verbWord(ws[p-2].folded)) {
			return e.spokenTo(ws, p-2)
		}
		return true
	}
	return !w.capital && w.folded != "including" && e.verbWord(w.folded)
}

// saidBy reports whether the words from start to end, after a verb of
// speech at v, give who speaks: they follow the verb ("said the deputy
// mayor"), or the speaker's name and a comma ("said Henrik Dahl, the
// authority's chief executive"), or "who" after it ("said Martin Drabble,
// who grows potatoes"); and no verb follows them, which would make them
// the subject of what is said ("said the mayor's plan would fail").
func (e *Engine) saidBy(ws []clauseWord, v, start, end int) bool {
	// Whose the speaker is says who speaks as well: "said Henrik Dahl,
	// the authority's chief executive".
	for end+1 < len(ws) && !ws[end].ends && (ws[end+1].capital || ws[end].possessive) {
		end++
	}
	if !ws[end].ends && end+1 < len(ws) && e.verbWord(ws[end+1].folded) {
		// What they will do or have done, said for them, is their
		// stand: "Finance Minister Aurelia Stanek said the government
		// would review the rules", "Castellan's coach said the team had
		// prepared for 11 months"; a bare past tense tells rather what
		// befell them ("said a farmer died").
		p := e.phraseStart(ws, start)
		return auxiliaries[ws[end+1].folded] && (p == v+1 || p == v+2 && ws[v+1].folded == "that")
	}
	p := max(e.phraseStart(ws, start), v+1)
	// "said Petra Lindqvist, chair of the federation": the federation
	// speaks by its chair.
	for p-2 > v && partWords[ws[p-1].folded] && !ws[p-2].ends && (ws[p-2].capital || !e.verbWord(ws[p-2].folded)) {
		p = max(e.phraseStart(ws, p-2), v+1)
	}
	if p == v+1 {
		return true
	}
	if p-2 > v && ws[p-1].folded == "who" && ws[p-2].ends {
		p--
	}
	if !ws[p-1].ends || p-1-v > speechAfter {
		return false
	}
	for j := v + 1; j < p; j++ {
		if !ws[j].capital {
			return false
		}
	}
	return true
}

// auxiliaries come before a verb to say when or how surely: "would",
// "has", "was".
var auxiliaries = map[string]bool{
	"will": true, "would": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true,
	"shall": true, "has": true, "had": true, "have": true, "is": true, "was": true, "are": true, "were": true,
}

// verbWord reports whether a word is a verb's form and mostly no noun: a
// modal, "is", "had", "will", "advise", "wrote".
func (e *Engine) verbWord(w string) bool {
	if modals[w] || beForms[w] || w == "has" || w == "had" || w == "have" {
		return true
	}
	wn := e.lex.wn
	return wn != nil && slices.ContainsFunc(wn.Lemmas(w), func(l string) bool {
		return wn.POS(l)&wordnet.Verb != 0 && !wn.MostlyNoun(l)
	})
}

// plannedWords before "to" say that one has yet to speak: "is due to
// announce", "is expected to say". ("Declined to say" reports what one
// did.)
var plannedWords = map[string]bool{
	"due": true, "expected": true, "set": true, "scheduled": true, "going": true, "planning": true,
	"plans": true, "planned": true, "hoping": true, "hopes": true, "likely": true, "poised": true,
}

// notSpoken reports whether the verb of speech at i gives no words of
// whoever is named before it: its own subject is a thing right before it
// ("Rowntree …, her office said"), or it is yet to be said ("Rowntree is
// due to announce", "will announce"). A person's noun right before it
// still speaks for whom it belongs to ("a Kremlin spokesman said").
//
// A role's mention is told from the one spoken of by where it stands (see
// spokenTo), so for a role (role set) the thing before the verb may end
// its phrase: "Specialists in art crime said".
func (e *Engine) notSpoken(ws []clauseWord, i int, role bool) bool {
	if i == 0 {
		return false
	}
	prev := ws[i-1]
	switch {
	case modals[prev.folded]:
		return true
	case prev.folded == "to":
		return i >= 2 && plannedWords[ws[i-2].folded]
	}
	wn := e.lex.wn
	if role || wn == nil || prev.ends || prev.capital || e.termOf(prev.folded) == "" {
		return false
	}
	l := wn.NounLemmaOr(prev.folded)
	return wn.MostlyNoun(l) && wn.POS(l) == wordnet.Noun && !wn.Person(l) && !wn.Nameable(l)
}

// clauseWord is a word of a sentence, folded, whether it is capitalised,
// and whether punctuation or the sentence's end follows it.
type clauseWord struct {
	folded     string
	capital    bool
	ends       bool
	possessive bool // "the town's", "the drivers'"
	quoted     bool // within quotation marks: someone's words
}

// clauseWords cuts a sentence into words as readWords does, noting which
// end a clause.
func clauseWords(sentence string) []clauseWord {
	var out []clauseWord
	rest := sentence
	in := false // within quotation marks
	// A sentence may open within a quote that a sentence before it opened:
	// its first mark closes it.
	if i := strings.IndexAny(sentence, "\"“”"); i >= 0 && strings.TrimSpace(sentence[:i]) != "" {
		in = strings.HasPrefix(sentence[i:], "”") || strings.Count(sentence, "\"")%2 == 1
	}
	for _, s := range splitWords(sentence) {
		i := strings.Index(rest, s)
		if i < 0 {
			break
		}
		gap := rest[:i]
		if len(out) > 0 && strings.ContainsAny(gap, ",.;:!?()\"“”—–") {
			out[len(out)-1].ends = true
		}
		for _, r := range gap {
			in = quoteAfter(in, r)
		}
		rest = rest[i+len(s):]
		_, f := foldWord(s)
		poss := strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s") || strings.HasSuffix(s, "s'") || strings.HasSuffix(s, "s’")
		out = append(out, clauseWord{folded: f, capital: isCapitalised(s), possessive: poss, quoted: in})
	}
	if len(out) > 0 {
		out[len(out)-1].ends = true
	}
	return out
}

// members returns the persons the fact base says belong to an
// organisation.
func (e *Engine) members(org knowledge.Entity) []knowledge.Entity {
	p := e.vocab.parts[org.Article]
	if p == nil {
		return nil
	}
	var out []knowledge.Entity
	for _, g := range p.groups {
		if en := g.entity; en != nil && en.Kind == knowledge.KindPerson && en.Affiliation == org.ID {
			out = append(out, *en)
		}
	}
	return out
}

// voiceAfter are the words that may follow the verb of a question that
// asks only what someone said: "what did the mayor say", "… say about the
// floods", "… say to travellers"; not "what did the army claim to have
// retaken", which asks what was retaken.
var voiceAfter = map[string]bool{
	"about": true, "on": true, "to": true, "of": true, "after": true, "when": true, "at": true, "in": true,
	"regarding": true, "during": true, "over": true, "before": true, "while": true, "as": true, "concerning": true,
}

// asksVoice returns, counted from 1, the concept whose words a question
// asks when no person or organisation of the fact base is it: "what did
// the health minister say" of a story that quotes no minister, the noun
// right before the verb of speech, or the leading role it qualifies ("the
// head of the agency"); 0 if none. A story may mention such a role only
// as the one advised or written to, and then nothing in it answers (see
// voiced). Only a question that asks what was said, and nothing else, is
// read so; a noun said in passing ("the 18 yr old from kestleford") is no
// speaker.
func (e *Engine) asksVoice(ws []word, q question) int {
	if len(ws) < 3 || ws[0].folded != "what" {
		return 0
	}
	k := slices.IndexFunc(ws[2:], func(w word) bool { return w.term != "" && e.speech[w.term] })
	if k < 0 {
		return 0
	}
	k += 2
	if k+1 < len(ws) {
		next := ws[k+1].folded
		if !voiceAfter[next] || next == "to" && k+2 < len(ws) && (ws[k+2].folded == "have" || ws[k+2].folded == "be") {
			return 0
		}
	}
	for i, c := range q.concepts {
		if len(c.entities) > 0 || !e.isSpeech(c) || i == 0 {
			continue
		}
		h := i - 1
		if l := q.concepts[h].leads; l > 0 {
			h = l - 1
		}
		by := q.concepts[h]
		if j, _ := voiceLeads(ws, q.concepts, h); j > 0 && slices.ContainsFunc(by.entities, func(en *knowledge.Entity) bool { return en.Kind == knowledge.KindOrganisation }) {
			// "What did the head of Ashgill High say", of a body the
			// fact base knows no one leads: its head's words, not its
			// own nor its members'.
			return h + 1
		}
		if !by.thing || by.name || by.known == 0 || by.aside || by.clause || slices.ContainsFunc(by.entities, func(en *knowledge.Entity) bool {
			return en.Kind == knowledge.KindPerson || en.Kind == knowledge.KindOrganisation
		}) {
			return 0
		}
		// A person or a body speaks; a thing that says ("what did the
		// report say") is read by its own words, not as a speaker.
		if wn := e.lex.wn; wn != nil {
			l := by.lemma
			if l == "" {
				l = headLemma(wn, by.label)
			}
			if !wn.Person(l) && !(wn.Nameable(l) && !wn.Place(l)) {
				return 0
			}
		}
		return h + 1
	}
	return 0
}

// voiceLeads returns, counted from 1, the concept of a leading role that
// qualifies the voice at b by "of" ("head" of "what did the head of the
// farmers union say"), and the reader's words for both: the question asks
// the words of whoever leads the body, not of the body; 0 and "" if none.
func voiceLeads(ws []word, cs []concept, b int) (int, string) {
	for j := b - 1; j >= 0 && j >= b-maxRoleKinds; j-- {
		if c := cs[j]; len(c.entities) == 0 && leaderWord(c.label) && ofBetween(ws, c.label, cs[b].label) {
			return j + 1, spanOf(ws, c.label, cs[b].label)
		}
	}
	return 0, ""
}

// voiced reports whether an article gives the speaker a question asks the
// words of (see question.voice), by one of its sure ways, as the one who
// speaks in some sentence with a verb of speech, or never mentions them
// by those words at all ("Chief Fire Officer Henrik Vasten" is no "fire
// chief" by its words, but may be by the fact base's). If it mentions them
// only as someone else ("the inspectorate will advise the health
// minister"), none of its paragraphs answers, whatever else they share
// with the question. Nor does one where it mentions only others of the
// kind, qualified otherwise than the question's (see roleKinds).
func (e *Engine) voiced(q question, article string) bool {
	p := e.vocab.parts[article]
	if q.voice == 0 || p == nil {
		return true
	}
	c := q.concepts[q.voice-1]
	var alts [][]string
	for _, a := range c.alts {
		if a.sure && a.ids != nil {
			alts = append(alts, a.terms)
		}
	}
	// One qualified otherwise is another of the kind (see roleKinds).
	var other func(cws []clauseWord, start, end int) bool
	if kinds := roleKinds(q, q.voice-1); len(kinds) > 0 {
		other = func(cws []clauseWord, start, end int) bool {
			return otherKind(q, kinds, e.ownKinds(cws, start, end))
		}
	}
	if q.voiceOf > 0 {
		alts, other = e.leadingVoice(q, alts)
	}
	mentions := func(ts termSet) bool {
		return slices.ContainsFunc(alts, func(a []string) bool { return e.hasTerms(ts, a) })
	}
	// The fact base may know someone by that role whom the question's
	// reading did not take for it, one of several ("British Prime
	// Minister Keir Starmer" and "Polish Prime Minister Donald Tusk"):
	// what they said is asked by others' ways (see asksWords).
	if slices.ContainsFunc(p.groups, func(g namedGroup) bool {
		en := g.entity
		if en == nil || en.Kind != knowledge.KindPerson && en.Kind != knowledge.KindOrganisation || en.Role == "" || c.sureMatch(e.textTerms(roleHead(en.Role))) == 0 {
			return false
		}
		return (other == nil || e.roleOfKind(alts, en.Role, other)) && (q.voiceOf == 0 || mentions(e.textTerms(roleHead(en.Role))))
	}) {
		return true
	}
	mentioned := false
	for _, pt := range p.paras {
		subject := false // a sentence before in the paragraph names them as a subject
		for i, sent := range pt.sents {
			if subject && e.pronounSpeaks(pt.sentence(i)) {
				return true
			}
			if c.sureMatch(sent.terms()) == 0 && (q.voiceOf == 0 || !mentions(sent.terms())) {
				continue
			}
			h := e.speaksAsKind(alts, pt.sentence(i), true, other)
			if h.speaks {
				return true
			}
			mentioned = mentioned || h.mentioned
			subject = subject || h.subject
		}
	}
	return !mentioned
}

// leadingVoice returns the ways to put a voice that leads a body (see
// question.voiceOf), and what reports a mention of it as another's: a
// word that says only that one leads ("head", "boss") is said by any
// leading role ("the union's president", "chief executive"), and the
// mention must be the noun of its phrase ("the company's chief dam
// safety engineer" is an engineer) and qualified by the body ("Westmere
// Farmers' Union president", "president of the union", "the union's
// president"): the head of a union is no river authority's chief
// executive.
func (e *Engine) leadingVoice(q question, alts [][]string) ([][]string, func(cws []clauseWord, start, end int) bool) {
	c := q.concepts[q.voice-1]
	if roleWord(c.label) == "" {
		for _, r := range leaderRoles {
			if ts := e.synonymTerms(r); len(ts) > 0 && !slices.ContainsFunc(alts, func(a []string) bool { return slices.Equal(a, ts) }) {
				alts = append(alts, ts)
			}
		}
	}
	body := q.concepts[q.voiceOf-1]
	return alts, func(cws []clauseWord, start, end int) bool {
		if n := end + 1; n < len(cws) && !cws[end].ends && !cws[n].capital && !leaderNoun(cws[n].folded) && e.nounAfter(cws[n].folded) {
			return true // "the company's chief dam safety engineer" is an engineer
		}
		own := e.ownKinds(cws, start, end)
		// The owner before the phrase, or right before the role: "the
		// union's president".
		owner := e.phraseStart(cws, start) - 1
		if owner < 0 || !cws[owner].possessive {
			owner = start - 1
		}
		if owner >= 0 && cws[owner].possessive {
			if id := e.vocab.id(e.termOf(cws[owner].folded)); id != 0 {
				own = toSet(append(slices.Clone(own), id))
			}
		}
		return body.sureMatch(own) == 0
	}
}

// hasTerms reports whether a set holds every one of the terms.
func (e *Engine) hasTerms(ts termSet, terms []string) bool {
	return len(terms) > 0 && !slices.ContainsFunc(terms, func(t string) bool { return !ts.has(e.vocab.id(t)) })
}

// quoteAfter reports whether the text after the rune r is inside quotation
// marks, in is whether the text before it was: a straight quote opens or
// closes one, a curly one opens (“) or closes (”).
func quoteAfter(in bool, r rune) bool {
	switch r {
	case '"':
		return !in
	case '“':
		return true
	case '”':
		return false
	}
	return in
}

// nominalPersons reports whether a concept is an adjective made a plural
// noun, which names persons who are so ("locals", "the locals"): its word
// is the plural of a lemma WordNet knows as an adjective and as no noun
// for a person.
func (e *Engine) nominalPersons(c concept, lemma string) bool {
	wn := e.lex.wn
	label := strings.ToLower(c.label)
	return lemma != "" && label == lemma+"s" && wn.POS(lemma)&wordnet.Adjective != 0 && !wn.Person(lemma)
}

// layPersons reports whether persons a question asks the view of are
// people at large rather than those of a trade or a side: dwellers of a
// place ("residents", "villagers"), persons taken together that are no
// personnel ("people", "the public"), or an adjective made a plural noun
// ("locals"). A story gives their view by those who speak for no body
// (see laySpeaks), as it seldom calls them so.
func (e *Engine) layPersons(persons concept) bool {
	wn := e.lex.wn
	if wn == nil {
		return false
	}
	l := persons.lemma
	if l == "" {
		l = headLemma(wn, persons.label)
	}
	return wn.KindOf(l, "inhabitant", 3) || !wn.Person(l) && wn.KindOf(l, "people", 2) && !wn.KindOf(l, "personnel", 2) || e.nominalPersons(persons, l)
}

// laySpeaks reports whether someone who speaks for no body gives their
// words in a paragraph (see layMembers). members keeps each article's,
// read once for all the candidates of a question.
func (e *Engine) laySpeaks(members map[string][]knowledge.Entity, ref knowledge.Ref) bool {
	lay, ok := members[ref.Article]
	if !ok {
		lay = e.layMembers(ref.Article)
		members[ref.Article] = lay
	}
	return slices.ContainsFunc(lay, func(en knowledge.Entity) bool {
		return slices.Contains(en.Paragraphs, ref.Paragraph) && e.reportsWords([]knowledge.Entity{en}, ref)
	})
}

// layMembers returns the persons of an article who speak for no body:
// the fact base ties them to no organisation (to none, or to a place),
// and their role says they lead nothing ("Retired bus driver, 72";
// "Dunhollow resident, 34"), where a mayor is tied to a town too, nor
// act for another ("Lawyer for Teodor Vranck").
func (e *Engine) layMembers(article string) []knowledge.Entity {
	p := e.vocab.parts[article]
	wn := e.lex.wn
	if p == nil || wn == nil {
		return nil
	}
	kinds := map[string]knowledge.Kind{}
	for _, g := range p.groups {
		if g.entity != nil {
			kinds[g.entity.ID] = g.entity.Kind
		}
	}
	var out []knowledge.Entity
	for _, g := range p.groups {
		en := g.entity
		if en == nil || en.Kind != knowledge.KindPerson || en.Affiliation != "" && kinds[en.Affiliation] != knowledge.KindPlace {
			continue
		}
		if wn.KindOf(wn.NounLemmaOr(strings.ToLower(roleNoun(wn, en.Role))), "leader", 4) || speaksFor(en.Role) {
			continue
		}
		out = append(out, *en)
	}
	return out
}

// bodiesOf returns, for persons a plural describes ("the growers", read
// as the few the fact base calls growers), the bodies named for them
// ("the Vessen Growers' Federation") and those who speak for those
// bodies, in the articles of the persons: a body of growers speaks for
// growers, more than any one of them.
func (e *Engine) bodiesOf(persons concept) []knowledge.Entity {
	label := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(persons.label), "'s"), "’s")
	if persons.describedAs == "" || persons.lemma == "" || label == persons.lemma {
		return nil
	}
	t := e.termOf(persons.lemma)
	if t == "" {
		return nil
	}
	var out []knowledge.Entity
	seen := map[string]bool{}
	for _, en := range persons.entities {
		if seen[en.Article] {
			continue
		}
		seen[en.Article] = true
		p := e.vocab.parts[en.Article]
		if p == nil {
			continue
		}
		for _, g := range p.groups {
			body := g.entity
			if body == nil || body.Kind != knowledge.KindOrganisation || !slices.ContainsFunc(g.alts, func(ts []string) bool {
				return len(ts) > 1 && slices.Contains(ts[:len(ts)-1], t)
			}) {
				continue
			}
			out = append(out, *body)
			out = append(out, e.members(*body)...)
		}
	}
	return out
}

// speaksFor reports whether a role says its holder acts for another:
// "for" right after what it says they are ("Lawyer for Teodor Vranck",
// "Spokesman for the family").
func speaksFor(role string) bool {
	n := len(roleWords(nil, role))
	fs := strings.Fields(strings.ToLower(role))
	return n > 0 && n < len(fs) && fs[n] == "for"
}

// asksQuoted returns the concepts of the one a question asks what they
// said: "what", then who speaks, and a verb of speech after them ("what
// did the mum say", "what did the guy camping with his family say"). Who
// speaks is the question's first noun, after what qualifies it ("the
// building company"), which come first. Nil when it asks no such thing.
func (e *Engine) asksQuoted(ws []word, cs []concept) []int {
	if len(ws) < 3 || ws[0].folded != "what" || !slices.ContainsFunc(cs, e.isSpeech) {
		return nil
	}
	var by []int
	for i, c := range cs {
		if e.isSpeech(c) {
			break
		}
		by = append(by, i)
		if !c.modifier {
			return by
		}
	}
	return nil
}

// quoteMarks open or close a quote.
const quoteMarks = "\"“”"

// quoteWeight is what a paragraph that quotes the one a question asks
// what they said adds: their own words answer it, where a paragraph that
// tells what they did, or reports their words in a few of its own, only
// speaks of it.
const quoteWeight = 0.3

// quotesSpeaker reports whether a paragraph has words in quotation marks
// and gives the one a question asks what they said (see asksQuoted) as
// one who speaks: the fact base quotes them there, or a sentence gives
// them speaking by a name, or in the question's words beside a quote of
// its own ("“They knew exactly what they wanted,” the detective said" for
// "what did the detective say"). A quote of another, after a sentence
// that gives them speaking in the question's words ("Her father, who
// said he had paid for the catering, told reporters …. “They came with
// glowing reviews,” he said" for "what does the catering firm say"), is
// not theirs.
func (e *Engine) quotesSpeaker(q question, ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	if len(q.quoted) == 0 || pi == nil || !strings.ContainsAny(pi.text, quoteMarks) {
		return false
	}
	for j, k := range q.quoted {
		c := q.concepts[k]
		for _, en := range c.entities {
			if en.Article == ref.Article && (e.vocab.quotedIn(ref, en.ID) || slices.ContainsFunc(pi.sents, func(st sentInfo) bool {
				return e.names(*en, st.terms()) && e.speaks(*en, pi.text[st.start:st.end])
			})) {
				return true
			}
		}
		if j < len(q.quoted)-1 {
			continue // (a word that qualifies who speaks does not speak)
		}
		var alts [][]string
		for _, a := range c.alts {
			if a.sure && a.ids != nil {
				alts = append(alts, a.terms)
			}
		}
		for i := range pi.sents {
			if text := pi.sentence(i); len(alts) > 0 && strings.ContainsAny(text, quoteMarks) && e.speaksAs(alts, text, true).speaks {
				return true
			}
		}
	}
	return false
}
