package engine

import (
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// outsideNames returns a sentence's terms (terms, of its words ws) without
// those that stand only inside the name of someone or something of the
// article the question does not name: "caving" is put by "cave", but not
// by "the Marrovian Cave Rescue Service", whose words name a body and
// say nothing of anyone's caving.
func (e *Engine) outsideNames(q question, article string, ws []word, terms termSet) termSet {
	a := e.vocab.article(article)
	if a == nil {
		return terms
	}
	inName := make([]bool, len(ws))
	named := false
	for _, g := range a.p.groups {
		if g.entity == nil || slices.ContainsFunc(q.concepts, func(c concept) bool { return slices.Contains(c.entities, g.entity) }) {
			continue
		}
		for _, alt := range g.alts {
			named = markRuns(ws, alt, inName) || named
		}
	}
	if !named {
		return terms
	}
	in, out := map[string]bool{}, map[string]bool{}
	for k, w := range ws {
		if w.term == "" {
			continue
		}
		if inName[k] {
			in[w.term] = true
		} else {
			out[w.term] = true
		}
	}
	var drop []uint32
	for t := range in {
		if !out[t] {
			drop = append(drop, e.vocab.id(t))
		}
	}
	return slices.DeleteFunc(slices.Clone(terms), func(id uint32) bool { return slices.Contains(drop, id) })
}

// markRuns marks the words of each run of ws whose terms are a name's
// (alt, its terms in order; words without a term may stand between), and
// reports whether there was one.
func markRuns(ws []word, alt []string, mark []bool) bool {
	if len(alt) == 0 {
		return false
	}
	found := false
	for k := range ws {
		j, n := k, 0
		for j < len(ws) && n < len(alt) {
			if ws[j].term == "" && n > 0 {
				j++
				continue
			}
			if ws[j].term != alt[n] {
				break
			}
			j, n = j+1, n+1
		}
		if n == len(alt) {
			found = true
			for i := k; i < j; i++ {
				mark[i] = true
			}
		}
	}
	return found
}

// namedPersons reports whether a question names a person by a name:
// "how long has Alvsen been caving". A pronoun read as someone ("how long
// has he had his shop") is no name: whom it stands for is a guess.
func namedPersons(q question) bool {
	return slices.ContainsFunc(q.concepts, func(c concept) bool {
		return c.name && pronounGender(strings.ToLower(c.label)) == 0 && slices.ContainsFunc(c.entities, func(en *knowledge.Entity) bool { return en.Kind == knowledge.KindPerson })
	})
}
