package engine

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/engine/wordvec"
	"github.com/coveragebot/coveragebot/knowledge"
)

// vocabulary is what the engine knows of the coverage's words beyond the
// index: how many paragraphs use each term (rare words count more), the
// terms of every paragraph and sentence (how much of a question each one
// answers, and which sentences make the excerpt), and the coverage's words
// that have vectors, for finding the words a question means.
type vocabulary struct {
	n     int            // paragraphs in all
	df    map[string]int // paragraphs a term occurs in
	paras map[knowledge.Ref]*paraTerms
	// words maps every folded word of the coverage to its term.
	words map[string]string
	// irregular maps a base form to the terms of the coverage's irregular
	// forms of it: "lead" to "led", "begin" to "began". The stemmer joins
	// regular forms; WordNet's exception lists join these.
	irregular map[string][]string
	// vecWords are the coverage's words that have vectors, with them.
	vecWords []vecWord
	// compoundOnly holds the terms that occur only as the last word of a
	// compound that is not a kind of it: "tank" in "think tank".
	compoundOnly map[string]bool
	// figures says what kinds of figure each paragraph gives, and what its
	// numbers count, for "how many", "how much" and "how old" questions.
	figures map[knowledge.Ref]*paraFigures
	// quoted says whose quotes the fact base puts in each paragraph.
	quoted map[knowledge.Ref]map[string]bool
	// events holds the analyzed summary and topics of every event, with
	// the paragraphs that report it: curated plain English with real names,
	// which a question often matches better than a garbled translation.
	events []eventTerms
}

type vecWord struct {
	word string
	term string
	vec  wordvec.Vec
}

type eventTerms struct {
	terms map[string]bool
	refs  []knowledge.Ref
}

type paraFigures struct {
	kinds   map[figure]bool
	counted map[string]bool // terms of the words its numbers count
}

type paraTerms struct {
	terms     map[string]bool
	sentences []string
	sentTerms []map[string]bool
}

var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "dozen": true, "dozens": true, "hundred": true, "hundreds": true,
	"thousand": true, "thousands": true, "million": true, "millions": true, "billion": true, "half": true,
	"third": true, "quarter": true, "fifth": true, "twice": true, "eleven": true, "twelve": true, "twenty": true,
	"thirty": true, "forty": true, "fifty": true, "hundred-thousand": true,
}

