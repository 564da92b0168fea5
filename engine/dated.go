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

// monthNumbers are the months by their names and the abbreviations people
// type.
var monthNumbers = map[string]time.Month{
	"january": time.January, "jan": time.January, "february": time.February, "feb": time.February,
	"march": time.March, "mar": time.March, "april": time.April, "apr": time.April, "may": time.May,
	"june": time.June, "jun": time.June, "july": time.July, "jul": time.July, "august": time.August,
	"aug": time.August, "september": time.September, "sep": time.September, "sept": time.September,
	"october": time.October, "oct": time.October, "november": time.November, "nov": time.November,
	"december": time.December, "dec": time.December,
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

// covers reports whether an event is dated to the day asked, or to a week
// or a range that holds it (any year's, when the question names none). A
// month or a year alone is no day: "in May" does not say it was on May 11.
func (d askedDay) covers(ev knowledge.Event) bool {
	if ev.Date.Year == 0 || ev.Date.Precision == knowledge.PrecisionYear || ev.Date.Precision == knowledge.PrecisionMonth && ev.Until == nil {
		return false
	}
	year := d.year
	if year == 0 {
		year = ev.Date.Year
	}
	day := time.Date(year, d.month, d.day, 0, 0, 0, 0, time.UTC)
	end := ev.Date.End()
	if ev.Until != nil {
		end = ev.Until.End()
	}
	return !day.Before(ev.Date.Start()) && !day.After(end)
}

// dayParagraphs returns the paragraphs of the events dated to the day,
// newest article first, then in order; nil if none.
func (e *Engine) dayParagraphs(d askedDay) []knowledge.Ref {
	srcs := slices.Clone(e.sources)
	slices.SortStableFunc(srcs, func(a, b *knowledge.Source) int {
		return b.Article.Published.Start().Compare(a.Article.Published.Start())
	})
	var out []knowledge.Ref
	for _, s := range srcs {
		var ps []int
		for _, ev := range s.Events {
			if d.covers(ev) {
				ps = append(ps, ev.Paragraphs...)
			}
		}
		slices.Sort(ps)
		for _, p := range slices.Compact(ps) {
			out = append(out, knowledge.Ref{Article: s.Article.ID, Paragraph: p})
		}
	}
	return out
}

// onDay keeps the candidates among the paragraphs that tell of the day
// asked, in their order; when the question asks nothing else ("what
// happened on may 11"), those paragraphs themselves, each a candidate.
func onDay(cands []candidate, refs []knowledge.Ref, asksMore bool) []candidate {
	if !asksMore {
		out := make([]candidate, len(refs))
		for i, r := range refs {
			out[i] = candidate{ref: r, coverage: 1, score: float64(len(refs) - i)}
		}
		return out
	}
	in := func(c candidate) bool {
		return slices.ContainsFunc(refs, func(r knowledge.Ref) bool {
			return cmp.Compare(r.Article, c.ref.Article) == 0 && r.Paragraph == c.ref.Paragraph
		})
	}
	return slices.DeleteFunc(cands, func(c candidate) bool { return !in(c) })
}
