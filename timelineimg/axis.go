package timelineimg

import (
	"fmt"
	"math"
	"slices"
	"time"
)

// day is a calendar day counted from 1 January 1970; spans are half-open,
// [start, end), so that a day event covers [d, d+1).
type day float64

func dayOf(t time.Time) day { return day(t.Unix() / 86400) }

func (d day) time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// span is the days an event covers.
type span struct{ start, end day }

// segment is a stretch of the axis drawn to one linear scale. Between
// segments the axis is broken: a long stretch with no event is left out, so
// that the years before a story and its last busy weeks can share a picture.
type segment struct {
	from, to day     // the days shown, [from, to)
	x0, x1   float64 // where they are drawn
	events   int     // how many events start in it
}

func (s segment) x(d day) float64 {
	if s.to == s.from {
		return (s.x0 + s.x1) / 2
	}
	return s.x0 + float64(d-s.from)/float64(s.to-s.from)*(s.x1-s.x0)
}

// axis maps days to x in [left, right], segment by segment.
type axis struct {
	segs []segment
}

// Axis geometry, in pixels.
const (
	// minBreakGap is the shortest stretch without events that breaks the
	// axis, in days: shorter gaps are drawn to scale.
	minBreakGap = 45
	breakWidth  = 26 // the gap drawn where the axis is broken
	segmentPad  = 10 // room inside each end of a segment
	minSegment  = 90 // no segment narrower, so that it can hold a tick label
)

// newAxis lays spans out between left and right. Stretches of at least
// minBreakGap days that no span touches are cut out; each remaining segment
// gets width in proportion to the number of events in it (plus one), so that
// space goes where things happen, and is linear inside.
func newAxis(spans []span, left, right float64) axis {
	if len(spans) == 0 {
		return axis{}
	}
	sorted := slices.Clone(spans)
	slices.SortFunc(sorted, func(a, b span) int {
		if a.start != b.start {
			return cmpDay(a.start, b.start)
		}
		return cmpDay(a.end, b.end)
	})
	var segs []segment
	cur := segment{from: sorted[0].start, to: sorted[0].end}
	for _, s := range sorted {
		if s.start-cur.to >= minBreakGap {
			segs = append(segs, cur)
			cur = segment{from: s.start, to: s.end}
		}
		cur.to = max(cur.to, s.end)
		cur.events++
	}
	segs = append(segs, cur)
	segs = joinNearest(segs, right-left)

	avail := right - left - float64(len(segs)-1)*breakWidth
	weights := make([]float64, len(segs))
	total := 0.0
	for i, s := range segs {
		weights[i] = float64(s.events + 1)
		total += weights[i]
	}
	widths := make([]float64, len(segs))
	// Give the narrow segments their minimum first, then share the rest.
	fixed, fixedW := make([]bool, len(segs)), 0.0
	for changed := true; changed; {
		changed = false
		free := 0.0
		for i := range segs {
			if !fixed[i] {
				free += weights[i]
			}
		}
		for i := range segs {
			if fixed[i] {
				continue
			}
			if w := (avail - fixedW) * weights[i] / free; w < minSegment {
				fixed[i], widths[i], fixedW, changed = true, minSegment, fixedW+minSegment, true
			}
		}
	}
	free := 0.0
	for i := range segs {
		if !fixed[i] {
			free += weights[i]
		}
	}
	x := left
	for i := range segs {
		if !fixed[i] {
			widths[i] = (avail - fixedW) * weights[i] / free
		}
		segs[i].x0, segs[i].x1 = x+segmentPad, x+widths[i]-segmentPad
		x += widths[i] + breakWidth
	}
	return axis{segs: segs}
}

// joinNearest joins segments across the shortest gaps, drawn to scale
// then, until each can have its least width and the breaks between them
// fit in width: events spread over many years, a few in each, would
// otherwise make more segments than the picture holds, and those past
// its right edge would be drawn off the card.
func joinNearest(segs []segment, width float64) []segment {
	for len(segs) > 1 && float64(len(segs))*minSegment+float64(len(segs)-1)*breakWidth > width {
		at := 0
		for i := 1; i+1 < len(segs); i++ {
			if segs[i+1].from-segs[i].to < segs[at+1].from-segs[at].to {
				at = i
			}
		}
		segs[at].to = max(segs[at].to, segs[at+1].to)
		segs[at].events += segs[at+1].events
		segs = slices.Delete(segs, at+1, at+2)
	}
	return segs
}

