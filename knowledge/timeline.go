package knowledge

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"time"
)

// eventOrder is every event of a library in the order Timeline lists them,
// made once, so that a window is found by binary search on when events
// start and an article's events by their own list.
type eventOrder struct {
	// events are pointers into the sources' events, in order; src and at
	// say whose and where; starts and ends are the first and last day of
	// each (its until's last day for a range), as Unix times, all midnights
	// in UTC, so that comparing them is comparing the days.
	events []*Event
	src    []int32
	at     []int32
	starts []int64
	ends   []int64
	// bySource lists, per source, the positions of its events in events,
	// ascending; pos[s][i] is the position of source s's event i.
	bySource [][]int32
	pos      [][]int32
	// endsAfterStart is whether no event ends before it starts (the fact
	// base's validation sees to it), so that no event starting after a
	// window's end is in the window.
	endsAfterStart bool
}

// eventKey is what events are ordered by: first day, then last day (later
// first: a coarser date before a day within it), then first paragraph.
type eventKey struct {
	start, end time.Time
	first      int
}

func keyOf(e *Event) eventKey {
	return eventKey{e.Date.Start(), e.Date.End(), firstPara(e.Paragraphs)}
}

func compareEventKeys(a, b eventKey) int {
	if c := a.start.Compare(b.start); c != 0 {
		return c
	}
	if c := b.end.Compare(a.end); c != 0 {
		return c
	}
	return cmp.Compare(a.first, b.first)
}

// sortEvents sorts events chronologically, keeping the order of those that
// tie.
func sortEvents(evs []Event) {
	keys := make([]eventKey, len(evs))
	idx := make([]int, len(evs))
	for i := range evs {
		keys[i], idx[i] = keyOf(&evs[i]), i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return compareEventKeys(keys[a], keys[b]) })
	sorted := make([]Event, len(evs))
	for i, j := range idx {
		sorted[i] = evs[j]
	}
	copy(evs, sorted)
}

func firstPara(ps []int) int {
	if len(ps) == 0 {
		return 0
	}
	return ps[0]
}

func newEventOrder(sources []*Source) *eventOrder {
	o := &eventOrder{endsAfterStart: true, bySource: make([][]int32, len(sources)), pos: make([][]int32, len(sources))}
	type placed struct {
		src, at int32
		key     eventKey
	}
	var all []placed
	for s, src := range sources {
		for i := range src.Events {
			all = append(all, placed{int32(s), int32(i), keyOf(&src.Events[i])})
		}
		o.pos[s] = make([]int32, len(src.Events))
	}
	slices.SortStableFunc(all, func(a, b placed) int { return compareEventKeys(a.key, b.key) })
	for p, e := range all {
		ev := &sources[e.src].Events[e.at]
		end := ev.Date.End()
		if ev.Until != nil {
			end = ev.Until.End()
		}
		if end.Before(e.key.start) {
			o.endsAfterStart = false
		}
		o.events = append(o.events, ev)
		o.src = append(o.src, e.src)
		o.at = append(o.at, e.at)
		o.starts = append(o.starts, e.key.start.Unix())
		o.ends = append(o.ends, end.Unix())
		o.bySource[e.src] = append(o.bySource[e.src], int32(p))
		o.pos[e.src][e.at] = int32(p)
	}
	return o
}

// span is a window found in an eventOrder: the events at positions from lo
// up to hi start in it, and those that end by end (when to is set) lie
// wholly in it, as Event.Within has it.
type span struct {
	lo, hi int32
	end    int64
	to     bool
}

func (o *eventOrder) span(from, to *Date) span {
	w := span{hi: int32(len(o.events))}
	if from != nil {
		f := from.Start().Unix()
		w.lo = int32(sort.Search(len(o.starts), func(p int) bool { return o.starts[p] >= f }))
	}
	if to != nil {
		w.to, w.end = true, to.End().Unix()
		if o.endsAfterStart {
			w.hi = int32(sort.Search(len(o.starts), func(p int) bool { return o.starts[p] > w.end }))
		}
	}
	return w
}

// holds reports whether the event at position p lies wholly in the window.
func (o *eventOrder) holds(w span, p int32) bool {
	return p >= w.lo && p < w.hi && (!w.to || o.ends[p] <= w.end)
}

// window returns the positions, in order, of the events wholly within
// [from, to] (Event.Within) of the sources in marks (nil for all).
func (o *eventOrder) window(w span, in []bool) []int32 {
	var out []int32
	if in == nil {
		for p := w.lo; p < w.hi; p++ {
			if o.holds(w, p) {
				out = append(out, p)
			}
		}
		return out
	}
	for s, ok := range in {
		if !ok {
			continue
		}
		ps := o.bySource[s]
		first, _ := slices.BinarySearch(ps, w.lo)
		for _, p := range ps[first:] {
			if p >= w.hi {
				break
			}
			if o.holds(w, p) {
				out = append(out, p)
			}
		}
	}
	slices.Sort(out)
	return out
}

func (o *eventOrder) eventsAt(ps []int32) []Event {
	if len(ps) == 0 {
		return nil
	}
	out := make([]Event, 0, len(ps))
	for _, p := range ps {
		out = append(out, *o.events[p])
	}
	return out
}

// Timeline returns dated events in chronological order, those about a topic
// when one is given, within [from, to] when given: an event counts only when
// the whole of it lies in the window (Event.Within), so a reader asking from
// 1 May does not get "May 2025", which may be the 1st. Articles, when given,
// are the only ones whose events count.
//
// A window is found in the library's order of events by binary search; a
// topic is judged on the events the engine lists as sharing a word with it
// (TopicMatch.Events). Only when none of those is about the topic are the
// paragraphs of every event in the window judged.
func (l *Library) Timeline(topic string, from, to *Date, articles ...string) []Event {
	in := l.inScope(articles)
	o := l.events
	w := o.span(from, to)
	if strings.TrimSpace(topic) == "" {
		return o.eventsAt(o.window(w, in))
	}
	m := l.engine.Topic(topic)
	var own []int32
	for article, is := range m.Events() {
		for _, s := range l.byID[article] {
			if in != nil && !in[s] {
				continue
			}
			for _, i := range is {
				if i < 0 || i >= len(o.pos[s]) {
					continue
				}
				if p := o.pos[s][i]; o.holds(w, p) {
					own = append(own, p)
				}
			}
		}
	}
	slices.Sort(own)
	own = slices.Compact(own)
	kept := o.eventsAt(keepCovering(own, func(p int32) float64 {
		return m.Event(l.sources[o.src[p]].Article.ID, int(o.at[p]))
	}))
	if len(kept) == 0 {
		kept = o.eventsAt(keepCovering(o.window(w, in), func(p int32) float64 {
			e := o.events[p]
			return m.Paragraph(Ref{Article: e.Article, Paragraph: firstPara(e.Paragraphs)})
		}))
		if kept == nil {
			kept = []Event{}
		}
	}
	sortEvents(kept)
	return kept
}
