package engine

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/knowledge"
)

// figure is the kind of number a question asks for ("how much does it
// cost", "how many berths", "how old") or a sentence gives.
type figure uint8

// The kinds of figure.
const (
	figureNone    figure = iota
	figureAny            // how much, how often: any number answers
	figureMoney          // a sum: 62 million pounds, $78 million
	figureAge            // 24-year-old, aged 24
	figureMeasure        // a number with a unit: 1,000 kilometers, 30 hours, 12%
	figureCount          // how many X: a number before X
	figureTime           // what time: 10 a.m., 14:30, noon
	// figureDate is no question's figure: the bit a paragraph that gives
	// a date ("in 2014", "on Tuesday") sets, for questions that ask when.
	figureDate
)

// reasonBit is the bit of a sentence's figures (and its paragraph's) that
// says it gives a reason, for questions that ask why: figureNone's, which
// no figure is and givesFigure never tests.
const reasonBit = 1 << figureNone

// moneyWords in a "how much" question ask for a sum.
var moneyWords = map[string]bool{
	"cost": true, "costs": true, "pay": true, "paid": true, "pays": true, "price": true, "prices": true,
	"worth": true, "earn": true, "earns": true, "earned": true, "spend": true, "spent": true, "fee": true,
	"salary": true, "wage": true, "wages": true, "charge": true, "charged": true, "money": true, "cash": true,
	"budget": true, "fund": true, "funding": true, "sell": true, "sold": true, "fine": true, "compensation": true,
	"costing": true, "paying": true, "earning": true, "spending": true, "selling": true, "charging": true,
	"priced": true, "funded": true, "charges": true, "fees": true, "fines": true, "salaries": true,
}

// currencyWords name money after a number.
var currencyWords = map[string]bool{
	"pound": true, "pounds": true, "dollar": true, "dollars": true, "euro": true, "euros": true,
	"yen": true, "yuan": true, "rupee": true, "rupees": true, "franc": true, "francs": true, "crowns": true,
	"kronor": true, "kroner": true, "rubles": true, "roubles": true, "pence": true, "cents": true,
}

// unitWords measure after a number: lengths, areas, durations, shares.
var unitWords = map[string]bool{
	"kilometers": true, "kilometres": true, "km": true, "miles": true, "mile": true, "meters": true,
	"metres": true, "feet": true, "foot": true, "yards": true, "acres": true, "hectares": true,
	"seconds": true, "minutes": true, "hours": true, "hour": true, "days": true, "day": true, "weeks": true,
	"week": true, "months": true, "month": true, "years": true, "year": true, "decades": true,
	"percent": true, "per": true, "tons": true, "tonnes": true, "kilograms": true, "kg": true, "degrees": true,
	"points": true, "seats": true,
}

// questionFigure says what kind of figure a "how …" question asks for, from
// its words (folded): the word after "how" and, for "how much", whether it
// asks about money.
func questionFigure(ws []word) figure {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].folded != "how" {
			continue
		}
		switch ws[i+1].folded {
		case "many":
			if i+2 < len(ws) && currencyWords[ws[i+2].folded] {
				return figureMoney // "how many dollars"
			}
			return figureCount
		case "much":
			for _, w := range ws[i+2:] {
				if moneyWords[w.folded] || currencyWords[w.folded] {
					return figureMoney
				}
			}
			return figureAny
		case "old":
			return figureAge
		case "long":
			if sinceWhen(ws, i) {
				return figureNone // a date answers it: "since June 2024"
			}
			return figureMeasure
		case "big", "large", "high":
			// A size is told in any number: a sum ("how big were the
			// sales": "$6 billion"), a count ("how large is the
			// workforce": "4,200") or a measure.
			return figureAny
		case "far":
			// "How far over budget", "how far behind schedule": how far
			// past a mark, which any number may tell (a sum, a share, a
			// time), not a distance.
			if i+2 < len(ws) && markWords[ws[i+2].folded] {
				return figureAny
			}
			return figureMeasure
		case "wide", "deep", "tall":
			return figureMeasure
		case "often":
			return figureAny
		}
	}
	// "What time", "at what time": a time of day, not a date. "What
	// share", "what percentage": a number.
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].folded != "what" && ws[i].folded != "which" {
			continue
		}
		switch ws[i+1].folded {
		case "time":
			return figureTime
		case "percentage", "percent", "proportion", "share", "fraction":
			return figureAny
		}
		if asksAge(ws[i+1:]) {
			return figureAge
		}
	}
	if asksWhatSum(ws) {
		return figureMoney
	}
	return figureNone
}

// asksAge reports whether the words after "what" ask an age by the noun
// "age" as what is asked ("what age was she", "what was the average age
// of the participants"), not as the word before the noun asked ("what
// age group").
func asksAge(ws []word) bool {
	for j := 0; j < len(ws) && j < 4; j++ {
		if ws[j].folded != "age" {
			continue
		}
		return j+1 == len(ws) || afterHeadNoun[ws[j+1].folded]
	}
	return false
}

// afterHeadNoun are words that may follow the noun a question asks for,
// none of them a noun: "what age was she", "the age of the victims".
var afterHeadNoun = map[string]bool{"of": true, "is": true, "was": true, "are": true, "were": true,
	"did": true, "does": true, "do": true, "will": true, "would": true, "when": true, "for": true, "at": true}

// lengthWords are units of length after a number.
var lengthWords = map[string]bool{
	"kilometers": true, "kilometres": true, "km": true, "miles": true, "mile": true, "meters": true,
	"metres": true, "metre": true, "meter": true, "feet": true, "foot": true, "ft": true, "yards": true,
	"centimetres": true, "centimeters": true, "cm": true, "inches": true, "inch": true,
	"millimetres": true, "millimeters": true, "mm": true, "storeys": true, "stories": true, "floors": true,
}

