package engine

import (
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/knowledge"
)

// roleNoun is what a role says someone is, as one lowercase word: the last
// of its head ("owner" of "Owner of the dive company Bluefin Divers",
// "ecologist" of "Marine ecologist at the institute"). wn, when not nil,
// tells a participle from a noun (see roleWords).
func roleNoun(wn *wordnet.WordNet, role string) string {
	fs := roleWords(wn, role)
	if len(fs) == 0 {
		return ""
	}
	return fs[len(fs)-1]
}

// roleSays reports whether one of the first words of a role is of a kind:
// "Country where the marathon is run", "Home country of the filmmaker".
func roleSays(role string, ofKind func(string) bool) bool {
	fs := strings.Fields(strings.ToLower(role))
	for _, f := range fs[:min(3, len(fs))] {
		if ofKind(strings.Trim(f, roleTrim)) {
			return true
		}
	}
	return false
}

// roleTrim is the punctuation trimmed off a role's word.
const roleTrim = ".,;:'’\""

// roleNouns are what a role says someone is: its noun, and the noun a
// clause of it says they were ("71-year-old retired teacher who was a
// passenger on the minibus": a teacher and a passenger).
func roleNouns(wn *wordnet.WordNet, role string) []string {
	var out []string
	if n := roleNoun(wn, role); n != "" {
		out = append(out, n)
	}
	fs := strings.Fields(strings.ToLower(role))
	for i := 0; i+3 < len(fs); i++ {
		if fs[i] == "who" && (fs[i+1] == "was" || fs[i+1] == "is") && (fs[i+2] == "a" || fs[i+2] == "an") {
			if n := strings.Trim(fs[i+3], roleTrim); n != "" && !slices.Contains(out, n) {
				out = append(out, n)
			}
			break
		}
	}
	return out
}

// roleWords are the lowercase words of a role's head up to its noun: a
// participle after the noun says what they do, no more what they are
// ("US regulator examining Halcyra's purchase", "Firm employing the
// aviation analyst"). One after a possessive qualifies the noun that
// follows ("Russia's negotiating team"). With wn, so does a word in -ing
// that WordNet knows as a noun before a singular noun ("Credit rating
// agency", "City planning committee"). The noun is trimmed of
// punctuation.
func roleWords(wn *wordnet.WordNet, role string) []string {
	fs := strings.Fields(strings.ToLower(roleHead(role)))
	for i := 1; i < len(fs); i++ {
		if strings.HasSuffix(fs[i], "ing") && !possessive(fs[i-1]) && !gerundQualifier(wn, fs, i) {
			fs = fs[:i]
			break
		}
	}
	if n := len(fs); n > 0 {
		fs[n-1] = strings.Trim(fs[n-1], roleTrim)
	}
	// A participle in -ed before where they are ("Family catering firm
	// based in Wendham") says no more what they are either: the noun
	// before it does. One before whom or what ("identified by police
	// cameras") is left: cutting every participle cost held-out answers.
	if n := len(fs); wn != nil && n >= 2 && strings.HasSuffix(fs[n-1], "ed") && wn.POS(fs[n-1])&wordnet.Noun == 0 && wn.POS(wn.NounLemmaOr(fs[n-2]))&wordnet.Noun != 0 {
		if all := strings.Fields(strings.ToLower(role)); len(all) > n && placedWords[all[n]] {
			fs = fs[:n-1]
		}
	}
	return fs
}

// placedWords, after a participle that ends a role's head, say where
// the one it describes is ("Catering firm based in Wendham").
var placedWords = map[string]bool{"in": true, "at": true, "near": true}

// gerundQualifier reports whether the word in -ing at i of a role's words
// qualifies the noun after it, as a noun of its own ("catering firm",
// "planning committee"), rather than being a participle with its object
// ("running the trams", "treating patients", "building homes"): WordNet
// knows it as a noun, and the word after it as a noun in the singular
// ("firm" is mostly an adjective to WordNet, but a noun too).
func gerundQualifier(wn *wordnet.WordNet, fs []string, i int) bool {
	if wn == nil || i+1 >= len(fs) || wn.POS(fs[i])&wordnet.Noun == 0 {
		return false
	}
	next := strings.Trim(fs[i+1], roleTrim)
	return next == fs[i+1] && wn.POS(next)&wordnet.Noun != 0 && wn.NounLemmaOr(next) == next
}

