package engine

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/coveragebot/coveragebot/knowledge"
)

// part is what the engine derives from one article and its fact base,
// analyzed once and kept while the article is unchanged: reloading the
// coverage, or adding an article to it, analyzes only what changed.
// Sets of ids and sorted slices rather than maps, so that a part costs
// little more than its ids.
type part struct {
	article string
	hash    string
	paras   []paraInfo
	// words are the ids of the article's folded words in the term table,
	// sorted.
	words []uint32
	// inCompound and alone: the terms seen as the last word of an opaque
	// compound ("tank" of "think tank"), and seen otherwise.
	inCompound, alone termSet
	// initials are the terms of the article's terms of several words
	// that a reader may type by their initials, each its length and
	// then its ids (see appendInitials).
	initials []uint32
	// quoted says whose quotes the fact base puts in which paragraph,
	// sorted by paragraph.
	quoted []quotedAt
	events []eventTerms
	// quotes are the terms of each quote's words and topics, in the fact
	// base's order, for a topic to judge it by.
	quotes []termSet
	// quoteParas is the paragraph of each of quotes (from the fact base,
	// not kept in a snapshot).
	quoteParas []int32
	// speakers are the terms of what each quote's speaker is, the head of
	// their role: "chief executive" of "Chief executive of Helion
	// Dynamics".
	speakers []termSet
	// eventsAt lists the events citing each paragraph, sorted by
	// paragraph then event.
	eventsAt []eventAt
	// groups are the article's names and synonym groups, analyzed.
	groups []namedGroup
	// roles are the terms of the role the fact base gives each entity it
	// cites in one paragraph alone, with that paragraph, sorted by
	// paragraph: what the editor says of the one mention ("cybersecurity
	// firm brought in by the trust to help rebuild the hospital's
	// network"), which ranks the paragraph but is not its text (see
	// score).
	roles []roleTerms
}

// roleTerms is the terms of an entity's role, and the paragraph it is
// cited in.
type roleTerms struct {
	para  int32
	terms termSet
}

// quotedAt is a speaker (entity id) quoted in a paragraph (by number).
type quotedAt struct {
	para    int32
	speaker string
}

// eventAt is an event (by position in the part's events) citing a
// paragraph (by number).
type eventAt struct {
	para, event int32
}

// namedGroup is one entity's names, or one synonym group, as analyzed terms.
type namedGroup struct {
	alts   [][]string
	entity *knowledge.Entity // nil for a synonym group
}

