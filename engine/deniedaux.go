package engine

import "strings"

// deniedAuxiliaries are "do" and the modals denied in one word: the
// word after one that follows its subject is a verb ("so this doesn't
// wreck them", "the club won't sell him").
var deniedAuxiliaries = map[string]bool{
	"don't": true, "doesn't": true, "didn't": true, "won't": true, "wouldn't": true, "can't": true,
	"cannot": true, "couldn't": true, "shouldn't": true, "mustn't": true, "mightn't": true, "shan't": true,
}

// deniedAuxiliaryBefore reports whether the word at i follows "do" or a
// modal denied ("doesn't", "will not") after its subject, which makes it
// a verb: "what can growers do so this doesn't wreck them again" asks
// what keeps the frost from ruining them, not of a wreck. Where the
// denied word starts the question or follows its wh-word, the subject
// comes after it ("why don't young people vote", "what won't the club
// sell"), unless that wh-word is the subject ("who didn't pay").
func deniedAuxiliaryBefore(ws []word, i int) bool {
	at := -1 // the auxiliary
	switch {
	case i >= 1 && deniedAuxiliaries[ws[i-1].folded]:
		at = i - 1
	case i >= 2 && ws[i-1].folded == "not" && (modals[ws[i-2].folded] || doWords[ws[i-2].folded]):
		at = i - 2
	}
	if at < 1 {
		return false
	}
	before := ws[at-1].folded
	return before == "who" || !embeddedAsks[before]
}

// whoDoes reports whether the word at i is the present tense that "who"
// asking of the doer takes: "who foots the bill" asks who pays it, not of
// a foot; "who chairs the panel". A plural after "who" is rare: "whose"
// takes nouns.
func whoDoes(ws []word, i int) bool {
	if i < 1 || ws[i-1].folded != "who" || ws[i-1].surface == "WHO" {
		return false
	}
	w := ws[i].folded
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}
