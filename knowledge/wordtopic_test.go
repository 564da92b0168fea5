package knowledge

import (
	"slices"
	"strings"
)

// wordEngine is a fake engine whose topics are judged by folded words: a
// text covers the share of the topic's words it uses. Like the real engine,
// its TopicMatch lists every event that shares a word with the topic, and
// judges an event by its summary and topics exactly as Text would, from
// their words read once.
type wordEngine struct {
	fakeEngine
	sources map[string]*Source
	// list is the sources in the order given; place, when set, is the
	// place Events and Quotes report for the source at a place in it (the
	// real engine's is the place itself).
	list  []*Source
	place func(at int) int
	// events lists, per folded word, the events whose summary or topics use it.
	events map[string][]eventAt
	// eventWords holds, per article, the words of each event.
	eventWords map[string][]map[string]bool
	// paras lists, per folded word, the paragraphs that use it; quotes
	// the quotes whose words or topics use it.
	paras  map[string][]Ref
	quotes map[string][]eventAt
}

type eventAt struct {
	article string
	i       int
}

var _ Engine = (*wordEngine)(nil)

func newWordEngine(sources []*Source) *wordEngine {
	e := &wordEngine{sources: map[string]*Source{}, list: sources, events: map[string][]eventAt{}, eventWords: map[string][]map[string]bool{}, paras: map[string][]Ref{}, quotes: map[string][]eventAt{}}
	for _, s := range sources {
		e.sources[s.Article.ID] = s
		for i, text := range s.Article.Paragraphs {
			for w := range wordSet(text) {
				e.paras[w] = append(e.paras[w], Ref{Article: s.Article.ID, Paragraph: i + 1})
			}
		}
		for i, q := range s.Quotes {
			for w := range wordSet(q.Text + " " + strings.Join(q.Topics, " ")) {
				e.quotes[w] = append(e.quotes[w], eventAt{s.Article.ID, i})
			}
		}
		for i, ev := range s.Events {
			words := wordSet(eventText(ev))
			e.eventWords[s.Article.ID] = append(e.eventWords[s.Article.ID], words)
			for w := range words {
				e.events[w] = append(e.events[w], eventAt{s.Article.ID, i})
			}
		}
	}
	return e
}

func eventText(ev Event) string { return ev.Summary + " " + strings.Join(ev.Topics, " ") }

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(wordsOnly(Fold(s))) {
		out[w] = true
	}
	return out
}

func (e *wordEngine) Topic(s string) TopicMatch {
	var words []string
	for w := range wordSet(s) {
		words = append(words, w)
	}
	slices.Sort(words)
	return wordTopic{e, words}
}

type wordTopic struct {
	e     *wordEngine
	words []string
}

func (t wordTopic) Text(s string) float64 { return t.cover(wordSet(s)) }

func (t wordTopic) cover(have map[string]bool) float64 {
	if len(t.words) == 0 {
		return 0
	}
	n := 0
	for _, w := range t.words {
		if have[w] {
			n++
		}
	}
	return float64(n) / float64(len(t.words))
}

func (t wordTopic) Paragraph(ref Ref) float64 {
	s := t.e.sources[ref.Article]
	if s == nil {
		return 0
	}
	text, _ := s.Article.Paragraph(ref.Paragraph)
	return t.Text(text)
}

// Events judges the events that use one of the topic's words by their
// summary and topics, source by source in the order given.
func (t wordTopic) Events(yield func(*Source, int, []EventCover)) {
	shares := map[eventAt]bool{}
	for _, w := range t.words {
		for _, k := range t.e.events[w] {
			shares[k] = true
		}
	}
	for at, s := range t.e.list {
		var evs []EventCover
		for i := range s.Events {
			if shares[eventAt{s.Article.ID, i}] {
				evs = append(evs, EventCover{Event: i, Cover: t.Event(s.Article.ID, i)})
			}
		}
		if len(evs) == 0 {
			continue
		}
		reported := at
		if t.e.place != nil {
			reported = t.e.place(at)
		}
		yield(s, reported, evs)
	}
}

// Paragraphs lists the paragraphs that use one of the topic's words, each
// once.
func (t wordTopic) Paragraphs(max int) (map[string][]int, bool) {
	seen := map[Ref]bool{}
	for _, w := range t.words {
		for _, ref := range t.e.paras[w] {
			seen[ref] = true
		}
	}
	if len(seen) > max {
		return nil, false
	}
	out := map[string][]int{}
	for ref := range seen {
		out[ref.Article] = append(out[ref.Article], ref.Paragraph)
	}
	return out, true
}

// Quote judges quote i of the last source loaded with src's article, as
// the real engine does, whatever place it is given.
func (t wordTopic) Quote(src *Source, _ int, i int) float64 {
	if src == nil {
		return 0
	}
	s := t.e.sources[src.Article.ID]
	if s == nil || i < 0 || i >= len(s.Quotes) {
		return 0
	}
	q := s.Quotes[i]
	return t.Text(q.Text + " " + strings.Join(q.Topics, " "))
}

// Quotes judges the quotes that use one of the topic's words, found in
// the lists of the quotes using each word, as the real engine finds them
// from its lists of the quotes that use each term; beyond max, none.
func (t wordTopic) Quotes(max int, yield func(*Source, int, []QuoteCover)) bool {
	shares := map[eventAt]bool{}
	for _, w := range t.words {
		for _, k := range t.e.quotes[w] {
			shares[k] = true
		}
	}
	if len(shares) > max {
		return false
	}
	for at, s := range t.e.list {
		if t.e.sources[s.Article.ID] != s {
			continue // an article loaded twice: Quote judges the last
		}
		var qs []QuoteCover
		for i := range s.Quotes {
			if shares[eventAt{s.Article.ID, i}] {
				qs = append(qs, QuoteCover{Quote: i, Cover: t.Quote(s, at, i)})
			}
		}
		if len(qs) > 0 {
			reported := at
			if t.e.place != nil {
				reported = t.e.place(at)
			}
			yield(s, reported, qs)
		}
	}
	return true
}

// Event judges event i of an article's fact base by its summary and
// topics, from their words read once.
func (t wordTopic) Event(article string, i int) float64 {
	ws := t.e.eventWords[article]
	if i < 0 || i >= len(ws) {
		return 0
	}
	return t.cover(ws[i])
}
