package engine

import (
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/index/scorch"
	index "github.com/blevesearch/bleve_index_api"
)

// A synonym of several words is a phrase: "next friend", a legal sense of
// "agent", is not in a story that has "next" in one clause and "friend" in
// another. The index keeps no positions, so the words are looked for side
// by side in the text of the paragraphs whose postings hold them all: the
// first maxPhraseParas of them, no more, so that a phrase of common words
// never walks the coverage. The answers are remembered with
// phraseInCoverage's.

// maxPhraseParas bounds how many paragraphs having all of a phrase's terms
// are read for them side by side.
const maxPhraseParas = 32

// phraseKeySideBySide starts the memo's keys of phrases looked for side by
// side, apart from those of terms looked for together in a paragraph.
const phraseKeySideBySide = "\x01"

// hasAlt reports whether the coverage has an alternative of several
// words: a dictionary's phrase side by side, the reader's own words in one
// paragraph.
func (e *Engine) hasAlt(a alt) bool {
	if a.phrase {
		return e.phraseSideBySide(a.terms)
	}
	return e.phraseInCoverage(a.terms)
}

// phraseSideBySide reports whether some paragraph has the terms ts side by
// side and in order, stop words between them allowed (the index drops
// them): "chief of staff" is the terms "chief" and "staff" side by side.
func (e *Engine) phraseSideBySide(ts []string) bool {
	if len(ts) < 2 {
		return e.phraseInCoverage(ts)
	}
	return e.remembered(phraseKeySideBySide+strings.Join(ts, "\x00"), func(snap *scorch.IndexSnapshot) (bool, error) {
		return e.hasSideBySide(snap, ts)
	})
}

// hasSideBySide reads, of the paragraphs of r that have every term, the
// first maxPhraseParas for the terms side by side, and stops at the first
// that has them.
func (e *Engine) hasSideBySide(r index.IndexReader, ts []string) (bool, error) {
	segs, err := newSegments(r, "text")
	if err != nil {
		return false, err
	}
	c, err := openTerms(segs, bm25{field: "text"}, ts)
	if err != nil {
		return false, err
	}
	ids := e.vocab.set(ts)
	for range maxPhraseParas {
		doc, _, ok, err := c.next()
		if err != nil || !ok {
			return false, err
		}
		refs, oks, err := e.docRefs.refs(r, segs, []uint64{doc}, e.vocab)
		if err != nil {
			return false, err
		}
		if p := e.vocab.para(refs[0]); oks[0] && p != nil && e.standsInPara(p, ids, ts) {
			return true, nil
		}
	}
	return false, nil
}

// standsInPara reports whether a sentence of the paragraph p has the terms
// ts side by side and in order; ids are their ids, which a sentence must
// have all of to be read.
func (e *Engine) standsInPara(p *paraInfo, ids termSet, ts []string) bool {
	for i, s := range p.sents {
		if !allIn(ids, s.terms()) {
			continue
		}
		if sideBySide(e.readText(p.sentence(i)), ts) {
			return true
		}
	}
	return false
}

// sideBySide reports whether the words ws have the terms ts one after
// another, stop words between them skipped.
func sideBySide(ws []word, ts []string) bool {
	var terms []string
	for _, w := range ws {
		if w.term != "" {
			terms = append(terms, w.term)
		}
	}
	for i := 0; i+len(ts) <= len(terms); i++ {
		if slices.Equal(terms[i:i+len(ts)], ts) {
			return true
		}
	}
	return false
}
