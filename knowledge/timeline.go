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
	// keyRank is, by position, the first position whose event's key
	// (first day, last day, first paragraph) is the same: ordering
	// positions by it is ordering events by key, ties left as they are.
	keyRank []int32
	// endsAfterStart is whether no event ends before it starts (the fact
	// base's validation sees to it), so that no event starting after a
	// window's end is in the window.
	endsAfterStart bool
	// ended counts the events of a run of positions that end by a day, so
	// that a window's size and its nth event are found without reading
	// every event in it.
	ended endTree
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
		rank := int32(p)
		if p > 0 && compareEventKeys(all[p-1].key, e.key) == 0 {
			rank = o.keyRank[p-1]
		}
		o.keyRank = append(o.keyRank, rank)
	}
	o.ended = newEndTree(o.ends)
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

// size is how many events lie wholly in the window, counted without
// reading them.
func (o *eventOrder) size(w span) int {
	if !w.to {
		return int(w.hi - w.lo)
	}
	return o.ended.count(int(w.lo), int(w.hi), dayOf(w.end))
}

// part returns the positions of the window's events from its offset-th
// (from 0), at most limit of them: those that start in the window and end
// after it are skipped by counting, not by reading them one by one.
func (o *eventOrder) part(w span, offset, limit int) []int32 {
	lo, hi := int(w.lo), int(w.hi)
	if !w.to {
		from := min(lo+offset, hi)
		return positions(from, min(from+limit, hi))
	}
	day := dayOf(w.end)
	var out []int32
	p := o.ended.nth(lo, hi, offset, day)
	for len(out) < limit && p < hi {
		if o.ends[p] <= w.end {
			out = append(out, int32(p))
			p++
			continue
		}
		p = o.ended.nth(lo, hi, offset+len(out), day)
	}
	return out
}

