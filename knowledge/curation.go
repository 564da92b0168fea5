package knowledge

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The checks here catch what an editor writing a fact base by hand gets
// wrong while the file still parses: lists out of order, names given twice,
// a paragraph left out. Most are warnings, since the bot can still answer
// from the file; their messages say what to change.

// checkOrder warns when a paragraph list is not strictly ascending, as the
// schema asks; the loader sorts it anyway, so it is a warning.
func checkOrder(ps *problems, what string, paras, lines []int, def int) {
	for i := 1; i < len(paras); i++ {
		line := lineOf(lines, i, def)
		switch {
		case paras[i] == paras[i-1]:
			ps.warn(line, "%s: ¶%d is listed twice in paragraphs", what, paras[i])
		case paras[i] < paras[i-1]:
			ps.warn(line, "%s: paragraphs are not in ascending order: ¶%d comes after ¶%d", what, paras[i], paras[i-1])
		}
	}
}

// checkYear warns about a year no news article is likely to mean, most
// often a slip of the keys: "0225" or "2205" for 2025.
func checkYear(ps *problems, line int, what string, d Date) {
	switch {
	case d.IsZero():
	case d.Year < 1000:
		ps.warn(line, "%s: year %d is before 1000; a typo?", what, d.Year)
	case d.Year > 2100:
		ps.warn(line, "%s: year %d is after 2100; a typo?", what, d.Year)
	}
}

// checkAliases warns about an entity's canonical name repeated among its
// aliases (readers would see it twice, under "Also written"), an alias
// listed twice, and a name or alias that two entities share, which makes a
// lookup by it ambiguous. Across entities names compare as a lookup does,
// ignoring case and diacritics; within one they must be written the same
// to be repeats, since "Tomas" for "Tomás" or "İstanbul" for "Istanbul" is
// a spelling worth showing.
func checkAliases(ps *problems, entities []entityYAML) {
	type owner struct {
		id   string
		line int
	}
	owners := map[string]owner{}
	claim := func(e entityYAML, form string, line int) {
		key := wordsOnly(Fold(form))
		if key == "" {
			return
		}
		if o, ok := owners[key]; ok && o.id != e.ID {
			ps.warn(line, "entity %s: %q also names entity %s (line %d); a lookup by it is ambiguous", e.ID, form, o.id, o.line)
			return
		}
		if _, ok := owners[key]; !ok {
			owners[key] = owner{e.ID, line}
		}
	}
	for _, e := range entities {
		claim(e, e.Name, e.keys.at("name", e.line))
		seen := map[string]bool{}
		for i, a := range e.Aliases {
			line := lineOf(e.aliasLines, i, e.keys.at("aliases", e.line))
			k := written(a)
			switch {
			case k == written(e.Name):
				ps.warn(line, "entity %s: alias %q is its name; drop it from aliases", e.ID, a)
				continue
			case seen[k]:
				ps.warn(line, "entity %s: alias %q is listed twice", e.ID, a)
				continue
			}
			seen[k] = true
			claim(e, a, line)
		}
	}
}

// written is s as written, ignoring only white space at its ends and how
// its accents are encoded.
func written(s string) string { return norm.NFC.String(strings.TrimSpace(s)) }

// checkMentions warns when an entity's name or one of its aliases stands in
// a paragraph its paragraphs do not list: the list is meant to hold every
// paragraph that mentions it. Words match as whole words, ignoring case and
// diacritics, except that a capital in the name must be a capital in the
// text, so the alias "US" is not found in "told us".
func checkMentions(ps *problems, entities []entityYAML, paragraphs []string) {
	type mentions struct {
		names   []string
		forms   [][]word
		listed  map[int]bool
		missing []string
	}
	ms := make([]mentions, len(entities))
	for k, e := range entities {
		m := &ms[k]
		m.listed = make(map[int]bool, len(e.Paragraphs))
		for _, n := range e.Paragraphs {
			m.listed[n] = true
		}
		m.names = append([]string{e.Name}, e.Aliases...)
		m.forms = make([][]word, len(m.names))
		for i, n := range m.names {
			m.forms[i] = appendWords(nil, n)
		}
	}
	// A paragraph at a time, into one buffer: an article's words are
	// never all held at once, and loading a large coverage does not make
	// a slice of them per paragraph to drop.
	var ws []word
	for i, p := range paragraphs {
		ws = appendWords(ws[:0], p)
		for k := range ms {
			m := &ms[k]
			if m.listed[i+1] {
				continue
			}
			for j, form := range m.forms {
				if containsName(ws, form) {
					m.missing = append(m.missing, fmt.Sprintf("¶%d (%q)", i+1, m.names[j]))
					break
				}
			}
		}
	}
	for k, e := range entities {
		if len(ms[k].missing) > 0 {
			ps.warn(e.keys.at("paragraphs", e.line), "entity %s: also in %s? The text names it there, but paragraphs does not list it", e.ID, strings.Join(ms[k].missing, ", "))
		}
	}
}

