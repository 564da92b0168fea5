package engine

import (
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
)

// A long question often tells the reader's own situation before or after
// it asks: "my cousin was at the reception on saturday and now her husband
// has a temperature, is there a number she can ring". The clause that
// tells it says what the reader knows, in their words, not what they ask
// the coverage; its words pull toward paragraphs that share them and away
// from the one that answers the clause that asks.

// storyWeight is how much a word of the reader's own story counts against
// a word of what they ask.
const storyWeight = 0.5

// clauseMarks end a clause of a question where they follow a word.
const clauseMarks = ",;:.?!…"

// markBreaks sets brk on each of ws, the words read from text in order,
// that follows a mark ending a clause (a comma, a full stop, a question
// mark) or a dash between spaces.
func markBreaks(text string, ws []word) {
	eachGap(text, ws, func(i int, gap string) {
		ws[i].brk = i > 0 && (strings.ContainsAny(gap, clauseMarks) || strings.Contains(gap, " - ") || strings.Contains(gap, "—") || strings.Contains(gap, "–"))
	})
}

// eachGap calls f with the index of each of ws, the words read from text
// in order, and the text between it and the word before (from the
// start of text for the first): what marks or spaces part them. A word
// not found in what is left of text is skipped.
func eachGap(text string, ws []word, f func(i int, gap string)) {
	at := 0
	for i := range ws {
		n := strings.Index(text[at:], ws[i].surface)
		if n < 0 {
			continue
		}
		f(i, text[at:at+n])
		at += n + len(ws[i].surface)
	}
}

// firstPerson are the words by which readers speak of themselves, but
// for "my" and "our", which may own the thing they ask of ("my flight
// from arnvale is on the 20th, can i get my money back").
var firstPerson = map[string]bool{
	"i": true, "i'm": true, "i've": true, "i'd": true, "i'll": true, "me": true, "myself": true,
	"we": true, "we're": true, "we've": true,
}

// clauseJoiners start a clause without saying what it does: "so my mum
// lives", "and is there", "like does the council care".
var clauseJoiners = map[string]bool{"so": true, "and": true, "but": true, "or": true, "like": true, "well": true, "also": true, "then": true, "anyway": true, "ok": true, "okay": true}

// embeddedAsks start a question told inside a clause: "im not sure if
// shes affected", "shes asking me whether it opens", "i wonder why".
var embeddedAsks = map[string]bool{"if": true, "whether": true, "what": true, "who": true, "which": true, "where": true, "when": true, "why": true, "how": true, "whose": true, "whom": true}

// asksClause reports whether a clause, from its first word that is no
// joiner, asks: it starts with a word that asks ("what", "why"), an
// auxiliary before its subject ("is there", "does the plant", "should
// she", "werent they"), or "any" ("any chance", "any idea").
func asksClause(ws []word) bool {
	for _, w := range ws {
		f := w.folded
		if clauseJoiners[f] {
			continue
		}
		return embeddedAsks[f] && f != "if" && f != "whether" || auxiliaries[f] || modals[f] || f == "do" || f == "does" || f == "did" || f == "am" || strings.HasSuffix(f, "n't") || f == "any"
	}
	return false
}

// storyWords marks the words of a question that tell the reader's own
// story: those of a clause (cut at its marks) that does not ask and in
// which the reader speaks of themselves or their own people ("so my dad
// is a farmer up north", "i live near there"), up to a question told
// inside it ("im not sure if shes affected": what follows "if" is asked)
// or what they report ("my mate says", "i thought": see reports). Only
// when another clause asks: a question all of one clause is what it asks.
func (e *Engine) storyWords(ws []word) []bool {
	story := make([]bool, len(ws))
	asked, told := false, false
	for lo := 0; lo < len(ws); {
		hi := lo + 1
		for hi < len(ws) && !ws[hi].brk {
			hi++
		}
		c := ws[lo:hi]
		switch {
		case asksClause(c):
			asked = true
		default:
			own := false
			for i, w := range c {
				if embeddedAsks[w.folded] {
					break
				}
				own = own || firstPerson[w.folded] || e.askersOwn(ws, lo+i)
				story[lo+i] = true
				if e.reports(w) {
					break
				}
			}
			if own {
				told = true
			} else {
				clear(story[lo:hi])
			}
		}
		lo = hi
	}
	if !asked || !told {
		clear(story)
	}
	return story
}

// reportVerbs tell what one heard, read or thinks: "my mate says they will
// check every bridge", "i heard she was furious". What they report is
// what the reader asks about, not their own story.
var reportVerbs = map[string]bool{"hear": true, "read": true, "see": true, "think": true, "believe": true, "reckon": true}

// reports reports whether a word is a verb of speech or one of
// reportVerbs.
func (e *Engine) reports(w word) bool {
	if e.speech[w.term] {
		return true
	}
	wn := e.lex.wn
	if wn == nil {
		return false
	}
	for _, l := range wn.Lemmas(w.folded) {
		if reportVerbs[l] && wn.POS(l)&wordnet.Verb != 0 {
			return true
		}
	}
	return false
}
