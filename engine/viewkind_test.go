package engine

import (
	"slices"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// boilerGrant is a story in which an analyst and a plumber give views.
var boilerGrant = []string{
	"Tolmar ends its boiler grant",
	"Tolmar ended its grant for new boilers on Monday, a year before it was due to close.",
	"\"The market will shrink by a third next year,\" said Lotte Kjaer, an energy analyst at Nordwind.",
	"\"We have been left with stock we cannot sell,\" said Anna Berg, a plumber in Haskemund.",
}

// TestHeardFromKinds holds that a question asking the view of persons a
// story calls by no such word ("experts") is heard where one of a kind of
// them speaks ("an energy analyst"), and not where one of another kind
// does.
func TestHeardFromKinds(t *testing.T) {
	e := storyEngine(t, boilerGrant...)
	for _, tt := range []struct {
		question  string
		paragraph int
		want      bool
	}{
		{"what do experts think this does to the industry", 3, true},
		{"what do experts think this does to the industry", 4, false},
		{"what do experts think this does to the industry", 2, false},
	} {
		q := e.read(tt.question)
		if q.viewed == 0 {
			t.Fatalf("%s: read as asking no view", tt.question)
		}
		if got := e.heardFrom(q.viewers, knowledge.Ref{Article: "story", Paragraph: tt.paragraph}); got != tt.want {
			t.Errorf("%s: heardFrom(¶%d) = %v, want %v", tt.question, tt.paragraph, got, tt.want)
		}
	}
	citesFirst(t, e, "what do experts think this does to the industry", 3)
}

// TestReckonAsksView holds that "reckon" asks a view as "think" does,
// and that a view verb the coverage never uses weighs little in a
// question that asks what one it names said: their words answer it.
func TestReckonAsksView(t *testing.T) {
	e := storyEngine(t, boilerGrant...)
	for _, tt := range []struct {
		question string
		viewed   bool
	}{
		{"what do experts reckon this does to the industry", true},
		{"what do experts think this does to the industry", true},
		{"what do experts say this does to the industry", false},
	} {
		if got := e.read(tt.question).viewed > 0; got != tt.viewed {
			t.Errorf("%s: asks a view %v, want %v", tt.question, got, tt.viewed)
		}
	}
	citesFirst(t, e, "what do experts reckon this does to the industry", 3)

	e = testdataEngine(t, "ostvik-robobus")
	for _, tt := range []struct {
		question string
		weight   float64 // at most, of the view verb
	}{
		{"who do police reckon is to blame", 0.5},
	} {
		q := e.read(tt.question)
		if !q.saying {
			t.Fatalf("%s: read as asking no one's words", tt.question)
		}
		for _, c := range q.concepts {
			if e.isView(c) && c.weight > tt.weight {
				t.Errorf("%s: %q weighs %.2f, want at most %.2f", tt.question, c.label, c.weight, tt.weight)
			}
		}
	}
}

// TestViewOfJoinedPersons holds that persons joined by "and" or "or"
// before a view verb are asked together: either speaking gives their view.
func TestViewOfJoinedPersons(t *testing.T) {
	e := storyEngine(t,
		"Marl school changes its hours",
		"The Marl school will start an hour later from September, the board said on Monday.",
		"\"My son will sleep better,\" said Ruth Asimwe, a parent of two.",
		"\"We were not asked,\" said Tom Berg, a teacher at the school.",
	)
	for _, tt := range []struct {
		question string
		want     []string // the words of the persons asked of
	}{
		{"what do teachers and parents think of it", []string{"teacher", "parent"}},
		{"what do parents or teachers think of it", []string{"parent", "teacher"}},
		{"what do parents think of it", []string{"parent"}},
	} {
		q := e.read(tt.question)
		if q.viewed == 0 {
			t.Fatalf("%s: read as asking no view", tt.question)
		}
		for _, w := range tt.want {
			if !slices.ContainsFunc(q.viewers.alts, func(a alt) bool { return slices.Equal(a.terms, []string{e.termOf(w)}) }) {
				t.Errorf("%s: the persons asked of are not put by %q", tt.question, w)
			}
		}
	}
}

// TestUnusedViewVerbWeighsLittle holds that a view verb the coverage
// never uses weighs little in a question that asks a view of persons the
// fact base knows by no name, as in one that asks what one it names said:
// their words answer it.
func TestUnusedViewVerbWeighsLittle(t *testing.T) {
	e := storyEngine(t,
		"Kell closes its old town to cars",
		"Kell will close its old town to cars from June, the council said.",
		"\"This is the best thing the council has done,\" said Tobias Wren, a spokesman for the cyclists.",
	)
	q := e.read("what do the cyclists reckon")
	if q.viewed == 0 {
		t.Fatal("read as asking no view")
	}
	if c := q.concepts[q.viewed-1]; c.weight > 0.5 {
		t.Errorf("%q weighs %.2f, want at most 0.5", c.label, c.weight)
	}
}

// TestMakeOfAsksView holds that "make" with "what" as its object and "of"
// after it asks a view ("what do X make of it"), and not elsewhere.
func TestMakeOfAsksView(t *testing.T) {
	e := storyEngine(t,
		"Marl school changes its hours",
		"The Marl school will start an hour later from September, the board said on Monday.",
		"\"My son will sleep better,\" said Ruth Asimwe, a parent of two.",
	)
	for _, tt := range []struct {
		question string
		viewed   bool
	}{
		{"what do parents make of it", true},
		{"what did parents make of the new hours", true},
		{"what do parents make for lunch", false},
	} {
		if got := e.read(tt.question).viewed > 0; got != tt.viewed {
			t.Errorf("%s: asks a view %v, want %v", tt.question, got, tt.viewed)
		}
	}
}
