// Command wordnet derives engine/wordnet's data file from Princeton WordNet
// 3.0 as Debian's wordnet-base package installs it: every noun synset with
// its hypernyms (instance hypernyms included), and every lemma of any part
// of speech with its parts of speech, how often its noun and other senses
// were seen in the tagged corpus, its noun synsets and the lexicographer file
// of its most frequent noun sense (18 noun.person, 6 noun.artifact…) and its
// derivationally related words ("leader": "lead") and its synonyms from its
// most frequent sense of each part of speech, both ways, each with the words
// derived from it in the sense it shares ("police": law, with no "lawyer")
// ("disagree": "dissent"; of two words at most, or more for the acronym of
// them: "cfo": "chief financial officer"), and a verb of two words of
// few senses also its synonyms from the others ("find_out": learn); last,
// the two-word
// nouns that are not a kind of their last word ("think tank"), the
// exception lists (irregular forms with their base forms), and the
// attribute each adjective's most frequent sense is a value of ("hot":
// temperature), and what each verb of two words, or of one that no other
// word of its most frequent sense stands for, is a kind of ("kick_off":
// start; "donate": give), the verbs that cause what each verb of one word
// says in its most frequent sense ("die": kill; "see": show), the kinds
// of each verb's most frequent sense one step down ("warn": alert), and the
// antonyms of each adjective's most frequent sense ("closed": open), and
// the irregular plurals of nouns alone ("children": child). The
// output is text, deterministic byte for byte for the same input; it is
// not compressed, so that the engine reads it in place at start.
//
//	apt-get install wordnet-base
//	go run ./internal/gen/wordnet [-dict /usr/share/wordnet] [-out engine/wordnet/wordnet.txt]
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

func main() {
	dict := flag.String("dict", "/usr/share/wordnet", "WordNet's dict directory")
	out := flag.String("out", "engine/wordnet/wordnet.txt", "file to write")
	flag.Parse()
	if err := run(*dict, *out); err != nil {
		fmt.Fprintln(os.Stderr, "wordnet:", err)
		os.Exit(1)
	}
}

// topSenses is how many of a word's most frequent senses, per part of
// speech, give it synonyms: further senses are rare and would bring noise.
const topSenses = 1

// phrasalSenses is how many senses a verb of two words may have for all of
// them to give it synonyms, not its first alone. Such a verb is seldom
// tagged, so its first sense is no more frequent than the others, and each
// of its few senses is specific: "find out" is also "learn" and
// "discover", "take over" also "adopt". One of more senses ("give up",
// twelve; "pick up", sixteen) is as vague as a light verb.
const phrasalSenses = 8

// acronymOf reports whether w is the acronym of the words of m: "cfo" of
// "chief_financial_officer". A synonym of three words or more is kept for
// its acronym alone.
func acronymOf(w, m string) bool {
	var initials []byte
	for _, part := range strings.Split(m, "_") {
		if part == "" {
			return false
		}
		initials = append(initials, part[0])
	}
	return len(w) >= 2 && string(initials) == w
}

type synsetKey struct{ pos, off string }

type lemma struct {
	senses      []synsetKey
	pos         map[byte]bool
	nounTags    int
	otherTags   int
	nounSynsets []string // offsets
	// rarer are the further senses of a verb of two words of at most
	// phrasalSenses senses, which give it synonyms too (not it to them).
	rarer []synsetKey
}

// firstVerb returns the offset of a lemma's most frequent verb sense,
// and whether it has one.
func (l *lemma) firstVerb() (string, bool) {
	at := slices.IndexFunc(l.senses, func(k synsetKey) bool { return k.pos == "v" })
	if at < 0 {
		return "", false
	}
	return l.senses[at].off, true
}

