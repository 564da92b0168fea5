package engine

import (
	"slices"
	"sync"
)

// rooms keeps the backing arrays of a question's slices of T from
// question to question: made for each, every new page of them is a page
// fault once the collector has given free pages back (see hitRooms and
// candidateRooms for what each saved). A slice given back is cleared
// first, so that a kept room holds no article's name.
type rooms[T any] struct {
	pool sync.Pool // of *[]T
	max  int       // the largest capacity kept; 0 keeps any
}

// borrow returns an empty slice with room for n, to be given back with
// release once nothing reads it.
func (r *rooms[T]) borrow(n int) []T {
	p, _ := r.pool.Get().(*[]T)
	if p == nil {
		p = new([]T)
	}
	s := slices.Grow((*p)[:0], n)
	*p = nil
	r.pool.Put(p)
	return s
}

// release gives back the room of s, which nothing reads after, unless it
// is larger than the rooms keep.
func (r *rooms[T]) release(s []T) {
	if cap(s) == 0 || r.max > 0 && cap(s) > r.max {
		return
	}
	clear(s[:cap(s)])
	p, _ := r.pool.Get().(*[]T)
	if p == nil {
		p = new([]T)
	}
	*p = s[:0]
	r.pool.Put(p)
}
