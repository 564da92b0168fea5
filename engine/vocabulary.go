package engine

import (
	"cmp"
	"iter"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/engine/wordvec"
	"github.com/coveragebot/coveragebot/knowledge"
)

// vocabulary is what the engine knows of the coverage's words beyond the
// index: how many paragraphs use each term (rare words count more), the
// terms of every paragraph and sentence (how much of a question each one
// answers, and which sentences make the excerpt), and the coverage's words
// that have vectors, for finding the words a question means. It merges the
// articles' parts, which are analyzed once each; terms are numbered and
// sets of them are sorted slices, so that a coverage of 100,000 paragraphs
// costs megabytes, not a map per sentence.
type vocabulary struct {
	n     int // paragraphs in all
	tt    *termTable
	df    []int32 // id → paragraphs the term occurs in
	parts map[string]*part
	// partsAt are the same parts as the score stage reads them.
	partsAt map[string]*partAt
	// ordered are the parts in the order of the sources they were made
	// from, which is the engine's order of its sources: eventsByTerm
	// names an event's article by its place here, not by its id.
	ordered []*part
	// judged are, by place in ordered, the parts that parts names for
	// their articles: the same part but for an article loaded twice,
	// whose quotes are judged by its last.
	judged []*part
	// words maps every folded word of the coverage to its term, and
	// byLength lists those with a term by their length in runes, for
	// the spelling corrections, which compare a word with those of about
	// its length only.
	words    map[string]string
	byLength [][]string
	// irregular maps a base form to the terms of the coverage's irregular
	// forms of it: "lead" to "led", "begin" to "began". The stemmer joins
	// regular forms; WordNet's exception lists join these.
	irregular map[string][]string
	// vecWords are the coverage's words that have vectors, with them;
	// byCluster groups them by their region of the vector space, for
	// coverages too large to scan whole. Each keeps its vectors one after
	// another: a scan then reads memory in order, not rows scattered over
	// the whole table.
	vecWords  wordBlock
	byCluster []wordBlock
	// sortedVec holds byCluster's words in the order of their spelling,
	// each as its place in its cluster's block (above 8 bits) and its
	// cluster (the low 8): startingWith finds the words a prefix starts
	// with one search, not one in each of 256 blocks, whose words lie
	// apart in memory (a word the coverage never uses, looked for as a
	// clip, cost as much as a scan for its neighbours). 4 bytes a word.
	sortedVec []uint32
	// compoundOnly holds the terms that occur only as the last word of a
	// compound that is not a kind of it: "tank" in "think tank".
	compoundOnly map[string]bool
	// eventsByTerm lists the events whose summary or topics use each
	// term, in order of their places in ordered, then in their fact
	// bases: the lists of a topic's terms are merged in that order.
	eventsByTerm map[uint32][]eventKey
	// quotesByTerm lists likewise the quotes whose words or topics use
	// each term, by their positions in their fact bases, of the parts
	// that parts names (Quote judges an article's quotes by that one).
	quotesByTerm map[uint32][]eventKey
	// byRole lists the entities of the fact bases by what their roles say
	// they are (roleNoun): "owner" the "Owner of the dive company
	// Bluefin Divers", as a part and its group of names.
	byRole map[string][]eventKey
	// byRoleWord lists them likewise by the word right before their
	// roles' nouns: "chief" and "opposition" the "Chief executive of
	// Arvelle Air" and the "Opposition party whose…".
	byRoleWord map[string][]eventKey
	// roleNouns are byRole's keys, sorted.
	roleNouns []string
}

// eventKey is an event by its part's place in the vocabulary's ordered
// parts and its position in its fact base: two numbers, which compare
// without reading an article id.
type eventKey struct {
	part, i int32
}

// compareEventKeys orders events as eventsByTerm lists them.
func compareEventKeys(a, b eventKey) int {
	if c := cmp.Compare(a.part, b.part); c != 0 {
		return c
	}
	return cmp.Compare(a.i, b.i)
}

type vecWord struct {
	word string
	vec  wordvec.Vec
}

// wordBlock is words and their vectors, stored together.
type wordBlock struct {
	words []string
	vecs  wordvec.Block
}

func newWordBlock(ws []vecWord) wordBlock {
	b := wordBlock{words: make([]string, len(ws))}
	vecs := make([]wordvec.Vec, len(ws))
	for i, w := range ws {
		b.words[i], vecs[i] = w.word, w.vec
	}
	b.vecs = wordvec.NewBlock(vecs)
	return b
}

