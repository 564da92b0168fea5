package engine

import (
	"slices"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/knowledge"
)

// doerNamed reports whether a paragraph may answer a question that asks
// who did something to what it names ("who owns Corvane") by a verb the
// coverage never puts in its own words, their forms or synonyms, only by
// a neighbour: a sentence of the paragraph puts the verb, a neighbour
// will do ("the club was bought by an American consortium led by Peter
// Hallam"), and names someone the question does not, who did it. A
// paragraph that names the thing asked of but says nothing of the deed
// does not answer ("Corvane said"), nor does one whose sentence putting
// it names no one ("whose bank details the company already holds"), nor
// one whose sentence puts it by a neighbour less than half as near as the
// nearest the coverage has: that one stands for the verb ("built" for
// "designed"), and one far below it is another matter ("structure"). A
// verb the coverage puts in no way at all is left to the paragraph's
// other words: "who dared the Kremlin to show up" is answered by
// "challenged". Any other question passes.
func (e *Engine) doerNamed(q question, ref knowledge.Ref) bool {
	if !q.who || len(q.concepts) < 2 {
		return true
	}
	verb := q.concepts[0]
	if verb.name || verb.noun || verb.thing || verb.known >= knownFloor || verb.known == 0 || !slices.ContainsFunc(q.concepts[1:], func(c concept) bool { return c.name }) {
		return true
	}
	pi := e.vocab.para(ref)
	if pi == nil {
		return false
	}
	for i, sent := range pi.sents {
		if verb.match(sent.terms()) < verb.known/2 {
			continue
		}
		ws := e.readText(pi.sentence(i))
		for k := range ws {
			if e.namesOtherAt(q, ws, k) {
				return true
			}
		}
	}
	return false
}

// namesOtherAt reports whether the word at k of a sentence is a name the
// question does not give (see otherName). A sentence's first word is
// capitalised whatever it is: it names someone only when the dictionary
// knows it not.
func (e *Engine) namesOtherAt(q question, ws []word, k int) bool {
	return e.otherName(q, ws[k]) && (k > 0 || e.lex.wn == nil || e.lex.wn.Lemmas(ws[k].folded) == nil)
}

// doerWeight is what a paragraph adds, for a question that asks who, when
// it names someone beside what the question says was done (see
// namesDoer).
const doerWeight = 0.3

// doerNear is how many words from a word of what was done a name may
// stand: "The Northern Health Research Council, which funded the
// Edinburgh study", "came to Kelsby in 2023 from Brennholm Zoo".
const doerNear = 4

// namesDoer reports whether a sentence of a paragraph names someone the
// question does not within doerNear words of a word that surely puts one
// of its verbs, in the same clause: "who funded the study" is answered by
// "The Northern Health Research Council, which funded the Edinburgh
// study" before "The study, led by researchers at the University of
// Edinburgh, followed volunteers", which names someone but not beside
// a funding. done are the question's verbs (doneConcepts), read once
// for all its candidates.
func (e *Engine) namesDoer(q question, done []concept, ref knowledge.Ref) bool {
	return e.namesBesideOne(q, ref, done)
}

// answerWeight is what a paragraph adds, for a question that asks which
// one of a kind ("which bank", "what app"), when it names one beside the
// kind's word (see namesAnswer).
const answerWeight = 0.3

// namesAnswer reports whether a sentence of a paragraph names someone or
// something the question does not within doerNear words of a word that
// surely puts the kind of answer it asks for, in the same clause: "which
// bank refused to give them more money" is answered by "its main lender,
// Harbrook Bank, declined to extend a 40 million crown credit line" before
// a paragraph that speaks of refunds and money and names no bank.
func (e *Engine) namesAnswer(q question, ref knowledge.Ref) bool {
	return e.namesBesideOne(q, ref, answerKinds(q))
}

// answerKinds returns the question's concepts that say the kind of answer
// it asks for ("bank" of "which bank"), no name among them.
func answerKinds(q question) []concept {
	var kinds []concept
	for _, c := range q.concepts {
		if c.answer && !c.name {
			kinds = append(kinds, c)
		}
	}
	return kinds
}

// namesBesideOne reports whether a sentence of a paragraph names someone
// the question does not within doerNear words of a word that surely puts
// one of the concepts cs, in the same clause.
func (e *Engine) namesBesideOne(q question, ref knowledge.Ref, cs []concept) bool {
	return e.namesNear(q, ref, cs, nil)
}

