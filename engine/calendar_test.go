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

// TestGivesCalendarOf holds that a paragraph dates what a "what year" or
// "what date" question asks the date of only in a sentence that puts
// another word of the question: another act's date is no answer.
func TestGivesCalendarOf(t *testing.T) {
	tests := []struct {
		article, question string
		abstain           bool
	}{
		// "... had not been updated since 2017": the rules', not the
		// farm's.
		{"selmarsh-bird-flu", "what year was greyfen started", true},
		// "on Wednesday ordered Veltra to pay": the order's day.
		{"veltra-privacy-fine", "what date is the first court hearing for the appeal", true},
		// "The next regular election is not due until September 2026."
		{"ostermark-coalition", "what month is the next regular election", false},
		// "... replayed in full at a date to be agreed and that it had
		// postponed Rovers' next fixture ... on Tuesday": the fixture's
		// day, in another clause.
		{"kelburn-stand-collapse", "what date will the replay be", true},
		{"kelburn-stand-collapse", "what day is rovers next fixture", false},
		// "... in the September resit round": the month the question
		// states; "cannot attend on June 23" dates the exam.
		{"quillan-exams", "what date do the resits in september begin", true},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			e := testdataEngine(t, tt.article)
			ans, err := e.Ask(t.Context(), tt.question, 4)
			if err != nil {
				t.Fatal(err)
			}
			if ans.Abstained != tt.abstain {
				t.Errorf("cites %d, abstain = %v, want %v", len(ans.Passages), ans.Abstained, tt.abstain)
			}
		})
	}
}
