package engine

import (
	_ "embed"
	"fmt"
	"math"
	"regexp"
	"strings"
	"unicode"

	"github.com/coveragebot/coveragebot/knowledge"

	"github.com/blevesearch/bleve/v2/analysis"
	"gopkg.in/yaml.v3"
)

//go:embed thesaurus.yaml
var thesaurusYAML []byte

// thesaurus returns the general synonym groups shipped with the bot.
func thesaurus() [][]string {
	var groups [][]string
	if err := yaml.Unmarshal(thesaurusYAML, &groups); err != nil {
		panic(fmt.Sprintf("embedded thesaurus: %v", err)) // a build defect, caught by the tests
	}
	return groups
}

// phrase is one way of naming a group: an entity's name or alias, or a member
// of a synonym group, as analyzed terms.
type phrase struct {
	terms []string
	group int
}

// group is a set of phrases that mean the same thing, with the entities it
// names (whose curated paragraphs count as mentions, pronouns included).
type group struct {
	alts     [][]string
	entities []knowledge.Entity
}

// phraseTable finds names and synonyms in a question.
type phraseTable struct {
	phrases []phrase
	groups  []group
	// known holds every analyzed term of every alias, for spelling correction.
	known map[string]bool
}

func newPhraseTable(an analysis.Analyzer, sources []*knowledge.Source) *phraseTable {
	pt := &phraseTable{known: map[string]bool{}}
	add := func(words []string, ents []knowledge.Entity) {
		g := group{entities: ents}
		id := len(pt.groups)
		for _, w := range words {
			ts := terms(an, w)
			if len(ts) == 0 {
				continue
			}
			g.alts = append(g.alts, ts)
			pt.phrases = append(pt.phrases, phrase{terms: ts, group: id})
			for _, t := range ts {
				pt.known[t] = true
			}
		}
		if len(g.alts) > 0 {
			pt.groups = append(pt.groups, g)
		}
	}
	for _, s := range sources {
		for _, e := range s.Entities {
			add(append([]string{e.Name}, e.Aliases...), []knowledge.Entity{e})
		}
	}
	for _, syn := range mergeGroups(an, append(sourcesSynonyms(sources), thesaurus()...)) {
		add(syn, nil)
	}
	return pt
}

func sourcesSynonyms(sources []*knowledge.Source) [][]string {
	var out [][]string
	for _, s := range sources {
		out = append(out, s.Synonyms...)
	}
	return out
}

// mergeGroups joins synonym groups that share a member once analyzed: the
// article's [cede, ced] and the thesaurus's [give up, cede] become one group,
// so that "give up" finds the text's "ced".
func mergeGroups(an analysis.Analyzer, groups [][]string) [][]string {
	parent := make([]int, len(groups))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		if parent[i] != i {
			parent[i] = find(parent[i])
		}
		return parent[i]
	}
	owner := map[string]int{}
	for i, g := range groups {
		for _, w := range g {
			key := strings.Join(terms(an, w), " ")
			if key == "" {
				continue
			}
			if j, ok := owner[key]; ok {
				parent[find(i)] = find(j)
			} else {
				owner[key] = i
			}
		}
	}
	merged := map[int][]string{}
	var order []int
	for i, g := range groups {
		r := find(i)
		if _, ok := merged[r]; !ok {
			order = append(order, r)
		}
		merged[r] = append(merged[r], g...)
	}
	out := make([][]string, len(order))
	for i, r := range order {
		out[i] = merged[r]
	}
	return out
}

// unknownWordWeight is the weight of an everyday word the coverage never uses.
const unknownWordWeight = 1.2

// concept is one thing a question asks about, with the ways the coverage may
// put it and how much it weighs.
type concept struct {
	label    string
	alts     [][]string
	entities []knowledge.Entity
	weight   float64
	known    bool // some alternative occurs in the coverage
}

