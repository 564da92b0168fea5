package engine

import "strings"

// withoutHyphenedModifiers returns a sentence's words (ws, read from text)
// without the first words of a compound a hyphen joins right after a
// number: "about 9,400 low-income tenants" counts tenants, as "9,400
// tenants" does, and "62,000 season-ticket holders" counts holders. The
// words a number may count are the first two after it (see countedWords,
// countsKindOf), and a compound of two words before the noun pushed the
// noun out of them, leaving "income" as what was counted. A compound the
// number starts itself ("a 49-year-old executive", "a two-year
// contract") says how old or how long, and is left as it is. ws is
// returned as it is when nothing is dropped, else a new slice.
func withoutHyphenedModifiers(text string, ws []word) []word {
	if strings.IndexByte(text, '-') < 0 && !strings.ContainsRune(text, '‑') {
		return ws
	}
	joined := hyphenJoined(text, ws)
	var out []word
	for k := 0; k < len(ws); k++ {
		if out != nil {
			out = append(out, ws[k])
		}
		if !isNumberWord(ws[k].folded) || k+2 >= len(ws) || joined[k+1] || !joined[k+2] || isNumberWord(ws[k+1].folded) {
			continue
		}
		end := k + 2 // the compound's last word
		for end+1 < len(ws) && joined[end+1] {
			end++
		}
		if out == nil {
			out = append(make([]word, 0, len(ws)), ws[:k+1]...)
		}
		k = end - 1
	}
	if out == nil {
		return ws
	}
	return out
}

// hyphenJoined reports, for each of a text's words (ws), whether a hyphen
// alone joins it to the word before: "low-income", "49-year-old".
func hyphenJoined(text string, ws []word) []bool {
	joined := make([]bool, len(ws))
	eachGap(text, ws, func(i int, gap string) {
		joined[i] = i > 0 && (gap == "-" || gap == "‑")
	})
	return joined
}
