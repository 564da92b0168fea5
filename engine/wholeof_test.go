package engine

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWholeNumbers holds which questions give the whole they ask a part
// of by a number, and which sentences give another number.
func TestWholeNumbers(t *testing.T) {
	plain := func(w string) string { return strings.ToLower(w) }
	for _, tt := range []struct {
		question string
		want     []string
	}{
		{"how many of the 27 families r suing the company", []string{"27"}},
		{"how much of the 40 million goes to restoration", []string{"40", "million"}},
		{"how many of its 300 staff will lose their jobs", []string{"300"}},
		{"how many of the families are suing", nil},
		{"how many families are suing", nil},
		{"how many of the 2022 applicants got in", nil},
	} {
		if diff := cmp.Diff(tt.want, wholeNumbers(readWords(tt.question, plain))); diff != "" {
			t.Errorf("wholeNumbers(%q) mismatch (-want, +got):\n%s", tt.question, diff)
		}
	}
	for _, tt := range []struct {
		text  string
		whole []string
		want  bool
	}{
		{"The complaint was lodged in September 2022 on behalf of 27 families.", []string{"27"}, false},
		{"The government will set up a 40-million-dollar reef fund.", []string{"40", "million"}, false},
		{"Eleven of the 27 families have since joined the suit.", []string{"27"}, true},
		{"A quarter of the 40 million will go to restoration.", []string{"40", "million"}, true},
	} {
		if got := numbersBeside(readWords(tt.text, plain), tt.whole); got != tt.want {
			t.Errorf("numbersBeside(%q, %v) = %v, want %v", tt.text, tt.whole, got, tt.want)
		}
	}
}
