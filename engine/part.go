package engine

import (
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// part is what the engine derives from one article and its fact base,
// analyzed once and kept while the article is unchanged: reloading the
// coverage, or adding an article to it, analyzes only what changed.
type part struct {
	article string
	hash    string
	paras   []*paraInfo
	// df counts, per term id, the paragraphs that use it.
	df map[uint32]int32
	// words maps each folded word of the article to its term.
	words map[string]string
	// inCompound and alone: the terms seen as the last word of an opaque
	// compound ("tank" of "think tank"), and seen otherwise.
	inCompound, alone map[uint32]bool
	// quoted says whose quotes the fact base puts in each paragraph
	// (index n-1).
	quoted map[int]map[string]bool
	events []eventTerms
	// eventsAt lists the events citing each paragraph (by number).
	eventsAt map[int][]int32
	// groups are the article's names and synonym groups, analyzed.
	groups []namedGroup
}

// namedGroup is one entity's names, or one synonym group, as analyzed terms.
type namedGroup struct {
	alts   [][]string
	entity *knowledge.Entity // nil for a synonym group
}

// analyzeArticle derives an article's part.
func analyzeArticle(an *analyzer, lex *lexicon, tt *termTable, s *knowledge.Source, hash string) *part {
	p := &part{
		article: s.Article.ID, hash: hash, df: map[uint32]int32{}, words: map[string]string{},
		inCompound: map[uint32]bool{}, alone: map[uint32]bool{}, quoted: map[int]map[string]bool{},
		eventsAt: map[int][]int32{},
	}
	// The slices a part keeps are made to size: the part lives as long as
	// the article is unchanged, and append's spare capacity in every
	// paragraph of a large coverage adds up to tens of megabytes.
	p.paras = make([]*paraInfo, 0, len(s.Article.Paragraphs))
	var buf, all []uint32
	for _, text := range s.Article.Paragraphs {
		pi := &paraInfo{text: text}
		all = all[:0]
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
			for _, k := range sentenceFigures(sent, ws) {
				pi.figures |= 1 << k
			}
			buf = buf[:0]
			for k, w := range ws {
				p.words[w.folded] = w.term
				if w.term == "" {
					continue
				}
				id := tt.intern(w.term)
				buf = append(buf, id)
				if k > 0 && lex.opaqueCompound(ws[k-1].folded, w.folded) {
					p.inCompound[id] = true
				} else {
					p.alone[id] = true
				}
			}
			st := toSet(slices.Clone(buf))
			all = append(all, st...)
			pi.sents = append(pi.sents, sentInfo{start: int32(start), end: int32(end), terms: st, vec: pack(bagVector(lex, ws))})
		}
		if len(all) > 0 {
			pi.terms = slices.Clone(toSet(all))
		}
		for _, id := range pi.terms {
			p.df[id]++
		}
		p.paras = append(p.paras, pi)
	}
	for _, q := range s.Quotes {
		if p.quoted[q.Paragraph] == nil {
			p.quoted[q.Paragraph] = map[string]bool{}
		}
		p.quoted[q.Paragraph][q.Speaker] = true
	}
	for _, e := range s.Events {
		var ids []uint32
		for _, t := range terms(an.an, e.Summary+" "+strings.Join(e.Topics, " ")) {
			ids = append(ids, tt.intern(t)) // a summary's own words count too
		}
		for _, n := range e.Paragraphs {
			p.eventsAt[n] = append(p.eventsAt[n], int32(len(p.events)))
		}
		p.events = append(p.events, eventTerms{terms: toSet(ids)})
	}
	for i := range s.Entities {
		e := &s.Entities[i]
		var g namedGroup
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			if ts := terms(an.an, name); len(ts) > 0 {
				g.alts = append(g.alts, ts)
			}
		}
		if len(g.alts) > 0 {
			g.entity = e
			p.groups = append(p.groups, g)
		}
	}
	return p
}
