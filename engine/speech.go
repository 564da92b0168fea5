package engine

import (
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/coveragebot/coveragebot/engine/wordnet"
	"github.com/coveragebot/coveragebot/knowledge"
)

// speechVerbs are the verbs of reported speech, in their base form: a
// question such as "What did Macron say?" asks for someone's words, which a
// paragraph that only names them does not give.
var speechVerbs = []string{
	"say", "tell", "state", "claim", "announce", "warn", "add", "comment", "respond", "reply", "react",
	"stress", "insist", "argue", "deny", "describe", "promise", "vow", "pledge", "urge", "suggest",
	"predict", "write", "tweet", "speak", "declare", "confirm", "explain", "note", "acknowledge",
	"admit", "concede", "criticise", "criticize", "praise", "complain", "reveal", "accuse",
}

// speechForms returns the index terms of every form of the speech verbs:
// "said", "says", "warned", "told", "spoken".
func speechForms(an analysis.Analyzer) map[string]bool {
	out := map[string]bool{}
	add := func(w string) {
		if t := firstTerm(an, w); t != "" {
			out[t] = true
		}
	}
	for _, v := range speechVerbs {
		add(v)
		add(v + "s")
		add(v + "ed")
		add(v + "d")
		add(v + "ing")
	}
	for _, f := range []string{"said", "told", "wrote", "written", "spoke", "spoken", "stated", "added"} {
		add(f)
	}
	return out
}

// asksWords reports whether a question asks what someone said: a person or
// organisation it names comes right before a verb of speech ("What did
// Macron say", "what has the Kremlin announced"); those are the speakers.
func (e *Engine) asksWords(q question) (speakers []knowledge.Entity, ok bool) {
	for i, c := range q.concepts {
		if len(c.entities) > 0 || !e.isSpeech(c) || i == 0 {
			continue
		}
		by := q.concepts[i-1]
		if by.leads > 0 {
			by = q.concepts[by.leads-1] // "what did the head of the agency say": its head
		}
		for _, en := range by.entities {
			if en.Kind == knowledge.KindPerson || en.Kind == knowledge.KindOrganisation {
				speakers = append(speakers, *en)
			}
			if en.Kind == knowledge.KindOrganisation {
				// A body speaks by its people: "what did the
				// government say" is answered by its minister.
				speakers = append(speakers, e.members(*en)...)
			}
		}
		return speakers, len(speakers) > 0
	}
	return nil, false
}

// isSpeech reports whether a concept is a verb of speech.
func (e *Engine) isSpeech(c concept) bool {
	for _, a := range c.alts {
		if a.sure && a.strength == 1 && len(a.terms) == 1 && e.speech[a.terms[0]] {
			return true
		}
	}
	return false
}

// reportsWords reports whether a paragraph gives words of one of the
// speakers: a quote the fact base gives them there, or a sentence that names
// them beside a verb of speech.
func (e *Engine) reportsWords(speakers []knowledge.Entity, ref knowledge.Ref) bool {
	if e.quotesOne(speakers, ref) {
		return true
	}
	pt := e.vocab.para(ref)
	if pt == nil {
		return false
	}
	for i, sent := range pt.sents {
		st := sent.terms
		hasVerb := false
		for _, id := range st {
			if e.speech[e.vocab.term(id)] {
				hasVerb = true
				break
			}
		}
		if !hasVerb {
			continue
		}
		if e.spokenBy(speakers, ref, pt, i) {
			return true
		}
	}
	return false
}

// quotesOne reports whether the fact base quotes one of the speakers in a
// paragraph.
func (e *Engine) quotesOne(speakers []knowledge.Entity, ref knowledge.Ref) bool {
	return slices.ContainsFunc(speakers, func(sp knowledge.Entity) bool {
		return sp.Article == ref.Article && e.vocab.quotedIn(ref, sp.ID)
	})
}

// spokenBy reports whether one of the speakers speaks in sentence i of a
// paragraph: it names them, and gives them as the one who speaks (see
// speaks), which is the dearer test and asked second.
func (e *Engine) spokenBy(speakers []knowledge.Entity, ref knowledge.Ref, pt *paraInfo, i int) bool {
	return slices.ContainsFunc(speakers, func(sp knowledge.Entity) bool {
		return sp.Article == ref.Article && e.names(sp, pt.sents[i].terms) && e.speaks(sp, pt.sentence(i))
	})
}

// speechAfter is how many words after a verb of speech its speaker may be
// named, stop words counted: "said Estrela president Rui Carvalhal", but
// not "said in Washington there is potential between Putin and Zelensky".
const speechAfter = 4