func positions(from, to int) []int32 {
	if from >= to {
		return nil
	}
	out := make([]int32, 0, to-from)
	for p := from; p < to; p++ {
		out = append(out, int32(p))
	}
	return out
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

// TimelineQuery says which events Timeline returns.
type TimelineQuery struct {
	// Topic, when not blank, keeps the events about it.
	Topic string
	// From and To, when set, keep the events that lie wholly within
	// [From, To] (Event.Within): a reader asking from 1 May does not get
	// "May 2025", which may be the 1st.
	From, To *Date
	// Articles, when given, are the only ones whose events count.
	Articles []string
	// Offset skips that many of the timeline's first events; then at most
	// Limit follow. A Limit of 0 (or less) returns every event after the
	// offset: what an export of the whole timeline asks for.
	Offset, Limit int
}

// TimelinePage is a run of a timeline's events, in chronological order,
// and the size of the whole timeline, so that a reply can show a few and
// say how many more there are.
type TimelinePage struct {
	Events []Event
	// Offset is the position of Events[0] in the timeline, from 0.
	Offset int
	// Total is how many events the whole timeline has.
	Total int
}

// Timeline returns the part of a timeline that q asks for: dated events in
// chronological order, about a topic, within a window, of some articles.
//
// Nothing is read per event of the coverage. Without a topic, the window
// is found in the library's order of events by binary search and its size
// and its offset-th event by counting (endTree); an article's events come
// from its own list. A topic is judged on the events the engine judges as
// sharing a word with it (TopicMatch.Events); only when none of those is
// about the topic are the paragraphs of every event in the window judged.
func (l *Library) Timeline(q TimelineQuery) TimelinePage {
	o := l.eventTable()
	w := o.span(q.From, q.To)
	page := TimelinePage{Offset: max(q.Offset, 0)}
	if strings.TrimSpace(q.Topic) == "" {
		if len(q.Articles) == 0 {
			page.Total = o.size(w)
			limit := q.Limit
			if limit <= 0 {
				limit = page.Total
			}
			page.Events = o.eventsAt(o.part(w, page.Offset, limit))
			return page
		}
		all := o.window(w, l.inScope(q.Articles))
		page.Total = len(all)
		page.Events = o.eventsAt(cut(all, page.Offset, q.Limit))
		return page
	}
	kept := l.aboutTopic(q.Topic, w, q.Articles)
	page.Total = len(kept)
	page.Events = o.eventsAt(cut(kept, page.Offset, q.Limit))
	if page.Events == nil {
		page.Events = []Event{}
	}
	return page
}

// cut returns ps from offset on, at most limit of them (all for limit 0).
func cut(ps []int32, offset, limit int) []int32 {
	ps = ps[min(offset, len(ps)):]
	if limit > 0 && len(ps) > limit {
		ps = ps[:limit]
	}
	return ps
}

// aboutTopic returns the positions of the events in the window, of the
// articles given (all when none), that are about a topic, in timeline
// order; events of the same day and paragraph go most about the topic
// first.
func (l *Library) aboutTopic(topic string, w span, articles []string) []int32 {
	o := l.eventTable()
	m := l.engine.Topic(topic)
	var kept []covering
	keep := func(s int, evs []EventCover) {
		for _, e := range evs {
			if e.Cover < topicThreshold || e.Event < 0 || e.Event >= len(o.pos[s]) {
				continue
			}
			if p := o.pos[s][e.Event]; o.holds(w, p) {
				kept = append(kept, covering{p, e.Cover})
			}
		}
	}
	m.Events(func(src *Source, at int, evs []EventCover) {
		if !inArticles(articles, src.Article.ID) {
			return
		}
		// The engine's place for the source is this library's when the
		// source there is the same: so it is in a library built with its
		// engine, and then the article's id is not looked up (a common
		// topic has events in thousands of articles, and each look-up
		// was a cache miss or two).
		if at >= 0 && at < len(l.sources) && l.sources[at] == src {
			keep(at, evs)
			return
		}
		for _, s := range l.byID[src.Article.ID] {
			keep(s, evs)
		}
	})
	if len(kept) == 0 {
		kept = l.aboutTopicByParagraph(m, w, articles)
	}
	return byKeyThenCover(o, kept)
}

// aboutTopicByParagraph judges the events of the window by their first
// paragraph, when no event's summary or topics are about the topic. Only
// the events whose paragraph has a word of the topic can be, and the
// engine lists those paragraphs; if it would list more than the window
// has events, the window's events are judged instead.
func (l *Library) aboutTopicByParagraph(m TopicMatch, w span, articles []string) []covering {
	o := l.eventTable()
	var kept []covering
	judge := func(p int32) {
		e := o.events[p]
		if cov := m.Paragraph(Ref{Article: e.Article, Paragraph: firstPara(e.Paragraphs)}); cov >= topicThreshold {
			kept = append(kept, covering{p, cov})
		}
	}
	paras, ok := m.Paragraphs(o.size(w))
	if !ok {
		for _, p := range o.window(w, l.inScope(articles)) {
			judge(p)
		}
		return kept
	}
	for article, ps := range paras {
		if !inArticles(articles, article) {
			continue
		}
		slices.Sort(ps)
		for _, s := range l.byID[article] {
			for _, p := range o.bySource[s] {
				if _, found := slices.BinarySearch(ps, firstPara(o.events[p].Paragraphs)); found && o.holds(w, p) {
					judge(p)
				}
			}
		}
	}
	return kept
}

// covering is an event, by its position, and how much of a topic it covers.
type covering struct {
	p   int32
	cov float64
}

// byKeyThenCover returns the positions of kept in timeline order, the best
// covering first among events of one key, then by position. An event
// listed twice counts once.
//
// Positions are in timeline order, so sorting by position is sorting by
// key, and the events of one key are neighbours, each key's run then
// ordered alone: a topic may keep thousands of events, and a sort of plain
// numbers (each position with its place in kept, packed into one) takes a
// fraction of the time of a sort that compares ranks of keys at each step.
func byKeyThenCover(o *eventOrder, kept []covering) []int32 {
	order := make([]uint64, len(kept))
	for k, c := range kept {
		order[k] = uint64(c.p)<<32 | uint64(k)
	}
	slices.Sort(order)
	at := func(x uint64) int32 { return int32(x >> 32) }
	out := make([]int32, 0, len(kept))
	for len(order) > 0 {
		n := 1
		for n < len(order) && o.keyRank[at(order[n])] == o.keyRank[at(order[0])] {
			n++
		}
		run := order[:n]
		if n > 1 {
			// Stable: among events covering as much, by position.
			slices.SortStableFunc(run, func(a, b uint64) int {
				return cmp.Compare(kept[uint32(b)].cov, kept[uint32(a)].cov)
			})
		}
		for _, x := range run {
			if len(out) == 0 || out[len(out)-1] != at(x) {
				out = append(out, at(x))
			}
		}
		order = order[n:]
	}
	return out
}
