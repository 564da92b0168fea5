package knowledge

import "slices"

// best keeps the first n items of a stream in an order, as sorting them all
// and cutting would, without sorting them all: a look-up over a large
// coverage may match thousands and show five. With a key, items of the same
// key count once, by the first of them in the order. The order must be
// total (no two items equal), so that which are kept does not depend on the
// order they come in.
type best[T any] struct {
	n     int
	order func(a, b T) int
	key   func(T) string // nil when every item counts
	items []T            // the best so far, in order
}

func newBest[T any](n int, order func(a, b T) int, key func(T) string) *best[T] {
	return &best[T]{n: n, order: order, key: key}
}

// add offers an item.
func (b *best[T]) add(x T) {
	if b.n <= 0 {
		return
	}
	if len(b.items) == b.n && b.order(x, b.items[len(b.items)-1]) > 0 {
		return
	}
	if b.key != nil {
		k := b.key(x)
		for i, y := range b.items {
			if b.key(y) != k {
				continue
			}
			if b.order(y, x) < 0 {
				return
			}
			b.items = slices.Delete(b.items, i, i+1)
			break
		}
	}
	i, _ := slices.BinarySearchFunc(b.items, x, b.order)
	b.items = slices.Insert(b.items, i, x)
	if len(b.items) > b.n {
		b.items = b.items[:b.n]
	}
}
