package knowledge

import (
	"cmp"
	"slices"
	"strings"
)

// Namesakes returns the entities that the articles' fact bases give the same
// canonical name and kind as e, e first, then the others newest article
// first: a person who recurs across the coverage is an entity in each
// article's fact base, and /who and /quote speak of them all. Only the given
// articles are looked in, or all with none. It reads the name index: the
// cost is the number of namesakes.
func (l *Library) Namesakes(e Entity, articles ...string) []EntityMatch {
	name := wordsOnly(Fold(e.Name))
	if name == "" {
		return nil
	}
	in := l.inScope(articles)
	var self []EntityMatch
	var others []*namedEntity
	l.names.names.near(name, 0, func(i, _ int) {
		for _, k := range l.names.byName[i] {
			ne := &l.names.entities[k]
			if ne.names[0] != name || ne.e.Kind != e.Kind || in != nil && !in[ne.src] {
				continue
			}
			if ne.e.Article == e.Article && ne.e.ID == e.ID {
				self = append(self, namesake(ne))
				continue
			}
			others = append(others, ne)
		}
	})
	slices.SortStableFunc(others, func(a, b *namedEntity) int { return cmp.Compare(l.recency[a.src], l.recency[b.src]) })
	out := self
	for _, ne := range others {
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
	var ats []at
	for _, s := range speakers {
		if is := l.byID[s.Article]; len(is) > 0 {
			for _, p := range l.quotes[is[0]].bySpeaker[s.ID] {
				ats = append(ats, at{is[0], p})
			}
		}
	}
	quote := func(a at) Quote { return l.sources[a.src].Quotes[a.pos] }
	var qs []Quote
	if strings.TrimSpace(topic) != "" {
		m := l.engine.Topic(topic)
		keep := keepCovering(ats, func(a at) float64 { return m.Quote(l.sources[a.src].Article.ID, int(a.pos)) })
		if len(keep) == 0 {
			keep = keepCovering(ats, func(a at) float64 {
				q := quote(a)
				return m.Paragraph(Ref{Article: q.Article, Paragraph: q.Paragraph})
			})
		}
		ats, qs = keep, make([]Quote, 0, len(keep)) // a topic's filter gives a list, if empty
	}
	for _, a := range ats {
		qs = append(qs, quote(a))
	}
	return qs
}
