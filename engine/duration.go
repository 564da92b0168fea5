package engine

import (
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// asksDuration reports whether a "how long" question asks how much time
// something took or lasts, not how long a thing is: "how long" before
// "do", "did", "does" or a modal ("how long did it take", "how long does
// the law last", "how long will the repairs take"), or before a form of
// "be" and a person's pronoun ("how long were they in there"). "How long
// is the bridge" may ask either, and "how long has" asks since when (see
// sinceWhen).
func asksDuration(ws []word) bool {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].folded != "how" || ws[i+1].folded != "long" {
			continue
		}
		switch n := ws[i+2].folded; {
		case n == "do" || n == "did" || n == "does" || modals[n]:
			return true
		case beForms[n]:
			return i+3 < len(ws) && subjectPronouns[ws[i+3].folded] && ws[i+3].folded != "it"
		}
		return false
	}
	return false
}

// givesDuration reports whether a sentence (its text and words) gives a
// span of time: a number, or a word that counts ("several", "a handful
// of"), up to three words before a unit of time ("more than three
// hours", "between four and six hours", "a handful of years", "30
// minutes a day"), or two times of day, the time between them
// ("declared out at 11:30 a.m., more than three hours after the alarm").
// A length alone ("the 140-metre-long sump", "110 km to the south") is
// none, nor is "within an hour of the decision", which dates. Units
// counted by no number after "for" are a span too, an unsure one ("could
// go on for days or possibly weeks").
func givesDuration(text string, ws []word) bool {
	for k, w := range ws {
		if !durationWords[w.folded] && !longDurationWords[w.folded] && !shortDurationWords[w.folded] {
			continue
		}
		if k > 0 && ws[k-1].folded == "for" && strings.HasSuffix(w.folded, "s") {
			return true
		}
		if oneUnitSpan(ws, k) {
			return true
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			// "On April 6, the day the new fares take effect": a
			// number before "the" counts no days, nor does a date's
			// day.
			if spanBreakers[ws[j].folded] {
				break
			}
			if isNumberWord(ws[j].folded) || durationCounts[ws[j].folded] {
				if j > 0 && monthNumbers[ws[j-1].folded] != 0 && isDayNumber(ws[j].folded) {
					break
				}
				return true
			}
		}
	}
	return mayTellTime(text) && len(clockTime.FindAllStringIndex(text, 2)) == 2
}

// spanBreakers are the words that part a number from a unit of time
// after it: "April 6, the day the fares rise" counts no days.
var spanBreakers = map[string]bool{"the": true, "this": true, "that": true, "its": true, "their": true, "his": true, "her": true}

