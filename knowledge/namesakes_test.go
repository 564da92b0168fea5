package knowledge

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp/cmpopts"
)

// A person in several articles' fact bases is found in each, itself first
// then newest article first, only in the articles asked for; their quotes
// are those of every namesake.
func TestNamesakes(t *testing.T) {
	shipped := shippedLibrary(t).sources[0]
	sources := append([]*Source{shipped}, copiesOf(t, 4)...)
	l := NewLibrary(sources, newWordEngine(sources))
	var putin Entity
	for _, e := range sources[2].Entities {
		if e.Name == "Vladimir Putin" {
			putin = e
		}
	}
	if putin.ID == "" {
		t.Fatal("no Vladimir Putin in the second copy")
	}
	articlesOf := func(ms []EntityMatch) []string {
		var out []string
		for _, m := range ms {
			if m.Entity.Name != putin.Name || m.Entity.Kind != putin.Kind {
				t.Errorf("namesake %s (%s) of %s (%s)", m.Entity.Name, m.Entity.Kind, putin.Name, putin.Kind)
			}
			out = append(out, m.Entity.Article)
		}
		return out
	}
	// Copies are published 0, 1, 2, 3 years after the shipped article; the
	// first on its day, after it in load order.
	tests := []struct {
		name     string
		articles []string
		want     []string
	}{
		{"everywhere", nil, []string{"istanbul-talks-0001", "istanbul-talks-0003", "istanbul-talks-0002", "istanbul-talks", "istanbul-talks-0000"}},
		{"in two articles", []string{"istanbul-talks", "istanbul-talks-0001"}, []string{"istanbul-talks-0001", "istanbul-talks"}},
		{"in others only", []string{"istanbul-talks-0000"}, []string{"istanbul-talks-0000"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := articlesOf(l.Namesakes(putin, tt.articles...)); !slices.Equal(got, tt.want) {
				t.Errorf("Namesakes in %v = %v, want %v", tt.articles, got, tt.want)
			}
		})
	}

	var all []Entity
	var want []Quote
	for _, m := range l.Namesakes(putin) {
		all = append(all, m.Entity)
		want = append(want, l.QuotesBy(m.Entity, "")...)
	}
	got := l.QuotesOf(all, "")
	if len(got) == 0 || !slices.EqualFunc(got, want, func(a, b Quote) bool { return a.Article == b.Article && a.Paragraph == b.Paragraph && a.Text == b.Text }) {
		t.Errorf("QuotesOf the namesakes gives %d quotes, want their %d", len(got), len(want))
	}
	if l.Namesakes(Entity{Name: "  ", Kind: KindPerson}) != nil {
		t.Error("a blank name has namesakes")
	}
}

// NamesakeQuotes gives what /quote made of Namesakes and QuotesOf, which
// judged each quote with TopicMatch.Quote: the
// quotes of e then of each namesake other than e, cut to max, with how
// many there are and how many quotes the other namesakes have. Asked of
// entities of each library (every nth of a large one) and of names it
// lacks, with and without topics, in all articles and in some.
func TestNamesakeQuotesLikeQuotesOf(t *testing.T) {
	for _, c := range speakerLibraries(t) {
		t.Run(c.name, func(t *testing.T) {
			l, m := c.l, &mismatches{t: t}
			filters := articleFilters(l)
			topics := []string{"", " ", "talks", "ceasefire", "nothing at all"}
			for _, s := range l.sources[:3] {
				for _, q := range s.Quotes[:min(len(s.Quotes), 2)] {
					topics = append(topics, strings.Join(q.Topics, " "), q.Text)
				}
			}
			var ents []Entity
			for _, s := range l.sources {
				ents = append(ents, s.Entities...)
			}
			every := max(1, len(ents)/100)
			for i, e := range ents {
				if i%every != 0 {
					continue
				}
				asked := []Entity{e,
					{Article: e.Article, ID: "someone else", Name: e.Name, Kind: e.Kind},
					{Article: "no-such-article", ID: e.ID, Name: e.Name, Kind: e.Kind},
				}
				for j, x := range asked {
					// Narrowed to its own article, to another, and as
					// articleFilters narrows, some of those each time.
					scopes := [][]string{nil, {x.Article}, filters[(i/every+j)%len(filters)]}
					if (i/every+j)%c.narrowEvery == 0 {
						scopes = append(scopes, filters[1:3]...)
						scopes = append(scopes, filters[len(filters)-2:]...)
					}
					for _, arts := range scopes {
						for k, topic := range topics {
							if k%3 != i%3 && topic != "" {
								continue // a third of the topics each, but always none
							}
							all, others, speakers := refNamesakeQuotes(l, x, topic, arts...)
							m.check(fmt.Sprintf("QuotesOf(%d speakers, %q)", len(speakers), topic), all, l.QuotesOf(speakers, topic), cmpopts.EquateEmpty())
							for _, limit := range []int{-1, 0, 1, 24} {
								want := NamesakeQuotes{Quotes: all, Total: len(all), Others: others}
								if limit >= 0 && len(all) > limit {
									want.Quotes = all[:limit]
								}
								got := l.NamesakeQuotes(x, topic, limit, arts...)
								m.check(fmt.Sprintf("NamesakeQuotes(%s %s %q, %q, %d, %q)", x.Article, x.ID, x.Name, topic, limit, arts), want, got, cmpopts.EquateEmpty())
							}
						}
					}
				}
			}
		})
	}
}

