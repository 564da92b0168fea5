package engine

import (
	"github.com/blevesearch/bleve/v2/analysis"

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
		for _, en := range q.concepts[i-1].entities {
			if en.Kind == knowledge.KindPerson || en.Kind == knowledge.KindOrganisation {
				speakers = append(speakers, en)
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
	for _, sp := range speakers {
		if sp.Article != ref.Article {
			continue
		}
		if e.vocab.quotedIn(ref, sp.ID) {
			return true
		}
	}
	pt := e.vocab.para(ref)
	if pt == nil {
		return false
	}
	for _, sent := range pt.sents {
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
		for _, sp := range speakers {
			if sp.Article == ref.Article && e.names(sp, st) {
				return true
			}
		}
	}
	return false
}
