package engine

import (
	"slices"
	"strings"
	"testing"
)

// TestDatedAnswersWhen holds that a paragraph giving a date answers a
// question that itself asks when, cited first, when it answers less of it
// than answerThreshold, as one bounding a time does: the date is the
// answer, and the act it dates is put in the story's words ("will lead the
// town ... until a by-election on June 8" for "when do we get to pick a
// new mayor"). Nearly none of the question is still not enough, and
// after a first paragraph a dated one needs answerThreshold: it most often
// dates another act.
func TestDatedAnswersWhen(t *testing.T) {
	tests := []struct {
		name     string
		coverage float64
		dated    bool
		first    bool
		want     bool
	}{
		{"dated, answers little, first", 0.2, true, true, true},
		{"dated, answers little, after another", 0.2, true, false, false},
		{"undated, answers little", 0.2, false, true, false},
		{"dated, answers almost nothing", 0.15, true, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := answersEnough(candidate{coverage: tt.coverage, dated: tt.dated}, tt.first); got != tt.want {
				t.Errorf("answersEnough = %v, want %v", got, tt.want)
			}
		})
	}
	cases := []struct {
		slug, question string
		want           []int // the paragraphs the reply cites
	}{
		{"ashgrove-mayor-expenses", "when do we get to pick a new mayor", []int{5, 25, 19, 4}},
		// The dates of the sale and the permits date other acts.
		{"corvey-mayor-bribery", "when r ppl supposed to move into the new flats", []int{15}},
		{"corvey-mayor-bribery", "did they find any cash when they raided the places", []int{6}},
	}
	for _, tt := range cases {
		t.Run(tt.question, func(t *testing.T) {
			e := testdataEngine(t, tt.slug)
			if got := citedParagraphs(t, e, tt.question); !slices.Equal(got, tt.want) {
				t.Errorf("cites %v, want %v", got, tt.want)
			}
		})
	}
}

// TestAsksWhenItself holds that a yes/no question with a "when" clause
// inside it asks of its claim, not for a date, unless it asks whether one
// knows when.
func TestAsksWhenItself(t *testing.T) {
	plain := func(w string) string { return strings.ToLower(w) }
	tests := []struct {
		question string
		want     bool
	}{
		{"when r ppl supposed to move into the new flats", true},
		{"so when does it open", true},
		{"did they find any cash when they raided the places", false},
		{"do we know when the bridge reopens", true},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := asksWhenItself(readWords(tt.question, plain)); got != tt.want {
				t.Errorf("asksWhenItself = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestAsksWhenHowSoon holds that "how soon" asks when, as "when" does,
// while "how long" and "how many" do not.
func TestAsksWhenHowSoon(t *testing.T) {
	plain := func(w string) string { return strings.ToLower(w) }
	tests := []struct {
		question string
		want     bool
	}{
		{"how soon will the fares authority come back with its findings", true},
		{"so how soon can we go back", true},
		{"how long did the strike last", false},
		{"how many staff were laid off", false},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := asksWhen(readWords(tt.question, plain)); got != tt.want {
				t.Errorf("asksWhen = %v, want %v", got, tt.want)
			}
		})
	}
}
