package engine

import (
	"slices"
	"testing"
)

// TestCityIsAWord holds that "city" is a word of the coverage like any
// other, not one of the index's stop list: "has any other city done this"
// asks of cities, which a paragraph that says "Other cities in the region"
// speaks of; and "the city" is no opaque compound (WordNet's "the City",
// of London) that would make "city" a word the coverage uses only inside
// one. "What city" still asks for a city by its name (see namesPlace).
func TestCityIsAWord(t *testing.T) {
	e := storyEngine(t,
		"Kellbrook bans cars from its old town",
		"The council renewed its contract with the city, which officials valued at 350,000 crowns a year.",
		"Other cities in the region have gone further. Dornau closed its centre to all cars in 2019.",
	)
	q := e.read("has any other city done this")
	i := slices.IndexFunc(q.concepts, func(c concept) bool { return c.label == "city" })
	if i < 0 {
		t.Fatalf("concepts %s, want city among them", labels(q.concepts))
	}
	if c := q.concepts[i]; c.known != 1 {
		t.Errorf("city: known %.2f, want 1", c.known)
	}
	if e.vocab.compoundOnly[e.termOf("city")] {
		t.Error(`"the city" makes "city" a word seen only in a compound`)
	}
	if q := e.read("what city is dornau in"); q.placeKind != "city" || slices.ContainsFunc(q.concepts, func(c concept) bool { return c.label == "city" }) {
		t.Errorf("what city: place kind %q, concepts %s; want the kind city and no concept of it", q.placeKind, labels(q.concepts))
	}
}
