package engine

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// asksFact reports whether a question asks for a fact a reporter tells: a
// figure ("how many", "how much", "what time"), a time ("when"), a place
// ("where") or someone ("who"), and not what someone said or thinks, nor
// why, which a quotation may well tell.
func asksFact(q question) bool {
	if q.why || q.ifThen || q.saying || q.viewed > 0 || q.lay || q.voice > 0 {
		return false
	}
	return q.figure != figureNone || q.when || q.where || q.who
}

// appendTold appends to dst the terms of a paragraph outside its
// quotations, a set for each sentence that has any: what the reporter
// tells, not what those quoted say. A sentence without a quotation mark
// keeps its terms as analyzed; one inside a quotation that runs on from
// the sentence before (the splitter never cuts one, but a paragraph may
// end inside one) has none; one with a mark is read again, without its
// quoted words. A quoted sentence that bounds the time a "when" question
// asks keeps them all (see boundsAsked).
//
// The sets it reads again are in room (nil for none kept), until the next
// call with the same room.
func (e *Engine) appendTold(dst []termSet, q question, pi *paraInfo, room *toldRoom) []termSet {
	if room == nil {
		room = new(toldRoom)
	}
	room.ids = room.ids[:0]
	in := false
	for i, st := range pi.sents {
		text := pi.sentence(i)
		marked := hasQuoteMark(text)
		if !marked && !in {
			dst = append(dst, st.terms())
			continue
		}
		if e.boundsAsked(q, text) {
			dst = append(dst, st.terms())
			for _, r := range text {
				in, _ = quoting(in, r)
			}
			continue
		}
		if !marked {
			continue // inside a quotation throughout
		}
		b := room.text[:0]
		for _, r := range text {
			var mark bool
			if in, mark = quoting(in, r); mark {
				b = append(b, ' ') // a mark parts the words either side of it
			} else if !in {
				b = utf8.AppendRune(b, r)
			}
		}
		room.text = b
		outside := string(b)
		start := len(room.ids)
		room.words = appendWords(room.words[:0], outside, e.termOf)
		for _, w := range room.words {
			if w.term != "" {
				room.ids = append(room.ids, e.vocab.id(w.term))
			}
		}
		// A sum's currency sign is in its word too, as the analysis
		// reads it ("$78 million" is in dollars).
		for _, w := range signedCurrencies(outside) {
			if t := e.termOf(w); t != "" {
				room.ids = append(room.ids, e.vocab.id(t))
			}
		}
		if len(room.ids) > start {
			dst = append(dst, toSet(room.ids[start:]))
		}
	}
	return dst
}

// toldRoom is where appendTold reads sentences again, kept by a caller
// that reads many paragraphs: the score stage reads those of every
// candidate with a quotation, for a question that asks a fact, and a
// slice of words, of terms and of ids made for each sentence were 8 KB of
// the 170 KB an /ask allocated at 100,000 paragraphs. Not safe for
// concurrent use.
type toldRoom struct {
	text  []byte   // a sentence's words outside its quotations
	words []word   // as read
	ids   []uint32 // the sets' terms, one set after another
}

// hasQuoteMark reports whether a text has a quotation mark: a byte scan
// for each mark, which strings.ContainsAny is not for marks outside ASCII.
func hasQuoteMark(text string) bool {
	return strings.IndexByte(text, '"') >= 0 || strings.Contains(text, "“") || strings.Contains(text, "”")
}

// quoting steps over one rune of a text: whether what follows it is
// inside a quotation, given whether the rune was, and whether the rune is
// a quotation mark.
func quoting(in bool, r rune) (bool, bool) {
	switch r {
	case '"':
		return !in, true
	case '“':
		return true, true
	case '”':
		return false, true
	}
	return in, false
}

// boundsAsked reports whether a sentence bounds the time a "when"
// question asks of what is to come, by a date or a condition: someone
// quoted who says "This plant will not reopen until we are satisfied that
// it is safe" tells when it will, as a reporter would. The sentence is
// read only for such a question.
func (e *Engine) boundsAsked(q question, text string) bool {
	if !q.when || q.whenPast {
		return false
	}
	ws := e.readText(text)
	return putsBound(ws) || slices.ContainsFunc(ws, func(w word) bool { return untilWords[w.folded] })
}

// untilWords put what must come first before a thing is done: "will not
// reopen until we are satisfied".
var untilWords = map[string]bool{"until": true, "till": true, "unless": true}
