package engine

import (
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"

	"github.com/coveragebot/coveragebot/engine/wordnet"
)

// otherRelation returns those of the places countingNumbers gives for a
// sentence (at) whose number stands in another relation to its noun than
// a count of what a "how many" question asks: the size of an inquiry's
// sample when the question asks of no inquiry (see sampledBy), a body's
// members when the question names no body and counts no members (see
// membersOf), a gap or a margin when no difference is asked (see
// isDifference), an increment, a part, or persons something was done to
// or who did something once when how many there are is asked (see
// isIncrement, isPart, eventful). "A study of 48,000 adults" says not how many people in
// Scotland have dementia, nor "the Supporters' Trust, which has about
// 3,100 members" how many people live in Tarvik, nor "11 points behind
// Northgate" how many points Ashford got.
func (e *Engine) otherRelation(q question, counted concept, ws []word, at []int) []int {
	wn := e.lex.wn
	if wn == nil {
		return nil
	}
	var out []int
	for _, from := range at {
		if from <= 0 {
			continue // a share counts a part of what it is of
		}
		run := numberStart(ws, from-1)
		if sampledBy(wn, ws, run) != "" && !e.asksSample(q) || membersOf(wn, ws, run, from-1) && !e.asksMembers(q, counted) || !q.change && isDifference(wn, ws, run, from-1) || q.stock && (isIncrement(ws, run, from-1) || isPart(ws, from-1) || e.countsPersons(q) && e.eventful(ws, run, from-1)) {
			out = append(out, from)
		}
	}
	return out
}

// withoutNumbers returns a copy of a sentence's words in which the
// numbers whose counted words start at the places drop are no numbers:
// what they count answers not, by any name.
func withoutNumbers(ws []word, drop []int) []word {
	out := slices.Clone(ws)
	for _, from := range drop {
		for k := from - 1; k >= 0 && isNumberWord(out[k].folded); k-- {
			out[k].folded, out[k].term = "", ""
		}
	}
	return out
}

// hedgeBefore returns where the word is before the words that hedge the
// number whose words start at run ("some 200", "more than 300", "up to
// 20"), -1 for none.
func hedgeBefore(ws []word, run int) int {
	i := run - 1
	for n := 0; i >= 0 && n < 3 && hedgeWords[ws[i].folded]; n++ {
		i--
	}
	return i
}

// hedgeWords hedge the number after them rather than relate it to
// another word.
var hedgeWords = map[string]bool{
	"than": true, "up": true, "to": true, "just": true, "only": true, "some": true, "about": true, "around": true,
	"nearly": true, "almost": true, "roughly": true, "over": true, "under": true, "more": true, "less": true, "fewer": true,
}

// inquiryNoun is WordNet's noun of which a poll, a survey, a study and a
// census are kinds, within inquiryDepth steps.
const (
	inquiryNoun  = "investigation"
	inquiryDepth = 4
)

// sampledBy returns the noun of the inquiry whose sample the number whose
// words start at run sizes, or "": "a poll of 1,000 residents", "a study
// of 48,000 adults", "a survey of some 500 firms". Those asked are a
// sample of whom the inquiry is about, not all of them.
func sampledBy(wn *wordnet.WordNet, ws []word, run int) string {
	i := hedgeBefore(ws, run)
	if i < 1 || ws[i].folded != "of" || ws[i-1].term == "" {
		return ""
	}
	h := wn.NounLemmaOr(ws[i-1].folded)
	if !wn.MostlyNoun(h) || !wn.KindOf(h, inquiryNoun, inquiryDepth) {
		return ""
	}
	return h
}

