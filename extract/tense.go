package extract

import "strings"

// pastMarkers (and the future words in tenseOf) tell whether a clause looks forward or
// back, for a weekday or a month that the text gives without a year or a
// "last"/"next": "could make his debut on Saturday", "passed a medical on
// Tuesday".
var pastMarkers = set(`was were did had been ago last began went came met said told took made
	gave held won lost left saw led ran fell rose sold bought brought thought spoke wrote chose
	drove flew grew knew paid sent spent stood struck fought caught felt kept found heard
	broke became sat lay threw withdrew overtook drew`)

// clauseEnds stop the look ahead: the verb after "that" is another clause's.
var clauseEnds = set(`that who which when where ; and but because while although if unless as after before`)

// Forms that are both present and past (cut, put, set, hit, shut) say
// nothing and are left out of pastMarkers.

// notPast are words ending in -ed that are not past verbs.
var notPast = set(`need speed feed seed bed red hundred united indeed shed weed breed proceed
	exceed succeed sacred naked wicked`)

// tenseAround reads the tense nearest an expression in its sentence
// (inside the quote when the expression is quoted): +1 future, -1 past,
// 0 when nothing says.
func tenseAround(p *para, start, end int) int {
	s := p.sentenceOf(start)
	quoted := inQuotes(p.quotes, start)
	t0, t1 := p.tokenAt(start), p.tokenAt(end)
	best, bestDist := 0, 1<<30
	consider := func(i, dist int) {
		t := p.toks[i]
		if !t.word || inQuotes(p.quotes, t.start) != quoted || !s.contains(t.start) {
			return
		}
		if v := tenseOf(p, i); v != 0 && dist < bestDist {
			best, bestDist = v, dist
		}
	}
	words := 0
	for i := t0 - 1; i >= 0 && words < 16; i-- {
		if p.toks[i].word {
			words++
		}
		consider(i, words)
	}
	// Ahead, only this clause: not past "that", "if", "and", nor past a
	// comma unless the expression opens the sentence ("On Saturday, …").
	opens := t0 <= p.tokenAt(s.start)+1
	words = 0
	for i := t1; i < len(p.toks) && words < 6; i++ {
		w := strings.ToLower(p.toks[i].text)
		if clauseEnds[w] || (w == "," && !opens) {
			break
		}
		if p.toks[i].word {
			words++
		}
		consider(i, words)
	}
	return best
}

func tenseOf(p *para, i int) int {
	w := strings.ToLower(p.toks[i].text)
	next := ""
	if i+1 < len(p.toks) {
		next = p.toks[i+1].text
	}
	switch {
	case (w == "due" || w == "expected" || w == "scheduled" || w == "set" || w == "plans" || w == "plan" || w == "planned" || w == "aims" || w == "intends" || w == "hopes" || w == "going") && next == "to":
		return +1
	case w == "will" || w == "would" || w == "shall" || w == "could" || w == "upcoming" || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll"):
		return +1
	case pastMarkers[w]:
		return -1
	case strings.HasSuffix(w, "ed") && len(w) > 4 && !notPast[w] && !p.toks[i].cap:
		return -1
	}
	return 0
}
