package engine

import (
	"regexp"
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/knowledge"
)

// apposedAgeAt is apposedAge, to find where the name it follows ends.
var apposedAgeAt = regexp.MustCompile(`\p{Lu}[\p{L}'’-]*, (?:1[01]\d|[1-9]?\d)(?:, |\.["”]?$)`)

// yearsOldAt finds what may be an age told in years old, its number
// to be checked (see yearsOld).
var yearsOldAt = regexp.MustCompile(`(?i)\b([\p{L}\d][\p{L}\d,.]*)[- ]years?[- ]old\b`)

// yearsOld returns where a text tells an age in years old: "the
// 49-year-old", "a 41-year-old nurse", "a five-year-old boy", "a
// 400-year-old tradition".
func yearsOld(text string) [][]int {
	var out [][]int
	for _, m := range yearsOldAt.FindAllStringSubmatchIndex(text, -1) {
		if isNumberWord(strings.ToLower(text[m[2]:m[3]])) {
			out = append(out, m[:2])
		}
	}
	return out
}

// ageHolder says whose an age is, for the question: one asked of, another,
// many ("Their two children, aged 7 and 10") or no one the text says.
type ageHolder int

const (
	holderUnknown ageHolder = iota
	holderAsked
	holderOther
	holderMany
)

// namedAt is where a paragraph names a person of its article, outside
// quotation marks: a person only quoted of is no one an age stands for.
type namedAt struct {
	start, end int
	asked      bool
}

// givesAgeOf reports whether a paragraph may give the age of a person a
// question names (see namedPersons): a sentence of it gives an age that
// is not another's. An age apposed to another's name is theirs ("Roald
// Pessar, 44, said he and his wife Anneli" gives not Anneli's; "Priya
// Castellan, a 41-year-old nurse" not her children's), one after a plural
// noun is of many ("Their two children, aged 7 and 10"), and "the
// 49-year-old" alone is of the one it stands for, whom the sentence or
// the one before names first outside a quotation ("Head coach Dario Feld
// said ... "I told the chairman ...," the 49-year-old told reporters" is
// not the chairman's). Any other age ("the 26-year-old midfielder") may
// be the person's. Of a person named as whose ("Castellan's kids"), the
// question asks another's age than theirs.
func (e *Engine) givesAgeOf(q question, ref knowledge.Ref, pi *paraInfo) bool {
	isAsked := func(id string) bool {
		for i, c := range q.concepts {
			if slices.Contains(q.whose, i) {
				continue
			}
			if slices.ContainsFunc(c.entities, func(en *knowledge.Entity) bool { return en.ID == id && en.Kind == knowledge.KindPerson }) {
				return true
			}
		}
		return false
	}
	var persons []*knowledge.Entity // the article's
	if a := e.vocab.article(ref.Article); a != nil {
		for _, g := range a.p.groups {
			if g.entity != nil && g.entity.Kind == knowledge.KindPerson {
				persons = append(persons, g.entity)
			}
		}
	}
	ms := namesAt(pi.text, persons, isAsked)
	for i, sent := range pi.sents {
		if sent.figures&(1<<figureAge) != 0 && e.ageNotOthers(pi, i, ms, len(q.whose) > 0) {
			return true
		}
	}
	return false
}

// namesAt finds where a text names the persons, outside quotation marks,
// the longest name where two overlap, in order.
func namesAt(text string, persons []*knowledge.Entity, asked func(id string) bool) []namedAt {
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		return nil // offsets would not match
	}
	quoted := quotedBytes(text)
	var out []namedAt
	for _, en := range persons {
		for _, n := range append([]string{en.Name}, en.Aliases...) {
			for s, end := range wholeWords(lower, strings.ToLower(n)) {
				if !quoted[s] {
					out = append(out, namedAt{start: s, end: end, asked: asked(en.ID)})
				}
			}
		}
	}
	// Of overlapping names, the longest: "Dario Feld", not "Feld".
	out = slices.DeleteFunc(out, func(m namedAt) bool {
		return slices.ContainsFunc(out, func(o namedAt) bool {
			return o.start <= m.start && m.end <= o.end && o.end-o.start > m.end-m.start
		})
	})
	slices.SortFunc(out, func(a, b namedAt) int { return a.start - b.start })
	return out
}

