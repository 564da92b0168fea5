// Command synthwords writes internal/synth's vocabulary: the commonest
// English nouns, verbs and adjectives, most frequent first, so that the
// synthetic coverage that benchmarks the engine reads like English and has
// a Zipf-shaped vocabulary of several thousand words. Frequency is the word
// vectors' rank (engine/wordvec, GloVe's corpus order); the part of speech
// and the tag counts that tell a noun from a verb are WordNet's
// (engine/wordnet's data file). A word is kept only when WordNet lists it as
// a base form seen at least once in its tagged corpus, which leaves out most
// names ("smith", "london") and inflected forms. The output is
// deterministic byte for byte for the same inputs.
//
// The committed words.txt is frozen, so that the benchmark's coverage and
// queries stay the same while the engine's data files change: it was made
// from those files as of commit adb6260, and this reproduces it:
//
//	git show adb6260:engine/wordnet/wordnet.txt.gz > /tmp/wordnet.txt.gz
//	git show adb6260:engine/wordvec/vectors.bin > /tmp/vectors.bin
//	go run ./internal/gen/synthwords -wordnet /tmp/wordnet.txt.gz -vectors /tmp/vectors.bin
//
// Regenerating it from newer files changes every benchmark figure.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordvec"
)

// How many words of each class to keep. Enough for a vocabulary of several
// thousand distinct words at 100,000 paragraphs; few enough that the rarest
// are still ordinary English.
const (
	maxNouns      = 5000
	maxVerbs      = 1500
	maxAdjectives = 1500
)

// auxiliaries are verbs the templates use themselves or that read badly
// after "to" in a synthetic sentence.
var auxiliaries = map[string]bool{
	"be": true, "have": true, "do": true, "will": true, "can": true, "may": true,
	"must": true, "shall": true, "say": true, "get": true, "let": true, "go": true,
	"make": true, "would": true, "could": true, "should": true, "might": true,
}

// calendar words are written by the generator's templates, capitalised.
var calendar = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// notNouns are words WordNet counts as common nouns that news text mostly
// uses as something else: a first name, a nationality, "percent".
var notNouns = map[string]bool{
	"john": true, "french": true, "english": true, "percent": true, "while": true, "people": true,
}

// determiners are words WordNet lists as adjectives that work as
// determiners or adverbs in a sentence ("all", "about", "however").
var determiners = map[string]bool{
	"about": true, "all": true, "other": true, "some": true, "only": true, "most": true,
	"between": true, "just": true, "under": true, "such": true, "any": true, "through": true,
	"several": true, "around": true, "each": true, "every": true, "along": true, "away": true,
	"less": true, "once": true, "across": true, "yet": true, "ever": true, "ahead": true,
	"few": true, "many": true, "much": true, "more": true, "same": true, "own": true,
	"too": true, "very": true, "however": true, "later": true, "next": true, "last": true,
	"often": true, "together": true, "instead": true, "really": true, "further": true,
	"rather": true, "quite": true, "pretty": true, "below": true, "beyond": true,
	"but": true, "not": true, "also": true, "before": true, "another": true, "never": true,
	"ago": true, "again": true, "already": true, "though": true, "within": true, "almost": true,
	"always": true, "soon": true, "throughout": true, "perhaps": true, "maybe": true, "therefore": true,
	"mid": true, "overnight": true, "unlike": true, "elsewhere": true, "indeed": true, "otherwise": true,
	"besides": true, "somewhat": true, "anywhere": true, "nevertheless": true, "abroad": true, "aboard": true,
	"alone": true, "twice": true, "nearby": true, "actually": true, "else": true, "both": true, "either": true, "neither": true, "least": true, "over": true,
}

