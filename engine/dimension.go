package engine

import (
	"strings"

	"github.com/coveragebot/coveragebot/engine/wordnet"
)

// dimension is the extent a question asks of a thing by its adjective
// ("how tall", "how deep", "how far"), or a sentence gives a length of by
// the word beside it ("40 metres long", "a depth of 6 metres", "12 km
// from the coast").
type dimension uint8

// The dimensions.
const (
	dimNone     dimension = iota
	dimHeight             // tall, high
	dimDepth              // deep
	dimWidth              // wide
	dimLength             // long
	dimDistance           // far
	// dimSize is what "how big" and "how large" ask: an extent, a sum, a
	// count, anything but a span of time or a date.
	dimSize
)

// asksLength returns the dimension a question asks a length of by the
// adjective after "how", as WordNet gives the attribute it is a value of:
// a depth ("how deep", "how shallow"), a height ("how tall"), a width
// ("how wide", "how narrow", "how thick"), a distance ("how far"; not
// "how far into treatment", which asks how long). "How high" and "how
// low", whose attribute is a level, ask a height of a thing one can point
// at ("how high did the river get"; "how high are rents" asks a sum, "how
// high is unemployment" a share), and "how close" or "how near" a
// distance of one ("how close did the fire come"; not "how close are they
// to a deal"). "How big" asks a size (see givesSize). "How long" may ask
// a duration.
func asksLength(wn *wordnet.WordNet, ws []word) dimension {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].folded != "how" {
			continue
		}
		switch a := ws[i+1].folded; a {
		case "far":
			if i+2 == len(ws) || !passageWords[ws[i+2].folded] && !markWords[ws[i+2].folded] {
				return dimDistance
			}
		case "high", "low":
			if wn != nil && concreteHead(wn, ws[i+2:]) {
				return dimHeight
			}
		case "big", "large":
			return dimSize
		default:
			if wn == nil || a == "long" || a == "short" {
				break
			}
			for _, n := range wn.Attributes(a) {
				if d := attributeDimensions[n]; d != dimNone && (d != dimDistance || concreteHead(wn, ws[i+2:])) {
					return d
				}
			}
		}
		return dimNone
	}
	return dimNone
}

// attributeDimensions are the attributes of WordNet's adjectives that are
// extents a length tells.
var attributeDimensions = map[string]dimension{
	"height": dimHeight, "stature": dimHeight, "depth": dimDepth, "width": dimWidth, "thickness": dimWidth, "distance": dimDistance,
}

// passageWords after "how far" ask how far through something one has
// gone, not a distance: "how far into treatment", "how far along".
var passageWords = map[string]bool{"into": true, "through": true, "along": true}

// markWords after "how far" ask how far past or short of a mark something
// is ("how far over budget", "how far behind schedule", "how far ahead in
// the polls"): a difference any number may tell, not a distance.
var markWords = map[string]bool{"over": true, "above": true, "under": true, "below": true, "beyond": true, "behind": true, "ahead": true}

// concreteHead reports whether the noun a question's words put first,
// past auxiliaries, determiners and adverbs ("how high did the river
// get", "how high up is the village"), is a thing one can point at and no
// person (see wordnet.Concrete): the last of its run of words mostly
// nouns, past adjectives ("the river", "the new reservoir").
func concreteHead(wn *wordnet.WordNet, ws []word) bool {
	head := ""
	for _, w := range ws {
		f := w.folded
		if head == "" && (beForms[f] || modals[f] || determiners[f] || f == "did" || f == "does" || f == "do" || f == "be" || wn.POS(f)&wordnet.Noun == 0 && wn.POS(f)&wordnet.Adverb != 0) {
			continue
		}
		l, ok := wn.NounLemma(f)
		if !ok || w.term == "" || !wn.MostlyNoun(l) {
			if head != "" || wn.POS(f)&wordnet.Adjective == 0 {
				break
			}
			continue
		}
		head = l
	}
	return head != "" && wn.Concrete(head) && !wn.Person(head)
}

// dimensionWords say which extent a length beside them is: after its unit
// ("300 metres long", "12 metres deep", "14 km away", "6 km north of the
// city", "11 kilometres short of the harbour") or as the noun before
// "of" ("a depth of 6 metres", "at an altitude of 900 metres").
var dimensionWords = map[string]dimension{
	"tall": dimHeight, "high": dimHeight, "height": dimHeight, "altitude": dimHeight, "elevation": dimHeight, "above": dimHeight,
	"deep": dimDepth, "depth": dimDepth, "below": dimDepth, "beneath": dimDepth, "underground": dimDepth,
	"wide": dimWidth, "width": dimWidth, "across": dimWidth, "broad": dimWidth, "thick": dimWidth, "diameter": dimWidth,
	"long": dimLength, "length": dimLength, "longer": dimLength,
	"away": dimDistance, "from": dimDistance, "short": dimDistance, "off": dimDistance, "either": dimDistance,
	"distance": dimDistance, "north": dimDistance, "south": dimDistance, "east": dimDistance, "west": dimDistance,
	"downstream": dimDistance, "upstream": dimDistance, "inland": dimDistance, "offshore": dimDistance, "beyond": dimDistance,
}

// lengthFigure is a number with a unit of length in a sentence's words:
// the extent it says it is (dimNone when no word says), and, when it
// stands before a noun as its measure ("the 86-metre Hester Quay", "a
// 40-metre-long barge"), where that noun starts (else -1).
type lengthFigure struct {
	dim  dimension
	noun int
}

