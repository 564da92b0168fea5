package engine

import (
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestAsksDuration holds that "how long" before "do" or a modal, or before
// "be" and a person, asks a span of time; "how long is the bridge" may
// ask a length, and "how long has" asks since when.
func TestAsksDuration(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"how long did it take to put the fire out", true},
		{"how long does the law last", true},
		{"how long will the repairs take", true},
		{"how long were they in there", true},
		{"how long is the bridge", false},
		{"how long has wexley had free libraries", false},
		{"how far is the airport", false},
	} {
		if got := asksDuration(e.readText(tt.question)); got != tt.want {
			t.Errorf("%q: duration %v, want %v", tt.question, got, tt.want)
		}
	}
}

// TestGivesDuration holds that a span of time is a count of units of time
// that is no rate, or two times of day; a length is none.
func TestGivesDuration(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"a journey that took each of them between four and six hours", true},
		{"Now it is measured in a handful of years, and reefs need at least ten to recover", true},
		{"Thieves take four works in a seven-minute raid", true},
		{"An alarm went off at 3:12 a.m., and the first patrol car arrived at 3:26 a.m.", true},
		{"sent another 18 to Dunhallow airport, 110 km to the south, where it laid on coaches", false},
		{"tried to get through the 140-metre-long Fenster sump", false},
		{"walked briskly for at least 30 minutes a day", true},
		{"in a statement posted within an hour of the decision", false},
		{`Solvang said the eruption could go on "for days or possibly weeks,"`, true},
		{"The strike went on for a day", true},
		{"chanting outside the ticket office for about an hour and a half", true},
		{"the fire burned for more than an hour", true},
		{"the crossing takes half an hour", true},
		{"a second protest at Millbridge station on April 6, the day the new fares take effect", false},
		{"the hearing was set for March 12, a week after the vote", false},
	} {
		if got := givesDuration(tt.text, e.readText(tt.text)); got != tt.want {
			t.Errorf("%q: duration %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestHowLongDid holds that a span of time asked is told by a span, in
// numbers or not, of what the question asks, and by no length: "110 km
// to the south" says not how long the coach takes.
func TestHowLongDid(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		want            int // a paragraph cited, 0 for none at all
	}{
		{"../knowledge/testdata/arnvale-runway/arnvale-runway.yaml", "how long does the coach from dunhallow take", 0},
		{"../knowledge/testdata/reef-study/reef-study.yaml", "how long does a reef need to bounce back", 12},
		{"../knowledge/testdata/museum-heist/museum-heist.yaml", "how long did it take the cops to arrive", 3},
		// "Take" says what is measured: the span must be of putting
		// the fire out, not "within 30 days" beside "a fire".
		{"../knowledge/testdata/dravik-ferry-fire/dravik-ferry-fire.yaml", "how long did it take to put the fire out", 9},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, 3) })
	}
}

// TestStorySpan holds that a "how long" that names nothing but the span is
// the story's, told by its first paragraph that gives one; one that names
// something is read as any other.
func TestStorySpan(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"how long were they in there", true},
		{"how long did it last", true},
		{"how long did the truce last", false},
		{"how long did it take to put the fire out", false},
	} {
		if got := e.read(tt.question).asksSpanAlone(); got != tt.want {
			t.Errorf("%q: span alone %v, want %v", tt.question, got, tt.want)
		}
	}
	citesWithin(t, "../knowledge/testdata/museum-heist/museum-heist.yaml", "how long were they in there", 3, 1)
	// "Stuck" is no word of the coverage, known only as "stay" by a far
	// neighbour: the span asked is the story's ("more than three days
	// marooned").
	citesWithin(t, "../knowledge/testdata/feldmark-cave-rescue/feldmark-cave-rescue.yaml", "how long were they stuck down there", 2, 1)
}

// TestSpanAnswersLong holds that the "long" of a "how long did it take"
// question is answered by a span of time in other words than the
// question's: "spent more than nine hours under a cloudless sky" says how
// long they were stuck out in the sun.
func TestSpanAnswersLong(t *testing.T) {
	tests := []struct {
		name, slug, question string
		first                int
	}{
		{"span under another verb", "caverly-whale-stranding", "how long were they stuck out in the sun", 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			citesFirst(t, testdataEngine(t, tt.slug), tt.question, tt.first)
		})
	}
}

// TestGivesSpanOfTime holds that a paragraph gives a span of time by any
// of its sentences, one that gives no figure included: a span counted by
// a word ("several weeks") or opening the sentence ("For days").
func TestGivesSpanOfTime(t *testing.T) {
	e := storyEngine(t,
		"Villagers cut off by a landslide",
		"For days, nobody could reach the village of Orme.",
		"Repairs to the road took several weeks, the council said.",
		"The road reopened at 9 a.m. on Monday.",
	)
	for _, tt := range []struct {
		paragraph int
		want      bool
	}{
		{2, true},
		{3, true},
		{4, false},
	} {
		ref := knowledge.Ref{Article: "story", Paragraph: tt.paragraph}
		if got := e.givesSpanOfTime(ref); got != tt.want {
			t.Errorf("¶%d gives a span of time: %v, want %v", tt.paragraph, got, tt.want)
		}
	}
}

// TestEndsSpan holds that a span of time may be told by the date it runs
// until ("until 2027", "till the end of June"), not by a date something
// is done by or before, nor by "until" before a clause.
func TestEndsSpan(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"her team would keep tracking 3,000 of the children until 2027", true},
		{"The route stays suspended until at least Sept. 30", true},
		{"The exhibition runs till the end of June", true},
		{"The road will stay shut until the autumn", true},
		{"The council must publish its report by March 2030", false},
		{"The plant will not reopen until inspectors are satisfied", false},
		{"It was built before 1990", false},
	} {
		if got := endsSpan(e.readText(tt.text)); got != tt.want {
			t.Errorf("%q: ends a span %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestHowLongUntil holds that "how long" something goes on is answered by
// the date it goes on until, and how long something takes is not: "would
// not open until the autumn of 2029" says not how long the train takes.
func TestHowLongUntil(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		want            int // a paragraph cited first, 0 for none at all
	}{
		{"../knowledge/testdata/marwick-malaria-trial/marwick-malaria-trial.yaml", "how long will the researchers keep tracking the children", 30},
		{"../knowledge/testdata/tarvik-stadium/tarvik-stadium.yaml", "how long does the train take from sollen to the new station", 0},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, 1) })
	}
}
