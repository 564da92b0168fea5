package engine

import (
	"testing"
)

// TestTruthAsked holds that the words by which a question asks whether a
// claim holds ("is it true that", "right?", "or not") are no concepts of
// it, and that the claim's own words are.
func TestTruthAsked(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		question string
		gone     string // a label no concept may have
		kept     string // a label a concept must have
	}{
		{"is it true that putin is going to istanbul", "true", "istanbul"},
		{"so is it true the talks were moved", "true", "talks"},
		{"is it right zelenskyy will go", "right", "zelenskyy"},
		{"zelenskyy will go to the talks, right?", "right", "talks"},
		{"will putin come or not", "not", "putin"},
		{"the talks are in istanbul, is that true?", "true", "talks"},
	} {
		t.Run(tt.question, func(t *testing.T) {
			q := e.read(tt.question)
			if _, ok := conceptLabeled(q, tt.gone); ok {
				t.Errorf("read %q as a concept", tt.gone)
			}
			if _, ok := conceptLabeled(q, tt.kept); !ok {
				t.Errorf("no concept %q", tt.kept)
			}
		})
	}
}

// TestFreeRelative holds that a wh-word inside a yes/no question, after a
// verb that is no word of knowing, heads what the claim is about ("are
// shops rationing what people can buy": not a question of which people),
// while after a word of knowing it still asks ("is it known who Moscow is
// sending").
func TestFreeRelative(t *testing.T) {
	for _, tt := range []struct {
		question string
		at       int
		want     bool
	}{
		{"are some shops rationing what people can buy", 4, true},
		{"did sales beat what wall street expected", 3, true},
		{"is it known who moscow is sending", 3, false},
		{"do the cops know who painted them", 4, false},
		{"what are the shops rationing", 0, false},
		{"which shops are rationing what people buy", 4, false},
	} {
		t.Run(tt.question, func(t *testing.T) {
			ws := make([]word, 0)
			for _, s := range splitWords(tt.question) {
				ws = append(ws, word{surface: s, folded: s, term: s})
			}
			if got := freeRelative(ws, tt.at); got != tt.want {
				t.Errorf("freeRelative(%q) = %v, want %v", ws[tt.at].folded, got, tt.want)
			}
		})
	}
}

// TestYesNoClaimCited holds that a yes/no question is answered by the
// paragraph that tells its claim, asked as "is it true": "some shops are
// rationing what people can buy" is ¶14's "had limited purchases of
// certain imported goods", not a paragraph of people.
func TestYesNoClaimCited(t *testing.T) {
	citesWithin(t, "../knowledge/testdata/brantham-port-strike/brantham-port-strike.yaml", "is it true some shops are rationing what people can buy", 14, 1)
}
