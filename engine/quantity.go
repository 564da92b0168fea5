package engine

import (
	"regexp"
	"strings"
	"unicode"
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
)

// moneyWords in a "how much" question ask for a sum.
var moneyWords = map[string]bool{
	"cost": true, "costs": true, "pay": true, "paid": true, "pays": true, "price": true, "prices": true,
	"worth": true, "earn": true, "earns": true, "earned": true, "spend": true, "spent": true, "fee": true,
	"salary": true, "wage": true, "wages": true, "charge": true, "charged": true, "money": true,
	"budget": true, "fund": true, "funding": true, "sell": true, "sold": true, "fine": true, "compensation": true,
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
			return figureCount
		case "much":
			for _, w := range ws[i+2:] {
				if moneyWords[w.folded] {
					return figureMoney
				}
			}
			return figureAny
		case "old":
			return figureAge
		case "long", "far", "big", "large", "high", "wide", "deep", "tall":
			return figureMeasure
		case "often":
			return figureAny
		}
	}
	// "What time", "at what time": a time of day, not a date.
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].folded == "what" && ws[i+1].folded == "time" {
			return figureTime
		}
	}
	return figureNone
}

// clockTime finds a time of day: "10 a.m.", "9.30pm", "14:30", "noon",
// "midnight", "six o'clock".
var clockTime = regexp.MustCompile(`(?i)\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b\d{1,2}:\d{2}\b|\b(?:noon|midnight|o'clock|o’clock)\b`)

// sentenceFigures reads the kinds of figure a sentence gives.
func sentenceFigures(text string, ws []word) []figure {
	var kinds []figure
	if hasCurrencySymbol(text) {
		kinds = append(kinds, figureMoney)
	}
	if clockTime.MatchString(text) {
		kinds = append(kinds, figureTime)
	}
	for k, w := range ws {
		if w.folded == "aged" && k+1 < len(ws) && isNumberWord(ws[k+1].folded) {
			kinds = append(kinds, figureAge)
		}
		// A year is a date, not an amount: "in 2022" says neither how
		// much nor how many.
		if !isNumberWord(w.folded) || isYear(w.folded) {
			continue
		}
		kinds = append(kinds, figureAny)
		for j := k + 1; j < len(ws) && j <= k+3; j++ {
			n := ws[j].folded
			switch {
			case currencyWords[n]:
				kinds = append(kinds, figureMoney)
			case (n == "year" || n == "years") && j+1 < len(ws) && ws[j+1].folded == "old":
				kinds = append(kinds, figureAge)
			case unitWords[n]:
				kinds = append(kinds, figureMeasure)
			}
			if ws[j].term != "" && !isNumberWord(n) {
				kinds = append(kinds, figureCount) // a number before a noun
			}
		}
	}
	return kinds
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
	rs := []rune(s)
	for i, r := range rs {
		if unicode.Is(unicode.Sc, r) && i+1 < len(rs) && unicode.IsDigit(rs[i+1]) {
			return true
		}
	}
	return strings.Contains(s, "US$")
}
