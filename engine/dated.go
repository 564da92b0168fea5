package engine

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/coveragebot/coveragebot/knowledge"
)

// askedDay is a day a question names by its month and number ("may 11",
// "11 May", "on May 11th 2025"); year 0 when it names none.
type askedDay struct {
	year  int
	month time.Month
	day   int
}

// String is the day as a reply says it: "11 May", "11 May 2024".
func (d askedDay) String() string {
	s := strconv.Itoa(d.day) + " " + d.month.String()
	if d.year != 0 {
		s += " " + strconv.Itoa(d.year)
	}
	return s
}

// dayNumber reads a day of a month as typed: "11", "11th", "1st", "22nd".
func dayNumber(s string) (int, bool) {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		s = strings.TrimSuffix(s, suf)
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 1 && n <= 31
}

// readDay finds a day a question names by month and number and reads its
// words as phrasing: "11" of "may 11" is no number the coverage must
// write, nor "may" a verb. The coverage may give the day otherwise ("on
// Sunday"); its fact base's events say which paragraphs tell of it.
func readDay(ws []word) (askedDay, bool) {
	for i, w := range ws {
		m, ok := monthNumbers[w.folded]
		if !ok {
			continue
		}
		var d askedDay
		at := -1
		switch {
		case i+1 < len(ws):
			if n, ok := dayNumber(ws[i+1].folded); ok {
				d, at = askedDay{month: m, day: n}, i+1
			}
		}
		if at < 0 && i > 0 {
			if n, ok := dayNumber(ws[i-1].folded); ok {
				d, at = askedDay{month: m, day: n}, i-1
			}
		}
		if at < 0 {
			continue
		}
		ws[i].term, ws[at].term = "", ""
		if y := max(i, at) + 1; y < len(ws) && isYear(ws[y].folded) {
			d.year, _ = strconv.Atoi(ws[y].folded)
			ws[y].term = ""
		}
		return d, true
	}
	return askedDay{}, false
}

// readBareDay finds a day a question names by its number alone, after a
// preposition of time and "the" ("on the 23rd", "by the 15th", "from the
// 3rd"), when the coverage's events dated to a single day put one month
// only to that number: "what if im sick on the 23rd", of a story whose
// resit is on June 23, asks of June 23. Its words are then phrasing, as
// readDay's.
func (e *Engine) readBareDay(ws []word) (askedDay, bool) {
	i, n := bareDay(ws)
	if i < 0 {
		return askedDay{}, false
	}
	e.daysOnce.Do(func() { e.days = newDayIndex(e.sources) })
	if ms := e.days.months[n]; len(ms) == 1 {
		ws[i].term = ""
		return askedDay{month: ms[0], day: n}, true
	}
	return askedDay{}, false
}

// dropUndatedDay reads a day named by its number alone that no event of
// the coverage is dated to, in any month, when it is typed as an ordinal
// ("my flight is on the 20th"), as a day all the same: no number the
// coverage must mention, which may speak of it by another ("before
// October 23"). It returns the day as typed, "" when there is none. ("On
// the 23", unlike "the 23rd", may count something.)
func (e *Engine) dropUndatedDay(ws []word) string {
	i, n := bareDay(ws)
	if i < 0 || ws[i].surface == ws[i].folded {
		return ""
	}
	e.daysOnce.Do(func() { e.days = newDayIndex(e.sources) })
	if len(e.days.months[n]) > 0 {
		return ""
	}
	ws[i].term = ""
	return ws[i].surface
}

// bareDay returns where a question names a day by its number alone,
// after a preposition of time and "the", and the number; -1 for none.
func bareDay(ws []word) (at, n int) {
	for i := 2; i < len(ws); i++ {
		if ws[i-1].folded != "the" || !dayPrepositions[ws[i-2].folded] {
			continue
		}
		n, ok := dayNumber(ws[i].folded)
		if !ok {
			continue
		}
		// "by the 23 votes" counts something: a day ends the phrase.
		if i+1 < len(ws) && ws[i+1].term != "" && !isYear(ws[i+1].folded) {
			continue
		}
		return i, n
	}
	return -1, 0
}