// quotedBytes marks the bytes of a text inside quotation marks, straight
// or curly.
func quotedBytes(text string) []bool {
	out := make([]bool, len(text)+1)
	in := false
	for i, r := range text {
		in = quoteAfter(in, r)
		out[i] = in
	}
	return out
}

func isLetterByte(b byte) bool { return 'a' <= b && b <= 'z' || b >= 0x80 }

// ageNotOthers reports whether sentence i of a paragraph, which gives an
// age, gives one that may be of the persons asked of (see givesAgeOf; ms
// are the paragraph's mentions of persons). ofWhose: the question asks of
// someone's ("her kids"), whose plural ("aged 6 and 9") may be the ones.
func (e *Engine) ageNotOthers(pi *paraInfo, i int, ms []namedAt, ofWhose bool) bool {
	start := int(pi.sents[i].start)
	text := pi.sentence(i)
	endingAt := func(at int) ageHolder { // whose name ends at text[at]
		for _, m := range ms {
			if m.end == start+at {
				return holderOf(m)
			}
		}
		return holderUnknown
	}
	var holders []ageHolder
	for _, m := range apposedAgeAt.FindAllStringIndex(text, -1) {
		holders = append(holders, endingAt(m[0]+strings.IndexByte(text[m[0]:], ',')))
	}
	for _, m := range yearsOld(text) {
		holders = append(holders, e.yearsOldHolder(pi, i, m, ms, endingAt, ofWhose))
	}
	ws := e.readText(text)
	for k, w := range ws {
		switch {
		case w.folded == "aged" && k+1 < len(ws) && isNumberWord(ws[k+1].folded):
			if k > 0 && e.plural(ws[k-1]) && !ofWhose {
				holders = append(holders, holderMany)
			} else {
				holders = append(holders, holderUnknown)
			}
		case w.folded == "who" && k+2 < len(ws) && (ws[k+1].folded == "is" || ws[k+1].folded == "was") && isAge(ws[k+2].folded):
			holders = append(holders, holderUnknown)
		}
	}
	others := 0
	for _, h := range holders {
		switch h {
		case holderAsked:
			return true
		case holderOther, holderMany:
			others++
		}
	}
	return len(holders) > others
}

func holderOf(m namedAt) ageHolder {
	if m.asked {
		return holderAsked
	}
	return holderOther
}

// yearsOldHolder says whose an age in years old (at m in sentence i) is:
// of the name apposed before it ("Priya Castellan, a 41-year-old nurse")
// or after it ("23-year-old midfielder Anders Kolvik"), of whom a
// possessive before it has ("her 6-year-old son"), of a thing before a
// noun for no person ("beneath the 38-year-old transformer"); "the
// 49-year-old" alone stands for the person the sentence, or else the
// nearest one before, names first outside a quotation.
func (e *Engine) yearsOldHolder(pi *paraInfo, i int, m []int, ms []namedAt, endingAt func(int) ageHolder, ofWhose bool) ageHolder {
	start := int(pi.sents[i].start)
	text := pi.sentence(i)
	before := text[:m[0]]
	if b := strings.TrimSuffix(strings.TrimSuffix(before, "a "), "an "); len(b) < len(before) && strings.HasSuffix(b, ", ") {
		return endingAt(len(b) - 2)
	}
	// Whom a possessor has may be whom a question of someone's asks of.
	if possessedAge(before) {
		if ofWhose {
			return holderUnknown
		}
		return holderOther
	}
	// News gives a person's age in figures ("the 5-year-old"), and no
	// one is 200: "a two-year-old inquiry", "the 300-year-old mill".
	if n, _, _ := strings.Cut(text[m[0]:m[1]], "-"); !isAge(strings.Fields(n)[0]) {
		return holderOther
	}
	noun, nameAt := e.ageNoun(text, m[1])
	if nameAt >= 0 {
		// The capitalised words that begin there ("Brazilian Thiago
		// Moreira") name a person of the article, or something else
		// ("the 61-year-old Quenby hydroelectric dam").
		names := nameAt
		for names < len(text) {
			w, _, _ := strings.Cut(text[names:], " ")
			if w == strings.ToLower(w) {
				break
			}
			names += len(w) + 1
		}
		for _, x := range ms {
			if x.start >= start+nameAt && x.start < start+names {
				return holderOf(x)
			}
		}
		return holderUnknown
	}
	if noun != "" && e.thingNoun(noun) {
		return holderOther
	}
	if noun != "" || !strings.HasSuffix(strings.ToLower(before), "the ") {
		return holderUnknown
	}
	for j := i; j >= 0; j-- {
		end := int(pi.sents[j].end)
		if j == i {
			end = start + m[0]
		}
		for _, x := range ms {
			if x.start >= int(pi.sents[j].start) && x.end <= end {
				return holderOf(x)
			}
		}
	}
	return holderUnknown
}

