package engine

import "testing"

// TestBroaderCommonKind holds that a thing the coverage never names is
// not missing from it when a common word near it names a broader kind of
// thing one can point at ("the academy": its "school"), and still is when
// that word names persons taken together ("the population": its
// "people").
func TestBroaderCommonKind(t *testing.T) {
	e := storyEngine(t,
		"Floods hit Harnby",
		"The school in the city was shut on Tuesday after the river burst its banks, and many people left their homes.",
	)
	tests := []struct {
		question, thing string
		missing         bool
	}{
		{"was the academy shut", "academy", false},
		{"what is the population of the city", "population", true},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkMissing(t, e, tt.question, tt.thing, tt.missing)
		})
	}
}

// TestDirectlyBroaderKind holds that a thing the coverage never names is
// not missing from it when a rarer word among its wider neighbours names
// the kind of thing it is one step up ("the fridge": its "refrigerators"),
// and still is when that word is the head of the reader's compound ("a
// wheelchair": a "chair" who chairs).
func TestDirectlyBroaderKind(t *testing.T) {
	e := storyEngine(t,
		"Caterer's kitchen shut",
		"Inspectors found two trays of salad in the hall's refrigerators and raw poultry stored above cooked food.",
		"The traders' association said its chair would meet the council on Friday.",
	)
	tests := []struct {
		question, thing string
		missing         bool
	}{
		{"how cold is the fridge meant to be", "fridge", false},
		{"are the trams wheelchair accessible", "wheelchair", true},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkMissing(t, e, tt.question, tt.thing, tt.missing)
		})
	}
}
