package knowledge

import (
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
	name := wordsOnly(Fold(e.Name))
	if name == "" {
		return nil
	}
	in := l.inScope(articles)
	ids := l.names.sakes[sakeKey{name, e.Kind}]
	var self []int32 // e itself, in load order: once, unless an article is loaded twice
	n := 0
	for _, i := range ids {
		ne := &l.names.entities[i]
		if in != nil && !in[ne.src] {
			continue
		}
		n++
		if ne.e.Article == e.Article && ne.e.ID == e.ID {
			self = append(self, i)
		}
	}
	if n == 0 {
		return nil
	}
	slices.Sort(self)
	out := make([]EntityMatch, 0, n)
	for _, i := range self {
		out = append(out, namesake(&l.names.entities[i]))
	}
	for _, i := range ids {
		ne := &l.names.entities[i]
		if in != nil && !in[ne.src] || ne.e.Article == e.Article && ne.e.ID == e.ID {
			continue
		}
		out = append(out, namesake(ne))
	}
	return out
}

func namesake(ne *namedEntity) EntityMatch {
	return EntityMatch{Entity: *ne.e, Matched: ne.e.Name, Score: 1, QuoteCount: ne.quotes}
}

// QuotesOf returns the quotes of several speakers (one person's namesakes in
// several articles), each speaker's in paragraph order, speakers in the
// order given; a topic keeps those whose words or topics are about it, or,
// when none is, those whose paragraph is: best first, as QuotesBy does.
func (l *Library) QuotesOf(speakers []Entity, topic string) []Quote {
	type at struct {
		src int
		pos int32
	}
	// Each speaker's source and quotes are looked up once, to count them
	// before they are listed.
	type of struct {
		src int
		pos []int32
	}
	ofs := make([]of, 0, len(speakers))
	n := 0
	for _, s := range speakers {
		if is := l.byID[s.Article]; len(is) > 0 {
			if ps := l.quotes[is[0]].bySpeaker[s.ID]; len(ps) > 0 {
				ofs = append(ofs, of{is[0], ps})
				n += len(ps)
			}
		}
	}
	var ats []at
	if n > 0 {
		ats = make([]at, 0, n)
	}
	for _, o := range ofs {
		for _, p := range o.pos {
			ats = append(ats, at{o.src, p})
		}
	}
	quote := func(a at) *Quote { return &l.sources[a.src].Quotes[a.pos] }
	var qs []Quote
	if strings.TrimSpace(topic) != "" {
		m := l.engine.Topic(topic)
		keep := keepCovering(ats, func(a at) float64 { return m.Quote(l.sources[a.src].Article.ID, int(a.pos)) })
		if len(keep) == 0 && len(ats) > 0 {
			keep = keepCovering(quotedIn(m, ats, func(a at) *Quote { return quote(a) }), func(a at) float64 {
				q := quote(a)
				return m.Paragraph(Ref{Article: q.Article, Paragraph: q.Paragraph})
			})
		}
		ats, qs = keep, make([]Quote, 0, len(keep)) // a topic's filter gives a list, if empty
	} else if len(ats) > 0 {
		qs = make([]Quote, 0, len(ats))
	}
	for _, a := range ats {
		qs = append(qs, *quote(a))
	}
	return qs
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
