package engine

import (
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// attribute is what a "what N" question asks of a thing it names when N
// is a noun for a property of it, not the thing itself ("what make and
// model was the car", "what programming language was the script written
// in", "what hygiene rating does the dessert bar have"): the reader's
// words for it, for the reply, and the lemmas of its nouns, any of which
// a paragraph that answers puts. Its zero value asks none.
type attribute struct {
	label string
	heads []string
}

// askedAttribute finds the attribute a question asks (see attribute):
// "what" or "which", then up to four words ending in a noun, then an
// auxiliary or a form of "do"; or "what is the", then up to four words
// ending in a noun, then a preposition ("what was the score against
// Carrowby Town"). Words joined by "and" or "or" are each one
// ("make and model"); after "of" they are what it is of ("what make of
// metal detector"). Not a person, a group or a place, which a name may
// be without the noun (askedKind, identifiesPersons and namesPlace read
// those), nor a kind, a time or a figure, which others read: "what kind
// of", "what year", "what percentage", "what yearly return"; nor an act
// ("what steps has the minister promised"), told by what is done.
func (e *Engine) askedAttribute(ws []word) attribute {
	var none attribute
	wn := e.lex.wn
	if wn == nil || len(ws) < 4 || ws[0].folded != "what" && ws[0].folded != "which" {
		return none
	}
	start := 1
	end := slices.IndexFunc(ws[1:min(len(ws), 6)], func(w word) bool { return auxiliaries[w.folded] || doWords[w.folded] })
	if end == 0 && ws[0].folded == "what" && beBefore[ws[1].folded] && ws[2].folded == "the" {
		// "What was the main course at the banquet": the nouns after
		// "the" up to a preposition.
		start = 3
		end = slices.IndexFunc(ws[3:min(len(ws), 7)], func(w word) bool { return whenPrepositions[w.folded] || w.folded == "at" || w.folded == "against" })
		if end < 1 {
			return none
		}
		end += 2
	}
	if end < 1 {
		return none
	}
	span := ws[start : end+1]
	if i := slices.IndexFunc(span, func(w word) bool { return w.folded == "of" }); i >= 0 {
		span = span[:i]
	}
	var heads []string
	for i, w := range span {
		if w.folded == "and" || w.folded == "or" {
			continue
		}
		if i+1 < len(span) && span[i+1].folded != "and" && span[i+1].folded != "or" {
			// A word qualifying the next ("programming language").
			if wn.POS(w.folded) == 0 {
				return none
			}
			continue
		}
		l, ok := wn.NounLemma(w.folded)
		if !ok {
			return none
		}
		// Any of its lemmas: "steps" is a flight of stairs, and a
		// plural of "step", an act.
		for _, x := range append(wn.Lemmas(w.folded), l) {
			if wn.Nameable(x) || wn.Person(x) || wn.Quantity(x) || wn.Amount(x) || wn.Act(x) || wn.KindOfMain(x, "amount", 6) || attributeKinds[x] {
				return none
			}
		}
		if timeWord(w.folded) {
			return none
		}
		heads = append(heads, l)
	}
	if len(heads) == 0 {
		return none
	}
	return attribute{label: surface(span), heads: heads}
}

// attributeKinds ask what kind a thing is, which any word for it may tell.
var attributeKinds = map[string]bool{"kind": true, "type": true, "sort": true, "way": true, "sign": true}

// givesAttribute reports whether a paragraph may give the attribute a
// question asks of a thing (see attribute): one of its sentences puts
// the attribute's noun, a synonym of it, or a word WordNet says is a kind
// of it ("saloon" is a car, not a make; "Python" is a programming
// language). "From March 2021 the town also paid 1,150 euros a month to
// lease a black executive saloon for the mayor" tells of the car, but
// not its make. decide cites first the best paragraph that answers the
// rest and gives it, and abstains when none does.
func (e *Engine) givesAttribute(q question, ref knowledge.Ref) bool {
	if len(q.attribute.heads) == 0 {
		return true
	}
	pi := e.vocab.para(ref)
	wn := e.lex.wn
	if pi == nil || wn == nil {
		return pi != nil
	}
	for s := range pi.sents {
		for _, w := range e.readText(afterDateline(pi.sentence(s))) {
			if w.term == "" {
				continue
			}
			// A word no dictionary knows may be the very thing
			// ("testing positive for the anabolic agent ostarine").
			if len(wn.Lemmas(w.folded)) == 0 && wn.POS(w.folded) == 0 && !isCapitalised(w.surface) && !strings.ContainsAny(w.folded, "0123456789") {
				return true
			}
			l := wn.NounLemmaOr(w.folded)
			for _, h := range q.attribute.heads {
				if l == h || slices.Contains(wn.Synonyms(h), l) || wn.KindOf(l, h, 4) {
					return true
				}
			}
		}
	}
	return false
}

// attributeReason is why the coverage cannot answer a question asking
// an attribute of a thing that the best paragraph does not give, in the
// reader's words: "It never gives the “make and model”."
func attributeReason(q question) string {
	return "It never gives the “" + strings.TrimSpace(q.attribute.label) + "”."
}
