package engine

import (
	"slices"
	"strconv"

	"github.com/coveragebot/coveragebot/knowledge"
)

// A question that asks "what year" or "what date" names the unit of the
// calendar its answer is in, and a paragraph that gives no date in that
// unit does not answer it, whatever else it dates: "since Thursday" and
// "by the end of the year" say not what year a farm was started, and "nine
// to 14 months to rule" gives no date of a hearing. A plain "when" is left
// to any date, or to none ("after the crash").

// The units of the calendar a question may ask its date in.
const (
	calendarNone  = ""
	calendarYear  = "year"
	calendarMonth = "month"
	calendarDay   = "day"
)

// askedUnits are the nouns after "what" or "which" that ask a date in a
// unit of the calendar: a date is given by its day ("on June 30", "on
// Tuesday") or, in part, by its month.
var askedUnits = map[string]string{"year": calendarYear, "month": calendarMonth, "day": calendarDay, "date": calendarDay}

// askedCalendar returns the unit of the calendar a question asks its date
// in, when its first question word is "what" or "which" right before the
// unit's noun ("what year was the mill started", "what date is the
// hearing"); calendarNone for any other question, "when" among them.
func askedCalendar(ws []word) string {
	for i, w := range ws {
		switch w.folded {
		case "what", "which", "whats":
			if i+1 < len(ws) {
				return askedUnits[ws[i+1].folded]
			}
			return calendarNone
		case "who", "where", "why", "how", "whose", "whom", "when":
			return calendarNone
		}
	}
	return calendarNone
}

// givesCalendar reports whether a paragraph gives a date in the unit a
// question asks it in (see askedCalendar), outside a wire story's
// dateline: a year by its number or from now ("last year", "two years
// ago"); a month by its name or from now; a day by its weekday, its
// number in a month, its name from today ("yesterday"), from another day
// ("three days later", "the next day"), or, in part, by its month.
//
// The date must be of what the question asks the date of: the sentence
// that gives it puts some other word of the question too. "What date is
// the first court hearing" is not answered by "the watchdog on Wednesday
// ordered Veltra to pay", nor "what year was greyfen started" by "the
// compensation rules had not been updated since 2017".
func (e *Engine) givesCalendar(q question, ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	if pi == nil {
		return false
	}
	var of []concept
	for _, c := range q.concepts {
		if askedUnits[c.lemma] == "" {
			of = append(of, c)
		}
	}
	for i, sent := range pi.sents {
		if len(of) > 0 && !slices.ContainsFunc(of, func(c concept) bool { return c.sureMatch(sent.terms()) > 0 }) {
			continue
		}
		if e.datesOf(q, of, e.readText(afterDateline(pi.sentence(i)))) {
			return true
		}
	}
	return false
}

// datesOf reports whether a sentence's words give a date in the unit a
// question asks it in, and give it of what the question asks: in one
// clause with a word of the question ("replayed in full at a date to be
// agreed and that it had postponed Rovers' next fixture ... on Tuesday"
// dates the fixture, not the replay), and not the date the question
// itself states ("what date do the september resits start" is not
// answered by "the September resit round"). A sentence that puts the
// question's words only as a phrase is taken whole.
func (e *Engine) datesOf(q question, of []concept, ws []word) bool {
	at := make([]bool, len(ws))
	anyAt := false
	for j, w := range ws {
		if len(of) > 0 && w.term != "" {
			if id := e.vocab.id(w.term); id != 0 {
				one := termSet{id}
				at[j] = slices.ContainsFunc(of, func(c concept) bool { return c.sureMatch(one) > 0 })
				anyAt = anyAt || at[j]
			}
		}
	}
	for k := range ws {
		if q.statedDates[ws[k].folded] || !calendarAt(q.calendar, ws, k) {
			continue
		}
		if !anyAt {
			return true
		}
		for j := range ws {
			if at[j] && !slices.ContainsFunc(ws[min(j, k)+1:max(j, k)], func(w word) bool { return joins[w.folded] && !sameTime[w.folded] }) {
				return true
			}
		}
	}
	return false
}

// sameTime are the joins whose clause happens at the time of the one it
// joins, so that a date in either dates both: "the stand collapsed on
// Saturday when fans rushed the pitch"; "since" before a date is no join
// but its preposition ("not updated since 2017").
var sameTime = map[string]bool{"when": true, "while": true, "since": true}

// statedDates returns the words of a question that name a date of their
// own (a month, a weekday, a year): what the question states is not what
// it asks.
func statedDates(ws []word) map[string]bool {
	var out map[string]bool
	for _, w := range ws {
		if monthNumbers[w.folded] != 0 || weekdays[w.folded] || isYear(w.folded) {
			if out == nil {
				out = map[string]bool{}
			}
			out[w.folded] = true
		}
	}
	return out
}

// datesIn reports whether words give a date in a unit of the calendar
// (see givesCalendar).
func datesIn(unit string, ws []word) bool {
	for k := range ws {
		if calendarAt(unit, ws, k) {
			return true
		}
	}
	return false
}

// calendarAt reports whether the words from k on give a date in a unit of
// the calendar (see givesCalendar).
func calendarAt(unit string, ws []word, k int) bool {
	f := ws[k].folded
	named := isCapitalised(ws[k].surface)
	// placed: the unit's noun after a word that places it ("last year",
	// "the next day") or before one ("two years ago"). A year or a month
	// is placed from now, not from another date: "a year earlier" says
	// not which year. A day may be: "the day after the crash".
	placed := func(nouns ...string) bool {
		for _, n := range nouns {
			if f != n {
				continue
			}
			if k > 0 && unitPlacers[ws[k-1].folded] || k+1 < len(ws) && (ws[k+1].folded == "ago" || n == "day" || n == "days") && relativeAfter[ws[k+1].folded] {
				return true
			}
		}
		return false
	}
	switch unit {
	case calendarYear:
		return isYear(f) || placed("year", "years")
	case calendarMonth:
		return monthNumbers[f] != 0 && named || placed("month", "months")
	case calendarDay:
		if dayNames[f] {
			return true
		}
		if _, err := strconv.Atoi(f); err == nil && dayOfMonth(ws, k) {
			return true
		}
		return (weekdays[f] || monthNumbers[f] != 0) && named || placed("day", "days")
	}
	return false
}

// dayNames name a day from today. Not "today" itself: a story dates its
// own day by the weekday ("said on Wednesday"), and its speakers' "today"
// is seldom a date ("Today is the first time anyone has listened").
var dayNames = map[string]bool{"yesterday": true, "tomorrow": true}

// unitPlacers place a unit of the calendar from now or from another date
// when they come before its noun: "last year", "the following day".
var unitPlacers = map[string]bool{"last": true, "next": true, "this": true, "following": true, "previous": true, "same": true, "that": true}
