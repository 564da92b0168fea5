package engine

import (
	"slices"
	"strings"
)

// A sentence that gives a reason has two sides: what it explains and what
// explains it. "Power went out across Ashcombe after a fire at the
// substation" explains the outage by the fire: it answers "why did the
// power go out", not "why did the substation catch fire", whose words sit
// on the side that explains.

// wordSpan is the words [from, to) of a sentence.
type wordSpan struct{ from, to int }

// explainedSpans returns the words of a sentence that its reason words
// (see reasonWords) say are explained, nil when it gives no reason. A word
// that explains what comes before it ("because", "after", "due to", "was
// caused by") explains all but the clause it opens (see before); a verb
// that says what follows it was caused ("the storm caused floods", "led
// to", "resulted in") explains the words after it. A noun
// of cause ("the cause of the fire", "the reason") or of blame, and an
// opening "Should ...", leave the whole sentence as what is explained:
// either side may name it.
func explainedSpans(text string, ws []word) []wordSpan {
	var out []wordSpan
	whole := func() []wordSpan { return []wordSpan{{0, len(ws)}} }
	if len(ws) > 2 && ws[0].surface == "Should" && (ws[1].folded == "the" || isCapitalised(ws[1].surface)) {
		return whole()
	}
	next := func(i int) string {
		if i+1 < len(ws) {
			return ws[i+1].folded
		}
		return ""
	}
	prev := func(i int) string {
		if i > 0 {
			return ws[i-1].folded
		}
		return ""
	}
	for i, w := range ws {
		if !reasonWords[w.folded] || w.folded == "since" && !opens(ws, i) {
			continue
		}
		switch w.folded {
		case "reason", "reasons", "blame", "blamed", "blames":
			return whole()
		case "cause", "causes":
			if prev(i) == "the" || prev(i) == "a" || next(i) == "of" || next(i) == "for" || next(i) == "behind" {
				return whole()
			}
			out = append(out, wordSpan{i + 1, len(ws)}) // "storms cause floods"
		case "caused", "triggered", "prompted", "sparked":
			if next(i) == "by" || beForms[prev(i)] || prev(i) == "been" || prev(i) == "be" {
				out = append(out, before(text, ws, i)...) // "was caused by"
				continue
			}
			out = append(out, wordSpan{i + 1, len(ws)})
		case "led":
			if next(i) == "to" {
				out = append(out, wordSpan{i + 2, len(ws)})
			}
		case "resulted":
			if next(i) == "in" {
				out = append(out, wordSpan{i + 2, len(ws)})
				continue
			}
			out = append(out, before(text, ws, i)...) // "resulted from"
		case "result":
			if prev(i) == "a" && prev(i-1) == "as" && next(i) != "of" {
				if end := clauseEnd(text, i); end >= 0 {
					out = append(out, wordSpan{end, len(ws)}) // "As a result, ..."
				}
				continue
			}
			out = append(out, before(text, ws, i)...)
		default:
			out = append(out, before(text, ws, i)...)
		}
	}
	return out
}

// before returns what a word that explains the words before it (at i)
// explains: the sentence but the clause it opens, which ends at the next
// comma ("Flights were cancelled after the strike began, stranding
// thousands"); when it opens the sentence, the clause after that comma
// ("Because of the storm, the match was called off"), the whole sentence
// when no comma ends it.
func before(text string, ws []word, i int) []wordSpan {
	end := clauseEnd(text, i)
	for _, w := range ws[:i] {
		if !openers[w.folded] && !durationWords[w.folded] && !isNumberWord(w.folded) {
			if end < 0 {
				return []wordSpan{{0, i}}
			}
			return []wordSpan{{0, i}, {end, len(ws)}}
		}
	}
	if end < 0 {
		return []wordSpan{{0, len(ws)}}
	}
	return []wordSpan{{end, len(ws)}}
}

// clauseEnd returns the first word after the comma that follows word i,
// -1 when no comma does.
func clauseEnd(text string, i int) int {
	for at := 0; ; {
		c := strings.IndexByte(text[at:], ',')
		if c < 0 {
			return -1
		}
		at += c + 1
		if n := wordsIn(text[:at]); n > i {
			return n
		}
	}
}

// opens reports whether word i opens its sentence, but for openers
// before it. "Since" tells why only so ("Since the road is buried, crews
// fly in"); after what it tells of it tells since when ("has been closed
// since the law was passed", "its slowest pace since 2016").
func opens(ws []word, i int) bool {
	return !slices.ContainsFunc(ws[:i], func(w word) bool { return !openers[w.folded] })
}

// openers may come before a reason word that opens a sentence: "But
// because ...", "Then, after ...", as may a span of time ("Two hours
// after the blast, ...").
var openers = map[string]bool{"but": true, "and": true, "then": true, "so": true, "yet": true, "only": true, "just": true, "shortly": true, "soon": true, "even": true}

// wordsIn is how many words readWords reads in text.
func wordsIn(text string) int {
	n := 0
	for _, s := range splitWords(text) {
		if _, f := foldWord(s); f != "" {
			n++
		}
	}
	return n
}
