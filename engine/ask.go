package engine

import (
	"context"
	"iter"
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// Ask finds the paragraphs that answer a question, best first, each with the
// sentences that answer it, or abstains. It reads top to bottom as the
// pipeline it is: read the question, gather candidates from the index,
// score them, decide whether to answer, cut the excerpts.
func (e *Engine) Ask(ctx context.Context, text string, limit int) (knowledge.Answer, error) {
	q := e.read(text)
	if q.overview {
		return e.overview(limit), nil
	}
	if q.undated != "" && len(q.concepts) == 0 {
		return knowledge.Answer{Abstained: true, Reason: "It dates no single event to the " + q.undated + "."}, nil
	}
	// "Has this happened before": nothing named but the story's event,
	// whose history its paragraphs that go back tell.
	// So does one that asks how often it happens, or whether it happened
	// elsewhere: "how often do these happen", "has any other city done
	// this".
	if (q.before || q.elsewhere && q.storyRef) && q.namesNothing() && q.day == nil {
		return e.history(limit), nil
	}
	// "Why are they doing this": nothing named but the story's event,
	// whose reason its lead tells, as it tells where and when. A word
	// the coverage never uses that names no thing ("why are they even
	// doing this") names nothing either.
	if q.why && q.storyRef && q.namesNothing() && q.day == nil {
		return e.overview(limit), nil
	}
	// "How long were they in there": nothing named but the span asked,
	// which is the story's own, told by its paragraphs that give one.
	if q.duration && q.asksSpanAlone() && q.day == nil {
		return e.storySpan(limit), nil
	}
	// A day named by month and number is told by the paragraphs of the
	// events dated to it: they answer a question that asks nothing else
	// ("what happened on may 11"), and are preferred by one that does.
	var onDayRefs []knowledge.Ref
	if q.day != nil {
		onDayRefs = e.dayParagraphs(*q.day)
		if len(q.concepts) == 0 {
			if len(onDayRefs) == 0 {
				return knowledge.Answer{Abstained: true, Reason: "Nothing in it is dated " + q.day.String() + "."}, nil
			}
			return e.answer(q, decision{cite: asCandidates(onDayRefs[:min(limit, len(onDayRefs))])}), nil
		}
	}
	var cands []candidate
	if len(q.concepts) > 0 && len(q.missing()) == 0 {
		if q.vector != nil {
			// The sentences the score stage reads are kept for decide,
			// whose figure check reads many of them again (see
			// sentenceWordsCopy).
			q.sents = borrowSentenceMemo()
			defer q.sents.release()
		}
		hits, err := e.gather(ctx, q)
		if err != nil {
			return knowledge.Answer{}, err
		}
		cands = e.score(q, hits)
		releaseHits(hits)                   // (the candidates hold what score read of it)
		defer candidateRooms.release(cands) // (decide copies those it cites)
	}
	if len(onDayRefs) > 0 {
		if d := e.decide(q, onDay(cands, onDayRefs), limit); len(d.cite) > 0 {
			return e.answer(q, d), nil
		}
	}
	d := e.decide(q, cands, limit)
	return e.answer(q, d), nil
}

// answer is stage 5: the decision as an answer, each passage cut to its
// excerpt, or the abstention with its reason.
func (e *Engine) answer(q question, d decision) knowledge.Answer {
	if len(d.cite) == 0 {
		return knowledge.Answer{Abstained: true, Reason: d.reason, ReadAs: q.readAs}
	}
	ans := knowledge.Answer{ReadAs: q.readAs}
	for _, c := range d.cite {
		ans.Passages = append(ans.Passages, knowledge.Passage{Ref: c.ref, Text: e.excerpt(c.ref, q), Score: c.score})
	}
	return ans
}

// overviewCues are the words of a question that asks what the coverage is
// about as a whole: "what is this about", "tldr", "what happened", "any
// news", "give me the gist".
var overviewCues = map[string]bool{
	"about": true, "summary": true, "summarize": true, "summarise": true, "sum": true, "tldr": true, "tl": true, "dr": true,
	"gist": true, "overview": true, "recap": true, "story": true, "happened": true, "happening": true, "going": true,
	"news": true, "new": true, "background": true, "context": true, "latest": true, "update": true, "updates": true,
	"brief": true, "briefly": true, "rundown": true, "lowdown": true, "main": true, "key": true, "points": true,
	"basics": true, "article": true, "coverage": true, "happen": true, "happens": true,
}

// storyAsks are the words that ask where or when the story's own event
// was, a pronoun standing for it: "where did it happen", "when was this".
var storyAsks = map[string]bool{"where": true, "when": true}

// storyPronouns stand for the story's event in a question that names
// nothing else.
var storyPronouns = map[string]bool{"it": true, "this": true, "that": true}

// namesNothing reports whether a question names nothing of the coverage:
// it has no concept but words the coverage never uses that name no thing
// ("even" of "why are they even doing this").
func (q question) namesNothing() bool {
	return !slices.ContainsFunc(q.concepts, func(c concept) bool { return c.thing || c.known > 0 })
}

// storyKinds stand for events of the story's kind: "how often do these
// happen".
var storyKinds = map[string]bool{"these": true, "those": true}

// asksElsewhere reports whether a question asks how often a thing
// happens ("how often") or whether it happened to others ("any other
// city", "anywhere else"): of times and places other than the story's.
func asksElsewhere(ws []word) bool {
	for i, w := range ws {
		switch w.folded {
		case "other", "else", "elsewhere":
			return true
		case "how":
			if i+1 < len(ws) && ws[i+1].folded == "often" {
				return true
			}
		}
	}
	return false
}

// overviewAsks are the words that ask for an overview without being one:
// "give me the gist", "a short summary".
var overviewAsks = map[string]bool{"give": true, "show": true, "quick": true, "short": true, "whole": true, "overall": true, "basically": true}

// asksOverview reports whether a question names nothing but asks what the
// coverage is about: one of its words is an overview cue, and every other
// word that is not a stop word is one too, or asks for one; or it asks
// where or when of "it" or "this" and names nothing.
func asksOverview(ws []word) bool {
	if len(ws) > 0 && ws[len(ws)-1].folded == "before" {
		return false // "has this happened before" asks of earlier times (see history)
	}
	cue, asks, pronoun := false, false, false
	for _, w := range ws {
		asks = asks || storyAsks[w.folded]
		pronoun = pronoun || storyPronouns[w.folded]
		switch {
		case overviewCues[w.folded]:
			cue = true
		case w.term != "" && !overviewAsks[w.folded] && !stanceAdverbs[w.folded]:
			return false
		}
	}
	// "Where did it happen", "when was this": nothing named but the
	// story's event, which its lead tells.
	return cue || asks && pronoun
}

// history answers a question that asks whether the story's event
// happened before, naming nothing else: of the most recently published
// article's paragraphs that go back beyond its days (see goesBack), first
// those that say a thing happened before, then those closest to its lead
// as bags of vectors (the lead tells the event, and an earlier one is told
// in its words: "a frost closed the runway for nine days in 2009"); a
// second only when it too says a thing happened before. Else it
// abstains.
func (e *Engine) history(limit int) knowledge.Answer {
	var cands []candidate
	if newest := e.newestSources(); len(newest) > 0 {
		s := newest[0]
		var lead []float32
		for ref := range e.told(s.Article.ID, len(s.Article.Paragraphs)) {
			if lead == nil {
				lead = bagVector(e.lex, e.readText(e.vocab.para(ref).text))
				continue // the lead tells the event itself
			}
			// One that says a thing happened before comes first.
			if back := e.goesBack(ref); back > 0 {
				cands = append(cands, candidate{ref: ref, score: float64(back) + e.similarity(lead, ref)})
			}
		}
	}
	if len(cands) == 0 {
		return knowledge.Answer{Abstained: true, Reason: "It tells of nothing before."}
	}
	sortCandidates(cands)
	var ans knowledge.Answer
	for i, c := range cands[:min(len(cands), limit, historyPassages)] {
		if i > 0 && c.score < 2 {
			break // a second only when it too says a thing happened before
		}
		ans.Passages = append(ans.Passages, knowledge.Passage{Ref: c.ref, Text: e.excerpt(c.ref, question{})})
	}
	return ans
}

// newestSources returns the sources, the most recently published first,
// sorted once.
func (e *Engine) newestSources() []*knowledge.Source {
	e.newestOnce.Do(func() {
		e.newest = slices.Clone(e.sources)
		slices.SortStableFunc(e.newest, newerFirst)
	})
	return e.newest
}

// tells reports whether a paragraph tells something: not a headline or a
// sub-heading (it has a sentence's end).
func (e *Engine) tells(ref knowledge.Ref) bool {
	pt := e.vocab.para(ref)
	return pt != nil && !e.isHeading(ref) && strings.ContainsAny(pt.text, ".!?")
}

// told yields, in order, the paragraphs of an article of n paragraphs that
// tell something (see tells): its lead first.
func (e *Engine) told(article string, n int) iter.Seq[knowledge.Ref] {
	return func(yield func(knowledge.Ref) bool) {
		for p := 1; p <= n; p++ {
			if ref := (knowledge.Ref{Article: article, Paragraph: p}); e.tells(ref) && !yield(ref) {
				return
			}
		}
	}
}

// historyPassages is how many paragraphs history cites at most.
const historyPassages = 2

// overview answers a question that asks what the coverage is about with
// its leads: an article's first paragraph that tells something (not its
// headline or a sub-heading) and, for a coverage of one article, the
// paragraph after it; for many, each article's lead, the most recent
// first, up to limit.
func (e *Engine) overview(limit int) knowledge.Answer {
	srcs := e.newestSources()
	per := 1
	if len(srcs) == 1 {
		per = 2
	}
	var ans knowledge.Answer
	for _, s := range srcs {
		n := 0
		for ref := range e.told(s.Article.ID, len(s.Article.Paragraphs)) {
			if n == per || len(ans.Passages) >= limit {
				break
			}
			ans.Passages = append(ans.Passages, knowledge.Passage{Ref: ref, Text: e.excerpt(ref, question{})})
			n++
		}
		if len(ans.Passages) >= limit {
			break
		}
	}
	if len(ans.Passages) == 0 {
		return knowledge.Answer{Abstained: true, Reason: "Ask about someone or something the coverage names."}
	}
	return ans
}

// Describe reads a description of someone as a question's words are read
// (see readDescribed and readLeaders): "the ukrainian president" is the one
// whose role is "President of Ukraine", "the ashford boss" the club's
// chairman. It gives the entities of the one concept the text is read as,
// nil when it is read as none or as more than one.
func (e *Engine) Describe(text string) []knowledge.Entity {
	// A description has a noun for a person or a body ("president",
	// "spokesman", "agency"); a name nobody has ("Fernando Montgomerie")
	// is not read, which costs a question's reading.
	wn := e.lex.wn
	if wn == nil || !slices.ContainsFunc(strings.Fields(strings.ToLower(text)), func(w string) bool {
		l := wn.NounLemmaOr(w)
		return wn.Person(l) || wn.Nameable(l)
	}) {
		return nil
	}
	q := e.read(text)
	at := slices.IndexFunc(q.concepts, func(c concept) bool { return c.describedAs != "" })
	if at < 0 {
		return nil
	}
	// Every word is of the description: "ukrainian" of "ukrainian
	// president" qualifies the noun read as the person.
	span := strings.ToLower(q.concepts[at].describedAs)
	for i, c := range q.concepts {
		if i != at && (c.describedAs != "" || !strings.Contains(span, strings.ToLower(c.label))) {
			return nil
		}
	}
	out := make([]knowledge.Entity, len(q.concepts[at].entities))
	for i, en := range q.concepts[at].entities {
		out[i] = *en
	}
	return out
}

// newerFirst orders sources the most recently published first.
func newerFirst(a, b *knowledge.Source) int {
	return b.Article.Published.Start().Compare(a.Article.Published.Start())
}