type eventTerms struct {
	terms termSet
	// clocks are the times of day its summary gives ("452am" of "at
	// 4:52 a.m.", see clockKey), read from the summary again when a
	// snapshot is loaded: they answer a "what time" question as a
	// paragraph's do, and say which time of its paragraphs is the
	// event's.
	clocks []string
}

// paraInfo is what the vocabulary keeps of one paragraph.
type paraInfo struct {
	text  string
	terms termSet
	sents []sentInfo
	// vecs points at its sentences' vectors, one after another, nVecs
	// values in all: a slice of its part's (or its snapshot's) array of
	// them, which a pointer and a count keep in 12 bytes, not a slice
	// header in every sentence.
	vecs    *int8
	nVecs   uint32
	figures uint8 // bit 1<<figure for each kind of figure it gives
}

// sentInfo is one sentence: its place in the paragraph's text, its terms
// and its bag vector. At 100,000 paragraphs there are some 200,000 of
// them, all in the heap for as long as the coverage is served, and each
// MB of them costs half as much again at the collector's peak: the terms
// are a pointer into the part's array of ids and a count (12 bytes, not a
// 24-byte slice header), and the vector is where it starts among the
// paragraph's (see paraInfo.vector), 32 bytes in all where it was 64.
type sentInfo struct {
	start, end int32
	ids        *uint32 // its terms, nIDs of them: see terms
	nIDs       uint32
	// vecAt is where its vector starts in the paragraph's vecs, vecLen
	// long (0 for none), scale its packedVector's.
	vecAt   uint32
	scale   float32
	vecLen  uint16
	figures uint8 // bit 1<<figure for each kind of figure it gives, as sentenceFigures reads them
}

// terms returns the sentence's terms, as a set.
func (s sentInfo) terms() termSet {
	if s.nIDs == 0 {
		return nil
	}
	return termSet(unsafe.Slice(s.ids, s.nIDs))
}

// setTerms makes t the sentence's terms: t must outlive it, as a slice of
// its part's ids does.
func (s *sentInfo) setTerms(t termSet) {
	s.ids, s.nIDs = nil, uint32(len(t))
	if len(t) > 0 {
		s.ids = &t[0]
	}
}

// vector returns the bag vector of sentence i.
func (p *paraInfo) vector(i int) packedVector {
	s := &p.sents[i]
	if s.vecLen == 0 || p.vecs == nil {
		return packedVector{}
	}
	all := unsafe.Slice(p.vecs, p.nVecs)
	return packedVector{q: all[s.vecAt : s.vecAt+uint32(s.vecLen) : s.vecAt+uint32(s.vecLen)], scale: s.scale}
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

// numberWords are the numbers written in words: stories spell out those
// under ten, and any that starts a sentence ("Fourteen people were
// treated").
var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "dozen": true, "dozens": true, "hundred": true, "hundreds": true,
	"thousand": true, "thousands": true, "million": true, "millions": true, "billion": true, "half": true,
	"third": true, "quarter": true, "fifth": true, "twice": true, "eleven": true, "twelve": true, "twenty": true,
	"thirty": true, "forty": true, "fifty": true, "hundred-thousand": true,
	"fourth": true, "sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true,
	"thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true, "eighteen": true,
	"nineteen": true, "sixty": true, "seventy": true, "eighty": true, "ninety": true, "zero": true,
}

