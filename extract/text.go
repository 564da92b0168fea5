package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is one word, number or punctuation mark of a paragraph, with its
// byte offsets, so that what the rules find can be cut out of the text
// exactly as written.
type token struct {
	text       string // the word, without a possessive 's
	start, end int    // byte offsets in the paragraph, end past any 's
	word       bool
	num        bool
	cap        bool // starts with an upper-case letter
	poss       bool // ended in 's, ’s or s'
}

// wordRE matches words with inner apostrophes and hyphens (O'Brien,
// Asante-Lindqvist, Alzheimer's), dotted initialisms (U.S., U.K.) and numbers.
var wordRE = regexp.MustCompile(`(?:\p{Lu}\.){2,}|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|\d+(?:[.,:]\d+)*`)

func tokenize(p string) []token {
	var out []token
	last := 0
	for _, m := range wordRE.FindAllStringIndex(p, -1) {
		for i, r := range p[last:m[0]] {
			if !unicode.IsSpace(r) {
				s := last + i
				out = append(out, token{text: string(r), start: s, end: s + utf8.RuneLen(r)})
			}
		}
		t := token{text: p[m[0]:m[1]], start: m[0], end: m[1]}
		r, _ := utf8.DecodeRuneInString(t.text)
		t.word = unicode.IsLetter(r)
		t.num = unicode.IsDigit(r)
		t.cap = unicode.IsUpper(r)
		if t.word {
			for _, suf := range []string{"'s", "’s"} {
				if strings.HasSuffix(t.text, suf) && len(t.text) > len(suf) {
					t.text, t.poss = strings.TrimSuffix(t.text, suf), true
				}
			}
			// A plural possessive keeps its apostrophe: Supporters' Trust.
			if !t.poss && strings.HasSuffix(t.text, "s") && m[1] < len(p) && strings.ContainsRune("'’", rune(p[m[1]])) {
				if a := m[1] + len(string([]rune(p[m[1]:])[0])); a >= len(p) || p[a] == ' ' {
					t.end, t.poss = a, true
					t.text = p[m[0]:a]
				}
			}
			// Abbreviations and initials keep their full stop: Dr. Aisha
			// Rahman, Oct. 14, Donald J. Trump.
			if t.end < len(p) && p[t.end] == '.' && (abbreviations[t.text] || (t.cap && utf8.RuneCountInString(t.text) == 1)) {
				t.end++
				t.text += "."
			}
		}
		out = append(out, t)
		last = t.end
	}
	for i, r := range p[last:] {
		if !unicode.IsSpace(r) {
			s := last + i
			out = append(out, token{text: string(r), start: s, end: s + utf8.RuneLen(r)})
		}
	}
	return out
}

// span is a half-open range of byte offsets.
type span struct{ start, end int }

func (s span) contains(i int) bool { return s.start <= i && i < s.end }

// quoteSpan is one quotation in a paragraph: the marks included in outer,
// the words between them in inner. A quote still open at the paragraph's
// end (a quote that goes on in the next paragraph) runs to the end.
type quoteSpan struct {
	outer, inner span
}

// findQuotes pairs straight double quotes in turn and typographic ones by
// direction. Straight single quotes are left alone: most are apostrophes.
func findQuotes(p string) []quoteSpan {
	var out []quoteSpan
	open := -1
	var closer rune
	for i, r := range p {
		switch {
		case open < 0 && (r == '"' || r == '“' || r == '«' || r == '„'):
			open = i
			closer = map[rune]rune{'"': '"', '“': '”', '«': '»', '„': '“'}[r]
		case open >= 0 && (r == closer || (closer == '"' && r == '”')):
			openLen := utf8.RuneLen([]rune(p[open:])[0])
			out = append(out, quoteSpan{outer: span{open, i + utf8.RuneLen(r)}, inner: span{open + openLen, i}})
			open = -1
		}
	}
	if open >= 0 {
		openLen := utf8.RuneLen([]rune(p[open:])[0])
		out = append(out, quoteSpan{outer: span{open, len(p)}, inner: span{open + openLen, len(p)}})
	}
	for _, q := range singleQuotes(p) {
		if !inQuotes(out, q.outer.start) {
			out = append(out, q)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].outer.start < out[j].outer.start })
	return out
}

