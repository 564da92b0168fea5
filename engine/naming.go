package engine

import (
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/knowledge"
)

// namesBeside reports whether a paragraph gives the name a question asks
// for where news gives one: beside the noun named, in apposition ("the
// town's mayor, Bridget Okafor-Lyle", "Dr Helena Voss, chief
// hydrologist", "the dairy brand Fjellmelk"), with the phrase's other
// words somewhere in the paragraph. A paragraph that speaks of the noun
// and names someone else does not: "A company spokesman, Emil Baratt, said
// every report had been checked by a geotechnical engineer" gives no
// engineer's name, and "police arrested two men, aged 31 and 38" no men's.
// A question whose phrase was not read passes.
func (e *Engine) namesBeside(q question, ref knowledge.Ref) bool {
	if len(q.named) == 0 {
		return true
	}
	pi := e.vocab.para(ref)
	if pi == nil {
		return false
	}
	for _, i := range q.named[:len(q.named)-1] {
		if c := q.concepts[i]; c.sureMatch(pi.terms) == 0 && !c.mentions(ref) {
			return false
		}
	}
	noun := q.concepts[q.named[len(q.named)-1]]
	for i, sent := range pi.sents {
		if noun.sureMatch(sent.terms()) == 0 {
			continue
		}
		// A wire story's dateline names its agency, no one beside the
		// lead's first noun: "(Reuters) - An experimental malaria
		// vaccine".
		ws := e.readText(afterDateline(pi.sentence(i)))
		for k, w := range ws {
			if endsAlt(noun, e.vocab.id(w.term), sent.terms()) && e.nameBeside(q, ws, k) {
				return true
			}
		}
	}
	return false
}

// nameBeside reports whether a name of someone or something the question
// does not name stands beside the noun at k: right after it ("the mayor,
// Bridget Okafor-Lyle", "a man named Jon Hale"), or before it and the
// words that qualify it ("Voss, chief hydrologist"). Punctuation is gone
// from the words: a comma between them does not count. A sentence's first
// word is capitalised whatever it is: one the dictionary knows, but not as
// a noun, is no name ("Losing that cub hit the whole team hard"), where a
// surname may be a noun too ("Tusk, the Polish Prime Minister").
func (e *Engine) nameBeside(q question, ws []word, k int) bool {
	j := k + 1
	// A title WordNet knows of two words for a person, which the noun
	// begins ("chief" of "Halvern chief executive Lucas Ferrand"), puts
	// the name after it beside the noun.
	if j < len(ws) && e.personTitle(ws[k], ws[j]) {
		j++
	}
	if j < len(ws) && namingWords[ws[j].folded] {
		j++
	}
	// A capitalised noun before a word for a group or a place is a word
	// of a body's name ("the United Process Workers' Union"), not one that
	// a name follows ("Prime Minister Donald Tusk").
	if j < len(ws) && e.otherName(q, ws[j]) && !(k > 0 && isCapitalised(ws[k].surface) && e.bodyWord(ws[j])) {
		return true
	}
	// Before a capitalised noun, the capitalised words the dictionary
	// knows right before it are words of the same title or name ("the
	// United Process Workers' Union", "the Polish Prime Minister"), not a
	// name beside it; a name before them is ("Tusk, the Polish Prime
	// Minister").
	titled := k > 0 && isCapitalised(ws[k].surface) && e.lex.wn != nil
	for j = k - 1; j >= 0 && j >= k-maxQualifiers-1; j-- {
		inTitle := titled && isCapitalised(ws[j].surface) && e.lex.wn.Lemmas(ws[j].folded) != nil
		titled = inTitle
		if e.otherName(q, ws[j]) && !inTitle && (j > 0 || !e.noNoun(ws[j])) && !e.qualifiesWithin(ws, k, j) {
			return true
		}
		if !inTitle && !e.qualifierWord(ws[j]) && !e.qualifiesWithin(ws, k, j) {
			return false
		}
	}
	return false
}

