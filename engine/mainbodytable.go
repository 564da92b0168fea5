package engine

import (
	"github.com/coveragebot/coveragebot/knowledge"
)

// mainBodyEntry is what mainBodyOf weighs of one article: its main
// organisation (see mainOrganisation), the nouns of its role, and those of
// the roles of the article's other organisations named often enough
// beside it to be meant instead (mainBodyRatio).
type mainBodyEntry struct {
	main   *knowledge.Entity
	nouns  []string
	rivals [][]string
}

// mainBodyTable returns the articles' main organisations, in the order of
// the sources, made first if they are not. They depend on the coverage
// alone; a question's bare "the company" walked every article's entities
// and read every main one's role again for each new noun: 13 % of the
// read stage's CPU at 100,000 paragraphs with cold caches.
func (e *Engine) mainBodyTable() []mainBodyEntry {
	e.mainBodiesOnce.Do(func() {
		wn := e.lex.wn
		var t []mainBodyEntry
		for _, s := range e.sources {
			main := mainOrganisation(s)
			if main == nil {
				continue
			}
			b := mainBodyEntry{main: main, nouns: roleNouns(wn, main.Role)}
			for k := range s.Entities {
				en := &s.Entities[k]
				if en.ID != main.ID && en.Kind == knowledge.KindOrganisation && mainBodyRatio*len(en.Paragraphs) > len(main.Paragraphs) {
					b.rivals = append(b.rivals, roleNouns(wn, en.Role))
				}
			}
			t = append(t, b)
		}
		e.mainBodyList = t
	})
	return e.mainBodyList
}
