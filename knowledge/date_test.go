package knowledge

import (
	"testing"
	"time"
)

func TestParseWeek(t *testing.T) {
	tests := []struct {
		in         string
		start, end string // "" when in is not a date
		human      string
	}{
		{"2026-W10", "2026-03-02", "2026-03-08", "week of 2 March 2026"},
		{"2026-W01", "2025-12-29", "2026-01-04", "week of 29 December 2025"},
		{"2026-W53", "2026-12-28", "2027-01-03", "week of 28 December 2026"},
		{"2020-W53", "2020-12-28", "2021-01-03", "week of 28 December 2020"},
		{"2025-w20", "2025-05-12", "2025-05-18", "week of 12 May 2025"},
		{"2025-W53", "", "", ""}, // 2025 has 52 weeks
		{"2026-W00", "", "", ""},
		{"2026-W54", "", "", ""},
		{"2026-W1", "", "", ""},
		{"0000-W01", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := ParseDate(tt.in)
			if tt.start == "" {
				if err == nil {
					t.Fatalf("ParseDate(%q) = %s, want an error", tt.in, d)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.Precision != PrecisionWeek {
				t.Errorf("precision = %s, want week", d.Precision)
			}
			if got := d.Start().Format(time.DateOnly); got != tt.start {
				t.Errorf("Start = %s, want %s", got, tt.start)
			}
			if got := d.End().Format(time.DateOnly); got != tt.end {
				t.Errorf("End = %s, want %s", got, tt.end)
			}
			if got := d.Human(); got != tt.human {
				t.Errorf("Human = %q, want %q", got, tt.human)
			}
			if back := MustDate(d.String()); back != d {
				t.Errorf("%s reads back as %+v, want %+v", d, back, d)
			}
		})
	}
}

func TestParseDateYearZero(t *testing.T) {
	for _, s := range []string{"0000", "0000-05", "0000-05-01"} {
		if d, err := ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) = %+v, want an error: a zero year means no date", s, d)
		}
	}
	if d, err := ParseDate("0988"); err != nil || d.Year != 988 {
		t.Errorf(`ParseDate("0988") = %+v, %v; an early year parses (check warns about it)`, d, err)
	}
}

func TestHumanApproximate(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"2019", "c. 2019"},
		{"2025-03", "about March 2025"},
		{"2026-W10", "about the week of 2 March 2026"},
		{"2025-05-16", "about 16 May 2025"},
	}
	for _, tt := range tests {
		d := MustDate(tt.in)
		d.Approximate = true
		if got := d.Human(); got != tt.want {
			t.Errorf("%s approximate: Human = %q, want %q", tt.in, got, tt.want)
		}
		if got := d.String(); got != tt.in {
			t.Errorf("%s approximate: String = %q, want the ISO form unchanged", tt.in, got)
		}
	}
}

func TestEventWhen(t *testing.T) {
	until := MustDate("2025-05")
	approx := MustDate("2025-03")
	approx.Approximate = true
	approxUntil := until
	approxUntil.Approximate = true
	tests := []struct {
		name string
		ev   Event
		want string
	}{
		{"day", Event{Date: MustDate("2025-05-11")}, "11 May 2025"},
		{"range", Event{Date: MustDate("2025-03"), Until: &until}, "March 2025 – May 2025"},
		{"approximate range", Event{Date: approx, Until: &approxUntil}, "about March 2025 – May 2025"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.ev.When(); got != tt.want {
				t.Errorf("When = %q, want %q", got, tt.want)
			}
		})
	}
}

// An event is inside a window only when all of it is.
func TestWithin(t *testing.T) {
	d := func(s string) *Date {
		if s == "" {
			return nil
		}
		v := MustDate(s)
		return &v
	}
	tests := []struct {
		date, until string
		from, to    string
		want        bool
	}{
		{"2025-05", "", "2025-05-01", "", true},
		{"2025-05", "", "2025-05", "2025-05", true},
		{"2025-05", "", "2025-05-02", "", false}, // May 1 may be the day meant
		{"2025-05", "", "", "2025-05-15", false},
		{"2025-05", "", "", "", true},
		{"2025-05-11", "", "2025-05", "2025-05", true},
		{"2025-05-11", "", "2025-05-12", "", false},
		{"2025", "", "2025-01-01", "2025-12-31", true},
		{"2025", "", "2025-02", "", false},
		{"2026-W10", "", "2026-03", "2026-03", true},
		{"2026-W10", "", "2026-03-03", "", false},
		{"2026-W01", "", "2026", "", false}, // its Monday is in 2025
		{"2026-W01", "", "2025", "2026", true},
		{"2025-05-11", "", "2025-W19", "2025-W19", true},
		{"2025-03", "2025-05", "2025-01-01", "2025-04-30", false}, // runs into May
		{"2025-03", "2025-05", "2025-03", "2025-05", true},
		{"2025-03", "2025-05", "2025-04", "", false},
	}
	for _, tt := range tests {
		ev := Event{Date: MustDate(tt.date), Until: d(tt.until)}
		if got := ev.Within(d(tt.from), d(tt.to)); got != tt.want {
			t.Errorf("event %s until %q within [%q, %q] = %v, want %v", tt.date, tt.until, tt.from, tt.to, got, tt.want)
		}
		if tt.until == "" {
			if got := ev.Date.Within(d(tt.from), d(tt.to)); got != tt.want {
				t.Errorf("date %s within [%q, %q] = %v, want %v", tt.date, tt.from, tt.to, got, tt.want)
			}
		}
	}
}