// speaks reports whether a sentence gives a speaker as the one who speaks:
// named before a verb of speech ("Zelenskyy said", "Peskov, who …,
// declined to say"), or just after it where the clause ends ("…," said
// Carvalhal.), not only named in what someone else said ("Zelenskyy said he
// will meet Erdogan", "said Marco Rubio would go").
func (e *Engine) speaks(sp knowledge.Entity, sentence string) bool {
	var ts []string // the sentence's terms
	var at []int    // where each term's word is among the sentence's words
	var ends []bool // whether a term's word ends a clause
	var verbs []int // where its verbs of speech are, among the terms
	cws := clauseWords(sentence)
	for i, w := range cws {
		t := e.termOf(w.folded)
		if t == "" {
			if w.ends && len(ends) > 0 {
				ends[len(ends)-1] = true
			}
			continue
		}
		// A verb of speech capitalised within the sentence is part of
		// a name: "Secretary of State", "United States".
		if e.speech[t] && (i == 0 || !w.capital) && !e.notSpoken(cws, i) {
			verbs = append(verbs, len(ts))
		}
		ts = append(ts, t)
		at = append(at, i)
		ends = append(ends, w.ends)
	}
	type mention struct{ start, end int }
	var ms []mention
	for _, g := range e.phrases.byEntity.get(keyOf(sp)) {
		for _, a := range e.phrases.groups[g].alts {
			for i := 0; i+len(a) <= len(ts); i++ {
				if slices.Equal(ts[i:i+len(a)], a) {
					ms = append(ms, mention{i, i + len(a) - 1})
				}
			}
		}
	}
	for _, v := range verbs {
		for _, m := range ms {
			if m.start < v || m.start > v && at[m.start]-at[v] <= speechAfter && ends[m.end] {
				return true
			}
		}
	}
	return false
}

// plannedWords before "to" say that one has yet to speak: "is due to
// announce", "is expected to say". ("Declined to say" reports what one
// did.)
var plannedWords = map[string]bool{
	"due": true, "expected": true, "set": true, "scheduled": true, "going": true, "planning": true,
	"plans": true, "planned": true, "hoping": true, "hopes": true, "likely": true, "poised": true,
}

// notSpoken reports whether the verb of speech at i gives no words of
// whoever is named before it: its own subject is a thing right before it
// ("Rowntree …, her office said"), or it is yet to be said ("Rowntree is
// due to announce", "will announce"). A person's noun right before it
// still speaks for whom it belongs to ("a Kremlin spokesman said").
func (e *Engine) notSpoken(ws []clauseWord, i int) bool {
	if i == 0 {
		return false
	}
	prev := ws[i-1]
	switch {
	case modals[prev.folded]:
		return true
	case prev.folded == "to":
		return i >= 2 && plannedWords[ws[i-2].folded]
	}
	wn := e.lex.wn
	if wn == nil || prev.ends || prev.capital || e.termOf(prev.folded) == "" {
		return false
	}
	l := wn.NounLemmaOr(prev.folded)
	return wn.MostlyNoun(l) && wn.POS(l) == wordnet.Noun && !wn.Person(l) && !wn.Nameable(l)
}

// clauseWord is a word of a sentence, folded, whether it is capitalised,
// and whether punctuation or the sentence's end follows it.
type clauseWord struct {
	folded  string
	capital bool
	ends    bool
}

// clauseWords cuts a sentence into words as readWords does, noting which
// end a clause.
func clauseWords(sentence string) []clauseWord {
	var out []clauseWord
	rest := sentence
	for _, s := range splitWords(sentence) {
		i := strings.Index(rest, s)
		if i < 0 {
			break
		}
		if gap := rest[:i]; len(out) > 0 && strings.ContainsAny(gap, ",.;:!?()\"“”—–") {
			out[len(out)-1].ends = true
		}
		rest = rest[i+len(s):]
		_, f := foldWord(s)
		out = append(out, clauseWord{folded: f, capital: isCapitalised(s)})
	}
	if len(out) > 0 {
		out[len(out)-1].ends = true
	}
	return out
}

// members returns the persons the fact base says belong to an
// organisation.
func (e *Engine) members(org knowledge.Entity) []knowledge.Entity {
	p := e.vocab.parts[org.Article]
	if p == nil {
		return nil
	}
	var out []knowledge.Entity
	for _, g := range p.groups {
		if en := g.entity; en != nil && en.Kind == knowledge.KindPerson && en.Affiliation == org.ID {
			out = append(out, *en)
		}
	}
	return out
}