// currencyUnit reports whether a word after a number names money that
// currencyWords leaves out: a noun whose most frequent sense is a
// quantity and a kind of WordNet's monetary units ("krona", "zloty",
// "lira"; not "mark", first a sign, nor "won", a form of "win"). Nil
// WordNet knows none.
func currencyUnit(wn *wordnet.WordNet, w string) bool {
	if wn == nil || len(wn.Irregular(w)) > 0 {
		return false
	}
	l := wn.NounLemmaOr(w)
	return wn.Quantity(l) && wn.KindOf(l, "monetary_unit", 5)
}

// sumNoun reports whether a noun asked "how much" of is a sum of money
// WordNet knows ("how much rent", "how much ransom", "how much salary"):
// its most frequent sense is a possession, and a sense is a kind of
// payment, of a monetary value or of money.
func sumNoun(wn *wordnet.WordNet, lemma string) bool {
	return wn.Possession(lemma) && (wn.KindOf(lemma, "payment", 5) || wn.KindOf(lemma, "monetary_value", 3) || wn.KindOf(lemma, "money", 4))
}

// sumVerbs take the sum a thing is worth as their object, which "what"
// may stand for ("what is it worth"). Not "cost", whose object is as often
// no sum ("what did the delay cost them": the title).
var sumVerbs = map[string]bool{"worth": true}

// asksWhatSum reports whether a question asks a sum by "what" as the
// object of "worth": "what was the chalice worth" asks what "how much"
// does. "What" is the object when a verb, not a noun, follows it ("what
// was", "what will", "what's"), and "worth" is then no noun: not "what is
// the worth of the deal".
func asksWhatSum(ws []word) bool {
	i := slices.IndexFunc(ws, func(w word) bool { return whWords[w.folded] || w.folded == "how" || w.folded == "whats" })
	if i < 0 || ws[i].folded != "what" && ws[i].folded != "whats" {
		return false
	}
	// "whats" is read as "what" (see expandContractions): its "is"
	// is in the word as typed.
	if s := strings.ToLower(ws[i].surface); s != "whats" && s != "what's" && s != "what’s" && (i+1 >= len(ws) || !pricedVerbs[ws[i+1].folded] && !beForms[ws[i+1].folded]) {
		return false
	}
	for j := i + 1; j < len(ws); j++ {
		if sumVerbs[ws[j].folded] && !determiners[ws[j-1].folded] {
			return true
		}
	}
	return false
}

// asksSum reports whether a "how much" question puts a sum of money
// (see sumNoun) or an adjective of price (see priceAdjective) right after
// "much".
func asksSum(wn *wordnet.WordNet, ws []word) bool {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].folded == "how" && ws[i+1].folded == "much" {
			return sumNoun(wn, wn.NounLemmaOr(ws[i+2].folded)) || priceAdjective(wn, ws, i+2)
		}
	}
	return false
}

// askedPrice reports whether "how much is X" asks X's price: X, the
// priced concept (see pricedNoun), is a thing, not an amount ("how much
// is a season ticket", "how much was the painting"; not "how much is the
// increase", "how much is the deficit", which any number may tell).
func askedPrice(wn *wordnet.WordNet, ws []word, priced concept) bool {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].folded == "how" && ws[i+1].folded == "much" {
			return beForms[ws[i+2].folded] && !wn.Amount(headLemma(wn, priced.label))
		}
	}
	return false
}

// priceAdjective reports whether the words at i compare prices: an
// adjective, past "more" or "less", whose own noun WordNet derives from it
// is a monetary value ("how much cheaper is a heat pump to run":
// "cheapness"; "how much more expensive": "expensiveness"), which a sum
// tells.
func priceAdjective(wn *wordnet.WordNet, ws []word, i int) bool {
	if i+1 < len(ws) && (ws[i].folded == "more" || ws[i].folded == "less") {
		i++
	}
	for _, a := range wn.Lemmas(ws[i].folded) {
		if wn.POS(a)&wordnet.Adjective == 0 {
			continue
		}
		for _, n := range wn.Derived(a) {
			if wn.POS(n)&wordnet.Noun != 0 && wn.KindOf(n, "monetary_value", 3) {
				return true
			}
		}
	}
	return false
}

// clockTime finds a time of day: "10 a.m.", "9.30pm", "14:30", "noon",
// "midnight", "six o'clock".
var clockTime = regexp.MustCompile(`(?i)\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b\d{1,2}:\d{2}\b|\b(?:noon|midnight|o'clock|o’clock)\b`)

// clocksOf returns the times of day text gives, each as clockKey puts it;
// nil for none.
func clocksOf(text string) []string {
	if !mayTellTime(text) {
		return nil
	}
	var out []string
	for _, m := range clockTime.FindAllString(text, -1) {
		out = append(out, clockKey(m))
	}
	return out
}

// clockKey is a time of day as clockTime found it, lower-cased and without
// its spaces, dots and colons, so that two ways of writing one time are
// one: "4:52 a.m.", "4.52am" and "4:52 am" are all "452am".
func clockKey(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '.' || r == ':' || r == '\u00a0' {
			return -1
		}
		if r == '’' {
			return '\''
		}
		return unicode.ToLower(r)
	}, s)
}

// mayTellTime reports whether text holds what clockTime needs: a number
// followed, past its digits, a decimal part and spaces, by ":", "a" or
// "p", or one of its words (its "o'clock" spelled either way has "cloc").
// Matching clockTime costs about as much as building a sentence's other
// structures; most sentences have none of these. The words are searched
// in ASCII without case: none of their letters has another Unicode case
// form that (?i) would also match.
func mayTellTime(text string) bool {
	for i := 0; i < len(text); i++ {
		if !isDigit(text[i]) {
			continue
		}
		j := i + 1
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		if j < len(text) && text[j] == '.' {
			j++
			for j < len(text) && isDigit(text[j]) {
				j++
			}
		}
		for j < len(text) && strings.IndexByte(" \t\n\f\r", text[j]) >= 0 {
			j++
		}
		if j < len(text) && strings.IndexByte(":aApP", text[j]) >= 0 {
			return true
		}
		i = j - 1
	}
	return indexASCIIFold(text, "noon") || indexASCIIFold(text, "midnight") || indexASCIIFold(text, "cloc")
}