func cmpDay(a, b day) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// x places a day on the axis. A day outside every segment (which no event's
// is) goes to the nearest edge.
func (a axis) x(d day) float64 {
	for i, s := range a.segs {
		if d <= s.to || i == len(a.segs)-1 {
			if d < s.from {
				return s.x0
			}
			return min(s.x(d), s.x1)
		}
	}
	return 0
}

// breaks are the x ranges between segments.
func (a axis) breaks() [][2]float64 {
	var out [][2]float64
	for i := 1; i < len(a.segs); i++ {
		out = append(out, [2]float64{a.segs[i-1].x1 + segmentPad, a.segs[i].x0 - segmentPad})
	}
	return out
}

// tick is a division of the axis: a gridline at x (NaN when the unit began
// before its segment), and a label, when one fits, drawn from labelX.
type tick struct {
	x      float64
	label  string
	labelX float64
}

// unit is a calendar division the ticks may follow.
type unit struct {
	name  string
	years int
	month int // months per step
	days  int
}

var units = []unit{
	{name: "day", days: 1},
	{name: "month", month: 1},
	{name: "quarter", month: 3},
	{name: "year", years: 1},
	{name: "2 years", years: 2},
	{name: "5 years", years: 5},
	{name: "10 years", years: 10},
	{name: "25 years", years: 25},
	{name: "century", years: 100},
}

// minTickSpacing is the least room, in pixels, between two labelled ticks.
const minTickSpacing = 48

// next is the start of the unit after t, which is a start of u.
func (u unit) next(t time.Time) time.Time {
	return t.AddDate(u.years, u.month, u.days)
}

// floor is the start of the unit that holds t.
func (u unit) floor(t time.Time) time.Time {
	y, m, d := t.Date()
	switch {
	case u.days > 0:
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	case u.month > 0:
		m = time.Month((int(m)-1)/u.month*u.month + 1)
		return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	default:
		return time.Date(y/u.years*u.years, time.January, 1, 0, 0, 0, 0, time.UTC)
	}
}

// shortest is how many pixels the unit's shortest step takes in s.
func (u unit) shortest(s segment) float64 {
	days := float64(u.days + 28*u.month + 365*u.years)
	if u.name == "quarter" {
		days = 89
	}
	if s.to == s.from {
		return math.Inf(1)
	}
	return days * (s.x1 - s.x0) / float64(s.to-s.from)
}

// ticks divides each segment by the finest calendar unit that leaves
// minTickSpacing between labels. A label is centred over its unit's part of
// the segment and left out where it does not fit; the first label of a
// segment names the year too.
func (a axis) ticks(measure func(string) float64) []tick {
	var out []tick
	for _, s := range a.segs {
		u := units[len(units)-1]
		for _, c := range units {
			if c.shortest(s) >= minTickSpacing {
				u = c
				break
			}
		}
		first, lastRight := true, math.Inf(-1)
		for t := u.floor(s.from.time()); dayOf(t) < s.to; t = u.next(t) {
			from, to := max(dayOf(t), s.from), min(dayOf(u.next(t)), s.to)
			tk := tick{x: s.x(dayOf(t))}
			if dayOf(t) < s.from {
				tk.x = math.NaN()
			}
			label := tickLabel(u, t, first)
			w := measure(label)
			x0, x1 := s.x(from), s.x(to)
			if x0 == x1 { // a segment of one instant
				x0, x1 = s.x0, s.x1
			}
			if lx := (x0 + x1 - w) / 2; w+8 <= x1-x0 && lx >= lastRight+8 {
				tk.label, tk.labelX = label, lx
				lastRight = lx + w
				first = false
			}
			out = append(out, tk)
		}
	}
	return out
}

func tickLabel(u unit, t time.Time, first bool) string {
	switch {
	case u.days > 0 && first:
		return fmt.Sprintf("%d %s %d", t.Day(), t.Month().String()[:3], t.Year())
	case u.days > 0 && t.Day() == 1:
		return fmt.Sprintf("%d %s", t.Day(), t.Month().String()[:3])
	case u.days > 0:
		return fmt.Sprint(t.Day())
	case u.month > 0 && (first || t.Month() == time.January):
		return fmt.Sprintf("%s %d", t.Month().String()[:3], t.Year())
	case u.month > 0:
		return t.Month().String()[:3]
	}
	return fmt.Sprint(t.Year())
}
