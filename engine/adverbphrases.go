package engine

import (
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
)

// maxAdverbPhrase is the most words of an adverb of several words that
// readAdverbPhrases reads: "in the first place".
const maxAdverbPhrase = 4

// readAdverbPhrases reads an adverb of several words that starts with a
// word of phrasing as WordNet says it means. One that means what a common
// adverb does is phrasing, as dropAdverbs reads a common adverb of one:
// "in the first place" ("earlier"), "so far" ("yet"); read word by word
// it was a "place", a "first" and a "far" the question never asked of.
// One that means a rarer adverb says something of what is asked, and is
// read as that adverb, with its synonyms: "for good" as "permanently",
// not as "good". One WordNet gives no synonym for ("at stake", "on
// camera") may name a thing, and is left as it is.
func (e *Engine) readAdverbPhrases(ws []word) {
	wn, vec := e.lex.wn, e.lex.vec
	if wn == nil || vec == nil {
		return
	}
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].term != "" {
			continue
		}
		for n := min(maxAdverbPhrase, len(ws)-i); n >= 2; n-- {
			if !slices.ContainsFunc(ws[i+1:i+n], func(w word) bool { return w.term != "" }) {
				continue // nothing to drop
			}
			parts := make([]string, n)
			for k, w := range ws[i : i+n] {
				parts[k] = w.folded
			}
			phrase := strings.Join(parts, "_")
			// Has first: most phrases tried are none, and a miss
			// would take a place in WordNet's cache of lemmas.
			if !wn.Has(phrase) || wn.POS(phrase)&wordnet.Adverb == 0 {
				continue
			}
			common, rare := e.adverbSynonyms(phrase)
			if !common && rare == "" {
				continue
			}
			for k := i; k < i+n; k++ {
				ws[k].term = ""
			}
			if !common {
				// "for good" is read as "permanently", with its
				// synonyms: "for good" among them.
				last := &ws[i+n-1]
				last.folded, last.term = rare, e.termOf(rare)
			}
			i += n - 1
			break
		}
	}
}

// adverbSynonyms reports whether one of an adverb's synonyms of one word
// is an adverb common enough to be phrasing (see dropAdverbs), and else
// returns the first of them, rarer: "permanently" of "for good". Neither
// is a noun: "in the south" is "south", a place, and "in the meantime"
// "meanwhile", a time, which a question may ask of.
func (e *Engine) adverbSynonyms(adverb string) (common bool, rare string) {
	for _, s := range e.lex.wn.SynonymsAs(adverb, wordnet.Adverb) {
		if strings.Contains(s, "_") || e.lex.wn.POS(s)&wordnet.Noun != 0 {
			continue
		}
		if r, ok := e.lex.vec.Rank(s); ok && r < adverbRank {
			return true, ""
		}
		if rare == "" {
			rare = s
		}
	}
	return false, rare
}
