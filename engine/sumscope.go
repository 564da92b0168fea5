package engine

import (
	"regexp"
	"slices"
	"strings"
)

// pieceBreak ends a piece of a sentence: a comma, semicolon or colon
// before a space (a closing quote may stand between), or a dash set off by
// spaces ("1,100" holds no break); or it starts one: "and to" begins
// another purpose ("to freeze season-ticket prices and to keep 2,000
// seats at 15 euros"), in its group.
var pieceBreak = regexp.MustCompile(`[,;:]["”’']?\s+|\s[-–—]\s|\s()and\sto\s`)

// sideWords start, after a break, a piece that says something of the
// words before it and ends at the next break: a relative clause ("the
// optional extension, which costs around 180 varrs a year") or the
// members of what it names ("60 transformers, including the one that
// burned").
var sideWords = map[string]bool{"which": true, "who": true, "whom": true, "whose": true, "including": true}

// joinWords start, after a break, a clause of its own that runs on to the
// next such clause: "..., and had opened a claims hotline".
var joinWords = map[string]bool{"and": true, "but": true, "while": true, "whereas": true, "although": true, "though": true, "yet": true}

// subordinators start, inside a piece, a clause of their own when a verb
// follows them closely: in "faced a shortfall of 31 million crowns in the
// financial year after the national government trimmed its grant by 12
// percent", the sum is the shortfall's, not the grant's. Without a verb
// they start a phrase of the clause they are in ("after a five-hour
// session", "since 2019").
var subordinators = regexp.MustCompile(`(?i)\s(after|because|before|since|until|unless|once|when|whereas|although|though)\s`)

// subordinateVerbWithin is how many words after a subordinator its verb
// may come: "after the national government trimmed".
const subordinateVerbWithin = 5

// sentencePiece is a piece of a sentence between breaks (see pieceBreak).
type sentencePiece struct {
	ws     []word
	side   bool // a relative clause, or the members of what is before it
	dashed bool // a dash set off by spaces is the break before it
	clause int  // the clause it belongs to, counted from 0, when not side
	gives  bool // it gives the figure asked for
	// apposed: a name or a lone number (an age) set off by breaks, which
	// says again who or what the piece before it is ("Her father,
	// Gerald Treloar, 61, who said ...").
	apposed bool
}

// sumScope returns the terms of the words of a sentence that a figure of
// the kind asked for (a sum, or any number) may be of: those of the
// clause that gives it, not those of another beside it. A figure in a
// relative clause is of the words before it ("its contract with Strand,
// which industry sources valued at about 350,000 euros"); one in a
// clause that points back before its number ("and the association
// estimates its members are waiting on about 27 million crowns") may be
// of the clauses before it too. A relative clause that gives none says
// nothing of the figure beside it: in "The Council, which funded the
// Edinburgh study, said it would spend 12 million pounds on a five-year
// trial", the sum is the trial's; in "Dellacor said it would pay 250
// euros to every household, and had opened a claims hotline for lost
// earnings" it is no earnings; and in "spend 180 million crowns to bury
// 400 km of lines and to replace 60 transformers" no transformer's price.
// ok is false when no piece gives the figure alone (a sign or a
// currency's word cut from its number): the sentence's own terms stand.
func (e *Engine) sumScope(sentence string, kind figure, money map[string]bool) (terms termSet, ok bool) {
	ws, ok := e.sumScopeWords(sentence, kind, money)
	if !ok {
		return nil, false
	}
	var ts []string
	for _, w := range ws {
		if w.term != "" {
			ts = append(ts, w.term)
		}
	}
	return e.vocab.set(ts), true
}

// sumScopeWords is sumScope's words, in the sentence's order.
func (e *Engine) sumScopeWords(sentence string, kind figure, money map[string]bool) ([]word, bool) {
	ps := e.sentencePieces(sentence, kind, money)
	var in []bool
	for k, p := range ps {
		if !p.gives {
			continue
		}
		if in == nil {
			in = make([]bool, len(ps))
		}
		in[k] = true
		if p.side {
			// A relative clause is of the words before it, and of those
			// before the names and ages that stand for them.
			for j := k - 1; j >= 0; j-- {
				in[j] = true
				if !ps[j].apposed {
					break
				}
			}
			// An object pronoun in it before the figure is another
			// thing than what the clause is of, said before: in "one
			// holding a cello ..., a Quornish arts charity, which
			// values it at about 600,000 euros", the sum is the
			// cello's.
			// Not one right after the relative word, which is the
			// subject of its own verb ("which it said fewer than a
			// third of policyholders had done").
			// Nor one before an auxiliary, which is the subject of a
			// clause said ("which said it had spent").
			if objectBeforeNumber(beforeNumber(p.ws)) {
				for j := range k {
					in[j] = true
				}
			}
			// A phrase set off by a dash after a relative clause that
			// gives a sum says more of it, not of the clause before:
			// "which has pledged to supply it for no more than $2.90 a
			// dose - under half what the existing shots cost" prices
			// a shot.
			for j := k + 1; j < len(ps) && ps[j].dashed && !ps[j].side && !ps[j].gives && ps[j].clause == p.clause; j++ {
				in[j] = true
			}
			continue
		}
		// The clause's pieces up to the figure's, and whether they, up
		// to its number, point back.
		back := false
		for j, q := range ps[:k+1] {
			if q.side || q.clause != p.clause {
				continue
			}
			in[j] = true
			ws := q.ws
			if j == k {
				if n := slices.IndexFunc(ws, func(w word) bool { return isNumberWord(w.folded) && !isYear(w.folded) }); n >= 0 {
					ws = ws[:n]
				}
			}
			back = back || slices.ContainsFunc(ws, func(w word) bool { return backWords[w.folded] && w.folded != "that" })
		}
		for j := k + 1; j < len(ps) && (ps[j].side || ps[j].clause == p.clause); j++ {
			in[j] = in[j] || !ps[j].side
		}
		if back {
			for j, q := range ps[:k] {
				in[j] = in[j] || !q.side
			}
		}
	}
	if in == nil {
		return nil, false
	}
	var ws []word
	for k, p := range ps {
		if in[k] {
			ws = append(ws, p.ws...)
		}
	}
	return ws, true
}

