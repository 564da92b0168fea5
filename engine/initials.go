package engine

import (
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
)

// A reader types a term of several words by its initials ("hgvs" for the
// story's "heavy goods vehicles", "vc" for its "vice-chancellor"), which
// no dictionary knows and no vector has, or has for another thing (GloVe's
// "vc" is the Victoria Cross). The analysis keeps the coverage's word
// sequences that are such terms, with their terms, and a question's word
// the coverage never uses is the one of them its letters spell.
const (
	minInitials = 2 // words of a hyphenated term
	maxInitials = 4 // words of any
	// minSpelledRun is the fewest words of a term not hyphenated: two
	// words' initials are spelled by too many pairs of nouns.
	minSpelledRun = 3
)

// appendInitials appends to dst the terms' ids of the sentence's words
// that a reader may type by their initials, each run its length and then
// its ids: two to four words joined by hyphens ("vice-chancellor"), or
// three or four words of a noun phrase, nouns or adjectives that end in a
// noun ("heavy goods vehicles"). Every word of a run has a term (no
// "of", no "the") and is letters alone.
func appendInitials(dst []uint32, wn *wordnet.WordNet, sent string, ws []word, id func(string) uint32) []uint32 {
	if wn == nil || len(ws) < minInitials {
		return dst
	}
	hyphens := strings.IndexByte(sent, '-') >= 0
	// Each word is read once: whether it may be in a run at all, whether
	// it is hyphened to the one before, whether it may end a noun phrase
	// (a noun) and whether it may stand before its end (a noun or an
	// adjective, not a verb's form: "officials said Tuesday"; a noun
	// that is a verb too is mostly a noun: "transport").
	const (
		inRun = 1 << iota
		hyphened
		ends
		before
	)
	var buf [64]uint8
	flags := buf[:0]
	for k, w := range ws {
		var f uint8
		if w.term != "" && len(w.folded) >= 2 && lettersOnly(w.folded) {
			f = inRun
			if hyphens && k > 0 && strings.Contains(sent, ws[k-1].surface+"-"+w.surface) {
				f |= hyphened
			}
		}
		flags = append(flags, f)
	}
	// The dictionary is asked only of the words of runs long enough for
	// a noun phrase: most of a story's words are not.
	for k := 0; k < len(ws); {
		j := k
		for j < len(ws) && flags[j]&inRun != 0 {
			j++
		}
		if j-k >= minSpelledRun {
			for i := k; i < j; i++ {
				l := wn.NounLemmaOr(ws[i].folded)
				if wn.MostlyNoun(l) {
					flags[i] |= ends | before
				} else if wn.Has(l) && !anyVerb(wn, ws[i].folded) {
					flags[i] |= before
				}
			}
		}
		k = j + 1
	}
	for k := range ws {
		joined, phrase := true, true
		for n := 1; n <= maxInitials && k+n <= len(ws); n++ {
			f := flags[k+n-1]
			if f&inRun == 0 {
				break
			}
			if n > 1 {
				joined = joined && f&hyphened != 0
			}
			if n > 1 && (joined || phrase && n >= minSpelledRun && f&ends != 0) {
				dst = append(dst, uint32(n))
				for _, x := range ws[k : k+n] {
					dst = append(dst, id(x.term))
				}
			}
			phrase = phrase && f&before != 0
			if !joined && !phrase {
				break
			}
		}
	}
	return dst
}

// initialsTable maps the initials of each term appendInitials kept to its
// terms, joined by spaces, or to "" when the coverage has two or more
// terms of those initials: a reader's initials are then no one of them.
func (e *Engine) initialsTable() map[string]string {
	e.initialsOnce.Do(func() {
		if e.vocab == nil {
			return
		}
		m := map[string]string{}
		var key strings.Builder
		var ts []string
		for _, p := range e.vocab.ordered {
			for i := 0; i < len(p.initials); {
				n := int(p.initials[i])
				if i+1+n > len(p.initials) {
					break
				}
				ids := p.initials[i+1 : i+1+n]
				i += 1 + n
				key.Reset()
				ts = ts[:0]
				for _, id := range ids {
					t := e.vocab.term(id)
					key.WriteByte(t[0])
					ts = append(ts, t)
				}
				joined := strings.Join(ts, " ")
				if old, ok := m[key.String()]; !ok {
					m[key.String()] = joined
				} else if old != joined {
					m[key.String()] = ""
				}
			}
		}
		e.initials = m
	})
	return e.initials
}

// initialsOf returns the terms of the coverage's one term of several words
// that a word of two to five letters spells by its initials, a plural's
// "s" aside ("hgvs"); else nil. Only a word no dictionary knows and that
// English uses rarely, if at all: "ban" or "pay" are meant as typed.
func (e *Engine) initialsOf(w string) []string {
	if len(w) < 2 || len(w) > 5 || !lettersOnly(w) || e.vocab == nil {
		return nil
	}
	if e.lex.wn != nil && e.lex.wn.Lemmas(w) != nil {
		return nil
	}
	if e.lex.vec != nil {
		if r, ok := e.lex.vec.Rank(w); ok && r < slipRank {
			return nil
		}
	}
	table := e.initialsTable()
	t, ok := table[w]
	if s, plural := strings.CutSuffix(w, "s"); !ok && plural && len(s) >= 2 {
		t, ok = table[s]
	}
	if !ok || t == "" {
		return nil
	}
	return strings.Split(t, " ")
}
