package knowledge

import (
	"sort"
	"strings"
)

// The look-ups as they were before the library prepared tables for them:
// each walks every source, entity, alias and event and folds each one. They
// are kept as the reference the fast look-ups must agree with exactly.

func refFindEntities(l *Library, name string, limit int, articles ...string) []EntityMatch {
	q := wordsOnly(Fold(name))
	if q == "" {
		return nil
	}
	var out []EntityMatch
	for _, s := range l.sources {
		if !inArticles(articles, s.Article.ID) {
			continue
		}
		quotes := refQuoteCounts(s)
		for _, e := range s.Entities {
			score, matched := refMatchEntity(q, e)
			if bare := withoutArticle(q); bare != q {
				if sb, mb := refMatchEntity(bare, e); sb > score {
					score, matched = sb, mb
				}
			}
			if score > 0 {
				out = append(out, EntityMatch{Entity: e, Matched: matched, Score: score, QuoteCount: quotes[e.ID]})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return len(out[i].Entity.Paragraphs) > len(out[j].Entity.Paragraphs)
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

func refMatchEntity(q string, e Entity) (float64, string) {
	best, matched := 0.0, ""
	try := func(s float64, m string) {
		if s > best {
			best, matched = s, m
		}
	}
	names := append([]string{e.Name}, e.Aliases...)
	qw := strings.Fields(q)
	for i, n := range names {
		f := wordsOnly(Fold(n))
		if f == "" {
			continue
		}
		exact := 1.0
		if i > 0 {
			exact = 0.98
		}
		switch {
		case f == q:
			try(exact, n)
		case refContainsWords(f, q):
			try(0.8*float64(len(qw))/float64(len(strings.Fields(f)))+0.1, n)
		}
		if len(q) >= 5 && refNear(f, q) {
			if d := EditDistance(f, q); d <= 2 {
				try(0.75-0.1*float64(d), n)
			}
		}
		for _, w := range strings.Fields(f) {
			if len(q) >= 5 && refNear(w, q) {
				if d := EditDistance(w, q); d <= 2 {
					try(0.6-0.1*float64(d), n)
				}
			}
		}
	}
	if r := wordsOnly(Fold(e.Role)); r != "" {
		switch {
		case r == q:
			try(0.95, e.Role)
		case refContainsWords(r, q) && len(qw) >= 2:
			try(0.85, e.Role)
		case refContainsWords(r, q):
			try(0.4, e.Role)
		}
	}
	return best, matched
}

func refNear(a, b string) bool {
	d := len([]rune(a)) - len([]rune(b))
	return d >= -2 && d <= 2
}

func refContainsWords(s, q string) bool {
	return strings.Contains(" "+s+" ", " "+q+" ")
}

func refSuggest(l *Library, name string, limit int, articles ...string) []string {
	q := wordsOnly(Fold(name))
	type cand struct {
		name string
		d    int
	}
	var cs []cand
	for _, s := range l.sources {
		if !inArticles(articles, s.Article.ID) {
			continue
		}
		for _, e := range s.Entities {
			best := 1 << 30
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				f := wordsOnly(Fold(n))
				best = min(best, EditDistance(q, f))
				for _, w := range strings.Fields(f) {
					best = min(best, EditDistance(q, w)+1)
				}
			}
			if best <= max(2, len(q)/3) {
				cs = append(cs, cand{e.Name, best})
			}
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].d < cs[j].d })
	var out []string
	seen := map[string]bool{}
	for _, c := range cs {
		if !seen[c.name] && len(out) < limit {
			seen[c.name] = true
			out = append(out, c.name)
		}
	}
	return out
}

func refComplete(l *Library, field Field, partial string, limit int, articles ...string) []Completion {
	q := wordsOnly(Fold(partial))
	type cand struct {
		c     Completion
		score float64
		rank  int
	}
	var cs []cand
	add := func(label, value, match string, rank int) {
		f := wordsOnly(Fold(match))
		var s float64
		switch {
		case q == "":
			s = 1
		case strings.HasPrefix(f, q):
			s = 3
		case refContainsWords(f, q) || strings.Contains(" "+f, " "+q):
			s = 2
		case len(q) >= 3 && strings.Contains(f, q):
			s = 1.5
		default:
			for _, w := range strings.Fields(f) {
				if len(q) >= 4 && EditDistance(w, q) <= 2 {
					s = 1
				}
			}
		}
		if s > 0 {
			cs = append(cs, cand{Completion{Label: label, Value: value}, s, rank})
		}
	}
	switch field {
	case FieldEntity, FieldSpeaker:
		for _, s := range l.sources {
			if !inArticles(articles, s.Article.ID) {
				continue
			}
			quoted := map[string]int{}
			for _, qu := range s.Quotes {
				quoted[qu.Speaker]++
			}
			for _, e := range s.Entities {
				if field == FieldSpeaker && quoted[e.ID] == 0 {
					continue
				}
				label := e.Name
				if e.Role != "" {
					label += roleSep + e.Role
				}
				rank := len(e.Paragraphs) + quoted[e.ID]
				add(label, e.Name, e.Name, rank)
				for _, a := range e.Aliases {
					if q != "" {
						add(a+aliasSep+e.Name, e.Name, a, rank)
					}
				}
			}
		}
	case FieldTopic:
		count := map[string]int{}
		for _, s := range l.sources {
			if !inArticles(articles, s.Article.ID) {
				continue
			}
			for _, e := range s.Events {
				for _, t := range e.Topics {
					count[t]++
				}
			}
			for _, qu := range s.Quotes {
				for _, t := range qu.Topics {
					count[t]++
				}
			}
		}
		for t, n := range count {
			add(t, t, t, n)
		}
	case FieldArticle:
		for _, a := range l.articles {
			label := a.Label()
			if !a.Published.IsZero() {
				label += roleSep + a.Published.Human()
			}
			add(label, a.ID, a.ID+" "+a.Title+" "+a.ShortTitle, int(a.Published.Start().Unix()/86400))
		}
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].score != cs[j].score {
			return cs[i].score > cs[j].score
		}
		if cs[i].rank != cs[j].rank {
			return cs[i].rank > cs[j].rank
		}
		return cs[i].c.Label < cs[j].c.Label
	})
	var out []Completion
	seenValue := map[string]bool{}
	for _, c := range cs {
		if len(out) == limit {
			break
		}
		if seenValue[c.c.Value] {
			continue
		}
		seenValue[c.c.Value] = true
		out = append(out, c.c)
	}
	return out
}

