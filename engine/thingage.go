package engine

import (
	"iter"
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/knowledge"
)

// personsAgesOnly reports whether every age a sentence gives is a
// person's, which gives no thing's age: one apposed to a name ("Jonas
// Feldt, 54,"), in years old before a noun for a person ("Jonas Feldt, a
// 54-year-old carpenter") or standing for one ("the 49-year-old told
// reporters"), or told as what someone is ("who is 58"). "The
// 118-year-old bridge", "the Halvard Bridge, a 90-year-old steel arch",
// "the 61-year-old Quenby dam" and "aged 60" of no person may be a
// thing's.
func (e *Engine) personsAgesOnly(text string) bool {
	wn := e.lex.wn
	if wn == nil {
		return false
	}
	n := len(apposedAgeAt.FindAllStringIndex(text, -1))
	ages, persons := n, n
	for _, m := range yearsOld(text) {
		ages++
		// Before a name ("the 61-year-old Quenby hydroelectric dam") or
		// told of what is ("the bridge is 87 years old") it may be a
		// thing's; "the 49-year-old" alone stands for a person.
		noun, nameAt := e.ageNoun(text, m[1])
		if noun == "" && nameAt < 0 && strings.HasSuffix(strings.ToLower(text[:m[0]]), "the ") || noun != "" && wn.Person(wn.NounLemmaOr(noun)) {
			persons++
		}
	}
	ws := e.readText(text)
	for k, w := range ws {
		switch {
		case w.folded == "aged" && k+1 < len(ws) && isNumberWord(ws[k+1].folded):
			ages++
			if k > 0 && wn.Person(wn.NounLemmaOr(ws[k-1].folded)) {
				persons++
			}
		case w.folded == "who" && k+2 < len(ws) && (ws[k+1].folded == "is" || ws[k+1].folded == "was") && isAge(ws[k+2].folded):
			ages++
			persons++
		}
	}
	return ages > 0 && persons == ages
}

// asksLifeless reports whether the first noun a "how old" question asks
// of is for a lifeless thing (see lifeless): "how old is the ferry", not
// "how old is the cheesemaker at the farm", whom WordNet does not know.
func (e *Engine) asksLifeless(q question) bool {
	wn := e.lex.wn
	if wn == nil {
		return false
	}
	for _, c := range q.concepts {
		l := headLemma(wn, c.label)
		if c.name || ageWords[l] || wn.POS(l) != 0 && wn.POS(l)&wordnet.Noun == 0 {
			continue // a name, "old", an adjective or a verb
		}
		return e.lifeless(l)
	}
	return false
}

// ageWords ask for an age: "how old", "what age".
var ageWords = map[string]bool{"old": true, "age": true, "aged": true}

// lifeless reports whether a noun is for a thing one can point at that
// is neither a person nor an animal: "ferry", "dam", "farmhouses".
func (e *Engine) lifeless(noun string) bool {
	wn := e.lex.wn
	if wn == nil {
		return false
	}
	l := wn.NounLemmaOr(strings.ToLower(noun))
	return wn.Concrete(l) && !wn.Person(l) && !wn.Animal(l)
}

// namesWhatOf reports whether a sentence names one of the article's
// entities that the fact base's role says is what a question asks of:
// "The Solveig Marr, a 118-metre ship built in 2011", of a ferry whose
// role is "passenger ferry", says how old the ferry is.
func (e *Engine) namesWhatOf(of []concept, ref knowledge.Ref, text string) bool {
	a := e.vocab.article(ref.Article)
	if a == nil {
		return false
	}
	lower := strings.ToLower(text)
	for _, g := range a.p.groups {
		en := g.entity
		if en == nil || en.Role == "" || !slices.ContainsFunc(append([]string{en.Name}, en.Aliases...), func(n string) bool { return containsWord(lower, strings.ToLower(n)) }) {
			continue
		}
		role := e.textTerms(en.Role)
		if slices.ContainsFunc(of, func(c concept) bool { return !c.name && c.sureMatch(role) >= figureOfMatch }) {
			return true
		}
	}
	return false
}

// containsWord reports whether text holds w as whole words.
func containsWord(text, w string) bool {
	for range wholeWords(text, w) {
		return true
	}
	return false
}

// wholeWords yields where text holds w as whole words, its start and end,
// in order: not inside a longer word ("Feld" in "Feldmark"). Lowercase
// text and w are read letter for letter.
func wholeWords(text, w string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for from := 0; w != ""; {
			k := strings.Index(text[from:], w)
			if k < 0 {
				return
			}
			s, end := from+k, from+k+len(w)
			from = s + 1
			if (s == 0 || !isLetterByte(text[s-1])) && (end == len(text) || !isLetterByte(text[end])) && !yield(s, end) {
				return
			}
		}
	}
}
