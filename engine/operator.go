package engine

import (
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/knowledge"
)

// operators answers "who runs the ferry" when the fact base names no one
// who leads a body the question names: the thing run is one the fact base
// knows by what it is ("Brenmoor Line passenger ferry"), the one of that
// noun the coverage speaks of most (the story's ferry, not the freight
// ferry that came to help), and whoever it belongs to runs it. It returns
// the first paragraph that names both the thing and the body it belongs
// to ("The Solveig Marr, operated by Brenmoor Line"), and the first
// paragraphs of the persons the fact base says lead that body; nil when
// the question's last noun after the word of leading (at lead) is no
// such thing.
func (e *Engine) operators(cs []concept, lead int) ([]knowledge.Ref, ranThing) {
	wn := e.lex.wn
	if wn == nil || lead < 0 {
		return nil, ranThing{}
	}
	body := -1
	for i := lead + 1; i < len(cs); i++ {
		if slices.ContainsFunc(cs[i].entities, func(en *knowledge.Entity) bool { return en.Kind != knowledge.KindPerson }) {
			return nil, ranThing{}
		}
		if len(cs[i].entities) > 0 {
			continue // "now he's locked up"
		}
		// The first noun that qualifies none after it ("scooters" of
		// "the rental scooters there"; "town" of "the town now he's
		// locked up"). (A question's word may be read as a verb as
		// well: "ferry".)
		if body < 0 && !cs[i].name && !cs[i].modifier && wn.POS(headLemma(wn, cs[i].label))&wordnet.Noun != 0 {
			body = i
		}
	}
	if body < 0 {
		return nil, ranThing{}
	}
	noun := headLemma(wn, cs[body].label)
	var run *knowledge.Entity
	var kind []*knowledge.Entity // all of the noun
	// The fact bases' entities by their roles' nouns, not a walk over
	// the coverage; an archive's hundreds of ferries pick out none.
	keys := []string{noun}
	if l := strings.ToLower(cs[body].label); l != noun {
		keys = append(keys, l)
	}
	listed, few := e.vocab.described(keys, maxDescribed)
	if !few {
		return nil, ranThing{}
	}
	for _, en := range listed {
		if en.Kind == knowledge.KindPerson || wn.NounLemmaOr(roleNoun(wn, en.Role)) != noun || slices.Contains(kind, en) {
			continue
		}
		kind = append(kind, en)
		if run == nil || len(en.Paragraphs) > len(run.Paragraphs) {
			run = en
		}
	}
	if run == nil {
		return nil, ranThing{}
	}
	ran := ranThing{thing: run, others: slices.DeleteFunc(kind, func(en *knowledge.Entity) bool { return en == run || en.Article != run.Article })}
	// A place is led as a body is: "the town" by its mayor, but not by
	// the one the question names ("now he's locked up"), whom it asks
	// who stands in for.
	// (A ship the fact base calls a place is led by no one: whoever
	// it belongs to runs it.)
	if leaders := e.leaderPersons([]concept{{entities: []*knowledge.Entity{run}}}, ""); run.Kind == knowledge.KindPlace && len(leaders) > 0 {
		var out []knowledge.Ref
		for _, en := range leaders {
			if !slices.ContainsFunc(cs, func(c concept) bool { return slices.Contains(c.entities, en) }) {
				out = append(out, knowledge.Ref{Article: en.Article, Paragraph: slices.Min(en.Paragraphs)})
			}
		}
		return out, ran
	}
	org := e.entityByID(run.Article, run.Affiliation)
	if org == nil || org.Kind != knowledge.KindOrganisation {
		return nil, ranThing{}
	}
	ran.owner = org
	var out []knowledge.Ref
	for _, n := range run.Paragraphs {
		if slices.Contains(org.Paragraphs, n) {
			out = append(out, knowledge.Ref{Article: run.Article, Paragraph: n})
			break
		}
	}
	for _, en := range e.leaderPersons([]concept{{entities: []*knowledge.Entity{org}}}, "") {
		out = append(out, knowledge.Ref{Article: en.Article, Paragraph: slices.Min(en.Paragraphs)})
	}
	return out, ran
}

// ranThing is the thing a "who runs the ferry" question asks of, as
// operators reads it: the one of its noun the coverage speaks of most,
// whoever it belongs to, and the others of that noun in its article ("the
// Lirra, a freight ferry run by Osterby Freight" beside the Solveig Marr).
type ranThing struct {
	thing, owner *knowledge.Entity
	others       []*knowledge.Entity
}

// ofRanThing reports whether a paragraph may tell who runs the thing a
// question asks of (see operators): not one the fact base says speaks of
// another thing of its noun and neither of it nor of whoever it belongs
// to, whoever it says runs that other.
func (q question) ofRanThing(ref knowledge.Ref) bool {
	in := func(en *knowledge.Entity) bool {
		return en != nil && en.Article == ref.Article && slices.Contains(en.Paragraphs, ref.Paragraph)
	}
	return !slices.ContainsFunc(q.ran.others, in) || in(q.ran.thing) || in(q.ran.owner)
}

// entityByID returns the entity of an article by its id, nil if none.
func (e *Engine) entityByID(article, id string) *knowledge.Entity {
	p := e.vocab.parts[article]
	if p == nil {
		return nil
	}
	for _, g := range p.groups {
		if g.entity != nil && g.entity.ID == id {
			return g.entity
		}
	}
	return nil
}
