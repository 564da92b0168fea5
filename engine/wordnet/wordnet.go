// Package wordnet answers the few questions the answer engine asks of
// Princeton WordNet 3.0: which parts of speech a word can be, whether it is
// mostly a noun, whether two nouns name the same thing or one a kind of the
// other (attorney and lawyer, sanction and punishment) rather than siblings
// (civilians and soldiers, Paris and Moscow), and whether a two-word noun
// such as "think tank" is a kind of its last word. Word vectors cannot tell
// siblings from synonyms; this can.
//
// The data is derived by internal/gen/wordnet from Debian's wordnet-base
// package and embedded as it is, uncompressed: it is read in place, where
// the binary is mapped, so that loading it costs neither a decompression
// (some 150 ms of a core, on the path of every start) nor a copy of its
// 10 MB in the heap.
package wordnet

//go:generate go run ../../internal/gen/wordnet -out wordnet.txt

import (
	"bytes"
	_ "embed"
	"fmt"
	"iter"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

// embedded is the file built in. Nothing writes to it: the WordNet made
// from it reads its lines where they are.
//
//go:embed wordnet.txt
var embedded []byte

// Parts of speech, as bits.
const (
	Noun uint8 = 1 << iota
	Verb
	Adjective
	Adverb
)

type lemma struct {
	pos       uint8
	nounTags  int
	otherTags int
	synsets   []int32
	lexfile   int // of the most frequent noun sense
	derived   []string
	synonyms  []string
	// synPOS are the parts of speech of the senses each synonym shares
	// with the lemma, as bits.
	synPOS []uint8
	// synDerived are the words derived from each synonym in the senses
	// it shares with the lemma.
	synDerived [][]string
}

// WordNet is the loaded data: the decompressed text and the offsets of its
// lines, read on demand, so that loading costs one pass over 4 MB and no
// map of 147,000 words. It is immutable and safe for concurrent use.
type WordNet struct {
	text    []byte
	synsets []int32 // line offsets of the synset table
	lemmas  []int32 // line offsets of the lemma table, sorted by lemma
	// opaque holds the two-word nouns that are not kinds of their last
	// word, as "first last" lines, sorted whole.
	opaque wordTable
	// exceptions maps an irregular form to its base forms.
	exceptions wordTable
	// plurals maps a noun's irregular plural to its singulars: the
	// exceptions of nouns alone ("children": child).
	plurals wordTable
	// verbKinds maps a verb of two words to the verbs it is a kind of.
	verbKinds wordTable
	// troponyms maps a verb of one word to the verbs of one word that are
	// kinds of its most frequent sense, one step down.
	troponyms wordTable
	// causes maps a verb of one word to the verbs that cause what its
	// most frequent sense says.
	causes wordTable
	// attributes maps an adjective to the nouns of the attribute its
	// most frequent sense is a value of.
	attributes wordTable
	// antonyms maps an adjective to the words of opposite meaning of its
	// most frequent sense.
	antonyms wordTable
	// groups maps a noun synset to the synsets of the groups its thing
	// is a member of.
	groups map[int32][]int32
	// pertains maps an adjective to the noun synsets it pertains to.
	pertains map[string][]int32
	// homes maps a people's noun or adjective to the words of the named
	// lands it is of ("briton": great_britain); peoples maps back.
	homes   wordTable
	peoples map[string][]string
	// read remembers the lemmas looked up: a question asks of the same
	// few words many times (their parts, senses, kinds, siblings).
	read lemmaCache
	// colls remembers what Collocation found.
	colls collocationCache
	// kinds maps a noun synset to the lemma lines of the two-word nouns
	// a sense of which is a kind of it one step down, built on first use.
	kinds     map[int32][]int32
	kindsOnce sync.Once
	// below holds, for each synset, the synsets one step down from it
	// (those it is a hypernym of), and members the lemma lines of the
	// one-word nouns it is the most frequent sense of: both for Kinds,
	// made on its first use.
	below, members table
	belowOnce      sync.Once
}

// lemmaCache is a map of looked-up lemmas, emptied when it holds
// lemmaCacheMax, so that words no dictionary knows, which readers may type
// without end, cannot make it grow without bound.
type lemmaCache struct {
	mu sync.RWMutex
	m  map[string]lemma
}

const lemmaCacheMax = 1 << 13

var (
	once   sync.Once
	shared *WordNet
	errDef error
)

// Default returns the embedded WordNet, read on first use.
func Default() (*WordNet, error) {
	once.Do(func() { shared, errDef = Parse(embedded) })
	return shared, errDef
}

// wordTables are the sections of the file that map words to words, read
// whole as they come (the others, synsets and lemmas, are indexed by the
// lines' offsets).
var wordTables = map[string]bool{
	"opaque": true, "exceptions": true, "attributes": true, "groups": true, "pertains": true,
	"homelands": true, "verbkinds": true, "causes": true, "troponyms": true, "antonyms": true, "plurals": true,
}

// Parse reads the format that internal/gen/wordnet writes: a comment,
// "synsets N" and N lines of hypernym numbers, then "lemmas M" and M lines of
// lemma, parts of speech, noun and other tag counts, noun synsets, the
// lexicographer file of the first, the derivationally related words and the
// synonyms (each "word:parts of speech", and ":derived,words" when WordNet
// derives words from it in the senses it shares); then "opaque K" and K two-word nouns, "exceptions K" and K
// irregular forms with their base forms, and "attributes K" and K
// adjectives with the nouns of their attribute, "groups K" and K noun
// synsets each with the synsets of the groups it is a member of,
// "pertains K" and K adjectives with the noun synsets they pertain to,
// "homelands K" and K peoples' nouns and adjectives with the named lands
// they are of, "verbkinds K" and K verbs of two words (or of one without
// synonyms) with the verbs they are kinds of, "antonyms K" and K
// adjectives with the words of opposite meaning of their most frequent
// sense, and "plurals K" and K nouns' irregular plurals with their
// singulars. The WordNet keeps text and reads its lines there: the
// caller must not change it.
func Parse(text []byte) (*WordNet, error) {
	wn := &WordNet{text: text}
	var table *[]int32
	want := 0
	for off := 0; off < len(text); {
		end := bytes.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		line := text[off : off+end]
		switch {
		case len(line) > 0 && line[0] == '#':
		case table != nil && len(*table) < want:
			*table = append(*table, int32(off))
		default:
			k, v, _ := strings.Cut(string(line), " ")
			n, err := strconv.Atoi(v)
			if err != nil || k != "synsets" && k != "lemmas" && !wordTables[k] {
				return nil, fmt.Errorf("wordnet: at byte %d: want synsets N, lemmas N, opaque N, exceptions N, attributes N, groups N, pertains N, homelands N, verbkinds N, causes N, troponyms N, antonyms N or plurals N, have %q", off, line)
			}
			if wordTables[k] {
				table = nil
				// The words are substrings of text, not copies of it.
				rest := text[min(off+end+1, len(text)):]
				lines := strings.SplitN(unsafe.String(unsafe.SliceData(rest), len(rest)), "\n", n+1)
				if len(lines) <= n {
					return nil, fmt.Errorf("wordnet: %s: want %d lines, have %d", k, n, len(lines))
				}
				if k == "pertains" {
					wn.pertains = make(map[string][]int32, n)
					for _, c := range lines[:n] {
						w, rest, _ := strings.Cut(c, " ")
						if ns := wn.ints(rest); w != "" && len(ns) > 0 {
							wn.pertains[w] = ns
						} else {
							return nil, fmt.Errorf("wordnet: pertains: bad line %q", c)
						}
					}
				} else if k == "groups" {
					wn.groups = make(map[int32][]int32, n)
					for _, c := range lines[:n] {
						f := wn.ints(c)
						if len(f) < 2 {
							return nil, fmt.Errorf("wordnet: groups: bad line %q", c)
						}
						wn.groups[f[0]] = f[1:]
					}
				} else {
					t, err := newWordTable(text, lines[:n], k == "opaque")
					if err != nil {
						return nil, fmt.Errorf("wordnet: %s: %v", k, err)
					}
					switch k {
					case "opaque":
						wn.opaque = t
					case "exceptions":
						wn.exceptions = t
					case "verbkinds":
						wn.verbKinds = t
					case "causes":
						wn.causes = t
					case "troponyms":
						wn.troponyms = t
					case "antonyms":
						wn.antonyms = t
					case "plurals":
						wn.plurals = t
					case "homelands":
						wn.homes = t
						wn.peoples = map[string][]string{}
						for i := range t.offs {
							w, ps, _ := strings.Cut(t.line(i), " ")
							for p := range strings.FieldsSeq(ps) {
								wn.peoples[p] = append(wn.peoples[p], w)
							}
						}
						for _, ws := range wn.peoples {
							sort.Strings(ws)
						}
					default:
						wn.attributes = t
					}
				}
				for _, l := range lines[:n] {
					end += len(l) + 1
				}
				off += end + 1
				continue
			}
			table, want = &wn.synsets, n
			if k == "lemmas" {
				table = &wn.lemmas
			}
			*table = make([]int32, 0, n)
		}
		off += end + 1
	}
	if len(wn.synsets) == 0 || len(wn.lemmas) == 0 {
		return nil, fmt.Errorf("wordnet: no synsets or no lemmas")
	}
	return wn, nil
}

// line returns the text of the line at off, without its newline.
func (wn *WordNet) line(off int32) []byte {
	l := wn.text[off:]
	if i := bytes.IndexByte(l, '\n'); i >= 0 {
		l = l[:i]
	}
	return l
}

// searchLemmas returns the index of the first lemma line whose name is
// not below w, by binary search. Each step compares w with the name where
// the text has it, reading no further than they agree: finding a probed
// line's end (its synonyms and derived words, a few hundred bytes) and
// then its tab was most of a question's WordNet look-ups.
func (wn *WordNet) searchLemmas(w string) int {
	lo, hi := 0, len(wn.lemmas)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if compareKey(wn.text, int(wn.lemmas[m]), w, '\t') < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// compareKey compares the key of the line of text at off, the bytes up
// to the first sep, newline or end of text, with k, as strings.Compare
// would: -1 when the key sorts before k, 0 when equal, +1 after.
func compareKey[T string | []byte](text T, off int, k string, sep byte) int {
	for i := 0; i < len(k); i++ {
		if off+i >= len(text) {
			return -1
		}
		c := text[off+i]
		if c == sep || c == '\n' {
			return -1 // the key is a prefix of k
		}
		if c != k[i] {
			if c < k[i] {
				return -1
			}
			return +1
		}
	}
	if j := off + len(k); j < len(text) && text[j] != sep && text[j] != '\n' {
		return +1 // k is a prefix of the key
	}
	return 0
}

// lookup finds a lemma by binary search; the zero lemma when unknown.
func (wn *WordNet) lookup(w string) lemma {
	l, ok := wn.cached(w)
	if ok {
		return l
	}
	l = wn.find(w)
	wn.read.mu.Lock()
	if wn.read.m == nil || len(wn.read.m) >= lemmaCacheMax {
		wn.read.m = make(map[string]lemma)
	}
	// A copy: w is often a word of an article's text, and would keep the
	// whole text, or a snapshot's mapped file, for as long as the
	// process-wide cache keeps it.
	wn.read.m[strings.Clone(w)] = l
	wn.read.mu.Unlock()
	return l
}

// Has reports whether WordNet has a lemma, without keeping what it read
// (see lookup): for a pass over many words, most of them looked up once.
func (wn *WordNet) Has(word string) bool { return wn.peek(key(word)).pos != 0 }

// peek is lookup without keeping what it finds.
func (wn *WordNet) peek(w string) lemma {
	if l, ok := wn.cached(w); ok {
		return l
	}
	return wn.find(w)
}

// Forget empties the lookups kept. A load that analyzes a coverage looks
// up every word of its articles, most of them once, and what the cache
// holds at its end, some thousands of lemmas, each a map entry, a copy
// of the word and its synsets, was allocated among the load's own
// garbage: kept, it holds a span of the heap in use for every few small
// objects that outlive the load. At 100,000 paragraphs a reopen in the
// process that had built the coverage found 25-28 MB of its heap
// unused at rest against 12.6 in a fresh process, and its peak RSS
// serving 17-20 MB higher. Questions fill the cache again with their own
// words.
func (wn *WordNet) Forget() {
	wn.read.mu.Lock()
	wn.read.m = nil
	wn.read.mu.Unlock()
	wn.colls.mu.Lock()
	wn.colls.m = nil
	wn.colls.mu.Unlock()
}

// Kept reports whether lookup keeps a lemma for w (see Forget).
func (wn *WordNet) Kept(w string) bool {
	_, ok := wn.cached(w)
	return ok
}

// cached returns the lemma lookup keeps for w, if it keeps one.
func (wn *WordNet) cached(w string) (lemma, bool) {
	wn.read.mu.RLock()
	defer wn.read.mu.RUnlock()
	l, ok := wn.read.m[w]
	return l, ok
}

// posBits are the parts of speech as the lemma table spells them.
var posBits = map[rune]uint8{'n': Noun, 'v': Verb, 'a': Adjective, 'r': Adverb}

// find looks a lemma up in the table by binary search.
func (wn *WordNet) find(w string) lemma {
	i := wn.searchLemmas(w)
	if i == len(wn.lemmas) || compareKey(wn.text, int(wn.lemmas[i]), w, '\t') != 0 {
		return lemma{}
	}
	line := wn.line(wn.lemmas[i])
	// The fields are read in place: the text is WordNet's, which never
	// changes (see Parse), so the words kept are substrings of it, not of
	// a copy of the line, and no slice of fields is made. A question's
	// words not yet read came to ten allocations a look-up.
	f, ok := lemmaFields(unsafe.String(unsafe.SliceData(line), len(line)))
	if !ok {
		return lemma{}
	}
	var l lemma
	for _, p := range f[1] {
		l.pos |= posBits[p]
	}
	l.nounTags, _ = strconv.Atoi(f[2])
	l.otherTags, _ = strconv.Atoi(f[3])
	l.synsets = wn.ints(f[4])
	l.lexfile, _ = strconv.Atoi(f[5])
	l.derived = strings.Fields(f[6])
	syns := strings.Fields(f[7])
	if len(syns) > 0 {
		l.synonyms = make([]string, 0, len(syns))
		l.synPOS = make([]uint8, 0, len(syns))
		l.synDerived = make([][]string, 0, len(syns))
	}
	for _, t := range syns {
		w, rest, _ := strings.Cut(t, ":")
		ps, ds, _ := strings.Cut(rest, ":")
		var bits uint8
		for _, p := range ps {
			bits |= posBits[p]
		}
		l.synonyms = append(l.synonyms, w)
		l.synPOS = append(l.synPOS, bits)
		var derived []string
		if ds != "" {
			derived = strings.Split(ds, ",")
		}
		l.synDerived = append(l.synDerived, derived)
	}
	return l
}

// lemmaFields splits a line of the lemma table at its tabs into its 8
// fields; ok false when it has another number of them.
func lemmaFields(line string) (f [8]string, ok bool) {
	for k := range len(f) - 1 {
		if f[k], line, ok = strings.Cut(line, "\t"); !ok {
			return f, false
		}
	}
	f[len(f)-1] = line
	return f, strings.IndexByte(line, '\t') < 0
}

// hyper returns the hypernyms of synset s.
func (wn *WordNet) hyper(s int32) []int32 { return wn.ints(string(wn.line(wn.synsets[s]))) }

// appendHyper appends the hypernyms of synset s to dst, as hyper reads
// them, reading the line's numbers in place: the walks up the hypernyms
// (within, Siblings) made a string, a slice of fields and a slice of
// numbers of every synset they passed, 2-3 % of /ask's CPU at 100,000
// paragraphs.
func (wn *WordNet) appendHyper(dst []int32, s int32) []int32 {
	return wn.appendNumbers(dst, wn.line(wn.synsets[s]))
}

// synsetNumber reads a field of a synset line as ints does: a number of a
// synset, ok false for anything else.
func (wn *WordNet) synsetNumber(f []byte) (int32, bool) {
	if len(f) == 0 {
		return 0, false
	}
	n := 0
	for _, c := range f {
		if c < '0' || c > '9' || len(f) > 9 {
			// a sign, or anything Atoi may read otherwise
			m, err := strconv.Atoi(string(f))
			return int32(m), err == nil && m >= 0 && m < len(wn.synsets)
		}
		n = n*10 + int(c-'0')
	}
	return int32(n), n < len(wn.synsets)
}

// isSpace reports whether an ASCII byte is one that strings.Fields splits
// at; the synset lines hold no other.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// ints reads synset numbers, dropping any out of range (the generator
// writes none).
func (wn *WordNet) ints(s string) []int32 {
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	// Counted first, so that the numbers take one allocation, not one
	// for each time a slice grows.
	n := 0
	for i := range b {
		if !isSpace(b[i]) && (i == 0 || isSpace(b[i-1])) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	if out := wn.appendNumbers(make([]int32, 0, n), b); len(out) > 0 {
		return out
	}
	return nil
}

// key turns words into WordNet's lemma form: lowercase, joined by "_".
func key(words ...string) string { return strings.ToLower(strings.Join(words, "_")) }

// POS returns the parts of speech a lemma can be, as bits (0 when unknown).
func (wn *WordNet) POS(word string) uint8 { return wn.lookup(key(word)).pos }

// MostlyNoun reports whether a lemma is a noun, and in the tagged corpus was
// seen as a noun at least as often as as anything else: "tank", "refugee",
// "civilian", but not "support" (mostly a verb) or "close".
func (wn *WordNet) MostlyNoun(word string) bool {
	l := wn.lookup(key(word))
	return l.pos&Noun != 0 && l.nounTags >= l.otherTags
}

// concreteFiles are WordNet's lexicographer files of things one can point
// at: animals, artifacts, body parts, food, groups (a population, an army),
// locations, natural objects, people, natural phenomena, plants, states
// (a disease, a drought) and substances.
var concreteFiles = map[int]bool{5: true, 6: true, 8: true, 13: true, 14: true, 15: true, 17: true, 18: true, 19: true, 20: true, 26: true, 27: true}

// Concrete reports whether a noun lemma's most frequent sense is a thing one
// can point at ("tank", "refugee", "hotel", "Paris"), not an act, an idea or
// a relation ("punishment", "reason", "counterpart").
func (wn *WordNet) Concrete(word string) bool {
	return concreteFiles[wn.lookup(key(word)).lexfile]
}

// nameableFiles are the lexicographer files of things a name can be an
// instance of without WordNet knowing it: people, groups (a team, a
// company) and places.
var nameableFiles = map[int]bool{14: true, 15: true, 18: true}

// Nameable reports whether a noun lemma's most frequent sense is a person,
// a group or a place, which a text may name without using the noun ("which
// team" is answered by "Ashford United"), rather than an object such as a
// hotel, which a text about one names as a hotel.
func (wn *WordNet) Nameable(word string) bool {
	return nameableFiles[wn.lookup(key(word)).lexfile]
}

// Act reports whether a noun lemma's most frequent sense is an act
// ("step", "measure", "penalty"), which a text tells by what was done
// rather than by the noun.
func (wn *WordNet) Act(word string) bool { return wn.lookup(key(word)).lexfile == 4 }

// Person reports whether a noun lemma's most frequent sense is a person
// ("adult", "passenger", "driver").
func (wn *WordNet) Person(word string) bool { return wn.lookup(key(word)).lexfile == 18 }

// Animal reports whether a noun lemma's most frequent sense is an animal
// ("wolf", "cub").
func (wn *WordNet) Animal(word string) bool { return wn.lookup(key(word)).lexfile == 5 }

// Place reports whether a noun lemma's most frequent sense is a place
// ("city", "region", "district").
func (wn *WordNet) Place(word string) bool { return wn.lookup(key(word)).lexfile == 15 }

// Quantity reports whether a noun lemma's most frequent sense is a
// quantity or a unit of one ("krona", "mile"), not a sign ("mark").
func (wn *WordNet) Quantity(word string) bool { return wn.lookup(key(word)).lexfile == 23 }

// amountFiles are WordNet's lexicographer files of what is itself an
// amount or a change in one: attributes (a capacity, a deficit), events
// (a rise), groups (a population), processes (inflation), quantities (an
// increase), relations (a ratio) and times (a rate).
var amountFiles = map[int]bool{7: true, 11: true, 14: true, 22: true, 23: true, 24: true, 28: true}

// Amount reports whether a noun lemma's most frequent sense is an amount
// or a change in one (see amountFiles), which any number may tell: "how
// much is the increase" asks no price, but "how much is a ticket" does.
func (wn *WordNet) Amount(word string) bool { return amountFiles[wn.lookup(key(word)).lexfile] }

// Possession reports whether a noun lemma's most frequent sense is
// something owned or paid ("rent", "salary", "price"), not a thing, an
// act or a place ("margin" is first an edge).
func (wn *WordNet) Possession(word string) bool { return wn.lookup(key(word)).lexfile == 21 }

// People reports whether a noun lemma is a person or persons taken
// together ("staff", "people", "workforce"), whose number a count of
// persons gives, and not a body that has members ("company", "team").
func (wn *WordNet) People(word string) bool {
	return wn.Person(word) || wn.KindOf(word, "people", 2) || wn.KindOf(word, "personnel", 2)
}

// detachments are WordNet's rules (morph.c) for the base form of a regular
// inflection, each for the part of speech whose inflection it undoes: a base
// counts only when WordNet knows it as that part ("striker" is no form of
// the adjective "strike", so it is not "strike"). They are tried in order.
var detachments = []struct {
	suffix, base string
	pos          uint8
}{
	{"s", "", Noun}, {"ses", "s", Noun}, {"xes", "x", Noun}, {"zes", "z", Noun}, {"ches", "ch", Noun}, {"shes", "sh", Noun}, {"men", "man", Noun}, {"ies", "y", Noun},
	{"s", "", Verb}, {"ies", "y", Verb}, {"es", "e", Verb}, {"es", "", Verb}, {"ed", "e", Verb}, {"ed", "", Verb}, {"ing", "e", Verb}, {"ing", "", Verb},
	{"er", "", Adjective}, {"est", "", Adjective}, {"er", "e", Adjective}, {"est", "e", Adjective},
}

// Attributes returns the nouns of the attribute that an adjective's most
// frequent sense is a value of: "hot" is a temperature, "deep" a depth,
// "fast" a speed.
func (wn *WordNet) Attributes(adjective string) []string { return wn.attributes.words(adjective) }

// Antonyms returns the words of opposite meaning of an adjective's most
// frequent sense: "closed" gives "open", "safe" "dangerous". Not closed
// is open.
func (wn *WordNet) Antonyms(lemma string) []string { return wn.antonyms.words(lemma) }

// VerbKinds returns the one-word verbs that the most frequent sense of a
// verb of two words or more (its lemma, "kick_off") is a kind of: "start",
// "commence"; or of a verb of one word that no other word of that sense
// stands for ("donate": "give"). Light verbs ("act", "move") are not
// among them, but in a sense of few kinds ("give" as a gift).
func (wn *WordNet) VerbKinds(lemma string) []string { return wn.verbKinds.words(lemma) }

// Troponyms returns the verbs of one word that are kinds of a verb's most
// frequent sense, one step down: "heckle" and "interrupt" of "disrupt",
// "probe" of "investigate", "alert" of "warn". To do one is to do it.
// Nothing for a light verb or a sense of many kinds ("move").
func (wn *WordNet) Troponyms(lemma string) []string { return wn.troponyms.words(lemma) }

// Causes returns the verbs of one word that cause what a verb's most
// frequent sense says: "kill" of "die", "show" of "see". Whoever was
// killed died; what is shown is seen.
func (wn *WordNet) Causes(lemma string) []string { return wn.causes.words(lemma) }

// Irregular returns the base forms WordNet's exception lists give for an
// irregular word form ("led" → "lead"), and nothing for a regular one. It
// costs one binary search of its table.
func (wn *WordNet) Irregular(word string) []string { return wn.exceptions.words(word) }

// Lemmas returns the base forms WordNet knows for a word form, of any part of
// speech: the word itself when it is a lemma, the bases its exception lists
// give ("began" → "begin", "fought" → "fight"), and those of the regular
// detachments ("talks" → "talk", "hoped" → "hope"). Nil when WordNet knows
// no form of it: a name, most likely.
func (wn *WordNet) Lemmas(word string) []string {
	w := strings.ToLower(word)
	var out []string
	add := func(b string) {
		if b != "" && wn.lookup(b).pos != 0 && !slices.Contains(out, b) {
			out = append(out, b)
		}
	}
	add(w)
	for b := range fields(wn.exceptions.rest(w)) {
		add(b)
	}
	// The regular forms of the first part of speech, in WordNet's order
	// (noun, verb, adjective, adverb), that reads the word at all, as
	// morphy does when it is not told the part: "offer" is a noun and a
	// verb, and so no comparative of the adjective "off".
	for _, pos := range []uint8{Noun, Verb, Adjective, Adverb} {
		bases := wn.regular(w, pos)
		for _, b := range bases {
			add(b)
		}
		if len(bases) > 0 || wn.lookup(w).pos&pos != 0 {
			break
		}
	}
	// A verb's participle is its verb's form too, though a noun or an
	// adjective of its own ("heading", "sending", "striking").
	if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		for _, b := range wn.regular(w, Verb) {
			add(b)
		}
	}
	return out
}

// ReadingsOf returns the lemmas of a word form (see Lemmas) that a reader
// means by it: all of them, but the word as a lemma of its own when it is
// also an irregular form of a lemma English uses far more (of which the
// tagged texts showed at least dominantForm times as many senses). "Found" is
// the past of "find" far more often than the verb of founding an
// institute, "saw" of "see" than the tool, "fell" of "fall": their own
// senses' synonyms and derived words ("institute", "proverb") are
// chance. The word itself is still looked for as it is.
func (wn *WordNet) ReadingsOf(word string, lemmas []string) []string {
	if wn == nil {
		return lemmas
	}
	w := strings.ToLower(word)
	own := wn.Tagged(w)
	for b := range fields(wn.exceptions.rest(w)) {
		if b != w && wn.Tagged(b) >= dominantForm*max(own, 1) {
			return slices.DeleteFunc(slices.Clone(lemmas), func(l string) bool { return l == w })
		}
	}
	return lemmas
}

// dominantForm is how many times as many tagged senses a lemma must have
// as a word of its irregular forms that is a lemma too, for the word to
// be read as its form alone (see ReadingsOf): "find" has 13, "found" 4;
// "leave" 16 and "left", of the side and the politics, 8.
const dominantForm = 3

// NounLemmaOr returns the noun lemma of a word form, or the word itself
// when WordNet knows no noun for it.
func (wn *WordNet) NounLemmaOr(word string) string {
	if l, ok := wn.NounLemma(word); ok {
		return l
	}
	return word
}

// NounLemma returns the noun lemma of a word form ("tanks" → "tank",
// "refugees" → "refugee", "ministries" → "ministry"), trying the word itself
// and WordNet's regular detachments; irregular plurals are the lexicon's.
func (wn *WordNet) NounLemma(word string) (string, bool) { return wn.nounLemma(word, wn.lookup) }

// NounLemmaOnce is NounLemma for a pass over many words: it keeps none of
// the lemmas it reads.
func (wn *WordNet) NounLemmaOnce(word string) (string, bool) { return wn.nounLemma(word, wn.peek) }

func (wn *WordNet) nounLemma(word string, lookup func(string) lemma) (string, bool) {
	w := strings.ToLower(word)
	if lookup(w).pos&Noun != 0 {
		return w, true
	}
	// An irregular plural that is no word of its own ("children",
	// "feet"), by the nouns' own exception list.
	if lookup(w).pos == 0 {
		for b := range fields(wn.plurals.rest(w)) {
			if lookup(b).pos&Noun != 0 {
				return b, true
			}
		}
	}
	// Else the exception lists, of all parts of speech at once, are read
	// only for a form ending as a plural that is no word of its own
	// ("thieves", "wives"), so that "went" is no noun "go".
	if strings.HasSuffix(w, "s") && lookup(w).pos == 0 {
		for b := range fields(wn.exceptions.rest(w)) {
			if lookup(b).pos&Noun != 0 {
				return b, true
			}
		}
	}
	for _, r := range [][2]string{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}} {
		if b, ok := strings.CutSuffix(w, r[0]); ok && lookup(b+r[1]).pos&Noun != 0 {
			return b + r[1], true
		}
	}
	return "", false
}

// Related reports whether two noun lemmas share a sense, or a sense of one
// is a kind of a sense of the other within depth hypernym steps: "attorney"
// and "lawyer", "punishment" and "sanction", "capital" and "Paris"; never
// two siblings such as "civilian" and "soldier".
func (wn *WordNet) Related(a, b string, depth int) bool {
	la, lb := wn.lookup(key(a)), wn.lookup(key(b))
	if len(la.synsets) == 0 || len(lb.synsets) == 0 {
		return false
	}
	return wn.within(la.synsets, lb.synsets, depth) || wn.within(lb.synsets, la.synsets, depth)
}

// MemberOf reports whether a sense of the noun lemma member, or a kind
// of thing it is within depth hypernym steps, is a member of the most
// frequent sense of the noun lemma group: a policeman, and so a cop, of
// the police; a juror of a jury. Not a civilian of "people": a citizen
// is a member of the citizenry, which is "people" only in its second
// sense.
func (wn *WordNet) MemberOf(member, group string, depth int) bool {
	a, b := wn.lookup(key(member)), wn.lookup(key(group))
	if len(a.synsets) == 0 || len(b.synsets) == 0 || len(wn.groups) == 0 {
		return false
	}
	// The frontiers are made in two arrays on the stack, in turn: a
	// reader's persons and groups (see the engine's memberOrGroup) ask
	// this of dozens of pairs a question, and each step's new slice was
	// a ninth of the read stage's allocations.
	var bufs [2][16]int32
	frontier := a.synsets
	for d := 0; d <= depth && len(frontier) > 0; d++ {
		next := bufs[d%2][:0]
		for _, s := range frontier {
			for _, g := range wn.groups[s] {
				if g == b.synsets[0] {
					return true
				}
			}
			next = wn.appendHyper(next, s)
		}
		frontier = next
	}
	return false
}

// Pertains reports whether the adjective adj is "of or relating to" a
// sense of the noun lemma noun, or to a thing it is a kind of within depth
// hypernym steps: "rural" to the countryside (a kind of rural area),
// "urban" to a city, "legal" to law.
func (wn *WordNet) Pertains(adj, noun string, depth int) bool {
	to := wn.pertains[strings.ToLower(adj)]
	if len(to) == 0 {
		return false
	}
	n := wn.lookup(key(noun))
	return len(n.synsets) > 0 && wn.within(n.synsets, to, depth)
}

// Homelands returns the words of the named lands (instances of places) a
// people's noun or adjective is of, by WordNet's member and pertainym
// links: "Briton" and "British" of Great Britain, "French" of France,
// "Parisian" of Paris.
func (wn *WordNet) Homelands(lemma string) []string { return wn.homes.words(key(lemma)) }

// Peoples returns the nouns and adjectives of the people of a named land,
// Homelands read back: "russian" of Russia.
func (wn *WordNet) Peoples(land string) []string { return wn.peoples[key(land)] }

// OfKind reports whether the adjective adj is "of or relating to" a
// thing that is a kind (or an instance) of a sense of the noun lemma kind,
// within depth hypernym steps: "French" to France, a country.
func (wn *WordNet) OfKind(adj, kind string, depth int) bool {
	to := wn.pertains[strings.ToLower(adj)]
	if len(to) == 0 {
		return false
	}
	k := wn.lookup(key(kind))
	return len(k.synsets) > 0 && wn.within(to, k.synsets, depth)
}

// KindOf reports whether a sense of the noun lemma kind is a kind (or an
// instance) of a sense of of, within depth hypernym steps: a president is a
// leader, Saturday is a day, Paris is a capital.
func (wn *WordNet) KindOf(kind, of string, depth int) bool {
	a, b := wn.lookup(key(kind)), wn.lookup(key(of))
	return len(a.synsets) > 0 && len(b.synsets) > 0 && wn.within(a.synsets, b.synsets, depth)
}

// KindOfMain is KindOf of the noun lemma of's most frequent sense alone:
// a fine is a kind of penalty, but a "left" is no kind of the "position"
// a reader means.
func (wn *WordNet) KindOfMain(kind, of string, depth int) bool {
	a, b := wn.lookup(key(kind)), wn.lookup(key(of))
	return len(a.synsets) > 0 && len(b.synsets) > 0 && wn.within(a.synsets, b.synsets[:1], depth)
}

// SoleKindOf reports whether a sense of the noun lemma kind is a kind of
// a sense of of, one hypernym step up, and of nothing else: a mum is a
// mother and a dad a father; a woman is an adult, but a female too, and
// "adult" alone says less of her.
func (wn *WordNet) SoleKindOf(kind, of string) bool {
	a, b := wn.lookup(key(kind)), wn.lookup(key(of))
	for _, s := range a.synsets {
		if h := wn.hyper(s); len(h) == 1 && slices.Contains(b.synsets, h[0]) {
			return true
		}
	}
	return false
}

// MainKindOf is KindOf of both lemmas' most frequent senses alone: a
// company is a kind of organisation, but a group (first of all any
// number of things taken together) and a law are not, though a sense of
// each is.
func (wn *WordNet) MainKindOf(kind, of string, depth int) bool {
	a, b := wn.lookup(key(kind)), wn.lookup(key(of))
	return len(a.synsets) > 0 && len(b.synsets) > 0 && wn.within(a.synsets[:1], b.synsets[:1], depth)
}

// within reports whether some synset of from reaches some synset of to in at
// most depth hypernym steps (0 steps: they share a synset).
func (wn *WordNet) within(from, to []int32, depth int) bool {
	// A word has a few senses and each a hypernym or two, so the synsets
	// met are few: looked for in a slice on the stack, not put in maps
	// (which were most of what the read stage allocated).
	// Each level is written into one of two arrays while the level before
	// is read from the other.
	var seenBuf [32]int32
	var levels [2][32]int32
	seen := seenBuf[:0]
	frontier := from
	for d := 0; d <= depth && len(frontier) > 0; d++ {
		next := levels[d%2][:0]
		for _, s := range frontier {
			if slices.Contains(to, s) {
				return true
			}
			if slices.Contains(seen, s) {
				continue
			}
			seen = append(seen, s)
			next = wn.appendHyper(next, s)
		}
		frontier = next
	}
	return false
}

// Collocation reports whether two words or more are one of WordNet's
// lemmas of that many words, and which: its parts of speech and its key.
// Each is inflected as its part of speech is: a noun on its last word
// ("prime ministers"), a verb on its first ("gaining ground", "getting rid
// of"). "lower ranking" is then no form of the noun "lower rank":
// "ranking" is a verb's form, not a noun's.
func (wn *WordNet) Collocation(words ...string) (uint8, string) {
	if len(words) < 2 {
		return 0, ""
	}
	// The words as the cache knows them, made on the stack: a reader
	// asks of every two words of a question that may be one, most of
	// which are not, and the same pairs ("did say", "say about") come
	// back question after question.
	var kb [64]byte
	k := kb[:0]
	for i, w := range words {
		if i > 0 {
			k = append(k, 0) // (no word has it)
		}
		k = append(k, w...)
	}
	wn.colls.mu.RLock()
	c, ok := wn.colls.m[string(k)]
	wn.colls.mu.RUnlock()
	if ok {
		return c.pos, c.key
	}
	c.pos, c.key = wn.collocation(words)
	wn.colls.mu.Lock()
	if wn.colls.m == nil || len(wn.colls.m) >= collocationCacheMax {
		wn.colls.m = make(map[string]collocation)
	}
	wn.colls.m[string(k)] = c
	wn.colls.mu.Unlock()
	return c.pos, c.key
}

// collocationCache remembers what Collocation found for some words (a
// miss too), emptied when it holds collocationCacheMax, as lemmaCache is.
type collocationCache struct {
	mu sync.RWMutex
	m  map[string]collocation
}

// collocation is what Collocation returns.
type collocation struct {
	pos uint8
	key string
}

const collocationCacheMax = 1 << 12

// collocation is Collocation, looked up afresh.
func (wn *WordNet) collocation(words []string) (uint8, string) {
	ws := make([]string, len(words))
	for i, w := range words {
		ws[i] = strings.ToLower(w)
	}
	first, last := ws[0], ws[len(ws)-1]
	// Every key tried below starts with the first word as it is (a noun,
	// an adjective, an adverb) or with a verb's base of it, then "_": when
	// no lemma starts so, one binary search each says the words are no
	// collocation, without the look-ups of the last word's bases (most
	// pairs a reader asks of, "did say", are none, and each look-up
	// missed was kept in the lemma cache).
	if !wn.startsLemma(first + "_") {
		verbs := wn.lemmasAs(first, Verb)
		if !slices.ContainsFunc(verbs, func(a string) bool { return a != first && wn.startsLemma(a+"_") }) {
			return 0, ""
		}
	}
	for _, b := range wn.lemmasAs(last, Noun) {
		k := key(append(ws[:len(ws)-1:len(ws)-1], b)...)
		if l := wn.lookup(k); l.pos&Noun != 0 {
			return Noun, k
		}
	}
	// An idiom's possessive is WordNet's "one's" or "someone's", and its
	// reflexive "oneself": "make up her mind" is "make up one's mind",
	// "pull his leg" "pull someone's leg", "help themselves" "help
	// oneself".
	for _, rest := range idiomForms(ws[1:]) {
		for _, a := range wn.lemmasAs(first, Verb) {
			k := key(append([]string{a}, rest...)...)
			if l := wn.lookup(k); l.pos&Verb != 0 {
				return Verb, k
			}
		}
	}
	// Adjectives and adverbs of two words are not inflected.
	if l := wn.lookup(key(ws...)); l.pos&(Adjective|Adverb) != 0 {
		return l.pos & (Adjective | Adverb), key(ws...)
	}
	return 0, ""
}

// startsLemma reports whether some lemma's name starts with p: one
// binary search of the sorted lemma lines, as find's.
func (wn *WordNet) startsLemma(p string) bool {
	i := wn.searchLemmas(p)
	if i == len(wn.lemmas) {
		return false
	}
	name, _, _ := bytes.Cut(wn.line(wn.lemmas[i]), []byte{'\t'})
	return bytes.HasPrefix(name, []byte(p))
}

// idiomForms returns the words after an idiom's verb as they are, and,
// when a possessive determiner or a reflexive pronoun is among them, as
// WordNet writes its idioms: with "one's", with "someone's", "oneself".
func idiomForms(rest []string) [][]string {
	forms := [][]string{rest}
	if !slices.ContainsFunc(rest, func(w string) bool { return possessives[w] || reflexives[w] }) {
		return forms
	}
	for _, whose := range []string{"one's", "someone's"} {
		f := slices.Clone(rest)
		for i, w := range f {
			switch {
			case possessives[w]:
				f[i] = whose
			case reflexives[w]:
				f[i] = "oneself"
			}
		}
		forms = append(forms, f)
	}
	return forms
}

// Possessive reports whether a word is a possessive determiner ("her
// parents", "their demands"), which an idiom's "one's" stands for.
func Possessive(w string) bool { return possessives[w] }

// possessives are the possessive determiners an idiom's "one's" stands
// for, and reflexives the pronouns its "oneself" does.
var (
	possessives = map[string]bool{"my": true, "your": true, "his": true, "her": true, "its": true, "our": true, "their": true}
	reflexives  = map[string]bool{"myself": true, "yourself": true, "himself": true, "herself": true, "itself": true, "ourselves": true, "yourselves": true, "themselves": true}
)

// Tagged returns how often a lemma was tagged, in any of its senses, in
// the texts WordNet's senses were counted on: which of two readings of
// the same words English uses more.
func (wn *WordNet) Tagged(lemma string) int {
	l := wn.lookup(key(lemma))
	return l.nounTags + l.otherTags
}

// lemmasAs returns the word and the base forms of it as an inflection of
// one part of speech, those WordNet knows as that part.
func (wn *WordNet) lemmasAs(w string, pos uint8) []string {
	out := []string{w}
	add := func(b string) {
		if b != "" && wn.lookup(b).pos&pos != 0 && !slices.Contains(out, b) {
			out = append(out, b)
		}
	}
	for b := range fields(wn.exceptions.rest(w)) {
		add(b)
	}
	for _, b := range wn.regular(w, pos) {
		add(b)
	}
	return out
}

// regular returns the bases that WordNet's detachment rules for one part of
// speech give a word, those WordNet knows as that part, in the rules'
// order. As morph.c, a noun ending in "ss" is no plural ("boss" is not
// "bos").
func (wn *WordNet) regular(w string, pos uint8) []string {
	var out []string
	for _, r := range detachments {
		if r.pos != pos || pos == Noun && strings.HasSuffix(w, "ss") {
			continue
		}
		if b, ok := strings.CutSuffix(w, r.suffix); ok && b != "" && wn.lookup(b+r.base).pos&pos != 0 && !slices.Contains(out, b+r.base) {
			out = append(out, b+r.base)
		}
	}
	return out
}

// Derived returns the words WordNet relates to a lemma by derivation, of any
// part of speech: "leader" gives "lead", "protester" gives "protest".
func (wn *WordNet) Derived(lemma string) []string { return wn.lookup(key(lemma)).derived }

// Synonyms returns the words that share a lemma's most frequent sense of
// each part of speech, or have it as theirs: "disagree" gives
// "dissent", "back" gives "support". Two-word synonyms come joined by "_".
func (wn *WordNet) Synonyms(lemma string) []string { return wn.lookup(key(lemma)).synonyms }

// SynonymDerived returns the words WordNet derives from a synonym of a
// lemma in the senses the two share, not in the synonym's others:
// "police" is "law", the force, but no "lawyer", who is of the law that is
// a profession; "find" is "detect", and so "detection".
func (wn *WordNet) SynonymDerived(lemma, syn string) []string {
	l := wn.lookup(key(lemma))
	if i := slices.Index(l.synonyms, syn); i >= 0 {
		return l.synDerived[i]
	}
	return nil
}

// SynonymsAs returns the synonyms of a lemma that share a sense of one of
// the parts of speech pos (bits: Noun, Verb…) with it; all of them for 0.
// "Face" as a verb is "confront", not "typeface".
func (wn *WordNet) SynonymsAs(lemma string, pos uint8) []string {
	l := wn.lookup(key(lemma))
	if pos == 0 {
		return l.synonyms
	}
	var out []string
	for i, w := range l.synonyms {
		if l.synPOS[i]&pos != 0 {
			out = append(out, w)
		}
	}
	return out
}

// OpaqueFirst reports whether some opaque two-word noun starts with first:
// the cheap test before looking a pair up.
func (wn *WordNet) OpaqueFirst(first string) bool { return wn.opaque.hasPrefix(first + " ") }

// Opaque reports whether "first last" (folded words, the last one singular)
// is a noun of its own that is not a kind of its last word: a "think tank"
// is no tank. It costs one binary search of its table.
func (wn *WordNet) Opaque(first, last string) bool {
	_, ok := wn.opaque.find(first + " " + last)
	return ok
}

// Compound says whether "first last" is a noun of its own in WordNet, and if
// so whether it is a kind of its last word within five hypernym steps, as
// the generator's opaque list is not (a "front line" is a line, a "farm
// worker" a worker; a "think tank" is not a tank).
func (wn *WordNet) Compound(first, last string) (known, kindOfLast bool) {
	c := wn.lookup(key(first, last))
	if len(c.synsets) == 0 {
		return false, false
	}
	head := wn.lookup(key(last))
	return true, len(head.synsets) > 0 && wn.within(c.synsets, head.synsets, 5)
}

// Siblings reports whether two nouns are different kinds of one thing, each
// within depth hypernym steps of a common ancestor, without one being the
// other (civilians and soldiers are both people; Paris and Moscow are both
// capitals). Word vectors place such words close together; answering a
// question about one with the other is wrong.
func (wn *WordNet) Siblings(a, b string, depth int) bool {
	la, lb := wn.lookup(key(a)), wn.lookup(key(b))
	if len(la.synsets) == 0 || len(lb.synsets) == 0 || wn.Related(a, b, depth) {
		return false
	}
	// The synsets each reaches, in arrays on the stack as within keeps
	// them.
	up := func(seen []int32, from []int32) []int32 {
		var levels [2][32]int32
		frontier := from
		for d := 0; d <= depth && len(frontier) > 0; d++ {
			next := levels[d%2][:0]
			for _, s := range frontier {
				if !slices.Contains(seen, s) {
					seen = append(seen, s)
					next = wn.appendHyper(next, s)
				}
			}
			frontier = next
		}
		return seen
	}
	var bufA, bufB [64]int32
	ua, ub := up(bufA[:0], la.synsets), up(bufB[:0], lb.synsets)
	for _, s := range ua {
		if slices.Contains(ub, s) {
			return true
		}
	}
	return false
}

// Prepare makes the indexes that TwoWordKinds and Kinds make on their
// first call, so that a caller that has time before its first question
// can make them then.
func (wn *WordNet) Prepare() {
	wn.kindsOnce.Do(wn.indexKinds)
	wn.belowOnce.Do(wn.indexBelow)
}

// TwoWordKinds returns the nouns of two words ("heat_exhaustion") a sense
// of which is a kind of a sense of the noun lemma one step down
// ("heatstroke"): a text that writes of heat exhaustion writes of a kind of
// heatstroke, though no vector of one word is near it.
func (wn *WordNet) TwoWordKinds(lemma string) []string {
	wn.kindsOnce.Do(wn.indexKinds)
	var out []string
	for _, s := range wn.lookup(key(lemma)).synsets {
		for _, off := range wn.kinds[s] {
			name, _, _ := bytes.Cut(wn.line(off), []byte{'\t'})
			if n := string(name); !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// indexKinds fills kinds from one pass over the lemmas of two words, read
// in place as indexBelow reads them.
func (wn *WordNet) indexKinds() {
	wn.kinds = map[int32][]int32{}
	var senses, hypers []int32
	for _, off := range wn.lemmas {
		name, field, ok := lemmaSenses(wn.line(off))
		if !ok || bytes.Count(name, []byte{'_'}) != 1 {
			continue
		}
		senses = wn.appendNumbers(senses[:0], field)
		for _, s := range senses {
			hypers = wn.appendHyper(hypers[:0], s)
			for _, h := range hypers {
				wn.kinds[h] = append(wn.kinds[h], off)
			}
		}
	}
}

// Kinds returns the nouns of one word whose most frequent sense is a kind
// of a sense of the noun lemma, within depth steps down, nearest first: a
// "hydrologist" is a kind of "scientist" two steps down, a "shareholder" a
// kind of "investor". Not a word that is such a kind only in a rarer
// sense: a "court" is first of all no hotel, nor "bacon" a scientist. The
// lemma itself is not among them.
func (wn *WordNet) Kinds(lemma string, depth int) []string {
	wn.belowOnce.Do(wn.indexBelow)
	var out []string
	seen := map[int32]bool{}
	level := wn.lookup(key(lemma)).synsets
	for range depth {
		var next []int32
		for _, s := range level {
			for _, k := range wn.below.of(s) {
				if seen[k] {
					continue
				}
				seen[k] = true
				next = append(next, k)
				for _, off := range wn.members.of(k) {
					name, _, _ := bytes.Cut(wn.line(off), []byte{'\t'})
					if n := string(name); n != lemma && !slices.Contains(out, n) {
						out = append(out, n)
					}
				}
			}
		}
		level = next
	}
	return out
}

// indexBelow fills below and members from two passes over the lemmas of
// one word, read in place: 150,000 lemma lines split into fields twice
// were tens of megabytes of garbage for a serving bot's heap.
func (wn *WordNet) indexBelow() {
	n := len(wn.synsets)
	below, members := newTableBuilder(n), newTableBuilder(n)
	hyperDone := make([]bool, n)
	var senses, hypers []int32
	for pass := range 2 {
		clear(hyperDone)
		for _, off := range wn.lemmas {
			name, field, ok := lemmaSenses(wn.line(off))
			if !ok || bytes.IndexByte(name, '_') >= 0 {
				continue
			}
			senses = wn.appendNumbers(senses[:0], field)
			for i, s := range senses {
				if !hyperDone[s] {
					hyperDone[s] = true
					hypers = wn.appendHyper(hypers[:0], s)
					for _, h := range hypers {
						below.put(pass, h, s)
					}
				}
				if i == 0 {
					members.put(pass, s, off)
				}
			}
		}
		below.endPass(pass)
		members.endPass(pass)
	}
	wn.below, wn.members = below.table, members.table
}

// lemmaSenses returns the name (the first field) and the synsets (the
// fifth) of a lemma line of eight tab-separated fields.
func lemmaSenses(line []byte) (name, senses []byte, ok bool) {
	for i := 0; i < 8; i++ {
		f, rest, found := bytes.Cut(line, []byte{'\t'})
		switch i {
		case 0:
			name = f
		case 4:
			senses = f
		}
		if !found {
			return name, senses, i == 7
		}
		line = rest
	}
	return nil, nil, false
}

// appendNumbers appends the synset numbers of a line, or of a field of
// one, to dst, as ints reads them, in place.
func (wn *WordNet) appendNumbers(dst []int32, f []byte) []int32 {
	for len(f) > 0 {
		i := 0
		for i < len(f) && isSpace(f[i]) {
			i++
		}
		j := i
		for j < len(f) && !isSpace(f[j]) {
			j++
		}
		if n, ok := wn.synsetNumber(f[i:j]); ok {
			dst = append(dst, n)
		}
		f = f[j:]
	}
	return dst
}

// table maps each of n keys (0 to n-1) to a list of values, all in one
// array: the values of key k are values[start[k]:start[k+1]].
type table struct{ start, values []int32 }

// of returns the values of key k.
func (t table) of(k int32) []int32 {
	if k < 0 || int(k)+1 >= len(t.start) {
		return nil
	}
	return t.values[t.start[k]:t.start[k+1]]
}

// tableBuilder makes a table in two passes over the same puts: the first
// counts each key's values, the second places them.
type tableBuilder struct {
	table
	next []int32
}

func newTableBuilder(n int) *tableBuilder {
	return &tableBuilder{table: table{start: make([]int32, n+1)}}
}

func (b *tableBuilder) put(pass int, k, v int32) {
	if pass == 0 {
		b.start[k+1]++
		return
	}
	b.values[b.next[k]] = v
	b.next[k]++
}

func (b *tableBuilder) endPass(pass int) {
	if pass != 0 {
		b.next = nil
		return
	}
	for k := 1; k < len(b.start); k++ {
		b.start[k] += b.start[k-1]
	}
	b.values = make([]int32, b.start[len(b.start)-1])
	b.next = slices.Clone(b.start[:len(b.start)-1])
}

// wordTable is a section of the file that maps a word to words ("led
// lead"), read where it lies: the offsets of its lines in the text, sorted
// by their first word (by the whole line when whole), and found by binary
// search. Maps of the sections' 60,000 lines held some 4 MB of the heap
// for as long as the process serves, and each MB kept costs half as much
// again at the collector's peak; the offsets take 4 bytes a line.
type wordTable struct {
	text  string
	offs  []int32
	whole bool
}

// newWordTable indexes lines, substrings of text, by their first word, or
// whole: an error when two have the same key.
func newWordTable(text []byte, lines []string, whole bool) (wordTable, error) {
	t := wordTable{text: unsafe.String(unsafe.SliceData(text), len(text)), offs: make([]int32, len(lines)), whole: whole}
	base := uintptr(unsafe.Pointer(unsafe.SliceData(text)))
	for i, l := range lines {
		if l == "" {
			return wordTable{}, fmt.Errorf("empty line %d", i)
		}
		t.offs[i] = int32(uintptr(unsafe.Pointer(unsafe.StringData(l))) - base)
	}
	slices.SortFunc(t.offs, func(a, b int32) int { return strings.Compare(t.key(t.lineAt(a)), t.key(t.lineAt(b))) })
	for i := 1; i < len(t.offs); i++ {
		if k := t.key(t.line(i)); k == t.key(t.line(i-1)) {
			return wordTable{}, fmt.Errorf("%q twice", k)
		}
	}
	return t, nil
}

// lineAt returns the line at off, without its newline.
func (t *wordTable) lineAt(off int32) string {
	l := t.text[off:]
	if i := strings.IndexByte(l, '\n'); i >= 0 {
		l = l[:i]
	}
	return l
}

// line returns the i-th line in the table's order.
func (t *wordTable) line(i int) string { return t.lineAt(t.offs[i]) }

// key returns what a line is found by.
func (t *wordTable) key(l string) string {
	if t.whole {
		return l
	}
	k, _, _ := strings.Cut(l, " ")
	return k
}

// search returns the index of the first line whose key is not below k.
func (t *wordTable) search(k string) int {
	sep := byte(' ')
	if t.whole {
		sep = '\n'
	}
	lo, hi := 0, len(t.offs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if compareKey(t.text, int(t.offs[m]), k, sep) < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// find returns the rest of the line whose key is k, after the key and its
// space.
func (t *wordTable) find(k string) (string, bool) {
	i := t.search(k)
	if i == len(t.offs) {
		return "", false
	}
	l := t.line(i)
	key := t.key(l)
	if key != k {
		return "", false
	}
	return strings.TrimPrefix(l[len(key):], " "), true
}

// words returns the words k maps to, nil for none.
func (t *wordTable) words(k string) []string {
	rest, ok := t.find(k)
	if !ok {
		return nil
	}
	return strings.Fields(rest)
}

// rest returns what follows k's key on its line, the words it maps to:
// "" for none. Range over fields(rest) to read them without a slice.
func (t *wordTable) rest(k string) string {
	r, _ := t.find(k)
	return r
}

// fields yields the words of s, split at single spaces as the file
// writes them: small enough to be inlined, so that ranging over it
// allocates nothing, where strings.FieldsSeq's closures escaped.
func fields(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for s != "" {
			var w string
			w, s, _ = strings.Cut(s, " ")
			if w != "" && !yield(w) {
				return
			}
		}
	}
}

// hasPrefix reports whether a line starts with p: the lines that do follow
// one another in a table sorted whole.
func (t *wordTable) hasPrefix(p string) bool {
	i := t.search(p)
	return i < len(t.offs) && strings.HasPrefix(t.line(i), p)
}
