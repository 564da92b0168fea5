package engine

import (
	"slices"

	"github.com/coveragebot/coveragebot/knowledge"
)

// roleOfBody is a "who is the N of X" question's noun for a person (N)
// and the noun for the body it is qualified by (X, "of the union", "the
// union's"), when the reader read N alone as persons the fact base knows
// and none of them is of X: "who is the head of the public services
// union" read "head" as the head of the rescue service. ok is false for
// none (the zero value); label is the reader's words for N of X, for the
// reply.
type roleOfBody struct {
	ok         bool
	noun, body int
	label      string
}

// askedRoleOfBody finds the role of a body a "who is" question asks of
// (see roleOfBody), past reading who its noun describes.
func (e *Engine) askedRoleOfBody(ws []word, cs []concept, whoIs bool) roleOfBody {
	var none roleOfBody
	if !whoIs {
		return none
	}
	i := slices.IndexFunc(cs, func(c concept) bool { return c.thing && !c.name && len(c.entities) > 0 && c.describedAs != "" })
	// The description read is the noun alone: a qualifier read with it
	// ("head of the transit agency") already picked whom.
	if i < 0 || cs[i].describedAs != cs[i].label {
		return none
	}
	body := func(c concept) bool { return c.thing || len(c.entities) > 0 }
	if j := i - 1; j >= 0 && body(cs[j]) && possessive(cs[j].label) && adjacent(ws, cs[j].label, cs[i].label) {
		return roleOfBody{ok: true, noun: i, body: j, label: spanOf(ws, cs[j].label, cs[i].label)}
	}
	// The last of the words after "of" is the body's noun: "the transit
	// authority", not "transit".
	j := -1
	for k := i + 1; k < len(cs) && k <= i+3; k++ {
		if body(cs[k]) && ofBetween(ws, cs[i].label, cs[k].label) {
			j = k
		}
	}
	if j < 0 {
		return none
	}
	return roleOfBody{ok: true, noun: i, body: j, label: spanOf(ws, cs[i].label, cs[j].label)}
}

// ofBody reports whether an entity belongs to a body told of by a noun:
// its role or the name or role of what it is affiliated to says the noun,
// or the question's noun was read as that.
func (e *Engine) ofBody(body concept, en *knowledge.Entity) bool {
	if body.sureMatch(e.textTerms(en.Role)) > 0 {
		return true
	}
	if en.Affiliation == "" {
		return false
	}
	if slices.ContainsFunc(body.entities, func(x *knowledge.Entity) bool { return x.Article == en.Article && x.ID == en.Affiliation }) {
		return true
	}
	a := e.vocab.article(en.Article)
	if a == nil {
		return false
	}
	for _, g := range a.p.groups {
		if af := g.entity; af != nil && af.ID == en.Affiliation {
			return body.sureMatch(e.textTerms(af.Name+" "+af.Role)) > 0
		}
	}
	return false
}

// namesRoleOfBody reports whether a paragraph may answer "who is the N of
// X" (see roleOfBody) when those the reader read N as are of another
// body: a sentence of it puts N's word and X's ("Y, chief executive of
// the creamery", "the creamery's chief executive"), or the fact base says
// it mentions a person whose role says N and who belongs to X. A
// paragraph about X that names no one of that role, or one naming the N
// of another body, does not say who X's N is.
func (e *Engine) namesRoleOfBody(q question, ref knowledge.Ref) bool {
	r := q.roleOf
	if !r.ok {
		return true
	}
	noun, body := q.concepts[r.noun], q.concepts[r.body]
	if slices.ContainsFunc(noun.entities, func(en *knowledge.Entity) bool { return e.ofBody(body, en) }) {
		return true
	}
	pi := e.vocab.para(ref)
	if pi == nil {
		return true
	}
	own := e.textTerms(noun.lemma)
	if noun.lemma == "" {
		own = e.textTerms(noun.label)
	}
	for _, sent := range pi.sents {
		ts := sent.terms()
		if len(own) > 0 && allIn(own, ts) && body.sureMatch(ts) > 0 {
			return true
		}
	}
	a := e.vocab.article(ref.Article)
	wn := e.lex.wn
	if a == nil || wn == nil {
		return false
	}
	kind := headLemma(wn, noun.label)
	ofKind := func(n string) bool {
		l := wn.NounLemmaOr(n)
		return l == kind || wn.KindOf(l, kind, 2)
	}
	for _, g := range a.p.groups {
		en := g.entity
		if en != nil && en.Kind == knowledge.KindPerson && slices.Contains(en.Paragraphs, ref.Paragraph) && roleSays(en.Role, ofKind) && e.ofBody(body, en) {
			return true
		}
	}
	return false
}

// readAsOther reports whether the question's concept i is the noun of a
// "who is the N of X" read alone as persons none of whom is of X (see
// roleOfBody): the reply does not say it read "head" as the rescue
// service's head when the union's is asked, answered or not.
func (e *Engine) readAsOther(q question, i int) bool {
	r := q.roleOf
	if !r.ok || i != r.noun {
		return false
	}
	body := q.concepts[r.body]
	return !slices.ContainsFunc(q.concepts[i].entities, func(en *knowledge.Entity) bool { return e.ofBody(body, en) })
}
