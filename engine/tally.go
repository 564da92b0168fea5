package engine

import (
	"regexp"
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
)

// A tally is the result of a vote or a match told in numbers: "passed by
// 41 votes to 39", "a 7-6 vote", "won 3-1", "by just five votes", "an
// absolute majority of 88", "six members ... voted against". A reader asks
// for it in words the story seldom uses ("what was the final tally",
// "how close was it"), so the index does not find it by them.

// tallyNouns name a tally outright; countNouns only with a vote or a
// contest beside them ("the final vote count", "the result of the vote").
var (
	tallyNouns = map[string]bool{"tally": true, "score": true, "scoreline": true, "margin": true}
	countNouns = map[string]bool{"count": true, "result": true, "outcome": true, "breakdown": true}
)

// askedTally returns the index in ws of the word by which a question asks
// for a tally ("tally", "score", "margin"; "count" or "result" of a vote;
// "close" in "how close was it"), or -1.
func askedTally(wn *wordnet.WordNet, ws []word) int {
	if wn == nil {
		return -1
	}
	// Whether a word is a noun for a contest, read only when a word that
	// needs it comes: it walks WordNet's kinds of each word.
	read, isContest := false, false
	contest := func() bool {
		if !read {
			read, isContest = true, slices.ContainsFunc(ws, func(w word) bool { return contestNoun(wn, w.folded) })
		}
		return isContest
	}
	for i, w := range ws {
		switch {
		case tallyNouns[w.folded]:
			return i
		case countNouns[w.folded] && contest():
			return i
		case (w.folded == "close" || w.folded == "tight" || w.folded == "narrow") && i > 0 && ws[i-1].folded == "how" && closeContest(wn, ws[i+1:]):
			return i
		case (w.folded == "close" || w.folded == "tight" || w.folded == "narrow") && contest() && !nearOther(ws[i+1:]):
			// "Was the vote close?"
			return i
		case (w.folded == "vote" || w.folded == "voted") && votedHow(ws[:i]):
			// "How did the councillors vote on it?"
			return i
		case contestNoun(wn, w.folded) && whatWas(ws[:i]) && (i+1 == len(ws) || ws[i+1].brk):
			// "What was the vote?", "what was the final vote".
			return i
		}
	}
	return -1
}

// nearOther reports whether the words after "close" say what it is close
// to: "close to the river", "close by".
func nearOther(ws []word) bool {
	return len(ws) > 0 && (ws[0].folded == "to" || ws[0].folded == "by" || ws[0].folded == "from")
}

// votedHow reports whether the words before a "vote" ask how it was cast:
// "how did the councillors", "how will they".
func votedHow(ws []word) bool {
	return len(ws) >= 2 && ws[0].folded == "how" && (ws[1].folded == "did" || ws[1].folded == "do" || ws[1].folded == "will" || ws[1].folded == "does")
}

// whatWas reports whether the words before a noun ask what it was, with at
// most one word between: "what was the", "what is the final".
func whatWas(ws []word) bool {
	if len(ws) < 2 || len(ws) > 5 || ws[0].folded != "what" && ws[0].folded != "whats" {
		return false
	}
	be := 1
	if ws[0].folded == "what" {
		if ws[1].folded != "was" && ws[1].folded != "is" && ws[1].folded != "were" {
			return false
		}
		be = 2
	}
	rest := ws[be:]
	if len(rest) > 0 && rest[0].folded == "the" {
		rest = rest[1:]
	}
	return len(rest) <= 1
}

// contestNoun reports whether a word is a noun for a vote or a contest:
// "vote", "ballot", "election", "match", "race".
func contestNoun(wn *wordnet.WordNet, w string) bool {
	n, ok := wn.NounLemma(w)
	if !ok {
		return false
	}
	return wn.KindOf(n, "vote", 2) || wn.KindOf(n, "contest", 2)
}

// closeContest reports whether the words after "how close" ask how close a
// vote or contest was ("was the vote", "was it"), not how near a thing is
// to another ("was the fire to the houses", "is the school").
func closeContest(wn *wordnet.WordNet, ws []word) bool {
	for _, w := range ws {
		switch w.folded {
		case "to", "from", "near", "between", "of":
			return false
		}
	}
	for _, w := range ws {
		if contestNoun(wn, w.folded) {
			return true
		}
	}
	// Only a pronoun after the verb: "how close was it".
	rest := 0
	for _, w := range ws {
		switch w.folded {
		case "was", "is", "were", "will", "be", "it", "that", "this", "the", "result", "in", "end":
		default:
			rest++
		}
	}
	return rest == 0
}

// Numbers of a tally: figures, or a number in words.
const tallyNumber = `(?:\d{1,3}(?:,\d{3})+|\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a single)`

var (
	// "41 votes to 39", "151 to 146", "a 7-6 vote", "won 3-1".
	tallyPair = regexp.MustCompile(`(?:^|[^\w.,])(\d{1,4})(?: votes?)? ?(?:to|-|–|—) ?(\d{1,4})\b([^\n]{0,12})`)
	// "by five votes", "by 12 goals", "a majority of 88", "a one-vote
	// majority".
	tallyBy = regexp.MustCompile(`\bby (?:just |only |a mere |one more than )?` + tallyNumber + ` (?:votes?|seats?|goals?|runs?|points?)\b|\bmajority of ` + tallyNumber + `\b|\b` + tallyNumber + `-(?:vote|seat|goal|point) (?:majority|margin|lead|win|victory|defeat)\b`)
	// A vote cast told with a number in its sentence: "six members ...
	// voted against", "with two abstentions".
	tallyCast  = regexp.MustCompile(`\bvot(?:ed|ing) (?:against|for|in favou?r|yes|no)\b|\babstain(?:ed|ing)?\b|\babstentions?\b|\bin favou?r\b`)
	tallyDigit = regexp.MustCompile(`\b` + tallyNumber + `\b`)
	// Words of a vote or a contest decided, one of which a pair of numbers
	// needs beside it to be a tally rather than a range ("3-5 years").
	tallyDecided = regexp.MustCompile(`\b(?:vot\w*|ballot\w*|won|wins?|winning|beat(?:en|s)?|defeat\w*|lost|loses?|losing|pass(?:ed|es)?|carried|approv\w*|reject\w*|majority|elect\w*|scor\w*|victory|motion|draw|drew|ruled|ruling|verdict|decision|judges|justices)\b`)
)