// compoundRole reports whether a role's noun is the last word of a
// compound that is not a kind of it: a "think tank" is no tank.
func (e *Engine) compoundRole(role string) bool {
	fs := roleWords(e.lex.wn, role)
	n := len(fs)
	return e.lex.wn != nil && n >= 2 && e.lex.wn.Opaque(fs[n-2], fs[n-1])
}

// addRoles lists the entities of a part, the k-th of the coverage, by their
// roles' nouns, as wn reads them (see roleWords). read holds what each role
// met before gave, for the whole coverage: a newsroom's people come back
// article after article with the same role (at 100,000 synthetic paragraphs,
// 15,533 roles of 2,520 spellings), and reading one is some WordNet look-ups
// on the path of a restart.
func (v *vocabulary) addRoles(wn *wordnet.WordNet, k int, p *part, read map[string]roleRead) {
	for i, g := range p.groups {
		if g.entity == nil {
			continue
		}
		r, ok := read[g.entity.Role]
		if !ok {
			r = readRole(wn, g.entity.Role)
			read[g.entity.Role] = r
		}
		for _, n := range r.nouns {
			v.byRole[n] = append(v.byRole[n], eventKey{int32(k), int32(i)})
		}
		if r.word != "" {
			v.byRoleWord[r.word] = append(v.byRoleWord[r.word], eventKey{int32(k), int32(i)})
		}
	}
}

// roleRead is what addRoles lists an entity under: its role's nouns, and
// the word before the noun of a role of two words or more ("" if none).
type roleRead struct {
	nouns []string
	word  string
}

func readRole(wn *wordnet.WordNet, role string) roleRead {
	r := roleRead{nouns: roleNouns(wn, role)}
	if fs := roleWords(wn, role); len(fs) >= 2 {
		r.word = strings.Trim(fs[len(fs)-2], roleTrim)
	}
	return r
}

// kinRoles returns the entities whose roles say in more words what a
// question's noun says in one: the role's noun is what the noun is a kind
// of, within kinRoleDepth steps, and the word right before it is the
// noun or a word of one of its many-word synonyms; the role's noun is a
// person or a body, not "quality" of "studies air quality", of which air
// is a kind in a sense. "The opposition" is the
// "Opposition party whose…", a party; "the ceo", WordNet's "chief
// executive officer", an executive, is the "Chief executive of Arvelle
// Air". A noun near in meaning but of another kind is not: a minister is
// no president. The role's words may make a noun of their own that is
// no kind of its last (WordNet's "chief executive" is a head of state):
// the word they share with the question's says which is meant.
func (e *Engine) kinRoles(lemma string, most int) []*knowledge.Entity {
	wn := e.lex.wn
	words := []string{lemma}
	var phrases [][]string
	for _, s := range wn.SynonymsAs(lemma, wordnet.Noun) {
		if !strings.Contains(s, "_") {
			continue
		}
		p := strings.Split(s, "_")
		phrases = append(phrases, p)
		for _, w := range p {
			if !slices.Contains(words, w) {
				words = append(words, w)
			}
		}
	}
	cands, ok := e.vocab.listed(e.vocab.byRoleWord, words, most) // the word right before a role's noun
	if !ok {
		return nil
	}
	var out []*knowledge.Entity
	for _, en := range cands {
		n := wn.NounLemmaOr(roleNoun(wn, en.Role))
		if n == lemma || slices.Contains(out, en) || !wn.Person(n) && !wn.KindOfMain(n, organisationNoun, organisationDepth) || !wn.KindOf(lemma, n, kinRoleDepth) && !roleEndsIn(wn, en.Role, phrases) {
			continue
		}
		out = append(out, en)
	}
	return out
}

// roleEndsIn reports whether a role's words up to its noun end in one of
// phrases: "Prime Minister of Ostermark" in WordNet's "prime minister",
// a synonym of "pm", which is no kind of minister in WordNet.
func roleEndsIn(wn *wordnet.WordNet, role string, phrases [][]string) bool {
	fs := roleWords(wn, role)
	for _, p := range phrases {
		if len(p) >= 2 && len(p) <= len(fs) && slices.Equal(fs[len(fs)-len(p):], p) {
			return true
		}
	}
	return false
}

