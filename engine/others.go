package engine

import (
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/knowledge"
)

// A question may ask of others of a kind than the story's own: "has any
// other city done this", "are they checking the company's other ships".
// "Other" is a stop word, so the question reads as one of the story's own
// city or ships; a paragraph that speaks of others of the kind ("Other
// cities in the region have gone further", "its four other ships")
// answers it better.

// otherWords say of a kind that the ones meant are not those already
// spoken of: "other cities", "another club", "others have chosen", "a
// second study", "further tests", "additional inspections".
var otherWords = map[string]bool{"other": true, "others": true, "another": true, "second": true, "further": true, "additional": true}

// otherReach is how many words after "other" the noun of its kind may
// stand: "the other three buildings", "other three estmark athletes".
const otherReach = 4

// othersKind is a kind a question asks of others of: the reader's word
// for it and its concept, -1 when it is none because the index drops the
// word ("has any other country tried this").
type othersKind struct {
	label   string
	concept int
}

// askedOthers returns the kinds a question asks of others of: the first
// thing after "other" or "another", within otherReach words, past numbers,
// capitalised names and words that only qualify it ("other three Estmark
// athletes", "other rural schools"; "club" may be the story's own, which
// the fact base names), or a word of a kind of place. None when a verb
// comes first: "which other countries saw the fireball" asks of
// countries, not of fireballs. Not after "the": "what happened to the
// other doctor" asks of one the story tells of, beside another it tells
// of; but "the other 4 students" are a few beside one the story tells
// of, whom it may name or not. firstWord gives each concept's place among the words ws.
func askedOthers(ws []word, concepts []concept, firstWord []int) []othersKind {
	var out []othersKind
	for at, w := range ws {
		if w.folded != "other" && w.folded != "another" || at > 0 && ws[at-1].folded == "the" && (at+1 == len(ws) || !isNumberWord(ws[at+1].folded)) {
			continue
		}
	next:
		for j := at + 1; j < len(ws) && j <= at+otherReach; j++ {
			if isNumberWord(ws[j].folded) || isCapitalised(ws[j].surface) {
				continue
			}
			if placeKinds[ws[j].folded] != "" && ws[j].term == "" {
				out = append(out, othersKind{label: ws[j].folded, concept: -1})
				break
			}
			for i, k := range firstWord {
				if k != j {
					continue
				}
				// (Right after "another" a word is its noun, though
				// read as a verb: "doing another study".)
				if c := concepts[i]; c.thing || j == at+1 && !c.modifier {
					out = append(out, othersKind{label: c.label, concept: i})
					break next
				} else if !c.modifier {
					break next
				}
			}
		}
	}
	return out
}

// asksWhichOthers reports whether a question asks which others of a kind
// ("which other airlines cancelled flights"): only a paragraph that names
// one answers it (see namesOthersOfKind), not one that says others did
// ("Other carriers cancelled or diverted the remaining 26").
func asksWhichOthers(ws []word) bool {
	for i := 0; i+1 < len(ws); i++ {
		if (ws[i].folded == "which" || ws[i].folded == "what") && ws[i+1].folded == "other" {
			return true
		}
	}
	return false
}

// othersWeight is what a paragraph adds, for a question that asks of
// others of a kind, when it speaks of others of it.
const othersWeight = 0.3

// tellsOfOthers reports whether a sentence of a paragraph says "other"
// of a kind the question asks of others of, a word that surely puts it
// within otherReach words after: "Other cities in the region have gone
// further", "Brenmoor's four other ships"; not "in talks with other
// operators about chartering a larger ship".
func (e *Engine) tellsOfOthers(q question, ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	if pi == nil {
		return false
	}
	var kinds []concept
	var words [][]string // the lemmas of kinds that are no concept
	for _, k := range q.others {
		if k.concept >= 0 {
			kinds = append(kinds, q.concepts[k.concept])
		} else if e.lex.wn != nil {
			words = append(words, e.lex.wn.Lemmas(k.label))
		}
	}
	puts := func(w word) bool {
		if e.surelyPuts(kinds, w) {
			return true
		}
		n := w.folded
		if e.lex.wn != nil {
			n = e.lex.wn.NounLemmaOr(n)
		}
		return slices.ContainsFunc(words, func(ls []string) bool { return slices.Contains(ls, n) })
	}
	for i, sent := range pi.sents {
		if len(words) == 0 && !putsAny(kinds, sent.terms()) {
			continue
		}
		ws := e.readText(pi.sentence(i))
		for k, w := range ws {
			if !otherWords[w.folded] {
				continue
			}
			for j := k + 1; j < len(ws) && j <= k+otherReach; j++ {
				if puts(ws[j]) {
					return true
				}
			}
		}
	}
	return false
}