// givesTally reports whether a sentence tells the result of a vote or a
// match in numbers.
func givesTally(sentence string) bool {
	s := strings.ToLower(sentence)
	return mayTell(s) && (wholeOf(s) || castTally(s))
}

// castsTally is givesTally of a sentence that tells no tally whole (see
// wholeOf), which it does not match again.
func castsTally(sentence string) bool {
	s := strings.ToLower(sentence)
	return mayTell(s) && castTally(s)
}

// mayTell reports whether a lowercase sentence has what a tally needs: a
// digit or a word of a vote.
func mayTell(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return '0' <= r && r <= '9' }) >= 0 || strings.Contains(s, "vot") || strings.Contains(s, "majority") || strings.Contains(s, "abst") || strings.Contains(s, "favo")
}

// castTally reports whether a sentence tells votes cast beside a number:
// "six members ... voted against", "with two abstentions". It tells part
// of a tally, or another vote's ("82 percent voted for a ban" in a
// referendum elsewhere), less surely than a result told whole.
func castTally(s string) bool {
	return tallyCast.MatchString(s) && slices.ContainsFunc(tallyDigit.FindAllString(s, -1), func(n string) bool { return !isYear(n) && n != "one" && n != "a single" })
}

// tallyPairs reports whether a sentence (lowercase) joins two numbers
// that are no range of years or of a measure by "to" or a dash.
func tallyPairs(s string) bool {
	for _, m := range tallyPair.FindAllStringSubmatchIndex(s, -1) {
		a, b, after := s[m[2]:m[3]], s[m[4]:m[5]], strings.TrimSpace(s[m[6]:m[7]])
		if isYear(a) || isYear(b) {
			continue
		}
		// "From 3 to 5", "between 10 and 12", "aged 18 to 25": a range.
		before := strings.Fields(s[:m[2]])
		if len(before) > 0 {
			switch strings.Trim(before[len(before)-1], "(") {
			case "from", "between", "aged", "ages", "of":
				continue
			}
		}
		// "2 to 3 percent", "10-12 hours": a range of a measure.
		if f := strings.Fields(after); len(f) > 0 {
			n := strings.Trim(f[0], ",.;:")
			if unitWords[n] || currencyWords[n] || lengthWords[n] || n == "%" || strings.HasPrefix(f[0], "%") {
				continue
			}
		}
		return true
	}
	return false
}

// wholeOf reports whether a lowercase sentence tells a tally whole: two
// numbers of a vote or a contest decided, or a margin or a majority, not
// only votes cast (see castTally).
func wholeOf(s string) bool {
	return mayTallyBy(s) && tallyBy.MatchString(s) || hasDigit(s) && tallyDecided.MatchString(s) && tallyPairs(s)
}

// tallyByWords are words one of which tallyBy needs: "by", "majority of",
// or a number joined to what it counts ("a 7-vote majority"). A sentence
// without any is not matched against it: the tallies of an article are
// read from all its sentences, and the expression's matching was a
// twentieth of /ask's CPU at 100,000 paragraphs.
var tallyByWords = []string{"by ", "majority of ", "-vote ", "-seat ", "-goal ", "-point "}

// mayTallyBy reports whether a sentence has one of tallyByWords.
func mayTallyBy(s string) bool {
	return slices.ContainsFunc(tallyByWords, func(w string) bool { return strings.Contains(s, w) })
}

// hasDigit reports whether s has an ASCII digit, as a pair of numbers
// (tallyPairs) needs.
func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// tallies returns the paragraphs of the article that tell a tally, in
// order, read once for the article at its first tally question.
func (a *partAt) tallies() []int32 {
	if a == nil {
		return nil
	}
	a.tallyOnce.Do(func() {
		for n := range a.p.paras {
			pi := &a.p.paras[n]
			told, whole := false, false
			for i := range pi.sents {
				sent := strings.ToLower(pi.sentence(i))
				if wholeOf(sent) {
					told, whole = true, true
					break
				}
				told = told || castsTally(sent) // (givesTally, whole or not)
			}
			if told {
				a.tallied = append(a.tallied, int32(n+1))
			}
			if whole {
				a.whole = append(a.whole, int32(n+1))
			}
		}
	})
	return a.tallied
}

// talliesAt reports whether paragraph n of the article tells a tally.
func (a *partAt) talliesAt(n int) bool {
	_, ok := slices.BinarySearch(a.tallies(), int32(n))
	return ok
}

// talliesWholeAt reports whether paragraph n of the article tells a tally
// whole (see wholeOf).
func (a *partAt) talliesWholeAt(n int) bool {
	a.tallies()
	_, ok := slices.BinarySearch(a.whole, int32(n))
	return ok
}

// tallyConcept returns the index of the concept by which a question asks
// for a tally (see askedTally), which a paragraph that tells one answers
// whatever its words, or -1.
func tallyConcept(q question) int {
	if q.tally == "" {
		return -1
	}
	return slices.IndexFunc(q.concepts, func(c concept) bool { return strings.EqualFold(c.label, q.tally) || c.lemma == q.tally })
}
