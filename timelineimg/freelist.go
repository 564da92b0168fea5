package timelineimg

import "runtime"

// freeList keeps up to a fixed number of things between renders: a
// render's canvas and its parts' deflaters, most of a megabyte that would
// otherwise be garbage after every reply.
//
// A sync.Pool kept them before, and lost them often enough to be the
// slowest /timeline replies at 100,000 paragraphs: a render running on
// the other core than the last one found none (the last one's canvas
// was in that core's private slot, which only that core reads), nor
// after two collections, and made a new canvas: 0.9 MB of fresh pages,
// 166-280 page faults, 4.1-6.5 ms on a quiet machine against a p50 of
// 1.8. A free list is the same from every core and through any number
// of collections, and it holds no more than renders at once can use.
type freeList[T any] struct{ ch chan T }

func newFreeList[T any](n int) freeList[T] { return freeList[T]{ch: make(chan T, n)} }

// get returns a kept thing, or the zero T when none is kept.
func (f freeList[T]) get() (t T) {
	select {
	case t = <-f.ch:
	default:
	}
	return t
}

// put keeps t if fewer than the list's size are kept; otherwise t is left
// to the collector.
func (f freeList[T]) put(t T) {
	select {
	case f.ch <- t:
	default:
	}
}

// rendersAtOnce is how many renders the free lists keep things for: one a
// core, as more at once only wait for one.
var rendersAtOnce = runtime.GOMAXPROCS(0)
