package engine

import (
	"slices"
	"testing"
)

// TestClocksOf holds that one time of day written two ways is one key.
func TestClocksOf(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"struck the central pier at 4:52 a.m., according to", []string{"452am"}},
		{"The barge strikes the pier at 4:52 am", []string{"452am"}},
		{"reached the federation at 22:41 local time, before the window closed at 23:00", []string{"2241", "2300"}},
		{"from a press release at six o'clock in the evening", []string{"o'clock"}},
		{"on Tuesday, some 66 hours after", nil},
	} {
		if got := clocksOf(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%q: clocksOf %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestEventTime holds that "what time" is answered by the sentence that
// gives the time of day of the curated event the question asks of, told
// in other words ("The 86-metre Hester Quay ... struck the central pier
// ... at 4:52 a.m." for "what time did the barge smash into it"), first
// among the paragraphs that give a time of another thing; and that a
// question of a time no event or paragraph gives is still refused.
func TestEventTime(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		want, n         int // a paragraph cited among the first n, 0 for none at all
	}{
		{"../knowledge/testdata/aldbury-bridge-strike/aldbury-bridge-strike.yaml", "what time did the barge smash into it", 3, 1},
		{"../knowledge/testdata/castrel-transfer/castrel-transfer.yaml", "wat time did the deal actually go thru", 4, 2},
		{"../knowledge/testdata/castrel-transfer/castrel-transfer.yaml", "what time is kick off against harwick", 0, 0},
		{"../knowledge/testdata/kelsby-zoo-cubs/kelsby-zoo-cubs.yaml", "what time does the zoo open in the morning", 0, 0},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, tt.n) })
	}
}

// TestDayPart holds that a "what time" question that names a part of the
// day ("in the morning") is answered by a time in it, "shortly after 6
// a.m.", not "shortly after noon"; and that "the farmers" of a story of
// many farmers are not the one farmer its fact base describes.
func TestDayPart(t *testing.T) {
	for _, tt := range []struct {
		key  string
		want int
		ok   bool
	}{
		{"6am", 6 * 60, true}, {"1140pm", 23*60 + 40, true}, {"12am", 0, true}, {"12pm", 12 * 60, true},
		{"noon", 12 * 60, true}, {"2241", 22*60 + 41, true}, {"o'clock", 0, false}, {"630", 0, false},
	} {
		if got, ok := clockMinutes(tt.key); got != tt.want || ok != tt.ok {
			t.Errorf("clockMinutes(%q) = %d, %v, want %d, %v", tt.key, got, ok, tt.want, tt.ok)
		}
	}
	morning := dayParts["morning"]
	if !fitsDayPart("entering the carriageway shortly after 6 a.m.", morning) || fitsDayPart("in a statement released shortly after noon", morning) {
		t.Error("fitsDayPart: 6 a.m. is in the morning, noon is not")
	}
	citesWithin(t, "../knowledge/testdata/marsden-tractor-blockade/marsden-tractor-blockade.yaml", "what time in the morning did the farmers roll onto the road", 3, 2)
}
