package knowledge

import (
	"sort"
	"strings"
)

// FindEntities finds people, organisations and places by name, alias or
// role, case- and accent-insensitively and forgiving small misspellings,
// best first; in the given articles, or in all with none.
func (l *Library) FindEntities(name string, limit int, articles ...string) []EntityMatch {
	q := wordsOnly(Fold(name))
	if q == "" {
		return nil
	}
	var out []EntityMatch
	for _, s := range l.sources {
		if !inArticles(articles, s.Article.ID) {
			continue
		}
		quotes := map[string]int{}
		for _, qu := range s.Quotes {
			quotes[qu.Speaker]++
		}
		for _, e := range s.Entities {
			score, matched := matchEntity(q, e)
			if score > 0 {
				out = append(out, EntityMatch{Entity: e, Matched: matched, Score: score, QuoteCount: quotes[e.ID]})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		// Among equals, the one the coverage says most about.
		return len(out[i].Entity.Paragraphs) > len(out[j].Entity.Paragraphs)
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

// matchEntity scores how well a folded query names e: 1 for its name or an
// alias, less for a role, a word of a name, or a near spelling.
func matchEntity(q string, e Entity) (float64, string) {
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
			exact = 0.98 // the canonical name first when both match
		}
		switch {
		case f == q:
			try(exact, n)
		case containsWords(f, q):
			try(0.8*float64(len(qw))/float64(len(strings.Fields(f)))+0.1, n)
		}
		if len(q) >= 5 && near(f, q) {
			if d := EditDistance(f, q); d <= 2 {
				try(0.75-0.1*float64(d), n)
			}
		}
		// A misspelt surname: "Zelenksy" for Zelenskyy.
		for _, w := range strings.Fields(f) {
			if len(q) >= 5 && near(w, q) {
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
		case containsWords(r, q) && len(qw) >= 2:
			try(0.85, e.Role)
		case containsWords(r, q):
			try(0.4, e.Role)
		}
	}
	return best, matched
}

// near reports whether a and b differ in length by two runes at most, the
// cheap test before an edit distance of two.
func near(a, b string) bool {
	d := len([]rune(a)) - len([]rune(b))
	return d >= -2 && d <= 2
}

// containsWords reports whether the words of q stand in s as a run of whole words.
func containsWords(s, q string) bool {
	return strings.Contains(" "+s+" ", " "+q+" ")
}

// Suggest returns the names closest to one that matched nothing, in the
// given articles or in all.
func (l *Library) Suggest(name string, limit int, articles ...string) []string {
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

// QuotesBy returns a speaker's quotes in paragraph order; a topic keeps those
// whose words, topics or paragraph are about it, best first.
func (l *Library) QuotesBy(speaker Entity, topic string) []Quote {
	var qs []Quote
	for _, q := range l.Quotes(speaker.Article) {
		if q.Speaker == speaker.ID {
			qs = append(qs, q)
		}
	}
	if strings.TrimSpace(topic) == "" {
		return qs
	}
	return filterByTopic(qs, l.engine.Topic(topic), func(q Quote) (string, Ref) {
		return q.Text + " " + strings.Join(q.Topics, " "), Ref{Article: q.Article, Paragraph: q.Paragraph}
	})
}

// Timeline returns dated events in chronological order, those about a topic
// when one is given, within [from, to] when given: an event counts only when
// the whole of it lies in the window (Event.Within), so a reader asking from
// 1 May does not get "May 2025", which may be the 1st. Articles, when given,
// are the only ones whose events count.
func (l *Library) Timeline(topic string, from, to *Date, articles ...string) []Event {
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
	sortEvents(evs)
	if strings.TrimSpace(topic) == "" {
		return evs
	}
	kept := filterByTopic(evs, l.engine.Topic(topic), func(e Event) (string, Ref) {
		return e.Summary + " " + strings.Join(e.Topics, " "), Ref{Article: e.Article, Paragraph: firstPara(e.Paragraphs)}
	})
	sortEvents(kept)
	return kept
}

// topicThreshold is the share of a topic an item must cover to be kept.
const topicThreshold = 0.5

// filterByTopic keeps the items whose own text answers at least half of the
// topic; when none does, those whose paragraph does. Best first.
func filterByTopic[T any](items []T, m TopicMatch, text func(T) (string, Ref)) []T {
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
