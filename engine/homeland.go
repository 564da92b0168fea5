package engine

import "github.com/coveragebot/coveragebot/engine/wordnet"

// homelandStrength is how surely a people's word puts its land, or a
// land's name its people: "Britons" are of the UK the story names, but a
// story of "the Russian side" need not be of Russia itself.
const homelandStrength = derivedStrength

// addHomelands adds, to a concept of a people's noun or adjective
// ("Britons", "French"), the named lands WordNet says they are of and
// those lands' other names ("the UK" for Great Britain); and to one of a
// named land ("Russia"), the words of its people ("Russian"). A story
// tells of a country by either.
func (e *Engine) addHomelands(c *concept, lemmas []string) {
	wn := e.lex.wn
	for _, l := range lemmas {
		for _, land := range wn.Homelands(l) {
			e.addPlaceWord(c, land)
			for _, syn := range wn.SynonymsAs(land, wordnet.Noun) {
				if wn.Place(syn) {
					e.addPlaceWord(c, syn)
				}
			}
		}
		lands := []string{l}
		if wn.Place(l) {
			for _, syn := range wn.SynonymsAs(l, wordnet.Noun) {
				if wn.Place(syn) {
					lands = append(lands, syn)
				}
			}
		}
		for _, land := range lands {
			for _, p := range wn.Peoples(land) {
				e.addPlaceWord(c, p)
			}
		}
	}
}

// addPlaceWord adds a word or a name of several words ("united_kingdom")
// as a sure way of putting a concept, at homelandStrength.
func (e *Engine) addPlaceWord(c *concept, w string) {
	if ts := e.synonymTerms(w); len(ts) > 0 {
		c.alts = appendAlt(c.alts, alt{terms: ts, strength: homelandStrength, sure: true})
	}
}
