package engine

import (
	"slices"

	"github.com/coveragebot/coveragebot/knowledge"
)

// namedInDatelineOnly reports whether a name the question gives (no
// number; a place, if the fact base knows it: a person or a body may be
// told of again by a pronoun) is put by a paragraph only in its wire
// dateline, whatever the fact base lists: "AUSTIN, Texas, Oct 29 (Meridian
// Wire) - Halcyra Technologies said ... it would eliminate about 4,200
// jobs" says where the story was filed, not that the jobs cut are in
// Austin.
func (e *Engine) namedInDatelineOnly(q question, ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	if pi == nil || len(pi.sents) == 0 {
		return false
	}
	first := pi.sentence(0)
	after := afterDateline(first)
	if after == first {
		return false
	}
	var rest termSet // the first sentence's terms after its dateline, read when needed
	read := false
	for _, c := range q.concepts {
		if !c.name || slices.ContainsFunc(c.entities, func(en *knowledge.Entity) bool { return en.Kind != knowledge.KindPlace }) || isNumberWord(c.label) || c.sureMatch(pi.terms) == 0 {
			continue
		}
		if c.sureMatch(pi.sents[0].terms()) == 0 {
			continue // not in the dateline's sentence at all
		}
		elsewhere := false
		for _, s := range pi.sents[1:] {
			if c.sureMatch(s.terms()) > 0 {
				elsewhere = true
				break
			}
		}
		if elsewhere {
			continue
		}
		if !read {
			rest, read = e.wordTerms(e.readText(after)), true
		}
		if c.sureMatch(rest) == 0 {
			return true
		}
	}
	return false
}