// detachments are WordNet's regular inflections (engine/wordnet has the
// same list): a word that is one of them applied to another lemma of the
// same part of speech is an inflected form ("years", "hoped"), not a base.
var detachments = [][2]string{
	{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"},
	{"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}, {"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"},
}

func inflected(w string, l lemma, lemmas map[string]lemma) bool {
	for _, d := range detachments {
		b, ok := strings.CutSuffix(w, d[0])
		if !ok {
			continue
		}
		base, ok := lemmas[b+d[1]]
		if !ok || b+d[1] == w {
			continue
		}
		if strings.ContainsAny(base.pos, l.pos) || (strings.HasSuffix(w, "ing") && strings.Contains(base.pos, "v")) {
			return true
		}
	}
	return false
}

func main() {
	wn := flag.String("wordnet", "engine/wordnet/wordnet.txt.gz", "engine/wordnet's data file")
	vectors := flag.String("vectors", "", "engine/wordvec's vectors.bin (default: the one built in)")
	out := flag.String("out", "internal/synth/words.txt", "file to write")
	flag.Parse()
	if err := run(*wn, *vectors, *out); err != nil {
		fmt.Fprintln(os.Stderr, "synthwords:", err)
		os.Exit(1)
	}
}

type lemma struct {
	pos                 string
	nounTags, otherTags int
	lexfile             int
	synonyms            []string
}

func run(wnPath, vecPath, out string) error {
	lemmas, irregular, err := readWordNet(wnPath)
	if err != nil {
		return err
	}
	vec, err := loadVectors(vecPath)
	if err != nil {
		return err
	}
	// A word's synonym, so that the benchmark can ask in other words, is
	// the commonest of WordNet's that is a plain word with a vector and of
	// the same part of speech.
	synonym := func(w, pos string) string {
		best, bestRank := "", vec.Len()
		for _, s := range lemmas[w].synonyms {
			r, ok := vec.Rank(s)
			if s != w && ok && r < bestRank && strings.Contains(lemmas[s].pos, pos) && strings.Trim(s, "abcdefghijklmnopqrstuvwxyz") == "" && !calendar[s] {
				best, bestRank = s, r
			}
		}
		return best
	}
	var nouns, verbs, adjs []string
	for rank := 0; rank < vec.Len(); rank++ {
		w := vec.Word(rank)
		if len(w) < 3 || len(w) > 13 || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			continue
		}
		l, ok := lemmas[w]
		if !ok || l.nounTags+l.otherTags < 1 || irregular[w] || auxiliaries[w] || calendar[w] || notNouns[w] || determiners[w] || inflected(w, l, lemmas) {
			continue
		}
		has := func(p string) bool { return strings.Contains(l.pos, p) }
		switch {
		// Places (lexicographer file 15) are mostly names: the generator
		// has its own. A word as often an adjective ("american", "two")
		// is not taken for a noun.
		case has("n") && l.nounTags >= l.otherTags && l.lexfile != 15 && !(has("a") && l.nounTags == l.otherTags):
			if len(nouns) < maxNouns {
				nouns = append(nouns, w)
			}
		case has("v") && !has("a") && l.otherTags > l.nounTags:
			if len(verbs) < maxVerbs {
				verbs = append(verbs, w)
			}
		// The data file counts adverbs as adjectives: "-ly" leaves most out.
		// and the determiners above leave out the commonest adverbs.
		case has("a") && !has("n") && !has("v") && !strings.HasSuffix(w, "ly"):
			if len(adjs) < maxAdjectives {
				adjs = append(adjs, w)
			}
		}
	}
	var b bytes.Buffer
	fmt.Fprintln(&b, "# internal/synth vocabulary, most frequent first: written by internal/gen/synthwords")
	fmt.Fprintln(&b, "# from engine/wordvec (rank) and engine/wordnet (part of speech, synonym); do not edit.")
	fmt.Fprintln(&b, "# Each line: n (noun), v (verb) or a (adjective), the word, and a synonym when WordNet has one.")
	for _, c := range []struct {
		tag   string
		words []string
	}{{"n", nouns}, {"v", verbs}, {"a", adjs}} {
		for _, w := range c.words {
			fmt.Fprintln(&b, strings.TrimSpace(c.tag+" "+w+" "+synonym(w, c.tag)))
		}
	}
	return os.WriteFile(out, b.Bytes(), 0o644)
}

// loadVectors reads a vectors.bin, or the built-in one when path is "".
func loadVectors(path string) (*wordvec.Vectors, error) {
	if path == "" {
		return wordvec.Load()
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return wordvec.Parse(string(raw))
}

// readWordNet reads the lemma table and the irregular forms of
// engine/wordnet's file (its layout is documented in that package's Parse).
func readWordNet(path string) (map[string]lemma, map[string]bool, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	lemmas := map[string]lemma{}
	irregular := map[string]bool{}
	section, left := "", 0
	sc := bufio.NewScanner(bytes.NewReader(text))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		if left == 0 {
			k, v, _ := strings.Cut(line, " ")
			n, err := strconv.Atoi(v)
			if err != nil {
				return nil, nil, fmt.Errorf("%s: want a section header, have %q", path, line)
			}
			section, left = k, n
			continue
		}
		left--
		switch section {
		case "lemmas":
			f := strings.Split(line, "\t")
			if len(f) != 8 {
				return nil, nil, fmt.Errorf("%s: lemma line %q", path, line)
			}
			nt, _ := strconv.Atoi(f[2])
			ot, _ := strconv.Atoi(f[3])
			lf, _ := strconv.Atoi(f[5])
			lemmas[f[0]] = lemma{pos: f[1], nounTags: nt, otherTags: ot, lexfile: lf, synonyms: strings.Fields(f[7])}
		case "exceptions":
			if w, _, _ := strings.Cut(line, " "); w != "" {
				irregular[w] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, err
	}
	if len(lemmas) == 0 {
		return nil, nil, fmt.Errorf("%s: no lemmas", path)
	}
	return lemmas, irregular, nil
}
