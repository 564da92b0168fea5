package extract

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// timex is one temporal expression resolved to a date.
type timex struct {
	start, end  int // byte offsets in the paragraph
	date, until string
	rule        string
	// approx is set when nothing in the clause said which side of the
	// publication date a weekday falls on, so the latest past one was taken.
	approx bool
}

const monthRE = `January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`
const fullMonthRE = `January|February|March|April|June|July|August|September|October|November|December`
const weekdayRE = `Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`
const numRE = `\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`

func monthOf(s string) time.Month {
	s = strings.TrimSuffix(s, ".")
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(m.String(), s) && len(s) >= 3 {
			return m
		}
	}
	return 0
}

func weekdayOf(s string) time.Weekday {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if d.String() == s {
			return d
		}
	}
	return -1
}

func numberOf(s string) int {
	words := map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
	if n, ok := words[strings.ToLower(s)]; ok {
		return n
	}
	n, _ := strconv.Atoi(s)
	return n
}

// timeRule is one pattern of temporal expression and how to resolve it.
// The rules are tried together; where two overlap, the longer wins ("next
// Tuesday" over "Tuesday", "June 2024" over "in June").
type timeRule struct {
	name    string
	re      *regexp.Regexp
	resolve func(m []string, c tctx) (date, until string, ok bool)
}

// tctx is what a rule may read besides its match: the publication date,
// the tense around the expression and the word before it.
type tctx struct {
	pub    time.Time
	tense  int // +1 future, -1 past, 0 unknown
	before string
	after  string
	// deadline: the expression follows "until", "by", "before" or "by the
	// end": a deadline, which a story reports ahead of it whatever the
	// tense of the verb that set it ("ordered it to delete by the end of
	// August").
	deadline bool
}