// mayApposeAge reports whether text holds what apposedAge needs: a
// comma, a space and a digit.
func mayApposeAge(text string) bool {
	for i := 0; i+2 < len(text); i++ {
		if text[i] == ',' && text[i+1] == ' ' && isDigit(text[i+2]) {
			return true
		}
	}
	return false
}

// isAge reports whether a word is a whole number a person may be old:
// 1 to 119.
func isAge(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n > 0 && n < 120
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// indexASCIIFold reports whether text contains word, a lowercase ASCII
// word, in any case.
func indexASCIIFold(text, word string) bool {
	for i := 0; i+len(word) <= len(text); i++ {
		if text[i]|0x20 == word[0] && strings.EqualFold(text[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

// apposedAge finds an age set off by commas after a name, as news gives
// one: "Tomas Ebberly, 29, an electrician", or by a comma at the end of
// a sentence: "said Elin Brekkevold, 71."
var apposedAge = regexp.MustCompile(`\p{Lu}[\p{L}'’-]*, (1[01]\d|[1-9]?\d)(?:, |\.["”]?$)`)

// apposedAges returns the numbers a text apposes to a name as ages ("29"
// of "Tomas Ebberly, 29, an electrician").
func apposedAges(text string) []string {
	if !mayApposeAge(text) {
		return nil
	}
	var ages []string
	for _, m := range apposedAge.FindAllStringSubmatch(text, -1) {
		ages = append(ages, m[1])
	}
	return ages
}

// sentenceFigures reads the kinds of figure a sentence gives; money holds
// the words its article names money by beside the usual ones (see
// learnedCurrencies).
func sentenceFigures(wn *wordnet.WordNet, text string, ws []word, money map[string]bool) []figure {
	var kinds []figure
	if hasCurrencySymbol(text) {
		kinds = append(kinds, figureMoney)
	}
	if mayTellTime(text) {
		switch len(clockTime.FindAllStringIndex(text, 2)) {
		case 2:
			// Two times of day measure the time between them: "an
			// alarm went off at 3:12 a.m., and the first patrol car
			// arrived at 3:26 a.m." says how long the police took.
			kinds = append(kinds, figureTime, figureMeasure)
		case 1:
			kinds = append(kinds, figureTime)
		}
	}
	ages := apposedAges(text)
	if len(ages) > 0 {
		kinds = append(kinds, figureAge)
	}
	for k, w := range ws {
		if w.folded == "aged" && k+1 < len(ws) && isNumberWord(ws[k+1].folded) {
			kinds = append(kinds, figureAge)
		}
		// "Rahman, who is 58, said": an age told as what someone is.
		if w.folded == "who" && k+2 < len(ws) && (ws[k+1].folded == "is" || ws[k+1].folded == "was") && isAge(ws[k+2].folded) && (k+3 == len(ws) || !unitWords[ws[k+3].folded] && !currencyWords[ws[k+3].folded]) {
			kinds = append(kinds, figureAge)
		}
		// A year is a date, not an amount: "in 2022" says neither how
		// much nor how many; nor does a day of a month ("on January
		// 14", "14 March"), nor an age ("the 27-year-old"), which is
		// only an age.
		if !isNumberWord(w.folded) || isYear(w.folded) || dayOfMonth(ws, k) {
			continue
		}
		if k+2 < len(ws) && (ws[k+1].folded == "year" || ws[k+1].folded == "years") && ws[k+2].folded == "old" {
			kinds = append(kinds, figureAge)
			continue
		}
		// A number the noun "age" puts is an age, and counts nothing:
		// "raised the retirement age from 65 to 68", "at the age of 54".
		if ageOf(ws, k) {
			kinds = append(kinds, figureAge)
			continue
		}
		kinds = append(kinds, figureAny)
		// A sum counts nothing: "at a cost of about 1.2 million euros"
		// gives no number of cameras. Nor does a place in an order ("a
		// third night guard"), though it may measure ("the fourth
		// month"), nor an age ("Strand, 47, the first woman").
		counts := !ordinal(ws, k) && !slices.Contains(ages, w.folded)
		for j := k + 1; j < len(ws) && j <= k+3; j++ {
			n := ws[j].folded
			switch {
			case currencyWords[n] || money[n] || currencyUnit(wn, n):
				kinds = append(kinds, figureMoney)
				counts = false
			case (n == "year" || n == "years") && j+1 < len(ws) && ws[j+1].folded == "old":
				kinds = append(kinds, figureAge)
			case unitWords[n] || lengthWords[n]:
				kinds = append(kinds, figureMeasure)
			}
			// An adverb is no thing counted: "assigned to one
			// automatically" says how many of nothing.
			if counts && ws[j].term != "" && !isNumberWord(n) && (wn == nil || wn.POS(n) != wordnet.Adverb) {
				kinds = append(kinds, figureCount) // a number before a noun
			}
		}
	}
	return kinds
}

// ageOf reports whether the number at k is an age by the noun "age" just
// before it, or before a preposition before it: "age 67", "the age of
// 54", "the pension age from 65 to 68".
func ageOf(ws []word, k int) bool {
	if !isAge(ws[k].folded) {
		return false
	}
	j := k - 1
	if j >= 0 && agePrepositions[ws[j].folded] {
		j--
	}
	return j >= 0 && (ws[j].folded == "age" || ws[j].folded == "ages")
}

// agePrepositions may stand between the noun "age" and the number it puts.
var agePrepositions = map[string]bool{"of": true, "from": true, "to": true, "at": true}

// ordinal reports whether the number word at k gives a place in an order,
// not a count: "adding a third night guard", "for the fourth day". "A
// third of the staff" is a share.
func ordinal(ws []word, k int) bool {
	switch ws[k].folded {
	case "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth":
		return k+1 == len(ws) || ws[k+1].folded != "of"
	}
	return false
}

// dayOfMonth reports whether the number at k is a day of a month: a month's
// name, capitalised, is next to it, and in digits it is from 1 to 31 ("published in
// February, 81 percent of respondents" gives a share, not a day).
func dayOfMonth(ws []word, k int) bool {
	if d, err := strconv.Atoi(ws[k].folded); err == nil && (d < 1 || d > 31) {
		return false
	}
	month := func(i int) bool {
		return i >= 0 && i < len(ws) && monthNumbers[ws[i].folded] != 0 && isCapitalised(ws[i].surface)
	}
	return month(k-1) || month(k+1)
}

// isYear reports whether a word is a year of the last or this century or
// the next: four digits from 1900 to 2099.
func isYear(w string) bool {
	if len(w) != 4 || (w[:2] != "19" && w[:2] != "20") {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func hasCurrencySymbol(s string) bool {
	for i, r := range s {
		if r >= utf8.RuneSelf && unicode.Is(unicode.Sc, r) || r == '$' {
			if next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):]); unicode.IsDigit(next) {
				return true
			}
		}
	}
	return strings.Contains(s, "US$")
}

// currencySigns are the signs of currencies and their words.
var currencySigns = map[rune]string{'$': "dollar", '£': "pound", '€': "euro", '¥': "yen"}

// signedCurrencies returns the words of the currencies whose signs come before
// a sum in s: "dollar" for "$78 million".
func signedCurrencies(s string) []string {
	var out []string
	for i, r := range s {
		w, ok := currencySigns[r]
		if !ok || slices.Contains(out, w) {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):]); unicode.IsDigit(next) {
			out = append(out, w)
		}
	}
	return out
}

// numberNames are the numbers news copy writes in words and in digits:
// "two ceasefires", "30-day truce".
var numberNames = []string{
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
	20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety", 100: "hundred",
}

// otherNumeral returns a number written the other way: "30" for "thirty",
// "two" for "2"; "" when it has no other.
func otherNumeral(w string) string {
	if n, err := strconv.Atoi(w); err == nil {
		if n >= 0 && n < len(numberNames) {
			return numberNames[n]
		}
		return ""
	}
	for n, name := range numberNames {
		if name != "" && name == w {
			return strconv.Itoa(n)
		}
	}
	return ""
}

// asksWhy reports whether a question asks for a reason: its first question
// word is "why", or it asks "how come", "what caused", "what led to" or
// "what is the reason".
func asksWhy(ws []word) bool {
	next := func(i int) string {
		if i < len(ws) {
			return ws[i].folded
		}
		return ""
	}
	for i, w := range ws {
		switch w.folded {
		case "why":
			return true
		case "how":
			return next(i+1) == "come"
		case "what":
			switch n := next(i + 1); {
			case causeVerbs[n]:
				return true
			case n == "led":
				return next(i+2) == "to"
			case n == "is" || n == "was" || n == "are" || n == "were":
				return next(i+2) == "the" && (next(i+3) == "reason" || next(i+3) == "reasons" || next(i+3) == "cause")
			}
			return false
		case "who", "which", "where", "when", "whose", "whom":
			return false
		}
	}
	return false
}

// asksIfThen reports whether a question asks what follows if something
// happens: its first question word is "what" and a condition comes after
// it ("what happens if they don't pay", "what penalty will Moscow face if
// it says no", "what if the talks fail").
func asksIfThen(ws []word) bool {
	for i, w := range ws {
		switch w.folded {
		case "what":
			return slices.ContainsFunc(ws[i+1:], func(w word) bool { return w.folded == "if" || w.folded == "unless" })
		case "who", "which", "where", "when", "why", "how", "whose", "whom":
			return false
		}
	}
	return false
}

// causeVerbs after "what" ask what caused something: "what prompted the
// recount".
var causeVerbs = map[string]bool{"caused": true, "causes": true, "prompted": true, "triggered": true, "sparked": true}

// reasonWords say why what a sentence tells happened: "because", "due
// to", "after 11 participants developed signs of liver injury", "a strike
// over pay", "amid fears", "prompted", "happens when corals expel the
// algae"; or on what condition it would ("if the ransom was not paid",
// "unless"). Most also say when, or where; a sentence with one is only
// likelier to give a reason, and counts for a question that asks why, or
// what follows if, only when it also speaks of what the question asks.
var reasonWords = map[string]bool{
	"because": true, "due": true, "owing": true, "thanks": true, "reason": true, "reasons": true,
	"cause": true, "causes": true, "caused": true, "blame": true, "blamed": true, "blames": true,
	"result": true, "resulted": true, "led": true, "triggered": true, "prompted": true, "sparked": true,
	"after": true, "following": true, "amid": true, "over": true, "protest": true, "since": true, "when": true,
	"if": true, "unless": true,
}

// givesReason reports whether words may give a reason: one of reasonWords.
func givesReason(ws []word) bool {
	// "Should the Civic Union take the seat, ..." puts a condition first.
	if len(ws) > 2 && ws[0].surface == "Should" && (ws[1].folded == "the" || isCapitalised(ws[1].surface)) {
		return true
	}
	return slices.ContainsFunc(ws, func(w word) bool { return reasonWords[w.folded] })
}

// asksWhen reports whether a question asks for a date: it starts (after
// any words before its first question word) with "when" or "how soon"
// ("how soon will the authority come back with its findings"), or
// "what/which" is followed by a word of the calendar ("what year",
// "which day").
func asksWhen(ws []word) bool {
	for i, w := range ws {
		if w.folded == "how" && (sinceWhen(ws, i) || i+1 < len(ws) && ws[i+1].folded == "soon") {
			return true
		}
		switch w.folded {
		case "when":
			return true
		case "what", "which":
			return i+1 < len(ws) && calendarWords[ws[i+1].folded]
		case "who", "where", "why", "how", "whose", "whom":
			return false
		}
	}
	return false
}

// asksWhenItself reports whether a question that asksWhen asks for the
// date itself, not whether a claim holds with a "when" clause inside it
// ("did they find any cash when they raided the places" asks of the cash;
// see asksYesNo). A yes/no question that asks whether one knows or can
// say when does ask it: "do we know when the bridge reopens".
func asksWhenItself(ws []word) bool {
	if !asksYesNo(ws) {
		return true
	}
	i := slices.IndexFunc(ws, func(w word) bool { return w.folded == "when" })
	return i > 0 && knowingWords[ws[i-1].folded]
}

// asksWhere reports whether a question asks where: its first wh-word is
// "where" ("where do i pick up bottled water", "so where r they"). Not
// where from, which asks a source as often as a place ("where r the
// particles coming from": tyres and clothing).
func asksWhere(ws []word) bool {
	if len(ws) > 0 && ws[len(ws)-1].folded == "from" {
		return false
	}
	for _, w := range ws {
		switch w.folded {
		case "where":
			return true
		case "what", "which", "who", "when", "why", "how", "whose", "whom":
			return false
		}
	}
	return false
}

// askedFate returns the index of the word after "to" in a question that
// asks what happens, or will happen, to something ("what happens to the
// old ground", "what will happen to the fish market"), -1 for none. "What
// happened to" asks of the past.
func askedFate(ws []word) int {
	for i := 0; i+2 < len(ws); i++ {
		if (ws[i].folded == "happens" || ws[i].folded == "happen") && ws[i+1].folded == "to" {
			return i + 2
		}
	}
	return -1
}

// asksPhone reports whether a question asks for a phone number: "number"
// after a word of telephoning ("the hotline number", "phone number") or
// before one ("the number to call", "what number do I ring").
func asksPhone(ws []word) bool {
	for i, w := range ws {
		if w.folded != "number" && w.folded != "numbers" {
			continue
		}
		if i > 0 && phoneWords[ws[i-1].folded] {
			return true
		}
		for j := i + 1; j < len(ws) && j <= i+4; j++ {
			if callWords[ws[j].folded] {
				return true
			}
		}
	}
	return false
}

// phoneWords name a telephone line: "the hotline number".
var phoneWords = map[string]bool{"phone": true, "telephone": true, "hotline": true, "helpline": true, "contact": true, "emergency": true, "mobile": true, "cell": true}

// callWords are what one does with a phone number: "the number to call",
// "what number do I ring to report it".
var callWords = map[string]bool{"call": true, "ring": true, "dial": true, "phone": true, "text": true, "report": true, "contact": true}

// phoneNumber matches a phone number as a story writes it: six digits or
// more in groups that spaces, hyphens, dots or brackets join ("0800 123
// 456", "+44 20 7946 0958", "(01632) 960 001"), or a number of three
// digits or more after a word of calling ("call 112", "ring 999").
var phoneNumber = regexp.MustCompile(`(?:\+?\(?\d[\d \-.()]{4,}\d)|(?i:\b(?:call|ring|dial|text|phone)\s+\d{3,})`)

// yearSpan matches years and dates written with hyphens, which are no
// phone numbers.
var yearSpan = regexp.MustCompile(`^(1[89]|20)\d\d(-\d\d(\d\d)?)+$`)

// givesPhone reports whether a paragraph gives a phone number.
func (e *Engine) givesPhone(ref knowledge.Ref) bool {
	pi := e.vocab.para(ref)
	return pi != nil && givesPhoneNumber(pi.text)
}

// givesPhoneNumber reports whether a text gives a phone number: a match of
// phoneNumber with six digits or more, or three after a word of calling,
// that is no year or date.
func givesPhoneNumber(text string) bool {
	for _, m := range phoneNumber.FindAllString(text, -1) {
		if yearSpan.MatchString(strings.TrimSpace(m)) {
			continue // "the 2029-30 season", "2026-05-21"
		}
		digits := 0
		for _, r := range m {
			if r >= '0' && r <= '9' {
				digits++
			}
		}
		if digits >= 6 || strings.ContainsAny(m[:1], "cCrRdDtTpP") && digits >= 3 {
			return true
		}
	}
	return false
}

// sinceWhen reports whether the "how" at i asks how long something has
// (or, at a time told, had) been so ("how long has Varga been in charge",
// "how long had the club been watching him"), which the date it began
// answers ("took charge in June 2024", "since January") better than a
// measure.
func sinceWhen(ws []word, i int) bool {
	return i+2 < len(ws) && ws[i+1].folded == "long" && (ws[i+2].folded == "has" || ws[i+2].folded == "have" || ws[i+2].folded == "had")
}

// givesSpan reports whether words give how long something has been so,
// which a "how long has" question asks (see sinceWhen): the year it began
// ("started the syndicate in March 2015", "took the helm in 2022"; "the
// 2023 outage" is no beginning), "since" ("a driver since 2004", "since he
// fell ill"), a number of units of time ("66 hours", "35 years old") that
// is no rate ("seven days a week"), or units of time after a word that
// makes them a span ("for years", "over the past two decades", "last
// year"). A rate ("95 million euros a year") or a date alone ("this week")
// is none.
func givesSpan(ws []word) bool {
	for k, w := range ws {
		switch {
		case w.folded == "since":
			return true
		case beganYear(w.folded) && k > 0 && (yearSpanWords[ws[k-1].folded] || monthNumbers[ws[k-1].folded] != 0):
			return true
		case durationWords[w.folded] && k > 0 && isNumberWord(ws[k-1].folded) && !rate(ws, k):
			return true
		case durationWords[w.folded] || longDurationWords[w.folded]:
			for j := k - 1; j >= 0 && j >= k-spanLead; j-- {
				if spanWords[ws[j].folded] {
					return true
				}
			}
		}
	}
	return false
}

// beganYear reports whether a word is a year something may have begun
// in, of any century since the first millennium: "opened its first free
// public library in 1887" says how long the city has had one. (isYear
// keeps to recent years, which a story's events fall in.) A number of a
// thousand or more is written with a comma, so four digits alone are a
// year.
func beganYear(w string) bool {
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1000 && n < 2100
}

// spanLead is how many words may stand between a word of spanWords and
// the unit of time of a span: "for more than 30 years".
const spanLead = 4

// spanWords before units of time make them how long something has been
// so: "for 31 years", "over the past 20 years", "after a decade".
var spanWords = map[string]bool{"for": true, "past": true, "last": true, "over": true, "after": true}

// rate reports whether the unit of time at k is of a rate ("seven days a
// week"), not a span.
func rate(ws []word, k int) bool {
	if k+1 >= len(ws) {
		return false
	}
	next := ws[k+1].folded
	return (next == "a" || next == "per" || next == "each") && k+2 < len(ws) && durationWords[ws[k+2].folded]
}

// yearSpanWords before a year make it when something began: "in 2015",
// "from 2004", "the summer of 2021".
var yearSpanWords = map[string]bool{"in": true, "from": true, "of": true}

// longDurationWords are units of time too long to count what happened in
// a story: "for decades", "over a century".
var longDurationWords = map[string]bool{"decade": true, "century": true, "centuries": true}

var calendarWords = map[string]bool{"year": true, "date": true, "day": true, "month": true, "week": true, "season": true, "weekend": true}

// givesDate reports whether words give a date or a time reference: a year,
// a month or weekday by name, "yesterday", "last month", "two days later",
// or of what is to come "within eight weeks".
// It reads the words a paragraph is analyzed into, not the text again.
func givesDate(ws []word) bool {
	for i := range ws {
		if dateAt(ws, i) {
			return true
		}
	}
	return false
}

// dateAt reports whether the words from i on give a date (see givesDate).
func dateAt(ws []word, i int) bool {
	w := ws[i]
	f := w.folded
	_, relative := dayOffsets[f]
	switch {
	case isYear(f):
		return true
	case (monthNumbers[f] != 0 || weekdays[f]) && isCapitalised(w.surface):
		return true
	case relative:
		return true
	case i+1 < len(ws) && (f == "last" || f == "next" || f == "this") && calendarWords[ws[i+1].folded]:
		return true
	case i+1 < len(ws) && calendarUnits[f] && relativeAfter[ws[i+1].folded]:
		return true
	case (f == "within" || f == "in") && spanAhead(ws[i+1:], f == "within") && slices.ContainsFunc(ws, func(w word) bool { return aheadWords[w.folded] }):
		// (Of what is to come: "gathered 38,000 signatures in two
		// weeks" says how long it took.)
		return true
	}
	return false
}

// spanAhead reports whether the words after "in" or "within" put a span
// of days, weeks, months or years from now, which tells when as a date
// does: "a permanent replacement is installed in about eight weeks", "is
// due to report within eight weeks", "within days". After "within" the
// number may be left out; after "in" it may not ("in weeks" is seldom
// said, "in years" is how long).
func spanAhead(ws []word, within bool) bool {
	number := false // a number of them is put: "eight", "a", "a few"
	j := 0
	for ; j < len(ws) && (spanQualifiers[ws[j].folded] || isNumberWord(ws[j].folded)); j++ {
		number = number || !spanQualifiers[ws[j].folded] || spanCounts[ws[j].folded]
	}
	return j < len(ws) && calendarUnits[ws[j].folded] && (number || within)
}

// spanQualifiers may come between "in" or "within" and the span: "in
// about eight weeks", "within the next few days".
var spanQualifiers = map[string]bool{"about": true, "around": true, "roughly": true, "some": true, "another": true, "the": true, "next": true, "a": true, "few": true, "couple": true, "of": true, "just": true, "under": true}

// spanCounts are the qualifiers that put a number: "in a week", "in a few
// days".
var spanCounts = map[string]bool{"a": true, "few": true, "couple": true}

var (
	// monthNumbers are the months by their names and the abbreviations
	// people type.
	monthNumbers = map[string]time.Month{
		"january": time.January, "jan": time.January, "february": time.February, "feb": time.February,
		"march": time.March, "mar": time.March, "april": time.April, "apr": time.April, "may": time.May,
		"june": time.June, "jun": time.June, "july": time.July, "jul": time.July, "august": time.August,
		"aug": time.August, "september": time.September, "sep": time.September, "sept": time.September,
		"october": time.October, "oct": time.October, "november": time.November, "nov": time.November,
		"december": time.December, "dec": time.December,
	}
	weekdays = map[string]bool{
		"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	}
	calendarUnits = map[string]bool{"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true}
	relativeAfter = map[string]bool{"ago": true, "later": true, "earlier": true, "before": true}
)

// signedSum finds the first digits of a sum after a currency sign: "1" of
// "$1.3 million", "25" of "US$25".
var signedSum = regexp.MustCompile(`[$\p{Sc}]\s?(\d+)`)

// percentSign finds a number written with a per cent sign: "11%", "5.8 %".
var percentSign = regexp.MustCompile(`(\d+)\s?%`)

// mayCount reports whether a sentence (its text and words) has a number
// that may count what a "how many" question asks (its concepts): a number
// before a word, as sentenceFigures reads a count, that is no year, day of
// a month, place in an order or age, no sum after a currency sign, no
// time of day, and no measure in a unit the question does not name.
// "About 90 km north of the capital, students who had gathered at 8:30
// a.m." counts no students, but "1,200 hectares of forest" answers "how
// many hectares of forest". A share counts only a part of what it says it
// is of ("40 percent of the workforce"): "safety drivers earned about 15
// percent less" counts no safety drivers. A duration may count: news
// answers "how many" with one often enough ("the freezing level stayed
// above 4,800 metres for 11 days").
func (e *Engine) mayCount(asked []concept, text string, ws []word) bool {
	return len(e.countingNumbers(asked, text, ws, true)) > 0
}

// countingNumbers returns where the words start that the numbers of a
// sentence that may count what a "how many" question asks (see mayCount)
// count: the word after each, or for a share of a whole ("40 percent of
// the workforce") the word after its "of", a negative index (-1 for 0):
// a share counts what "of" puts. With first set, it stops at the first.
func (e *Engine) countingNumbers(asked []concept, text string, ws []word, first bool) []int {
	var at []int
	var wn *wordnet.WordNet
	if e.lex != nil {
		wn = e.lex.wn
	}
	ages := apposedAges(text)
	var shares []string
	if strings.IndexByte(text, '%') >= 0 {
		for _, m := range percentSign.FindAllStringSubmatch(text, -1) {
			shares = append(shares, m[1])
		}
	}
	var sums []string // the first digits of numbers after a currency sign
	if hasCurrencySymbol(text) {
		for _, m := range signedSum.FindAllStringSubmatch(text, -1) {
			sums = append(sums, m[1])
		}
	}
	// A question that counts units asks a measure, in any unit: "how
	// many km is the crossing" is answered by "the 38-kilometre
	// crossing", "how many hours did it take" by "an hour and 50
	// minutes", "how many cubic metres of ice" by "3 million cubic
	// metres".
	asksUnit := slices.ContainsFunc(asked, func(c concept) bool {
		return !c.name && slices.ContainsFunc(strings.Fields(strings.ToLower(c.label)), func(w string) bool { return isUnit(wn, w) })
	})
	for k, w := range ws {
		// The last number of a run counts: "1.4 million customers",
		// "2,400 badge holders", "8:30 a.m.".
		if !numberEnds(ws, k) {
			continue
		}
		run := numberStart(ws, k)
		if slices.Contains(sums, ws[run].folded) {
			continue // "$1.3 million in lost fare revenue"
		}
		if isYear(w.folded) || dayOfMonth(ws, k) || ordinal(ws, k) || slices.Contains(ages, w.folded) {
			continue
		}
		// A number word that is only an adverb says how often or how
		// many times more, and counts nothing: "asked the government
		// to fund twice since 2019" counts no people.
		if wn != nil && wn.POS(w.folded) == wordnet.Adverb {
			continue
		}
		// "aged 24", "Rahman, who is 58, said".
		if k > 0 && ws[k-1].folded == "aged" || k > 1 && ws[k-2].folded == "who" && (ws[k-1].folded == "is" || ws[k-1].folded == "was") && isAge(w.folded) {
			continue
		}
		if slices.Contains(shares, w.folded) {
			if partOf(ws, k+1) {
				if at = append(at, -(k+2)-1); first {
					return at
				}
			}
			continue
		}
		if k+1 < len(ws) {
			switch e.measureWord(wn, ws, k+1) {
			case shareUnit:
				if of := k + 2; partOf(ws, of) || ws[k+1].folded == "per" && partOf(ws, of+1) {
					if ws[k+1].folded == "per" {
						of++
					}
					if at = append(at, -(of+1)-1); first {
						return at
					}
				}
				continue
			case measureUnit:
				if k+2 < len(ws) && ws[k+2].folded == "old" {
					continue // "a 29-year-old schoolteacher"
				}
				if durationWords[ws[k+1].folded] {
					break
				}
				if !asksUnit && !slices.ContainsFunc(asked, func(c concept) bool { return c.sureMatch(e.vocab.set([]string{ws[k+1].term})) >= figureOfMatch }) {
					continue
				}
			}
		}
		for j := k + 1; j < len(ws) && j <= k+3; j++ {
			if ws[j].term != "" && !isNumberWord(ws[j].folded) && (wn == nil || wn.POS(ws[j].folded) != wordnet.Adverb) {
				if at = append(at, k+1); first {
					return at
				}
				break
			}
		}
	}
	return at
}

// numberGoesOn reports whether the number word b, after the number word a,
// is more of the same number ("1.4 million", "2,400", "two million"), not
// another: a number in words before one in digits counts what the second
// measures ("two 1,000-litre tanks").
func numberGoesOn(a, b string) bool {
	return !(a[0] < '0' || a[0] > '9') || b[0] < '0' || b[0] > '9'
}

// numberEnds reports whether the word at k is the last of a run of number
// words, which says what the number is: "million" of "1.4 million".
func numberEnds(ws []word, k int) bool {
	return isNumberWord(ws[k].folded) && !(k+1 < len(ws) && isNumberWord(ws[k+1].folded) && numberGoesOn(ws[k].folded, ws[k+1].folded))
}

// numberStart returns where the run of number words that ends at k
// starts: "1.4 million".
func numberStart(ws []word, k int) int {
	for k > 0 && isNumberWord(ws[k-1].folded) && numberGoesOn(ws[k-1].folded, ws[k].folded) {
		k--
	}
	return k
}

// partOf reports whether the word at j, after a share, says what it is a
// share of, which it counts a part of: "40 percent of the workforce".
func partOf(ws []word, j int) bool {
	return j < len(ws) && ws[j].folded == "of"
}

// compares reports whether the word at j compares what the number before
// it measures: "three times as many", "a hundred times worse".
func compares(ws []word, j int) bool {
	if j >= len(ws) {
		return false
	}
	switch ws[j].folded {
	case "less", "more", "fewer", "lower", "higher", "than", "above", "below", "as", "cheaper", "dearer",
		"worse", "better", "faster", "slower", "bigger", "larger", "greater", "smaller", "longer", "shorter":
		return true
	}
	return false
}

// The kinds of word after a number that make it no plain count.
const (
	countUnit   = iota // none: a count
	measureUnit        // a unit, a currency, a time of day or a multiple
	shareUnit          // percent, per cent, a fraction
)

// measureWord says whether the word at j, after a number, makes the
// number a measure, a sum or a time of day ("kilometres", "litres",
// "hours", "euros", "a.m."), a multiple ("three times as many", "four times
// its normal speed"), or a share ("percent", "per cent", "two thirds").
// Persons are counted, whatever word is before them: "60 foot
// passengers".
func (e *Engine) measureWord(wn *wordnet.WordNet, ws []word, j int) int {
	n := ws[j].folded
	next := ""
	if j+1 < len(ws) {
		next = ws[j+1].folded
	}
	if wn != nil && next != "" && !isCapitalised(ws[j+1].surface) && wn.MostlyNoun(wn.NounLemmaOr(next)) && wn.People(wn.NounLemmaOr(next)) {
		return countUnit
	}
	switch {
	case n == "seats" || n == "points":
		return countUnit
	case n == "percent" || n == "pc" || n == "per" && next == "cent" || fractionWords[n]:
		return shareUnit
	case n == "times":
		if compares(ws, j+1) || next == "the" || next == "its" || next == "their" || next == "his" || next == "her" || next == "that" {
			return measureUnit
		}
		return countUnit // "viewed more than 40,000 times"
	case n == "am" || n == "pm" || (n == "a" || n == "p") && next == "m":
		return measureUnit
	case ws[j].term != "" && isUnit(wn, n):
		return measureUnit
	}
	return countUnit
}

// isUnit reports whether a word (folded) is a unit a number measures in:
// one of unitWords but "seats", "points" and shares, one of lengthWords, a
// currency, or a word the dictionary knows first as a quantity and as a
// unit of measurement ("hectare", "megawatt"; not "parking" of "1,900
// parking spaces").
func isUnit(wn *wordnet.WordNet, w string) bool {
	switch {
	case w == "seats" || w == "points" || w == "percent" || w == "per":
		return false
	case unitWords[w] || lengthWords[w] || currencyWords[w]:
		return true
	case wn == nil:
		return false
	case currencyUnit(wn, w):
		return true
	}
	l := wn.NounLemmaOr(w)
	return wn.Quantity(l) && wn.KindOf(l, "unit_of_measurement", 4)
}

// fractionWords are the parts of a whole after a number: "two thirds of
// the reefs".
var fractionWords = map[string]bool{
	"half": true, "halves": true, "thirds": true, "quarters": true, "fifths": true, "tenths": true, "third": true, "quarter": true,
}

// durationWords are units of time, whose numbers mayCount lets count:
// "for 22 years", "within 12 minutes".
var durationWords = map[string]bool{
	"seconds": true, "minutes": true, "hours": true, "hour": true, "days": true, "day": true, "weeks": true,
	"week": true, "months": true, "month": true, "years": true, "year": true, "decades": true,
}

// asksSince reports whether a question asks how long something has been
// so: "how long has" (see sinceWhen).
func asksSince(ws []word) bool {
	for i := range ws {
		if ws[i].folded == "how" && sinceWhen(ws, i) {
			return true
		}
	}
	return false
}

// asksMass reports whether a "how much" question puts a noun right after
// "much" in the singular ("how much water", "how much severance"): "much"
// takes a noun used as a mass, whose amount is measured, not counted.
func asksMass(wn *wordnet.WordNet, ws []word) bool {
	if wn == nil {
		return false
	}
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].folded != "how" || ws[i+1].folded != "much" {
			continue
		}
		n := ws[i+2]
		if n.term == "" || isNumberWord(n.folded) || !wn.MostlyNoun(n.folded) {
			return false
		}
		l, ok := wn.NounLemma(n.folded)
		return ok && l == n.folded
	}
	return false
}

// countsThingsOnly reports whether each number of a sentence that may be
// an amount counts things one can point at by their plural noun, and
// there is one: "About 600 workers gathered", "180 flats let at
// below-market rents" tell no amount of severance or rent. A number of a
// unit, a sum, a share or a time may ("41 millimetres of rain", "7 hours
// 38 minutes"), and so may a number of containers of something ("40
// barrels of oil").
func (e *Engine) countsThingsOnly(ws []word) bool {
	wn := e.lex.wn
	if wn == nil {
		return false
	}
	counts := false
	for k, w := range ws {
		if !isNumberWord(w.folded) || isYear(w.folded) || dayOfMonth(ws, k) || ordinal(ws, k) || clockAt(ws, k) {
			continue
		}
		j := k + 1
		for j < len(ws) && j <= k+3 && (isNumberWord(ws[j].folded) || ws[j].term == "" || !isNoun(wn, ws[j].folded)) {
			j++
		}
		if j >= len(ws) || j > k+3 {
			return false
		}
		// The noun a noun before it qualifies: "four data centres".
		if j+1 < len(ws) && ws[j+1].term != "" && pluralNoun(wn, ws[j+1].folded) {
			j++
		}
		n := ws[j].folded
		if j+1 < len(ws) && ws[j+1].folded == "of" || unitWords[n] || lengthWords[n] || currencyWords[n] || currencyUnit(wn, n) {
			return false
		}
		l, ok := wn.NounLemma(n)
		if !ok || l == n || !wn.Concrete(l) {
			return false
		}
		counts = true
	}
	return counts
}

// clockAt reports whether the number at k is a time of day: "6 a.m.",
// "9pm", "14:30".
func clockAt(ws []word, k int) bool {
	if strings.Contains(ws[k].folded, ":") {
		return true
	}
	if k+1 >= len(ws) {
		return false
	}
	switch ws[k+1].folded {
	case "am", "pm", "a.m", "p.m", "a.m.", "p.m.":
		return true
	case "a", "p":
		return k+2 < len(ws) && ws[k+2].folded == "m"
	}
	return false
}

// isNoun reports whether WordNet reads a word, in any form, as a noun.
func isNoun(wn *wordnet.WordNet, w string) bool {
	_, ok := wn.NounLemma(w)
	return ok
}

// pluralNoun reports whether WordNet reads a word as the plural of a noun.
func pluralNoun(wn *wordnet.WordNet, w string) bool {
	l, ok := wn.NounLemma(w)
	return ok && l != w
}
