package engine

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/coveragebot/coveragebot/knowledge"
)

// word is one word of a text as a reader wrote it, with the term the index
// holds for it ("" for a stop word).
type word struct {
	surface string // as written, for messages and capitalisation
	folded  string // lowercase, accents folded, possessive dropped
	term    string
	// brk: a mark that ends a clause (a comma, a question mark) comes
	// before it in a question (see markBreaks).
	brk bool
}

// splitWords cuts text into words: runs of letters and digits, with inner
// apostrophes kept ("don't") and a possessive dropped ("Zelenskyy's").
func splitWords(text string) []string {
	return strings.FieldsFunc(text, wordSep)
}

// analyzer analyzes words one at a time, the way the index analyzes text,
// with a cache: a coverage repeats its words.
type analyzer struct {
	an    analysis.Analyzer
	cache map[string]string
}

func newAnalyzer(an analysis.Analyzer) *analyzer {
	return &analyzer{an: an, cache: map[string]string{}}
}

// term is the index term of one folded word, "" for a stop word. Not safe
// for concurrent use: the engine's vocabulary uses it while loading only.
func (a *analyzer) term(folded string) string {
	if t, ok := a.cache[folded]; ok {
		return t
	}
	t := firstTerm(a.an, folded)
	a.cache[folded] = t
	return t
}

// firstTerm analyzes one word; the unicode tokenizer may split it (a hyphen),
// in which case the last part names the thing ("front-line" → "line").
func firstTerm(an analysis.Analyzer, w string) string {
	if ca, ok := an.(*coverageAnalyzer); ok {
		if t, ok := ca.plainTerm(w); ok {
			return t
		}
	}
	ts := terms(an, w)
	if len(ts) == 0 {
		return ""
	}
	return ts[len(ts)-1]
}

// words reads text into words with their terms, using analyze for the term.
func readWords(text string, analyze func(string) string) []word {
	return appendWords(make([]word, 0, wordCount(text)), text, analyze)
}

// wordSep reports whether r separates splitWords' words.
func wordSep(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
}

