package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/coveragebot/coveragebot/knowledge"
)

// entity is a person, organisation or place being drafted.
type entity struct {
	name     string
	kind     knowledge.Kind
	role     string
	evidence string // where the name and role were read, for the reviewer
	aliases  []string
	paras    map[int]bool
	gender   string // "m", "f" or "" when the text has not said
	surname  string
	order    int // first mention, for a stable order
	id       string
	affil    string // id of the affiliation, once resolved
	descr    string // a descriptor noun the text gave it: "club", "charity"
}

// mention is one place a paragraph names an entity.
type mention struct {
	e          *entity
	start, end int // byte offsets of the name
	t0, t1     int // token range [t0, t1)
	poss       bool
}

// para is one paragraph with everything the rules read from it.
type para struct {
	n        int // ¶N
	text     string
	toks     []token
	quotes   []quoteSpan
	sents    []span
	mentions []mention
	skip     span // the dateline, which names no one
	headline bool
}

func (p *para) tokenAt(off int) int {
	return sort.Search(len(p.toks), func(i int) bool { return p.toks[i].start >= off })
}

// sentenceOf returns the sentence holding byte offset off.
func (p *para) sentenceOf(off int) span {
	for _, s := range p.sents {
		if s.start <= off && off < s.end {
			return s
		}
	}
	return span{0, len(p.text)}
}

func (p *para) inQuote(i int) bool { return inQuotes(p.quotes, p.toks[i].start) }

// mentionEndingAt returns the mention whose last token is i.
func (p *para) mentionEndingAt(i int) (mention, bool) {
	for _, m := range p.mentions {
		if m.t1-1 == i {
			return m, true
		}
	}
	return mention{}, false
}

// names finds the entities of an article in two passes: full names
// (capitalised runs classified by title, organisation head, place list or
// cue), then every mention of them, by full name, surname, first word of an
// organisation, or a spelling one letter away from a person's surname.
type names struct {
	entities []*entity
	index    map[string]*entity // folded form → entity
}

func (ns *names) add(name string, kind knowledge.Kind, paraN int, evidence string) *entity {
	key := knowledge.Fold(name)
	if e, ok := ns.index[key]; ok {
		return e
	}
	e := &entity{name: name, kind: kind, paras: map[int]bool{}, order: len(ns.entities), evidence: evidence}
	if kind == knowledge.KindPerson {
		fs := strings.Fields(name)
		e.surname = fs[len(fs)-1]
		// A particle stays with the surname: de Wolff, von der Leyen.
		for i := len(fs) - 2; i > 0 && nameParticles[fs[i]]; i-- {
			e.surname = fs[i] + " " + e.surname
		}
	}
	ns.entities = append(ns.entities, e)
	ns.index[key] = e
	return e
}

// run is a capitalised name in a paragraph, after titles and sentence
// openers are taken off its front.
type run struct {
	t0, t1 int    // tokens of the name
	title  string // "Russian President", "Dr."
	gender string
	lead   int // first token, titles included
}

