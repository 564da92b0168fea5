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
	e.warmCompounds()
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
	known := e.phraseTable().known
	for w, t := range e.vocab.words {
		// The cheap tests first, and WordNet's lemmas looked up without
		// being kept (Has, NounLemmaOnce) until a word may be a compound
		// (an inflected form, "ministers", is no lemma but has one): most
		// of a large coverage's words are looked up here once, and would
		// crowd out of the cache the words questions read.
		if t == "" || len(w) < 2*minCompoundPart || !lettersOnly(w) || known[t] || !vec.Has(w) || wn.Has(w) {
			continue
		}
		for i := minCompoundPart; i+minCompoundPart <= len(w); i++ {
			if !wn.Has(w[:i]) {
				continue
			}
			head, ok := wn.NounLemmaOnce(w[i:])
			if !ok || len(head) < minCompoundPart || e.termOf(w[:i]) == "" || wn.Lemmas(w) != nil {
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
