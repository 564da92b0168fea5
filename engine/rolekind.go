package engine

import (
	"slices"

	"github.com/coveragebot/coveragebot/engine/wordnet"
)

// A role the question asks of may be one of several of its kind: "what
// did the national energy minister say" of a story whose only minister
// is its "regional finance minister", "the hospital's IT director" of one
// whose directors are a "medical director" and a "director of
// operations". The nouns the question puts before the role say which;
// a role the coverage qualifies by other words is another's.

// roleKinds returns the nouns the question puts right before the concept
// at i to say which of its kind it asks of ("energy" of "the national
// energy minister", "IT" of "the IT director"): names and adjectives
// ("national") are left out, as a story may call one minister both
// "national" and by a name of the country.
func roleKinds(q question, i int) []concept {
	var out []concept
	for j := i - 1; j >= 0 && q.concepts[j].modifier; j-- {
		if c := q.concepts[j]; c.thing && !c.name && len(c.entities) == 0 {
			out = append(out, c)
		}
	}
	return out
}

// maxRoleKinds is how many words before a role, or after its "of", are
// read as saying which of its kind it is.
const maxRoleKinds = 3

// ownKinds returns the terms of the words that qualify a role the words
// from start to end of a clause put: the nouns and adjectives right
// before it ("regional finance minister", "Health Minister"), up to an
// owner ("the trust's"), a verb of speech or the end of a clause, and
// those of a phrase "of" or "for" puts after it ("director of
// operations").
func (e *Engine) ownKinds(cws []clauseWord, start, end int) termSet {
	var ids []uint32
	add := func(w clauseWord) bool {
		t := e.termOf(w.folded)
		if t == "" || e.speech[t] || w.quoted || !e.kindWord(w.folded) {
			return false
		}
		if id := e.vocab.id(t); id != 0 {
			ids = append(ids, id)
		}
		return true
	}
	for k, n := start-1, 0; k >= 0 && n < maxRoleKinds && !cws[k].ends && !cws[k].possessive; k-- {
		if cws[k].folded == "and" {
			continue
		}
		if !add(cws[k]) {
			break
		}
		n++
	}
	if end+2 < len(cws) && !cws[end].ends && (cws[end+1].folded == "of" || cws[end+1].folded == "for") && !cws[end+1].ends {
		for k, n := end+2, 0; k < len(cws) && n < maxRoleKinds; k, n = k+1, n+1 {
			if !add(cws[k]) || cws[k].ends {
				break
			}
		}
	}
	return toSet(ids)
}

// kindWord reports whether a word may say which of a kind someone is: a
// noun or an adjective, or a word the dictionary does not know (a name:
// "Westrava"). Not a noun of a place, which says where, not which: "the
// city councillor responsible for transport" is the transport
// councillor.
func (e *Engine) kindWord(folded string) bool {
	wn := e.lex.wn
	if wn == nil {
		return true
	}
	l := wn.NounLemmaOr(folded)
	pos := wn.POS(l)
	return pos == 0 || pos&(wordnet.Noun|wordnet.Adjective) != 0 && !wn.Place(l)
}

// otherKind reports whether a role the coverage qualifies by own (see
// ownKinds) is another of the kind the question asks of: the question
// qualifies it by a noun own lacks, and own has a word no word of the
// question puts.
func otherKind(q question, kinds []concept, own termSet) bool {
	if len(kinds) == 0 || len(own) == 0 {
		return false
	}
	if !slices.ContainsFunc(kinds, func(c concept) bool { return c.sureMatch(own) == 0 }) {
		return false
	}
	for _, id := range own {
		one := termSet{id}
		if !slices.ContainsFunc(q.concepts, func(c concept) bool { return c.sureMatch(one) > 0 }) {
			return true
		}
	}
	return false
}

// roleOfKind reports whether a fact base's role puts the one asked of by
// one of alts that other does not report of ("Westrava regional finance
// minister" is no national energy minister); a role that does not put
// them by those words is not ruled out.
func (e *Engine) roleOfKind(alts [][]string, role string, other func(cws []clauseWord, start, end int) bool) bool {
	cws := clauseWords(role)
	var ts []string
	var at []int
	for i, w := range cws {
		if t := e.termOf(w.folded); t != "" {
			ts = append(ts, t)
			at = append(at, i)
		}
	}
	found := false
	for _, a := range alts {
		for i := 0; len(a) > 0 && i+len(a) <= len(ts); i++ {
			if slices.Equal(ts[i:i+len(a)], a) {
				if !other(cws, at[i], at[i+len(a)-1]) {
					return true
				}
				found = true
			}
		}
	}
	return !found
}
