package knowledge

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// The look-ups must give exactly what the reference walks of every entity
// and event give (lookup_ref_test.go): same matches, scores, order,
// suggestions and completions.

// lookupLibrary is a coverage the fast look-ups are compared on, with how
// many generated queries to try on it and how often (every nth query) to
// try each narrowing to articles too: the reference is slow.
type lookupLibrary struct {
	name        string
	l           *Library
	queries     int
	narrowEvery int
}

// lookupLibraries are the shipped article with the harbour and court
// testdata, and those with six copies of the shipped article, whose
// names all repeat.
func lookupLibraries(t *testing.T) []lookupLibrary {
	t.Helper()
	threeLibrary(t, nil)
	three := slices.Clone(threeSources)
	many := append(slices.Clone(three), copiesOf(t, 6)...)
	// The same coverage with Complete's shortcuts off (the table of short
	// partials, scanning a few articles), so that its look-up answers all.
	noShortcuts := NewLibrary(three, newWordEngine(three))
	ch := noShortcuts.readyChoices()
	for _, x := range []*choiceIndex{ch.entities, ch.speakers, ch.topics, ch.articles} {
		x.short, x.scanBelow = nil, 0
	}
	return []lookupLibrary{
		{"three", NewLibrary(three, newWordEngine(three)), 400, 8},
		{"copies", NewLibrary(many, newWordEngine(many)), 80, 10},
		{"three without shortcuts", noShortcuts, 200, 4},
	}
}

// lookupQueries are what users might type: odd input, and n of every
// name, alias, role and topic, their words and prefixes, and misspellings of
// each (all of them would take the reference minutes to walk).
func lookupQueries(l *Library, n int) []string {
	set := map[string]bool{}
	add := func(ss ...string) {
		for _, s := range ss {
			set[s] = true
		}
	}
	variants := func(s string) {
		add(s, strings.ToUpper(s), strings.ToLower(s))
		rs := []rune(s)
		for _, n := range []int{1, 2, 3, 4, 6} {
			if n < len(rs) {
				add(string(rs[:n]))
			}
		}
		if len(rs) >= 3 {
			mid := len(rs) / 2
			swapped := slices.Clone(rs)
			swapped[mid-1], swapped[mid] = swapped[mid], swapped[mid-1]
			add(string(swapped))                               // a swap
			add(string(rs[:mid]) + string(rs[mid+1:]))         // a deletion
			add(string(rs[:mid]) + "x" + string(rs[mid:]))     // an insertion
			add("q" + string(rs[1:]))                          // a first letter wrong
			add(string(rs[:len(rs)-1]) + "ë")                  // a last letter accented
			add(string(rs[1 : len(rs)-1]))                     // both ends lost
			add(string(rs[:mid-1]) + string(rs[mid+1:]) + "z") // three edits or so
			add(string(rs[mid:]))                              // the end alone
			add(string(rs[:mid]) + " " + string(rs[mid:]))     // a space inside
			add(string(rs[:mid]) + "-" + string(rs[mid:]))     // a hyphen inside
		}
	}
	for _, s := range l.sources {
		a := s.Article
		add(a.ID, a.Title, a.ShortTitle, a.Label())
		variants(a.ID)
		for _, e := range s.Entities {
			for _, n := range append([]string{e.Name, e.Role}, e.Aliases...) {
				variants(n)
				for _, w := range strings.Fields(n) {
					variants(w)
				}
			}
		}
		for _, ev := range s.Events {
			for _, tp := range ev.Topics {
				variants(tp)
			}
			add(ev.Summary)
			if ws := strings.Fields(ev.Summary); len(ws) > 3 {
				add(strings.Join(ws[1:3], " "))
			}
		}
		for _, q := range s.Quotes {
			add(strings.Join(q.Topics, " "))
		}
	}
	var generated []string
	for s := range set {
		if utf8.ValidString(s) {
			generated = append(generated, s)
		}
	}
	slices.Sort(generated)
	out := []string{"", " ", "—", "'", "…", "Zelenksy", "zelensky", "Kief", "Hosen", "Riya", "Biden",
		"War Institute of Washington", "kremlin SPOKESMAN", "erdogan", "Türkiye", "TURKIYE",
		"ü", "ß", "李", "北京市", "🙂", "Zoe", "zoë brønsted", "bronsted", "a", "the", "of the",
		"president of", "minister", "x", "xx", "xxxxx", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
		strings.Repeat("peskov ", 12), "pes kov", "p e s", "123", "2025", "istanbul-talks-0003"}
	for i := range n {
		out = append(out, generated[i*len(generated)/n])
	}
	return out
}

