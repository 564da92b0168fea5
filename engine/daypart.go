package engine

import (
	"slices"
	"strconv"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// A part of the day a "what time" question names ("what time in the
// morning did the farmers roll onto the road") says which half of the
// clock it asks of: "shortly after noon" is no time in the morning, "6
// a.m." is. The hours are the ones English gives each part, in minutes
// past midnight; night runs over midnight.
var dayParts = map[string][2]int{
	"morning":   {60, 12 * 60},
	"afternoon": {12 * 60, 18 * 60},
	"evening":   {17 * 60, 23 * 60},
	"night":     {20 * 60, 6 * 60},
	"overnight": {20 * 60, 6 * 60},
}

// dayPartConcept returns the index of the concept of a "what time"
// question that names a part of the day, and its hours; -1 for none.
func dayPartConcept(q question) (int, [2]int) {
	if q.figure != figureTime {
		return -1, [2]int{}
	}
	for i, c := range q.concepts {
		l := c.lemma
		if l == "" {
			l = strings.ToLower(c.label)
		}
		if span, ok := dayParts[l]; ok {
			return i, span
		}
	}
	return -1, [2]int{}
}

// clockMinutes reads a time of day as clockKey puts it ("452am", "1130pm",
// "2241", "noon") as minutes past midnight; false when it does not say
// which half of the day ("o'clock", "6:30" of a 12-hour clock).
func clockMinutes(key string) (int, bool) {
	switch key {
	case "noon":
		return 12 * 60, true
	case "midnight":
		return 0, true
	}
	half := -1
	switch {
	case strings.HasSuffix(key, "am"):
		half, key = 0, strings.TrimSuffix(key, "am")
	case strings.HasSuffix(key, "pm"):
		half, key = 12, strings.TrimSuffix(key, "pm")
	}
	n, err := strconv.Atoi(key)
	if err != nil || n < 0 {
		return 0, false
	}
	h, m := n, 0
	if len(key) > 2 {
		h, m = n/100, n%100
	}
	if m > 59 {
		return 0, false
	}
	switch {
	case half >= 0 && h >= 1 && h <= 12:
		return (h%12+half)*60 + m, true
	case half < 0 && len(key) == 4 && h <= 23 && (h == 0 || h > 12 || key[0] == '0'):
		return h*60 + m, true // "2241", "0630": a 24-hour clock
	}
	return 0, false
}

// inSpan reports whether minutes past midnight fall within a part of the
// day's hours, which may run over midnight.
func inSpan(t int, span [2]int) bool {
	if span[0] <= span[1] {
		return t >= span[0] && t < span[1]
	}
	return t >= span[0] || t < span[1]
}

// fitsDayPart reports whether text gives a time of day in a part of the
// day's hours.
func fitsDayPart(text string, span [2]int) bool {
	return clocksFit(clocksOf(text), span)
}

// clocksFit reports whether one of the times of day (as clockKey puts
// them) falls in a part of the day's hours.
func clocksFit(keys []string, span [2]int) bool {
	return slices.ContainsFunc(keys, func(k string) bool {
		t, ok := clockMinutes(k)
		return ok && inSpan(t, span)
	})
}

// dayPartFit tells, of a paragraph that gives a time of day, whether one
// of its times falls in the part of the day asked (fits), and whether
// every one of them says its half of the day and falls outside it
// (misses): "shortly after noon" misses "in the morning".
func (e *Engine) dayPartFit(ref knowledge.Ref, span [2]int) (fits, misses bool) {
	pi := e.vocab.para(ref)
	if pi == nil || pi.figures&(1<<figureTime) == 0 {
		return false, false
	}
	misses = true
	for i, sent := range pi.sents {
		if sent.figures&(1<<figureTime) == 0 {
			continue
		}
		keys := clocksOf(pi.sentence(i))
		if clocksFit(keys, span) {
			return true, false
		}
		for _, k := range keys {
			if _, ok := clockMinutes(k); !ok {
				misses = false
			}
		}
	}
	return false, misses
}
