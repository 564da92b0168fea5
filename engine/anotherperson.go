package engine

import (
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// asksAnotherPerson reports whether a "who" question asks for someone
// by what they did, not who they are: "who" and then a word other than
// a form of "be" ("who ran Haldane Rail before Tolland took over", "who
// sent Ollerenshaw the text message", "who did Vranck beat"). Whoever
// such a question names by name is then not the one it asks for. Not
// "who is Tolland", which asks of her; not "who else", which asks for
// others (see question.whichOthers); not "who won, Vranck or Hale",
// which asks which of those it names; not one that asks of the object
// of a verb that a preposition ends ("who does Brierley play for"),
// which most often asks for a club or a firm, not a person (after a
// verb of the one asked for it is a particle: "before Tolland took
// over").
//
// It also returns the words of it no dictionary knows that qualify the
// noun after them: "the calloway paper" names a paper, not a person.
func (e *Engine) asksAnotherPerson(ws []word) (bool, []string) {
	if !asksAnother(ws) {
		return false, nil
	}
	var qualifiers []string
	for k := 1; k+1 < len(ws); k++ {
		if e.lex.wn != nil && e.lex.wn.POS(ws[k].folded) == 0 && e.qualifiesName(ws[k], ws[k+1]) {
			qualifiers = append(qualifiers, ws[k].folded)
		}
	}
	return true, qualifiers
}

// asksAnother is asksAnotherPerson's reading of the question's form.
func asksAnother(ws []word) bool {
	// "who's" and "whos" are "who is": the surface tells.
	if len(ws) < 3 || !strings.EqualFold(ws[0].surface, "who") || beBefore[ws[1].folded] || ws[1].folded == "s" || ws[1].folded == "r" || ws[1].folded == "else" {
		return false
	}
	// An auxiliary after "who" puts the verb's subject after it, and the
	// question asks of its object: "who did Vranck beat".
	if objectWords[ws[len(ws)-1].folded] && (doWords[ws[1].folded] || auxiliaries[ws[1].folded]) {
		return false
	}
	return !slices.ContainsFunc(ws, func(w word) bool { return w.folded == "or" })
}

// namesAnotherPerson reports whether a paragraph may answer a question
// that asks for someone other than the persons it names by name (see
// asksAnotherPerson): it names a person or organisation the fact base
// lists and the question does not name ("the police" may be who). A
// paragraph that names only
// Tolland does not say who ran the firm before her. A question that
// names no person by name, and a fact base that lists no one, pass.
func (e *Engine) namesAnotherPerson(q question, ref knowledge.Ref) bool {
	if len(byNamePersons(q)) == 0 {
		return true
	}
	var named []*knowledge.Entity
	for _, c := range q.concepts {
		named = append(named, c.entities...)
	}
	p, pi := e.vocab.parts[ref.Article], e.vocab.para(ref)
	if p == nil || pi == nil {
		return true
	}
	listed := false
	for _, g := range p.groups {
		en := g.entity
		if en == nil || en.Kind == knowledge.KindPlace {
			continue
		}
		listed = true
		if slices.ContainsFunc(named, func(x *knowledge.Entity) bool { return x.Article == en.Article && x.ID == en.ID }) {
			continue
		}
		// By the text, not the fact base's paragraphs: it lists one
		// that only speaks of someone ("the family's loss"), and may
		// miss one that names them.
		for i := range pi.sents {
			if e.names(*en, pi.sents[i].terms()) {
				return true
			}
		}
	}
	return !listed
}

// byNamePersons returns the question's words that name a person by name,
// in the reader's own words: “tolland”.
func byNamePersons(q question) []concept {
	var out []concept
	for _, c := range q.concepts {
		// Not "her", whom the reading of a pronoun may mistake, nor a
		// name that qualifies a thing: "the Calloway paper" is no person.
		if c.name && !c.modifier && !personalPronouns[strings.ToLower(c.label)] && !slices.Contains(q.nameQualifiers, strings.ToLower(c.label)) && slices.ContainsFunc(c.entities, func(en *knowledge.Entity) bool { return en.Kind == knowledge.KindPerson }) {
			out = append(out, c)
		}
	}
	return out
}
