package engine

import (
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
)

// verbAfterMany reports whether the words after "many" in "how many" (at
// index many) start with a verb and name no noun, in their first two: "how
// many ended up in hospital", "how many signed the petition", not "how many
// crashes", "how many missing children". Such a question counts whoever did
// what the verb says, and names them by no word of its own. A word the
// dictionary does not know may be a name.
func verbAfterMany(wn *wordnet.WordNet, ws []word, many int) bool {
	if wn == nil {
		return false
	}
	verb := false // the first content word is a verb
	for j := many + 1; j < len(ws) && j <= many+2; j++ {
		w := ws[j]
		if w.term == "" {
			continue
		}
		// (A verb's form in -s has a subject of one: "installs" after
		// "how many" is a plural noun the dictionary does not know.)
		ls := wn.Lemmas(w.folded)
		if ls == nil || wn.POS(w.folded)&wordnet.Noun != 0 || nounLemma(wn, w.folded) != w.folded || strings.HasSuffix(w.folded, "s") && !slices.Contains(ls, w.folded) {
			return false
		}
		if !verb {
			if !slices.ContainsFunc(ls, func(l string) bool { return wn.POS(l)&wordnet.Verb != 0 }) {
				return false
			}
			verb = true
		}
	}
	return verb
}

// doneByNumbers returns the verbs whose subject is a number of a sentence,
// after the auxiliaries between: "admitted" of "Eleven had been admitted to
// hospital", which counts those admitted. (A verb right after the number is
// among its counted words: see countedWords.)
func doneByNumbers(ws []word) []word {
	var out []word
	for k, w := range ws {
		if !isNumberWord(w.folded) || isYear(w.folded) {
			continue
		}
		j := k + 1
		for j < len(ws) && j <= k+3 && (auxiliaries[ws[j].folded] || ws[j].folded == "been" || ws[j].folded == "be") {
			j++
		}
		if j > k+1 && j < len(ws) && ws[j].term != "" && !isNumberWord(ws[j].folded) {
			out = append(out, ws[j])
		}
	}
	return out
}

// wholeAfter returns where the words start of the whole a "how many of
// the" question asks a part of ("adults" of "how many of the adults were
// men"), after "many" at index many; -1 when "of" does not follow, or
// a pronoun does ("how many of them").
func wholeAfter(ws []word, many int) int {
	j := many + 1
	if j >= len(ws) || ws[j].folded != "of" {
		return -1
	}
	j++
	if j < len(ws) && determiners[ws[j].folded] {
		j++
	}
	if j >= len(ws) || ws[j].term == "" {
		return -1
	}
	return j
}
