package knowledge

import (
	"sort"
	"strings"
)

// The separators of a choice's label: "Name — role", "alias → Name".
const (
	roleSep  = " — "
	aliasSep = " → "
)

// CompletionValue turns a choice's label back into its value. Some Discord
// clients send the label a user picked instead of the value; this lets either
// work. Text that is not a label comes back as it is.
func CompletionValue(s string) string {
	if _, after, ok := strings.Cut(s, aliasSep); ok {
		s = after
	}
	if before, _, ok := strings.Cut(s, roleSep); ok {
		s = before
	}
	return strings.TrimSpace(s)
}

// Complete returns autocomplete choices for what a user has typed so far:
// entity names and aliases (speakers only when quoted) and event topics, of
// the given articles or of all, most cited first among equal matches; or
// articles, by id or title, newest first, each shown by its label and date.
func (l *Library) Complete(field Field, partial string, limit int, articles ...string) []Completion {
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
		case containsWords(f, q) || strings.Contains(" "+f, " "+q):
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
		// Newest first: the story a newsroom follows today is the one asked
		// about. The rank is the day of publication.
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
		// One choice per entity: the best way the partial names it.
		if seenValue[c.c.Value] {
			continue
		}
		seenValue[c.c.Value] = true
		out = append(out, c.c)
	}
	return out
}
