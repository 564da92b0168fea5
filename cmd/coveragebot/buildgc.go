package main

import "runtime/debug"

// defaultBuildGCPercent and defaultServeGCPercent are
// index.build_gc_percent and index.serve_gc_percent when the config does
// not say.
const (
	defaultBuildGCPercent = 50
	defaultServeGCPercent = 50
)

// reopenGCPercent is the garbage collector's target percentage while a
// restart reads back the snapshot at index.path
// (knowledge.Config.ReopenGCPercent), in place of index.build_gc_percent.
// A reopen keeps nearly all it allocates, so at 50 the collector marked a
// heap that only grew some 13 times on the way to its 120 MB at 100,000
// paragraphs; at 400, 5-6 times, for about 0.2 s less CPU in the start and
// 5-15 MB more peak RSS, far below a build's.
const reopenGCPercent = 400

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
// higher.
func withGCPercent[T any](percent int, load func() (T, error)) (T, error) {
	if percent > 0 {
		defer debug.SetGCPercent(debug.SetGCPercent(percent))
	}
	return load()
}

// serveGCPercent sets the garbage collector's target percentage once the
// coverage is loaded, for serving; 0 leaves the setting as it is.
//
// What serving holds is mostly the coverage, live for as long as the bot
// runs (at 100,000 paragraphs about 200 MB of heap), and the answers make
// garbage beside it. With Go's default of 100 the heap grows to twice
// the coverage before each collection: in the bench at 100,000
// paragraphs, 286-294 MB of RSS at rest but 427-429 MB at the most while
// answering. At 50 that peak was 366-367 MB, at 25 343-345 MB; /ask's CPU
// a query did not move beyond the machine's drift (2.0-2.5 ms at 100 and
// at 50), as a collection comes once in some hundreds of answers.
func serveGCPercent(percent int) {
	if percent > 0 {
		debug.SetGCPercent(percent)
	}
}
