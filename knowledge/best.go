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
	// kept holds the key of every item kept, with the item.
	kept map[string]T
}

func newBest[T any](n int, order func(a, b T) int, key func(T) string) *best[T] {
	b := &best[T]{n: n, order: order, key: key}
	if key != nil {
		b.kept = map[string]T{}
	}
	return b
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
		if y, ok := b.kept[k]; ok {
			if b.order(y, x) < 0 {
				return
			}
			i, _ := slices.BinarySearchFunc(b.items, y, b.order)
			b.items = slices.Delete(b.items, i, i+1)
		}
		b.kept[k] = x
	}
	i, _ := slices.BinarySearchFunc(b.items, x, b.order)
	b.items = slices.Insert(b.items, i, x)
	if len(b.items) > b.n {
		if b.key != nil {
			delete(b.kept, b.key(b.items[b.n]))
		}
		b.items = b.items[:b.n]
	}
}