// articleFilters are the narrowings tried: none, each article, two, one
// not loaded, and one named twice.
func articleFilters(l *Library) [][]string {
	ids := make([]string, len(l.articles))
	for i, a := range l.articles {
		ids[i] = a.ID
	}
	out := [][]string{nil, {"no-such-article"}, {ids[0], ids[0]}}
	for _, id := range ids {
		out = append(out, []string{id})
	}
	if len(ids) > 2 {
		out = append(out, []string{ids[2], ids[1]}, ids[1:])
	}
	return out
}

// upTo is what a look-up with a limit gives, from what it gives with none.
func upTo[T any](all []T, limit int) []T {
	if len(all) > limit {
		return all[:limit]
	}
	return all
}

// mismatches stops a test that keeps failing from printing thousands of diffs.
type mismatches struct {
	t *testing.T
	n int
}

func (m *mismatches) check(what string, want, got any, opts ...cmp.Option) {
	m.t.Helper()
	if m.n >= 20 {
		return
	}
	if diff := cmp.Diff(want, got, opts...); diff != "" {
		m.n++
		m.t.Errorf("%s mismatch (-want, +got):\n%s", what, diff)
	}
}

// speakerLibraries are lookupLibraries with two more for the look-ups of
// /who and /quote: a generated coverage (internal/synth), whose people
// recur across many articles' fact bases as in a large archive, and one
// with an article loaded twice, so that an entity is its own namesake.
func speakerLibraries(t *testing.T) []lookupLibrary {
	t.Helper()
	gen := synthSources(t, 6000)
	twice := append(append([]*Source{shippedLibrary(t).sources[0]}, copiesOf(t, 3)...), shippedLibrary(t).sources[0])
	return append(lookupLibraries(t),
		lookupLibrary{"synth", NewLibrary(gen, newWordEngine(gen)), 60, 20},
		lookupLibrary{"twice", NewLibrary(twice, newWordEngine(twice)), 40, 10},
	)
}

func TestFindEntitiesLikeReference(t *testing.T) {
	for _, c := range speakerLibraries(t) {
		t.Run(c.name, func(t *testing.T) {
			l, m := c.l, &mismatches{t: t}
			filters := articleFilters(l)
			for i, q := range lookupQueries(l, c.queries) {
				all := refFindEntities(l, q, 1<<30)
				for _, limit := range []int{5, 1, 1 << 30} {
					m.check(fmt.Sprintf("FindEntities(%q, %d)", q, limit), upTo(all, limit), l.FindEntities(q, limit))
				}
				m.check(fmt.Sprintf("Suggest(%q)", q), refSuggest(l, q, 5), l.Suggest(q, 5))
				if i%c.narrowEvery == 0 {
					for _, arts := range filters {
						m.check(fmt.Sprintf("FindEntities(%q, %q)", q, arts), refFindEntities(l, q, 5, arts...), l.FindEntities(q, 5, arts...))
						m.check(fmt.Sprintf("Suggest(%q, %q)", q, arts), refSuggest(l, q, 5, arts...), l.Suggest(q, 5, arts...))
					}
				}
			}
		})
	}
}