// capRuns lists the capitalised runs of a paragraph.
func capRuns(p *para) []run {
	var out []run
	toks := p.toks
	for i := 0; i < len(toks); {
		if !isCap(toks[i]) {
			i++
			continue
		}
		lead := i
		titleStart := -1
		var title []string
		gender := ""
		j := i
		// Titles and nationalities in front: "Polish Prime Minister".
		for j < len(toks) {
			if nonNames[toks[j].text] && len(title) == 0 {
				j++
				lead = j
				continue
			}
			if _, ok := nationalities[toks[j].text]; ok && j+1 < len(toks) && isCap(toks[j+1]) && !toks[j].poss {
				if n := matchTitle(toks, j+1); n > 0 {
					title = append(title, toks[j].text)
					j++
					continue
				}
			}
			if n := matchTitle(toks, j); n > 0 && j+n < len(toks) && isCap(toks[j+n]) && !toks[j+n-1].poss {
				if titleStart < 0 {
					titleStart = j
				}
				for k := j; k < j+n; k++ {
					title = append(title, toks[k].text)
				}
				if g := titleGender[toks[j+n-1].text]; g != "" {
					gender = g
				}
				j += n
				continue
			}
			break
		}
		if j >= len(toks) || !isCap(toks[j]) {
			i = max(j, i+1)
			continue
		}
		k := j + 1
		hasHead := orgHeads[toks[j].text]
		for k < len(toks) && (!toks[k-1].poss || pluralPoss(toks[k-1])) {
			switch {
			case isCap(toks[k]):
				hasHead = hasHead || orgHeads[toks[k].text]
				k++
				continue
			case k+1 < len(toks) && isCap(toks[k+1]) && nameParticles[toks[k].text]:
				k += 2
				continue
			case k+1 < len(toks) && hasHead && orgConnectors[toks[k].text]:
				m := k + 1
				for m < len(toks) && orgConnectors[toks[m].text] {
					m++
				}
				if m < len(toks) && isCap(toks[m]) && !nonNames[toks[m].text] {
					k = m + 1
					continue
				}
			}
			break
		}
		// A title inside an organisation's name is part of it: "United
		// Nations General Assembly".
		if hasHead && titleStart >= 0 {
			j, title, gender = titleStart, nil, ""
		}
		// Months and weekdays at the end are dates, not names.
		for k > j && nonNames[toks[k-1].text] && !toks[k-1].poss {
			k--
		}
		// "D-New Mexico", "R-Wyo.": a party and a state, not a name.
		if partyState.MatchString(toks[j].text) {
			k = j
		}
		if k > j {
			out = append(out, run{t0: j, t1: k, title: strings.Join(title, " "), gender: gender, lead: lead})
		}
		i = max(k, i+1)
	}
	return out
}

var partyState = regexp.MustCompile(`^[DRI]-\p{Lu}`)

func isCap(t token) bool { return t.word && t.cap }

// matchTitle returns how many tokens from i form a title, or 0, with up to
// two capitalised qualifiers in front: "Transport Minister Lucia Ferrante".
func matchTitle(toks []token, i int) int {
	if n := matchBareTitle(toks, i); n > 0 {
		return n
	}
	return matchQualified(toks, i)
}

// matchBareTitle matches a title of personTitles at token i, or a
// capitalised role noun: "EPA Administrator Lee Zeldin".
func matchBareTitle(toks []token, i int) int {
	if i < len(toks) && isCap(toks[i]) && roleNouns[strings.ToLower(toks[i].text)] && !toks[i].poss {
		return 1
	}
	for _, t := range personTitles {
		ws := strings.Fields(t)
		if i+len(ws) > len(toks) {
			continue
		}
		ok := true
		for k, w := range ws {
			if toks[i+k].text != w {
				ok = false
				break
			}
		}
		if ok {
			return len(ws)
		}
	}
	return 0
}

func matchQualified(toks []token, i int) int {
	// A capitalised qualifier before a title: "Transport Minister",
	// "Kyiv Mayor", "Labour Party Leader".
	for q := 1; q <= 2 && i+q < len(toks); q++ {
		if !isCap(toks[i+q-1]) || honorifics[toks[i+q-1].text] || toks[i+q-1].poss {
			break
		}
		if n := matchBareTitle(toks, i+q); n > 0 && !honorifics[toks[i+q].text] {
			return q + n
		}
	}
	return 0
}

func (p *para) textOf(t0, t1 int) string {
	end := p.toks[t1-1].start + len(p.toks[t1-1].text)
	if p.toks[t1-1].poss && strings.HasSuffix(p.toks[t1-1].text, "'") {
		end = p.toks[t1-1].end
	}
	return p.text[p.toks[t0].start:end]
}

