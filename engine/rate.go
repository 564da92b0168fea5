package engine

import (
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
)

// perRate is what a "how much" or "how many" question asks a figure per:
// a period ("how much will he earn a week", "per day", "each year", "a
// monthly pass") or a unit ("how many particles per litre"). A lump sum
// is no answer to it: "a deal worth 68 million euros" says not what he
// earns a week.
type perRate struct {
	period string // the noun lemma of the unit of time: "day", "week"; "" for none
	unit   string // the noun lemma of what each figure is for: "litre"; "" for none
	// each is the noun lemma after "each", "every" or "one" ("how much
	// does each winner get"), which may ask a figure per unit or one of
	// each of several (see askedRate): only preferred (see preferEach).
	each string
}

// asked reports whether the question asks a figure per anything.
func (r perRate) asked() bool { return r.period != "" || r.unit != "" }

// label says what the figure is asked per, for the reply when it
// abstains: " a week", " per litre".
func (r perRate) label() string {
	switch {
	case r.period == anyPeriod:
		return " as a wage"
	case r.period != "":
		return " a " + r.period
	case r.unit != "":
		return " per " + r.unit
	}
	return ""
}

// rateMarks are the words before a noun that make a figure one for each
// of it: "a week", "per litre", "each year", "every day". In a question
// "one" does too ("can one household collect"), but in the coverage "one
// day" is a day.
var rateMarks = map[string]bool{"a": true, "an": true, "per": true, "each": true, "every": true}

// rateLead is how many words may stand between a word of rateMarks and
// its noun: "an average weekday", "each working day".
const rateLead = 2

// periodWords are the units of time a figure may be given per.
var periodWords = map[string]bool{"second": true, "minute": true, "hour": true, "day": true, "night": true, "week": true, "fortnight": true, "month": true, "quarter": true, "year": true}

// periodPrepositions before "a" and a unit of time make it a span, not a
// rate: "in a week", "for a day".
var periodPrepositions = map[string]bool{"in": true, "for": true, "within": true, "over": true, "during": true, "after": true, "by": true}

// askedRate reads what a "how much" or "how many" question asks a figure
// per (see perRate), from its words after "how much/many"; marks are the
// indexes of the words that make the figure one for each, "per" and
// "one" ("how much water can one household collect"), which are no words
// the coverage must use: "about 1,100 crowns a day" answers "per day",
// and "one" is no number of it.
//
// "Each" and "every" before a unit of time ask a rate, but before any
// other noun they may ask a figure of each of several, which the coverage
// gives one by one: "how many seats did each party win". Only "per" asks
// a figure per unit.
func askedRate(wn *wordnet.WordNet, ws []word) (r perRate, marks []int) {
	if wn == nil {
		return r, nil
	}
	from := -1
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].folded == "how" && (ws[i+1].folded == "much" || ws[i+1].folded == "many") {
			from = i + 2
			break
		}
	}
	if from < 0 {
		return r, nil
	}
	for i := from; i < len(ws); i++ {
		w := ws[i].folded
		if p := periodOf(wn, w); p != "" {
			if r.period == "" {
				r.period = p // "monthly", "annual", "daily"
			}
			continue
		}
		if !rateMarks[w] && w != "one" || w == "per" && i+1 < len(ws) && ws[i+1].folded == "cent" {
			continue
		}
		j := markedNoun(wn, ws, i)
		if j < 0 {
			continue
		}
		n := nounLemma(wn, ws[j].folded)
		switch {
		case w == "one":
			if !periodWords[n] {
				marks = append(marks, i) // "in one day" is a span
				if r.each == "" {
					r.each = n
				}
			}
			continue
		case periodWords[n]:
			// "A week of strikes" is one week, and "in a day" a span.
			if (w == "a" || w == "an") && (j+1 < len(ws) && ws[j+1].folded == "of" || i > 0 && periodPrepositions[ws[i-1].folded]) {
				continue
			}
			if r.period == "" {
				r.period = n
			}
		case w == "per" && r.unit == "":
			r.unit = n
		case (w == "each" || w == "every") && r.each == "":
			r.each = n
		}
		if w == "per" {
			marks = append(marks, i)
		}
	}
	return r, marks
}

// markedNoun returns the index of the first noun after a word of
// rateMarks at i ("each stranded passenger": "passenger"), past at most
// rateLead words that qualify it, or -1: "one of the families" marks
// none. The first, not the head of a compound: in "did each minibus
// cost", "cost" is the verb.
func markedNoun(wn *wordnet.WordNet, ws []word, i int) int {
	for j := i + 1; j < len(ws) && j <= i+1+rateLead; j++ {
		w := ws[j].folded
		if w == "of" || isNumberWord(w) || rateMarks[w] {
			return -1
		}
		if ws[j].term != "" && wn.MostlyNoun(nounLemma(wn, w)) {
			return j
		}
	}
	return -1
}

// periodOf returns the unit of time an adjective or adverb of a rate is
// made from, by WordNet's derivation links of the word or of its
// synonyms: "day" of "daily", "year" of "yearly" and so of "annual" and
// "annually"; "" for none.
func periodOf(wn *wordnet.WordNet, w string) string {
	if wn.POS(w)&(wordnet.Adjective|wordnet.Adverb) == 0 || periodWords[nounLemma(wn, w)] {
		return ""
	}
	for _, d := range wn.Derived(w) {
		if periodWords[d] {
			return d
		}
	}
	for _, s := range wn.Synonyms(w) {
		if strings.Contains(s, "_") {
			continue
		}
		for _, d := range wn.Derived(s) {
			if periodWords[d] {
				return d
			}
		}
	}
	return ""
}