// namesOthersOfKind reports whether a paragraph names one of a kind the
// question asks of others of, by the fact base, that is not the story's
// own: one its role or name says is of the kind ("City in neighbouring
// Halsten that closed its centre to all cars", "Crestline Bank"), that
// neither the story's headline and lead nor another word of the question
// names, and that is not the one of the kind the article mentions in the
// most paragraphs (Skyrell, "the low-cost airline that operates about
// two-thirds of Arnvale's flights", which its lead leaves unnamed).
func (e *Engine) namesOthersOfKind(q question, ref knowledge.Ref) bool {
	a := e.vocab.article(ref.Article)
	if a == nil {
		return false
	}
	lead := e.leadParagraph(ref.Article)
	for _, k := range q.others {
		// most is the one of the kind mentioned in more paragraphs than
		// any other, if one is; tied is whether one is.
		var most *knowledge.Entity
		tied := false
		var here []*knowledge.Entity
		for _, g := range a.p.groups {
			en := g.entity
			if en == nil || en == most || slices.Contains(here, en) || !e.entityOfKind(en, k.label) {
				continue
			}
			switch {
			case most == nil || len(en.Paragraphs) > len(most.Paragraphs):
				most, tied = en, false
			case len(en.Paragraphs) == len(most.Paragraphs):
				tied = true
			}
			if e.otherOfKind(q, en, ref.Paragraph, lead) {
				here = append(here, en)
			}
		}
		if slices.ContainsFunc(here, func(en *knowledge.Entity) bool { return en != most || tied }) {
			return true
		}
	}
	return false
}

// otherOfKind reports whether an entity is mentioned in paragraph n and
// is no entity of the story's own: not in its headline or lead (up to
// paragraph lead), nor named by a word of the question but the kind's
// ("banks" finds Crestline Bank by its name).
func (e *Engine) otherOfKind(q question, en *knowledge.Entity, n, lead int) bool {
	if !slices.Contains(en.Paragraphs, n) || slices.ContainsFunc(en.Paragraphs, func(p int) bool { return p <= lead }) {
		return false
	}
	for i, c := range q.concepts {
		if !slices.ContainsFunc(q.others, func(k othersKind) bool { return k.concept == i }) && slices.ContainsFunc(c.entities, func(x *knowledge.Entity) bool { return x.Article == en.Article && x.ID == en.ID }) {
			return false
		}
	}
	return true
}

// entityOfKind reports whether the noun of an entity's role (see
// roleKindNoun), or the last
// word of its name, is the noun label or a kind of it: "Football club
// that moved grounds" a club, "Crestline Bank" a bank; not "City
// transport company" or "Kellbrook City Transit" a city.
func (e *Engine) entityOfKind(en *knowledge.Entity, label string) bool {
	wn := e.lex.wn
	fs := strings.Fields(label)
	if wn == nil || len(fs) == 0 {
		return false
	}
	// (A plural may be a lemma of its own: "banks" is a name too. Of
	// words that qualify it, the last is the kind: "small towns".)
	kinds := wn.Lemmas(fs[len(fs)-1])
	ofKind := func(w string) bool {
		n := wn.NounLemmaOr(w)
		return slices.ContainsFunc(kinds, func(k string) bool { return n == k || wn.KindOf(n, k, 1) })
	}
	name := strings.Fields(strings.ToLower(en.Name))
	return ofKind(e.roleKindNoun(en.Role)) || len(name) > 1 && slices.Contains(kinds, wn.NounLemmaOr(name[len(name)-1]))
}

// roleKindNoun is the noun of a role's head: the last noun of its first
// words that are nouns, adjectives or names ("club" of "Football club
// founded in 1894", whose participle roleNoun keeps; "country" of
// "Country abroad where about 600 schools have switched").
func (e *Engine) roleKindNoun(role string) string {
	wn := e.lex.wn
	noun := ""
	for _, f := range roleWords(wn, role) {
		if f == "where" || f == "when" {
			break // (which roleHead does not end at)
		}
		pos := wn.POS(f)
		if _, ok := wn.NounLemma(f); ok {
			noun = f
		} else if pos != 0 && pos&wordnet.Adjective == 0 {
			break
		}
	}
	return noun
}

// leadParagraph returns the first paragraph of an article that tells
// something (not its headline or a sub-heading), 0 for none.
func (e *Engine) leadParagraph(article string) int {
	a := e.vocab.article(article)
	if a == nil {
		return 0
	}
	for ref := range e.told(article, len(a.p.paras)) {
		return ref.Paragraph
	}
	return 0
}
