package engine

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/coveragebot/coveragebot/knowledge"
)

// maxCandidates bounds how many index hits the later stages look at. The
// stages after the index judge each one, which is most of what a question
// costs beyond reading its postings. With the dev sets' questions asked of
// their article among the 100,000 synthetic paragraphs of the bench, 100
// answered as well as 200 (mean hit@1 0.517 against 0.513, hit@3 0.629
// both, 69 of 200 unanswerables abstained against 67, 17 false abstentions
// both) for about 15 % less of /ask's CPU; 50 abstained falsely more (21).
// A single article has fewer paragraphs than this, and answers as before.
const maxCandidates = 100

// tieRoom is how many hits past maxCandidates the index is asked for, so
// that hits tied at the cut are chosen by their paragraphs, not by the
// numbers the index gave their documents: scorch numbers a batch's
// documents in the order their analysis finishes, which differs from one
// build to the next, and the index breaks a tie by that number.
const tieRoom = 16

// entityArticles is how many of the best hits name the articles whose
// entity paragraphs join the candidates.
const entityArticles = 20

// gather is stage 2: it runs the question's concepts through the index, each
// way of putting them boosted by how surely it means them (the concept's
// weight counts in the later stages: bleve ignores a disjunction's boost).
// The question reaches bleve only as term queries built from analyzed
// words: no query syntax of the reader's is ever interpreted.
func (e *Engine) gather(ctx context.Context, q question) (map[knowledge.Ref]float64, error) {
	scores := hitMaps.Get().(map[knowledge.Ref]float64)
	groups := e.queryGroups(q)
	if len(groups) == 0 {
		return scores, nil
	}
	// (groups is never empty when a concept names an entity: its names
	// are in the coverage.)
	hits, err := e.searchGroups(ctx, groups, maxCandidates+tieRoom)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer hitRooms.release(hits) // (scores holds what is read of them)
	hits = bestHits(hits, maxCandidates)
	found := map[string]bool{} // the articles of the best hits
	for i, h := range hits {
		scores[h.ref] = h.score
		if i < entityArticles {
			found[h.ref.Article] = true
		}
	}
	// The paragraphs the editor's events and quotes put the question's
	// words in, which the index (of the text alone) cannot find.
	e.addCurated(q, hits, scores)
	// The paragraphs the fact base says mention the question's people and
	// places, by pronoun or role too ("The 24-year-old…"), are candidates
	// even where the index sees no word of the question: in the articles
	// the index found, so that a name every article uses does not bring
	// in the whole archive.
	for _, c := range q.concepts {
		for _, en := range c.entities {
			if !found[en.Article] {
				continue
			}
			for _, p := range en.Paragraphs {
				ref := knowledge.Ref{Article: en.Article, Paragraph: p}
				addCandidate(scores, ref)
			}
		}
	}
	// "What do locals think": the paragraphs of those who speak for no
	// body, whom a story seldom calls locals (see layPersons).
	if q.lay {
		for a := range found {
			for _, en := range e.layMembers(a) {
				for _, p := range en.Paragraphs {
					ref := knowledge.Ref{Article: a, Paragraph: p}
					addCandidate(scores, ref)
				}
			}
		}
	}
	// "Are they out of hospital tomorrow": the paragraphs of the events
	// dated to the day asked, where the fact base says what happens on
	// it in other words ("discharged on Friday").
	if q.day != nil {
		for _, ref := range e.dayParagraphs(*q.day) {
			addCandidate(scores, ref)
		}
	}
	// "What was the final tally": the paragraphs of the articles found
	// that tell one, in numbers the question's words are not.
	if q.tally != "" {
		for a := range found {
			for _, n := range e.vocab.article(a).tallies() {
				ref := knowledge.Ref{Article: a, Paragraph: int(n)}
				addCandidate(scores, ref)
			}
		}
	}
	// "What time were they first seen": the paragraphs of the articles
	// found that give a time of day, which the score stage counts as the
	// "time" asked whatever their words ("spotted shortly after 6:15
	// a.m."): a question of few words of its own finds few paragraphs,
	// and the one that gives the time may share none of them.
	if clockConcept(q) >= 0 {
		for a := range found {
			e.addTimed(scores, a)
		}
	}
	// "Has this catering company been in trouble before": the paragraphs
	// of the best hit's article that go back beyond its story's days
	// (see goesBack), which tell its history in other words than the
	// question's ("was fined", "an inspection in March 2023").
	if q.before && len(hits) > 0 {
		e.addEarlier(scores, hits[0].ref.Article)
	}
	// "Who runs the union": the paragraph that first names its leader,
	// as the fact base says who that is.
	for _, ref := range q.leaders {
		addCandidate(scores, ref)
	}
	return scores, nil
}

