package engine

import "github.com/coveragebot/coveragebot/engine/wordnet"

// incomeDepth is how many steps below income an income asked of may be:
// profit, revenue, earnings, sales, rent, a dividend.
const incomeDepth = 3

// askedAmountOf returns the concept a "what is X's N" or "what N did X
// make" question asks the amount of: N, a noun whose most frequent sense
// WordNet files as a possession and that is a kind of income ("profit",
// "revenue", "earnings", "rent"), the first of the question's concepts
// after "what" (and a form of "be") that is no name, no possessive nor a
// word qualifying the next. Such a question asks a figure, as "how much
// profit" does: "Veltra reported revenue of 1.35 billion crowns" gives no
// profit. Other possessions may be told without a number ("what is the
// prize": a car). -1 for none.
func askedAmountOf(wn *wordnet.WordNet, ws []word, cs []concept, firstWord []int) int {
	if wn == nil || len(ws) < 2 {
		return -1
	}
	i := 0
	for i < len(ws) && ws[i].term == "" && !whWords[ws[i].folded] && ws[i].folded != "how" && ws[i].folded != "who" {
		i++
	}
	if i >= len(ws) || ws[i].folded != "what" {
		return -1
	}
	j := i + 1
	be := j < len(ws) && beForms[ws[j].folded]
	if be {
		j++
	}
	at := -1
	for k, w := range firstWord {
		if w >= j {
			at = k
			break
		}
	}
	// "What profit did the bank make": the noun right after "what".
	if at < 0 || !be && firstWord[at] != j {
		return -1
	}
	for at < len(cs) && (cs[at].name || len(cs[at].entities) > 0 || cs[at].modifier || possessive(ws[firstWord[at]].surface)) {
		at++
	}
	if at >= len(cs) {
		return -1
	}
	// The noun heads the phrase after "be": only determiners and the
	// words of the concepts skipped stand before it ("what is brack
	// doing with her winnings" asks no amount of winnings).
	for k := j; k < firstWord[at]; k++ {
		if ws[k].term == "" && !determiners[ws[k].folded] && !wordnet.Possessive(ws[k].folded) {
			return -1
		}
	}
	c := cs[at]
	if l := headLemma(wn, c.label); !c.noun || c.clause || !wn.Possession(l) || !wn.KindOf(l, "income", incomeDepth) {
		return -1
	}
	return at
}