// namesByAgentNoun reports whether a sentence of a paragraph names someone
// the question does not beside a noun for one who does what it asks was
// done, a person noun that puts one of its verbs closely (see
// putsClosely): "The syndicate's
// organiser, Gareth Hollis" for "who organises the lottery group", before
// "The Vendrian Lottery Company (VLC), which runs the Vendria Millions",
// which names one beside another act. The noun says the name is the one
// who does it, where a name beside a verb may be whom it was done to.
func (e *Engine) namesByAgentNoun(q question, done []concept, ref knowledge.Ref) bool {
	wn := e.lex.wn
	if wn == nil {
		return false
	}
	return e.namesNear(q, ref, done, func(w word) bool {
		return wn.Person(wn.NounLemmaOr(w.folded)) && e.putsClosely(done, w)
	})
}

// putsClosely reports whether a word puts one of the concepts cs at least
// as surely as a synonym does: the concept's own word, a word derived
// from it ("organiser" of "organises") or a synonym ("chief" of "runs"),
// not a word derived from a synonym, one step further off ("functionary"
// of "runs", by "function").
func (e *Engine) putsClosely(cs []concept, w word) bool {
	id := e.vocab.id(w.term)
	if id == 0 {
		return false
	}
	one := termSet{id}
	return slices.ContainsFunc(cs, func(c concept) bool { return c.sureMatch(one) >= synonymStrength })
}

// namesNear reports whether a sentence of a paragraph names someone the
// question does not within doerNear words of a word that surely puts one
// of the concepts cs, in the same clause, and that word is one of, when
// of is not nil.
func (e *Engine) namesNear(q question, ref knowledge.Ref, cs []concept, of func(word) bool) bool {
	pi := e.vocab.para(ref)
	if pi == nil || len(cs) == 0 {
		return false
	}
	b := borrowWords()
	defer releaseWords(b)
	for i, sent := range pi.sents {
		if !putsAny(cs, sent.terms()) {
			continue
		}
		ws := e.sentenceWords(q.sents, b, pi, i)
		for k := range ws {
			if !e.surelyPuts(cs, ws[k]) || of != nil && !of(ws[k]) {
				continue
			}
			for j := max(0, k-doerNear); j < min(len(ws), k+doerNear+1); j++ {
				if j != k && sameClause(ws, j, k) && e.namesOtherAt(q, ws, j) {
					return true
				}
			}
		}
	}
	return false
}

// agentWeight is what a paragraph adds, beyond doerWeight, when the one
// it names beside what a "who" question says was done is the agent of a
// passive (see namesAgent), or is named beside a noun for one who does it
// (see namesByAgentNoun).
const agentWeight = 0.15

// namesAgent reports whether a sentence of a paragraph puts one of the
// question's verbs surely and "by" a name the question does not give
// after it, or after the words that qualify the name: "The Solveig
// Marr, operated by Brenmoor Line", "The plan has been supported by EU
// and U.S. President Donald Trump". The agent of a passive is who did it,
// where a name beside the verb may be whom it was done to. The "by" may
// stand past when and where it was done, or a particle, in the verb's
// clause (see agentBy): "was founded in 2009 by former pilot Pieter
// Vandeck", "was paid for by the Veldmark Research Council".
func (e *Engine) namesAgent(q question, done []concept, ref knowledge.Ref) bool {
	return e.anyDoneSentence(q.sents, ref, done, func(ws []word) bool {
		for k := range ws {
			if !e.surelyPuts(done, ws[k]) {
				continue
			}
			by := agentBy(ws, k)
			if by < 0 {
				continue
			}
			for j := by + 1; j < len(ws) && j <= by+1+doerNear; j++ {
				if e.namesOtherAt(q, ws, j) {
					return true
				}
				if !e.qualifierWord(ws[j]) && !e.personWord(ws[j]) {
					break
				}
			}
		}
		return false
	})
}

// agentBy returns where the "by" of the agent of the verb at k stands,
// within agentReach words after it in its clause, or -1: "was spotted
// shortly after 6:15 a.m. on Sunday by a woman walking her dog". A word
// that joins another clause, or starts one, ends the search: "was sold,
// and then bought by" is no agent of the selling.
func agentBy(ws []word, k int) int {
	for j := k + 1; j+1 < len(ws) && j <= k+agentReach; j++ {
		if joins[ws[j].folded] || relativeWords[ws[j].folded] {
			return -1
		}
		if ws[j].folded == "by" {
			return j
		}
	}
	return -1
}

