package engine

import (
	"math"
	"sort"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"

	"github.com/blevesearch/bleve/v2/analysis"
)

// vocabulary holds the analyzed terms of every paragraph and sentence, for
// weighting question words (rare words count more), correcting misspellings
// and choosing the sentences of an excerpt.
type vocabulary struct {
	n     int            // paragraphs in all
	df    map[string]int // paragraphs a term occurs in
	paras map[knowledge.Ref]*paraTerms
	// numbers are the terms that are numbers (1,000, 30, thousands), for
	// questions that ask how many or how long.
	numbers []string
	// events holds the analyzed summary and topics of every event, with
	// the paragraphs that report it: curated plain English with real names,
	// which a question often matches better than a garbled translation.
	events []eventTerms
}

type eventTerms struct {
	terms map[string]bool
	refs  []knowledge.Ref
}

var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "dozen": true, "hundr": true, "hundred": true,
	"thousand": true, "million": true, "billion": true, "half": true,
}

func isNumberTerm(t string) bool {
	if numberWords[t] {
		return true
	}
	for _, r := range t {
		if r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

type paraTerms struct {
	terms     map[string]bool
	sentences []string
	sentTerms []map[string]bool
}

func newVocabulary(an analysis.Analyzer, sources []*knowledge.Source) *vocabulary {
	v := &vocabulary{df: map[string]int{}, paras: map[knowledge.Ref]*paraTerms{}}
	for _, s := range sources {
		for i, p := range s.Article.Paragraphs {
			pt := &paraTerms{terms: set(terms(an, p)), sentences: knowledge.Sentences(p)}
			for _, sent := range pt.sentences {
				pt.sentTerms = append(pt.sentTerms, set(terms(an, sent)))
			}
			for t := range pt.terms {
				v.df[t]++
			}
			v.paras[knowledge.Ref{Article: s.Article.ID, Paragraph: i + 1}] = pt
			v.n++
		}
	}
	for _, s := range sources {
		for _, e := range s.Events {
			et := eventTerms{terms: set(terms(an, e.Summary+" "+strings.Join(e.Topics, " ")))}
			for _, p := range e.Paragraphs {
				et.refs = append(et.refs, knowledge.Ref{Article: s.Article.ID, Paragraph: p})
			}
			v.events = append(v.events, et)
		}
	}
	for t := range v.df {
		if isNumberTerm(t) {
			v.numbers = append(v.numbers, t)
		}
	}
	sort.Strings(v.numbers)
	return v
}

func set(ts []string) map[string]bool {
	m := make(map[string]bool, len(ts))
	for _, t := range ts {
		m[t] = true
	}
	return m
}

// idf is BM25's inverse document frequency for a term in df paragraphs.
func (v *vocabulary) idf(df int) float64 {
	return math.Log(1 + (float64(v.n)-float64(df)+0.5)/(float64(df)+0.5))
}

// correct returns the terms of words and names within one edit of t (two
// for long words), for a term the coverage never uses: "zelenksi" finds
// "zelenskyy".
func (v *vocabulary) correct(t string, words map[string]int, names map[string]bool) []string {
	if len([]rune(t)) < 4 {
		return nil
	}
	limit := 1
	if len([]rune(t)) >= 7 {
		limit = 2
	}
	var out []string
	n := len([]rune(t))
	try := func(w string) {
		if m := len([]rune(w)); m < n-limit || m > n+limit {
			return
		}
		if d := knowledge.EditDistance(t, w); d > 0 && d <= limit {
			out = append(out, w)
		}
	}
	for w := range words {
		try(w)
	}
	for w := range names {
		if _, ok := words[w]; !ok {
			try(w)
		}
	}
	return out
}