// givesRateIn reports whether a sentence of a paragraph gives the figure
// a question asks, per what it asks it per (see givesRate).
func (e *Engine) givesRateIn(q question, pi *paraInfo, s sentInfo) bool {
	return s.figures&(1<<q.figure) != 0 && givesRate(e.lex.wn, q.rate, e.readText(pi.text[s.start:s.end]), q.figure == figureCount)
}

// givesRate reports whether a sentence's words give a figure per what a
// question asks it per (see perRate): the unit of time after a word of
// rateMarks ("about 11 million euros a day", "each day of the stoppage",
// "on an average weekday") or a word made from it ("an annual grant", "a
// flat monthly pass"); for a unit, a word that shares a figure out
// ("each", "every", "per", "apiece") or the unit after "a" ("4.50 euros a
// hen").
//
// A count over the period, unmarked, tells how many in one when count is
// set: "handled 2.7 million passengers last year" answers "how many
// travellers use the airport each year". A sum or a share beside a
// period is more often of what was done in it: "87 percent backed
// action in a ballot last month" is no monthly pass's price.
func givesRate(wn *wordnet.WordNet, r perRate, ws []word, count bool) bool {
	return (r.period == "" || givesPeriod(wn, r.period, ws, count)) && (r.unit == "" || givesUnit(wn, r.unit, ws))
}

func givesPeriod(wn *wordnet.WordNet, period string, ws []word, count bool) bool {
	if period == anyPeriod {
		return givesWage(wn, ws)
	}
	for k, w := range ws {
		if periodOf(wn, w.folded) == period {
			return true
		}
		n := nounLemma(wn, w.folded)
		if n != period && !periodCompound(wn, n, period) {
			continue
		}
		if count && n == period || markedBefore(ws, k) {
			return true
		}
	}
	return false
}

// markedBefore reports whether a word of rateMarks stands at most
// rateLead words before the unit of time at k ("a day", "on an average
// weekday"), with no number between: "after a 14-hour session" is no rate.
func markedBefore(ws []word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-rateLead; j-- {
		if isNumberWord(ws[j].folded) {
			return false
		}
		if rateMarks[ws[j].folded] {
			return true
		}
	}
	return false
}

// periodCompound reports whether a noun lemma is a compound of a noun
// and a unit of time, a kind of it: "weekday", "workday"; not "holiday"
// or "today".
func periodCompound(wn *wordnet.WordNet, n, period string) bool {
	rest, ok := strings.CutSuffix(n, period)
	return ok && len(rest) >= 3 && wn.POS(rest)&wordnet.Noun != 0
}

func givesUnit(wn *wordnet.WordNet, unit string, ws []word) bool {
	for k, w := range ws {
		switch w.folded {
		case "each", "every", "per", "apiece":
			return true
		case "a", "an":
			if k+1 < len(ws) && nounLemma(wn, ws[k+1].folded) == unit {
				return true
			}
		}
	}
	return false
}

// preferEach returns the question as asking a figure per what it says
// "each" of (see perRate.each) when one of the candidates that answer
// enough gives it so ("about 1.53 million euros to each member" for "how
// much does each winner get"), and as it was when none does: the coverage
// may give each one's figure one by one ("Karlsson won 45 seats").
func (e *Engine) preferEach(q question, cands []candidate) question {
	if q.rate.each == "" || q.rate.unit != "" {
		return q
	}
	each := q
	each.rate.unit = q.rate.each
	for i, c := range cands {
		if i == preferEachDepth {
			break
		}
		if answersEnough(c, i == 0) && e.givesFigure(each, c.ref) {
			return each
		}
	}
	return q
}

// preferEachDepth is how many of the best candidates preferEach looks at.
const preferEachDepth = 8

// wageLead is how many words may stand between a noun of wages and its
// number: "a basic salary of 45,000".
const wageLead = 3

// anyPeriod is perRate's period when a question asks what a person earns
// without saying per what (see asksWage).
const anyPeriod = "*"

// asksWage reports whether a "how much" question asks what a person
// earns: "earn" or "paid" after a be-form or "get" ("how much does a tram
// driver earn", "how much is the director paid"), of a person it names or
// a kind of person. A wage is paid per a period: "a deal worth 68 million
// euros" or a city's budget is none.
func (e *Engine) asksWage(q question, ws []word) bool {
	wn := e.lex.wn
	if wn == nil || q.figure != figureMoney || q.rate.asked() || len(personsOf(q)) == 0 && !slices.ContainsFunc(q.concepts, e.personKind) {
		return false
	}
	for i, w := range ws {
		if slices.Contains(wn.Lemmas(w.folded), "earn") && wn.POS(w.folded)&wordnet.Noun == 0 {
			return true
		}
		if w.folded == "paid" && i > 0 && (beForms[ws[i-1].folded] || ws[i-1].folded == "being" || ws[i-1].folded == "get" || ws[i-1].folded == "getting") {
			return true
		}
	}
	return false
}

// givesWage reports whether a sentence's words give a sum as a wage: per
// a period (see givesPeriod) or by a noun of wages with a number beside it
// ("a salary of 45,000 euros"; not "a strike over pay").
func givesWage(wn *wordnet.WordNet, ws []word) bool {
	for k, w := range ws {
		if periodOf(wn, w.folded) != "" {
			return true
		}
		n := nounLemma(wn, w.folded)
		if wn.MostlyNoun(n) && wn.KindOf(n, "wage", 1) && slices.ContainsFunc(ws[max(0, k-wageLead):min(len(ws), k+wageLead+1)], func(w word) bool { return isNumberWord(w.folded) }) {
			return true // "a salary of 45,000 euros", "its 3,000-crown pay"
		}
		if periodWords[n] && markedBefore(ws, k) {
			return true
		}
	}
	return false
}
