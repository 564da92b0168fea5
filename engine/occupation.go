package engine

import (
	"slices"
	"strings"
	"unicode"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/knowledge"
)

// A question may ask what someone does for a living in the reader's
// words: "what does he do for a living", "what did she do for work",
// "what is Vranck's job", "what job does the owner have". None of those
// words is one the coverage uses of them: news says what a person does by
// a noun set beside their name ("Roald Pessar, 44, a bus driver", "Casimir
// Dahl, the shipping businessman", "Deputy Mayor Anneke Strov", "Vranck's
// lawyer, Piet Dessauer"), and only a paragraph that does so answers.

// askedOccupation returns the places in a question's words of the words
// that ask what someone does for a living, which are no words of the
// answer: "living" of "what does he do for a living", "job" of "what is
// his job"; nil when it asks no such thing. It asks with "what" before
// them: "do teachers get paid less for working 4 days" asks no one's job.
func askedOccupation(wn *wordnet.WordNet, ws []word) []int {
	what := slices.IndexFunc(ws, func(w word) bool { return w.folded == "what" })
	if what < 0 || wn == nil {
		return nil
	}
	for i := what + 1; i < len(ws); i++ {
		switch f := ws[i].folded; {
		// "do for a living", "did for work", "do for a job".
		case f == "for" && i > 0 && doWords[ws[i-1].folded]:
			j := i + 1
			if j < len(ws) && (ws[j].folded == "a" || ws[j].folded == "an") {
				j++
			}
			if j < len(ws) && (ws[j].folded == "living" || ws[j].folded == "work" || occupationNoun(wn, ws[j].folded)) {
				return []int{j}
			}
		// "what is his job", "what's Vranck's career", "what job
		// does she have", "what kind of work does he do".
		case (occupationNoun(wn, f) || f == "work" && i >= 2 && kindWords[ws[i-2].folded]) && (possessive(ws[i-1].surface) || ownWords[ws[i-1].folded] || i+1 < len(ws) && doWords[ws[i+1].folded] && (i == what+1 || i == what+3 && ws[i-1].folded == "of" && kindWords[ws[i-2].folded])):
			return []int{i}
		}
	}
	// "What does she do": what someone does as a habit is their work
	// (not "what did he do", which asks what he did then).
	// The words between are the subject alone: not "what does she want
	// the ministry to do".
	if n := len(ws); n >= 4 && n <= 6 && what == 0 && (ws[1].folded == "does" || ws[1].folded == "do") && ws[n-1].folded == "do" && ws[n-2].folded != "to" {
		return []int{n - 1}
	}
	return nil
}

// ownWords are the possessive pronouns of a person: "his job".
var ownWords = map[string]bool{"his": true, "her": true, "their": true, "ur": true, "your": true}

// occupationNoun reports whether a word is a singular noun whose first
// sense is what one does for a living: "job", "occupation", "career",
// "vocation"; not "place" or "position", whose first senses are no job
// ("what did police take from his place").
func occupationNoun(wn *wordnet.WordNet, w string) bool {
	if l, ok := wn.NounLemma(w); !ok || l != w {
		return false // "jobs" of "what jobs will go" are jobs, not one's job
	}
	return wn.MainKindOf(w, "occupation", 2)
}

// readOccupation reads a question that asks someone's work (by the word
// at ws index at; firstWord gives each concept's first word) as asking it
// of a person the fact base knows, when it names one: the word that asks
// ("living", "job") is then no word of the answer, which says what they
// are by a noun instead. Of no one it knows ("the woman who sued", read
// as no one), the question is read as its words, and it reports false.
func (e *Engine) readOccupation(cs []concept, firstWord []int, at int) bool {
	if !slices.ContainsFunc(cs, func(c concept) bool {
		return slices.ContainsFunc(c.entities, func(en *knowledge.Entity) bool { return en.Kind == knowledge.KindPerson })
	}) {
		return false
	}
	for i := range cs {
		if i < len(firstWord) && firstWord[i] == at && len(cs[i].entities) == 0 {
			cs[i].weight, cs[i].thing, cs[i].answer, cs[i].stated = 0, false, false, false
		}
	}
	return true
}