func run(dict, out string) error {
	lemmas := map[string]*lemma{}
	get := func(w string) *lemma {
		l := lemmas[w]
		if l == nil {
			l = &lemma{pos: map[byte]bool{}}
			lemmas[w] = l
		}
		return l
	}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		err := eachLine(filepath.Join(dict, "index."+pos), func(f []string) error {
			// lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
			if len(f) < 4 {
				return fmt.Errorf("short index line %q", strings.Join(f, " "))
			}
			nsyn, err1 := strconv.Atoi(f[2])
			np, err2 := strconv.Atoi(f[3])
			if err1 != nil || err2 != nil || len(f) < 6+np+nsyn {
				return fmt.Errorf("bad index line %q", strings.Join(f, " "))
			}
			tags, err := strconv.Atoi(f[5+np])
			if err != nil {
				return fmt.Errorf("bad tag count in %q", strings.Join(f, " "))
			}
			l := get(f[0])
			l.pos[posLetter[pos][0]] = true
			for _, off := range f[6+np : 6+np+min(nsyn, topSenses)] {
				l.senses = append(l.senses, synsetKey{posLetter[pos], off})
			}
			if pos == "verb" && strings.Contains(f[0], "_") && nsyn <= phrasalSenses {
				for _, off := range f[6+np+min(nsyn, topSenses) : 6+np+nsyn] {
					l.rarer = append(l.rarer, synsetKey{posLetter[pos], off})
				}
			}
			if pos == "noun" {
				l.nounTags += tags
				l.nounSynsets = append(l.nounSynsets, f[6+np:6+np+nsyn]...)
			} else {
				l.otherTags += tags
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	hyper := map[string][]string{}
	groups := map[string][]string{}
	lexfile := map[string]string{}
	named := map[string]bool{} // the synsets of instances: Paris, France, not a city
	err := eachLine(filepath.Join(dict, "data.noun"), func(f []string) error {
		// offset lex_filenum ss_type w_cnt word lex_id ... p_cnt ptr... | gloss
		if len(f) < 4 {
			return fmt.Errorf("short data line")
		}
		i, np, err := pointersOf(f)
		if err != nil {
			return err
		}
		var hs []string
		for p := 0; p < np; p++ {
			sym, off, pos := f[i+1+4*p], f[i+2+4*p], f[i+3+4*p]
			if (sym == "@" || sym == "@i") && pos == "n" {
				hs = append(hs, off)
			}
			if sym == "@i" && pos == "n" {
				named[f[0]] = true
			}
			if sym == "#m" && pos == "n" {
				groups[f[0]] = append(groups[f[0]], off)
			}
		}
		hyper[f[0]] = hs
		lexfile[f[0]] = f[1]
		return nil
	})
	if err != nil {
		return err
	}
	derived, senseDerived, members, err := derivations(dict)
	if err != nil {
		return err
	}
	// synonyms lists each lemma's synonyms, each with the parts of speech
	// of the senses they share ("dissent:v" of "disagree") and the words
	// derived from the synonym in those senses alone: "police" is "law"
	// in the sense of the force, whose "law" has no "lawyer" (that is the
	// law of the profession).
	synonyms := map[string][]string{}
	synPOS := map[string]map[string]string{}
	synDerived := map[string]map[string][]string{}
	addSyn := func(w, m string, k synsetKey) {
		if synPOS[w] == nil {
			synPOS[w] = map[string]string{}
			synDerived[w] = map[string][]string{}
		}
		p, ok := synPOS[w][m]
		if !ok {
			synonyms[w] = append(synonyms[w], m)
		}
		if !strings.Contains(p, k.pos) {
			synPOS[w][m] = p + k.pos
		}
		for _, d := range senseDerived[senseWord{k, m}] {
			if !slices.Contains(synDerived[w][m], d) {
				synDerived[w][m] = append(synDerived[w][m], d)
			}
		}
	}
	for w, l := range lemmas {
		for _, k := range l.senses {
			for _, m := range members[k] {
				if m != w && (strings.Count(m, "_") <= 1 || acronymOf(w, m)) {
					addSyn(w, m, k)
					if strings.Count(w, "_") <= 1 {
						addSyn(m, w, k)
					}
				}
			}
		}
	}
	// A light verb in a rarer sense says nothing of which: "kick in" is
	// "contribute", not "give".
	for w, l := range lemmas {
		for _, k := range l.rarer {
			for _, m := range members[k] {
				if m != w && strings.Count(m, "_") <= 1 && !lightVerbs[m] {
					addSyn(w, m, k)
				}
			}
		}
	}
	for w, ms := range synonyms {
		for i, m := range ms {
			ms[i] = m + ":" + sortedLetters(synPOS[w][m])
			if ds := synDerived[w][m]; len(ds) > 0 {
				sort.Strings(ds)
				ms[i] += ":" + strings.Join(ds, ",")
			}
		}
	}
	offsets := make([]string, 0, len(hyper))
	for o := range hyper {
		offsets = append(offsets, o)
	}
	sort.Strings(offsets)
	index := make(map[string]int, len(offsets))
	for i, o := range offsets {
		index[o] = i
	}
	ids := func(os []string) string {
		s := make([]string, 0, len(os))
		for _, o := range os {
			i, ok := index[o]
			if !ok {
				panic("unknown synset " + o)
			}
			s = append(s, strconv.Itoa(i))
		}
		return strings.Join(s, " ")
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "# WordNet 3.0 (%s), derived by internal/gen/wordnet: noun synsets with\n# hypernyms; lemmas with parts of speech, tag counts, noun synsets, lexicographer\n# file, derivations and synonyms; opaque two-word nouns; exception lists;\n# adjectives' attributes; the groups of noun synsets' members; the nouns\n# adjectives pertain to; the lands of peoples; what verbs of two words, or of one without\n# synonyms, are kinds of; the verbs that cause what verbs say; the kinds of verbs' most frequent senses; adjectives' antonyms;\n# nouns' irregular plurals.\n#\n", debVersion())
	lic, err := licence()
	if err != nil {
		return err
	}
	for _, l := range lic {
		fmt.Fprintf(&b, "# %s\n", l)
	}
	fmt.Fprintf(&b, "synsets %d\n", len(offsets))
	for _, o := range offsets {
		b.WriteString(ids(hyper[o]))
		b.WriteByte('\n')
	}
	words := make([]string, 0, len(lemmas))
	for w := range lemmas {
		words = append(words, w)
	}
	sort.Strings(words)
	fmt.Fprintf(&b, "lemmas %d\n", len(words))
	for _, w := range words {
		l := lemmas[w]
		var pos []byte
		for _, p := range []byte("nvar") {
			if l.pos[p] {
				pos = append(pos, p)
			}
		}
		lf := "0"
		if len(l.nounSynsets) > 0 {
			lf = strings.TrimLeft(lexfile[l.nounSynsets[0]], "0")
		}
		ds, ss := derived[w], synonyms[w]
		sort.Strings(ds)
		sort.Strings(ss)
		fmt.Fprintf(&b, "%s\t%s\t%d\t%d\t%s\t%s\t%s\t%s\n", w, pos, l.nounTags, l.otherTags, ids(l.nounSynsets), lf, strings.Join(ds, " "), strings.Join(ss, " "))
	}
	// Two-word nouns that are not a kind of their last word within five
	// hypernym steps ("think tank"; a "farm worker" is a worker),
	// listed once so that the engine need not walk hypernyms per word pair.
	var opaque []string
	for _, w := range words {
		first, last, ok := strings.Cut(w, "_")
		if !ok || strings.Contains(last, "_") || lemmas[w].nounSynsets == nil {
			continue
		}
		head := lemmas[last]
		if head == nil || head.nounSynsets == nil || !reaches(lemmas[w].nounSynsets, head.nounSynsets, hyper, 5) {
			opaque = append(opaque, first+" "+last)
		}
	}
	writeSection(&b, "opaque", opaque)
	// WordNet's exception lists: irregular forms and their base forms, of
	// every part of speech ("began begin", "mice mouse", "better good well").
	exc, err := exceptions(dict, true, "noun", "verb", "adj", "adv")
	if err != nil {
		return err
	}
	writeForms(&b, "exceptions", exc)
	// The attribute an adjective's most frequent sense is a value of
	// ("hot": temperature), from the "=" pointers of its synset, or of its
	// head's for a satellite.
	attrs, err := attributes(dict, lemmas, members)
	if err != nil {
		return err
	}
	writeSection(&b, "attributes", attrs)
	// The nouns an adjective pertains to ("\" pointers of data.adj):
	// "rural" to the country, a rural area; "urban" to the city.
	pert, err := pertainyms(dict, members)
	if err != nil {
		return err
	}
	var pertLines []string
	for w, offs := range pert {
		var known []string
		for _, o := range offs {
			if _, ok := index[o]; ok {
				known = append(known, o)
			}
		}
		if len(known) > 0 {
			pertLines = append(pertLines, w+" "+ids(known))
		}
	}
	sort.Strings(pertLines)
	// The groups a noun synset's thing is a member of ("#m" pointers): a
	// policeman of the police, a juror of a jury.
	var grouped []string
	for _, o := range offsets {
		if gs := groups[o]; len(gs) > 0 {
			grouped = append(grouped, strconv.Itoa(index[o])+" "+ids(gs))
		}
	}
	writeSection(&b, "groups", grouped)
	writeSection(&b, "pertains", pertLines)
	// The lands of peoples: the named places (noun.location instances,
	// not "the country" of "rural") a person's synset is a member of
	// ("#m": a Briton of Great Britain, a Parisian of Paris) or an
	// adjective pertains to ("French": France), so that a people, its
	// adjective and its land may be read as one another.
	homes := map[string][]string{}
	addHome := func(ws []string, place string) {
		for _, w := range ws {
			for _, m := range members[synsetKey{"n", place}] {
				if m != w && !slices.Contains(homes[w], m) {
					homes[w] = append(homes[w], m)
				}
			}
		}
	}
	for _, o := range offsets {
		if lexfile[o] != "18" {
			continue
		}
		for _, g := range groups[o] {
			if lexfile[g] == "15" && named[g] {
				addHome(members[synsetKey{"n", o}], g)
			}
		}
	}
	for w, offs := range pert {
		for _, o := range offs {
			if lexfile[o] == "15" && named[o] {
				addHome([]string{w}, o)
			}
		}
	}
	var homeLines []string
	for w, ps := range homes {
		homeLines = append(homeLines, w+" "+strings.Join(ps, " "))
	}
	sort.Strings(homeLines)
	writeSection(&b, "homelands", homeLines)
	// What a verb of two words or more is a kind of ("@" pointers of its
	// most frequent sense in data.verb), in one word: "kick off" is to
	// start, "walk out" to protest, "put off" to delay; and a verb of one
	// word that its sense alone names ("donate": give). The verbs that
	// say only that something is done or changes ("act", "move",
	// "become") say nothing of which, and are left out.
	vp, err := readVerbPointers(dict, "@", "~", ">")
	if err != nil {
		return err
	}
	verbKinds := verbHypernyms(vp, words, lemmas, members)
	writeSection(&b, "verbkinds", verbKinds)
	// The verbs that cause what a verb's most frequent sense says (">"
	// pointers to it: to kill is to cause to die, to show to cause to
	// see), in one word.
	causes := verbCauses(vp, words, lemmas, members)
	writeSection(&b, "causes", causes)
	// The kinds of each verb's most frequent sense, one step down ("~"
	// pointers), in one word: to spot is to see, to heckle to disrupt.
	trops := verbTroponyms(vp, words, lemmas, members)
	writeSection(&b, "troponyms", trops)
	// The words of opposite meaning ("!" pointers) of the most frequent
	// adjective senses: "closed" and "open", "safe" and "dangerous".
	ants, err := antonyms(dict, lemmas, members)
	if err != nil {
		return err
	}
	writeSection(&b, "antonyms", ants)
	// The irregular plurals of nouns alone, from noun.exc ("children
	// child", "feet foot"): the exceptions above mix every part of speech,
	// so that a form such as "went" would read as the noun "go".
	plurals, err := exceptions(dict, false, "noun")
	if err != nil {
		return err
	}
	writeForms(&b, "plurals", plurals)
	return os.WriteFile(out, b.Bytes(), 0o644)
}

// lightVerbs are the verbs of WordNet's hypernyms that say only that
// something is done, had or changes, not what.
var lightVerbs = map[string]bool{
	"be": true, "have": true, "do": true, "go": true, "get": true, "make": true, "take": true,
	"give": true, "come": true, "move": true, "act": true, "change": true, "become": true,
	"put": true, "set": true, "let": true, "keep": true, "hold": true, "cause": true, "use": true,
	"travel": true, "interact": true, "perform": true, "alter": true, "modify": true,
}

// specificKinds is how many kinds a verb's sense may have for a light verb
// of it to say which act: "give" (giving as a gift) has 12, "travel, go,
// move" 123.
const specificKinds = 25

// rarerKinds is how many kinds the act a further sense of a verb of two
// words is a kind of may have, for the verb to be read as that act:
// "cost" has one ("set back"), "destroy" too many ("kick in" a door).
const rarerKinds = 5

// verbHypernyms returns, sorted, a line "verb kind…" for each verb of two
// words or more, or of one word alone in its most frequent sense and no
// light verb, whose most frequent sense is a kind of another verb: the
// one-word verbs of its hypernym synsets, and of theirs that share a
// word with them, light verbs left out ("kick_off start commence begin").
func verbHypernyms(vp verbPointers, words []string, lemmas map[string]*lemma, members map[synsetKey][]string) []string {
	hyper := vp.from("@")
	hypos := map[string]int{} // how many kinds of it each verb synset has
	for _, p := range vp["~"] {
		hypos[p.from]++
	}
	var out []string
	for _, w := range words {
		// A verb of one word whose most frequent sense it alone names
		// has no synonym to stand for it: the verb it is a kind of
		// does ("donate" is to give, "retire" to resign). One with
		// synonyms has them, and a light verb is no kind of anything
		// one can tell.
		if !strings.Contains(w, "_") && (lightVerbs[w] || !slices.ContainsFunc(lemmas[w].senses, func(k synsetKey) bool {
			return k.pos == "v" && len(members[k]) == 1
		})) {
			continue
		}
		var kinds []string
		// A verb of two words of few senses is also a kind of what
		// each of its further senses is, when that is a specific act
		// of few kinds: "set back" is to cost ("it set them back
		// $20,000"), a sense that gives it no synonym to stand for it.
		if strings.Contains(w, "_") {
			for _, k := range lemmas[w].rarer {
				for _, h := range hyper[k.off] {
					if hypos[h] > rarerKinds {
						continue
					}
					for _, m := range members[synsetKey{"v", h}] {
						if !strings.Contains(m, "_") && !lightVerbs[m] && !slices.Contains(kinds, m) {
							kinds = append(kinds, m)
						}
					}
				}
			}
		}
		for _, k := range lemmas[w].senses {
			if k.pos != "v" {
				continue
			}
			add := func(off string) {
				for _, m := range members[synsetKey{"v", off}] {
					// A light verb says which act only in a sense of
					// few kinds: "give" that "donate" and "pay" are
					// kinds of, not "go" that walking and falling are.
					light := lightVerbs[m] && hypos[off] > specificKinds
					if !strings.Contains(m, "_") && !light && !slices.Contains(kinds, m) {
						kinds = append(kinds, m)
					}
				}
			}
			for _, h := range hyper[k.off] {
				add(h)
				// And the words of what that is a kind of, when it
				// shares a word with it: the same act said more
				// broadly. "Kick off" is to start (get off the ground),
				// a kind of starting (take the first step), which is
				// also to begin; "break in" is to trespass, a kind of
				// transgressing, which is no trespassing.
				for _, h2 := range hyper[h] {
					if slices.ContainsFunc(members[synsetKey{"v", h2}], func(m string) bool { return slices.Contains(members[synsetKey{"v", h}], m) }) {
						add(h2)
					}
				}
			}
		}
		if len(kinds) > 0 {
			out = append(out, w+" "+strings.Join(kinds, " "))
		}
	}
	return out
}

// verbTroponyms returns, sorted, a line "verb kind…" for each verb of
// one word, no light verb, whose most frequent sense has at most
// specificKinds kinds one step down: their words of one word, no light
// verb, each of a kind that is its own most frequent sense ("disrupt
// heckle …"). A sense of more kinds ("move")
// says too little of which act for each to stand for it.
func verbTroponyms(vp verbPointers, words []string, lemmas map[string]*lemma, members map[synsetKey][]string) []string {
	hypos := vp.from("~")
	var out []string
	for _, w := range words {
		if strings.Contains(w, "_") || lightVerbs[w] {
			continue
		}
		first, ok := lemmas[w].firstVerb()
		if !ok {
			continue
		}
		hs := hypos[first]
		if len(hs) == 0 || len(hs) > specificKinds {
			continue
		}
		var kinds []string
		for _, h := range hs {
			for _, m := range members[synsetKey{"v", h}] {
				// Of a word whose commonest sense it is: "refund" is a
				// kind of paying, but "return" and "drop" mostly other
				// acts.
				if m != w && !strings.Contains(m, "_") && !lightVerbs[m] && !slices.Contains(kinds, m) && firstVerbIs(lemmas[m], h) {
					kinds = append(kinds, m)
				}
			}
		}
		if len(kinds) > 0 {
			out = append(out, w+" "+strings.Join(kinds, " "))
		}
	}
	return out
}

// verbCauses returns, sorted, a line "verb cause…" for each verb of one
// word, no light verb, whose most frequent sense other verbs' senses
// cause: their words of one word, no light verb ("die kill", "see
// show").
func verbCauses(vp verbPointers, words []string, lemmas map[string]*lemma, members map[synsetKey][]string) []string {
	causes := map[string][]string{} // by the synset caused, its causes
	for _, p := range vp[">"] {
		causes[p.to] = append(causes[p.to], p.from)
	}
	var out []string
	for _, w := range words {
		if strings.Contains(w, "_") || lightVerbs[w] {
			continue // what causes one to go or make says nothing of which
		}
		first, ok := lemmas[w].firstVerb()
		if !ok {
			continue
		}
		var by []string
		for _, off := range causes[first] {
			for _, m := range members[synsetKey{"v", off}] {
				if !strings.Contains(m, "_") && m != w && !lightVerbs[m] && !slices.Contains(by, m) {
					by = append(by, m)
				}
			}
		}
		if len(by) > 0 {
			out = append(out, w+" "+strings.Join(by, " "))
		}
	}
	return out
}

// posLetter is the letter WordNet's data files give each part of speech
// ("r" for an adverb: not the first letter of "adv", which would make
// every adverb an adjective, and its synsets those of the adjectives at
// the same offsets in another file).
var posLetter = map[string]string{"noun": "n", "verb": "v", "adj": "a", "adv": "r"}

// pertainyms returns, by adjective, the offsets of the noun synsets its
// synsets' "\" pointers name: what it is "of or relating to" ("rural":
// country, rural area). Adverbs' pertainyms (to adjectives) are left out.
func pertainyms(dict string, members map[synsetKey][]string) (map[string][]string, error) {
	out := map[string][]string{}
	err := eachLine(filepath.Join(dict, "data.adj"), func(f []string) error {
		i, np, err := pointersOf(f)
		if err != nil {
			return err
		}
		var to []string
		for p := 0; p < np; p++ {
			if sym, off, tpos := f[i+1+4*p], f[i+2+4*p], f[i+3+4*p]; sym == "\\" && tpos == "n" && !slices.Contains(to, off) {
				to = append(to, off)
			}
		}
		if len(to) == 0 {
			return nil
		}
		for _, w := range members[synsetKey{"a", f[0]}] {
			for _, o := range to {
				if !slices.Contains(out[w], o) {
					out[w] = append(out[w], o)
				}
			}
		}
		return nil
	})
	return out, err
}

// derivations reads the derivationally related forms ("+" pointers) of
// every part of speech: "leader" and "lead", "protester" and "protest".
// Each pair is kept both ways.
// It also returns every synset's words.
func derivations(dict string) (map[string][]string, map[senseWord][]string, map[synsetKey][]string, error) {
	type key = synsetKey
	words := map[key][]string{}
	type link struct {
		from     key
		src, tgt int
		to       key
	}
	var links []link
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		err := eachLine(filepath.Join(dict, "data."+pos), func(f []string) error {
			i, np, err := pointersOf(f)
			if err != nil {
				return err
			}
			k := key{posLetter[pos], f[0]} // an adjective's satellites (s) are adjectives too
			for j := 4; j < i; j += 2 {
				w := strings.ToLower(f[j])
				if p := strings.IndexByte(w, '('); p >= 0 {
					w = w[:p] // an adjective's position marker, "(a)"
				}
				words[k] = append(words[k], w)
			}
			for p := 0; p < np; p++ {
				sym, off, tpos, st := f[i+1+4*p], f[i+2+4*p], f[i+3+4*p], f[i+4+4*p]
				if sym != "+" {
					continue
				}
				if tpos == "s" {
					tpos = "a"
				}
				src, err1 := strconv.ParseInt(st[:2], 16, 32)
				tgt, err2 := strconv.ParseInt(st[2:], 16, 32)
				if err1 != nil || err2 != nil {
					return fmt.Errorf("bad source/target %q in synset %s", st, f[0])
				}
				links = append(links, link{from: k, src: int(src), tgt: int(tgt), to: key{tpos, off}})
			}
			return nil
		})
		if err != nil {
			return nil, nil, nil, err
		}
	}
	out := map[string][]string{}
	bySense := map[senseWord][]string{}
	add := func(ka key, a string, b string) {
		if a == b {
			return
		}
		if !slices.Contains(out[a], b) {
			out[a] = append(out[a], b)
		}
		if s := (senseWord{ka, a}); !slices.Contains(bySense[s], b) {
			bySense[s] = append(bySense[s], b)
		}
	}
	for _, l := range links {
		fw, tw := words[l.from], words[l.to]
		if l.src < 1 || l.src > len(fw) || l.tgt < 1 || l.tgt > len(tw) {
			continue // lexical pointers name one word each; others are not derivations
		}
		add(l.from, fw[l.src-1], tw[l.tgt-1])
		add(l.to, tw[l.tgt-1], fw[l.src-1])
	}
	return out, bySense, words, nil
}

// senseWord is a word in one of its senses: the end of a derivation link.
type senseWord struct {
	sense synsetKey
	word  string
}

// attributes returns, sorted, a line "adjective noun…" for each adjective
// whose most frequent sense is a value of an attribute: the one-word nouns
// of that attribute ("deep depth deepness", "hot temperature"), from the
// synsets' words, members.
func attributes(dict string, lemmas map[string]*lemma, members map[synsetKey][]string) ([]string, error) {
	type synset struct {
		attr []string // noun offsets
		head string   // a satellite's head synset
	}
	adj := map[string]synset{}
	err := eachLine(filepath.Join(dict, "data.adj"), func(f []string) error {
		i, np, err := pointersOf(f)
		if err != nil {
			return err
		}
		var s synset
		for p := 0; p < np; p++ {
			switch sym, off := f[i+1+4*p], f[i+2+4*p]; {
			case sym == "=":
				s.attr = append(s.attr, off)
			case sym == "&" && f[2] == "s":
				s.head = off
			}
		}
		adj[f[0]] = s
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out []string
	for w, l := range lemmas {
		i := slices.IndexFunc(l.senses, func(k synsetKey) bool { return k.pos == "a" })
		if i < 0 || strings.Contains(w, "_") {
			continue
		}
		s := adj[l.senses[i].off]
		if s.attr == nil && s.head != "" {
			s = adj[s.head]
		}
		var ns []string
		for _, off := range s.attr {
			for _, n := range members[synsetKey{"n", off}] {
				if n != w && !strings.Contains(n, "_") && !slices.Contains(ns, n) {
					ns = append(ns, n)
				}
			}
		}
		if len(ns) > 0 {
			out = append(out, w+" "+strings.Join(ns, " "))
		}
	}
	sort.Strings(out)
	return out, nil
}

// pointer is a pointer of data.verb from one verb synset to another, by
// their offsets.
type pointer struct{ from, to string }

// verbPointers are data.verb's pointers between verb synsets, by their
// symbol ("@" what a sense is a kind of, "~" its kinds, ">" what it
// causes), in the file's order.
type verbPointers map[string][]pointer

// readVerbPointers reads data.verb once for the pointers of the symbols.
func readVerbPointers(dict string, symbols ...string) (verbPointers, error) {
	vp := verbPointers{}
	for _, sym := range symbols {
		vp[sym] = nil
	}
	err := eachLine(filepath.Join(dict, "data.verb"), func(f []string) error {
		i, np, err := pointersOf(f)
		if err != nil {
			return err
		}
		for p := 0; p < np; p++ {
			sym := f[i+1+4*p]
			if _, ok := vp[sym]; ok && f[i+3+4*p] == "v" {
				vp[sym] = append(vp[sym], pointer{f[0], f[i+2+4*p]})
			}
		}
		return nil
	})
	return vp, err
}

// from returns, by synset, the synsets its pointers of a symbol point to.
func (vp verbPointers) from(sym string) map[string][]string {
	m := map[string][]string{}
	for _, p := range vp[sym] {
		m[p.from] = append(m[p.from], p.to)
	}
	return m
}

// firstVerbIs reports whether a lemma's most frequent verb sense is the
// synset at off.
func firstVerbIs(l *lemma, off string) bool {
	first, ok := l.firstVerb()
	return ok && first == off
}

// pointersOf returns where a data line's pointers start, after its words,
// and how many there are.
func pointersOf(f []string) (at, n int, err error) {
	wcnt, err := strconv.ParseInt(f[3], 16, 32)
	if err != nil {
		return 0, 0, fmt.Errorf("bad word count in synset %s", f[0])
	}
	at = 4 + 2*int(wcnt)
	n, err = strconv.Atoi(f[at])
	if err != nil {
		return 0, 0, fmt.Errorf("bad pointer count in synset %s", f[0])
	}
	return at, n, nil
}

// reaches reports whether a synset of from is within depth hypernym steps
// of a synset of to.
func reaches(from, to []string, hyper map[string][]string, depth int) bool {
	target := map[string]bool{}
	for _, o := range to {
		target[o] = true
	}
	frontier := from
	for d := 0; d <= depth && len(frontier) > 0; d++ {
		var next []string
		for _, o := range frontier {
			if target[o] {
				return true
			}
			next = append(next, hyper[o]...)
		}
		frontier = next
	}
	return false
}

// eachLine calls fn with the fields of every line that is not part of the
// licence header (WordNet's files start with lines beginning with spaces).
func eachLine(path string, fn func([]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%w (apt-get install wordnet-base)", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue
		}
		if err := fn(strings.Fields(line)); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return sc.Err()
}

// licence returns the WordNet 3.0 licence from the package's copyright
// file, which the licence requires to appear on every copy.
func licence() ([]string, error) {
	raw, err := os.ReadFile("/usr/share/doc/wordnet-base/copyright")
	if err != nil {
		return nil, fmt.Errorf("licence: %w", err)
	}
	var out []string
	in := false
	for _, l := range strings.Split(string(raw), "\n") {
		switch {
		case strings.HasPrefix(l, "License: WordNet3.0"):
			in = true
			out = append(out, "WordNet 3.0 licence (Princeton University):")
		case in && strings.HasPrefix(l, " "):
			t := strings.TrimSpace(l)
			if t == "." {
				t = ""
			}
			out = append(out, t)
		case in:
			in = false
		}
	}
	if len(out) < 5 {
		return nil, fmt.Errorf("licence: no WordNet3.0 licence block in the copyright file")
	}
	return out, nil
}

// debVersion names the Debian package the data came from.
func debVersion() string {
	out, err := exec.Command("dpkg-query", "-W", "-f=${Package} ${Version}", "wordnet-base").Output()
	if err != nil {
		return "wordnet-base, version unknown"
	}
	return string(out)
}

// sortedLetters returns the letters of s in order: "vn" as "nv".
func sortedLetters(s string) string {
	b := []byte(s)
	slices.Sort(b)
	return string(b)
}

// antonyms returns, sorted, a line "word antonym…" for each adjective of
// one word whose most frequent adjective sense has words of opposite
// meaning ("!" pointers of data.adj), kept when of one word.
func antonyms(dict string, lemmas map[string]*lemma, members map[synsetKey][]string) ([]string, error) {
	type pointer struct {
		src int // the word of the synset it is from, 0 for all
		to  synsetKey
		dst int
	}
	opposite := map[synsetKey][]pointer{}
	err := eachLine(filepath.Join(dict, "data.adj"), func(f []string) error {
		i, np, err := pointersOf(f)
		if err != nil {
			return err
		}
		for p := 0; p < np; p++ {
			if f[i+1+4*p] != "!" {
				continue
			}
			sd, err := strconv.ParseUint(f[i+4+4*p], 16, 16)
			if err != nil {
				return fmt.Errorf("bad pointer words in synset %s", f[0])
			}
			k := synsetKey{"a", f[0]}
			opposite[k] = append(opposite[k], pointer{int(sd >> 8), synsetKey{"a", f[i+2+4*p]}, int(sd & 0xff)})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out []string
	for w, l := range lemmas {
		if strings.Contains(w, "_") {
			continue
		}
		var as []string
		for _, k := range l.senses {
			ms := members[k]
			for _, p := range opposite[k] {
				if p.src > 0 && (p.src > len(ms) || ms[p.src-1] != w) {
					continue
				}
				to := members[p.to]
				if p.dst > 0 && p.dst <= len(to) {
					to = to[p.dst-1 : p.dst]
				}
				for _, a := range to {
					if a != w && !strings.Contains(a, "_") && !slices.Contains(as, a) {
						as = append(as, a)
					}
				}
			}
		}
		if len(as) > 0 {
			out = append(out, w+" "+strings.Join(as, " "))
		}
	}
	sort.Strings(out)
	return out, nil
}

// exceptions reads the exception lists of the given parts of speech: each
// irregular form with its base forms, once each, in the lists' order. A
// base form the same as its form is kept only with same.
func exceptions(dict string, same bool, parts ...string) (map[string][]string, error) {
	exc := map[string][]string{}
	for _, pos := range parts {
		err := eachLine(filepath.Join(dict, pos+".exc"), func(f []string) error {
			for _, base := range f[1:] {
				if (same || base != f[0]) && !slices.Contains(exc[f[0]], base) {
					exc[f[0]] = append(exc[f[0]], base)
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return exc, nil
}

// writeForms writes a table of forms and their base forms: its name and
// size, then a line a form, in sorted order.
func writeForms(b *bytes.Buffer, name string, forms map[string][]string) {
	keys := make([]string, 0, len(forms))
	for f := range forms {
		keys = append(keys, f)
	}
	sort.Strings(keys)
	fmt.Fprintf(b, "%s %d\n", name, len(keys))
	for _, f := range keys {
		fmt.Fprintf(b, "%s %s\n", f, strings.Join(forms[f], " "))
	}
}

// writeSection writes a section of the file: its name and how many lines
// it has, then the lines.
func writeSection(b *bytes.Buffer, name string, lines []string) {
	fmt.Fprintf(b, "%s %d\n", name, len(lines))
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
}