var timeRules = []timeRule{
	{"month day [year]", regexp.MustCompile(`\b(?:(?:` + weekdayRE + `),?\s+)?(` + monthRE + `)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`), func(m []string, c tctx) (string, string, bool) {
		return monthDay(m[1], m[2], m[3], c)
	}},
	{"day month [year]", regexp.MustCompile(`\b(\d{1,2})\s+(` + monthRE + `)(?:\s+(\d{4})\b)?`), func(m []string, c tctx) (string, string, bool) {
		return monthDay(m[2], m[1], m[3], c)
	}},
	{"month year", regexp.MustCompile(`\b(` + monthRE + `)\s+(\d{4})\b`), func(m []string, c tctx) (string, string, bool) {
		return m[2] + "-" + two(int(monthOf(m[1]))), "", monthOf(m[1]) != 0
	}},
	{"between years", regexp.MustCompile(`\b(?:between|from)\s+(\d{4})\s+(?:and|to|until)\s+(\d{4})\b`), func(m []string, c tctx) (string, string, bool) {
		return m[1], m[2], m[1] <= m[2]
	}},
	{"the past N units", regexp.MustCompile(`\b(?:in|over|during|for)\s+the\s+(?:past|last)\s+(` + numRE + `)\s+(days|weeks|months|years)\b`), func(m []string, c tctx) (string, string, bool) {
		n := numberOf(m[1])
		switch m[2] {
		case "days":
			return day(c.pub.AddDate(0, 0, -n)), day(c.pub), true
		case "weeks":
			return day(c.pub.AddDate(0, 0, -7*n)), day(c.pub), true
		case "months":
			return month(c.pub.AddDate(0, -n, 0)), month(c.pub), true
		}
		return strconv.Itoa(c.pub.Year() - n), strconv.Itoa(c.pub.Year()), true
	}},
	{"N units ago", regexp.MustCompile(`\b(` + numRE + `)\s+(day|week|month|year)s?\s+ago\b`), func(m []string, c tctx) (string, string, bool) {
		n := numberOf(m[1])
		switch m[2] {
		case "day":
			return day(c.pub.AddDate(0, 0, -n)), "", true
		case "week":
			d, u := week(c.pub.AddDate(0, 0, -7*n))
			return d, u, true
		case "month":
			return month(c.pub.AddDate(0, -n, 0)), "", true
		}
		return strconv.Itoa(c.pub.Year() - n), "", true
	}},
	{"last/this/next unit", regexp.MustCompile(`\b([Ll]ast|[Tt]his|[Nn]ext)\s+(weekend|week|month|year)\b`), func(m []string, c tctx) (string, string, bool) {
		off := map[string]int{"last": -1, "this": 0, "next": 1}[strings.ToLower(m[1])]
		switch m[2] {
		case "weekend":
			// The Saturday and Sunday of that week; "this weekend" in a
			// Monday story is the coming one, "last weekend" the one before.
			sat := monday(c.pub.AddDate(0, 0, 7*off)).AddDate(0, 0, 5)
			return day(sat), day(sat.AddDate(0, 0, 1)), true
		case "week":
			d, u := week(c.pub.AddDate(0, 0, 7*off))
			return d, u, true
		case "month":
			return month(time.Date(c.pub.Year(), c.pub.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)), "", true
		}
		return strconv.Itoa(c.pub.Year() + off), "", true
	}},
	{"last/this/next weekday", regexp.MustCompile(`\b([Ll]ast|[Tt]his|[Nn]ext)\s+(` + weekdayRE + `)\b`), func(m []string, c tctx) (string, string, bool) {
		wd := weekdayOf(m[2])
		switch strings.ToLower(m[1]) {
		case "last":
			return day(weekdayFrom(c.pub, wd, -1, false)), "", true
		case "next":
			return day(weekdayFrom(c.pub, wd, +1, false)), "", true
		}
		return day(weekdayFrom(c.pub, wd, c.tense, true)), "", true
	}},
	{"weekday", regexp.MustCompile(`\b(` + weekdayRE + `)\b`), func(m []string, c tctx) (string, string, bool) {
		t := c.tense
		if t == 0 {
			t = -1 // news reports what happened
		}
		return day(weekdayFrom(c.pub, weekdayOf(m[1]), t, true)), "", true
	}},
	{"today/yesterday/tomorrow", regexp.MustCompile(`\b(today|yesterday|tomorrow|tonight)\b`), func(m []string, c tctx) (string, string, bool) {
		off := map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m[1]]
		return day(c.pub.AddDate(0, 0, off)), "", true
	}},
	{"holiday", regexp.MustCompile(`\b(Easter Monday|Easter|Good Friday|Christmas Eve|Christmas|New Year's Eve|New Year's Day|Boxing Day|Victory Day|Halloween|Valentine's Day|May Day)\b`), func(m []string, c tctx) (string, string, bool) {
		return holiday(m[1], c)
	}},
	{"in month", regexp.MustCompile(`\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id-|[Ll]ast|[Nn]ext|[Tt]his|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hrough|[Tt]o)\s+(?:early\s+|late\s+|mid-)?(` + fullMonthRE + `|May)\b`), func(m []string, c tctx) (string, string, bool) {
		mo := monthOf(m[1])
		if c.after != "" && c.after[0] >= '0' && c.after[0] <= '9' {
			return "", "", false // "until April 30" is a day
		}
		t := c.tense
		switch {
		case strings.HasPrefix(strings.ToLower(m[0]), "last"), strings.HasPrefix(strings.ToLower(m[0]), "since"):
			t = -1
		case strings.HasPrefix(strings.ToLower(m[0]), "next"), strings.HasPrefix(strings.ToLower(m[0]), "until"), strings.HasPrefix(strings.ToLower(m[0]), "by"), c.deadline:
			t = +1
		}
		return month(nearestMonth(c.pub, mo, t)), "", true
	}},
	{"N-year-old event", regexp.MustCompile(`\b(` + numRE + `)-year-old\s+(?:[\w-]+\s+){0,2}?(` + eventNouns + `)\b`), func(m []string, c tctx) (string, string, bool) {
		return strconv.Itoa(c.pub.Year() - numberOf(m[1])), "", true
	}},
	{"year", regexp.MustCompile(`\b(1[89]\d\d|20\d\d)\b`), func(m []string, c tctx) (string, string, bool) {
		if strings.ContainsAny(c.after, "%") || yearUnits[c.after] || notYearBefore[c.before] {
			return "", "", false
		}
		if c.before == "since" {
			return m[1], day(c.pub), true
		}
		return m[1], "", true
	}},
}

