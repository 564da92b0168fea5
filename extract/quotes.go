package extract

import (
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// quoteResult is one quotation and what the sieves made of it.
type quoteResult struct {
	p        *para
	q        quoteSpan
	text     string
	speaker  *entity
	sieve    string // the sieve that attributed it, or why none did
	sentence span
	verb     int // token of the attributing verb, or -1
}

// attributor walks the article in order, remembering who each sentence
// was about, so that "he said" finds its speaker.
type attributor struct {
	ps      []*para
	history []subject
	quotes  []*quoteResult
}

type subject struct {
	e    *entity
	para int
}

// attribute finds every quotation and runs the sieves on it, most precise
// first: the speech verb beside the quote ("…," X said / said X), a speech
// verb earlier in its sentence (X said … "…"), a pronoun resolved to the
// latest subject of the right gender, a continuation of the previous quote,
// and a speech noun with one possible speaker. A quote no sieve is sure of
// keeps no speaker.
func attribute(ps []*para, ns *names) ([]*quoteResult, []subject) {
	a := &attributor{ps: ps}
	for _, p := range ps {
		for _, s := range p.sents {
			ts, te := p.tokenAt(s.start), p.tokenAt(s.end)
			var subj *entity
			for _, q := range p.quotes {
				if !s.contains(q.outer.start) {
					continue
				}
				r := a.attributeOne(p, q, s, ts, te)
				if r == nil {
					continue
				}
				a.quotes = append(a.quotes, r)
				if r.speaker != nil && r.verb >= 0 {
					subj = r.speaker
				}
			}
			if subj == nil {
				subj = a.subjectOf(p, ts, te)
			}
			if subj != nil {
				a.history = append(a.history, subject{subj, p.n})
				subj.paras[p.n] = true
			}
		}
	}
	return a.quotes, a.history
}

func (a *attributor) attributeOne(p *para, q quoteSpan, s span, ts, te int) *quoteResult {
	text := strings.TrimSpace(p.text[q.inner.start:q.inner.end])
	text = strings.TrimSpace(strings.TrimRight(text, ",;:"))
	if len([]rune(text)) < 2 {
		return nil
	}
	r := &quoteResult{p: p, q: q, text: text, sentence: s, verb: -1}
	qt0, qt1 := p.tokenAt(q.outer.start), p.tokenAt(q.outer.end)
	// Sieve 1: a speech verb right after the quote.
	k := qt1
	if k < te && p.toks[k].text == "," {
		k++
	}
	if k+1 < te && p.toks[k].text == "according" && p.toks[k+1].text == "to" {
		if e, how := a.speakerAfter(p, k+2, te); e != nil {
			r.speaker, r.sieve, r.verb = e, `"…," according to `+how, k
			return r
		}
	}
	if k < te && isSpeechVerb(p.toks[k]) && !p.inQuote(k) {
		if e, how := a.speakerAfter(p, k+1, te); e != nil {
			r.speaker, r.sieve, r.verb = e, `"…," said `+how, k
			return r
		}
	}
	for v := k; v < te && v < k+10 && !p.inQuote(v); v++ {
		if isSpeechVerb(p.toks[v]) {
			if e, how := a.subjectBefore(p, k, v); e != nil {
				r.speaker, r.sieve, r.verb = e, `"…," `+how+` said`, v
				return r
			}
			break
		}
	}
	// Sieve 2: a speech verb earlier in the sentence.
	for v := qt0 - 1; v >= ts; v-- {
		if p.inQuote(v) {
			continue
		}
		if strings.EqualFold(p.toks[v].text, "according") && v+1 < qt0 && p.toks[v+1].text == "to" {
			if e, how := a.speakerAfter(p, v+2, qt0); e != nil {
				r.speaker, r.sieve, r.verb = e, `according to `+how+` … "…"`, v
				return r
			}
			break
		}
		if !isSpeechVerb(p.toks[v]) {
			continue
		}
		if participles[strings.ToLower(p.toks[v].text)] {
			if e := a.sentenceSubject(p, ts, v); e != nil {
				r.speaker, r.sieve, r.verb = e, `subject of "`+p.toks[v].text+`"`, v
				return r
			}
		} else if e, how := a.subjectBefore(p, ts, v); e != nil {
			r.speaker, r.sieve, r.verb = e, how+` `+p.toks[v].text+` … "…"`, v
			return r
		}
		break
	}
	// Sieve 3: the previous quote goes on.
	if e := a.continuation(p, qt0, ts, te); e != nil {
		r.speaker, r.sieve = e, "continues the previous quote"
		return r
	}
	// Sieve 4: a speech noun and one possible speaker.
	if e := a.speechNoun(p, ts, te); e != nil {
		r.speaker, r.sieve = e, "the only speaker in a sentence about a speech"
		return r
	}
	r.sieve = "no speech verb, speech noun or earlier quote names a speaker"
	return r
}

func isSpeechVerb(t token) bool {
	return t.word && !t.cap && speechVerbs[t.text]
}

func speaks(e *entity) bool {
	return e.kind == knowledge.KindPerson || e.kind == knowledge.KindOrganisation
}

// speakerAfter reads the speaker after a speech verb: "said Carvalhal",
// "said Dr. Aisha Rahman", "said the club's president", "said he".
func (a *attributor) speakerAfter(p *para, i, te int) (*entity, string) {
	if i >= te {
		return nil, ""
	}
	for i < te && matchTitle(p.toks, i) > 0 {
		i += matchTitle(p.toks, i)
	}
	for _, m := range p.mentions {
		if m.t0 == i && speaks(m.e) && !m.poss {
			return m.e, "X"
		}
	}
	lw := strings.ToLower(p.toks[i].text)
	if pronounGender[lw] != "" {
		if e := a.resolvePronoun(lw, p.n); e != nil {
			return e, "he/she"
		}
		return nil, ""
	}
	if lw == "the" {
		for j := i + 1; j < te && j < i+5; j++ {
			if h := strings.ToLower(p.toks[j].text); isHead(h) && (j+1 >= te || !p.toks[j+1].word || p.toks[j+1].text == "who") {
				if e := a.resolveRole(p, i, j); e != nil {
					return e, "the " + h
				}
				return nil, ""
			}
		}
	}
	return nil, ""
}

func isHead(w string) bool {
	return roleNouns[w] || orgDescriptors[w] || groupNouns[w] || orgHeads[strings.ToUpper(w[:1])+w[1:]]
}

// subjectBefore finds who does the verb at token v, looking back no
// further than token lo: a name, a pronoun, "the ROLE", past an apposition
// between commas and words like "has repeatedly" or "began to".
func (a *attributor) subjectBefore(p *para, lo, v int) (*entity, string) {
	commas := 0
	for i := v - 1; i >= lo; i-- {
		t := p.toks[i]
		if p.inQuote(i) {
			return nil, ""
		}
		if m, ok := p.mentionEndingAt(i); ok {
			return a.subjectMention(p, m)
		}
		lw := strings.ToLower(t.text)
		switch {
		case t.text == ",":
			commas++
			j := i - 1
			for j >= lo && p.toks[j].text != "," && !p.inQuote(j) {
				j--
			}
			if j < lo || commas > 2 {
				return nil, ""
			}
			// "The council's chief scientist, Fiona MacLeod, said".
			if m, ok := p.mentionEndingAt(i - 1); ok && m.t0 == j+1 && speaks(m.e) {
				return m.e, "X"
			}
			i = j
			continue
		case pronounGender[lw] != "" || lw == "it":
			if e := a.resolvePronoun(lw, p.n); e != nil {
				return e, "he/she"
			}
			return nil, ""
		case (lw == "which" || lw == "who") && i >= lo+2 && p.toks[i-1].text == ",":
			// "…, according to the Federation, which said": the name the
			// relative clause hangs on.
			if m, ok := p.mentionEndingAt(i - 2); ok && speaks(m.e) && !m.poss {
				return m.e, "X, " + lw
			}
			return nil, ""
		case !t.cap && isHead(lw):
			if e := a.resolveRole(p, lo, i); e != nil {
				return e, "the " + lw
			}
			return nil, ""
		case lw == "and" || lw == "but":
			// "X called it … and said": the subject of the verb before.
			for u := i - 1; u >= lo; u-- {
				if !p.inQuote(u) && isSpeechVerb(p.toks[u]) && !participles[p.toks[u].text] {
					if e, _ := a.subjectBefore(p, lo, u); e != nil {
						return e, "X … and"
					}
					break
				}
			}
			if e := a.sentenceSubject(p, lo, i); e != nil {
				return e, "X … and"
			}
			return nil, ""
		case !t.cap && (subjectSkip[lw] || strings.HasSuffix(lw, "ly")):
			continue
		}
		return nil, ""
	}
	return nil, ""
}

// subjectMention turns the name before a verb into its subject: a person
// or organisation, or the person before "of the Karolinska Institute".
func (a *attributor) subjectMention(p *para, m mention) (*entity, string) {
	if m.poss {
		return nil, ""
	}
	k := m.t0 - 1
	if k >= 0 && p.toks[k].text == "the" {
		k--
	}
	if k >= 1 && (p.toks[k].text == "of" || p.toks[k].text == "at" || p.toks[k].text == "from" || p.toks[k].text == "in") {
		if m2, ok := p.mentionEndingAt(k - 1); ok && m2.e.kind == knowledge.KindPerson {
			return m2.e, "X"
		}
	}
	if speaks(m.e) {
		return m.e, "X"
	}
	return nil, ""
}

// sentenceSubject is the first person or organisation a sentence names
// outside quotes before token hi, or its opening pronoun.
func (a *attributor) sentenceSubject(p *para, lo, hi int) *entity {
	if lo < hi {
		if lw := strings.ToLower(p.toks[lo].text); pronounGender[lw] != "" {
			return a.resolvePronoun(lw, p.n)
		}
	}
	var poss *entity
	for _, m := range p.mentions {
		if m.t0 < lo || m.t1 > hi || !speaks(m.e) || p.inQuote(m.t0) || qualifies(p, m) {
			continue
		}
		if !m.poss {
			return m.e
		}
		if poss == nil {
			poss = m.e
		}
	}
	return poss
}

// qualifies says whether a mention only qualifies a role that follows it:
// "Kremlin spokesman", "Northgate City manager".
func qualifies(p *para, m mention) bool {
	if m.t1 >= len(p.toks) {
		return false
	}
	w := p.toks[m.t1].text
	return !p.toks[m.t1].cap && (roleNouns[w] || roleModifiers[w])
}

// subjectOf says whom a sentence without an attributed quote is about:
// the subject of its speech verb, else its first person or organisation.
func (a *attributor) subjectOf(p *para, ts, te int) *entity {
	for v := ts; v < te; v++ {
		if !p.inQuote(v) && isSpeechVerb(p.toks[v]) && !participles[p.toks[v].text] {
			if e, _ := a.subjectBefore(p, ts, v); e != nil {
				return e
			}
			break
		}
	}
	return a.sentenceSubject(p, ts, te)
}

// resolvePronoun gives he or she the latest subject of that gender in this
// paragraph or the one before, and it the latest organisation.
func (a *attributor) resolvePronoun(pron string, n int) *entity {
	g := pronounGender[pron]
	for i := len(a.history) - 1; i >= 0; i-- {
		h := a.history[i]
		if h.para < n-1 {
			break
		}
		if pron == "it" {
			if h.e.kind == knowledge.KindOrganisation {
				return h.e
			}
			continue
		}
		if h.e.kind != knowledge.KindPerson || (h.e.gender != "" && h.e.gender != g) {
			continue
		}
		h.e.gender = g
		h.e.paras[n] = true
		return h.e
	}
	return nil
}

// resolveRole resolves "the Estrela president" (head at token h) to the
// person whose role has that noun, or "the council" to the organisation
// with that word in its name, the latest mentioned first. An indefinite
// "a spokesman" resolves to no one.
func (a *attributor) resolveRole(p *para, lo, h int) *entity {
	head := strings.ToLower(p.toks[h].text)
	j := h - 1
	for j >= lo {
		if m, ok := p.mentionEndingAt(j); ok && !m.poss {
			j = m.t0 - 1
			continue
		}
		t := p.toks[j]
		if !t.word || strings.EqualFold(t.text, "the") || t.poss || !(t.cap || roleModifiers[strings.ToLower(t.text)] || nameParticles[t.text]) {
			break
		}
		j--
	}
	definite := j >= lo && (strings.EqualFold(p.toks[j].text, "the") || p.toks[j].poss)
	if !definite {
		return nil
	}
	var qual []*entity
	for _, m := range p.mentions {
		if m.t0 > j && m.t1 <= h {
			qual = append(qual, m.e)
		}
	}
	isOrgHead := orgDescriptors[head] || groupNouns[head] || orgHeads[strings.ToUpper(head[:1])+head[1:]]
	if isOrgHead {
		for _, q := range qual {
			if q.kind == knowledge.KindOrganisation {
				return q
			}
		}
	}
	match := func(e *entity) bool {
		if isOrgHead {
			return e.kind == knowledge.KindOrganisation && (e.descr == head || hasWord(knowledge.Fold(e.name), head))
		}
		if e.kind != knowledge.KindPerson || !hasWord(knowledge.Fold(e.role), head) {
			return false
		}
		for _, q := range qual {
			if !hasWord(knowledge.Fold(e.role), knowledge.Fold(q.name)) && !strings.Contains(knowledge.Fold(e.role), knowledge.Fold(strings.Fields(q.name)[0])) && e.affil != q.id {
				return false
			}
		}
		return true
	}
	return a.latest(p, p.toks[h].start, match)
}

// latest is the entity matching ok whose latest mention before offset off
// of paragraph p is the nearest.
func (a *attributor) latest(p *para, off int, ok func(*entity) bool) *entity {
	for n := p.n; n >= 1; n-- {
		q := a.ps[n-1]
		for i := len(q.mentions) - 1; i >= 0; i-- {
			m := q.mentions[i]
			if (n < p.n || m.start < off) && ok(m.e) {
				return m.e
			}
		}
	}
	return nil
}

func hasWord(s, w string) bool {
	return strings.Contains(" "+wordsOnly(s)+" ", " "+wordsOnly(w)+" ")
}

func wordsOnly(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127) }), " ")
}

