package knowledge

import (
	"cmp"
	"slices"
	"strings"
)

// FindEntities finds people, organisations and places by name, alias or
// role, case- and accent-insensitively and forgiving small misspellings,
// best first; in the given articles, or in all with none. Only the groups
// of entities spelt alike that the library's name index offers are scored,
// each once; of each group only its first limit entities in scope can be
// among the best limit, so no more are ranked.
func (l *Library) FindEntities(name string, limit int, articles ...string) []EntityMatch {
	q := wordsOnly(Fold(name))
	if q == "" {
		return nil
	}
	in := l.inScope(articles)
	names := l.nameTable()
	hits := l.entityHits(q, limit, in)
	// "the Kremlin spokesman" is the Kremlin spokesman, and "The Hague"
	// still The Hague: both ways are tried, each entity keeping its best.
	if bare := withoutArticle(q); bare != q {
		for _, h := range l.entityHits(bare, limit, in) {
			if k := slices.IndexFunc(hits, func(x entityHit) bool { return x.i == h.i }); k < 0 {
				hits = append(hits, h)
			} else if h.score > hits[k].score {
				hits[k] = h
			}
		}
	}
	order := func(a, b entityHit) int {
		if a.score != b.score {
			return cmp.Compare(b.score, a.score)
		}
		// Among equals, the one the coverage says most about.
		pa, pb := len(names.entities[a.i].e.Paragraphs), len(names.entities[b.i].e.Paragraphs)
		if pa != pb {
			return cmp.Compare(pb, pa)
		}
		return cmp.Compare(a.i, b.i)
	}
	if limit > 0 && len(hits) > limit {
		b := newBest(limit, order, nil)
		for _, h := range hits {
			b.add(h)
		}
		hits = b.items
	} else {
		slices.SortFunc(hits, order)
	}
	if hits == nil {
		return nil
	}
	if len(hits) > limit {
		hits = hits[:limit]
	}
	out := make([]EntityMatch, len(hits))
	for i, h := range hits {
		ne := &names.entities[h.i]
		out[i] = EntityMatch{Entity: *ne.e, Matched: h.matched, Score: h.score, QuoteCount: ne.quotes}
	}
	return out
}

// entityHit is an entity found by name: its position in the name index
// (load order), how well and by what it matched.
type entityHit struct {
	i       int32
	score   float64
	matched string
}

// entityHits scores the entities of the groups the name index offers for
// a folded query, at most limit of each group in scope.
func (l *Library) entityHits(q string, limit int, in []bool) []entityHit {
	qw := strings.Fields(q)
	names := l.nameTable()
	cands, near := names.candidates(q, qw)
	var hits []entityHit
	for _, g := range cands {
		grp := &names.groups[g]
		score, matched := matchEntity(q, len(qw), grp, near)
		if score <= 0 {
			continue
		}
		n := 0
		for _, i := range grp.members {
			if in != nil && !in[names.entities[i].src] {
				continue
			}
			hits = append(hits, entityHit{i, score, matched})
			if n++; n == limit {
				break
			}
		}
	}
	return hits
}

// withoutArticle drops an article from the front of a folded query.
func withoutArticle(q string) string {
	for _, a := range []string{"the ", "a ", "an "} {
		if rest, ok := strings.CutPrefix(q, a); ok && rest != "" {
			return rest
		}
	}
	return q
}

// matchEntity scores how well a folded query of qw words names a group's
// entities: 1 for their name or an alias, less for a role, a word of a
// name, or a near spelling. near holds the edit distances of the names and
// words of names at most two edits from the query, and is nil for a query
// under five bytes, too short to forgive.
func matchEntity(q string, qw int, ne *nameGroup, near map[string]int) (float64, string) {
	best, matched := 0.0, ""
	try := func(s float64, m string) {
		if s > best {
			best, matched = s, m
		}
	}
	for i, f := range ne.names {
		if f == "" {
			continue
		}
		n, exact := ne.e.Name, 1.0
		if i > 0 {
			n, exact = ne.e.Aliases[i-1], 0.98 // the canonical name first when both match
		}
		switch {
		case f == q:
			try(exact, n)
		case containsWords(f, q):
			try(0.8*float64(qw)/float64(strings.Count(f, " ")+1)+0.1, n)
		}
		if len(near) == 0 {
			continue
		}
		if d, ok := near[f]; ok {
			try(0.75-0.1*float64(d), n)
		}
		// A misspelt surname: "Zelenksy" for Zelenskyy.
		eachWord(f, func(w string) {
			if d, ok := near[w]; ok {
				try(0.6-0.1*float64(d), n)
			}
		})
	}
	if r := ne.role; r != "" {
		switch {
		case r == q:
			try(0.95, ne.e.Role)
		case containsWords(r, q) && qw >= 2:
			try(0.85, ne.e.Role)
		case containsWords(r, q):
			try(0.4, ne.e.Role)
		}
	}
	return best, matched
}