func refSource(l *Library, article string) *Source {
	for _, s := range l.sources {
		if s.Article.ID == article {
			return s
		}
	}
	return nil
}

func refEvents(l *Library, article string) []Event {
	s := refSource(l, article)
	if s == nil {
		return nil
	}
	evs := append([]Event(nil), s.Events...)
	refSortEvents(evs)
	return evs
}

func refQuotes(l *Library, article string) []Quote {
	s := refSource(l, article)
	if s == nil {
		return nil
	}
	qs := append([]Quote(nil), s.Quotes...)
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].Paragraph < qs[j].Paragraph })
	return qs
}

func refEntity(l *Library, article, id string) (Entity, bool) {
	if s := refSource(l, article); s != nil {
		for _, e := range s.Entities {
			if e.ID == id {
				return e, true
			}
		}
	}
	return Entity{}, false
}

func refQuotesBy(l *Library, speaker Entity, topic string) []Quote {
	var qs []Quote
	for _, q := range refQuotes(l, speaker.Article) {
		if q.Speaker == speaker.ID {
			qs = append(qs, q)
		}
	}
	if strings.TrimSpace(topic) == "" {
		return qs
	}
	return refFilterByTopic(qs, l.engine.Topic(topic), func(q Quote) (string, Ref) {
		return q.Text + " " + strings.Join(q.Topics, " "), Ref{Article: q.Article, Paragraph: q.Paragraph}
	})
}