// analyzeArticle derives an article's part.
func analyzeArticle(an *analyzer, lex *lexicon, tt *termTable, s *knowledge.Source, hash string) *part {
	p := &part{article: s.Article.ID, hash: hash, paras: make([]paraInfo, 0, len(s.Article.Paragraphs))}
	var buf, words, inCompound, alone []uint32
	// The sentences' terms and vectors, in order, until compactParas
	// gives each sentence its place in the part's arrays.
	var sentTerms []termSet
	var sentVecs []packedVector
	money := learnedCurrencies(lex.wn, s.Article.Paragraphs)
	for _, text := range s.Article.Paragraphs {
		pi := paraInfo{text: text}
		var all []uint32
		at := 0
		sents := knowledge.Sentences(text)
		if len(sents) > 0 {
			pi.sents = make([]sentInfo, 0, len(sents))
		}
		for _, sent := range sents {
			i := strings.Index(text[at:], sent)
			start := max(i+at, at)
			end := start + len(sent)
			at = end
			if i >= 0 {
				// The paragraph's own bytes, which its source keeps: the
				// part keeps words of the sentence, and a copy of the
				// sentence would be kept with them.
				sent = text[start:end]
			}
			ws := readWords(sent, an.term)
			var figures uint8
			for _, k := range sentenceFigures(lex.wn, sent, ws, money) {
				figures |= 1 << k
			}
			pi.figures |= figures
			if givesDate(ws) {
				pi.figures |= 1 << figureDate
			}
			if givesReason(ws) {
				figures |= reasonBit
				pi.figures |= reasonBit
			}
			buf = buf[:0]
			for k, w := range ws {
				words = append(words, tt.internWord(w.folded, w.term))
				if w.term == "" {
					continue
				}
				id := tt.intern(w.term)
				buf = append(buf, id)
				// (An article makes no compound: "the city" is no
				// City of London.)
				if k > 0 && ws[k-1].term != "" && lex.opaqueCompound(ws[k-1].folded, w.folded) {
					inCompound = append(inCompound, id)
				} else {
					alone = append(alone, id)
				}
			}
			p.initials = appendInitials(p.initials, lex.wn, sent, ws, tt.intern)
			// A sum written with its currency's sign ("$78 million") is in
			// that currency's word too, which a reader asks in ("how
			// many dollars"): the index drops the sign.
			for _, w := range signedCurrencies(sent) {
				if t := an.term(w); t != "" {
					buf = append(buf, tt.intern(t))
				}
			}
			st := toSet(slices.Clone(buf))
			all = append(all, st...)
			pi.sents = append(pi.sents, sentInfo{start: int32(start), end: int32(end), figures: figures})
			sentTerms, sentVecs = append(sentTerms, st), append(sentVecs, pack(bagVector(lex, ws)))
		}
		pi.terms = slices.Clip(toSet(all))
		p.paras = append(p.paras, pi)
	}
	p.compactParas(sentTerms, sentVecs)
	p.words = toWordSet(words)
	p.inCompound, p.alone = toSet(inCompound), toSet(alone)
	p.initials = slices.Clip(p.initials)
	if len(s.Quotes) > 0 {
		p.quotes = make([]termSet, len(s.Quotes))
		p.speakers = make([]termSet, len(s.Quotes))
	}
	roles := map[string]string{}
	for _, en := range s.Entities {
		roles[en.ID] = en.Role
	}
	for i, q := range s.Quotes {
		p.quoted = append(p.quoted, quotedAt{para: int32(q.Paragraph), speaker: q.Speaker})
		p.quoteParas = append(p.quoteParas, int32(q.Paragraph))
		p.quotes[i] = tt.internText(an, q.Text+" "+strings.Join(q.Topics, " "))
		p.speakers[i] = tt.internText(an, roleHead(roles[q.Speaker]))
	}
	slices.SortStableFunc(p.quoted, func(a, b quotedAt) int { return cmp.Compare(a.para, b.para) })
	for _, e := range s.Events {
		for _, n := range e.Paragraphs {
			p.eventsAt = append(p.eventsAt, eventAt{para: int32(n), event: int32(len(p.events))})
		}
		// A summary's own words count too, and its date's year, month
		// and weekday: "the 2022 talks" are those of an event of 2022,
		// whose paragraphs may not repeat the year.
		p.events = append(p.events, eventTerms{terms: tt.internText(an, e.Summary+" "+strings.Join(e.Topics, " ")+eventTimes(e)), clocks: clocksOf(e.Summary)})
	}
	slices.SortStableFunc(p.eventsAt, func(a, b eventAt) int { return cmp.Compare(a.para, b.para) })
	for _, en := range s.Entities {
		if len(en.Paragraphs) == 1 && en.Role != "" {
			p.roles = append(p.roles, roleTerms{para: int32(en.Paragraphs[0]), terms: tt.internText(an, en.Role)})
		}
	}
	slices.SortStableFunc(p.roles, func(a, b roleTerms) int { return cmp.Compare(a.para, b.para) })
	for i := range s.Entities {
		e := &s.Entities[i]
		var g namedGroup
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			if ts := terms(an.an, name); len(ts) > 0 {
				g.alts = append(g.alts, ts)
			}
		}
		if short := lex.shortName(e); short != "" {
			if ts := terms(an.an, short); len(ts) > 0 {
				g.alts = append(g.alts, ts)
			}
		}
		if len(g.alts) > 0 {
			g.entity = e
			p.groups = append(p.groups, g)
		}
	}
	p.compactGroups()
	return p
}

// compactGroups moves the names' analyzed terms, made one by one, into one
// array of alternatives, one of terms and one string, as a reopened
// snapshot keeps them: the analyzer gives every term a string and every
// name a slice of its own (at 100,000 paragraphs some 200,000 objects),
// which each garbage collection of a first build marks again while the
// rest of the coverage is analyzed. The terms are unchanged.
func (p *part) compactGroups() {
	nalts, nterms, ntext := 0, 0, 0
	for _, g := range p.groups {
		nalts += len(g.alts)
		for _, ts := range g.alts {
			nterms += len(ts)
			for _, t := range ts {
				ntext += len(t)
			}
		}
	}
	alts, terms, buf := make([][]string, 0, nalts), make([]string, 0, nterms), make([]byte, 0, ntext)
	for _, g := range p.groups {
		for _, ts := range g.alts {
			for _, t := range ts {
				buf = append(buf, t...)
			}
		}
	}
	text := string(buf)
	for i := range p.groups {
		g := &p.groups[i]
		a := len(alts)
		for _, ts := range g.alts {
			k := len(terms)
			for _, t := range ts {
				terms = append(terms, text[:len(t)])
				text = text[len(t):]
			}
			alts = append(alts, terms[k:len(terms):len(terms)])
		}
		g.alts = alts[a:len(alts):len(alts)]
	}
}