// containsWords reports whether the words of q stand in s as a run of whole
// words: whether " "+q+" " is in " "+s+" ", without making either.
func containsWords(s, q string) bool {
	if q == "" {
		return strings.Contains(" "+s+" ", "  ")
	}
	for i := 0; ; {
		j := strings.Index(s[i:], q)
		if j < 0 {
			return false
		}
		j += i
		if end := j + len(q); (j == 0 || s[j-1] == ' ') && (end == len(s) || s[end] == ' ') {
			return true
		}
		i = j + 1
	}
}

// atWordStart reports whether q stands in s where a word starts: whether
// " "+q is in " "+s, without making either.
func atWordStart(s, q string) bool {
	if q == "" {
		return true
	}
	for i := 0; ; {
		j := strings.Index(s[i:], q)
		if j < 0 {
			return false
		}
		j += i
		if j == 0 || s[j-1] == ' ' {
			return true
		}
		i = j + 1
	}
}

// Suggest returns the names closest to one that matched nothing, in the
// given articles or in all: within a third of its length in edits (two at
// least), a word of a name counting one edit more.
func (l *Library) Suggest(name string, limit int, articles ...string) []string {
	q := wordsOnly(Fold(name))
	in := l.inScope(articles)
	names := l.nameTable()
	best := names.closest(q, max(2, len(q)/3))
	// A group's entities share its name and distance: the first of them in
	// load order and in scope stands for them all, as the first of a name
	// is the one kept.
	type cand struct {
		name  string
		d     int
		first int32
	}
	cs := make([]cand, 0, len(best))
	for g, d := range best {
		grp := &names.groups[g]
		first := int32(-1)
		for _, i := range grp.members {
			if (in == nil || in[names.entities[i].src]) && (first < 0 || i < first) {
				first = i
			}
		}
		if first >= 0 {
			cs = append(cs, cand{grp.e.Name, d, first})
		}
	}
	slices.SortFunc(cs, func(a, b cand) int { return cmp.Or(cmp.Compare(a.d, b.d), cmp.Compare(a.first, b.first)) })
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
	return l.QuotesOf([]Entity{speaker}, topic)
}

// topicThreshold is the share of a topic an item must cover to be kept.
const topicThreshold = 0.5

// keepCovering keeps the items that cover at least topicThreshold of a
// topic, the most covering first, in their order among equals.
func keepCovering[T any](items []T, cover func(T) float64) []T {
	type scored struct {
		item T
		cov  float64
	}
	var ss []scored
	for _, it := range items {
		if cov := cover(it); cov >= topicThreshold {
			ss = append(ss, scored{it, cov})
		}
	}
	slices.SortStableFunc(ss, func(a, b scored) int { return cmp.Compare(b.cov, a.cov) })
	out := make([]T, len(ss))
	for i, s := range ss {
		out[i] = s.item
	}
	return out
}

// describedScore is the score of an entity found by its description rather
// than by a name, alias or role as written.
const describedScore = 0.5

// FindDescribed is FindEntities and, when nothing matches as written, the
// entities the engine reads the name as describing (see Describer): "the
// ukrainian president" is the one whose role is "President of Ukraine".
// The reading costs a question's; FindEntities, which looks up every run
// of a text's words, does without it.
func (l *Library) FindDescribed(name string, limit int, articles ...string) []EntityMatch {
	if ms := l.FindEntities(name, limit, articles...); len(ms) > 0 {
		return ms
	}
	d, ok := l.engine.(Describer)
	if !ok || limit <= 0 {
		return nil
	}
	in := l.inScope(articles)
	names := l.nameTable()
	var out []EntityMatch
	for _, en := range d.Describe(name) {
		for _, i := range names.sakes[sakeKey{wordsOnly(Fold(en.Name)), en.Kind}] {
			ne := &names.entities[i]
			if ne.e.Article != en.Article || ne.e.ID != en.ID || in != nil && !in[ne.src] || len(out) == limit {
				continue
			}
			out = append(out, EntityMatch{Entity: *ne.e, Matched: ne.e.Role, Score: describedScore, QuoteCount: ne.quotes})
		}
	}
	return out
}