// wordCount is len(splitWords(text)), without making the slice.
func wordCount(text string) int {
	n, in := 0, false
	for _, r := range text {
		if wordSep(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// appendWords appends the words readWords reads of text to dst, cutting
// them as splitWords does without making a slice of them first.
func appendWords(dst []word, text string, analyze func(string) string) []word {
	lower := lowerOnce(text)
	start := -1
	for i, r := range text {
		switch {
		case !wordSep(r):
			if start < 0 {
				start = i
			}
			continue
		case start < 0:
			continue
		}
		dst = appendWordOf(dst, text, lower, start, i, analyze)
		start = -1
	}
	if start >= 0 {
		dst = appendWordOf(dst, text, lower, start, len(text), analyze)
	}
	return dst
}

// lowerOnce returns text in lowercase when it is plain ASCII with a
// capital and no backquote, "" otherwise. Of such a text, a word's fold
// is its lowercase alone (knowledge.Fold), which is the same bytes of the
// text lowercased whole: one allocation for a sentence, where folding each
// capitalised word made one for each ("The", "Ingrid", "Fenford"), a
// twentieth of /ask's allocations at 100,000 paragraphs.
func lowerOnce(text string) string {
	upper := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf || c == '`' {
			return ""
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return ""
	}
	return strings.ToLower(text)
}

// appendWordOf appends the word text[start:end] as appendWord does; lower
// is lowerOnce(text), whose bytes give the fold of a capitalised word
// when it is not "". (In plain ASCII the only apostrophe foldWord trims
// is ', and the only possessive it drops is 's.)
func appendWordOf(dst []word, text, lower string, start, end int, analyze func(string) string) []word {
	if lower == "" {
		return appendWord(dst, text[start:end], analyze)
	}
	for start < end && text[start] == '\'' {
		start++
	}
	for end > start && text[end-1] == '\'' {
		end--
	}
	s, f := text[start:end], text[start:end]
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			f = lower[start:end]
			break
		}
	}
	if f = strings.TrimSuffix(f, "'s"); f == "" {
		return dst
	}
	return append(dst, word{surface: s, folded: f, term: analyze(f)})
}

// appendWord appends one of splitWords' words, read, unless it folds to
// nothing.
func appendWord(dst []word, s string, analyze func(string) string) []word {
	s, f := foldWord(s)
	if f == "" {
		return dst
	}
	return append(dst, word{surface: s, folded: f, term: analyze(f)})
}

// sentenceWords lends a buffer of words to read a sentence into and
// forget, for the tests that read the sentences of every candidate a
// question's best few hold (namesNear, anyDoneSentence): a slice of words
// made for each sentence was a fifth of what an /ask allocated at
// 100,000 paragraphs. The buffer is to be given back with
// releaseSentenceWords once nothing reads it.
var sentenceWords = sync.Pool{New: func() any { return new([]word) }}

// borrowWords returns a buffer from sentenceWords, empty.
func borrowWords() *[]word {
	b := sentenceWords.Get().(*[]word)
	*b = (*b)[:0]
	return b
}

// releaseWords gives a buffer back to sentenceWords, unless it grew too
// large to keep.
func releaseWords(b *[]word) {
	if cap(*b) > maxKeptWords {
		return
	}
	clear((*b)[:cap(*b)]) // (holds no sentence's strings while kept)
	sentenceWords.Put(b)
}

// maxKeptWords is the most words a kept buffer has room for: a sentence
// seldom has more than a hundred.
const maxKeptWords = 512

// readTextInto reads text into the buffer b, as readText, replacing what
// it held, and returns the words.
func (e *Engine) readTextInto(b *[]word, text string) []word {
	*b = appendWords((*b)[:0], text, e.termOf)
	return *b
}

// foldWord returns one of splitWords' words without its outer apostrophes,
// and folded: lowercase, accents folded, possessive dropped.
func foldWord(s string) (surface, folded string) {
	s = strings.Trim(s, "'’")
	f := knowledge.Fold(s)
	return s, strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")
}

// readText reads text into words with the terms the index holds for them.
func (e *Engine) readText(text string) []word { return readWords(text, e.termOf) }

// termOf is the index term of one folded word: the coverage's own words
// are looked up, as the vocabulary analyzed them when it was built, and
// only others are analyzed. The decide stage reads the sentences of the
// best candidates again, and analyzing their words was a tenth of /ask's
// time at 100,000 paragraphs.
func (e *Engine) termOf(folded string) string {
	if t, ok := e.vocab.words[folded]; ok {
		return t
	}
	return e.others.term(e.an, folded)
}

// termCacheSize is how many words outside the coverage an engine
// remembers the terms of: well under a megabyte.
const termCacheSize = 8192

// termCache remembers the index terms of words the coverage does not use,
// which the read stage meets by the dozen in every question (WordNet's
// synonyms, derived forms and kinds of its words) and analyzing took a
// fifth of the stage at 100,000 paragraphs. A word's term depends on the
// analyzer alone.
type termCache struct{ recent[string, string] }

func newTermCache() termCache { return termCache{recent[string, string]{size: termCacheSize}} }

// term is firstTerm(an, folded), remembered.
func (c *termCache) term(an analysis.Analyzer, folded string) string {
	if t, ok := c.get(folded); ok {
		return t
	}
	t := firstTerm(an, folded)
	c.put(strings.Clone(folded), t) // not a substring that holds its text
	return t
}

// phraseTermCacheSize is how many synonyms of several words an engine
// remembers the terms of: a few hundred kilobytes.
const phraseTermCacheSize = 4096

// phraseTermCache remembers the index terms of WordNet's synonyms of
// several words ("time_lag", "get-go"), which the read stage analyzes for
// every sense of a question's words; analyzing them was a third of adding
// synonyms at 100,000 paragraphs. Their terms depend on the analyzer
// alone. The slices are shared: callers must not change them.
type phraseTermCache struct{ recent[string, []string] }

func newPhraseTermCache() phraseTermCache {
	return phraseTermCache{recent[string, []string]{size: phraseTermCacheSize}}
}

// synonymTerms is the terms of a synonym of several words, joined by "_"
// or "-", as terms analyzes it with the underscores as spaces;
// remembered. The slice is shared: callers must not change it.
func (e *Engine) synonymTerms(syn string) []string {
	if ts, ok := e.phraseTerms.get(syn); ok {
		return ts
	}
	ts := terms(e.an, strings.ReplaceAll(syn, "_", " "))
	e.phraseTerms.put(syn, ts)
	return ts
}

// splitGlued cuts a number typed with the letters after it ("7am", "5km",
// "the 23rd") into the number and those letters, as stories print them ("7
// a.m.", "5 km", "June 23"); an ordinal's letters are dropped. A form the
// coverage itself prints glued is kept.
func (e *Engine) splitGlued(ws []word) []word {
	var out []word
	for i, w := range ws {
		n := 0
		for n < len(w.folded) && (isDigit(w.folded[n]) || w.folded[n] == '.' && n > 0 && n+1 < len(w.folded) && isDigit(w.folded[n+1])) {
			n++
		}
		rest := w.folded[n:]
		if n == 0 || rest == "" || strings.IndexFunc(rest, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 || w.term != "" && e.vocab.dfOf(w.term) > 0 {
			if out != nil {
				out = append(out, w)
			}
			continue
		}
		if out == nil {
			out = append(make([]word, 0, len(ws)+1), ws[:i]...)
		}
		surface := w.surface[:n]
		if ordinalSuffixes[rest] {
			surface = w.surface // an ordinal as typed: "the 23rd" is a day (see dropUndatedDay)
		}
		out = append(out, word{surface: surface, folded: w.folded[:n], term: e.termOf(w.folded[:n]), brk: w.brk})
		if !ordinalSuffixes[rest] {
			out = append(out, word{surface: w.surface[n:], folded: rest, term: e.termOf(rest)})
		}
	}
	if out == nil {
		return ws
	}
	return out
}

// ordinalSuffixes are the letters of an ordinal typed in figures ("23rd").
var ordinalSuffixes = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}