// personTitle reports whether a word for a person and the lowercase one
// after it are one of WordNet's nouns of two words for a person: "chief
// executive", "head teacher". Not when the first is a group: the name
// after "police officer" is no name of the police.
func (e *Engine) personTitle(w, next word) bool {
	wn := e.lex.wn
	if wn == nil || next.term == "" || isCapitalised(next.surface) || !wn.Person(wn.NounLemmaOr(w.folded)) {
		return false
	}
	pos, k := wn.Collocation(w.folded, next.folded)
	return pos&wordnet.Noun != 0 && wn.Person(k)
}

// qualifiesWithin reports whether a capitalised word before a noun is a
// word of the noun's own phrase, not a name set beside it: after "a" or
// "an", which a name takes no more than the noun's referent does ("a
// Vetterlein scholar", "an Estonian official"), and after another
// determiner when the dictionary knows it as an adjective ("the Polish
// minister", but "the Hollis family"). Only before a noun for a person:
// a thing's maker is named so ("a Ford van").
func (e *Engine) qualifiesWithin(ws []word, k, j int) bool {
	if j == 0 || !determiners[ws[j-1].folded] || !isCapitalised(ws[j].surface) || !e.personWord(ws[k]) {
		return false
	}
	if ws[j-1].folded == "a" || ws[j-1].folded == "an" {
		return true
	}
	wn := e.lex.wn
	return wn != nil && wn.POS(ws[j].folded)&wordnet.Adjective != 0
}

// noNoun reports whether the dictionary knows a word, but as no noun:
// "losing", "every".
func (e *Engine) noNoun(w word) bool {
	wn := e.lex.wn
	return wn != nil && wn.Lemmas(w.folded) != nil && wn.POS(wn.NounLemmaOr(w.folded))&wordnet.Noun == 0
}

// maxQualifiers is how many words may qualify a noun between it and a name
// before it: "Voss, the agency's chief hydrologist".
const maxQualifiers = 3

// quantifiers say how many or which of a noun, as a determiner does; one
// capitalised at a sentence's start is no name: "Every cub he fathers".
var quantifiers = map[string]bool{"every": true, "each": true, "some": true, "any": true, "all": true, "no": true, "both": true, "either": true, "neither": true, "many": true, "few": true, "several": true, "most": true, "another": true, "other": true, "such": true}

// namingWords introduce a name after a noun: "a man named Jon Hale".
var namingWords = map[string]bool{"named": true, "called": true}

// otherName reports whether a word is a name the question does not give:
// capitalised, a word of the index, not a month or weekday, nor any word
// of the question's names ("Strand" of "Strand's lawyer").
func (e *Engine) otherName(q question, w word) bool {
	if w.term == "" || !isCapitalised(w.surface) || timeNames[w.folded] || monthNumbers[w.folded] != 0 || determiners[w.folded] || quantifiers[w.folded] || isNumberWord(w.folded) {
		return false
	}
	id := e.vocab.id(w.term)
	return !slices.ContainsFunc(q.concepts, func(c concept) bool {
		return c.name && slices.ContainsFunc(c.alts, func(a alt) bool { return slices.Contains(a.ids, id) })
	})
}

// qualifierWord reports whether a word may stand between a name and the
// noun after it: a determiner, or a lowercase adjective or noun
// ("the", "agency's", "chief", "geotechnical"), never a verb of speech
// ("Vosk said the engineer").
func (e *Engine) qualifierWord(w word) bool {
	if determiners[w.folded] {
		return true
	}
	if w.term == "" || isCapitalised(w.surface) || e.speech[w.term] {
		return false
	}
	wn := e.lex.wn
	if wn == nil {
		return false
	}
	pos := wn.POS(w.folded)
	return pos == 0 || pos&wordnet.Adjective != 0 || wn.MostlyNoun(wn.NounLemmaOr(w.folded))
}

// endsAlt reports whether a word (its term id) is the last of one of the
// concept's sure ways that a sentence puts whole: "Commissioner" of
// "National Police Commissioner Arvo Kask" for "police commissioner".
func endsAlt(c concept, id uint32, sentence termSet) bool {
	return id != 0 && slices.ContainsFunc(c.alts, func(a alt) bool {
		return a.sure && len(a.ids) > 0 && a.ids[len(a.ids)-1] == id && allIn(a.ids, sentence)
	})
}