// singleQuotes finds ‘…’, as British papers quote. A ’ followed by a letter
// is an apostrophe (don’t); of the others, the quote closes at the first
// after punctuation (‘We won,’ she said), else at the first (fans’ is then
// taken for the end).
func singleQuotes(p string) []quoteSpan {
	var out []quoteSpan
	for i := 0; i < len(p); {
		o := strings.Index(p[i:], "‘")
		if o < 0 {
			break
		}
		o += i
		first, best := -1, -1
		for j := o + len("‘"); j < len(p); {
			r, n := utf8.DecodeRuneInString(p[j:])
			if r == '‘' {
				break
			}
			if r == '’' {
				next, _ := utf8.DecodeRuneInString(p[j+n:])
				if j+n >= len(p) || !unicode.IsLetter(next) {
					if first < 0 {
						first = j
					}
					prev, _ := utf8.DecodeLastRuneInString(p[:j])
					if strings.ContainsRune(",.!?…", prev) || j+n >= len(p) || strings.ContainsRune(",.;:!?)", next) {
						best = j
						break
					}
				}
			}
			j += n
		}
		if best < 0 {
			best = first
		}
		if best < 0 {
			break
		}
		out = append(out, quoteSpan{outer: span{o, best + len("’")}, inner: span{o + len("‘"), best}})
		i = best + len("’")
	}
	return out
}

func inQuotes(qs []quoteSpan, i int) bool {
	for _, q := range qs {
		if q.outer.contains(i) {
			return true
		}
	}
	return false
}

// sentences splits a paragraph at ". ", "! " and "? " (also before a closing
// quote), but never inside a quotation, after an abbreviation or initial,
// or before a lower-case word.
func sentences(p string, qs []quoteSpan) []span {
	var out []span
	start := 0
	rs := []rune(p)
	offs := make([]int, len(rs)+1)
	o := 0
	for i, r := range rs {
		offs[i] = o
		o += utf8.RuneLen(r)
	}
	offs[len(rs)] = o
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		j := i + 1
		for j < len(rs) && strings.ContainsRune("\"”’'.)", rs[j]) {
			j++
		}
		if j >= len(rs) || !unicode.IsSpace(rs[j]) {
			continue
		}
		k := j
		for k < len(rs) && unicode.IsSpace(rs[k]) {
			k++
		}
		if k < len(rs) && !(unicode.IsUpper(rs[k]) || strings.ContainsRune("\"“‘'«", rs[k]) || unicode.IsDigit(rs[k])) {
			continue
		}
		if r == '.' && (endsWithAbbreviation(string(rs[:i+1])) || (i >= 2 && unicode.IsUpper(rs[i-1]) && (rs[i-2] == '.' || unicode.IsSpace(rs[i-2])))) {
			continue
		}
		if inQuoteStrictly(qs, offs[j]) {
			continue
		}
		out = append(out, span{offs[start], offs[j]})
		start = k
		i = k - 1
	}
	if start < len(rs) {
		out = append(out, span{offs[start], len(p)})
	}
	return out
}

func inQuoteStrictly(qs []quoteSpan, i int) bool {
	for _, q := range qs {
		if q.outer.start < i && i < q.outer.end {
			return true
		}
	}
	return false
}

func endsWithAbbreviation(s string) bool {
	i := strings.LastIndexFunc(strings.TrimSuffix(s, "."), func(r rune) bool { return !unicode.IsLetter(r) })
	w := s[i+1:]
	return abbreviations[strings.TrimSuffix(w, ".")]
}

// plain strips diacritics and spells out letters that do not decompose,
// keeping case: Zoë Brønsted becomes Zoe Bronsted.
func plain(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case 'ø':
			b.WriteRune('o')
		case 'Ø':
			b.WriteRune('O')
		case 'æ':
			b.WriteString("ae")
		case 'Æ':
			b.WriteString("Ae")
		case 'ß':
			b.WriteString("ss")
		case 'ł':
			b.WriteRune('l')
		case 'Ł':
			b.WriteRune('L')
		case 'ı':
			b.WriteRune('i')
		case 'đ':
			b.WriteRune('d')
		default:
			b.WriteRune(r)
		}
	}
	return stripMarks(b.String())
}

func stripMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}