// eventNouns may follow "3-year-old" to date a thing, not a person's age.
const eventNouns = `invasion|war|conflict|dispute|ban|rule|law|programme|program|project|ceasefire|blockade|strike|crisis|policy|agreement|deal|campaign|occupation|siege|government|regime|moratorium`

// yearUnits after a four-digit number make it a count, not a year.
var yearUnits = set(`people adults children soldiers troops votes homes flats jobs seats
	kilometres kilometers miles metres meters pounds dollars euros tonnes tons cases deaths
	patients members workers students participants residents`)

var notYearBefore = set(`about some nearly over than around almost roughly approximately No. No $ £ €`)

func two(n int) string { return strconv.Itoa(100 + n)[1:] }

func day(t time.Time) string   { return t.Format("2006-01-02") }
func month(t time.Time) string { return t.Format("2006-01") }

// week gives the ISO week holding t ("2026-W09"), which the fact base
// shows as "week of 23 February 2026". (Before the schema had weeks, this
// was the one place that wrote a week as its Monday-to-Sunday range.)
func week(t time.Time) (date, until string) {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w), ""
}

// monday is the Monday of t's week.
func monday(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// weekdayFrom finds weekday wd from pub: dir -1 the latest before, +1 the
// first after; sameDay says whether pub itself counts.
func weekdayFrom(pub time.Time, wd time.Weekday, dir int, sameDay bool) time.Time {
	if sameDay && pub.Weekday() == wd {
		return pub
	}
	if dir >= 0 {
		d := (int(wd) - int(pub.Weekday()) + 7) % 7
		if d == 0 {
			d = 7
		}
		return pub.AddDate(0, 0, d)
	}
	d := (int(pub.Weekday()) - int(wd) + 7) % 7
	if d == 0 {
		d = 7
	}
	return pub.AddDate(0, 0, -d)
}

// nearestMonth puts a month without a year in the year that fits the
// tense: the latest one not after publication for the past, the first not
// before it for the future, else the nearest.
func nearestMonth(pub time.Time, mo time.Month, tense int) time.Time {
	this := time.Date(pub.Year(), mo, 1, 0, 0, 0, 0, time.UTC)
	cur := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC)
	switch {
	case tense < 0 && this.After(cur):
		return this.AddDate(-1, 0, 0)
	case tense > 0 && this.Before(cur):
		return this.AddDate(1, 0, 0)
	case tense == 0:
		return nearest(cur, this)
	}
	return this
}

func nearest(pub, t time.Time) time.Time {
	best := t
	for _, c := range []time.Time{t.AddDate(-1, 0, 0), t.AddDate(1, 0, 0)} {
		if abs(c.Sub(pub)) < abs(best.Sub(pub)) {
			best = c
		}
	}
	return best
}