// givesOccupation reports whether a paragraph gives what a person the
// question asks the occupation of does: a noun for a person beside a name
// of theirs outside quotation marks (see roleBeside). A question that
// names no person the fact base knows passes.
func (e *Engine) givesOccupation(q question, ref knowledge.Ref) bool {
	asked := map[string]bool{}
	for _, c := range q.concepts {
		for _, en := range c.entities {
			if en.Kind == knowledge.KindPerson {
				asked[en.ID] = true
			}
		}
	}
	if len(asked) == 0 {
		return true
	}
	pi := e.vocab.para(ref)
	if pi == nil {
		return false
	}
	var persons []*knowledge.Entity
	if a := e.vocab.article(ref.Article); a != nil {
		for _, g := range a.p.groups {
			if g.entity != nil && g.entity.Kind == knowledge.KindPerson {
				persons = append(persons, g.entity)
			}
		}
	}
	for _, m := range namesAt(pi.text, persons, func(id string) bool { return asked[id] }) {
		if !m.asked {
			continue
		}
		// A name the fact base knows with its title ("Sergeant Hella
		// Brandt") sets the title beside it.
		if first, rest, ok := strings.Cut(pi.text[m.start:m.end], " "); ok && rest != "" && e.occupationWord(strings.ToLower(first)) {
			return true
		}
		if e.roleBeside(pi.text[:m.start], pi.text[m.end:]) {
			return true
		}
	}
	return false
}

// roleBeside reports whether the words around a name (before and after
// it) set a noun for what the person is beside it: in apposition after it
// ("Pessar, 44, a bus driver", "Dahl, the shipping businessman",
// "Oleskow, head of the unit"), as a title right before it ("Mayor Helena
// Marsk", "bus driver Tomas Brede"), or before it and a comma ("Vranck's
// lawyer, Piet Dessauer"); or saying so by a verb ("who works as a
// nurse", "is a former teacher"). A noun of kinship says no one's work:
// "her son Piet Doren".
func (e *Engine) roleBeside(before, after string) bool {
	if strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") {
		return false // "Vranck's lawyer" is the lawyer's
	}
	if rest, ok := strings.CutPrefix(after, ", "); ok {
		rest = skipApposedAge(rest)
		if e.roleNounFirst(phraseWords(rest)) {
			return true
		}
	} else if ws := phraseWords(after); roleVerbFirst(ws) && e.roleNounFirst(ws) {
		return true
	}
	before = strings.TrimRight(before, " ")
	comma := strings.HasSuffix(before, ",")
	before = strings.TrimRight(before, ", ")
	ws := strings.FieldsFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' })
	if len(ws) == 0 || possessive(before) {
		return false
	}
	last := ws[len(ws)-1]
	if comma || isCapitalised(last) {
		return e.occupationWord(strings.ToLower(last))
	}
	// A title in lowercase is a noun ("said bus driver Tomas Brede"),
	// not a verb after its subject ("they suspect Vranck").
	return e.lex.wn.MostlyNoun(last) && e.occupationWord(last) && (len(ws) == 1 || !subjectPronouns[strings.ToLower(ws[len(ws)-2])])
}

// skipApposedAge drops an age apposed before a role: "44, a bus driver".
func skipApposedAge(s string) string {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n > 0 && n <= 3 && strings.HasPrefix(s[n:], ", ") {
		return s[n+2:]
	}
	return s
}

// phraseWords returns the lowercase words of a text up to the end of its
// first phrase: a comma, a semicolon, a sentence's end or a quotation.
func phraseWords(s string) []string {
	if i := strings.IndexAny(s, ",;.:\"“”()"); i >= 0 {
		s = s[:i]
	}
	return strings.Fields(strings.ToLower(s))
}