// lengthFigures reads the lengths a sentence's words give (see
// lengthFigure). A unit in the singular before a noun measures the noun:
// "86-metre" reads as "86 metre".
func lengthFigures(wn *wordnet.WordNet, ws []word) []lengthFigure {
	var out []lengthFigure
	for k := 0; k+1 < len(ws); k++ {
		if !isNumberWord(ws[k].folded) || !lengthUnit(wn, ws[k+1].folded) {
			continue
		}
		f := lengthFigure{noun: -1}
		j := k + 2
		// "14 km (9 miles) away": the same length in another unit.
		if j+1 < len(ws) && isNumberWord(ws[j].folded) && lengthUnit(wn, ws[j+1].folded) {
			j += 2
		}
		if j < len(ws) {
			f.dim = dimensionWords[ws[j].folded]
		}
		if f.dim == dimNone {
			// "a depth of 6 metres", "at a height of about 40 metres".
			for b := k - 1; b >= 1 && b >= k-3; b-- {
				if ws[b].folded == "of" {
					f.dim = dimensionWords[ws[b-1].folded]
					break
				}
			}
		}
		if singularUnit(wn, ws[k+1].folded) {
			n := k + 2
			if f.dim != dimNone {
				n++ // "a 40-metre-long barge"
			}
			if n < len(ws) && ws[n].term != "" && wn != nil && wn.POS(ws[n].folded)&wordnet.Noun != 0 || n < len(ws) && isCapitalised(ws[n].surface) {
				f.noun = n
			}
		}
		out = append(out, f)
	}
	return out
}

// lengthUnit reports whether a word after a number is a unit of length:
// one of lengthWords, or a word of three letters or more that WordNet
// knows first as a quantity and as a linear unit ("kilometre", "yard").
func lengthUnit(wn *wordnet.WordNet, w string) bool {
	if lengthWords[w] {
		return true
	}
	if wn == nil || len(w) <= 2 {
		return false // "a" is an angstrom, "m" a metre, "in" an inch
	}
	l := wn.NounLemmaOr(w)
	return wn.Quantity(l) && wn.KindOf(l, "linear_unit", 4)
}

// singularUnit reports whether a unit of length is written in the
// singular, as it is before the noun it measures ("a 6-metre stretch"),
// and not in a form that is both ("km", "ft").
func singularUnit(wn *wordnet.WordNet, w string) bool {
	return len(w) > 2 && wn != nil && wn.NounLemmaOr(w) == w
}

// givesLengthOf reports whether a sentence's words give a length that may
// be the one a question asks (q.length): of the dimension asked, or of no
// dimension the words say ("crested at 5.8 metres"); any for a distance,
// which may be told as a depth ("400 metres below ground"). A length
// before a noun is that noun's, and answers only when a word of the
// question names it: "the 86-metre Hester Quay" says not how tall the
// viaduct is, nor does "1 km either side of the viaduct", nor "a tongue
// of debris 300 metres long" how high the village is.
func (e *Engine) givesLengthOf(q question, ws []word) bool {
	if q.length == dimSize {
		return givesSize(ws)
	}
	if (q.length == dimHeight || q.length == dimDepth) && e.bodyMeasure(ws) {
		return true
	}
	for _, f := range lengthFigures(e.lex.wn, ws) {
		if f.dim != dimNone && f.dim != q.length && q.length != dimDistance {
			continue
		}
		if f.noun < 0 || e.namesMeasured(q, ws, f.noun) {
			return true
		}
	}
	return false
}

// givesSize reports whether words give a number that may tell how big
// something is: one that is no year, no day of a month, no time of day
// and no span of time. "Two years of deficits" says not how big the
// deficit is.
func givesSize(ws []word) bool {
	for k, w := range ws {
		if !numberEnds(ws, k) || isYear(w.folded) || dayOfMonth(ws, k) {
			continue
		}
		if k+1 == len(ws) {
			return true
		}
		n := ws[k+1].folded
		if durationWords[n] || longDurationWords[n] || shortDurationWords[n] || n == "am" || n == "pm" || n == "a" && k+2 < len(ws) && ws[k+2].folded == "m" {
			continue
		}
		return true
	}
	return false
}

// bodyMeasure reports whether words give a height or a depth by a part of
// the body, as a number does: "water stood waist-deep", "knee-high
// grass".
func (e *Engine) bodyMeasure(ws []word) bool {
	wn := e.lex.wn
	for k := 0; k+1 < len(ws) && wn != nil; k++ {
		if d := dimensionWords[ws[k+1].folded]; (d == dimHeight || d == dimDepth) && wn.POS(ws[k+1].folded)&wordnet.Adjective != 0 && wn.KindOf(wn.NounLemmaOr(ws[k].folded), "body_part", 6) {
			return true
		}
	}
	return false
}

// namesMeasured reports whether a word of the question, other than the
// word of degree after "how", names the noun a length measures, a word of
// the run of nouns from n ("Hester Quay", "railway viaduct").
func (e *Engine) namesMeasured(q question, ws []word, n int) bool {
	for j := n; j < len(ws) && j < n+3 && ws[j].term != ""; j++ {
		ts := e.vocab.set([]string{ws[j].term})
		for _, c := range q.concepts {
			if !howMuch[strings.ToLower(c.label)] && c.sureMatch(ts) >= figureOfMatch {
				return true
			}
		}
	}
	return false
}