// classify decides what a run names, or "" when it is not a name to keep.
func classify(p *para, r run) knowledge.Kind {
	toks := p.toks[r.t0:r.t1]
	text := p.textOf(r.t0, r.t1)
	last := toks[len(toks)-1].text
	switch {
	case nationalities[text] != "":
		return ""
	case multiKnownOrgs[text] || knownOrgs[text]:
		return knowledge.KindOrganisation
	case places[text] != "":
		return knowledge.KindPlace
	case placeTails[last] && len(toks) > 1:
		return knowledge.KindPlace
	case notNameTails[last]:
		return ""
	}
	for _, t := range toks {
		if orgHeads[t.text] && len(toks) > 1 {
			return knowledge.KindOrganisation
		}
	}
	if len(toks) > 1 && clubSuffixes[last] && places[toks[0].text] == "" {
		return knowledge.KindOrganisation
	}
	if len(toks) == 1 && isAcronym(last) {
		return knowledge.KindOrganisation
	}
	if d := descriptorBefore(p, r.lead); d != "" {
		return knowledge.KindOrganisation
	}
	if r.title != "" {
		return knowledge.KindPerson
	}
	if len(toks) == 1 {
		return ""
	}
	if r.lead > 0 && placeCues[p.toks[r.lead-1].text] {
		return knowledge.KindPlace
	}
	for _, t := range toks {
		if isAcronym(t.text) || nationalities[t.text] != "" {
			return ""
		}
	}
	return knowledge.KindPerson
}