// roleVerbs say what someone is or works as, after their name without a
// comma: "Vranck is a former teacher", "Kiel, who works as a nurse".
var roleVerbs = map[string]bool{"is": true, "was": true, "works": true, "worked": true}

// roleVerbFirst reports whether a phrase after a name begins with a verb
// of being or working.
func roleVerbFirst(ws []string) bool { return len(ws) > 0 && roleVerbs[ws[0]] }

// roleNounFirst reports whether a phrase apposed to a name says what the
// person is: after "who" and a verb of being or working, if any, and an
// article ("a bus driver", "the shipping businessman"), the noun that
// heads it (the last before a word that starts another phrase: "a
// beekeeper whose house", "head of the unit") is a noun for a person by
// occupation; a verb there ("said", "was taken") says no one's work.
func (e *Engine) roleNounFirst(ws []string) bool {
	if len(ws) > 0 && ws[0] == "who" {
		ws = ws[1:]
		// "who runs the 40-room Harbour View hotel", "who heads its
		// agricultural business": one who leads a body works there.
		if len(ws) > 1 && (leadWords[ws[0]] || ws[0] == "works" || ws[0] == "worked") && ws[1] != "as" {
			return true
		}
	}
	if len(ws) > 0 && roleVerbs[ws[0]] {
		ws = ws[1:]
		if len(ws) > 0 && ws[0] == "as" {
			ws = ws[1:]
		}
	}
	article := len(ws) > 0 && (ws[0] == "a" || ws[0] == "an" || ws[0] == "the")
	if article {
		ws = ws[1:]
	}
	// A possessive's phrase says whose the role is: "Brenmoor Line's
	// chief executive", "Dravik's mayor".
	// (Not one in a phrase after the noun: "a spokeswoman for the
	// prosecutor's office".)
	if k := slices.IndexFunc(ws[:min(4, len(ws))], func(w string) bool { return possessive(w) }); k >= 0 && k+1 < len(ws) && !slices.ContainsFunc(ws[:k], func(w string) bool { return phraseStarts[w] }) {
		ws, article = ws[k+1:], true
	}
	if len(ws) == 0 {
		return false
	}
	if !article && !e.occupationWord(ws[0]) && !e.lex.wn.Person(e.lex.wn.NounLemmaOr(ws[0])) {
		// Without an article the phrase begins with its noun ("head of
		// the unit", "chief hydrologist"), not a verb ("said", "adding").
		if e.lex.wn.POS(ws[0])&wordnet.Noun == 0 && e.lex.wn.POS(ws[0])&wordnet.Adjective == 0 || e.verbForm(ws[0]) {
			return false
		}
	}
	// Its noun for a person, before a word that starts another phrase
	// ("a beekeeper whose house", "head of the unit") or a participle
	// ("a 31-year-old teacher travelling with her sons"); or, after an
	// article, a last word no dictionary knows ("a former secondary
	// school headteacher").
	last := ""
	for _, w := range ws {
		if phraseStarts[w] {
			break
		}
		if e.occupationWord(w) && e.lex.wn.MostlyNoun(e.lex.wn.NounLemmaOr(w)) {
			return true
		}
		last = w
	}
	return article && last != "" && !e.lex.wn.Has(last) && !isNumberWord(last)
}

// phraseStarts are the words that start a phrase of its own after a noun:
// "a beekeeper whose house", "head of the unit", "a nurse at the clinic".
var phraseStarts = map[string]bool{
	"who": true, "whose": true, "which": true, "that": true, "of": true, "at": true, "in": true, "for": true,
	"from": true, "with": true, "on": true, "and": true, "to": true, "by": true, "since": true, "into": true,
}

// occupationWord reports whether a word is a noun for a person, not one of
// kinship ("son", "wife", "dad"): what news sets beside a name to say what
// someone is.
func (e *Engine) occupationWord(w string) bool {
	wn := e.lex.wn
	l := wn.NounLemmaOr(w)
	return wn.Person(l) && !wn.KindOf(l, "relative", 8)
}
