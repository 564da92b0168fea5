package engine

import "testing"

// TestNamedInDatelineOnly holds that a place a "how many" question names
// is not given by a paragraph that puts it only in its wire dateline:
// "AUSTIN, Texas, Oct 29 (Meridian Wire) - Halcyra ... would eliminate
// about 4,200 jobs" says not how many of the cuts are in Austin, though
// it says how many jobs go.
func TestNamedInDatelineOnly(t *testing.T) {
	e := testdataEngine(t, "halcyra-results")
	citesFirst(t, e, "how many of the job cuts are in austin", 0)
	citesFirst(t, e, "how many jobs is halcyra cutting", 2)
}