// asksSample reports whether a "how many" question asks of an inquiry, by
// its noun or by its verb ("how many people took part in the survey",
// "how many were polled"), which the size of its sample answers.
func (e *Engine) asksSample(q question) bool {
	wn := e.lex.wn
	return slices.ContainsFunc(q.concepts, func(c concept) bool {
		if c.name || c.lemma == "" {
			return false
		}
		// Any lemma of the word: "polled" is first an adjective of
		// cattle, but a poll's verb here.
		return slices.ContainsFunc(append(wn.Lemmas(strings.ToLower(c.label)), c.lemma), func(l string) bool {
			return wn.KindOf(l, inquiryNoun, inquiryDepth) ||
				slices.ContainsFunc(wn.Derived(l), func(d string) bool { return wn.KindOf(d, inquiryNoun, inquiryDepth) })
		})
	})
}

// membersOf reports whether the number whose words run from run to k
// sizes a body by its members: "which has about 3,100 members", "a union
// with 62,000 members", "which represents about 210 businesses", "which
// says it speaks for about 23,000 landlords". It counts those who belong
// to the body, whatever else its noun names them.
func membersOf(wn *wordnet.WordNet, ws []word, run, k int) bool {
	for j := k + 1; j < len(ws) && j <= k+2 && ws[j].term != ""; j++ {
		if wn.NounLemmaOr(ws[j].folded) == "member" {
			return true
		}
	}
	i := hedgeBefore(ws, run)
	if i < 0 {
		return false
	}
	if slices.Contains(wn.Lemmas(ws[i].folded), "represent") {
		return true
	}
	return ws[i].folded == "for" && i > 0 && slices.Contains(wn.Lemmas(ws[i-1].folded), "speak")
}

// asksMembers reports whether a "how many" question may be answered by
// the number of a body's members (see membersOf): it counts members ("how
// many members does the club have"), or names a body, by a noun ("how
// many pilots are in the union") or by an organisation's name.
func (e *Engine) asksMembers(q question, counted concept) bool {
	wn := e.lex.wn
	lemma := counted.lemma
	if lemma == "" {
		lemma = headLemma(wn, counted.label)
	}
	if lemma == "member" || lemma == "membership" {
		return true
	}
	return slices.ContainsFunc(q.concepts, func(c concept) bool {
		if slices.ContainsFunc(c.entities, func(en *knowledge.Entity) bool { return en.Kind == knowledge.KindOrganisation }) {
			return true
		}
		return !c.name && c.lemma != "" && wn.KindOfMain(c.lemma, organisationNoun, organisationDepth)
	})
}

// changeWords, in a "how many" question, ask a difference between counts
// ("how many more", "how many points behind", "won by how many"), which a
// margin or a gap answers.
var changeWords = map[string]bool{
	"more": true, "fewer": true, "extra": true, "additional": true, "further": true, "another": true,
	"by": true, "margin": true, "behind": true, "ahead": true, "short": true,
}

// asksChange reports whether a "how many" question asks a difference
// between counts (see changeWords).
func asksChange(ws []word) bool {
	return slices.ContainsFunc(ws, func(w word) bool { return changeWords[w.folded] })
}

// gapWords, after a number or the noun it counts, say how far one count
// stands from another: "11 points behind the champions", "one short of a
// majority".
var gapWords = map[string]bool{"behind": true, "ahead": true, "short": true}

// isDifference reports whether the number whose words run from run to k
// gives how far one count stands from another rather than a count of what
// its noun names: a gap ("finished fourth, 11 points behind Northgate")
// or a margin after "by" ("beat Solheim by just 37 votes"). A number
// after the "by" of a passive names who did the act ("was signed by 4,100
// residents"), and one of persons after "by" is theirs ("backed by 300
// parents"): both count.
func isDifference(wn *wordnet.WordNet, ws []word, run, k int) bool {
	if k+1 < len(ws) && gapWords[ws[k+1].folded] || k+2 < len(ws) && ws[k+1].term != "" && gapWords[ws[k+2].folded] {
		return true
	}
	i := hedgeBefore(ws, run)
	if i < 0 || ws[i].folded != "by" {
		return false
	}
	if k+1 < len(ws) && ws[k+1].term != "" && wn.People(wn.NounLemmaOr(ws[k+1].folded)) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if beForms[ws[j].folded] || ws[j].folded == "been" || ws[j].folded == "be" || ws[j].folded == "being" {
			return false
		}
	}
	return true
}

