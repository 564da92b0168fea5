package engine

import (
	"github.com/coveragebot/coveragebot/engine/wordvec"
)

// neighbourCacheSize is how many words' neighbours an engine remembers:
// about a megabyte at most, for the words readers keep asking about.
const neighbourCacheSize = 4096

// neighbourCache remembers the coverage's words nearest to a question's
// word: a scan of the vector space's nearest regions is the read stage's
// largest cost on a large coverage, and its answer depends only on the
// word and the coverage, which an engine never changes (Update builds a new
// engine, with an empty cache).
type neighbourCache struct {
	recent[neighbourKey, []wordvec.Neighbour]
}

func newNeighbourCache() neighbourCache {
	return neighbourCache{recent[neighbourKey, []wordvec.Neighbour]{size: neighbourCacheSize}}
}

type neighbourKey struct {
	word   string
	minCos float32
	k      int
}

// neighbours is vocabulary.neighbours, remembered. The slice returned is
// shared: callers must not change it.
func (e *Engine) neighbours(vec wordvec.Vec, word string, minCos float32, k int) []wordvec.Neighbour {
	key := neighbourKey{word, minCos, k}
	if nb, ok := e.nearby.get(key); ok {
		return nb
	}
	nb := e.vocab.neighbours(e.lex, vec, word, minCos, k)
	e.nearby.put(key, nb)
	return nb
}

// wordCacheSize is how many words' readings an engine remembers: a
// reading holds a few dozen alternatives, a kilobyte or two.
const wordCacheSize = 2048

// wordCache remembers how readWord read a word of a question: its
// lemmas, synonyms, neighbours and slips were a sixth of /ask's CPU at
// 100,000 paragraphs, and depend only on the word as read, the flags
// readWord takes and the coverage, which an engine never changes. Readers
// keep using the same words.
type wordCache struct {
	recent[wordKey, concept]
}

func newWordCache() wordCache {
	return wordCache{recent[wordKey, concept]{size: wordCacheSize}}
}

// wordKey is what readWord reads a word by.
type wordKey struct {
	w                                     word
	capitalised, answerSlot, answerPhrase bool
	pos                                   uint8
}

// keptConcept is c as the cache keeps it, shared by the questions that
// get it: each gets alts of its own (readWord clones them), and every
// slice it shares is cut to its length, so that appending to one copies
// it rather than writing where another question reads.
func keptConcept(c concept) concept {
	alts := make([]alt, len(c.alts))
	for i, a := range c.alts {
		a.terms = a.terms[:len(a.terms):len(a.terms)]
		a.ids = a.ids[:len(a.ids):len(a.ids)]
		alts[i] = a
	}
	c.alts = alts
	c.entities = c.entities[:len(c.entities):len(c.entities)]
	return c
}
