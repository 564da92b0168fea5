package engine

import (
	"strings"
	"testing"
)

// TestCalendar holds which questions ask a date in a unit of the
// calendar, and which sentences give one in it.
func TestCalendar(t *testing.T) {
	plain := func(w string) string { return strings.ToLower(w) }
	asked := []struct {
		question string
		want     string
	}{
		{"what year was greyfen started", calendarYear},
		{"What date is the first court hearing for the appeal?", calendarDay},
		{"which day do the talks begin", calendarDay},
		{"what month did the bridge reopen", calendarMonth},
		{"when is the court hearing", calendarNone},
		{"what week do the resits start", calendarNone},
		{"how many days did the strike last", calendarNone},
		{"who said what date the vote would be", calendarNone},
	}
	for _, tt := range asked {
		if got := askedCalendar(readWords(tt.question, plain)); got != tt.want {
			t.Errorf("askedCalendar(%q) = %q, want %q", tt.question, got, tt.want)
		}
	}
	given := []struct {
		unit, text string
		want       bool
	}{
		{calendarYear, "The compensation rules have not been updated since 2017.", true},
		{calendarYear, "Prices were up on last year.", true},
		{calendarYear, "The farm opened two years ago.", true},
		{calendarYear, "His birds have been shut in barns since Thursday.", false},
		{calendarYear, "He will keep paying his staff until the end of the year.", false},
		{calendarYear, "Prices were 18 percent higher than a year earlier.", false},
		{calendarDay, "The court typically takes nine to 14 months to rule on appeals.", false},
		{calendarDay, "It has 30 days to lodge an appeal.", false},
		{calendarDay, `"Today is the first time anyone has listened," she said.`, false},
		{calendarDay, "Data must be erased by June 30.", true},
		{calendarDay, "The hearing is on Tuesday.", true},
		{calendarDay, "The hearing was adjourned until tomorrow.", true},
		{calendarDay, "Two days later, officers came to her flat.", true},
		{calendarMonth, "The board will decide in December.", true},
		{calendarMonth, "Most people may not care.", false},
	}
	for _, tt := range given {
		if got := datesIn(tt.unit, readWords(tt.text, plain)); got != tt.want {
			t.Errorf("datesIn(%s, %q) = %v, want %v", tt.unit, tt.text, got, tt.want)
		}
	}
}