// compactParas moves the paragraphs' sentences, term sets and vectors,
// made one by one as the article was read, into three arrays for the
// part, as a reopened snapshot keeps them: a part of 29 paragraphs is then
// a few objects rather than some 150, and while a large coverage is built
// every garbage collection marks a tenth as many. terms and vecs are the
// sentences', in the order of the paragraphs and their sentences.
func (p *part) compactParas(terms []termSet, vecs []packedVector) {
	nsents, nids, nvec := 0, 0, 0
	for _, pi := range p.paras {
		nsents += len(pi.sents)
		nids += len(pi.terms)
	}
	for i := range terms {
		nids += len(terms[i])
		nvec += len(vecs[i].q)
	}
	sents := make([]sentInfo, 0, nsents)
	ids := make([]uint32, 0, nids)
	allVecs := make([]int8, 0, nvec)
	// take appends a set to ids and returns it there, capped so that an
	// append to it cannot write over the next.
	take := func(t termSet) termSet {
		if t == nil {
			return nil
		}
		at := len(ids)
		ids = append(ids, t...)
		return termSet(ids[at:len(ids):len(ids)])
	}
	k := 0
	for i := range p.paras {
		pi := &p.paras[i]
		pi.terms = take(pi.terms)
		at, v := len(sents), len(allVecs)
		for _, st := range pi.sents {
			st.setTerms(take(terms[k]))
			if q := vecs[k].q; q != nil {
				st.vecAt, st.vecLen, st.scale = uint32(len(allVecs)-v), uint16(len(q)), vecs[k].scale
				allVecs = append(allVecs, q...)
			}
			sents = append(sents, st)
			k++
		}
		if pi.sents != nil {
			pi.sents = sents[at:len(sents):len(sents)]
		}
		if len(allVecs) > v {
			pi.vecs, pi.nVecs = &allVecs[v], uint32(len(allVecs)-v)
		}
	}
}

// toWordSet sorts word ids and drops duplicates, in place. Unlike a term
// set, it keeps id 0, a word like any other.
func toWordSet(ids []uint32) []uint32 {
	slices.Sort(ids)
	return slices.Clip(slices.Compact(ids))
}

// roleEnds are the words after which a role says no more of what someone
// is, only of whom or where: "Chief executive of Helion Dynamics".
var roleEnds = map[string]bool{"of": true, "for": true, "at": true, "who": true, "which": true, "whose": true, "that": true, "in": true, "on": true, "from": true, "to": true, "with": true, "by": true, "and": true}

// roleHead returns what a role says someone is: its words up to the first
// comma or a word of roleEnds ("History teacher identified by police
// cameras, who brought the case" is a "History teacher identified").
func roleHead(role string) string {
	if i := strings.IndexAny(role, ",;(—–"); i >= 0 {
		role = role[:i]
	}
	fs := strings.Fields(role)
	for i, f := range fs {
		if i > 0 && roleEnds[strings.ToLower(f)] {
			return strings.Join(fs[:i], " ")
		}
	}
	return role
}

// internText returns the set of the ids of a text's terms, each interned in
// the table: a quote's, its speaker's role's, an event's summary's.
func (tt *termTable) internText(an *analyzer, text string) termSet {
	var ids []uint32
	for _, t := range terms(an.an, text) {
		ids = append(ids, tt.intern(t))
	}
	return toSet(ids)
}

// eventTimes is an event's year, the year its range ends in, its month and
// its weekday, as far as its date is known, as words after a space (""
// for an undated event).
func eventTimes(e knowledge.Event) string {
	var b strings.Builder
	if e.Date.Year != 0 {
		b.WriteString(" " + strconv.Itoa(e.Date.Year))
	}
	if e.Until != nil && e.Until.Year != e.Date.Year {
		b.WriteString(" " + strconv.Itoa(e.Until.Year))
	}
	if e.Date.Month != 0 {
		b.WriteString(" " + e.Date.Month.String())
	}
	if e.Date.Precision == knowledge.PrecisionDay {
		b.WriteString(" " + time.Date(e.Date.Year, e.Date.Month, e.Date.Day, 0, 0, 0, 0, time.UTC).Weekday().String())
	}
	return b.String()
}
