package engine

import (
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// roleNoun is what a role says someone is, as one lowercase word: the last
// of its head ("owner" of "Owner of the dive company Bluefin Divers",
// "ecologist" of "Marine ecologist at the institute").
func roleNoun(role string) string {
	fs := strings.Fields(roleHead(role))
	// A participle after the noun says what they do, no more what
	// they are: "US regulator examining Halcyra's purchase", "Firm
	// employing the aviation analyst".
	for i := 1; i < len(fs); i++ {
		if strings.HasSuffix(strings.ToLower(fs[i]), "ing") {
			fs = fs[:i]
			break
		}
	}
	if len(fs) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(fs[len(fs)-1], ".,;:'’\""))
}

// compoundRole reports whether a role's noun is the last word of a
// compound that is not a kind of it: a "think tank" is no tank.
func (e *Engine) compoundRole(role string) bool {
	fs := strings.Fields(strings.ToLower(roleHead(role)))
	n := len(fs)
	if e.lex.wn == nil || n < 2 {
		return false
	}
	return e.lex.wn.Opaque(fs[n-2], strings.Trim(fs[n-1], ".,;:'’\""))
}

// addRoles lists the entities of a part, the k-th of the coverage, by their
// roles' nouns.
func (v *vocabulary) addRoles(k int, p *part) {
	for i, g := range p.groups {
		if g.entity == nil {
			continue
		}
		if n := roleNoun(g.entity.Role); n != "" {
			v.byRole[n] = append(v.byRole[n], eventKey{int32(k), int32(i)})
		}
	}
}

// described returns the entities whose roles' nouns are one of nouns, or
// false when there are more than most: an archive's thousands of
// directors are counted, not listed, before a description is given up.
func (v *vocabulary) described(nouns []string, most int) ([]*knowledge.Entity, bool) {
	n := 0
	for _, noun := range nouns {
		n += len(v.byRole[noun])
	}
	if n > most {
		return nil, false
	}
	out := make([]*knowledge.Entity, 0, n)
	for _, n := range nouns {
		for _, key := range v.byRole[n] {
			out = append(out, v.ordered[key.part].groups[key.i].entity)
		}
	}
	return out, true
}