// bodyWord reports whether a word is a noun for a group or a place, which
// ends a body's name ("Union", "Council", "Valley"), not a person's.
func (e *Engine) bodyWord(w word) bool {
	wn := e.lex.wn
	if wn == nil {
		return false
	}
	l := wn.NounLemmaOr(w.folded)
	return wn.Nameable(l) && !wn.Person(l)
}

// namesKind reports whether a paragraph says which of a kind of body a
// question asks for by a plural ("which primary schools were shut",
// "which branches are closing"), which asks for them by name: where it
// puts the kind, by a name (an instance the question's reading found, or
// the kind's word in a name, "Hollins Cross Library"), beside a name
// ("Hollins Cross and Marrow Lane libraries", "the branches, Ely and
// Marsh"), or by mentioning one the fact base says is of the kind. A
// paragraph that counts them or speaks of them in general ("14 primary
// schools were shut") does not say which. A singular is often answered by
// a name told apart from the kind's word ("Fennick Print said ... The
// company has printed"), and a place by its name alone ("which regions":
// "Donetsk and Luhansk"): both pass.
func (e *Engine) namesKind(q question, kind concept, ref knowledge.Ref) bool {
	wn := e.lex.wn
	if wn == nil {
		return true
	}
	head := headLemma(wn, kind.label)
	if wn.Place(head) || strings.HasSuffix(strings.ToLower(kind.label), head) || e.mentionsOfKind(q, head, ref) {
		return true
	}
	pi := e.vocab.para(ref)
	if pi == nil {
		return false
	}
	for i, sent := range pi.sents {
		if kind.sureMatch(sent.terms()) == 0 {
			continue
		}
		ws := e.readText(pi.sentence(i))
		for k, w := range ws {
			if endsAlt(kind, e.vocab.id(w.term), sent.terms()) && (isCapitalised(w.surface) || e.nameBeside(q, ws, k)) {
				return true
			}
		}
	}
	return false
}

// mentionsOfKind reports whether the fact base says a paragraph mentions
// one of its bodies of a kind (a noun's lemma) that the question does not
// name: one whose role says it is one ("Printing company that ...", a
// firm of "company"'s kinds) or whose name ends in the kind's word ("St
// Osric's Hospital"). News names a body once and then speaks of "the
// company".
func (e *Engine) mentionsOfKind(q question, kind string, ref knowledge.Ref) bool {
	return e.mentionsEntityOfKind(q, kind, ref, bodyOfKind)
}

// bodyOfKind reports whether an entity is no person and its role or the
// last word of its name says it is of a kind (see mentionsEntityOfKind).
func bodyOfKind(en *knowledge.Entity, ofKind func(string) bool) bool {
	return en.Kind != knowledge.KindPerson && (roleSays(en.Role, ofKind) || ofKind(headWord(en.Name)))
}

// mentionsEntityOfKind reports whether the fact base says a paragraph
// mentions an entity the question does not name that is of a kind (a
// noun's lemma, or a kind of it within two steps) by is, which is given
// whether a noun is of the kind.
func (e *Engine) mentionsEntityOfKind(q question, kind string, ref knowledge.Ref, is func(en *knowledge.Entity, ofKind func(string) bool) bool) bool {
	a := e.vocab.article(ref.Article)
	wn := e.lex.wn
	if a == nil || wn == nil {
		return false
	}
	ofKind := func(noun string) bool {
		l := wn.NounLemmaOr(noun)
		return l == kind || wn.KindOf(l, kind, 2)
	}
	for _, g := range a.p.groups {
		en := g.entity
		if en == nil || !slices.Contains(en.Paragraphs, ref.Paragraph) || named(q, en) {
			continue
		}
		if is(en, ofKind) {
			return true
		}
	}
	return false
}

// named reports whether the question names an entity.
func named(q question, en *knowledge.Entity) bool {
	return slices.ContainsFunc(q.concepts, func(c concept) bool {
		return slices.ContainsFunc(c.entities, func(o *knowledge.Entity) bool { return o.ID == en.ID && o.Article == en.Article })
	})
}

// personWord reports whether a word is a noun for a person, by its noun
// lemma: "scholar", "officials".
func (e *Engine) personWord(w word) bool {
	wn := e.lex.wn
	return wn != nil && wn.Person(wn.NounLemmaOr(w.folded))
}
