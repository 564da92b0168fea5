package engine

import (
	"regexp"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/knowledge"
)

// degreeWeight is what a paragraph adds, for a question that asks to what
// degree ("how prolific was Moreira", "how warm did the sea get"), when it
// gives a number where it speaks of what is asked.
const degreeWeight = 0.3

// asksDegree reports whether a question asks to what degree something is
// so: "how" before an adjective or adverb other than those that ask for a
// figure outright ("how many", "how old": questionFigure) or a reason ("how
// come"). News tells a degree by a number: "scored 23 league goals",
// "peaked at 31.4 degrees", "rejected the plans by 9 votes to 4".
func asksDegree(wn *wordnet.WordNet, ws []word) bool {
	if wn == nil {
		return false
	}
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].folded != "how" {
			continue
		}
		w := ws[i+1]
		if w.term == "" || howMuch[w.folded] || w.folded == "come" {
			return false
		}
		return wn.POS(w.folded)&(wordnet.Adjective|wordnet.Adverb) != 0
	}
	return false
}

// givesDegree reports whether a paragraph gives a number in a sentence
// that speaks of what a degree question asks (givesFigure's test for "how
// much").
func (e *Engine) givesDegree(q question, ref knowledge.Ref) bool {
	q.figure = figureAny
	return e.givesFigure(q, ref)
}

// A measure a question asks for that only a number in its unit gives:
// "what speed was it doing" is not answered by "six minibuses on two
// routes", nor "how hot did it get" by "40 people".
const (
	measureNone = iota
	measureSpeed
	measureTemperature
	measureWeight
)

// measureAdjectives ask for a measure after "how" ("how hot"), and
// measureNouns after "what" or "which" ("what speed", "what was the
// temperature"). Not "how fast", which asks as often how soon ("how quick
// did the coastguard get there") or at what rate ("how fast is the cloud
// business growing").
var (
	measureAdjectives = map[string]int{"hot": measureTemperature, "cold": measureTemperature, "warm": measureTemperature, "cool": measureTemperature, "heavy": measureWeight}
	measureNouns      = map[string]int{"temperature": measureTemperature, "temperatures": measureTemperature, "speed": measureSpeed, "weight": measureWeight}
)

// askedMeasure returns the measure a question asks for: an adjective of
// one right after "how", or its noun among the four words after "what"
// or "which".
func askedMeasure(ws []word) int {
	for i := 0; i+1 < len(ws); i++ {
		switch ws[i].folded {
		case "how":
			return measureAdjectives[ws[i+1].folded]
		case "what", "which":
			for j := i + 1; j < len(ws) && j <= i+4; j++ {
				if m := measureNouns[ws[j].folded]; m != measureNone {
					return m
				}
			}
			return measureNone
		}
	}
	return measureNone
}

// measures are how a story writes a number in each measure's unit:
// "25 km/h", "85 kilometres per hour"; "29C", "31.4 degrees Celsius".
var measures = map[int]*regexp.Regexp{
	measureSpeed:       regexp.MustCompile(`(?i)\d\s*(km/h|kph|mph|knots?\b|(kilomet(re|er)s?|miles|met(re|er)s) (an|per) (hour|second)|m/s)`),
	measureTemperature: regexp.MustCompile(`(?i)\d\s*(°|degrees?\b|[CF]\b)`),
	measureWeight:      regexp.MustCompile(`(?i)\d\s*(kg\b|kilo(gram)?s?\b|grams?\b|g\b|tonnes?\b|tons?\b|pounds?\b|lbs?\b|ounces?\b|oz\b|stone\b)`),
}

// givesMeasure reports whether a paragraph gives a number in the unit of
// the measure m.
func (e *Engine) givesMeasure(m int, ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	return pi != nil && measures[m].MatchString(pi.text)
}

// measureNames name each measure in a reply.
var measureNames = map[int]string{measureSpeed: "speed", measureTemperature: "temperature", measureWeight: "weight"}