// concepts reads a question into concepts: names and synonym phrases first
// (longest match), then each remaining word, with spelling corrections for
// words the coverage never uses. Words that name something (capitalised
// inside the question, or numbers) and are unknown to the coverage weigh
// more: a question about Paris is not answered by a paragraph about weather.
func (l *Engine) concepts(text string) []concept {
	text, quantity := quantityQuestion(text)
	toks := terms(l.an, text)
	names := l.properNames(text)
	var out []concept
	byGroup := map[int]int{}
	for i := 0; i < len(toks); {
		best, bestLen := -1, 0
		for _, p := range l.phrases.phrases {
			if len(p.terms) > bestLen && hasPrefix(toks[i:], p.terms) {
				best, bestLen = p.group, len(p.terms)
			}
		}
		if best >= 0 {
			if j, ok := byGroup[best]; ok {
				// Two phrases of one group (two names of one entity): merge.
				for _, g := range l.phrases.groups[best].alts {
					out[j].alts = appendAlt(out[j].alts, g)
				}
			} else {
				g := l.phrases.groups[best]
				byGroup[best] = len(out)
				out = append(out, concept{
					label:    strings.Join(toks[i:i+bestLen], " "),
					alts:     append([][]string(nil), g.alts...),
					entities: append([]knowledge.Entity(nil), g.entities...),
				})
			}
			// A phrase that is also an entity's alias in another group adds
			// that group's names: "Kremlin" may be an organisation and a place.
			for _, p := range l.phrases.phrases {
				if p.group != best && equalTerms(p.terms, toks[i:i+bestLen]) {
					j := byGroup[best]
					for _, alt := range l.phrases.groups[p.group].alts {
						out[j].alts = appendAlt(out[j].alts, alt)
					}
					out[j].entities = append(out[j].entities, l.phrases.groups[p.group].entities...)
				}
			}
			i += bestLen
			continue
		}
		t := toks[i]
		c := concept{label: t, alts: [][]string{{t}}}
		// Misspellings are corrected for names and long words only: a short
		// common word is too often one letter from another ("around", "ground").
		if l.vocab.df[t] == 0 && !l.phrases.known[t] && (names[t] || len([]rune(t)) >= 7) {
			for _, w := range l.correct(t, names[t]) {
				c.alts = appendAlt(c.alts, []string{w})
				// A corrected name brings its entity: "Zelenksy" is
				// Zelenskyy under every spelling, pronouns included.
				for _, p := range l.phrases.phrases {
					if len(p.terms) == 1 && p.terms[0] == w {
						g := l.phrases.groups[p.group]
						for _, alt := range g.alts {
							c.alts = appendAlt(c.alts, alt)
						}
						c.entities = append(c.entities, g.entities...)
					}
				}
			}
		}
		out = append(out, c)
		i++
	}
	if quantity && len(l.vocab.numbers) > 0 {
		c := concept{label: "#number"}
		for _, n := range l.vocab.numbers {
			c.alts = append(c.alts, []string{n})
		}
		out = append(out, c)
	}
	for i := range out {
		c := &out[i]
		df := 0
		for _, pt := range l.vocab.paras {
			if c.matches(pt.terms) {
				df++
			}
		}
		c.known = df > 0
		// The square root flattens idf: a rare everyday word ("instead")
		// should not outweigh the names and topics of a question.
		c.weight = math.Sqrt(l.vocab.idf(df))
		switch {
		case !c.known && names[c.label]:
			c.weight *= 2
		case !c.known:
			// An everyday word the coverage does not use is often phrasing,
			// but may be the point ("the population of Istanbul"): it counts
			// about as much as a common word the coverage does use.
			c.weight = unknownWordWeight
		}
	}
	return out
}

// correct returns the spellings a misspelt word may have meant: for a name,
// only the terms of names and aliases (so that Paris does not become "part");
// for another long word, any term of the coverage.
func (l *Engine) correct(t string, name bool) []string {
	if name {
		// A short name is too often one letter from another (Pope, Pole).
		if len([]rune(t)) < 5 {
			return nil
		}
		return l.vocab.correct(t, nil, l.phrases.known)
	}
	return l.vocab.correct(t, l.vocab.df, l.phrases.known)
}

// howMuch matches the start of a question that asks for a quantity.
var howMuch = regexp.MustCompile(`(?i)\bhow\s+(long|many|much|far|big|large|old|often|high|wide|deep|tall|big)\b`)

// quantityQuestion removes the adjective of "how long", "how many" and the
// like, which asks for a number rather than naming a topic, and says whether
// the question asks for one: then paragraphs that give numbers answer it.
func quantityQuestion(text string) (string, bool) {
	if !howMuch.MatchString(text) {
		return text, false
	}
	return howMuch.ReplaceAllString(text, "how"), true
}

// properNames returns the analyzed terms of words that name something in a
// question: capitalised words after the first, and numbers.
func (l *Engine) properNames(text string) map[string]bool {
	out := map[string]bool{}
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\''
	})
	for i, w := range words {
		r := []rune(w)
		if len(r) == 0 {
			continue
		}
		if (i > 0 && unicode.IsUpper(r[0])) || unicode.IsDigit(r[0]) {
			for _, t := range terms(l.an, w) {
				out[t] = true
			}
		}
	}
	return out
}

// matches reports whether some alternative has all its terms in ts.
func (c concept) matches(ts map[string]bool) bool {
	for _, alt := range c.alts {
		all := true
		for _, t := range alt {
			if !ts[t] {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// mentions reports whether the concept names an entity whose curated
// paragraphs include ref (a mention by pronoun or role).
func (c concept) mentions(ref knowledge.Ref) bool {
	for _, e := range c.entities {
		if e.Article != ref.Article {
			continue
		}
		for _, p := range e.Paragraphs {
			if p == ref.Paragraph {
				return true
			}
		}
	}
	return false
}

// coverage is the share of the concepts' weight that a paragraph (or a
// sentence, with ref zero) answers.
func coverage(cs []concept, ts map[string]bool, ref knowledge.Ref) float64 {
	var got, all float64
	for _, c := range cs {
		all += c.weight
		if c.matches(ts) || (ref.Paragraph > 0 && c.mentions(ref)) {
			got += c.weight
		}
	}
	if all == 0 {
		return 0
	}
	return got / all
}

func hasPrefix(toks, p []string) bool {
	if len(p) > len(toks) {
		return false
	}
	for i := range p {
		if toks[i] != p[i] {
			return false
		}
	}
	return true
}

func equalTerms(a, b []string) bool { return len(a) == len(b) && hasPrefix(a, b) }

func appendAlt(alts [][]string, alt []string) [][]string {
	for _, a := range alts {
		if equalTerms(a, alt) {
			return alts
		}
	}
	return append(alts, alt)
}
