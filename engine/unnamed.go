package engine

import (
	"slices"

	"github.com/coveragebot/coveragebot/knowledge"
)

// asksWhoIs reports whether a "who" question asks who someone told of by
// a noun is ("who is the microbiologist the creamery hired", "who were
// the two men arrested"): "who" and then "is", "was", "are" or "were"
// and a determiner. Such a question asks for a name, which a paragraph
// that puts the noun only as one it does not identify ("had brought in
// an independent microbiologist", "police arrested two men") does not
// give, as for "which builder" (see identifiesPersons). A "who" question
// of a deed ("who paid for the study") is answered by whoever did it,
// a body or a group as well as a named person, and stays out.
func asksWhoIs(ws []word) bool {
	if len(ws) < 3 || ws[0].folded != "who" {
		return false
	}
	switch ws[1].folded {
	case "is", "was", "are", "were":
	default:
		return false
	}
	// "Who are the soldiers working with" asks of another than the
	// soldiers, by the preposition that ends it.
	if objectWords[ws[len(ws)-1].folded] {
		return false
	}
	return determiners[ws[2].folded] || isNumberWord(ws[2].folded)
}

// identifiesWhoIs reports whether a paragraph may answer a "who is the
// N" question (see asksWhoIs): as identifiesPersons does for "which N",
// by the first noun for a person the question puts that is no name
// ("microbiologist", "men"). A paragraph that does not put the noun
// answers only by a person the fact base says is one, by a role, where it
// mentions them ("Marta Lind" of "Microbiologist hired by the
// creamery"): "had brought in an independent microbiologist" in one
// paragraph and a baker's name in the next do not name the
// microbiologist.
func (e *Engine) identifiesWhoIs(q question, kind concept, ref knowledge.Ref) bool {
	if e.putsNot(kind, ref) {
		return e.mentionsPersonOfKind(q, headLemma(e.lex.wn, kind.label), ref)
	}
	return e.identifiesKind(q, kind, ref)
}

// whoIsKind is the noun for the persons a "who is the N" question asks
// who they are (see asksWhoIs): its first for a person that is no name.
func (e *Engine) whoIsKind(q question) *concept {
	if !q.whoIs || q.name {
		return nil
	}
	i := slices.IndexFunc(q.concepts, func(c concept) bool { return c.thing && !c.name && e.personNoun(c) })
	if i < 0 {
		return nil
	}
	return &q.concepts[i]
}

// mentionsPersonOfKind reports whether the fact base says a paragraph
// mentions a person the question does not name whose role says they are
// of a kind (a noun's lemma, or a kind of it).
func (e *Engine) mentionsPersonOfKind(q question, kind string, ref knowledge.Ref) bool {
	return e.mentionsEntityOfKind(q, kind, ref, personOfKind)
}

// personOfKind reports whether an entity is a person whose role says
// they are of a kind (see mentionsEntityOfKind).
func personOfKind(en *knowledge.Entity, ofKind func(string) bool) bool {
	return en.Kind == knowledge.KindPerson && roleSays(en.Role, ofKind)
}

// personNoun reports whether a noun of the question is a person's by its
// last word or any lemma of it: "men" is a lemma of its own, which
// WordNet does not count a person's, and a plural of "man", which it does.
func (e *Engine) personNoun(c concept) bool {
	if e.personKind(c) {
		return true
	}
	wn := e.lex.wn
	if wn == nil {
		return false
	}
	return slices.ContainsFunc(wn.Lemmas(headWord(c.label)), wn.Person)
}

// singularOne reports whether a noun of the question is singular: its last
// word is its own lemma ("which astronomer", not "which guests"). A
// paragraph that does not put a singular noun for a person answers
// "which astronomer confirmed the comet" only by one the fact base says is
// of that kind (see mentionsOneOfKind); "which guests did he welcome" is
// answered by their names in a list, which a role need not say.
func (e *Engine) singularOne(c concept) bool {
	wn := e.lex.wn
	if wn == nil {
		return false
	}
	last := headWord(c.label)
	return wn.NounLemmaOr(last) == last
}

// mentionsOneOfKind reports whether the fact base says a paragraph
// mentions a person or a body of a kind (a noun's lemma) that the
// question does not name, by its role or name (see mentionsPersonOfKind,
// mentionsOfKind): "which contractor" is often answered by a firm.
func (e *Engine) mentionsOneOfKind(q question, kind string, ref knowledge.Ref) bool {
	return e.mentionsEntityOfKind(q, kind, ref, func(en *knowledge.Entity, ofKind func(string) bool) bool {
		return personOfKind(en, ofKind) || bodyOfKind(en, ofKind)
	})
}
