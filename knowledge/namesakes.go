package knowledge

import (
	"cmp"
	"iter"
	"slices"
	"strings"
)

// Namesakes returns the entities that the articles' fact bases give the same
// canonical name and kind as e, e first, then the others newest article
// first: a person who recurs across the coverage is an entity in each
// article's fact base, and /who and /quote speak of them all. Only the given
// articles are looked in, or all with none. The name index lists every
// name and kind's entities in that order: the cost is the number of
// namesakes.
func (l *Library) Namesakes(e Entity, articles ...string) []EntityMatch {
	var out []EntityMatch
	l.eachNamesake(e, articles, func(ne *namedEntity, _ bool) bool {
		out = append(out, namesake(ne))
		return true
	})
	return out
}

func namesake(ne *namedEntity) EntityMatch {
	return EntityMatch{Entity: *ne.e, Matched: ne.e.Name, Score: 1, QuoteCount: ne.quotes}
}

// NamesakeRef is a namesake by its article and id, as NamesakeRefs gives it.
type NamesakeRef struct {
	Article, ID string
	// Again is whether a namesake given before it is of the same article
	// (for fact bases loaded from files, whose entities are of their
	// source's article): its article is listed once by skipping it.
	Again bool
}

// NamesakeRefs gives Namesakes(e, articles...) in its order, each by its
// article and id: what /who reads of them. A person in hundreds of
// articles is as many namesakes, and /who copied each whole entity, and
// kept a set of their articles, to name three of those articles and count
// the rest.
func (l *Library) NamesakeRefs(e Entity, articles ...string) iter.Seq[NamesakeRef] {
	return func(yield func(NamesakeRef) bool) {
		l.eachNamesake(e, articles, func(ne *namedEntity, again bool) bool {
			return yield(NamesakeRef{Article: ne.e.Article, ID: ne.e.ID, Again: again})
		})
	}
}

// eachNamesake calls f with each of e's namesakes in the articles (all,
// for none), in Namesakes' order, until f returns false; again is whether
// one before it was of its article (NamesakeRef.Again). The name index
// lists every name and kind's entities newest first: the cost is the
// number of namesakes.
func (l *Library) eachNamesake(e Entity, articles []string, f func(ne *namedEntity, again bool) bool) {
	name := wordsOnly(Fold(e.Name))
	if name == "" {
		return
	}
	in := l.inScope(articles)
	names := l.nameTable()
	ids := names.sakes[sakeKey{name, e.Kind}]
	srcs := l.byID[e.Article]
	// e itself first, in load order: once, unless an article is loaded
	// twice. Its entries are few; the rest follow in the index's order.
	var buf [4]int32
	self := buf[:0]
	for _, i := range ids {
		ne := &names.entities[i]
		if (in == nil || in[ne.src]) && ne.is(&e, srcs) {
			self = append(self, i)
		}
	}
	slices.Sort(self)
	for k, i := range self {
		if !f(&names.entities[i], k > 0) {
			return
		}
	}
	for _, i := range ids {
		ne := &names.entities[i]
		if in != nil && !in[ne.src] || ne.is(&e, srcs) {
			continue
		}
		// An earlier one of its article, in the index's order, is of the
		// same source article, so in scope with it, and given before it.
		again := ne.sakeAgain || len(self) > 0 && ne.own && ne.e.Article == e.Article
		if !f(ne, again) {
			return
		}
	}
}

// QuotesOf returns the quotes of several speakers (one person's namesakes in
// several articles), each speaker's in paragraph order, speakers in the
// order given; a topic keeps those whose words or topics are about it, or,
// when none is, those whose paragraph is: best first, as QuotesBy does.
func (l *Library) QuotesOf(speakers []Entity, topic string) []Quote {
	// Each speaker's source and quotes are looked up once, to count them
	// before they are listed.
	lists := make([]quoteList, 0, len(speakers))
	for _, s := range speakers {
		if ql := l.quotesOf(s.Article, s.ID); len(ql.pos) > 0 {
			lists = append(lists, ql)
		}
	}
	qs, _ := l.listQuotes(lists, topic, -1)
	return qs
}

// NamesakeQuotes are what /quote lists of a person.
type NamesakeQuotes struct {
	// Quotes are the first of them, as many as were asked for.
	Quotes []Quote
	// Total is how many there are.
	Total int
	// Others is how many quotes the fact bases attribute to the namesakes
	// other than the entity asked of, on any topic.
	Others int
}

// NamesakeQuotes gives the first max quotes (all, for max < 0) of what
// QuotesOf gives of e and then of each of Namesakes(e, articles...) other
// than e, with how many there are. A person in hundreds of articles is as
// many namesakes with a thousand quotes between them, of which a reply
// shows a few: their quotes are found from the name index, without a copy
// of each namesake or of each quote, or a look-up of each one's article.
func (l *Library) NamesakeQuotes(e Entity, topic string, max int, articles ...string) NamesakeQuotes {
	var out NamesakeQuotes
	var lists []quoteList
	if ql := l.quotesOf(e.Article, e.ID); len(ql.pos) > 0 {
		lists = append(lists, ql)
	}
	// As Namesakes lists them, less e itself (once per time its article
	// is loaded).
	if name := wordsOnly(Fold(e.Name)); name != "" {
		in, srcs := l.inScope(articles), l.byID[e.Article]
		names := l.nameTable()
		for _, i := range names.sakes[sakeKey{name, e.Kind}] {
			ne := &names.entities[i]
			if in != nil && !in[ne.src] || ne.is(&e, srcs) {
				continue
			}
			out.Others += ne.quotes
			if len(ne.said.pos) > 0 {
				lists = append(lists, ne.said)
			}
		}
	}
	out.Quotes, out.Total = l.listQuotes(lists, topic, max)
	return out
}

