package engine

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/knowledge"
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

// TestDayIndex holds which events cover a day: one of that day, a week or
// a range of months or days that holds it (a long one kept apart); not a
// month alone, nor a range of years.
func TestDayIndex(t *testing.T) {
	date := func(s string) knowledge.Date {
		d, err := knowledge.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	until := func(s string) *knowledge.Date { d := date(s); return &d }
	src := &knowledge.Source{Events: []knowledge.Event{
		{Date: date("2025-05-11")},                             // 0: the day
		{Date: date("2025-W19")},                               // 1: 5-11 May 2025
		{Date: date("2025-03"), Until: until("2025-05")},       // 2: a range of months
		{Date: date("2025-05")},                                // 3: a month alone
		{Date: date("2025-01-15"), Until: until("2025-06-30")}, // 4: a long range, kept apart
		{Date: date("2025-05-12")},                             // 5: the next day
		{Date: date("2024-05-11")},                             // 6: a year before
		{Date: date("2014"), Until: until("2025")},             // 7: years alone
	}}
	x := newDayIndex([]*knowledge.Source{src})
	var got []int32
	for _, d := range x.on(dayOf(time.Date(2025, time.May, 11, 0, 0, 0, 0, time.UTC)), nil) {
		got = append(got, d.ev)
	}
	slices.Sort(got)
	if want := []int32{0, 1, 2, 4}; !slices.Equal(got, want) {
		t.Errorf("events on 11 May 2025: %v, want %v", got, want)
	}
	if len(x.long) != 2 || !slices.Equal(x.years, []int{2024, 2025}) {
		t.Errorf("%d long ranges, years %v; want two (the months and the days), and 2024 and 2025", len(x.long), x.years)
	}
}

// TestBareDay holds that a day asked by its number alone, after a
// preposition of time and "the", is the day of that number the fact base
// dates events to when it dates them to one month only, and nothing
// otherwise. A day typed as an ordinal that no event is dated to is still
// a day, no number the coverage must mention: "ill on the 21st" is
// answered where the story says what the ill may do, and "what happened
// on the 21st" is not answered at all.
func TestBareDay(t *testing.T) {
	e := storyEngineWith(t, `events:
  - id: leak
    date: "2026-06-10"
    summary: The exam paper leaks and the exam is called off.
    paragraphs: [2]
  - id: resit
    date: "2026-06-23"
    summary: The students sit the new paper.
    paragraphs: [3]
  - id: marks
    date: "2026-08-10"
    summary: The marks are published.
    paragraphs: [4]
`,
		"Maths exam called off after paper leaks",
		"The exams board called off the national maths exam on Wednesday after the paper leaked overnight.",
		"The exam will now be held on June 23. Students who are ill that day can sit it in September.",
		"Marks will be published on August 10.",
	)
	tests := []struct {
		question string
		want     []int
	}{
		{"what if im sick on the 23rd", []int{3}},
		{"what happens on the 23 students", nil},
		{"im ill on the 21st, can i sit it in september", []int{3}},
		{"what happened on the 21st", nil},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			ans, err := e.Ask(t.Context(), tt.question, 3)
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, p := range ans.Passages {
				got = append(got, p.Ref.Paragraph)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("cites %v (%s), want %v", got, ans.Reason, tt.want)
			}
		})
	}
	// June 10 or August 10: no one day.
	if d, ok := e.readBareDay(e.readText("what happens on the 10th")); ok {
		t.Errorf("the 10th is read as %v", d)
	}
}

// TestRelativeDay holds that a day asked by how far it is from today
// ("tomorrow", "yesterday") is counted from the day the story was
// published, and answered by the paragraphs of the events dated to it
// even where they put the question in other words; and that a relative
// day nothing is dated to is no day at all.
func TestRelativeDay(t *testing.T) {
	e := storyEngineWith(t, `events:
  - id: flood
    date: "2026-03-17"
    summary: Floodwater closes the ring road.
    paragraphs: [2]
  - id: discharge
    date: "2026-03-19"
    summary: The injured climbers leave hospital.
    paragraphs: [4]
`,
		"Two climbers rescued after floods close ring road",
		"Floodwater closed the ring road on Tuesday and the climbers were cut off.",
		"Both climbers were taken to the county hospital with mild hypothermia.",
		"A doctor said they were expected to be discharged on Thursday.",
	)
	tests := []struct {
		question string
		want     []int // the first paragraphs cited
	}{
		{"are the climbers getting out of hospital tmrw", []int{4}},
		{"are the climbers getting out of hospital tomorrow", []int{4}},
		{"what closed yesterday", []int{2}},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			ans, err := e.Ask(t.Context(), tt.question, 3)
			if err != nil {
				t.Fatal(err)
			}
			got := paragraphsOf(ans)
			if len(got) < len(tt.want) || !slices.Equal(got[:len(tt.want)], tt.want) {
				t.Errorf("cites %v (%s), want %v first", got, ans.Reason, tt.want)
			}
		})
	}
	// Nothing is dated to today: "today" is left a word.
	if d, ok := e.readRelativeDay(e.readText("what happened today")); ok {
		t.Errorf("today is read as %v", d)
	}
}