// relativeReach is how many words before a relative "who" the name it
// refers to may stand: "said Anneke Solberg, the associate professor of
// environmental chemistry who led the research".
const relativeReach = 8

// namesByRelative reports whether a sentence of a paragraph puts one of
// the question's verbs surely right after a relative "who" (or "who" and
// an auxiliary), and names someone the question does not before it, with
// only the words that qualify the name, and the prepositions among them,
// between: the name is whom the
// relative refers to, who did it, however far the verb stands from it.
// A verb, a verb of speech or a name the question gives between them
// ends the search: "Castell said the judge who led" does not make
// Castell the judge.
func (e *Engine) namesByRelative(q question, done []concept, ref knowledge.Ref) bool {
	return e.anyDoneSentence(q.sents, ref, done, func(ws []word) bool {
		for k := 1; k < len(ws); k++ {
			r := k - 1
			if r > 0 && auxiliaries[ws[r].folded] {
				r--
			}
			if ws[r].folded != "who" || !e.surelyPuts(done, ws[k]) {
				continue
			}
			for j := r - 1; j >= 0 && j >= r-relativeReach; j-- {
				if e.namesOtherAt(q, ws, j) {
					return true
				}
				if isCapitalised(ws[j].surface) || !e.qualifierWord(ws[j]) && !linkWord(ws[j]) {
					break
				}
			}
		}
		return false
	})
}

// anyDoneSentence reports whether f holds of the words of a sentence of a
// paragraph that puts one of done, the question's verbs (see putsAny),
// read once per memo m (see sentenceWords).
func (e *Engine) anyDoneSentence(m *sentenceMemo, ref knowledge.Ref, done []concept, f func(ws []word) bool) bool {
	pi := e.vocab.para(ref)
	if pi == nil || len(done) == 0 {
		return false
	}
	b := borrowWords()
	defer releaseWords(b)
	for i, sent := range pi.sents {
		if putsAny(done, sent.terms()) && f(e.sentenceWords(m, b, pi, i)) {
			return true
		}
	}
	return false
}

// linkWord reports whether a word the index drops may stand inside the
// words that qualify a name, a preposition ("of" of "the associate
// professor of environmental chemistry"): not one that joins another
// clause, nor a relative that starts one.
func linkWord(w word) bool {
	return w.term == "" && !joins[w.folded] && !relativeWords[w.folded]
}

// agentReach is how many words after what was done the "by" of its agent
// may stand, past when and where it was done: "was spotted shortly after
// 6:15 a.m. on Sunday by a woman walking her dog".
const agentReach = 8

// personReach is how many words after "by" the noun of a person may
// stand, past what qualifies it: "by a local fisherman".
const personReach = 3

// namesPersonAgent reports whether a sentence of a paragraph puts one of
// the question's verbs surely and, in its clause within agentReach words
// after it, "by" before a person the story names by a noun, not a name:
// "The comet was discovered by a retired school librarian" says who found
// it, as "discovered by Delphine Arkwright" would (see namesAgent). The
// answer to "who" is the doer whether or not the story names them; "by
// car" or "by 11 p.m." name no one.
func (e *Engine) namesPersonAgent(q question, done []concept, ref knowledge.Ref) bool {
	if e.lex.wn == nil {
		return false
	}
	return e.anyDoneSentence(q.sents, ref, done, func(ws []word) bool {
		for k := range ws {
			if !e.surelyPuts(done, ws[k]) {
				continue
			}
			for j := k + 1; j+1 < len(ws) && j <= k+agentReach; j++ {
				if joins[ws[j].folded] {
					break
				}
				if ws[j].folded == "by" {
					if e.personNounAt(ws, j+1) {
						return true
					}
					break
				}
			}
		}
		return false
	})
}

// personNounAt reports whether the words from k on put a person by a
// noun, within personReach words, past the determiners, numbers and
// adjectives before it: "a woman", "two fishermen", "a local farmer".
// The first noun decides; a name is no noun of a person (see namesAgent).
func (e *Engine) personNounAt(ws []word, k int) bool {
	wn := e.lex.wn
	for j := k; j < len(ws) && j < k+personReach; j++ {
		w := ws[j]
		if determiners[w.folded] || isNumberWord(w.folded) {
			continue
		}
		if w.term == "" || isCapitalised(w.surface) {
			return false
		}
		if n := nounLemma(wn, w.folded); wn.MostlyNoun(n) {
			return wn.Person(n)
		}
		if wn.POS(w.folded)&wordnet.Adjective == 0 {
			return false
		}
	}
	return false
}