// continuation: a quote with no verb of its own, after a quote of the same
// paragraph (or ending the one before) with only its speaker named between.
func (a *attributor) continuation(p *para, qt0, ts, te int) *entity {
	for v := ts; v < te; v++ {
		if !p.inQuote(v) && isSpeechVerb(p.toks[v]) {
			return nil
		}
	}
	if len(a.quotes) == 0 {
		return nil
	}
	prev := a.quotes[len(a.quotes)-1]
	if prev.speaker == nil {
		return nil
	}
	between := func(q *para, from, to int) bool {
		for _, m := range q.mentions {
			if m.start >= from && m.end <= to && speaks(m.e) && m.e != prev.speaker && !inQuotes(q.quotes, m.start) {
				return false
			}
		}
		for i, t := range q.toks {
			if t.start >= from && t.end <= to && pronounGender[strings.ToLower(t.text)] != "" && !q.inQuote(i) && i != prev.verb+1 && i != prev.verb-1 {
				return false
			}
		}
		return true
	}
	// The words after the previous quote's sentence, which holds its
	// attribution, up to this quote.
	from := max(prev.q.outer.end, prev.sentence.end)
	switch {
	case prev.p == p:
		if between(p, from, p.toks[qt0].start) {
			return prev.speaker
		}
	case prev.p.n == p.n-1 && qt0 == 0:
		if between(prev.p, from, len(prev.p.text)) {
			return prev.speaker
		}
	}
	return nil
}

// speechNoun: a sentence about a speech ("in a speech", "in a statement")
// that names one person or organisation, outside quotes, is theirs.
func (a *attributor) speechNoun(p *para, ts, te int) *entity {
	has := false
	for v := ts; v < te; v++ {
		if !p.inQuote(v) && speechNouns[strings.ToLower(p.toks[v].text)] {
			has = true
		}
	}
	if !has {
		return nil
	}
	var one *entity
	for _, m := range p.mentions {
		if m.t0 >= ts && m.t1 <= te && speaks(m.e) && !p.inQuote(m.t0) {
			if one != nil && one != m.e {
				return nil
			}
			one = m.e
		}
	}
	return one
}