func TestCompleteLikeReference(t *testing.T) {
	for _, c := range lookupLibraries(t) {
		t.Run(c.name, func(t *testing.T) {
			l, m := c.l, &mismatches{t: t}
			filters := articleFilters(l)
			for i, q := range lookupQueries(l, c.queries) {
				for _, f := range []Field{FieldEntity, FieldSpeaker, FieldTopic, FieldArticle, Field("nothing")} {
					all := refComplete(l, f, q, -1)
					for _, limit := range []int{25, 1} {
						m.check(fmt.Sprintf("Complete(%s, %q, %d)", f, q, limit), upTo(all, limit), l.Complete(f, q, limit))
					}
					m.check(fmt.Sprintf("Complete(%s, %q, 0)", f, q), []Completion(nil), l.Complete(f, q, 0))
					if i%c.narrowEvery == 0 {
						for _, arts := range filters {
							m.check(fmt.Sprintf("Complete(%s, %q, %q)", f, q, arts), refComplete(l, f, q, 25, arts...), l.Complete(f, q, 25, arts...))
						}
					}
				}
			}
		})
	}
}

func TestTimelineLikeReference(t *testing.T) {
	for _, c := range lookupLibraries(t) {
		t.Run(c.name, func(t *testing.T) {
			l, m := c.l, &mismatches{t: t}
			topics := []string{"", " ", "talks", "istanbul talks", "harbour vote", "court ruling",
				"nothing of the sort", "ceasefire proposal", "war", "Kyiv authorities"}
			for _, s := range l.sources[:3] {
				for i, ev := range s.Events {
					if i%3 == 0 {
						topics = append(topics, strings.Join(ev.Topics, " "), ev.Summary)
					}
				}
			}
			var windows [][2]*Date
			windows = append(windows, [2]*Date{nil, nil})
			for _, d := range []string{"2014", "2022", "2025", "2026", "2031", "2025-03",
				"2025-05-11", "2025-05-16", "2026-W10", "2025-09"} {
				a, b := MustDate(d), MustDate(d)
				windows = append(windows, [2]*Date{&a, &b}, [2]*Date{&a, nil}, [2]*Date{nil, &b})
			}
			late, early := MustDate("2025-06"), MustDate("2025-02")
			windows = append(windows, [2]*Date{&late, &early})
			filters := articleFilters(l)
			for i, tp := range topics {
				for j, w := range windows {
					what := fmt.Sprintf("Timeline(%q, %v, %v)", tp, w[0], w[1])
					want := refTimeline(l, tp, w[0], w[1])
					m.check(what, want, l.Timeline(TimelineQuery{Topic: tp, From: w[0], To: w[1]}).Events)
					checkTimelinePages(m, l, what, want, TimelineQuery{Topic: tp, From: w[0], To: w[1]})
					if (i+j)%c.narrowEvery == 0 {
						for _, arts := range filters {
							want := refTimeline(l, tp, w[0], w[1], arts...)
							q := TimelineQuery{Topic: tp, From: w[0], To: w[1], Articles: arts}
							m.check(fmt.Sprintf("%s in %q", what, arts), want, l.Timeline(q).Events)
							checkTimelinePages(m, l, fmt.Sprintf("%s in %q", what, arts), want, q)
						}
					}
				}
			}
		})
	}
}

// checkTimelinePages checks parts of the timeline q asks for against all of
// it: the first event, a page at the start, in the middle, at the end, and
// past it, each with the size of the whole.
func checkTimelinePages(m *mismatches, l *Library, what string, all []Event, q TimelineQuery) {
	m.t.Helper()
	n := len(all)
	for _, p := range [][2]int{{0, 1}, {0, 5}, {3, 4}, {n / 2, 7}, {max(n-2, 0), 5}, {n, 3}, {n + 2, 1}} {
		q.Offset, q.Limit = p[0], p[1]
		want := TimelinePage{Events: upTo(all[min(p[0], n):], p[1]), Offset: p[0], Total: n}
		got := l.Timeline(q)
		m.check(fmt.Sprintf("%s offset %d limit %d", what, p[0], p[1]), want, got, cmpopts.EquateEmpty())
	}
}

