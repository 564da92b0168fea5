package main

import "runtime/debug"

// defaultBuildGCPercent is index.build_gc_percent when the config does not
// say.
const defaultBuildGCPercent = 50

// withGCPercent runs load with the garbage collector's target percentage
// (what GOGC sets) at percent, and puts the previous one back after it;
// percent 0 leaves the setting as it is.
//
// Loading a coverage ends holding all of it (at 100,000 paragraphs about
// 290 MB of heap: every article's analysis, the sources, the look-up
// tables), while it makes several times that in garbage. With Go's default
// of 100 the heap grows to twice what was live at the last collection
// before the next one, so the load peaked near 700 MB of RSS for 290 MB
// of data; at 50 it grows half as far (about 550 MB) for some 10 % more CPU
// in the load. It is the complement of keeping the live heap small, which
// the engine does (batches made one at a time, the snapshot written one
// article at a time), not a substitute: it bounds the garbage, not what is
// live, and a coverage whose live heap is larger peaks proportionally
// higher. Serving allocates less, and keeps the runtime's own setting.
func withGCPercent[T any](percent int, load func() (T, error)) (T, error) {
	if percent > 0 {
		defer debug.SetGCPercent(debug.SetGCPercent(percent))
	}
	return load()
}