func isAcronym(s string) bool {
	s = strings.ReplaceAll(s, ".", "")
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// descriptorBefore returns the organisation noun just before a name:
// "Portuguese club Estrela do Norte", "the charity Alzheimer's Research UK".
func descriptorBefore(p *para, lead int) string {
	if lead > 0 && orgDescriptors[p.toks[lead-1].text] && !p.toks[lead-1].cap {
		return p.toks[lead-1].text
	}
	return ""
}

// findEntities runs both passes over the article.
func findEntities(ps []*para) *names {
	alone := map[string]bool{} // capitalised words that stand alone somewhere
	for _, p := range ps {
		for i, t := range p.toks {
			next := i + 1
			if next+1 < len(p.toks) && (nameParticles[p.toks[next].text] || orgConnectors[p.toks[next].text]) {
				next++ // "Estrela do Norte", "Bank of England"
			}
			if isCap(t) && (next >= len(p.toks) || !isCap(p.toks[next]) || t.poss) {
				alone[t.text] = true
			}
		}
	}
	ns := &names{index: map[string]*entity{}}
	// Pass 1: full names outside quotes and datelines.
	for _, p := range ps {
		if p.headline {
			continue
		}
		for _, r := range capRuns(p) {
			if p.inQuote(r.t0) || p.skip.contains(p.toks[r.t0].start) {
				continue
			}
			kind := classify(p, r)
			if kind == "" {
				continue
			}
			name := p.textOf(r.t0, r.t1)
			if kind == knowledge.KindPlace && places[name] != "" {
				name = places[name]
			}
			e := ns.add(name, kind, p.n, p.text[p.sentenceOf(p.toks[r.t0].start).start:p.sentenceOf(p.toks[r.t0].start).end])
			if e.gender == "" {
				e.gender = r.gender
			}
			if e.role == "" && kind == knowledge.KindPerson {
				e.role = roleOf(p, r)
			}
			if kind == knowledge.KindOrganisation && e.descr == "" {
				e.descr = descriptorBefore(p, r.lead)
			}
		}
		// Nationality and a group noun: "Russian authorities".
		for i := 0; i+1 < len(p.toks); i++ {
			if nationalities[p.toks[i].text] == "" || p.inQuote(i) {
				continue
			}
			k := i + 1
			if p.toks[k].text == "armed" && k+1 < len(p.toks) {
				k++ // "Ukrainian armed forces"
			}
			if groupNouns[p.toks[k].text] {
				ns.add(p.textOf(i, k+1), knowledge.KindOrganisation, p.n, "")
			}
		}
	}
	ns.aliases(alone)
	// Pass 2: every mention, in quotes and headlines too.
	for _, p := range ps {
		ns.mentions(p)
	}
	return ns
}

// aliases gives people their surname, organisations their first word when
// the text uses it alone ("Ashford" for Ashford United), and every entity
// its spelling without accents, and indexes them.
func (ns *names) aliases(alone map[string]bool) {
	surnames := map[string]int{}
	for _, e := range ns.entities {
		if e.kind == knowledge.KindPerson {
			surnames[knowledge.Fold(e.surname)]++
		}
	}
	for _, e := range ns.entities {
		var as []string
		if e.kind == knowledge.KindPerson && e.surname != e.name && surnames[knowledge.Fold(e.surname)] == 1 {
			as = append(as, e.surname)
			if strings.Contains(e.surname, " ") {
				as = append(as, strings.ToUpper(e.surname[:1])+e.surname[1:])
			}
		}
		if e.kind == knowledge.KindOrganisation {
			if fs := strings.Fields(e.name); len(fs) > 1 && alone[fs[0]] && !orgHeads[fs[0]] && !nonNames[fs[0]] && places[fs[0]] == "" && nationalities[fs[0]] == "" {
				if _, taken := ns.index[knowledge.Fold(fs[0])]; !taken {
					as = append(as, fs[0])
				}
			}
		}
		for _, a := range append([]string{e.name}, as...) {
			if pl := plain(a); pl != a {
				as = append(as, pl)
			}
		}
		for _, a := range as {
			e.addAlias(a)
			if _, taken := ns.index[knowledge.Fold(a)]; !taken {
				ns.index[knowledge.Fold(a)] = e
			}
		}
	}
}

func (e *entity) addAlias(a string) {
	if a == e.name {
		return
	}
	for _, x := range e.aliases {
		if x == a {
			return
		}
	}
	e.aliases = append(e.aliases, a)
}

// mentions finds every mention in p: the longest indexed form at each
// token, then places and known organisations by their single word, then a
// surname misspelt by one letter.
func (ns *names) mentions(p *para) {
	for i := 0; i < len(p.toks); {
		if !isCap(p.toks[i]) {
			i++
			continue
		}
		found := false
		for k := min(len(p.toks), i+8); k > i; k-- {
			if k-1 > i && p.toks[k-2].poss && !pluralPoss(p.toks[k-2]) {
				continue // a possessive ends a name
			}
			form := p.textOf(i, k)
			e, ok := ns.index[knowledge.Fold(form)]
			if !ok && k == i+1 {
				switch {
				case places[form] != "":
					e = ns.add(places[form], knowledge.KindPlace, p.n, "")
					ok = true
				case knownOrgs[form]:
					e = ns.add(form, knowledge.KindOrganisation, p.n, "")
					ok = true
				}
				if ok && knowledge.Fold(form) != knowledge.Fold(e.name) {
					e.addAlias(form)
				}
			}
			if !ok && k == i+1 && len([]rune(form)) >= 6 && !nonNames[form] {
				e, ok = ns.nearSurname(form)
				if ok {
					e.addAlias(form)
					ns.index[knowledge.Fold(form)] = e
				}
			}
			if ok {
				p.mentions = append(p.mentions, mention{e: e, start: p.toks[i].start, end: p.toks[k-1].end, t0: i, t1: k, poss: p.toks[k-1].poss})
				e.paras[p.n] = true
				i, found = k, true
				break
			}
		}
		if !found {
			i++
		}
	}
}

// nearSurname finds the one person whose surname is a letter away from w:
// "Zelensky" for Zelenskyy.
func (ns *names) nearSurname(w string) (*entity, bool) {
	var hit *entity
	for _, e := range ns.entities {
		if e.kind == knowledge.KindPerson && len([]rune(e.surname)) >= 6 && knowledge.EditDistance(knowledge.Fold(w), knowledge.Fold(e.surname)) == 1 {
			if hit != nil {
				return nil, false
			}
			hit = e
		}
	}
	return hit, hit != nil
}

// pluralPoss is a plural possessive, which may sit inside a name:
// Ashford Supporters' Trust.
func pluralPoss(t token) bool {
	return strings.HasSuffix(t.text, "'") || strings.HasSuffix(t.text, "’")
}
