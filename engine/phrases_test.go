package engine

import (
	"slices"
	"testing"
	"unsafe"
)

// Frozen lists give each key the list it was gathered with, and nothing
// for another key; joined keys share one string.
func TestFrozenLists(t *testing.T) {
	m := map[string][]int32{"kyiv": {3}, "kief": {3, 7}, "new york": {1, 2, 5}, "new york times": {9}}
	want := map[string][]int32{}
	for k, v := range m {
		want[k] = slices.Clone(v)
	}
	l := freeze(joinedKeys(m))
	for k, v := range want {
		if got := l.get(k); !slices.Equal(got, v) {
			t.Errorf("get(%q) = %v, want %v", k, got, v)
		}
	}
	if got := l.get("paris"); got != nil {
		t.Errorf("get(paris) = %v, want nothing", got)
	}
	if len(l.vals) != 7 {
		t.Errorf("%d numbers kept for 7", len(l.vals))
	}
	// appending to a list got does not write into the next one
	got := l.get("kief")
	_ = append(got, 100)
	for k, v := range want {
		if !slices.Equal(l.get(k), v) {
			t.Errorf("after an append, get(%q) = %v, want %v", k, l.get(k), v)
		}
	}
	var joined []string
	for k := range l.at {
		if k == "new york" || k == "new york times" {
			joined = append(joined, k)
		}
	}
	slices.Sort(joined)
	a, b := uintptr(unsafe.Pointer(unsafe.StringData(joined[0]))), uintptr(unsafe.Pointer(unsafe.StringData(joined[1])))
	if a+uintptr(len(joined[0])) != b && b+uintptr(len(joined[1])) != a {
		t.Error("the joined keys are not one string")
	}
}
