package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// article is one generated article and what its fact base says of it.
type article struct {
	id, title string
	published time.Time
	paras     []string
	ents      []*entity // people, then organisations, then places
	events    []event
	quotes    []quote
	questions []question
}

type entity struct {
	id, name, kind, role, affiliation string
	aliases                           []string
	// short is how the text names it after the first time: a surname, an
	// acronym or the name again.
	short     string
	the       bool // organisations written "the X"
	mentioned bool
	paras     []int // every paragraph that names it, found by scanning
}

type event struct {
	id, date, until string
	approximate     bool
	summary         string
	topics          []string
	para            int
}

type quote struct {
	id, speaker, text, date string
	topics                  []string
	para                    int
	speakerName, surname    string
}

// question is a /ask question the article answers at para (0: none).
type question struct {
	kind, text string
	para       int
}

// writer writes one article, paragraph by paragraph, remembering what its
// fact base must say.
type writer struct {
	r                  *rand.Rand
	lx                 *lexicon
	noun, verb, adj    *zipf
	a                  *article
	people, orgs, plcs []*entity
	topics             []string
	para               int // the paragraph being written, from 1
}

// newArticle writes article n (from 0) of paras paragraphs, drawing its
// people, organisations and places from the cast.
func newArticle(seed uint64, n, paras int, c *cast, lx *lexicon) *article {
	r := rand.New(rand.NewPCG(seed, uint64(n)+1))
	w := &writer{
		r: r, lx: lx,
		noun: newZipf(r, lx.nouns, 1.07, 0),
		verb: newZipf(r, lx.verbs, 1.1, 0),
		adj:  newZipf(r, lx.adjs, 1.1, 0),
	}
	day0 := time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC)
	w.a = &article{id: fmt.Sprintf("story-%05d", n+1), published: day0.AddDate(0, 0, r.IntN(14*365))}
	w.cast(c)
	// An article is about a few things: its topic nouns come back
	// paragraph after paragraph, past the commonest words.
	tz := newZipf(r, lx.nouns, 1.05, 40)
	for len(w.topics) < 4 {
		if t := tz.next(); !contains(w.topics, t) {
			w.topics = append(w.topics, t)
		}
	}
	for w.para = 1; w.para <= paras; w.para++ {
		w.a.paras = append(w.a.paras, w.paragraph(paras))
	}
	w.a.title = w.a.paras[0]
	w.a.scan()
	return w.a
}

// cast picks the article's people (distinct surnames), their
// organisations, another organisation and places.
func (w *writer) cast(c *cast) {
	used := map[string]bool{}
	names := map[string]bool{} // folded names and aliases, which must not repeat
	claim := func(s string) bool {
		k := strings.ToLower(s)
		if s == "" || names[k] {
			return false
		}
		names[k] = true
		return true
	}
	pz := rand.NewZipf(w.r, 1.2, 8, uint64(len(c.people)-1))
	oz := rand.NewZipf(w.r, 1.2, 8, uint64(len(c.orgs)-1))
	plz := rand.NewZipf(w.r, 1.1, 4, uint64(len(c.places)-1))
	orgIDs := map[int]*entity{}
	addOrg := func(i int) *entity {
		if e, ok := orgIDs[i]; ok {
			return e
		}
		o := c.orgs[i]
		if !claim(o.name) {
			return nil
		}
		e := &entity{id: idOf(o.name, used), name: o.name, kind: "organisation", short: o.name, the: o.the}
		if o.acronym != "" && claim(o.acronym) {
			e.aliases = []string{o.acronym}
			e.short = o.acronym
		}
		orgIDs[i] = e
		w.orgs = append(w.orgs, e)
		return e
	}
	for want, tries := 3+w.r.IntN(4), 0; len(w.people) < want && tries < 50; tries++ {
		p := c.people[pz.Uint64()]
		if names[strings.ToLower(p.name())] || names[strings.ToLower(p.last)] {
			continue
		}
		o := addOrg(p.org)
		if o == nil {
			continue
		}
		claim(p.name())
		claim(p.last)
		w.people = append(w.people, &entity{id: idOf(p.name(), used), name: p.name(), kind: "person", role: p.role, affiliation: o.id, aliases: []string{p.last}, short: p.last})
	}
	for tries := 0; len(w.orgs) < len(w.people)/2+2 && tries < 50; tries++ {
		addOrg(int(oz.Uint64()))
	}
	for want, tries := 2+w.r.IntN(2), 0; len(w.plcs) < want && tries < 50; tries++ {
		p := c.places[plz.Uint64()]
		if claim(p) {
			w.plcs = append(w.plcs, &entity{id: idOf(p, used), name: p, kind: "place", short: p})
		}
	}
	w.a.ents = append(append(append(w.a.ents, w.people...), w.orgs...), w.plcs...)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// pick returns a random element.
func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

// nounT is a noun, half the time one of the article's topics.
func (w *writer) nounT() string {
	if w.r.IntN(2) == 0 {
		return pick(w.r, w.topics)
	}
	return w.noun.next()
}

// unmentioned prefers an entity the text has not named yet, so that every
// entity is named somewhere.
func (w *writer) unmentioned(list []*entity) *entity {
	for _, e := range list {
		if !e.mentioned && w.r.IntN(3) > 0 {
			return e
		}
	}
	return pick(w.r, list)
}

// person names someone: in full with their role the first time, by
// surname after.
func (w *writer) person(p *entity) string {
	if p.mentioned {
		return p.short
	}
	p.mentioned = true
	return p.name + ", " + withArticle(p.role) + ","
}

// orgName names an organisation: in full the first time, by its acronym
// after, when it has one.
func (w *writer) orgName(o *entity) string {
	s := o.name
	if o.mentioned && o.short != o.name && w.r.IntN(2) == 0 {
		return o.short
	}
	if !o.mentioned && o.short != o.name {
		s += " (" + o.short + ")"
	}
	o.mentioned = true
	if o.the {
		return "the " + s
	}
	return s
}

func (w *writer) place() string {
	p := w.unmentioned(w.plcs)
	p.mentioned = true
	return p.name
}

// withArticle puts "the" before a role: "the director of X".
func withArticle(role string) string { return "the " + role }

// date phrases
func dayMonth(t time.Time) string     { return fmt.Sprintf("%d %s", t.Day(), months[t.Month()-1]) }
func dayMonthYear(t time.Time) string { return fmt.Sprintf("%s %d", dayMonth(t), t.Year()) }
func monthYear(t time.Time) string    { return fmt.Sprintf("%s %d", months[t.Month()-1], t.Year()) }