// scopedFigure reports whether the figure a question asks for is of the
// words of its clause (see sumScope): a sum, or the number "how much"
// asks with no word of money. A count is of the noun after its number.
func scopedFigure(kind figure) bool { return kind == figureMoney || kind == figureAny }

// scopePuts reports whether a sentence of a paragraph gives the figure
// asked for with one of the concepts in its scope (see sumScope).
func (e *Engine) scopePuts(pi *paraInfo, kind figure, of []concept, money map[string]bool) bool {
	for i, sent := range pi.sents {
		if sent.figures&(1<<kind) == 0 || !putsAny(of, sent.terms()) {
			continue
		}
		terms, ok := e.sumScope(pi.sentence(i), kind, money)
		if !ok || putsAny(of, terms) {
			return true
		}
	}
	return false
}

// sentencePieces cuts a sentence at its breaks (see pieceBreak) and says
// of each piece whether it is said aside, which clause it belongs to, and
// whether it gives a figure of the kind asked for.
func (e *Engine) sentencePieces(sentence string, kind figure, money map[string]bool) []sentencePiece {
	var ps []sentencePiece
	clause, at := 0, 0
	dashed := false // the break before the piece is a dash
	cuts := append(pieceBreak.FindAllStringSubmatchIndex(sentence, -1), []int{len(sentence), len(sentence), -1, -1})
	for _, c := range cuts {
		whole := sentence[at:c[0]]
		at = c[1]
		if c[2] >= 0 {
			at = c[2] // "and to" starts the next piece
		}
		after := dashed
		dashed = strings.ContainsAny(sentence[c[0]:c[1]], "-–—")
		for k, text := range e.subordinateClauses(whole) {
			ws := e.readText(text)
			if len(ws) == 0 {
				continue
			}
			p := sentencePiece{ws: ws, dashed: k == 0 && after}
			switch first := ws[0].folded; {
			case k > 0:
				clause++
			case len(ps) > 0 && sideWords[first]:
				p.side = true
			case len(ps) > 0 && joinWords[first]:
				clause++
			}
			p.clause = clause
			p.gives = slices.Contains(sentenceFigures(e.lex.wn, text, ws, money), kind)
			p.apposed = len(ps) > 0 && k == 0 && !p.side && clause == ps[len(ps)-1].clause && apposition(ws)
			ps = append(ps, p)
		}
	}
	return ps
}

// subordinateClauses cuts a piece of a sentence before each subordinator
// that a verb follows closely (see subordinators): the first part is the
// piece's own, each other a clause of its own.
func (e *Engine) subordinateClauses(text string) []string {
	var out []string
	from := 0
	for _, m := range subordinators.FindAllStringIndex(text, -1) {
		ws := e.readText(text[m[0]:])
		if len(ws) > subordinateVerbWithin+1 {
			ws = ws[:subordinateVerbWithin+1]
		}
		if !slices.ContainsFunc(ws[1:], func(w word) bool { return e.verbForm(w.folded) }) {
			continue
		}
		out = append(out, text[from:m[0]])
		from = m[0] + 1
	}
	return append(out, text[from:])
}

// saysNotWhatOf reports whether the clause that gives a sum names nothing
// it may be of: only who pays or gets it, when or how often, and the
// money. "Parents will pay 14 crowns a day", after a sentence about the
// homework clubs the schools will open on Fridays, gives the clubs'
// price: the sum is of what the sentence before names.
func (e *Engine) saysNotWhatOf(sentence string, money map[string]bool) bool {
	wn := e.lex.wn
	ws, ok := e.sumScopeWords(sentence, figureMoney, money)
	if !ok || wn == nil {
		return false
	}
	for _, w := range ws {
		f := w.folded
		if w.term == "" || isNumberWord(f) || moneyWords[f] || currencyWords[f] || money[f] || durationWords[f] || currencyUnit(wn, f) {
			continue
		}
		if n := nounLemma(wn, f); wn.MostlyNoun(n) && !wn.People(n) {
			return false
		}
	}
	return true
}

// apposition reports whether a piece of a sentence is a name, all its
// words capitalised, or a lone number: what stands beside a noun to say
// again whom it is of ("Gerald Treloar", "61").
func apposition(ws []word) bool {
	if len(ws) == 1 && isNumberWord(ws[0].folded) {
		return true
	}
	return !slices.ContainsFunc(ws, func(w word) bool { return !isCapitalised(w.surface) })
}

// beforeNumber returns the words before the first number that is no year.
func beforeNumber(ws []word) []word {
	if n := slices.IndexFunc(ws, func(w word) bool { return isNumberWord(w.folded) && !isYear(w.folded) }); n >= 0 {
		return ws[:n]
	}
	return ws
}

// objectBeforeNumber reports whether words (a relative clause's, up to
// its number) hold "it" or "them" as an object: after the relative word
// and its verb, and before no auxiliary or modal.
func objectBeforeNumber(b []word) bool {
	for i := 2; i < len(b); i++ {
		if b[i].folded != "it" && b[i].folded != "them" {
			continue
		}
		if i+1 < len(b) && (auxiliaries[b[i+1].folded] || modals[b[i+1].folded] || beForms[b[i+1].folded]) {
			continue
		}
		return true
	}
	return false
}