func abs(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

func monthDay(mon, dd, yyyy string, c tctx) (string, string, bool) {
	mo := monthOf(mon)
	n, _ := strconv.Atoi(dd)
	if mo == 0 || n < 1 || n > 31 {
		return "", "", false
	}
	if yyyy != "" {
		y, _ := strconv.Atoi(yyyy)
		t := time.Date(y, mo, n, 0, 0, 0, 0, time.UTC)
		return day(t), "", t.Day() == n
	}
	t := time.Date(c.pub.Year(), mo, n, 0, 0, 0, 0, time.UTC)
	switch {
	case c.deadline && t.Before(c.pub):
		t = t.AddDate(1, 0, 0)
	case c.deadline:
	case c.tense < 0 && t.After(c.pub):
		t = t.AddDate(-1, 0, 0)
	case c.tense > 0 && t.Before(c.pub):
		t = t.AddDate(1, 0, 0)
	case c.tense == 0:
		t = nearest(c.pub, t)
	}
	return day(t), "", t.Day() == n
}

// holiday dates a named day in the year that fits the tense.
func holiday(name string, c tctx) (string, string, bool) {
	at := func(y int) time.Time {
		switch name {
		case "Easter":
			return easter(y)
		case "Good Friday":
			return easter(y).AddDate(0, 0, -2)
		case "Easter Monday":
			return easter(y).AddDate(0, 0, 1)
		}
		md := map[string][2]int{"Christmas Eve": {12, 24}, "Christmas": {12, 25}, "New Year's Eve": {12, 31}, "New Year's Day": {1, 1}, "Boxing Day": {12, 26}, "Victory Day": {5, 9}, "Halloween": {10, 31}, "Valentine's Day": {2, 14}, "May Day": {5, 1}}[name]
		return time.Date(y, time.Month(md[0]), md[1], 0, 0, 0, 0, time.UTC)
	}
	t := at(c.pub.Year())
	if c.tense < 0 && t.After(c.pub) {
		t = at(c.pub.Year() - 1)
	} else if c.tense > 0 && t.Before(c.pub) {
		t = at(c.pub.Year() + 1)
	}
	return day(t), "", true
}

// easter is Easter Sunday of year y (the anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	mo := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC)
}

// findTimexes finds and resolves the temporal expressions of a paragraph.
func findTimexes(p *para, pub time.Time) []timex {
	type hit struct {
		start, end int
		rule       *timeRule
		m          []string
	}
	var hits []hit
	for i := range timeRules {
		r := &timeRules[i]
		for _, loc := range r.re.FindAllStringSubmatchIndex(p.text, -1) {
			if p.skip.contains(loc[0]) {
				continue
			}
			m := make([]string, len(loc)/2)
			for g := range m {
				if loc[2*g] >= 0 {
					m[g] = p.text[loc[2*g]:loc[2*g+1]]
				}
			}
			hits = append(hits, hit{loc[0], loc[1], r, m})
		}
	}
	// Resolve each, then keep the longest of those that overlap.
	var out []timex
	for _, h := range hits {
		c := tctx{pub: pub, tense: tenseAround(p, h.start, h.end), before: wordBefore(p, h.start), after: wordAfter(p, h.end), deadline: deadlineBefore(p, h.start)}
		d, u, ok := h.rule.resolve(h.m, c)
		if ok && d != "" {
			approx := h.rule.name == "weekday" && c.tense == 0 && d != day(pub)
			out = append(out, timex{start: h.start, end: h.end, date: d, until: u, rule: h.rule.name, approx: approx})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].end-out[i].start > out[j].end-out[j].start })
	var kept []timex
	for _, h := range out {
		ok := true
		for _, k := range kept {
			if h.start < k.end && k.start < h.end {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, h)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	out = kept
	return out
}

// deadlineBefore reports whether the words before off make what follows a
// deadline: "until", "by", "before", or "by the end" before "of <month>".
func deadlineBefore(p *para, off int) bool {
	i := p.tokenAt(off)
	w := func(k int) string {
		if i-k < 0 {
			return ""
		}
		return strings.ToLower(p.toks[i-k].text)
	}
	switch w(1) {
	case "until", "by", "before", "till":
		return true
	case "end":
		return w(2) == "the" && w(3) == "by"
	}
	return false
}

func wordBefore(p *para, off int) string {
	i := p.tokenAt(off) - 1
	if i < 0 {
		return ""
	}
	return strings.ToLower(p.toks[i].text)
}

func wordAfter(p *para, off int) string {
	i := p.tokenAt(off)
	if i >= len(p.toks) {
		return ""
	}
	return strings.ToLower(p.toks[i].text)
}
