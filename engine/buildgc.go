package engine

import "runtime/debug"

// withGCPercent sets the garbage collector's target percentage (what GOGC
// sets) to percent, and returns what puts the previous one back; percent
// 0 leaves the setting as it is.
//
// Building a coverage ends holding all of it (at 100,000 paragraphs about
// 290 MB of heap: every article's analysis, the sources, the look-up
// tables), while it makes several times that in garbage. With Go's default
// of 100 the heap grows to twice what was live at the last collection
// before the next one, so the build peaked near 700 MB of RSS for 290 MB
// of data; at 50 it grows half as far (about 550 MB) for some 10 % more CPU
// in the build. It is the complement of keeping the live heap small, which
// the engine does (batches made one at a time, the snapshot written one
// article at a time), not a substitute: it bounds the garbage, not what is
// live, and a coverage whose live heap is larger peaks proportionally
// higher. A reopen makes little garbage beside what it keeps: at 50 it
// collected about twice as often for the same peak, and a restarted serve
// at 100,000 paragraphs reopened in 0.72-0.77 s, against 0.55-0.65 s at
// 200 (three restarts each, alternated). Serving keeps the runtime's own
// setting too.
func withGCPercent(percent int) (restore func()) {
	if percent <= 0 {
		return func() {}
	}
	before := debug.SetGCPercent(percent)
	return func() { debug.SetGCPercent(before) }
}