// quoteList is a speaker's quotes, by their positions in a source's Quotes
// (what TopicMatch.Quote takes), in paragraph order.
type quoteList struct {
	src int
	pos []int32
}

// quotesOf returns a speaker's quotes, in the first source loaded with
// their article, as QuotesOf has always looked them up.
func (l *Library) quotesOf(article, id string) quoteList {
	if is := l.byID[article]; len(is) > 0 {
		return quoteList{is[0], l.quotes[is[0]].bySpeaker[id]}
	}
	return quoteList{}
}

// listQuotes returns the first max (all, for max < 0) of the lists'
// quotes, in order, or, for a topic, those QuotesOf keeps, best first; and
// how many there are in all.
func (l *Library) listQuotes(lists []quoteList, topic string, max int) ([]Quote, int) {
	n := 0
	for _, ql := range lists {
		n += len(ql.pos)
	}
	quote := func(a quoteAt) *Quote { return &l.sources[a.src].Quotes[a.pos] }
	shown := func(total int) int {
		if max >= 0 && total > max {
			return max
		}
		return total
	}
	if strings.TrimSpace(topic) == "" {
		if n == 0 {
			return nil, 0
		}
		qs := make([]Quote, 0, shown(n))
		for _, ql := range lists {
			for _, p := range ql.pos {
				if len(qs) == cap(qs) {
					return qs, n
				}
				qs = append(qs, *quote(quoteAt{ql.src, p}))
			}
		}
		return qs, n
	}
	if n == 0 {
		return []Quote{}, 0 // a topic's filter gives a list, if empty
	}
	m := l.engine.Topic(topic)
	keep := l.quotesAbout(m, lists, n)
	if keep == nil {
		// The engine cannot list the quotes sharing a word with the
		// topic, or they outnumber these: each is judged.
		keep = keepCovering(flatten(lists), func(a quoteAt) float64 { return m.Quote(l.sources[a.src], a.src, int(a.pos)) })
	}
	if len(keep) == 0 {
		keep = keepCovering(quotedIn(m, flatten(lists), quote), func(a quoteAt) float64 {
			q := quote(a)
			return m.Paragraph(Ref{Article: q.Article, Paragraph: q.Paragraph})
		})
	}
	qs := make([]Quote, 0, shown(len(keep)))
	for _, a := range keep[:cap(qs)] {
		qs = append(qs, *quote(a))
	}
	return qs, len(keep)
}

// quoteAt is a quote by its source and its position in the source's Quotes.
type quoteAt struct {
	src int
	pos int32
}

// flatten lists the lists' quotes in order.
func flatten(lists []quoteList) []quoteAt {
	var out []quoteAt
	for _, ql := range lists {
		for _, p := range ql.pos {
			out = append(out, quoteAt{ql.src, p})
		}
	}
	return out
}

// quotesAbout returns what keepCovering keeps of the lists' n quotes, each
// judged with m.Quote, from the quotes the engine finds sharing a word
// with the topic (TopicMatch.Quotes) rather than by judging each: a
// person's thousand quotes are none of them judged for a topic that few
// quotes of the coverage use a word of. nil if the engine lists none (it
// cannot, or they would be more than n); an empty list if none is kept.
func (l *Library) quotesAbout(m TopicMatch, lists []quoteList, n int) []quoteAt {
	// The quotes the engine judged, by source, in the order of the
	// source's Quotes.
	var about map[int][]QuoteCover
	ok := m.Quotes(n, func(src *Source, at int, qs []QuoteCover) {
		// The source whose quotes the lists hold: found by its place when
		// the engine's is this library's, without looking up its article
		// (a common topic's quotes are in hundreds of articles).
		s := -1
		if at >= 0 && at < len(l.sources) && l.sources[at] == src {
			s = int(l.first[at])
		} else if is := l.byID[src.Article.ID]; len(is) > 0 {
			s = is[0]
		}
		if s < 0 {
			return
		}
		if about == nil {
			about = map[int][]QuoteCover{}
		}
		about[s] = append(about[s], qs...)
	})
	if !ok {
		return nil
	}
	type judged struct {
		a   quoteAt
		cov float64
	}
	var js []judged
	for _, ql := range lists {
		qs := about[ql.src]
		if len(qs) == 0 {
			continue
		}
		for _, p := range ql.pos {
			if k, found := slices.BinarySearchFunc(qs, int(p), func(q QuoteCover, p int) int { return cmp.Compare(q.Quote, p) }); found {
				js = append(js, judged{quoteAt{ql.src, p}, qs[k].Cover})
			}
		}
	}
	kept := keepCovering(js, func(j judged) float64 { return j.cov })
	out := make([]quoteAt, len(kept))
	for i, j := range kept {
		out[i] = j.a
	}
	return out
}

// quotedIn returns the quotes whose paragraph has a word of the topic, in
// their order: the only ones that can be about it by their paragraph. The
// engine lists those paragraphs from the index; when it would list more
// than there are quotes, every quote is returned, to be judged. A person
// in hundreds of articles has a thousand quotes, and a topic they never
// spoke of had each one's paragraph judged, the slowest /quote replies at
// 100,000 paragraphs.
func quotedIn[T any](m TopicMatch, quotes []T, quote func(T) *Quote) []T {
	paras, ok := m.Paragraphs(len(quotes))
	if !ok {
		return quotes
	}
	for _, ps := range paras {
		slices.Sort(ps)
	}
	var out []T
	for _, a := range quotes {
		q := quote(a)
		if _, found := slices.BinarySearch(paras[q.Article], q.Paragraph); found {
			out = append(out, a)
		}
	}
	return out
}