// refNamesakeQuotes is how /quote listed a person's quotes before
// NamesakeQuotes: the quotes of e and the namesakes other than e, judged
// one by one, how many quotes those have, and the speakers.
func refNamesakeQuotes(l *Library, e Entity, topic string, articles ...string) ([]Quote, int, []Entity) {
	speakers := []Entity{e}
	others := 0
	for _, s := range l.Namesakes(e, articles...) {
		if s.Entity.Article != e.Article || s.Entity.ID != e.ID {
			speakers = append(speakers, s.Entity)
			others += s.QuoteCount
		}
	}
	return refQuotesOf(l, speakers, topic), others, speakers
}

// refQuotesOf is QuotesOf as it was before the engine listed the quotes
// sharing a word with a topic: every quote judged with TopicMatch.Quote.
func refQuotesOf(l *Library, speakers []Entity, topic string) []Quote {
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
	quote := func(a at) *Quote { return &l.sources[a.src].Quotes[a.pos] }
	var qs []Quote
	if strings.TrimSpace(topic) != "" {
		m := l.engine.Topic(topic)
		// By its article's id (at -1), as Quote was once asked.
		keep := keepCovering(ats, func(a at) float64 { return m.Quote(l.sources[a.src], -1, int(a.pos)) })
		if len(keep) == 0 && len(ats) > 0 {
			keep = keepCovering(quotedIn(m, ats, quote), func(a at) float64 {
				q := quote(a)
				return m.Paragraph(Ref{Article: q.Article, Paragraph: q.Paragraph})
			})
		}
		ats, qs = keep, []Quote{}
	}
	for _, a := range ats {
		qs = append(qs, *quote(a))
	}
	return qs
}

// NamesakeQuotes does not hang on the places the engine reports for the
// sources of the quotes it judges, or is given to judge them by: the
// library's place is taken only when its source there is the one
// reported, and the engine's only when its source there is the one asked
// of. Whatever the places, the quotes are the reference's, which judged
// each quote by its article's id.
func TestNamesakeQuotesWhateverPlacesTheEngineReports(t *testing.T) {
	for _, c := range placedCoverages(t) {
		for _, p := range reportedPlaces {
			t.Run(c.name+"/"+p.name, func(t *testing.T) {
				e := newWordEngine(c.sources)
				e.place = func(at int) int { return p.place(at, len(c.sources)) }
				l, m := NewLibrary(c.sources, e), &mismatches{t: t}
				// Common words, judged quote by quote, and each word of the
				// first quotes, most of them in a few quotes, which the
				// engine lists.
				topics := []string{"talks", "ceasefire", "istanbul talks", "nothing at all"}
				for _, s := range c.sources {
					for _, q := range s.Quotes[:min(len(s.Quotes), 2)] {
						topics = append(topics, strings.Join(q.Topics, " "))
						for w := range wordSet(q.Text) {
							if !slices.Contains(topics, w) {
								topics = append(topics, w)
							}
						}
					}
				}
				kept := 0
				for _, s := range c.sources {
					for _, x := range s.Entities {
						if x.Kind != KindPerson {
							continue
						}
						for _, topic := range topics {
							all, others, _ := refNamesakeQuotes(l, x, topic)
							got := l.NamesakeQuotes(x, topic, -1)
							m.check(fmt.Sprintf("NamesakeQuotes(%s %s, %q)", x.Article, x.ID, topic), NamesakeQuotes{Quotes: all, Total: len(all), Others: others}, got, cmpopts.EquateEmpty())
							kept += got.Total
						}
					}
				}
				if kept < 20 {
					t.Errorf("only %d quotes kept in all", kept)
				}
			})
		}
	}
}

// A namesake is the entity asked of when it has that entity's article and
// id: by its source's place when its entity's article is its source's, by
// the entity's own article otherwise (a fact base made in code may give
// another).
func TestNamedEntityIs(t *testing.T) {
	asked := &Entity{Article: "a", ID: "amsel"}
	for _, tt := range []struct {
		name string
		ne   namedEntity
		self []int // the sources of article "a"
		want bool
	}{
		{"its source's article", namedEntity{src: 1, e: &Entity{Article: "a", ID: "amsel"}, own: true}, []int{1}, true},
		{"the article loaded twice", namedEntity{src: 4, e: &Entity{Article: "a", ID: "amsel"}, own: true}, []int{1, 4}, true},
		{"another id", namedEntity{src: 1, e: &Entity{Article: "a", ID: "brennan"}, own: true}, []int{1}, false},
		{"another source", namedEntity{src: 2, e: &Entity{Article: "b", ID: "amsel"}, own: true}, []int{1}, false},
		{"no source has the article", namedEntity{src: 2, e: &Entity{Article: "b", ID: "amsel"}, own: true}, nil, false},
		{"an article not its source's", namedEntity{src: 2, e: &Entity{Article: "a", ID: "amsel"}}, []int{1}, true},
		{"in a source of the article, of another", namedEntity{src: 1, e: &Entity{Article: "b", ID: "amsel"}}, []int{1}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.ne.is(asked, tt.self); got != tt.want {
				t.Errorf("is = %v, want %v", got, tt.want)
			}
		})
	}
}
