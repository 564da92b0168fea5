package engine

import "slices"

// Closed compounds are English's nouns of two words written as one
// ("helpline", "borehole", "floodwater"). Like the open ones ("phone
// line"), they are headed by their last word: a helpline is a line, a
// borehole a hole. A dictionary lists the old ones, with their senses; a
// newer one it does not know is known here by its head alone.

// minCompoundPart is the fewest letters of either word of a closed
// compound: a longer word ends in many a shorter one by chance.
const minCompoundPart = 3

// headedCompounds returns the terms of the coverage's closed compounds
// that a noun's lemma heads and no dictionary knows: "helpline" for
// "line", which a story about a phone line for patients uses instead.
func (e *Engine) headedCompounds(lemma string) []string {
	e.compoundsOnce.Do(func() { e.compounds = e.closedCompounds() })
	return e.compounds[lemma]
}

// closedCompounds maps the head of each of the coverage's closed
// compounds that no dictionary knows to their terms. A compound is a word
// of English (it has a vector: not an invented name such as "Northline",
// nor one of the fact base's names) whose first part is a word of its own
// that is no stop word ("help") and whose rest is a noun ("line", "lines").
func (e *Engine) closedCompounds() map[string][]string {
	wn, vec := e.lex.wn, e.lex.vec
	out := map[string][]string{}
	if wn == nil || vec == nil {
		return out
	}
	for w, t := range e.vocab.words {
		if t == "" || len(w) < 2*minCompoundPart || !lettersOnly(w) || e.phrases.known[t] || wn.POS(w) != 0 || wn.Lemmas(w) != nil || !vec.Has(w) {
			continue
		}
		for i := minCompoundPart; i+minCompoundPart <= len(w); i++ {
			head, ok := wn.NounLemma(w[i:])
			if !ok || len(head) < minCompoundPart || wn.POS(w[:i]) == 0 || e.termOf(w[:i]) == "" {
				continue
			}
			if !slices.Contains(out[head], t) {
				out[head] = append(out[head], t)
			}
		}
	}
	for _, ts := range out {
		slices.Sort(ts)
	}
	return out
}
