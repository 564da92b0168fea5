package engine

import (
	"regexp"
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// apposedAgeAt is apposedAge, to find where the name it follows ends.
var apposedAgeAt = regexp.MustCompile(`\p{Lu}[\p{L}'’-]*, (?:1[01]\d|[1-9]?\d), `)

// givesAgeOf reports whether a paragraph may give the age of a person a
// question names (see namedPersons): a sentence of it gives an age that
// is not another's. An age apposed to another's name is theirs ("Roald
// Pessar, 44, said he and his wife Anneli" gives not Anneli's), and one
// after a plural noun is of many ("Their two children, aged 7 and 10").
// Any other age ("the 24-year-old", "Moreira, 24,") may be the person's.
func (e *Engine) givesAgeOf(q question, ref knowledge.Ref, pi *paraInfo) bool {
	asked := personsOf(q)
	var persons []*knowledge.Entity // the article's
	if a := e.vocab.article(ref.Article); a != nil {
		for _, g := range a.p.groups {
			if g.entity != nil && g.entity.Kind == knowledge.KindPerson {
				persons = append(persons, g.entity)
			}
		}
	}
	// whose says whose name a text ends with, the longest that does: 1
	// when one asked of, -1 another's, 0 none.
	whose := func(text string) int {
		text = strings.ToLower(text)
		best, of := 0, 0
		for _, en := range persons {
			for _, n := range append([]string{en.Name}, en.Aliases...) {
				if n = strings.ToLower(n); len(n) > best && strings.HasSuffix(text, n) && (len(n) == len(text) || !isLetterByte(text[len(text)-len(n)-1])) {
					best, of = len(n), -1
					if slices.ContainsFunc(asked, func(a knowledge.Entity) bool { return a.ID == en.ID }) {
						of = 1
					}
				}
			}
		}
		return of
	}
	for i, sent := range pi.sents {
		if sent.figures&(1<<figureAge) != 0 && e.ageNotOthers(pi.sentence(i), whose) {
			return true
		}
	}
	return false
}

func isLetterByte(b byte) bool { return 'a' <= b && b <= 'z' || b >= 0x80 }

// ageNotOthers reports whether a sentence that gives an age gives one
// that may be of the persons asked of (see givesAgeOf; whose says whose
// name a text ends with).
func (e *Engine) ageNotOthers(text string, whose func(string) int) bool {
	forms, others := 0, 0 // the ages it gives, and of those of others
	for _, m := range apposedAgeAt.FindAllStringIndex(text, -1) {
		forms++
		switch whose(text[:m[0]+strings.IndexByte(text[m[0]:], ',')]) {
		case 1:
			return true
		case -1:
			others++
		}
	}
	ws := e.readText(text)
	for k, w := range ws {
		switch {
		case w.folded == "aged" && k+1 < len(ws) && isNumberWord(ws[k+1].folded):
			forms++
			if k > 0 && e.plural(ws[k-1]) {
				others++
			}
		case isNumberWord(w.folded) && k+2 < len(ws) && (ws[k+1].folded == "year" || ws[k+1].folded == "years") && ws[k+2].folded == "old",
			w.folded == "who" && k+2 < len(ws) && (ws[k+1].folded == "is" || ws[k+1].folded == "was") && isAge(ws[k+2].folded):
			forms++
		}
	}
	return forms > others
}

// plural reports whether a word is a plural noun ("children"), which an
// age after it is of many.
func (e *Engine) plural(w word) bool {
	wn := e.lex.wn
	if wn == nil || w.term == "" || isCapitalised(w.surface) {
		return false
	}
	if l, ok := wn.NounLemma(w.folded); ok && l != w.folded && wn.MostlyNoun(l) {
		return true
	}
	// An irregular plural may be a lemma of its own: "children".
	return slices.ContainsFunc(wn.Irregular(w.folded), func(b string) bool { return b != w.folded && wn.MostlyNoun(b) })
}