// hitMaps keeps gather's maps of candidates from question to question
// (see releaseHits), each made with room for the index's hits and a few
// of the fact base's: a map grown from nothing to 200 entries (the hits
// there were then) is made about five times over, and one made to size at
// each question was 15 KB of the 216 KB an /ask allocated at 100,000
// paragraphs.
var hitMaps = sync.Pool{New: func() any { return make(map[knowledge.Ref]float64, maxCandidates+maxCandidates/4) }}

// maxKeptHits is the most candidates a map may have had to be kept: a
// question whose entities bring in thousands of paragraphs leaves a map
// whose clearing and room cost more than a new one.
const maxKeptHits = 4 * maxCandidates

// releaseHits gives a map gather returned back, emptied, once nothing
// reads it.
func releaseHits(hits map[knowledge.Ref]float64) {
	if len(hits) > maxKeptHits {
		return
	}
	clear(hits)
	hitMaps.Put(hits)
}

// queryGroups is the question as queries for the index: for each concept,
// a term query (or a conjunction of them) for each way of putting it that
// the coverage uses, boosted by how surely it means the concept.
func (e *Engine) queryGroups(q question) [][]query.Query {
	var groups [][]query.Query
	for _, c := range q.concepts {
		var alts []query.Query
		for _, a := range c.alts {
			if !e.vocab.inText(a.ids) {
				continue // a term no paragraph uses (a summary's word, or none)
			}
			var parts []query.Query
			for _, t := range a.terms {
				tq := bleve.NewTermQuery(t)
				tq.SetField("text")
				parts = append(parts, tq)
			}
			var aq query.Query = parts[0]
			if len(parts) > 1 {
				aq = bleve.NewConjunctionQuery(parts...)
			}
			if b, ok := aq.(query.BoostableQuery); ok {
				b.SetBoost(a.strength)
			}
			alts = append(alts, aq)
		}
		if len(alts) > 0 {
			groups = append(groups, alts)
		}
	}
	return groups
}

// bestHits returns the best k of an index's hits, best first, equal scores
// in their paragraphs' order, whatever order the index gave them.
func bestHits(hits []indexHit, k int) []indexHit {
	slices.SortFunc(hits, func(x, y indexHit) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if c := cmp.Compare(x.ref.Article, y.ref.Article); c != 0 {
			return c
		}
		return cmp.Compare(x.ref.Paragraph, y.ref.Paragraph)
	})
	return hits[:min(k, len(hits))]
}

// addEarlier makes the paragraphs of an article that go back beyond its
// story's days candidates, where the index did not find them.
func (e *Engine) addEarlier(scores map[knowledge.Ref]float64, article string) {
	a := e.vocab.article(article)
	if a == nil {
		return
	}
	for ref := range e.told(article, len(a.p.paras)) {
		if e.goesBack(ref) > 0 {
			addCandidate(scores, ref)
		}
	}
}

// addCandidate makes a paragraph a candidate, to be judged by the scoring
// stage, without the index's score for it if it has one already.
func addCandidate(scores map[knowledge.Ref]float64, ref knowledge.Ref) {
	if _, ok := scores[ref]; !ok {
		scores[ref] = 0
	}
}

// addTimed adds the paragraphs of an article that give a time of day, as
// read when it was analyzed, to the candidates.
func (e *Engine) addTimed(scores map[knowledge.Ref]float64, article string) {
	a := e.vocab.article(article)
	if a == nil {
		return
	}
	for n := range a.p.paras {
		if a.p.paras[n].figures&(1<<figureTime) != 0 {
			addCandidate(scores, knowledge.Ref{Article: article, Paragraph: n + 1})
		}
	}
}