// dayOffsets are the words that name a day by how far it is from the
// day they are said on, in days.
var dayOffsets = map[string]int{"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}

// readRelativeDay finds a day a question names by how far it is from
// today ("are they getting out of hospital tomorrow"). A reader asks of a
// story as it was published, so today is the day the newest article was
// published, when its date gives the day. The word is read as that day
// only when the coverage's events are dated to it; its words are then
// phrasing, as readDay's.
func (e *Engine) readRelativeDay(ws []word) (askedDay, bool) {
	newest := e.newestSources()
	if len(newest) == 0 || newest[0].Article.Published.Precision != knowledge.PrecisionDay {
		return askedDay{}, false
	}
	for i, w := range ws {
		off, ok := dayOffsets[w.folded]
		if !ok {
			continue
		}
		t := newest[0].Article.Published.Start().AddDate(0, 0, off)
		d := askedDay{year: t.Year(), month: t.Month(), day: t.Day()}
		if len(e.dayParagraphs(d)) == 0 {
			return askedDay{}, false
		}
		ws[i].term = ""
		return d, true
	}
	return askedDay{}, false
}

// dayPrepositions put a day after them: "on the 23rd".
var dayPrepositions = map[string]bool{"on": true, "by": true, "from": true, "until": true, "till": true, "before": true, "after": true, "since": true}

// eligible reports whether an event is dated to a day, a week or a range:
// a month or a year alone is no day ("in May" does not say it was on
// May 11).
func eligible(ev knowledge.Event) bool {
	return ev.Date.Year != 0 && ev.Date.Precision != knowledge.PrecisionYear && (ev.Date.Precision != knowledge.PrecisionMonth || ev.Until != nil)
}

// dayOf is a day as a number of days since 1 January 1970.
func dayOf(t time.Time) int32 { return int32(t.Unix() / 86400) }

// datedEvent is an event as dayIndex keeps it: the first and last day it
// covers, and its source's and its own place.
type datedEvent struct{ first, last, src, ev int32 }

// shortSpan is the most days an event of dayIndex.short covers.
const shortSpan = 31

// dayIndex lists the coverage's events dated to a day, a week or a range,
// so that a question naming a day finds its events by a binary search
// rather than by reading every event of an archive: those of up to
// shortSpan days sorted by their first day, and the few longer ranges
// apart; and the years they fall in, for a day asked without one.
type dayIndex struct {
	short, long []datedEvent
	years       []int
	// months lists, by day of the month, the months of the events dated
	// to a single day, for a day asked by its number alone ("on the
	// 23rd").
	months [32][]time.Month
}

func newDayIndex(srcs []*knowledge.Source) *dayIndex {
	x := &dayIndex{}
	for i, s := range srcs {
		for j, ev := range s.Events {
			if !eligible(ev) {
				continue
			}
			end := ev.Date.End()
			if ev.Until != nil {
				end = ev.Until.End()
			}
			d := datedEvent{dayOf(ev.Date.Start()), dayOf(end), int32(i), int32(j)}
			if d.first == d.last {
				t := ev.Date.Start()
				if !slices.Contains(x.months[t.Day()], t.Month()) {
					x.months[t.Day()] = append(x.months[t.Day()], t.Month())
				}
			}
			if d.last-d.first > shortSpan {
				x.long = append(x.long, d)
			} else {
				x.short = append(x.short, d)
			}
			for y := ev.Date.Start().Year(); y <= end.Year(); y++ {
				x.years = append(x.years, y)
			}
		}
	}
	slices.SortFunc(x.short, func(a, b datedEvent) int { return cmp.Compare(a.first, b.first) })
	slices.Sort(x.years)
	x.years = slices.Compact(x.years)
	return x
}

// on appends the events that cover day to out.
func (x *dayIndex) on(day int32, out []datedEvent) []datedEvent {
	i, _ := slices.BinarySearchFunc(x.short, day+1, func(d datedEvent, t int32) int { return cmp.Compare(d.first, t) })
	for i--; i >= 0 && x.short[i].first >= day-shortSpan; i-- {
		if x.short[i].last >= day {
			out = append(out, x.short[i])
		}
	}
	for _, d := range x.long {
		if d.first <= day && day <= d.last {
			out = append(out, d)
		}
	}
	return out
}

// dayParagraphs returns the paragraphs of the events dated to the day (in
// any year the events fall in, when the question names none), newest
// article first, then in order; nil if none.
func (e *Engine) dayParagraphs(d askedDay) []knowledge.Ref {
	e.daysOnce.Do(func() { e.days = newDayIndex(e.sources) })
	years := e.days.years
	if d.year != 0 {
		years = []int{d.year}
	}
	var found []datedEvent
	for _, y := range years {
		t := time.Date(y, d.month, d.day, 0, 0, 0, 0, time.UTC)
		if t.Month() != d.month {
			continue // no 31 June
		}
		found = e.days.on(dayOf(t), found)
	}
	slices.SortFunc(found, func(a, b datedEvent) int {
		if c := newerFirst(e.sources[a.src], e.sources[b.src]); c != 0 {
			return c
		}
		return cmp.Compare(a.src, b.src)
	})
	var out []knowledge.Ref
	for i := 0; i < len(found); {
		j := i
		var ps []int
		for ; j < len(found) && found[j].src == found[i].src; j++ {
			ps = append(ps, e.sources[found[j].src].Events[found[j].ev].Paragraphs...)
		}
		slices.Sort(ps)
		for _, p := range slices.Compact(ps) {
			out = append(out, knowledge.Ref{Article: e.sources[found[i].src].Article.ID, Paragraph: p})
		}
		i = j
	}
	return out
}

// asCandidates makes the paragraphs that tell of the day asked the
// candidates, in their order, for a question that asks nothing else
// ("what happened on may 11").
func asCandidates(refs []knowledge.Ref) []candidate {
	out := make([]candidate, len(refs))
	for i, r := range refs {
		out[i] = candidate{ref: r, coverage: 1, score: float64(len(refs) - i)}
	}
	return out
}

// onDay returns the candidates among the paragraphs that tell of the day
// asked, in their order, leaving cands as they were.
func onDay(cands []candidate, refs []knowledge.Ref) []candidate {
	var out []candidate
	for _, c := range cands {
		if slices.Contains(refs, c.ref) {
			out = append(out, c)
		}
	}
	return out
}
