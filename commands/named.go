package commands

import (
	"slices"
	"strings"
	"unicode"

	"github.com/coveragebot/coveragebot/knowledge"
)

// FollowUpQuestion is the question the engine is asked for text, a
// follow-up to first (the question it follows, as the engine read it)
// whose answer was answer (its excerpts, as shown): FollowUp, with the
// entities first names as the subject, and when it names no one (a "who"
// question) the first people the answer names after them; in the article
// first was narrowed to, if any.
func (r *Router) FollowUpQuestion(first, answer, text, article string) string {
	var arts []string
	if article != "" {
		if a, err := r.findArticle(article); err == nil {
			arts = []string{a.ID}
		}
	}
	subject := r.namedIn(first, arts)
	if !slices.ContainsFunc(subject, isPerson) {
		people := slices.DeleteFunc(r.namedIn(answer, arts), func(e knowledge.Entity) bool { return !isPerson(e) })
		subject = append(subject, people[:min(len(people), 2)]...)
	}
	return FollowUp(text, subject, topicWords(first, subject), r.namedIn(text, arts))
}

func isPerson(e knowledge.Entity) bool { return e.Kind == knowledge.KindPerson }

// Scores of FindEntities taken as naming an entity: a name or alias of at
// least minWordScore, which a surname alone scores for a three-word name
// ("Erdogan" for Recep Tayyip Erdoğan); a role of at least minNameScore,
// and only from its start ("Kremlin spokesman" names Dmitry Peskov, but
// "meet Erdogan" does not name Ankara, "where Zelenskyy planned to meet
// Erdoğan"). A role word alone ("president") scores 0.4.
const (
	minNameScore = 0.5
	minWordScore = 0.3
)

// maxNameWords is the longest run of words tried as a name or role.
const maxNameWords = 4

// namedIn finds the entities text names, in the order it names them. Runs
// of words are tried longest first ("Kremlin spokesman" before "Kremlin"),
// each word used once; a run may not start or end with a stop word, and a
// run of one word counts only when it is capitalised, so that "who" or
// "talks" never name anyone.
func (r *Router) namedIn(text string, arts []string) []knowledge.Entity {
	words := strings.FieldsFunc(text, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '-' && c != '\'' })
	for i, w := range words {
		words[i] = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	}
	type found struct {
		at     int
		entity knowledge.Entity
	}
	var out []found
	used := make([]bool, len(words))
	seen := map[string]bool{}
	for size := min(maxNameWords, len(words)); size >= 1; size-- {
		for i := 0; i+size <= len(words); i++ {
			span := words[i : i+size]
			if slices.Contains(used[i:i+size], true) || stopWords[strings.ToLower(span[0])] || stopWords[strings.ToLower(span[size-1])] || (size == 1 && !nameLike(span[0])) {
				continue
			}
			ms := r.lib.FindEntities(strings.Join(span, " "), 1, arts...)
			if len(ms) == 0 || !names(ms[0], span) {
				continue
			}
			for k := range span {
				used[i+k] = true
			}
			e := ms[0].Entity
			if key := e.Article + "/" + e.ID; !seen[key] {
				seen[key] = true
				out = append(out, found{i, e})
			}
		}
	}
	slices.SortFunc(out, func(a, b found) int { return a.at - b.at })
	ents := make([]knowledge.Entity, len(out))
	for i, f := range out {
		ents[i] = f.entity
	}
	return ents
}

// names reports whether a match of span is good enough to say that the
// text names its entity.
func names(m knowledge.EntityMatch, span []string) bool {
	if m.Matched != m.Entity.Role {
		return m.Score >= minWordScore
	}
	return m.Score >= minNameScore && strings.HasPrefix(folded(m.Entity.Role)+" ", folded(strings.Join(span, " "))+" ")
}

// folded is s lower-cased, accents folded, in words separated by spaces.
func folded(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(knowledge.Fold(s)), func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) }), " ")
}

// nameLike reports whether a single word may be a name: capitalised, and
// not a word that starts questions and sentences.
func nameLike(w string) bool {
	r := []rune(w)
	return len(r) > 1 && unicode.IsUpper(r[0]) && !stopWords[strings.ToLower(w)]
}

// maxTopics is how many topic words a follow-up may be given.
const maxTopics = 3

// topicWords are the content words of a question outside the subject's
// names: what it was about when it named nobody.
func topicWords(q string, subject []knowledge.Entity) []string {
	named := map[string]bool{}
	for _, e := range subject {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			for _, w := range strings.Fields(strings.ToLower(n)) {
				named[w] = true
			}
		}
	}
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(q), func(c rune) bool { return !unicode.IsLetter(c) && c != '-' }) {
		if len([]rune(w)) < 4 || stopWords[w] || named[w] || slices.Contains(out, w) {
			continue
		}
		out = append(out, w)
		if len(out) == maxTopics {
			break
		}
	}
	return out
}

// stopWords are words that carry no topic: question words, auxiliaries,
// pronouns, prepositions and the verbs of saying.
var stopWords = wordSet(`a an the and or but if then than that this these those there here
		what which who whom whose when where why how
		is are was were be been being am do does did done doing have has had having will would shall should can could may might must
		i me my we us our you your he him his she her hers it its they them their theirs
		of in on at to for from by with about into onto over under after before during since until between against
		say says said tell told think thinks thought want wants wanted make made get got give gave
		also just only even still again more most some any all each other such very much many next last first
		not no yes`)

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		out[w] = true
	}
	return out
}
