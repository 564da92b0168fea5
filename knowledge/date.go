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
	PrecisionDay   Precision = "day"
)

// Date is a calendar date known to a year, a month or a day. Dates are never
// made more precise than the text they come from.
type Date struct {
	Year      int
	Month     time.Month // 0 when the precision is year
	Day       int        // 0 unless the precision is day
	Precision Precision
}

// ParseDate reads YYYY, YYYY-MM or YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	parts := strings.Split(s, "-")
	bad := fmt.Errorf("%q is not a date: use YYYY, YYYY-MM or YYYY-MM-DD", s)
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, bad
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

// MustDate is ParseDate for literals known to be valid; it panics otherwise.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// String gives the ISO form at the date's precision: 2025, 2025-05 or 2025-05-11.
func (d Date) String() string {
	switch d.Precision {
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	default:
		return fmt.Sprintf("%04d", d.Year)
	}
}

// Human gives the date as a reader would write it: 11 May 2025, May 2025 or 2025.
func (d Date) Human() string {
	switch d.Precision {
	case PrecisionDay:
		return fmt.Sprintf("%d %s %d", d.Day, d.Month, d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%s %d", d.Month, d.Year)
	default:
		return strconv.Itoa(d.Year)
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
	case PrecisionMonth:
		return d.Start().AddDate(0, 1, -1)
	default:
		return d.Start().AddDate(1, 0, -1)
	}
}

// MarshalText writes the ISO form, so that dates read back as they were written.
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
