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
// that have vectors, for finding the words a question means. Terms are
// numbered and sets of them are sorted slices, so that a coverage of
// 100,000 paragraphs costs megabytes, not a map per sentence.
type vocabulary struct {
	n     int               // paragraphs in all
	ids   map[string]uint32 // term → id; ids start at 1
	terms []string          // id → term (terms[0] is "")
	df    []int32           // id → paragraphs the term occurs in
	paras map[knowledge.Ref]*paraInfo
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
	// quoted says whose quotes the fact base puts in each paragraph.
	quoted map[knowledge.Ref]map[string]bool
	// events holds the analyzed summary and topics of every event, with
	// the paragraphs that report it: curated plain English with real names,
	// which a question often matches better than a garbled translation.
	events []eventTerms
	// eventsAt lists the events that cite each paragraph.
	eventsAt map[knowledge.Ref][]int32
}

type vecWord struct {
	word string
	term string
	vec  wordvec.Vec
}

type eventTerms struct {
	terms termSet
	refs  []knowledge.Ref
}

// paraInfo is what the vocabulary keeps of one paragraph.
type paraInfo struct {
	text    string
	terms   termSet
	sents   []sentInfo
	figures uint8 // bit 1<<figure for each kind of figure it gives
}

// sentInfo is one sentence: its place in the paragraph's text and its terms.
type sentInfo struct {
	start, end int32
	terms      termSet
}

// sentence returns the text of sentence i.
func (p *paraInfo) sentence(i int) string { return p.text[p.sents[i].start:p.sents[i].end] }

// termSet is a set of term ids, sorted.
type termSet []uint32

// has reports whether the set holds id (never id 0, no term).
func (s termSet) has(id uint32) bool {
	if id == 0 {
		return false
	}
	_, ok := slices.BinarySearch(s, id)
	return ok
}

// union returns the terms of both sets.
func (s termSet) union(t termSet) termSet {
	out := slices.Concat(s, t)
	slices.Sort(out)
	return slices.Compact(out)
}

// toSet sorts ids and drops duplicates and zeros, in place.
func toSet(ids []uint32) termSet {
	slices.Sort(ids)
	ids = slices.Compact(ids)
	if len(ids) > 0 && ids[0] == 0 {
		ids = ids[1:]
	}
	return slices.Clip(termSet(ids))
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

// id returns a term's id, 0 when the coverage never uses it.
func (v *vocabulary) id(term string) uint32 { return v.ids[term] }

// inText reports whether every id is a term some paragraph uses.
func (v *vocabulary) inText(ids []uint32) bool {
	for _, id := range ids {
		if v.df[id] == 0 {
			return false
		}
	}
	return ids != nil
}

// dfOf is how many paragraphs use a term.
func (v *vocabulary) dfOf(term string) int { return int(v.df[v.ids[term]]) }

// intern returns a term's id, numbering it when new.
func (v *vocabulary) intern(term string) uint32 {
	if id, ok := v.ids[term]; ok {
		return id
	}
	id := uint32(len(v.terms))
	v.ids[term] = id
	v.terms = append(v.terms, term)
	v.df = append(v.df, 0)
	return id
}

// set returns the ids of the terms the coverage uses, as a set.
func (v *vocabulary) set(ts []string) termSet {
	ids := make([]uint32, 0, len(ts))
	for _, t := range ts {
		ids = append(ids, v.ids[t])
	}
	return toSet(ids)
}

func newVocabulary(an *analyzer, lex *lexicon, sources []*knowledge.Source) *vocabulary {
	v := &vocabulary{
		ids: map[string]uint32{}, terms: []string{""}, df: []int32{0},
		paras: map[knowledge.Ref]*paraInfo{}, words: map[string]string{},
		quoted: map[knowledge.Ref]map[string]bool{}, eventsAt: map[knowledge.Ref][]int32{},
	}
	inCompound, alone := map[uint32]bool{}, map[uint32]bool{}
	var buf []uint32
	for _, s := range sources {
		for i, p := range s.Article.Paragraphs {
			ref := knowledge.Ref{Article: s.Article.ID, Paragraph: i + 1}
			pi := &paraInfo{text: p}
			var all []uint32
			at := 0
			for _, sent := range knowledge.Sentences(p) {
				start := strings.Index(p[at:], sent) + at
				if start < at {
					start = at // cannot happen: Sentences trims the paragraph's own text
				}
				end := start + len(sent)
				at = end
				ws := readWords(sent, an.term)
				for _, k := range sentenceFigures(sent, ws) {
					pi.figures |= 1 << k
				}
				buf = buf[:0]
				for k, w := range ws {
					v.words[w.folded] = w.term
					if w.term == "" {
						continue
					}
					id := v.intern(w.term)
					buf = append(buf, id)
					if k > 0 && lex.opaqueCompound(ws[k-1].folded, w.folded) {
						inCompound[id] = true
					} else {
						alone[id] = true
					}
				}
				st := toSet(slices.Clone(buf))
				all = append(all, st...)
				pi.sents = append(pi.sents, sentInfo{start: int32(start), end: int32(end), terms: st})
			}
			pi.terms = toSet(all)
			for _, id := range pi.terms {
				v.df[id]++
			}
			v.paras[ref] = pi
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
	for id := range inCompound {
		if !alone[id] {
			v.compoundOnly[v.terms[id]] = true
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
			var ids []uint32
			for _, t := range terms(an.an, e.Summary+" "+strings.Join(e.Topics, " ")) {
				ids = append(ids, v.intern(t)) // a summary's own words count too
			}
			et := eventTerms{terms: toSet(ids)}
			for _, p := range e.Paragraphs {
				ref := knowledge.Ref{Article: s.Article.ID, Paragraph: p}
				et.refs = append(et.refs, ref)
				v.eventsAt[ref] = append(v.eventsAt[ref], int32(len(v.events)))
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
func (v *vocabulary) correct(t string, words bool, names map[string]bool) []string {
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
	if words {
		for _, w := range v.terms[1:] {
			try(w)
		}
	}
	for w := range names {
		if _, ok := v.ids[w]; !ok || !words {
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
	if l.wn == nil || !l.wn.OpaqueFirst(first) {
		return false
	}
	if lemma, ok := l.wn.NounLemma(last); ok {
		last = lemma
	}
	return l.wn.Opaque(first, last)
}
