package engine

import "sync"

// recent remembers up to size values by key in two generations: a key is
// looked up in both, and when the current one is full it becomes the
// previous one, so that the keys asked for lately stay without the
// bookkeeping of an exact LRU. It is safe for concurrent use; size must
// be set before the first put.
type recent[K comparable, V any] struct {
	size      int
	mu        sync.Mutex
	cur, prev map[K]V
}

// get returns the value remembered for k.
func (r *recent[K, V]) get(k K) (V, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	v, ok := r.cur[k]
	if !ok {
		if v, ok = r.prev[k]; ok {
			r.putLocked(k, v)
		}
	}
	return v, ok
}

// put remembers v for k.
func (r *recent[K, V]) put(k K, v V) {
	r.mu.Lock()
	r.putLocked(k, v)
	r.mu.Unlock()
}

func (r *recent[K, V]) putLocked(k K, v V) {
	if len(r.cur) >= r.size/2 {
		r.prev, r.cur = r.cur, nil
	}
	if r.cur == nil {
		r.cur = make(map[K]V, r.size/2)
	}
	r.cur[k] = v
}
