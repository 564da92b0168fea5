package knowledge

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a date the source supports.
type Precision string

// The precisions a date may have.
const (
	PrecisionYear  Precision = "year"
	PrecisionMonth Precision = "month"
	PrecisionWeek  Precision = "week"
	PrecisionDay   Precision = "day"
)

// Date is a calendar date known to a year, a month, a week or a day. Dates
// are never made more precise than the text they come from.
type Date struct {
	Year int
	// Month is 0 when the precision is year.
	Month time.Month
	// Day is 0 unless the precision is day or week. A week is kept as its
	// Monday, so Year, Month and Day are that Monday's, which may fall in the
	// year before the ISO week's own (2026-W01 is Monday 29 December 2025).
	Day       int
	Precision Precision
	// Approximate marks a date the text gives loosely: "around 2019", or
	// "on Friday" said on a Thursday, which may be either side of it. It is
	// shown as "about March 2025" or "c. 2019"; the date itself is the
	// text's best reading.
	Approximate bool
}

const dateFormats = "use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www (ISO week, e.g. 2026-W10)"

// ParseDate reads YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 week, YYYY-Www
// (2026-W10 is the week from Monday 2 March to Sunday 8 March 2026). Year
// 0000 is refused: a zero year is how Date says "no date".
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	parts := strings.Split(s, "-")
	bad := fmt.Errorf("%q is not a date: %s", s, dateFormats)
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, bad
	}
	if len(parts) == 2 && len(parts[1]) == 3 && (parts[1][0] == 'W' || parts[1][0] == 'w') {
		return parseWeek(s, parts[0], parts[1][1:])
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		if i > 0 && len(p) != 2 {
			return Date{}, bad
		}
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return Date{}, bad
		}
		nums[i] = n
	}
	if nums[0] == 0 {
		return Date{}, fmt.Errorf("%q is not a date: there is no year 0000", s)
	}
	d := Date{Year: nums[0], Precision: PrecisionYear}
	if len(nums) > 1 {
		if nums[1] < 1 || nums[1] > 12 {
			return Date{}, fmt.Errorf("%q is not a date: month %d is not 1-12", s, nums[1])
		}
		d.Month, d.Precision = time.Month(nums[1]), PrecisionMonth
	}
	if len(nums) > 2 {
		last := time.Date(d.Year, d.Month+1, 0, 0, 0, 0, 0, time.UTC).Day()
		if nums[2] < 1 || nums[2] > last {
			return Date{}, fmt.Errorf("%q is not a date: %s %d has no day %d", s, d.Month, d.Year, nums[2])
		}
		d.Day, d.Precision = nums[2], PrecisionDay
	}
	return d, nil
}

// parseWeek reads the year and week number of an ISO week. Week 1 is the
// week that holds 4 January; a year has 52 or 53 weeks.
func parseWeek(s, year, week string) (Date, error) {
	y, err1 := strconv.Atoi(year)
	w, err2 := strconv.Atoi(week)
	if err1 != nil || err2 != nil || y < 0 || w < 0 {
		return Date{}, fmt.Errorf("%q is not a date: %s", s, dateFormats)
	}
	if y == 0 {
		return Date{}, fmt.Errorf("%q is not a date: there is no year 0000", s)
	}
	jan4 := time.Date(y, time.January, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
	if gy, gw := monday.ISOWeek(); w < 1 || gy != y || gw != w {
		return Date{}, fmt.Errorf("%q is not a date: %d has no ISO week %d", s, y, w)
	}
	return Date{Year: monday.Year(), Month: monday.Month(), Day: monday.Day(), Precision: PrecisionWeek}, nil
}

// MustDate is ParseDate for literals known to be valid; it panics otherwise.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// String gives the ISO form at the date's precision: 2025, 2025-05,
// 2025-05-11 or 2026-W10. It does not say whether the date is approximate.
func (d Date) String() string {
	switch d.Precision {
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	case PrecisionWeek:
		y, w := d.Start().ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	default:
		return fmt.Sprintf("%04d", d.Year)
	}
}

// Human gives the date as a reader would write it: 11 May 2025, week of
// 2 March 2026, May 2025 or 2025; an approximate one reads "about 11 May
// 2025", "about the week of 2 March 2026", "about May 2025" or "c. 2019".
func (d Date) Human() string {
	var s string
	switch d.Precision {
	case PrecisionDay:
		s = fmt.Sprintf("%d %s %d", d.Day, d.Month, d.Year)
	case PrecisionWeek:
		s = fmt.Sprintf("week of %d %s %d", d.Day, d.Month, d.Year)
	case PrecisionMonth:
		s = fmt.Sprintf("%s %d", d.Month, d.Year)
	default:
		s = strconv.Itoa(d.Year)
	}
	switch {
	case !d.Approximate:
		return s
	case d.Precision == PrecisionYear:
		return "c. " + s
	case d.Precision == PrecisionWeek:
		return "about the " + s
	default:
		return "about " + s
	}
}

// IsZero reports whether d was never set.
func (d Date) IsZero() bool { return d.Year == 0 }

// Start is the first day the date covers.
func (d Date) Start() time.Time {
	m, day := d.Month, d.Day
	if m == 0 {
		m = time.January
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Year, m, day, 0, 0, 0, 0, time.UTC)
}

// End is the last day the date covers.
func (d Date) End() time.Time {
	switch d.Precision {
	case PrecisionDay:
		return d.Start()
	case PrecisionWeek:
		return d.Start().AddDate(0, 0, 6)
	case PrecisionMonth:
		return d.Start().AddDate(0, 1, -1)
	default:
		return d.Start().AddDate(1, 0, -1)
	}
}

// Within reports whether every day d covers lies in the window from the
// first day of from to the last day of to; a nil bound leaves that side
// open. A date is inside only when all of it is: May 2025 is within
// from:2025-05 and from:2025-05-01, but not within from:2025-05-02, nor
// within to:2025-05-15, since the text does not say which part of May it
// means. An approximate date is placed where the text puts it.
func (d Date) Within(from, to *Date) bool {
	return spanWithin(d.Start(), d.End(), from, to)
}

// Within reports whether the whole of the event, from the first day of its
// date to the last day of its until (or of its date when it has none), lies
// in the window, by the rule of Date.Within. Timelines filtered by a window
// use it, so that an event is never listed for a period the text does not
// put all of it in.
func (e Event) Within(from, to *Date) bool {
	end := e.Date.End()
	if e.Until != nil {
		end = e.Until.End()
	}
	return spanWithin(e.Date.Start(), end, from, to)
}

func spanWithin(start, end time.Time, from, to *Date) bool {
	if from != nil && start.Before(from.Start()) {
		return false
	}
	if to != nil && end.After(to.End()) {
		return false
	}
	return true
}

// When gives an event's date, or its range, as a reader would write it:
// "March 2025 – May 2025", "about the week of 2 March 2026". An approximate
// range says "about" once, before its start.
func (e Event) When() string {
	s := e.Date.Human()
	if e.Until != nil {
		u := *e.Until
		u.Approximate = u.Approximate && !e.Date.Approximate
		s += " – " + u.Human()
	}
	return s
}

// MarshalText writes the ISO form, so that dates read back as they were
// written. Approximate is not part of it.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads the ISO form.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
