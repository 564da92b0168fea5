package extract

import (
	"strings"
)

// roleOf reads a person's role from beside the name: a title in front
// ("Russian President Vladimir Putin"), role words in front ("Kremlin
// spokesman Dmitry Peskov"), an apposition after (", Ukrainian presidential
// adviser,") or before ("Ashford's chief executive, David Lindqvist").
func roleOf(p *para, r run) string {
	toks := p.toks
	post := ""
	// "Professor Henrik Dahl of the Karolinska Institute".
	if r.t1+1 < len(toks) && (toks[r.t1].text == "of" || toks[r.t1].text == "at") {
		k := r.t1 + 1
		if toks[k].text == "the" {
			k++
		}
		if k < len(toks) && isCap(toks[k]) {
			e := k + 1
			for e < len(toks) && (isCap(toks[e]) || (orgConnectors[toks[e].text] && e+1 < len(toks) && isCap(toks[e+1]))) {
				e++
			}
			post = " " + p.text[toks[r.t1].start:toks[e-1].end]
		}
	}
	if r.title != "" && !honorifics[r.title] {
		return r.title + post
	}
	// Role words in front.
	hasRole := false
	j := r.lead - 1
	for ; j >= 0; j-- {
		t := toks[j]
		if !t.word || (t.cap && nonNames[t.text]) || p.inQuote(j) {
			break
		}
		lw := strings.ToLower(t.text)
		switch {
		case !t.cap && roleNouns[lw]:
			hasRole = true
			continue
		case !t.cap && roleModifiers[lw]:
			continue
		case t.cap || (nameParticles[t.text] && j > 0 && isCap(toks[j-1])):
			if hasRole {
				continue
			}
		}
		break
	}
	if hasRole && j+1 < r.lead {
		return p.text[toks[j+1].start:toks[r.lead-1].end] + post
	}
	// An apposition after the name.
	if r.t1 < len(toks) && toks[r.t1].text == "," {
		if a := apposition(p, r.t1+1, +1); a != "" {
			return a
		}
	}
	// An apposition before it.
	if r.lead >= 2 && toks[r.lead-1].text == "," {
		if a := apposition(p, r.lead-2, -1); a != "" {
			return a
		}
	}
	if r.title != "" {
		return r.title + post
	}
	return strings.TrimSpace(post)
}

// apposition reads the phrase from token i up to a comma or the sentence's
// end (dir +1), or back to one (dir -1), and keeps it when it names a role.
func apposition(p *para, i, dir int) string {
	toks := p.toks
	sent := p.sentenceOf(toks[i].start)
	j := i
	n := 0
	role := false
	for j >= 0 && j < len(toks) && sent.contains(toks[j].start) && !p.inQuote(j) {
		t := toks[j]
		if t.text == "," || t.text == ";" || t.text == "(" || t.text == ")" || t.text == "—" {
			break
		}
		if dir > 0 && n == 0 && (t.text == "who" || t.text == "which" || t.text == "whose" || t.text == "where" || speechVerbs[t.text]) {
			return ""
		}
		if roleNouns[strings.ToLower(t.text)] && !t.cap {
			role = true
		}
		j += dir
		n++
	}
	if !role || n == 0 || n > 12 {
		return ""
	}
	a, b := i, j-dir
	if dir < 0 {
		a, b = b, a
	}
	if b >= len(toks) || b < a {
		return ""
	}
	if dir < 0 {
		// Only the noun phrase before the comma: "a former labour court
		// judge, Paolo Ricci", not the clause it ends.
		for k := b; k >= a; k-- {
			if w := strings.ToLower(toks[k].text); w == "a" || w == "an" || w == "the" || toks[k].poss {
				a = k
				break
			}
		}
	}
	s := strings.TrimRight(p.text[toks[a].start:toks[b].end], ".")
	for _, art := range []string{"a ", "an ", "the ", "The ", "A ", "An "} {
		s = strings.TrimPrefix(s, art)
	}
	return s
}
