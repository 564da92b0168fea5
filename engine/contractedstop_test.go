package engine

import (
	"slices"
	"testing"
)

// TestContractedStop holds that a stop word contracted with "'d", "'ve",
// "'ll", "'re" or "'m" is read as the stop word, and that a word that is
// no such contraction is left as it is.
func TestContractedStop(t *testing.T) {
	for _, tt := range []struct {
		word, want string
		ok         bool
	}{
		{"where'd", "where", true},
		{"should've", "should", true},
		{"how'll", "how", true},
		{"why'd", "why", true},
		{"who're", "who", true},
		{"they'll", "", false}, // in the stop list itself
		{"mayor'd", "", false}, // no stop word before it
		{"where", "", false},
	} {
		if got, ok := contractedStop(tt.word); got != tt.want || ok != tt.ok {
			t.Errorf("contractedStop(%q) = %q, %v, want %q, %v", tt.word, got, ok, tt.want, tt.ok)
		}
	}
}

// TestContractedStopAnswers holds that a question with a contracted stop
// word cites what it cites with the stop word written out, where it was
// refused as never mentioning "where'd".
func TestContractedStopAnswers(t *testing.T) {
	e := testdataEngine(t, "varley-orchestra-strike")
	for contracted, full := range map[string]string{
		"who was the guest violinist and where'd she fly in from": "who was the guest violinist and where did she fly in from",
		"how'd the gala get called off":                           "how did the gala get called off",
	} {
		got, want := citedParagraphs(t, e, contracted), citedParagraphs(t, e, full)
		if len(want) == 0 || !slices.Equal(got, want) {
			t.Errorf("%q cites %v, %q %v", contracted, got, full, want)
		}
	}
}
