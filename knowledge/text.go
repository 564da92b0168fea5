package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold lowercases s, strips diacritics and turns typographic quotes and
// dashes into plain ones, so that Türkiye matches turkiye and “x” matches "x".
func Fold(s string) string {
	if folded(s) {
		return s
	}
	if asciiUpper(s) {
		return strings.ToLower(s)
	}
	return foldRunes(s)
}

// asciiUpper reports whether Fold of s is only its lowercase: plain ASCII
// with no backquote, such as a capitalised word, which need not be taken
// apart into runes and normalised.
func asciiUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c == '`' {
			return false
		}
	}
	return true
}

// foldRunes is Fold, rune by rune.
func foldRunes(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '“' || r == '”' || r == '„' || r == '«' || r == '»':
			b.WriteRune('"')
		case r == '‘' || r == '’' || r == '‚' || r == '`':
			b.WriteRune('\'')
		case r == '–' || r == '—' || r == '‐':
			b.WriteRune('-')
		case r == 'ı':
			b.WriteRune('i')
		case r == 'ø':
			b.WriteRune('o')
		case r == 'æ':
			b.WriteString("ae")
		case r == 'ß':
			b.WriteString("ss")
		case r == 'ł':
			b.WriteRune('l')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// folded reports whether Fold would return s unchanged without looking at
// it rune by rune: plain ASCII with no capital and no backquote. Most words
// of an English text are, and the analysis of a large coverage folds every
// word of it.
func folded(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' || c == '`' {
			return false
		}
	}
	return true
}

// FoldSpace is Fold with every run of white space made one space, for
// comparing quotes with their paragraphs.
func FoldSpace(s string) string {
	return strings.Join(strings.Fields(Fold(s)), " ")
}

// SentenceMentioning returns the first sentence of text that contains one of
// names (folded, as whole words), or the first sentence when none does.
func SentenceMentioning(text string, names []string) string {
	sents := Sentences(text)
	if len(sents) == 0 {
		return text
	}
	for _, s := range sents {
		fs := " " + wordsOnly(Fold(s)) + " "
		for _, n := range names {
			if w := wordsOnly(Fold(n)); w != "" && strings.Contains(fs, " "+w+" ") {
				return s
			}
		}
	}
	return sents[0]
}

// wordsOnly keeps letters and digits, turning everything else into single
// spaces: "Zelenskyy's" becomes "zelenskyy s".
func wordsOnly(s string) string {
	// Written out rather than joining strings.FieldsFunc's fields, and s
	// itself when it is words already: /who folds each sentence of a
	// person's paragraphs to find the one naming them, and the fields'
	// slice was a fifth of what it allocated at 100,000 paragraphs.
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	words, gap := true, true // s is words and single spaces; at a gap
	for _, r := range s {
		switch {
		case isWord(r):
			gap = false
		case r == ' ' && !gap:
			gap = true
		default:
			words = false
		}
		if !words {
			break
		}
	}
	if words && (s == "" || !gap) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	gap = false
	for _, r := range s {
		if !isWord(r) {
			gap = true
			continue
		}
		if gap && b.Len() > 0 {
			b.WriteByte(' ')
		}
		gap = false
		b.WriteRune(r)
	}
	return b.String()
}

// EditDistance is the number of single-character edits (insertions,
// deletions, substitutions, and swaps of neighbours, as in "Zelenksy") that
// turn a into b, counted by runes.
func EditDistance(a, b string) int {
	// Three rows of the table, not all of it, and the runes and rows of
	// short words on the stack: a question's typo search asks this of
	// hundreds of words, and /who allocated a quarter of its bytes here.
	var bufA, bufB [32]rune
	ra, rb := appendRunes(bufA[:0], a), appendRunes(bufB[:0], b)
	n := len(rb) + 1
	var buf [3 * 33]int
	rows := buf[:]
	if 3*n > len(buf) {
		rows = make([]int, 3*n)
	}
	prev2, prev, cur := rows[:n], rows[n:2*n], rows[2*n:3*n]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j < n; j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// appendRunes appends the runes of s to buf, as []rune(s) gives them.
func appendRunes(buf []rune, s string) []rune {
	for _, r := range s {
		buf = append(buf, r)
	}
	return buf
}

// OneEdit reports whether EditDistance(a, b) is 1 (one rune left out,
// added, changed, or two neighbours swapped) without filling its table: a
// search for the words a typo may be of asks it of thousands.
func OneEdit(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	switch len(rb) - len(ra) {
	case 0:
		if i == len(ra) {
			return false // equal
		}
		if slices.Equal(ra[i+1:], rb[i+1:]) {
			return true // changed
		}
		return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && slices.Equal(ra[i+2:], rb[i+2:])
	case 1:
		return slices.Equal(ra[i:], rb[i+1:])
	}
	return false
}