// asksStock reports whether a "how many" question asks how many there are
// or someone has: "how many inspectors are there", "how many staff does
// the firm have", "how many employees does it have in total".
func asksStock(ws []word) bool {
	for i, w := range ws {
		if beForms[w.folded] && i+1 < len(ws) && ws[i+1].folded == "there" || (w.folded == "have" || w.folded == "has") && (i == len(ws)-1 || inTotal(ws[i+1:])) {
			return true
		}
	}
	return false
}

// incrementWords before or after a number say it is added to a total:
// "45 extra inspectors", "an additional 300", "another 45".
var incrementWords = map[string]bool{"extra": true, "additional": true, "another": true, "further": true}

// isIncrement reports whether the number whose words run from run to k
// is added to a total ("hire 45 extra inspectors", "another 300 jobs"):
// it says not how many there are.
func isIncrement(ws []word, run, k int) bool {
	if k+1 < len(ws) && incrementWords[ws[k+1].folded] && ws[k+1].folded != "another" {
		return true
	}
	i := hedgeBefore(ws, run)
	return i >= 0 && incrementWords[ws[i].folded]
}

// isPart reports whether the number at k counts a part of a whole that
// "of" puts after it ("up to 20 of the best stores", "five of the 12
// winners", "58 of them"): it says not how many there are in all.
func isPart(ws []word, k int) bool {
	return k+2 < len(ws) && ws[k+1].folded == "of" && (determiners[ws[k+2].folded] || ws[k+2].folded == "its" || ws[k+2].folded == "their" || ws[k+2].folded == "them")
}

// inTotal reports whether words, the last of a question, ask the whole
// of what it counts: "in total", "in all", "altogether", "overall".
func inTotal(ws []word) bool {
	switch len(ws) {
	case 1:
		return ws[0].folded == "altogether" || ws[0].folded == "overall"
	case 2:
		return ws[0].folded == "in" && (ws[1].folded == "total" || ws[1].folded == "all")
	}
	return false
}

// eventful reports whether the persons the number whose words run from
// run to k counts are those something was done to or who did something,
// by a verb right before it ("let 412 employees view") or after what it
// counts ("60 firefighters had been brought in"), not a verb of having
// or of working ("employs 900 people", "has 1,400 firefighters", "900
// people work there"): those who did a thing once are no stock of them.
func (e *Engine) eventful(ws []word, run, k int) bool {
	wn := e.lex.wn
	verb := func(w word) bool {
		if w.term == "" || wn.MostlyNoun(wn.NounLemmaOr(w.folded)) {
			return false
		}
		return anyVerb(wn, w.folded)
	}
	stock := func(w word) bool {
		return slices.ContainsFunc(wn.Lemmas(w.folded), func(l string) bool { return l == "have" || e.workVerb(l) })
	}
	// The verb before it says what the persons are to the body: "has
	// about 3,100 members, said" counts members, whatever the body said.
	if i := hedgeBefore(ws, run); i >= 0 && (stock(ws[i]) || verb(ws[i])) {
		return !stock(ws[i])
	}
	j := k + 1
	for j < len(ws) && j <= k+2 && ws[j].term != "" && wn.MostlyNoun(wn.NounLemmaOr(ws[j].folded)) {
		j++
	}
	// A form of "be" or "have" before it is the verb's: "had been
	// brought in", "were sent"; not before what the persons are: "340
	// are housebound".
	for j < len(ws)-1 && (beForms[ws[j].folded] || ws[j].folded == "had" || ws[j].folded == "have" || ws[j].folded == "been") {
		j++
	}
	for n := j; n < len(ws) && n < j+3; n++ {
		if stock(ws[n]) {
			return false
		}
	}
	return j < len(ws) && verb(ws[j])
}
