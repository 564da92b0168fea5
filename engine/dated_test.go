package engine

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestReadDay holds which questions name a day by month and number, and
// that its words are then phrasing.
func TestReadDay(t *testing.T) {
	plain := func(w string) string { return w }
	tests := []struct {
		question string
		want     askedDay
		ok       bool
	}{
		{"what happened on may 11", askedDay{month: time.May, day: 11}, true},
		{"what happened on 11 may", askedDay{month: time.May, day: 11}, true},
		{"what did putin say on May 11th 2025", askedDay{year: 2025, month: time.May, day: 11}, true},
		{"what happened on sept 3rd", askedDay{month: time.September, day: 3}, true},
		{"may putin come", askedDay{}, false},
		{"what happened in march", askedDay{}, false},
		{"how many died in march 2022", askedDay{}, false}, // a year is no day
	}
	for _, tt := range tests {
		ws := readWords(tt.question, plain)
		got, ok := readDay(ws)
		if ok != tt.ok || got != tt.want {
			t.Errorf("readDay(%q) = %+v, %v; want %+v, %v", tt.question, got, ok, tt.want, tt.ok)
		}
		if ok && slices.ContainsFunc(ws, func(w word) bool { return w.term != "" && (monthNumbers[w.folded] != 0 || isNumberWord(w.folded)) }) {
			t.Errorf("readDay(%q) leaves the day's words to be read", tt.question)
		}
	}
}

// TestAskDay holds that a question naming a day is answered by the
// paragraphs of the events the fact base dates to it (May 11 is the
// Sunday of ¶2 and ¶8, which never say "May 11"), first among those a
// question that asks more would cite; and that a day nothing is dated to
// is said to be so.
func TestAskDay(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		question string
		first    []int  // the first paragraphs cited, in order
		reason   string // a part of the reason, for an abstention
	}{
		{"what happened on may 11", []int{2, 8}, ""},
		{"what happened on 11 May 2025", []int{2, 8}, ""},
		{"what did putin say on may 11", []int{8}, ""},
		{"what did podolyak say on may 13", []int{13}, ""},
		{"what happened on may 11 2024", nil, "Nothing in it is dated 11 May 2024"},
	}
	for _, tt := range tests {
		ans, err := e.Ask(t.Context(), tt.question, 4)
		if err != nil {
			t.Fatal(err)
		}
		got := paragraphsOf(ans)
		if tt.first == nil {
			if !ans.Abstained || !strings.Contains(ans.Reason, tt.reason) {
				t.Errorf("%q: cites %v (%q), want an abstention saying %q", tt.question, got, ans.Reason, tt.reason)
			}
			continue
		}
		if len(got) < len(tt.first) || !slices.Equal(got[:len(tt.first)], tt.first) {
			t.Errorf("%q: cites %v, want %v first", tt.question, got, tt.first)
		}
	}
}
