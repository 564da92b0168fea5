package engine

import (
	"strings"
	"testing"
)

// TestHappenedBefore holds that "has it happened before" is answered by
// the paragraph of the story that goes back beyond its days, though it
// shares no word with the question ("has anyone died in there before":
// "Two cavers drowned there in June 2009"). One that says a thing
// happened before ("the second time", "previously", "a similar") goes before one that
// only gives a year, which is as often the story's own background.
func TestHappenedBefore(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		want            int // the paragraph cited first
	}{
		{"../knowledge/testdata/feldmark-cave-rescue/feldmark-cave-rescue.yaml", "has anyone died in there before", 23},
		{"../knowledge/testdata/dravik-ferry-fire/dravik-ferry-fire.yaml", "has this boat had problems before", 23},
		{"../knowledge/testdata/orvale-chemical-leak/orvale-chemical-leak.yaml", "has the plant had accidents before", 21},
		// "a similar" says so too: "The last boil-water notice on a
		// similar scale in northern Aldmere came in 2009".
		{"../knowledge/testdata/dunhollow-boil-notice/dunhollow-boil-notice.yaml", "has this kind of thing happened before in the region", 31},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, 1) })
	}
}

// TestHappenedBeforeWhere holds that "before" followed only by where asks
// whether a thing happened before, and that the paragraph that tells an
// earlier one in other words ("The last boil-water notice on a similar
// scale in northern Aldmere came in 2009") is cited though it answers
// little of the question's words.
func TestHappenedBeforeWhere(t *testing.T) {
	citesWithin(t, "../knowledge/testdata/dunhollow-boil-notice/dunhollow-boil-notice.yaml",
		"has this kind of thing happened before in the region", 31, 3)
}

// TestAsksBefore holds which questions ask whether a thing happened
// before: not those where "before" is of a time or an event.
func TestAsksBefore(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"has the plant had accidents before", true},
		{"has this kind of thing happened before in the region", true},
		{"has this happened before there", true},
		{"how can islanders get to the mainland before friday", false},
		{"did they know the backup kit was dodgy before this", false},
		{"who owned the factory before nordvik", false},
		{"before", false},
	} {
		t.Run(tt.question, func(t *testing.T) {
			var ws []word
			for _, f := range strings.Fields(tt.question) {
				ws = append(ws, word{folded: f})
			}
			if got := asksBefore(ws); got != tt.want {
				t.Errorf("asksBefore = %v, want %v", got, tt.want)
			}
		})
	}
}
