package knowledge

import (
	"strings"
	"unicode"
)

// abbreviations end with a full stop that does not end a sentence: titles
// before a name ("Gen. Valery Gerasimov", "St. Petersburg"), months before a
// day ("Feb. 28") and the like. Lowercase, without the stop.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "rev": true,
	"gen": true, "lt": true, "col": true, "sgt": true, "capt": true, "maj": true,
	"adm": true, "cmdr": true, "gov": true, "sen": true, "rep": true, "pres": true,
	"supt": true, "insp": true, "st": true, "mt": true, "ft": true, "jr": true,
	"sr": true, "inc": true, "corp": true, "co": true, "ltd": true, "vs": true,
	"v": true, "approx": true, "est": true, "dept": true,
}

// beforeNumber are abbreviations only when a number follows: "Feb. 28",
// "No. 10", but "He said no. Then…".
var beforeNumber = map[string]bool{
	"no": true, "nos": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true,
}

// Sentences splits a paragraph into sentences at ". ", "! ", "? " (and the
// same before a closing quote), keeping each sentence's punctuation. It does
// not split after an initial ("U.S.", "J. Smith"), after a news abbreviation
// ("Gen.", "Feb. 28", "St. Petersburg"), inside "..." or inside a quotation:
// a quote of several sentences stays one piece, so that no excerpt starts or
// ends inside someone's words.
func Sentences(text string) []string {
	var out []string
	rs := []rune(text)
	start := 0
	open := false // inside a quotation
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '“':
			open = true
		case r == '”':
			open = false
		case r == '"':
			open = !open
		}
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		j := i + 1
		for j < len(rs) && strings.ContainsRune("\"”’'.)", rs[j]) {
			switch rs[j] {
			case '”':
				open = false
			case '"':
				open = !open
			}
			j++
		}
		if open || j >= len(rs) || !unicode.IsSpace(rs[j]) {
			i = j - 1
			continue
		}
		k := j
		for k < len(rs) && unicode.IsSpace(rs[k]) {
			k++
		}
		if k < len(rs) && !(unicode.IsUpper(rs[k]) || strings.ContainsRune("\"“‘'", rs[k]) || unicode.IsDigit(rs[k])) {
			i = j - 1
			continue
		}
		if w := strings.ToLower(wordBefore(rs, i)); r == '.' && (isInitial(rs, i) || abbreviations[w] ||
			beforeNumber[w] && k < len(rs) && unicode.IsDigit(rs[k])) {
			i = j - 1
			continue
		}
		if r == '.' && i+1 < len(rs) && rs[i+1] == '.' {
			i = j - 1
			continue // an ellipsis inside a sentence
		}
		out = append(out, strings.TrimSpace(string(rs[start:j])))
		start = j
		i = j - 1
	}
	if rest := strings.TrimSpace(string(rs[start:])); rest != "" {
		out = append(out, rest)
	}
	return out
}

// isInitial reports whether the stop at i follows a single capital that
// starts a word or follows another stop: "U.S.", "J. K. Rowling".
func isInitial(rs []rune, i int) bool {
	return i >= 1 && unicode.IsUpper(rs[i-1]) && (i == 1 || rs[i-2] == '.' || unicode.IsSpace(rs[i-2]))
}

// wordBefore returns the letters just before position i.
func wordBefore(rs []rune, i int) string {
	k := i
	for k > 0 && unicode.IsLetter(rs[k-1]) {
		k--
	}
	return string(rs[k:i])
}
