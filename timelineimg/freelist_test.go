package timelineimg

import (
	"runtime"
	"testing"
)

// TestFreeListKeeps checks that a render's canvas and deflaters are there
// for the next render after collections, which a sync.Pool drops (two
// collections without a render emptied it), and that the lists keep no
// more than their size.
func TestFreeListKeeps(t *testing.T) {
	tests := []struct {
		name        string
		collections int
	}{
		{"next render", 0},
		{"after a collection", 1},
		{"after two collections", 2},
		{"after five collections", 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// What other tests' renders left, so that the next get
			// is what this test puts.
			for freeCanvases.get() != nil {
			}
			for freeDeflaters.get() != nil {
			}
			c := newCanvas(10, 10)
			c.release()
			d := getDeflater()
			freeDeflaters.put(d)
			for range tt.collections {
				runtime.GC()
			}
			if got := newCanvas(10, 10); got != c {
				t.Errorf("newCanvas made a new canvas, want the one released")
			} else {
				got.release()
			}
			if got := getDeflater(); got != d {
				t.Errorf("getDeflater made a new deflater, want the one put back")
			} else {
				freeDeflaters.put(got)
			}
		})
	}
}

func TestFreeListBounded(t *testing.T) {
	f := newFreeList[*int](2)
	a, b, c := new(int), new(int), new(int)
	f.put(a)
	f.put(b)
	f.put(c) // dropped: the list is full
	got := []*int{f.get(), f.get(), f.get()}
	if got[0] != a || got[1] != b || got[2] != nil {
		t.Errorf("got %v, want %v, %v, nil", got, a, b)
	}
}