// phraseRoles returns the entities whose roles say, at their noun, the
// words of a phrase a question reads as one ("the prime minister", of the
// "Prime Minister of Ostermark"), or false when more than most roles have
// its second-last word before their noun.
func (e *Engine) phraseRoles(phrase []string, most int) ([]*knowledge.Entity, bool) {
	if len(phrase) < 2 {
		return nil, false
	}
	cands, ok := e.vocab.listed(e.vocab.byRoleWord, phrase[len(phrase)-2:len(phrase)-1], most)
	if !ok {
		return nil, false
	}
	var out []*knowledge.Entity
	for _, en := range cands {
		if !slices.Contains(out, en) && roleEndsIn(e.lex.wn, en.Role, [][]string{phrase}) {
			out = append(out, en)
		}
	}
	return out, true
}

// kinRoleDepth is how many hypernym steps up a question's noun its role's
// noun may be: a CEO is a corporate executive, an executive.
const kinRoleDepth = 2

// described returns the entities whose roles' nouns are one of nouns, or
// false when there are more than most: an archive's thousands of
// directors are counted, not listed, before a description is given up.
func (v *vocabulary) described(nouns []string, most int) ([]*knowledge.Entity, bool) {
	return v.listed(v.byRole, nouns, most)
}

// listed returns the entities a table of roles (byRole, byRoleWord) lists
// under one of keys, or false when there are more than most.
func (v *vocabulary) listed(by map[string][]eventKey, keys []string, most int) ([]*knowledge.Entity, bool) {
	n := 0
	for _, k := range keys {
		n += len(by[k])
	}
	if n > most {
		return nil, false
	}
	out := make([]*knowledge.Entity, 0, n)
	for _, k := range keys {
		for _, key := range by[k] {
			out = append(out, v.ordered[key.part].groups[key.i].entity)
		}
	}
	return out, true
}

// shortName returns the name a body is called by without the noun of
// what it is, where its name ends in that noun after an adjective:
// "Ashgill High" of Ashgill High School, a "Secondary school",
// "Redmere General" of Redmere General Hospital; else "". A noun before
// it makes no such name: "Carnholt Health" of Carnholt Health Trust is
// no trust.
func (l *lexicon) shortName(en *knowledge.Entity) string {
	if l.wn == nil || en.Kind != knowledge.KindOrganisation {
		return ""
	}
	fs := strings.Fields(en.Name)
	n := len(fs)
	if n < 3 || !strings.EqualFold(fs[n-1], roleNoun(l.wn, en.Role)) {
		return ""
	}
	before := strings.ToLower(fs[n-2])
	if pos := l.wn.POS(before); pos&wordnet.Adjective == 0 || l.wn.MostlyNoun(before) {
		return ""
	}
	return strings.Join(fs[:n-1], " ")
}

// readInstances gives the kind of answer a question asks for, when a name
// may be one ("what party is he in"), the names of the bodies and places
// the fact base says are of that kind by their roles' nouns ("Civic
// Union", a "Centre-right party of Vranck and Strov"): a paragraph that
// names one answers, though it never says "party". Of a person the
// question names (among cs) whom the fact base says belongs to one, that
// one alone: Vranck's party is not the opposition's.
func (e *Engine) readInstances(c *concept, cs []concept) {
	if !c.answer || !c.nameable || c.name || len(c.entities) > 0 || c.lemma == "" {
		return
	}
	ens, ok := e.vocab.described([]string{c.lemma}, maxInstances)
	if !ok {
		return
	}
	ens = slices.DeleteFunc(ens, func(en *knowledge.Entity) bool { return en.Kind == knowledge.KindPerson })
	var own []*knowledge.Entity
	for _, o := range cs {
		for _, p := range o.entities {
			if p.Kind != knowledge.KindPerson {
				continue
			}
			for _, en := range ens {
				if en.Article == p.Article && en.ID == p.Affiliation {
					own = append(own, en)
				}
			}
		}
	}
	if len(own) > 0 {
		ens = own
	}
	for _, en := range ens {
		for _, n := range append([]string{en.Name}, en.Aliases...) {
			if ts := e.synonymTerms(n); len(ts) > 0 {
				c.alts = appendAlt(c.alts, alt{terms: ts, strength: 1, sure: true})
			}
		}
	}
}

// maxInstances is how many bodies of a kind readInstances names at most:
// an archive's hundreds of companies are no answer's instances.
const maxInstances = 20