// isNumberWord reports whether a folded word is a number: in figures, in
// words, or in words joined by a hyphen ("twenty-five").
func isNumberWord(w string) bool {
	if numberWords[w] {
		return true
	}
	if a, b, ok := strings.Cut(w, "-"); ok && numberWords[a] && numberWords[b] {
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
func (v *vocabulary) id(term string) uint32 {
	id := v.tt.id(term)
	if int(id) >= len(v.df) {
		return 0 // numbered by a later reload, not in this coverage
	}
	return id
}

// term returns the term of an id.
func (v *vocabulary) term(id uint32) string { return v.tt.term(id) }

// inText reports whether every id is a term some paragraph uses.
func (v *vocabulary) inText(ids []uint32) bool {
	for _, id := range ids {
		if int(id) >= len(v.df) || v.df[id] == 0 {
			return false
		}
	}
	return ids != nil
}

// dfOf is how many paragraphs use a term.
func (v *vocabulary) dfOf(term string) int { return int(v.df[v.id(term)]) }

// set returns the ids of the terms the coverage uses, as a set.
func (v *vocabulary) set(ts []string) termSet {
	ids := make([]uint32, 0, len(ts))
	for _, t := range ts {
		ids = append(ids, v.id(t))
	}
	return toSet(ids)
}

// newVocabulary merges the parts of the coverage's articles.
func newVocabulary(tt *termTable, lex *lexicon, parts []*part) *vocabulary {
	terms, words, wordTerm := tt.tables()
	v := &vocabulary{
		tt: tt, df: make([]int32, len(terms)), parts: lastParts(parts), ordered: parts, words: map[string]string{},
		irregular: map[string][]string{}, compoundOnly: map[string]bool{},
		byRole: map[string][]eventKey{}, byRoleWord: map[string][]eventKey{},
	}
	v.eventsByTerm, v.quotesByTerm = termLists(len(terms), parts, v.parts)
	var wn *wordnet.WordNet
	if lex != nil {
		wn = lex.wn
	}
	inCompound, alone := make([]bool, len(v.df)), make([]bool, len(v.df))
	seen := make([]bool, len(words))
	for k, p := range parts {
		v.n += len(p.paras)
		for i := range p.paras {
			for _, id := range p.paras[i].terms {
				v.df[id]++
			}
		}
		for _, id := range p.words {
			seen[id] = true
		}
		for _, id := range p.inCompound {
			inCompound[id] = true
		}
		for _, id := range p.alone {
			alone[id] = true
		}
		for i, ev := range p.events {
			for _, id := range ev.terms {
				v.eventsByTerm[id] = append(v.eventsByTerm[id], eventKey{int32(k), int32(i)})
			}
		}
	}
	v.partsAt = make(map[string]*partAt, len(v.parts))
	for id, p := range v.parts {
		v.partsAt[id] = newPartAt(p)
	}
	v.judged = make([]*part, len(parts))
	roles := map[string]roleRead{}
	for k, p := range parts {
		v.judged[k] = v.parts[p.article]
		if v.parts[p.article] != p {
			continue // an article loaded twice: its last part is judged
		}
		for i, ts := range p.quotes {
			for _, id := range ts {
				v.quotesByTerm[id] = append(v.quotesByTerm[id], eventKey{int32(k), int32(i)})
			}
		}
		v.addRoles(wn, k, p, roles)
	}
	v.roleNouns = slices.Sorted(maps.Keys(v.byRole))
	for id, ok := range seen {
		if ok {
			w, t := words[id], terms[wordTerm[id]]
			v.words[w] = t
			if t != "" {
				n := utf8.RuneCountInString(w)
				for len(v.byLength) <= n {
					v.byLength = append(v.byLength, nil)
				}
				v.byLength[n] = append(v.byLength[n], w)
			}
		}
	}
	for id, in := range inCompound {
		if in && !alone[id] {
			v.compoundOnly[terms[id]] = true
		}
	}
	if lex.wn != nil {
		for w, t := range v.words {
			for _, base := range lex.wn.Irregular(w) {
				if t != "" && !slices.Contains(v.irregular[base], t) {
					v.irregular[base] = append(v.irregular[base], t)
				}
			}
		}
	}
	if lex.vec != nil {
		var vecWords []vecWord
		for w, t := range v.words {
			if t == "" || isNumberWord(w) {
				continue
			}
			if vec, ok := lex.vec.Vector(w); ok {
				vecWords = append(vecWords, vecWord{word: w, vec: vec})
			}
		}
		v.setVecWords(lex, vecWords)
	}
	return v
}

// setVecWords keeps the words with vectors, whole or by region.
func (v *vocabulary) setVecWords(lex *lexicon, vecWords []vecWord) {
	sort.Slice(vecWords, func(i, j int) bool { return vecWords[i].word < vecWords[j].word })
	if lex.clusters == nil || len(vecWords) <= scanWhole {
		v.vecWords = newWordBlock(vecWords)
		return
	}
	byCluster := make([][]vecWord, lex.clusters.Len())
	v.sortedVec = make([]uint32, 0, len(vecWords))
	for _, w := range vecWords {
		if j, ok := lex.clusters.Of(lex.vec, w.word); ok {
			v.sortedVec = append(v.sortedVec, uint32(len(byCluster[j]))<<8|uint32(j))
			byCluster[j] = append(byCluster[j], w)
		}
	}
	v.byCluster = make([]wordBlock, len(byCluster))
	for j, ws := range byCluster {
		v.byCluster[j] = newWordBlock(ws)
	}
}

// lastParts maps each article to its last part in parts: an article
// loaded twice is the vocabulary's by its last, whose quotes are judged.
func lastParts(parts []*part) map[string]*part {
	last := make(map[string]*part, len(parts))
	for _, p := range parts {
		last[p.article] = p
	}
	return last
}

// termLists returns eventsByTerm's and quotesByTerm's maps, each list
// empty but with room for all it will hold, cut from one array a map:
// counted first, as newVocabulary fills them (last is lastParts(parts)).
// At 100,000 paragraphs growing some 100,000 lists by appending was most
// of the vocabulary's garbage, on the path of a restart.
func termLists(nTerms int, parts []*part, last map[string]*part) (events, quotes map[uint32][]eventKey) {
	evCount, qtCount := make([]int32, nTerms), make([]int32, nTerms)
	for _, p := range parts {
		for _, ev := range p.events {
			for _, id := range ev.terms {
				evCount[id]++
			}
		}
	}
	for _, p := range parts {
		if last[p.article] != p {
			continue // an article loaded twice: its last part is judged
		}
		for _, ts := range p.quotes {
			for _, id := range ts {
				qtCount[id]++
			}
		}
	}
	return sizedLists(evCount), sizedLists(qtCount)
}

// sizedLists makes a map with an empty list of room counts[id] for each id
// counted, the lists cut from one array.
func sizedLists(counts []int32) map[uint32][]eventKey {
	n, total := 0, 0
	for _, c := range counts {
		if c > 0 {
			n++
			total += int(c)
		}
	}
	m := make(map[uint32][]eventKey, n)
	all := make([]eventKey, total)
	for id, c := range counts {
		if c > 0 {
			m[uint32(id)] = all[:0:c]
			all = all[c:]
		}
	}
	return m
}

// scanWhole is the number of words with vectors up to which a coverage's
// words are all compared with a question's; beyond it, only those in the
// probeClusters regions of the vector space nearest to the question word
// (which hold about 98% of its neighbours at cosine 0.6 or more).
const (
	scanWhole     = 2000
	probeClusters = 16
)

// para returns what the vocabulary keeps of a paragraph, nil if none.
func (v *vocabulary) para(ref knowledge.Ref) *paraInfo {
	p := v.parts[ref.Article]
	if p == nil || ref.Paragraph < 1 || ref.Paragraph > len(p.paras) {
		return nil
	}
	return &p.paras[ref.Paragraph-1]
}

// eventsAt returns the events that cite a paragraph.
func (v *vocabulary) eventsAt(ref knowledge.Ref) []*eventTerms {
	return v.article(ref.Article).appendEventsAt(nil, ref.Paragraph)
}

// quoteTerms are the terms of a quote's words and topics, and of what its
// speaker is.
type quoteTerms struct{ words, speaker termSet }

// quotesAt returns the terms of the quotes the fact base puts in a
// paragraph.
func (v *vocabulary) quotesAt(ref knowledge.Ref) []quoteTerms {
	return v.article(ref.Article).appendQuotesAt(nil, ref.Paragraph)
}

// quotedIn reports whether the fact base quotes speaker in a paragraph.
func (v *vocabulary) quotedIn(ref knowledge.Ref, speaker string) bool {
	p := v.parts[ref.Article]
	if p == nil {
		return false
	}
	for _, q := range p.quoted {
		if int(q.para) == ref.Paragraph && q.speaker == speaker {
			return true
		}
	}
	return false
}

// idf is BM25's inverse document frequency for a term in df paragraphs.
func (v *vocabulary) idf(df int) float64 {
	return math.Log(1 + (float64(v.n)-float64(df)+0.5)/(float64(df)+0.5))
}

// neighbours returns the coverage's words whose vectors are within minCos of
// vec, best first, at most k: the words a reader's word may stand for. It
// keeps the best k as it scans (a low minCos lets thousands of words
// through, which were all kept and sorted).
func (v *vocabulary) neighbours(lex *lexicon, vec wordvec.Vec, self string, minCos float32, k int) []wordvec.Neighbour {
	if k <= 0 {
		return nil
	}
	best := wordvec.NewTop(k, farther)
	scan := func(b wordBlock) {
		for i := range b.vecs.Len() {
			// The cosine first: it rules out nearly every word, and costs
			// less than comparing the word with self.
			c := vec.Cosine(b.vecs.At(i))
			if c < minCos || b.words[i] == self {
				continue
			}
			if n := (wordvec.Neighbour{Word: b.words[i], Cosine: c}); best.Wants(n) {
				best.Push(n)
			}
		}
	}
	if v.byCluster == nil {
		scan(v.vecWords)
	} else {
		for _, j := range lex.clusters.Nearest(vec, probeClusters) {
			scan(v.byCluster[j])
		}
	}
	return best.Sorted()
}

// farther orders neighbours: a lower cosine, then a word later in the
// alphabet.
func farther(a, b wordvec.Neighbour) bool {
	if a.Cosine != b.Cosine {
		return a.Cosine < b.Cosine
	}
	return a.Word > b.Word
}

// correct returns the terms of words and names within one edit of a word
// the coverage never uses (two for long words): "zelenksi" finds
// "zelenskyy". Names are compared by their terms, t; other words by how
// they are written, folded: "presidnet" is one swap from "president", but
// four edits from its stem, "presid".
func (v *vocabulary) correct(t, folded string, words bool, names map[string]bool) []string {
	if len([]rune(t)) < 4 {
		return nil
	}
	var out []string
	add := func(term string) {
		if !slices.Contains(out, term) {
			out = append(out, term)
		}
	}
	if words {
		for w := range v.nearWords(folded) {
			add(v.words[w])
		}
	}
	n := len([]rune(t))
	limit := editLimit(n)
	for w := range names {
		if id := v.id(w); words && id != 0 && v.df[id] != 0 {
			continue
		}
		if m := len([]rune(w)); m < n-limit || m > n+limit {
			continue
		}
		if d := knowledge.EditDistance(t, w); d > 0 && d <= limit {
			add(w)
		}
	}
	sort.Strings(out)
	return out
}

// editLimit is how many edits a word typed n runes long may be from the
// word it means: one, or two from seven runes.
func editLimit(n int) int {
	if n >= 7 {
		return 2
	}
	return 1
}

// nearWords yields the coverage's words, with a term some paragraph uses,
// within editLimit edits of a folded word but not it, and how many edits
// each is away. It compares the word only with those of about its length.
func (v *vocabulary) nearWords(folded string) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		n := utf8.RuneCountInString(folded)
		limit := editLimit(n)
		for lo := max(0, n-limit); lo <= n+limit && lo < len(v.byLength); lo++ {
			for _, w := range v.byLength[lo] {
				if v.dfOf(v.words[w]) == 0 {
					continue
				}
				if d := knowledge.EditDistance(folded, w); d > 0 && d <= limit && !yield(w, d) {
					return
				}
			}
		}
	}
}

