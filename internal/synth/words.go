package synth

import (
	_ "embed"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
)

// words.txt holds the commonest English nouns, verbs and adjectives, most
// frequent first, each with a synonym when WordNet gives one. It is frozen
// (made by internal/gen/synthwords from the engine's data files as of
// adb6260, which says how to reproduce it), so that the coverage and the
// queries do not change when the engine's data does.
//
//go:embed words.txt
var wordsTxt string

// lexicon is words.txt read: each class in frequency order, so that a Zipf
// draw of an index gives English's shape (a few words everywhere, most
// words rare).
type lexicon struct {
	nouns, verbs, adjs []string
	synonym            map[string]string
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

// theLexicon reads words.txt once. Words that are also names are left out:
// a name must stand in a paragraph only where the generator put it.
func theLexicon() *lexicon {
	lexOnce.Do(func() {
		names := map[string]bool{}
		for _, list := range [][]string{firstNames, surnames, placeNames, months} {
			for _, n := range list {
				for _, w := range strings.Fields(n) {
					names[strings.ToLower(w)] = true
				}
			}
		}
		l := &lexicon{synonym: map[string]string{}}
		for _, line := range strings.Split(wordsTxt, "\n") {
			f := strings.Fields(line)
			if len(f) < 2 || strings.HasPrefix(line, "#") || names[f[1]] {
				continue
			}
			switch f[0] {
			case "n":
				l.nouns = append(l.nouns, f[1])
			case "v":
				l.verbs = append(l.verbs, f[1])
			case "a":
				l.adjs = append(l.adjs, f[1])
			default:
				panic(fmt.Sprintf("synth: words.txt: bad line %q", line))
			}
			if len(f) == 3 {
				l.synonym[f[1]] = f[2]
			}
		}
		lex = l
	})
	return lex
}

// zipf draws words of one class, the commonest most often.
type zipf struct {
	words []string
	z     *rand.Zipf
	skip  int
}

// newZipf draws from words[skip:] with exponent s: skip leaves out the
// commonest words when a draw should carry a topic.
func newZipf(r *rand.Rand, words []string, s float64, skip int) *zipf {
	return &zipf{words: words, skip: skip, z: rand.NewZipf(r, s, 4, uint64(len(words)-skip-1))}
}

func (z *zipf) next() string { return z.words[z.skip+int(z.z.Uint64())] }

// plural makes a noun's plural by the regular rules; English's exceptions
// are few among news nouns and a benchmark does not mind them.
func plural(n string) string {
	switch {
	case strings.HasSuffix(n, "s"), strings.HasSuffix(n, "x"), strings.HasSuffix(n, "z"),
		strings.HasSuffix(n, "ch"), strings.HasSuffix(n, "sh"):
		return n + "es"
	case strings.HasSuffix(n, "y") && len(n) > 1 && !strings.ContainsRune("aeiou", rune(n[len(n)-2])):
		return n[:len(n)-1] + "ies"
	}
	return n + "s"
}

// thirdPerson is a verb's present tense after he, she or it.
func thirdPerson(v string) string { return plural(v) }

// capitalise upper-cases the first letter of an ASCII sentence.
func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// indefinite puts "a" or "an" before a word.
func indefinite(w string) string {
	if w != "" && strings.ContainsRune("aeiou", rune(w[0])) {
		return "an " + w
	}
	return "a " + w
}