func TestArticleLookupsLikeReference(t *testing.T) {
	for _, c := range lookupLibraries(t) {
		t.Run(c.name, func(t *testing.T) {
			l, m := c.l, &mismatches{t: t}
			m.check("Newest", refNewest(l), l.Newest())
			topics := []string{"", "talks", "Kyiv authorities", "ceasefire", "harbour", "nothing at all"}
			for _, s := range l.sources[:3] {
				for _, q := range s.Quotes {
					topics = append(topics, strings.Join(q.Topics, " "), q.Text)
				}
			}
			for _, s := range append(slices.Clone(l.sources), &Source{Article: &Article{ID: "no-such-article"}}) {
				id := s.Article.ID
				m.check("Events "+id, refEvents(l, id), l.Events(id))
				m.check("Quotes "+id, refQuotes(l, id), l.Quotes(id))
				for _, e := range append(slices.Clone(s.Entities), Entity{Article: id, ID: "nobody"}) {
					got, ok := l.Entity(id, e.ID)
					want, wok := refEntity(l, id, e.ID)
					m.check("Entity "+id+" "+e.ID, fmt.Sprint(want, wok), fmt.Sprint(got, ok))
					for _, tp := range topics {
						m.check(fmt.Sprintf("QuotesBy(%s, %q)", e.ID, tp), refQuotesBy(l, e, tp), l.QuotesBy(e, tp))
					}
				}
			}
		})
	}
}

// sakeRefsOf is what NamesakeRefs gives of namesakes: each one's article and
// id, and whether one before it was of its article.
func sakeRefsOf(ms []EntityMatch) []NamesakeRef {
	var out []NamesakeRef
	seen := map[string]bool{}
	for _, m := range ms {
		out = append(out, NamesakeRef{Article: m.Entity.Article, ID: m.Entity.ID, Again: seen[m.Entity.Article]})
		seen[m.Entity.Article] = true
	}
	return out
}

// Namesakes and NamesakeRefs give what walking every entity gives: for each entity of the
// coverage (every nth of a large one), for the entities FindEntities gives
// as it is asked of them, and for names spelt otherwise or of another kind,
// in all articles and in some.
func TestNamesakesLikeReference(t *testing.T) {
	for _, c := range speakerLibraries(t) {
		t.Run(c.name, func(t *testing.T) {
			l, m := c.l, &mismatches{t: t}
			filters := articleFilters(l)
			var ents []Entity
			for _, s := range l.sources {
				ents = append(ents, s.Entities...)
			}
			every := max(1, len(ents)/400)
			for i, e := range ents {
				if i%every != 0 {
					continue
				}
				asked := []Entity{e,
					{Article: e.Article, ID: "someone else", Name: " " + strings.ToUpper(e.Name) + "!", Kind: e.Kind},
					{Article: e.Article, ID: e.ID, Name: e.Name, Kind: "no such kind"},
				}
				if ms := l.FindEntities(strings.Fields(e.Name)[0], 1); len(ms) > 0 {
					asked = append(asked, ms[0].Entity)
				}
				for j, x := range asked {
					m.check(fmt.Sprintf("Namesakes(%s %s %q)", x.Article, x.ID, x.Name), refNamesakes(l, x), l.Namesakes(x))
					m.check(fmt.Sprintf("NamesakeRefs(%s %s %q)", x.Article, x.ID, x.Name), sakeRefsOf(refNamesakes(l, x)), slices.Collect(l.NamesakeRefs(x)))
					if (i/every+j)%c.narrowEvery == 0 {
						for _, arts := range filters {
							m.check(fmt.Sprintf("Namesakes(%s %s %q, %q)", x.Article, x.ID, x.Name, arts), refNamesakes(l, x, arts...), l.Namesakes(x, arts...))
							m.check(fmt.Sprintf("NamesakeRefs(%s %s %q, %q)", x.Article, x.ID, x.Name, arts), sakeRefsOf(refNamesakes(l, x, arts...)), slices.Collect(l.NamesakeRefs(x, arts...)))
						}
					}
				}
			}
		})
	}
}
