package knowledge

import (
	"fmt"
	"strings"
	"testing"
)

// copiesOf returns n copies of the shipped article's source, each with its
// own id, its dates moved by up to 19 years, one made-up alias per entity
// and topic per event, and some entities citing a paragraph fewer and some
// quotes left out, so that a large coverage has many distinct names and
// words rather than the same few hundred again, and the same name ranks
// differently in different articles.
func copiesOf(tb testing.TB, n int) []*Source {
	tb.Helper()
	orig := shippedLibrary(tb).sources[0]
	out := make([]*Source, n)
	for c := range n {
		id := fmt.Sprintf("%s-%04d", orig.Article.ID, c)
		a := *orig.Article
		a.ID = id
		a.Title = fmt.Sprintf("%s (%s)", orig.Article.Title, madeUpWord(c, 0))
		a.Published = shiftYears(a.Published, c%20)
		s := &Source{Article: &a}
		for i, e := range orig.Entities {
			e.Article = id
			e.Aliases = append(append([]string(nil), e.Aliases...), madeUpWord(c, i+1)+" "+madeUpWord(c, i+1000))
			if (c+i)%3 == 0 && len(e.Paragraphs) > 1 {
				e.Paragraphs = e.Paragraphs[:len(e.Paragraphs)-1]
			}
			s.Entities = append(s.Entities, e)
		}
		for i, ev := range orig.Events {
			ev.Article = id
			ev.Date = shiftYears(ev.Date, c%20)
			if ev.Until != nil {
				u := shiftYears(*ev.Until, c%20)
				ev.Until = &u
			}
			ev.Topics = append(append([]string(nil), ev.Topics...), madeUpWord(c, i+2000))
			s.Events = append(s.Events, ev)
		}
		for i, q := range orig.Quotes {
			if (c+i)%5 == 4 {
				continue
			}
			q.Article = id
			s.Quotes = append(s.Quotes, q)
		}
		out[c] = s
	}
	return out
}

// madeUpWord makes a pronounceable word from two numbers, different for
// different pairs (most of the time), like a name the coverage has not
// used before.
func madeUpWord(c, i int) string {
	const (
		cons   = "bdfgklmnprstvz"
		vowels = "aeiou"
	)
	h := uint32(c)*2654435761 ^ uint32(i)*40503 + 12345
	var b strings.Builder
	for range 3 + int(h%3) {
		h = h*1103515245 + 12345
		b.WriteByte(cons[(h>>16)%uint32(len(cons))])
		h = h*1103515245 + 12345
		b.WriteByte(vowels[(h>>16)%uint32(len(vowels))])
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

func shiftYears(d Date, n int) Date {
	if !d.IsZero() {
		d.Year += n
	}
	return d
}

// BenchmarkLookups measures the look-ups of /who, /quote, /timeline and
// autocomplete over many copies of the shipped article.
func BenchmarkLookups(b *testing.B) {
	sizes := []int{300}
	if !testing.Short() {
		sizes = append(sizes, 1000)
	}
	for _, n := range sizes {
		sources := copiesOf(b, n)
		l := NewLibrary(sources, newWordEngine(sources))
		one := sources[n/2].Article.ID
		from, to := MustDate("2025"), MustDate("2026-06")
		cases := []struct {
			name string
			run  func()
		}{
			{"FindEntities/hit", func() { l.FindEntities("Peskov", 5) }},
			{"FindEntities/alias", func() { l.FindEntities("Zelensky", 5) }},
			{"FindEntities/role", func() { l.FindEntities("kremlin spokesman", 5) }},
			{"FindEntities/misspelling", func() { l.FindEntities("Zelenksy", 5) }},
			{"FindEntities/common", func() { l.FindEntities("president", 5) }},
			{"FindEntities/miss", func() { l.FindEntities("Biden", 5) }},
			{"FindEntities/article", func() { l.FindEntities("Peskov", 5, one) }},
			{"Suggest/miss", func() { l.Suggest("Biden", 5) }},
			{"Suggest/long", func() { l.Suggest("Institute of War Washington", 5) }},
			{"Complete/empty", func() { l.Complete(FieldEntity, "", 25) }},
			{"Complete/letter", func() { l.Complete(FieldEntity, "v", 25) }},
			{"Complete/prefix", func() { l.Complete(FieldEntity, "pe", 25) }},
			{"Complete/fuzzy", func() { l.Complete(FieldEntity, "zelenkyy", 25) }},
			{"Complete/speaker", func() { l.Complete(FieldSpeaker, "vla", 25) }},
			{"Complete/topic", func() { l.Complete(FieldTopic, "tal", 25) }},
			{"Complete/topicInArticle", func() { l.Complete(FieldTopic, "tal", 25, one) }},
			{"Complete/article", func() { l.Complete(FieldArticle, "istanbul", 25) }},
			{"Timeline/window", func() { l.Timeline(TimelineQuery{From: &from, To: &to}) }},
			{"Timeline/topic", func() { l.Timeline(TimelineQuery{Topic: "istanbul talks", From: &from, To: &to}) }},
			{"Timeline/article", func() { l.Timeline(TimelineQuery{Articles: []string{one}}) }},
			{"QuotesBy", func() { l.QuotesBy(sources[n/2].Entities[0], "") }},
		}
		for _, c := range cases {
			b.Run(fmt.Sprintf("copies=%d/%s", n, c.name), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					c.run()
				}
			})
		}
	}
}