func refTimeline(l *Library, topic string, from, to *Date, articles ...string) []Event {
	var evs []Event
	for _, s := range l.sources {
		if !inArticles(articles, s.Article.ID) {
			continue
		}
		for _, e := range s.Events {
			if !e.Within(from, to) {
				continue
			}
			evs = append(evs, e)
		}
	}
	refSortEvents(evs)
	if strings.TrimSpace(topic) == "" {
		return evs
	}
	kept := refFilterByTopic(evs, l.engine.Topic(topic), func(e Event) (string, Ref) {
		return e.Summary + " " + strings.Join(e.Topics, " "), Ref{Article: e.Article, Paragraph: refFirstPara(e.Paragraphs)}
	})
	refSortEvents(kept)
	return kept
}

func refFilterByTopic[T any](items []T, m TopicMatch, text func(T) (string, Ref)) []T {
	type scored struct {
		item T
		cov  float64
	}
	pick := func(own bool) []T {
		var ss []scored
		for _, it := range items {
			t, ref := text(it)
			var cov float64
			if own {
				cov = m.Text(t)
			} else {
				cov = m.Paragraph(ref)
			}
			if cov >= topicThreshold {
				ss = append(ss, scored{it, cov})
			}
		}
		sort.SliceStable(ss, func(i, j int) bool { return ss[i].cov > ss[j].cov })
		out := make([]T, len(ss))
		for i, s := range ss {
			out[i] = s.item
		}
		return out
	}
	if out := pick(true); len(out) > 0 {
		return out
	}
	return pick(false)
}

func refSortEvents(evs []Event) {
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := evs[i], evs[j]
		if !a.Date.Start().Equal(b.Date.Start()) {
			return a.Date.Start().Before(b.Date.Start())
		}
		if !a.Date.End().Equal(b.Date.End()) {
			return a.Date.End().After(b.Date.End())
		}
		return refFirstPara(a.Paragraphs) < refFirstPara(b.Paragraphs)
	})
}

func refFirstPara(ps []int) int {
	if len(ps) == 0 {
		return 0
	}
	return ps[0]
}

func refNewest(l *Library) []*Article {
	out := append([]*Article(nil), l.articles...)
	sort.SliceStable(out, func(i, j int) bool {
		return out[i].Published.Start().After(out[j].Published.Start())
	})
	return out
}

// refNamesakes walks every source's entities for those with e's folded
// name and kind: e itself first, then the others, their articles newest
// first as refNewest orders them, in load order among equals.
func refNamesakes(l *Library, e Entity, articles ...string) []EntityMatch {
	name := wordsOnly(Fold(e.Name))
	if name == "" {
		return nil
	}
	type at struct {
		m   EntityMatch
		src *Source
	}
	var self []EntityMatch
	var others []at
	for _, s := range l.sources {
		if !inArticles(articles, s.Article.ID) {
			continue
		}
		quotes := refQuoteCounts(s)
		for _, x := range s.Entities {
			if wordsOnly(Fold(x.Name)) != name || x.Kind != e.Kind {
				continue
			}
			m := EntityMatch{Entity: x, Matched: x.Name, Score: 1, QuoteCount: quotes[x.ID]}
			if x.Article == e.Article && x.ID == e.ID {
				self = append(self, m)
			} else {
				others = append(others, at{m, s})
			}
		}
	}
	sort.SliceStable(others, func(i, j int) bool {
		return others[i].src.Article.Published.Start().After(others[j].src.Article.Published.Start())
	})
	out := self
	for _, o := range others {
		out = append(out, o.m)
	}
	return out
}

// refQuoteCounts counts a source's quotes by speaker.
func refQuoteCounts(s *Source) map[string]int {
	quotes := map[string]int{}
	for _, qu := range s.Quotes {
		quotes[qu.Speaker]++
	}
	return quotes
}