// word is a word as written and folded.
type word struct {
	raw, fold string
	upper     bool // it starts with a capital
}

// appendWords appends the words of s to dst: runs of letters and digits,
// so that "Zelenskyy’s" is "Zelenskyy" and "s", "U.S." is "U" and "S".
func appendWords(dst []word, s string) []word {
	s = norm.NFC.String(s)
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			dst = appendWord(dst, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		dst = appendWord(dst, s[start:])
	}
	return dst
}

func appendWord(dst []word, w string) []word {
	r, _ := utf8.DecodeRuneInString(w)
	return append(dst, word{raw: w, fold: Fold(w), upper: unicode.IsUpper(r)})
}

// containsName reports whether the words of name stand in text as a run,
// each equal once folded and capitalised in the text when it is in the name.
func containsName(text, name []word) bool {
	if len(name) == 0 {
		return false
	}
	for i := 0; i+len(name) <= len(text); i++ {
		ok := true
		for j, w := range name {
			if t := text[i+j]; t.fold != w.fold || (w.upper && !t.upper) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// nearestIDs returns up to three ids close to a misspelt one, closest
// first: a small edit distance, or the misspelt id being the end of a
// longer one ("putin" for vladimir-putin). Ids much further than the
// closest are left out.
func nearestIDs(id string, ids map[string]int) []string {
	type cand struct {
		id string
		d  int
	}
	var cs []cand
	for c := range ids {
		d := EditDistance(id, c)
		for i, r := range c {
			if r == '-' {
				d = min(d, EditDistance(id, c[i+1:])+1)
			}
		}
		if d <= max(2, len([]rune(id))/3) {
			cs = append(cs, cand{c, d})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].d != cs[j].d {
			return cs[i].d < cs[j].d
		}
		return cs[i].id < cs[j].id
	})
	var out []string
	for _, c := range cs {
		if len(out) == 3 || c.d > cs[0].d+1 {
			break // a far second guess only muddles a near first
		}
		out = append(out, c.id)
	}
	return out
}

// didYouMean gives "; did you mean a, b or c?" for suggestions, or "".
func didYouMean(s []string) string {
	switch len(s) {
	case 0:
		return ""
	case 1:
		return "; did you mean " + s[0] + "?"
	default:
		return "; did you mean " + strings.Join(s[:len(s)-1], ", ") + " or " + s[len(s)-1] + "?"
	}
}

// closestPassage returns the run of words of paragraph nearest to quote:
// among the runs as long as the quote, or a word longer or shorter, the one
// at the smallest edit distance once folded, without quotation marks
// around it. The editor copies the right words from it.
func closestPassage(paragraph, quote string) string {
	pw := strings.Fields(paragraph)
	want := FoldSpace(quote)
	n := len(strings.Fields(want))
	if n == 0 || len(pw) == 0 {
		return ""
	}
	best, bestD := "", -1
	for _, size := range []int{n, n + 1, n - 1} { // on a tie, the quote's length
		if size < 1 || size > len(pw) {
			continue
		}
		for i := 0; i+size <= len(pw); i++ {
			run := strings.Join(pw[i:i+size], " ")
			if d := EditDistance(FoldSpace(run), want); bestD < 0 || d < bestD {
				best, bestD = run, d
			}
		}
	}
	return unquote(best)
}

// unquote drops the quotation marks a passage starts or ends with when
// they do not pair with one inside it: “It is a good day,” loses both,
// say "potential" keeps its pair.
func unquote(s string) string {
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	opens, ends := isMark(first), isMark(last)
	n := strings.Count(Fold(s), `"`)
	switch {
	case opens && ends && n == 2:
		return strings.TrimRightFunc(strings.TrimLeftFunc(s, isMark), isMark)
	case n%2 == 1 && opens:
		return strings.TrimLeftFunc(s, isMark)
	case n%2 == 1 && ends:
		return strings.TrimRightFunc(s, isMark)
	}
	return s
}

func isMark(r rune) bool { return strings.ContainsRune(`"“”„«»`, r) }
