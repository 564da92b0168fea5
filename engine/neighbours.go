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
