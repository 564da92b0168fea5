package commands

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coveragebot/coveragebot/knowledge"
)

// A follow-up question ("What did he say next?") is asked in a thread under
// an /ask answer. The engine reads each question on its own, so the
// follow-up is rewritten first, in the light of the question it follows:
// FollowUp puts the names back.

// FollowUp rewrites text, a follow-up question, so that it can be read on
// its own. subject are the people, organisations and places the question
// it follows was about, most relevant first; topics that question's other
// content words; own the entities text names itself.
//
//   - A pronoun stands for the subject of its kind: he/him/his and
//     she/her/hers for the first person, it/its for the first organisation
//     or place, they/them/their for the organisation, else the people (two
//     joined with "and"). A possessive becomes "Name's". A pronoun of a
//     kind the follow-up names itself is left alone: in "What did Zelenskyy
//     say when he arrived?" he is Zelenskyy.
//   - A follow-up that names nothing and has no pronoun to fill ("And
//     before that?") gets the subject's names, or else the topics, after
//     it: "And before that? (about Dmitry Peskov)".
//
// The result is at most maxQuestion characters, like a typed question.
func FollowUp(text string, subject []knowledge.Entity, topics []string, own []knowledge.Entity) string {
	text = strings.Join(strings.Fields(text), " ")
	stand := pronounTargets(subject, own)
	var b strings.Builder
	replaced := false
	words := splitKeep(text)
	for i, w := range words {
		lw := strings.ToLower(w)
		p, ok := pronouns[lw]
		name := stand[p.kind]
		if !ok || name == "" {
			b.WriteString(w)
			continue
		}
		replaced = true
		if p.possessive || (lw == "her" && possessiveHer(words[i+1:])) {
			b.WriteString(possessive(name))
		} else {
			b.WriteString(name)
		}
	}
	out := b.String()
	if !replaced && len(own) == 0 {
		var about []string
		for _, e := range subject {
			about = append(about, e.Name)
		}
		if len(about) == 0 {
			about = topics
		}
		if len(about) > 0 {
			out += " (about " + strings.Join(about, ", ") + ")"
		}
	}
	return cutRunes(out, maxQuestion)
}

// Kinds of pronoun, by what they may stand for.
const (
	kindHe   = "he"
	kindIt   = "it"
	kindThey = "they"
)

type pronoun struct {
	kind       string
	possessive bool
}

// pronouns are the words FollowUp fills. "her" is an object or a
// possessive, told apart by what follows (possessiveHer).
var pronouns = map[string]pronoun{
	"he": {kindHe, false}, "him": {kindHe, false}, "his": {kindHe, true}, "himself": {kindHe, false},
	"she": {kindHe, false}, "her": {kindHe, false}, "hers": {kindHe, false}, "herself": {kindHe, false},
	"it": {kindIt, false}, "its": {kindIt, true}, "itself": {kindIt, false},
	"they": {kindThey, false}, "them": {kindThey, false}, "their": {kindThey, true}, "theirs": {kindThey, false}, "themselves": {kindThey, false},
}

// pronounTargets says what each kind of pronoun stands for: "" when the
// subject has nothing of that kind or the follow-up names its own.
func pronounTargets(subject, own []knowledge.Entity) map[string]string {
	var people, things []string
	for _, e := range subject {
		if e.Kind == knowledge.KindPerson {
			people = append(people, e.Name)
		} else {
			things = append(things, e.Name)
		}
	}
	ownPerson, ownThing := false, false
	for _, e := range own {
		if e.Kind == knowledge.KindPerson {
			ownPerson = true
		} else {
			ownThing = true
		}
	}
	out := map[string]string{}
	if len(people) > 0 && !ownPerson {
		out[kindHe] = people[0]
	}
	if len(things) > 0 && !ownThing {
		out[kindIt] = things[0]
	}
	switch {
	case len(things) > 0 && !ownThing:
		out[kindThey] = things[0]
	case len(people) > 1 && !ownPerson:
		out[kindThey] = people[0] + " and " + people[1]
	case len(people) == 1 && !ownPerson:
		out[kindThey] = people[0]
	}
	return out
}

// possessiveHer reports whether "her" is a possessive, from the words after
// it: a word follows, and it is not one that starts a phrase of its own.
func possessiveHer(rest []string) bool {
	for _, w := range rest {
		if strings.TrimSpace(w) == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			return false
		}
		return !notAfterPossessive[strings.ToLower(w)]
	}
	return false
}

var notAfterPossessive = map[string]bool{
	"about": true, "after": true, "at": true, "before": true, "by": true, "for": true, "from": true, "in": true,
	"into": true, "of": true, "on": true, "to": true, "with": true, "and": true, "or": true, "that": true, "the": true,
	"a": true, "an": true, "when": true, "if": true, "again": true, "next": true, "then": true, "now": true,
}

func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// splitKeep splits s into words and the runs between them, so that joining
// the parts gives s back.
func splitKeep(s string) []string {
	var out []string
	start, inWord := 0, false
	for i, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\''
		if i > 0 && w != inWord {
			out = append(out, s[start:i])
			start = i
		}
		inWord = w
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// cutRunes cuts s to at most n characters, at a space when it can.
func cutRunes(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	cut := string(rs[:n])
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		cut = cut[:i]
	}
	return cut
}