// ageNoun reads the words after an age in years old, from text[end]: the
// noun it comes before, past the nouns that qualify it ("a 54-year-old
// carpenter", "the 61-year-old dam"), "" for none ("the 49-year-old
// told", "is 87 years old."); and where a name among them begins ("the
// 61-year-old Quenby hydroelectric dam", "23-year-old midfielder Anders
// Kolvik"), -1 for none.
func (e *Engine) ageNoun(text string, end int) (noun string, nameAt int) {
	at := end
	for n := 0; n <= 3 && strings.HasPrefix(text[at:], " "); n++ {
		w, _, _ := strings.Cut(text[at+1:], " ")
		bare := strings.TrimRight(w, ",.;:")
		if bare != strings.ToLower(bare) {
			return noun, at + 1
		}
		if n == 3 || bare == "" || !e.mostlyNoun(bare) {
			break
		}
		noun = bare
		if bare != w {
			break
		}
		at += 1 + len(w)
	}
	return noun, -1
}

// possessedAge reports whether the text before an age in years old ends
// with a possessive: "Pessar's ", "the players' ", "her ", "whose ".
func possessedAge(before string) bool {
	b := strings.ToLower(before)
	if !strings.HasSuffix(b, " ") {
		return false
	}
	b = b[:len(b)-1]
	if strings.HasSuffix(b, "'s") || strings.HasSuffix(b, "’s") || strings.HasSuffix(b, "s'") || strings.HasSuffix(b, "s’") {
		return true
	}
	w := b[strings.LastIndexAny(b, " \"“(")+1:]
	return wordnet.Possessive(w) && w != "its" || w == "whose"
}

// thingNoun reports whether a noun is for neither a person nor an animal.
func (e *Engine) thingNoun(noun string) bool {
	wn := e.lex.wn
	if wn == nil {
		return false
	}
	l := wn.NounLemmaOr(strings.ToLower(noun))
	return !wn.Person(l) && !wn.Animal(l)
}

// mostlyNoun reports whether a lowercase word is mostly a noun: "nurse",
// "midfielder", not "told".
func (e *Engine) mostlyNoun(w string) bool {
	wn := e.lex.wn
	return wn != nil && wn.MostlyNoun(wn.NounLemmaOr(strings.Trim(w, ",.;:")))
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

// whoseAsked returns the concepts of persons named right before a noun
// for a person, as whose it is: "Castellan's kids", "castellans kids"
// (a possessive as chat writes it), "the Pessar children".
func (e *Engine) whoseAsked(ws []word, cs []concept) []int {
	wn := e.lex.wn
	if wn == nil {
		return nil
	}
	var out []int
	for i := 0; i+1 < len(cs); i++ {
		c, next := cs[i], cs[i+1]
		if !c.name || next.name || !slices.ContainsFunc(c.entities, func(en *knowledge.Entity) bool { return en.Kind == knowledge.KindPerson }) {
			continue
		}
		if adjacent(ws, c.label, next.label) && wn.Person(headLemma(wn, foldedLabel(next.label))) {
			out = append(out, i)
		}
	}
	return out
}
