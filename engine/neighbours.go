package engine

import (
	"sync"

	"github.com/coveragebot/coveragebot/engine/wordvec"
)

// neighbourCacheSize is how many words' neighbours an engine remembers:
// about a megabyte at most, for the words readers keep asking about.
const neighbourCacheSize = 4096

// neighbourCache remembers the coverage's words nearest to a question's
// word: a scan of the vector space's nearest regions is the read stage's
// largest cost on a large coverage, and its answer depends only on the
// word and the coverage, which an engine never changes (Update builds a new
// engine, with an empty cache). The zero value is ready to use.
type neighbourCache struct {
	mu sync.Mutex
	// cur and prev are two generations: a word is looked up in both, and
	// when cur is full it becomes prev, so that the words asked about
	// lately stay without the bookkeeping of an exact LRU.
	cur, prev map[neighbourKey][]wordvec.Neighbour
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
	c := &e.nearby
	c.mu.Lock()
	nb, ok := c.cur[key]
	if !ok {
		if nb, ok = c.prev[key]; ok {
			c.put(key, nb)
		}
	}
	c.mu.Unlock()
	if ok {
		return nb
	}
	nb = e.vocab.neighbours(e.lex, vec, word, minCos, k)
	c.mu.Lock()
	c.put(key, nb)
	c.mu.Unlock()
	return nb
}

func (c *neighbourCache) put(key neighbourKey, nb []wordvec.Neighbour) {
	if len(c.cur) >= neighbourCacheSize/2 {
		c.prev, c.cur = c.cur, nil
	}
	if c.cur == nil {
		c.cur = make(map[neighbourKey][]wordvec.Neighbour, neighbourCacheSize/2)
	}
	c.cur[key] = nb
}
