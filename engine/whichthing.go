package engine

import (
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/knowledge"
)

// whichThing is the noun a "which N" question asks the identity of when
// N is a thing, not a person ("which operating system were the old
// servers running", "which messaging app did they use", "which journals
// rejected the paper"): its concept, and the reader's words for it, for
// the reply. ok is false for none (the zero value). A person asked so is
// identifiesPersons's.
type whichThing struct {
	ok      bool
	concept int
	label   string
}

// askedWhichThing finds the thing a "which N" question asks which it is
// (see whichThing): the nouns right after "which" and the words that
// qualify them, the last of them the one asked for. They must end
// where a verb plainly begins: at an auxiliary or a form of "do"
// ("which operating system were the old servers running", "which
// messaging app did they use"), or, for a single noun, at a word read
// as no noun ("which journals rejected"). "Which builder hit pause"
// could be read with "hit" as a noun: it is left alone.
func (e *Engine) askedWhichThing(ws []word, cs []concept, firstWord []int) whichThing {
	var none whichThing
	if len(ws) < 3 || ws[0].folded != "which" || len(cs) != len(firstWord) {
		return none
	}
	head, next, nouns := -1, 1, 0
	wn := e.lex.wn
	if wn == nil {
		return none
	}
	for i, c := range cs {
		fs := strings.Fields(c.label)
		// A noun of two words WordNet knows is one ("operating system"),
		// whatever its first word is.
		compound := false
		if len(fs) == 2 {
			pos, _ := wn.Collocation(strings.ToLower(fs[0]), strings.ToLower(fs[1]))
			compound = pos&wordnet.Noun != 0
		}
		if firstWord[i] != next || !c.noun && !c.thing && !c.modifier && !compound || len(fs) == 1 && e.verbWord(ws[next].folded) {
			break
		}
		if c.noun || c.thing || compound {
			head = i
			nouns++
		}
		next += len(fs)
	}
	if head < 0 || next >= len(ws) {
		return none
	}
	if f := ws[next].folded; !auxiliaries[f] && !doWords[f] && (nouns > 1 || head+1 >= len(cs) || firstWord[head+1] != next || cs[head+1].noun || cs[head+1].thing) {
		return none
	}
	c := cs[head]
	if c.name || len(c.entities) > 0 || e.personNoun(c) {
		return none
	}
	return whichThing{ok: true, concept: head, label: surface(ws[1:next])}
}

// identifiesThing reports whether a paragraph may say which thing a
// "which N" question asks for (see whichThing): not when every time it
// puts the noun's own word it is after "a" or "an", with no name beside
// it ("on an operating system that no longer received security
// updates", "on an encrypted messaging app"). One put as told of
// already ("the app"), capitalised as a name's, before another noun it
// qualifies, or not at all may be named otherwise. decide abstains when
// the best paragraph that answers the rest fails it: a paragraph that
// answers less is no better.
func (e *Engine) identifiesThing(q question, ref knowledge.Ref) bool {
	if !q.whichThing.ok {
		return true
	}
	kind := q.concepts[q.whichThing.concept]
	pi := e.vocab.para(ref)
	wn := e.lex.wn
	if pi == nil || wn == nil {
		return pi != nil
	}
	head := headLemma(wn, kind.label)
	put := false
	for ws, k := range e.putsOf(kind, pi) {
		w := ws[k]
		// The noun's own word: "Lawyers" puts no law, "stated" no
		// province, "Salmonella" no bacteria.
		if wn.NounLemmaOr(w.folded) != head {
			continue
		}
		// A capitalised word inside the sentence is a name's own
		// ("the 1971 Libraries and Museums Act").
		if k > 0 && isCapitalised(w.surface) || e.nameBeside(q, ws, k) || e.definiteAt(ws, k) {
			return true
		}
		// A noun before another that is mostly one qualifies it:
		// "Supermarket chain Brackley's" puts a chain, named.
		if k+1 < len(ws) && ws[k+1].term != "" && !isCapitalised(ws[k+1].surface) && wn.MostlyNoun(wn.NounLemmaOr(ws[k+1].folded)) {
			continue
		}
		// Only "a" or "an" surely tells one not identified: a
		// plural without a determiner may be told by the names
		// after it.
		if !e.indefiniteAt(ws, k) {
			return true
		}
		put = true
	}
	return !put
}

// indefiniteAt reports whether the noun at k is put after "a" or "an",
// past the words that qualify it ("an encrypted messaging app").
func (e *Engine) indefiniteAt(ws []word, k int) bool {
	j := e.beforeQualifiers(ws, k)
	return j >= 0 && (ws[j].folded == "a" || ws[j].folded == "an")
}
