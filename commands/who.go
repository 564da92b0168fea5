package commands

import (
	"fmt"
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

func (r *Router) who(req Request) (Response, error) {
	name := knowledge.CompletionValue(req.Options["name"])
	arts, err := r.scope(req)
	if err != nil {
		return Response{}, err
	}
	matches := r.lib.FindDescribed(name, 5, arts...)
	if len(matches) == 0 {
		return Response{
			Title:       Truncate("Who is "+name+"?", LimitTitle),
			Intro:       "Nobody by that name or role appears in " + r.scopeIn(arts) + "." + r.foundElsewhere(name, arts),
			Abstained:   true,
			Suggestions: r.lib.Suggest(name, 5, arts...),
			Citations:   []knowledge.Ref{},
		}, nil
	}
	m := matches[0]
	e := m.Entity
	resp := Response{Title: e.Name}
	var facts []string
	if e.Role != "" {
		facts = append(facts, e.Role)
	}
	if e.Affiliation != "" {
		if a, ok := r.lib.Entity(e.Article, e.Affiliation); ok {
			facts = append(facts, "Affiliation: "+a.Name)
		}
	}
	facts = append(facts, fmt.Sprintf("%s · %s · %s", kindLabel(e.Kind), plural(len(e.Paragraphs), "paragraph"), plural(m.QuoteCount, "quote")))
	if len(e.Aliases) > 0 {
		facts = append(facts, "Also written: "+strings.Join(e.Aliases, ", "))
	}
	// A name or role that fits others nearly as well ("Donald", "prime
	// minister") says so, naming those of the same kind.
	// The same one in other articles' fact bases is no other: alsoIn
	// names those articles. Both are read from one walk over the
	// namesakes, by article and id: at 100,000 paragraphs a person is in
	// hundreds of articles, and a copy of each entity and a set of their
	// articles were most of what a /who query allocated.
	rest := matches[1:]
	var buf [8]bool
	same := buf[:]
	if len(rest) > len(buf) {
		same = make([]bool, len(rest))
	}
	var also alsoIn
	for s := range r.lib.NamesakeRefs(e, arts...) {
		for k, other := range rest {
			if s.Article == other.Entity.Article && s.ID == other.Entity.ID {
				same[k] = true
			}
		}
		if !s.Again && s.Article != e.Article {
			also.n++
			if len(also.titles) < alsoInTitles {
				also.titles = append(also.titles, r.scopeIn([]string{s.Article}))
			}
		}
	}
	var others []string
	for k, other := range rest {
		if other.Score >= m.Score*0.8 && other.Entity.Kind == e.Kind && !same[k] && !slices.Contains(others, other.Entity.Name) {
			others = append(others, other.Entity.Name)
		}
	}
	if len(others) > 0 {
		facts = append(facts, "Also matches: "+strings.Join(others, ", "))
	}
	if also := also.String(); also != "" {
		facts = append(facts, also)
	}
	resp.Intro = strings.Join(facts, "\n")
	for _, n := range e.Paragraphs {
		ref := knowledge.Ref{Article: e.Article, Paragraph: n}
		resp.Items = append(resp.Items, Item{Text: r.mention(ref, e), Citations: []knowledge.Ref{ref}})
	}
	return resp, nil
}

// alsoInTitles is how many other articles' titles /who names for a person
// who recurs across the coverage; the rest are counted.
const alsoInTitles = 3

// alsoIn is the other articles the same person (or organisation, or place)
// appears in, from e's namesakes, newest first: the first alsoInTitles
// titles as cited, and how many.
type alsoIn struct {
	titles []string
	n      int
}

// String says in which: "Also in “Kyiv rejects…”, “Talks end…” and 4
// more articles"; empty when in none.
func (a *alsoIn) String() string {
	titles, n := a.titles, a.n
	switch {
	case n == 0:
		return ""
	case n > len(titles):
		return "Also in " + strings.Join(titles, ", ") + " and " + plural(n-len(titles), "more article")
	case n == 1:
		return "Also in " + titles[0]
	}
	return "Also in " + strings.Join(titles[:n-1], ", ") + " and " + titles[n-1]
}

// foundElsewhere says, when a look-up narrowed to an article found nobody,
// in which article the name does appear: " Dmitry Peskov appears in “Istanbul talks”."
func (r *Router) foundElsewhere(name string, arts []string) string {
	if len(arts) == 0 {
		return ""
	}
	ms := r.lib.FindEntities(name, 1)
	if len(ms) == 0 {
		return ""
	}
	return " " + ms[0].Entity.Name + " appears in " + r.scopeIn([]string{ms[0].Entity.Article}) + "."
}

// mention returns the sentence of a paragraph that names e, or the paragraph's
// opening when no sentence names it (a pronoun reference).
func (r *Router) mention(ref knowledge.Ref, e knowledge.Entity) string {
	a := r.byID[ref.Article]
	if a == nil {
		return ""
	}
	text, _ := a.Paragraph(ref.Paragraph)
	return knowledge.SentenceMentioning(text, append([]string{e.Name}, e.Aliases...))
}

func kindLabel(k knowledge.Kind) string {
	switch k {
	case knowledge.KindPerson:
		return "Person"
	case knowledge.KindOrganisation:
		return "Organisation"
	case knowledge.KindPlace:
		return "Place"
	}
	return string(k)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