// nearestWord returns the coverage's word a misspelt one stands for: of
// those within one edit (two for a word of seven letters or more), the
// nearest, and of those the one most paragraphs use, if all the nearest
// share one term ("damage" and "damaged" do); else false. A word farther
// off does not make it doubtful: "scooers" is "scooters", one letter
// left out, though "covers" is two edits away.
func (v *vocabulary) nearestWord(folded string) (string, bool) {
	best, bestD, bestDF, term, doubt := "", 0, 0, "", false
	for w, d := range v.nearWords(folded) {
		t, df := v.words[w], v.dfOf(v.words[w])
		switch {
		case best == "" || d < bestD:
			best, bestD, bestDF, term, doubt = w, d, df, t, false
		case d > bestD:
		case t != term:
			doubt = true // two words it may be
		case df > bestDF || df == bestDF && w < best:
			best, bestDF = w, df
		}
	}
	return best, best != "" && !doubt
}

// lexicon is the general knowledge of English the engine brings: word
// vectors and WordNet. Either may be nil, and the engine then does without.
type lexicon struct {
	vec      *wordvec.Vectors
	clusters *wordvec.Clusters
	wn       *wordnet.WordNet
	// contractions maps a contraction typed without its apostrophe
	// ("doesnt", "whats") to the contraction, and a stop word typed with
	// a letter left out ("hav") to the stop word.
	contractions map[string]string
}

// opaqueCompound reports whether "first last" is a noun that is not a kind
// of last: the "tank" of "think tank" is no tank.
func (l *lexicon) opaqueCompound(first, last string) bool {
	if l.wn == nil || !l.wn.OpaqueFirst(first) {
		return false
	}
	return l.wn.Opaque(first, l.wn.NounLemmaOr(last))
}