func isNumberWord(w string) bool {
	if numberWords[w] {
		return true
	}
	for _, r := range w {
		if r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

func newVocabulary(an *analyzer, lex *lexicon, sources []*knowledge.Source) *vocabulary {
	v := &vocabulary{
		df: map[string]int{}, paras: map[knowledge.Ref]*paraTerms{}, words: map[string]string{},
		figures: map[knowledge.Ref]*paraFigures{},
		quoted:  map[knowledge.Ref]map[string]bool{},
	}
	inCompound, alone := map[string]bool{}, map[string]bool{}
	for _, s := range sources {
		for i, p := range s.Article.Paragraphs {
			ref := knowledge.Ref{Article: s.Article.ID, Paragraph: i + 1}
			pt := &paraTerms{terms: map[string]bool{}, sentences: knowledge.Sentences(p)}
			for _, sent := range pt.sentences {
				ws := readWords(sent, an.term)
				if kinds, counted := sentenceFigures(sent, ws); len(kinds) > 0 {
					pf := v.figures[ref]
					if pf == nil {
						pf = &paraFigures{kinds: map[figure]bool{}, counted: map[string]bool{}}
						v.figures[ref] = pf
					}
					for k := range kinds {
						pf.kinds[k] = true
					}
					for _, t := range counted {
						pf.counted[t] = true
					}
				}
				st := map[string]bool{}
				for k, w := range ws {
					v.words[w.folded] = w.term
					if w.term == "" {
						continue
					}
					st[w.term] = true
					pt.terms[w.term] = true
					if k > 0 && lex.opaqueCompound(ws[k-1].folded, w.folded) {
						inCompound[w.term] = true
					} else {
						alone[w.term] = true
					}
				}
				pt.sentTerms = append(pt.sentTerms, st)
			}
			for t := range pt.terms {
				v.df[t]++
			}
			v.paras[ref] = pt
			v.n++
		}
	}
	v.irregular = map[string][]string{}
	if lex.wn != nil {
		for w, t := range v.words {
			for _, base := range lex.wn.Irregular(w) {
				if t != "" && !slices.Contains(v.irregular[base], t) {
					v.irregular[base] = append(v.irregular[base], t)
				}
			}
		}
	}
	v.compoundOnly = map[string]bool{}
	for t := range inCompound {
		if !alone[t] {
			v.compoundOnly[t] = true
		}
	}
	for _, s := range sources {
		for _, q := range s.Quotes {
			ref := knowledge.Ref{Article: s.Article.ID, Paragraph: q.Paragraph}
			if v.quoted[ref] == nil {
				v.quoted[ref] = map[string]bool{}
			}
			v.quoted[ref][q.Speaker] = true
		}
		for _, e := range s.Events {
			et := eventTerms{terms: set(terms(an.an, e.Summary+" "+strings.Join(e.Topics, " ")))}
			for _, p := range e.Paragraphs {
				et.refs = append(et.refs, knowledge.Ref{Article: s.Article.ID, Paragraph: p})
			}
			v.events = append(v.events, et)
		}
	}
	if lex.vec != nil {
		for w, t := range v.words {
			if t == "" || isNumberWord(w) {
				continue
			}
			if vec, ok := lex.vec.Vector(w); ok {
				v.vecWords = append(v.vecWords, vecWord{word: w, term: t, vec: vec})
			}
		}
		sort.Slice(v.vecWords, func(i, j int) bool { return v.vecWords[i].word < v.vecWords[j].word })
	}
	return v
}

func set(ts []string) map[string]bool {
	m := make(map[string]bool, len(ts))
	for _, t := range ts {
		m[t] = true
	}
	return m
}

// idf is BM25's inverse document frequency for a term in df paragraphs.
func (v *vocabulary) idf(df int) float64 {
	return math.Log(1 + (float64(v.n)-float64(df)+0.5)/(float64(df)+0.5))
}

// neighbours returns the coverage's words whose vectors are within minCos of
// vec, best first, at most k: the words a reader's word may stand for.
func (v *vocabulary) neighbours(vec wordvec.Vec, self string, minCos float32, k int) []wordvec.Neighbour {
	var out []wordvec.Neighbour
	for _, w := range v.vecWords {
		if w.word == self {
			continue
		}
		if c := vec.Cosine(w.vec); c >= minCos {
			out = append(out, wordvec.Neighbour{Word: w.word, Cosine: c})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Cosine != out[j].Cosine {
			return out[i].Cosine > out[j].Cosine
		}
		return out[i].Word < out[j].Word
	})
	if len(out) > k {
		out = out[:k]
	}
	return out
}

// correct returns the terms of words and names within one edit of t (two
// for long words), for a term the coverage never uses: "zelenksi" finds
// "zelenskyy".
func (v *vocabulary) correct(t string, words map[string]int, names map[string]bool) []string {
	if len([]rune(t)) < 4 {
		return nil
	}
	limit := 1
	if len([]rune(t)) >= 7 {
		limit = 2
	}
	var out []string
	n := len([]rune(t))
	try := func(w string) {
		if m := len([]rune(w)); m < n-limit || m > n+limit {
			return
		}
		if d := knowledge.EditDistance(t, w); d > 0 && d <= limit {
			out = append(out, w)
		}
	}
	for w := range words {
		try(w)
	}
	for w := range names {
		if _, ok := words[w]; !ok {
			try(w)
		}
	}
	sort.Strings(out)
	return out
}

// lexicon is the general knowledge of English the engine brings: word
// vectors and WordNet. Either may be nil, and the engine then does without.
type lexicon struct {
	vec *wordvec.Vectors
	wn  *wordnet.WordNet
}

// opaqueCompound reports whether "first last" is a noun that is not a kind
// of last: the "tank" of "think tank" is no tank.
func (l *lexicon) opaqueCompound(first, last string) bool {
	if l.wn == nil {
		return false
	}
	if lemma, ok := l.wn.NounLemma(last); ok {
		last = lemma
	}
	return l.wn.Opaque(first, last)
}
