package engine

import (
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/knowledge"
)

// A role's word of leading says its holder leads the body they belong to
// only where it is the role's noun and the body is what it leads: the
// "Chief executive of the Arle River Authority" leads it, but a "Chief dam
// safety engineer at Arle Valley Power" is an engineer, a "Director of
// operations at the National Cyber Security Centre" and a "Doctor, head
// of emergency medicine at St Osric's Hospital" lead a part of it, and a
// "Race director of Brightline Events" the race, not the company.

// leadingRole reports whether a role says its holder leads the body org:
// a word of a leading role (word, or any of leaderRoles when word is "")
// that no other noun follows in its clause but another leading role's
// ("president and chief executive", "head coach"), that a phrase of "of"
// or "for" after it gives the body's name if one follows, and that no
// noun before it qualifies but one of the body's own words ("club
// president" of the Ashford Football Club).
func (e *Engine) leadingRole(role string, org *knowledge.Entity, word string) bool {
	// What the role says in brackets is an aside: Podolyak is an
	// "adviser (to the head of the Office of the President of Ukraine)",
	// not its head.
	r, _, _ := strings.Cut(role, "(")
	own := orgWords(org)
	for _, clause := range strings.FieldsFunc(strings.ToLower(r), func(c rune) bool { return c == ',' || c == ';' }) {
		fs := strings.Fields(clause)
		for i := range fs {
			fs[i] = strings.Trim(fs[i], roleTrim)
		}
		for i, f := range fs {
			if word != "" && f != word || word == "" && !e.leadsByName(f) {
				continue
			}
			if e.qualifiedOtherwise(fs, i, own) {
				continue
			}
			next := i + 1
			for next < len(fs) && (leaderNoun(fs[next]) || fs[next] == "and" && next+1 < len(fs) && leaderNoun(fs[next+1])) {
				next++
			}
			if next == len(fs) {
				return true
			}
			switch fs[next] {
			case "of", "for":
				if ofBody(fs[next+1:], own) {
					return true
				}
			default:
				if !e.nounAfter(fs[next]) {
					return true // "head coach at Ashford", "leader who …"
				}
			}
		}
	}
	return false
}

// leadsByName reports whether a role's word says its holder leads: a
// word of leaderRoles, or a noun WordNet gives one of them as a synonym
// of ("coach", a manager; "foreman", a boss), which a reader's "boss"
// or "head" of the body stands for as well.
func (e *Engine) leadsByName(w string) bool {
	if slices.Contains(leaderRoles, w) {
		return true
	}
	wn := e.lex.wn
	return wn != nil && slices.ContainsFunc(wn.SynonymsAs(wn.NounLemmaOr(w), wordnet.Noun), func(s string) bool { return slices.Contains(leaderRoles, s) })
}

// leaderNoun reports whether a word of a role is one of a leading role,
// which may follow another ("chief executive", "head coach").
func leaderNoun(w string) bool {
	return slices.Contains(leaderRoles, w) || leaderTitles[w]
}

// orgWords are the lowercase words of a body's name and aliases.
func orgWords(org *knowledge.Entity) []string {
	var out []string
	for _, n := range append([]string{org.Name}, org.Aliases...) {
		for _, w := range strings.Fields(strings.ToLower(n)) {
			out = append(out, strings.Trim(w, roleTrim))
		}
	}
	return out
}

// ofBody reports whether the words of a phrase after "of" or "for", up to
// the next preposition, name the body by a word of its own: "of the Arle
// River Authority", not "of operations at the Centre".
func ofBody(fs []string, own []string) bool {
	for _, w := range fs {
		if w == "at" || w == "in" || w == "of" || w == "for" || w == "who" || w == "which" {
			return false
		}
		if w != "the" && slices.Contains(own, w) {
			return true
		}
	}
	return false
}

// nounAfter reports whether a word after a word of leading makes it
// qualify a noun, as "chief" does "engineer" and "head" "teacher": a word
// WordNet knows mostly as a noun, not a stop word ("at", "who") or a
// verb.
func (e *Engine) nounAfter(w string) bool {
	wn := e.lex.wn
	return wn != nil && e.termOf(w) != "" && wn.MostlyNoun(w)
}

// qualifiedOtherwise reports whether the word of leading at i comes after
// a noun that says what else it leads ("race director", "finance
// director"): one that is not a word of the body's own name, nor a group,
// person or place as WordNet knows it first, which says whose it is
// ("club captain", "party leader", "deputy leader").
func (e *Engine) qualifiedOtherwise(fs []string, i int, own []string) bool {
	if i == 0 {
		return false
	}
	w := fs[i-1]
	return w != "and" && !leaderNoun(w) && !slices.Contains(own, w) && e.nounAfter(w) && !e.lex.wn.Nameable(e.lex.wn.NounLemmaOr(w))
}

// rolesOf reports whether a role names a body by one of its names after
// "of" or "for", the whole name: "Mayor of Corvey, 57", not "Chair of
// the Ashford Supporters' Trust" of Ashford.
func rolesOf(role string, org *knowledge.Entity) bool {
	r := strings.ToLower(role)
	if len(r) != len(role) {
		return false // offsets would not match
	}
	for _, n := range append([]string{org.Name}, org.Aliases...) {
		n = strings.ToLower(n)
		for _, p := range []string{"of ", "for ", "of the ", "for the "} {
			for _, end := range wholeWords(r, p+n) {
				if next, _, _ := strings.Cut(strings.TrimLeft(role[end:], " "), " "); next == "" || !isCapitalised(next) {
					return true
				}
			}
		}
	}
	return false
}