// isDayNumber reports whether a word is a number of one or two digits,
// as a date's day is written ("April 6").
func isDayNumber(w string) bool {
	if len(w) == 0 || len(w) > 2 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// oneUnitSpan reports whether the unit of time at k of ws is one unit
// told as a span, which no number counts: "for an hour", "for about a
// day", "an hour and a half", "half an hour". "Within an hour of the
// decision" dates, and is none.
func oneUnitSpan(ws []word, k int) bool {
	if k == 0 || ws[k-1].folded != "a" && ws[k-1].folded != "an" {
		return false
	}
	if k+3 < len(ws) && ws[k+1].folded == "and" && ws[k+2].folded == "a" && ws[k+3].folded == "half" {
		return true // "an hour and a half"
	}
	j := k - 2
	if j >= 0 && ws[j].folded == "half" {
		return true // "half an hour"
	}
	for j >= 0 && spanHedges[ws[j].folded] {
		j--
	}
	return j >= 0 && ws[j].folded == "for"
}

// spanHedges are the words that may stand between "for" and a single
// unit of time: "for about an hour", "for more than a week".
var spanHedges = map[string]bool{
	"about": true, "around": true, "roughly": true, "nearly": true, "almost": true, "over": true, "under": true,
	"more": true, "less": true, "than": true, "just": true, "only": true, "barely": true, "well": true, "at": true, "least": true,
}

// durationCounts are the words other than numbers that count units of
// time: "several days", "a few weeks", "a handful of years". "An hour" is
// left out: "within an hour of the decision" dates.
var durationCounts = map[string]bool{"several": true, "few": true, "couple": true, "handful": true, "many": true}

// shortDurationWords are the units of time durationWords leaves out, which
// a span may be told in ("a seven-minute raid", "within a second").
var shortDurationWords = map[string]bool{"minute": true, "second": true}

// durationVerbs are the forms of the verbs that ask how long something
// takes or lasts, which say what is measured, not what of.
var durationVerbs = map[string]bool{
	"take": true, "takes": true, "took": true, "taken": true, "taking": true,
	"last": true, "lasts": true, "lasted": true, "lasting": true,
}

// asksSpanAlone reports whether a question that asks a span of time names
// nothing but the span: its only words are "long", the verbs that ask a
// span ("how long were they in there", "how long did it last") and words
// of no thing the coverage is not sure to use, known only by a far
// neighbour ("how long were they stuck down there", where "stuck" is
// "stay" at best).
func (q question) asksSpanAlone() bool {
	return len(q.concepts) > 0 && !slices.ContainsFunc(q.concepts, func(c concept) bool {
		l := strings.ToLower(c.label)
		return c.name || c.thing || l != "long" && !durationVerbs[l] && c.known >= figureOfMatch
	})
}

// storySpan answers a question that asks how long and names nothing else
// (see asksSpanAlone) with the newest article's first paragraphs, in
// order, that give a span of time (see givesDuration): "the raid ...
// lasted about seven minutes, police said".
func (e *Engine) storySpan(limit int) knowledge.Answer {
	var ans knowledge.Answer
	if newest := e.newestSources(); len(newest) > 0 {
		s := newest[0]
		for ref := range e.told(s.Article.ID, len(s.Article.Paragraphs)) {
			if len(ans.Passages) >= min(limit, historyPassages) {
				break
			}
			if e.givesSpanOfTime(ref) {
				ans.Passages = append(ans.Passages, knowledge.Passage{Ref: ref, Text: e.excerpt(ref, question{})})
			}
		}
	}
	if len(ans.Passages) == 0 {
		return knowledge.Answer{Abstained: true, Reason: "It does not say how long."}
	}
	return ans
}

// spanConcept returns the index of the word a question that asks a span
// of time asks it by ("long" of "how long did it take"), which a span
// answers whatever its words (see givesSpanOfTime), or -1.
func spanConcept(q question) int {
	if !q.duration || q.figure != figureMeasure {
		return -1
	}
	return slices.IndexFunc(q.concepts, func(c concept) bool { return strings.EqualFold(c.label, "long") })
}

// givesSpanOfTime reports whether a sentence of a paragraph gives a span
// of time (see givesDuration). Every sentence is read: one that gives no
// measure nor time of day may still give a span ("For days, nobody came";
// "it took several weeks").
func (e *Engine) givesSpanOfTime(ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	if pi == nil {
		return false
	}
	for i := range pi.sents {
		text := pi.sentence(i)
		if givesDuration(text, e.readText(text)) {
			return true
		}
	}
	return false
}

// endsSpan reports whether words tell how long something goes on by the
// date or the season it runs until: "would keep tracking 3,000 of the
// children until 2027" says how long they keep checking on the kids, as
// "for four years" would. "Before", "by" and "after" bound when a thing
// is done, not how long it goes on.
func endsSpan(ws []word) bool {
	for k, w := range ws {
		if spanEndWords[w.folded] && boundsDate(ws, k+1) {
			return true
		}
	}
	return false
}

// spanEndWords put the time a span runs until.
var spanEndWords = map[string]bool{"until": true, "till": true}

// takeVerbs are the forms of the verb that asks how long something takes
// to do, not how long it goes on.
var takeVerbs = map[string]bool{"take": true, "takes": true, "took": true, "taken": true, "taking": true}
