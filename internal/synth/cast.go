package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// cast is everyone and everything the coverage can name. Articles draw from
// it with a Zipf law, so that, as in a real archive, a few mayors and
// councils are in hundreds of articles and most people in one or two.
type cast struct {
	people []person
	orgs   []org
	places []string
}

type person struct {
	first, last string
	role        string
	org         int // index in orgs
}

type org struct {
	name    string
	acronym string // "" when the name is short
	the     bool   // written "the Harbourton City Council"
}

func (p person) name() string { return p.first + " " + p.last }

// newCast makes a cast in proportion to the number of articles.
func newCast(r *rand.Rand, lx *lexicon, articles int) *cast {
	c := &cast{}
	seen := map[string]bool{}
	unique := func(make func() string) string {
		for {
			if s := make(); !seen[s] {
				seen[s] = true
				return s
			}
		}
	}
	pick := func(list []string) string { return list[r.IntN(len(list))] }
	capNoun := func() string { return capitalise(lx.nouns[20+r.IntN(600)]) }

	c.places = append(c.places, placeNames...)
	for _, p := range placeNames {
		seen[p] = true
	}
	for n := min(400, max(0, articles/8)); len(c.places) < len(placeNames)+n; {
		c.places = append(c.places, unique(func() string {
			switch r.IntN(4) {
			case 0:
				return "Port " + pick(lastNames)
			case 1:
				return "North " + pick(placeNames)
			case 2:
				return pick(lastNames) + " Valley"
			default:
				return "Greater " + pick(placeNames)
			}
		}))
	}
	for n := min(1500, max(12, articles/4)); len(c.orgs) < n; {
		name := unique(func() string {
			s := pick(orgPatterns)
			s = strings.Replace(s, "%P", pick(c.places), 1)
			for strings.Contains(s, "%S") {
				s = strings.Replace(s, "%S", pick(lastNames), 1)
			}
			return strings.Replace(s, "%N", capNoun(), 1)
		})
		c.orgs = append(c.orgs, org{name: name, acronym: acronym(name), the: !strings.Contains(name, " and ")})
	}
	// Surnames go round in a shuffled order, so that they are shared
	// evenly: about nine people a surname in the largest cast.
	order := r.Perm(len(surnames))
	for n := min(6000, max(24, articles*2)); len(c.people) < n; {
		last := surnames[order[len(c.people)%len(order)]]
		full := unique(func() string { return pick(firstNames) + " " + last })
		first, last, _ := strings.Cut(full, " ")
		o := r.IntN(len(c.orgs))
		role := strings.Replace(pick(rolePatterns), "%O", c.orgs[o].ref(), 1)
		role = strings.Replace(role, "%N", lx.nouns[20+r.IntN(400)], 1)
		c.people = append(c.people, person{first: first, last: last, role: role, org: o})
	}
	return c
}

// ref is how the text names an organisation: "the X Council", "Amsel and
// Brennan".
func (o org) ref() string {
	if o.the {
		return "the " + o.name
	}
	return o.name
}

// acronym is the initials of a name of three capitalised words or more:
// "National Harbour Agency" is "NHA".
func acronym(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			b.WriteByte(w[0])
		}
	}
	if b.Len() < 3 {
		return ""
	}
	return b.String()
}

// slug makes an id from a name.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// idOf is a slug unique among used, with a number added when needed.
func idOf(name string, used map[string]bool) string {
	id := slug(name)
	for i := 2; used[id]; i++ {
		id = fmt.Sprintf("%s-%d", slug(name), i)
	}
	used[id] = true
	return id
}
