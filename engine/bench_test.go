package engine

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/coveragebot/coveragebot/internal/synth"
	"github.com/coveragebot/coveragebot/knowledge"
)

// BenchmarkLoad measures reading, validating and indexing the shipped article.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		l, err := Load(b.Context(), knowledge.Config{Facts: []string{"../data/istanbul-talks.yaml"}}, nil)
		if err != nil {
			b.Fatal(err)
		}
		l.Close()
	}
}

func BenchmarkAsk(b *testing.B) {
	l := shippedLibrary(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := l.Ask(b.Context(), "What territory did Putin ask Kyiv to give up last year?", 4); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAskMixed answers a mixed set of questions over the shipped
// article (answerable, paraphrased, unanswerable) and reports the median
// and 99th percentile of one answer.
func BenchmarkAskMixed(b *testing.B) {
	l := shippedLibrary(b)
	qs := []string{
		"What did Putin propose in his Sunday speech?", "Who will speak for Moscow?",
		"How long is the front line?", "which leaders came to show support for ukraine",
		"What punishment do the Europeans threaten?", "How many tanks has Russia lost?",
		"what is the weather in paris", "When did the ceasefire start?",
		"Who is helping Russia fight in Kursk?", "What did Macron say?",
	}
	var times []time.Duration
	for b.Loop() {
		for _, q := range qs {
			start := time.Now()
			if _, err := l.Ask(b.Context(), q, 4); err != nil {
				b.Fatal(err)
			}
			times = append(times, time.Since(start))
		}
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds()), "p99-µs")
}

// BenchmarkSearchGroups runs the index search of /ask's stage 2 alone, on
// one range of documents (no goroutines), for the questions of a
// generated coverage of 20,000 paragraphs: what a change to reading and
// adding up postings changes, without the rest of a question's cost.
func BenchmarkSearchGroups(b *testing.B) {
	e, qs := synthEngine(b, 20000)
	var groups [][][]query.Query
	for _, text := range qs {
		if g := e.queryGroups(e.read(text)); len(g) > 0 {
			groups = append(groups, g)
		}
	}
	one := func(postings, docs uint64) int { return 1 }
	b.ReportAllocs()
	for b.Loop() {
		for _, g := range groups {
			if _, err := e.searchGroupsIn(b.Context(), g, maxCandidates, one, blockDocs); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkRead reads the bench's timed questions over a generated
// coverage of 20,000 paragraphs (/ask's stage 1 alone), each round from
// caches as a server has them after the bench's warm-up questions: what a
// change to tokenising, WordNet look-ups, misspellings and neighbours
// costs a question.
func BenchmarkRead(b *testing.B) {
	e, _ := synthEngine(b, 20000)
	c, err := synth.Generate(synth.Options{Paragraphs: 20000, PerArticle: 29, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	asks := func(qs []synth.Query) []string {
		var out []string
		for _, q := range qs {
			if text, ok := strings.CutPrefix(q.Line, "/ask question:"); ok && q.Command == "ask" {
				out = append(out, text)
			}
		}
		return out
	}
	warm, timed := asks(c.Queries(20, 1)), asks(c.Queries(200, 0))
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		e.nearby = newNeighbourCache()
		e.wordsRead = newWordCache()
		e.mainBodies = recent[string, []*knowledge.Entity]{size: mainBodyCacheSize}
		e.others = newTermCache()
		e.phraseTerms = newPhraseTermCache()
		e.phrasesSeen = phraseMemo{}
		e.lex.wn.Forget()
		for _, text := range warm {
			e.read(text)
		}
		b.StartTimer()
		for _, text := range timed {
			e.read(text)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(timed)), "ns/question")
}
