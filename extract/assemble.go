package extract

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/coveragebot/coveragebot/knowledge"
)

// resolve gives every entity its id and, where its role names one, the id
// of its affiliation.
func (ns *names) resolve() {
	seen := map[string]int{}
	for _, e := range ns.entities {
		e.id = uniqueID(slugOf(e.name), seen)
	}
	for _, e := range ns.entities {
		if e.kind == knowledge.KindPlace {
			continue
		}
		text := e.role
		if e.kind == knowledge.KindOrganisation {
			text = e.name
		}
		if a := ns.affiliationIn(text, e); a != nil {
			e.affil = a.id
		}
	}
}

// affiliationIn finds the organisation or place a role names: "Kremlin
// spokesman", "chief executive of Harbour Light Developments", or by a
// nationality, "Russian President".
func (ns *names) affiliationIn(text string, self *entity) *entity {
	toks := tokenize(text)
	p := &para{text: text, toks: toks}
	for i := range toks {
		for k := min(len(toks), i+8); k > i; k-- {
			if k-1 > i && toks[k-2].poss {
				continue
			}
			if e, ok := ns.index[knowledge.Fold(p.textOf(i, k))]; ok && e != self && e.kind != knowledge.KindPerson {
				return e
			}
		}
	}
	for _, t := range toks {
		if c := nationalities[t.text]; c != "" {
			if e, ok := ns.index[knowledge.Fold(c)]; ok && e != self {
				return e
			}
		}
	}
	return nil
}

func slugOf(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range knowledge.Fold(plain(s)) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.TrimRight(b.String(), "-")
	if out == "" {
		out = "item"
	}
	return out
}

func uniqueID(id string, seen map[string]int) string {
	seen[id]++
	if n := seen[id]; n > 1 {
		id = fmt.Sprintf("%s-%d", id, n)
		seen[id]++
	}
	return id
}

// findEvents makes one event per temporal expression, merged within a
// paragraph when two give the same date, summarised by their sentence.
func findEvents(ps []*para, pub time.Time) ([]Event, map[*para][]timex) {
	var evs []Event
	byPara := map[*para][]timex{}
	seen := map[string]int{}
	for _, p := range ps {
		if p.headline {
			continue
		}
		txs := findTimexes(p, pub)
		byPara[p] = txs
		dates := map[string]bool{}
		for _, tx := range txs {
			if dates[tx.date+"/"+tx.until] {
				continue
			}
			dates[tx.date+"/"+tx.until] = true
			s := p.sentenceOf(tx.start)
			sent := p.text[max(s.start, p.skip.end):s.end]
			evs = append(evs, Event{
				ID:          uniqueID(joinID(strings.ToLower(tx.date), keywords(sent, 4)), seen),
				Date:        tx.date,
				Until:       tx.until,
				Summary:     shorten(sent, 200),
				Paragraphs:  []int{p.n},
				Expression:  p.text[tx.start:tx.end],
				Approximate: tx.approx,
				Rule:        tx.rule,
			})
		}
	}
	return evs, byPara
}

// joinID joins the non-empty parts of an id with dashes.
func joinID(parts ...string) string {
	var ps []string
	for _, p := range parts {
		if p != "" {
			ps = append(ps, p)
		}
	}
	return strings.Join(ps, "-")
}

// keywords are the first n content words of s, for an id.
func keywords(s string, n int) string {
	var out []string
	for _, w := range strings.Fields(wordsOnly(knowledge.Fold(plain(s)))) {
		if len(out) == n {
			break
		}
		if len(w) < 3 || stopwords[w] || monthOf(strings.ToUpper(w[:1])+w[1:]) != 0 || weekdayOf(strings.ToUpper(w[:1])+w[1:]) >= 0 {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, "-")
}

var stopwords = set(`the and but for with from that this was were has have had will would said says
	its their his her they she him them who which what when where while also about after before
	into over than then there these those not are been being last next ago year years month
	months week weeks day days since until between during early late earlier later`)

// assemble turns what the rules found into the draft's lists.
func (d *Draft) assemble(ps []*para, ns *names, qs []*quoteResult, evs []Event, txs map[*para][]timex) {
	used := map[*entity]bool{}
	seen := map[string]int{}
	for _, q := range qs {
		dq := Quote{Text: q.text, Paragraph: q.p.n, Sieve: q.sieve, Evidence: shorten(q.p.text[q.sentence.start:q.sentence.end], 240)}
		if q.verb >= 0 {
			for _, tx := range txs[q.p] {
				if t := q.p.tokenAt(tx.start); t > q.verb && t <= q.verb+3 && tx.until == "" {
					dq.Date = tx.date
				}
			}
		}
		if q.speaker == nil {
			d.Unassigned = append(d.Unassigned, dq)
			continue
		}
		used[q.speaker] = true
		dq.Speaker = q.speaker.id
		dq.ID = uniqueID(joinID(q.speaker.id, keywords(q.text, 3)), seen)
		d.Quotes = append(d.Quotes, dq)
	}
	for _, q := range qs {
		if q.speaker != nil {
			q.speaker.paras[q.p.n] = true
		}
	}
	for _, e := range ns.entities {
		if len(e.paras) == 0 && !used[e] {
			continue
		}
		for _, p := range ps {
			if !e.paras[p.n] && namesIn(p.text, append([]string{e.name}, e.aliases...)) {
				e.paras[p.n] = true
			}
		}
	}
	kinds := map[knowledge.Kind]int{knowledge.KindPerson: 0, knowledge.KindOrganisation: 1, knowledge.KindPlace: 2}
	es := append([]*entity(nil), ns.entities...)
	sort.SliceStable(es, func(i, j int) bool { return kinds[es[i].kind] < kinds[es[j].kind] })
	for _, e := range es {
		if len(e.paras) == 0 && !used[e] {
			continue
		}
		var pn []int
		for n := range e.paras {
			pn = append(pn, n)
		}
		sort.Ints(pn)
		d.Entities = append(d.Entities, Entity{
			ID: e.id, Name: e.name, Kind: e.kind, Role: e.role, Affiliation: e.affil,
			Aliases: e.aliases, Paragraphs: pn, Evidence: e.evidence,
		})
	}
	d.Events = evs
}

// namesIn reports whether one of names stands in text as whole words, equal
// once folded and capitalised where the name is: the test check applies when
// it warns of a paragraph an entity does not list ("Edinburgh" in
// "University of Edinburgh" counts; the alias "US" in "told us" does not).
func namesIn(text string, names []string) bool {
	ws := splitWords(text)
	for _, n := range names {
		form := splitWords(n)
		for i := 0; len(form) > 0 && i+len(form) <= len(ws); i++ {
			ok := true
			for j, w := range form {
				if t := ws[i+j]; t.fold != w.fold || (w.upper && !t.upper) {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

type word struct {
	fold  string
	upper bool
}

func splitWords(s string) []word {
	var out []word
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		r, _ := utf8.DecodeRuneInString(w)
		out = append(out, word{fold: knowledge.Fold(w), upper: unicode.IsUpper(r)})
	}
	return out
}
