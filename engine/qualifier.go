package engine

import (
	"slices"

	"github.com/coveragebot/coveragebot/engine/wordnet"

	"github.com/coveragebot/coveragebot/knowledge"
)

// A question may qualify a noun by a word the coverage never uses: "who
// won the wheelchair race" of a story that speaks of races. question.missing
// lets it pass, as a kind of a thing the coverage names ("traffic
// cameras" where the text says "cameras"); but where each mention of the
// thing in a paragraph carries another qualifier ("the men's race", "the
// women's race"), the paragraph speaks of another of its kind, as
// otherKind reads of roles.

// unknownKind is a noun the question qualifies by a word the coverage
// never uses.
type unknownKind struct {
	qualifier, head concept
}

// unknownKinds returns the nouns question.missing lets pass as kinds of a
// thing the coverage names.
func unknownKinds(q question) []unknownKind {
	var out []unknownKind
	for i, c := range q.concepts {
		if !c.thing || c.known >= knownFloor || !c.modifier || c.name || c.nameable || i+1 >= len(q.concepts) {
			continue
		}
		if h := q.concepts[i+1]; h.known >= knownFloor {
			out = append(out, unknownKind{qualifier: c, head: h})
		}
	}
	return out
}

// headMentions reads how a paragraph mentions the head of k as a noun:
// whether once plainly or by a word of the question (plain), and the
// other qualifiers it puts right before it: an owner ("the men's race"),
// a noun or an adjective no word of the question puts.
func (e *Engine) headMentions(q question, k unknownKind, ref knowledge.Ref) (plain bool, others []uint32) {
	pi, wn := e.vocab.para(ref), e.lex.wn
	if pi == nil || wn == nil {
		return true, nil
	}
	head := headLemma(wn, k.head.label)
	for i := range pi.sents {
		cws := clauseWords(pi.sentence(i))
		for j, w := range cws {
			if wn.NounLemmaOr(w.folded) != head {
				continue
			}
			if j+1 < len(cws) && !w.ends && e.nounOnly(cws[j+1].folded) {
				continue // it qualifies another: "refuse collection depots"
			}
			var ts termSet
			if j > 0 && !cws[j-1].ends {
				ts = e.wordSet(cws[j-1].folded)
			}
			if len(ts) == 0 || !cws[j-1].possessive && !e.kindWord(cws[j-1].folded) || slices.ContainsFunc(q.concepts, func(c concept) bool { return c.sureMatch(ts) > 0 }) {
				plain = true
				continue
			}
			if !slices.Contains(others, ts[0]) {
				others = append(others, ts[0])
			}
		}
	}
	return plain, others
}

// otherKinds returns, for each of kinds, how many other qualifiers the
// candidates that may answer put its head with (see headMentions), or 0
// when one of them mentions it plainly: then the thing the question qualifies may be the
// one the coverage names.
func (e *Engine) otherKinds(q question, kinds []unknownKind, cands []candidate) []int {
	out := make([]int, len(kinds))
	for i, k := range kinds {
		var all []uint32
		for _, c := range cands {
			if !answersEnough(c, true) {
				continue
			}
			plain, others := e.headMentions(q, k, c.ref)
			if plain {
				all = nil
				break
			}
			for _, id := range others {
				if !slices.Contains(all, id) {
					all = append(all, id)
				}
			}
		}
		out[i] = len(all)
	}
	return out
}

// otherQualified returns the index of the first of kinds a paragraph
// never mentions but as another of its kind, where the candidates tell at
// least minOtherKinds kinds of it apart; else -1.
func (e *Engine) otherQualified(q question, kinds []unknownKind, counts []int, ref knowledge.Ref) int {
	for i, k := range kinds {
		if counts[i] < minOtherKinds {
			continue
		}
		if plain, _ := e.headMentions(q, k, ref); !plain {
			return i
		}
	}
	return -1
}

// minOtherKinds is how many other qualifiers the candidates must put the
// thing with to speak of others of its kind: one alone may be the
// question's by another word ("refuse" for "bin", "speed cameras" for
// "traffic cameras"); two tell kinds apart ("the men's race", "the
// women's race").
const minOtherKinds = 2

// wordSet returns the term of a word as a set: empty for a word the index
// leaves out ("the").
func (e *Engine) wordSet(folded string) termSet {
	t := e.termOf(folded)
	if t == "" {
		return nil
	}
	if id := e.vocab.id(t); id != 0 {
		return termSet{id}
	}
	return nil
}

// nounOnly reports whether the dictionary knows a word as a noun and as
// nothing else.
func (e *Engine) nounOnly(folded string) bool {
	wn := e.lex.wn
	if wn == nil {
		return false
	}
	return wn.POS(wn.NounLemmaOr(folded)) == wordnet.Noun
}
