package timelineimg

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// dateLabel is an event's date as the picture writes it: like Event.When,
// but with short month names, so that labels leave room for the summary
// ("28 Feb 2025", "Mar–May 2025", "about Mar 2025", "c. 2019",
// "wk of 2 Mar 2026").
func dateLabel(ev knowledge.Event) string {
	s := shortDate(ev.Date, ev.Until != nil && ev.Until.Year == ev.Date.Year && ev.Date.Precision != knowledge.PrecisionYear && ev.Until.Precision != knowledge.PrecisionYear)
	if ev.Until != nil {
		s += "–" + shortDate(*ev.Until, false)
	}
	switch {
	case !ev.Date.Approximate && (ev.Until == nil || !ev.Until.Approximate):
		return s
	case ev.Date.Precision == knowledge.PrecisionYear:
		return "c. " + s
	}
	return "about " + s
}

// shortDate writes d at its precision; noYear leaves the year out, for the
// start of a range that ends in the same year.
func shortDate(d knowledge.Date, noYear bool) string {
	mon := ""
	if d.Month != 0 {
		mon = d.Month.String()[:3]
	}
	var s string
	switch d.Precision {
	case knowledge.PrecisionDay:
		s = fmt.Sprintf("%d %s", d.Day, mon)
	case knowledge.PrecisionWeek:
		s = fmt.Sprintf("wk of %d %s", d.Day, mon)
	case knowledge.PrecisionMonth:
		s = mon
	}
	if noYear {
		return s
	}
	return strings.TrimSpace(fmt.Sprintf("%s %d", s, d.Year))
}

// citeLabel lists an event's paragraphs, "¶2 ¶8", after the article's
// label when labels is set ("Istanbul talks ¶2 ¶8"), shortened by short.
func citeLabel(ev knowledge.Event, labels map[string]string, short func(string) string) string {
	var buf [64]byte
	b := buf[:0]
	for i, p := range ev.Paragraphs {
		if i > 0 {
			b = append(b, ' ')
		}
		b = strconv.AppendInt(append(b, "¶"...), int64(p), 10)
	}
	s := string(b)
	if labels != nil {
		name := labels[ev.Article]
		if name == "" {
			name = ev.Article
		}
		s = strings.TrimSpace(short(name) + " " + s)
	}
	return s
}
