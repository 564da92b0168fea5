package timelinejs

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"time"
)

// The fields TimelineJS's JSON format documents, by object.
var (
	rootFields  = []string{"events", "title", "eras", "scale"}
	slideFields = []string{"start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id"}
	dateFields  = []string{"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"}
	textFields  = []string{"headline", "text"}
)

// Validate checks a TimelineJS document against the format's documentation:
// only documented fields, events present, each event's start_date with a
// whole year, months 1-12, days within their month, an end_date not before
// its start, text fields as strings, unique ids that do not repeat. It
// returns every problem, each with the path to its field.
func Validate(doc []byte) []string {
	var root map[string]any
	if err := json.Unmarshal(doc, &root); err != nil {
		return []string{"not a JSON object: " + err.Error()}
	}
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	fields(root, rootFields, "", bad)
	if s, ok := root["scale"]; ok && s != "human" && s != "cosmological" {
		bad("scale: %v is not human or cosmological", s)
	}
	if t, ok := root["title"]; ok {
		checkSlide(t, "title", false, bad)
	}
	events, ok := root["events"].([]any)
	if !ok {
		bad("events: missing, or not a list")
	}
	ids := map[string]bool{}
	for i, e := range events {
		path := fmt.Sprintf("events[%d]", i)
		checkSlide(e, path, true, bad)
		if m, ok := e.(map[string]any); ok {
			if id, ok := m["unique_id"].(string); ok {
				if ids[id] {
					bad("%s.unique_id: %q repeats", path, id)
				}
				ids[id] = true
			}
		}
	}
	return out
}

func fields(m map[string]any, allowed []string, path string, bad func(string, ...any)) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if !slices.Contains(allowed, k) {
			bad("%s%s: not a documented field", path, k)
		}
	}
}

func checkSlide(v any, path string, needsStart bool, bad func(string, ...any)) {
	m, ok := v.(map[string]any)
	if !ok {
		bad("%s: not an object", path)
		return
	}
	fields(m, slideFields, path+".", bad)
	start, hasStart := m["start_date"]
	if needsStart && !hasStart {
		bad("%s.start_date: missing", path)
	}
	var from, to time.Time
	if hasStart {
		from = checkDate(start, path+".start_date", bad)
	}
	if end, ok := m["end_date"]; ok {
		to = checkDate(end, path+".end_date", bad)
		if !from.IsZero() && !to.IsZero() && to.Before(from) {
			bad("%s.end_date: before start_date", path)
		}
	}
	if t, ok := m["text"]; ok {
		tm, ok := t.(map[string]any)
		if !ok {
			bad("%s.text: not an object", path)
		} else {
			fields(tm, textFields, path+".text.", bad)
			for _, k := range textFields {
				if v, ok := tm[k]; ok {
					if _, ok := v.(string); !ok {
						bad("%s.text.%s: not a string", path, k)
					}
				}
			}
		}
	}
	if d, ok := m["display_date"]; ok {
		if _, ok := d.(string); !ok {
			bad("%s.display_date: not a string", path)
		}
	}
}

// checkDate checks a date object and returns its first day, or the zero time.
func checkDate(v any, path string, bad func(string, ...any)) time.Time {
	m, ok := v.(map[string]any)
	if !ok {
		bad("%s: not an object", path)
		return time.Time{}
	}
	fields(m, dateFields, path+".", bad)
	whole := func(k string) (int, bool) {
		f, ok := m[k].(float64)
		if !ok || f != math.Trunc(f) {
			if _, present := m[k]; present {
				bad("%s.%s: not a whole number", path, k)
			}
			return 0, false
		}
		return int(f), true
	}
	year, ok := whole("year")
	if !ok {
		if _, present := m["year"]; !present {
			bad("%s.year: missing", path)
		}
		return time.Time{}
	}
	month, hasMonth := whole("month")
	if hasMonth && (month < 1 || month > 12) {
		bad("%s.month: %d is not 1-12", path, month)
		return time.Time{}
	}
	day, hasDay := whole("day")
	if hasDay {
		if !hasMonth {
			bad("%s.day: a day without a month", path)
			return time.Time{}
		}
		if last := time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day(); day < 1 || day > last {
			bad("%s.day: %d is not a day of %04d-%02d", path, day, year, month)
			return time.Time{}
		}
	}
	return time.Date(year, time.Month(max(month, 1)), max(day, 1), 0, 0, 0, 0, time.UTC)
}
