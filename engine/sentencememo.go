package engine

import (
	"slices"
	"sync"
)

// sentenceMemo keeps the words of the sentences one question's score and
// decide stages have read: the tests of a "who" question's best few (namesBesideOne,
// namesDoer, namesByRelative, namesAgent, namesByAgentNoun, and for "when"
// datesDoneOf) each read the same sentences of the same paragraph again,
// and reading them was 7 % of /ask's CPU at 100,000 paragraphs. The
// words are kept one after another in one buffer, which a pool keeps from
// question to question, so that a question allocates nothing for them. It
// is not safe for concurrent use.
type sentenceMemo struct {
	at    map[sentenceAt]memoSpan
	words []word
}

// sentenceAt is sentence i of a paragraph of the engine's vocabulary,
// which never changes while the engine serves.
type sentenceAt struct {
	p *paraInfo
	i int
}

// memoSpan is where a sentence's words are in sentenceMemo.words.
type memoSpan struct{ start, end int32 }

var sentenceMemos = sync.Pool{New: func() any { return &sentenceMemo{at: map[sentenceAt]memoSpan{}} }}

// borrowSentenceMemo returns an empty memo, to be given back with release.
func borrowSentenceMemo() *sentenceMemo { return sentenceMemos.Get().(*sentenceMemo) }

// release empties m and gives it back, unless it grew too large to keep.
func (m *sentenceMemo) release() {
	if cap(m.words) > maxMemoWords {
		return
	}
	clear(m.at)
	clear(m.words) // (holds no sentence's strings while kept)
	m.words = m.words[:0]
	sentenceMemos.Put(m)
}

// maxMemoWords is the most words a kept memo has room for: a question's
// best few hold a few hundred.
const maxMemoWords = 8192

// sentenceWords returns the words of sentence i of pi, as readText reads
// them, read once per memo: they are shared, and not to be changed. With
// no memo (m nil), they are read into b, as readTextInto reads them.
func (e *Engine) sentenceWords(m *sentenceMemo, b *[]word, pi *paraInfo, i int) []word {
	if m == nil {
		return e.readTextInto(b, pi.sentence(i))
	}
	k := sentenceAt{pi, i}
	if s, ok := m.at[k]; ok {
		return m.words[s.start:s.end:s.end]
	}
	start := len(m.words)
	m.words = appendWords(m.words, pi.sentence(i), e.termOf)
	m.at[k] = memoSpan{int32(start), int32(len(m.words))}
	return m.words[start:len(m.words):len(m.words)]
}

// sentenceWordsCopy returns the words of sentence i of pi, as readText
// reads them, in a slice of the caller's own, to change at will: read
// once per memo m, when there is one. A "how many" question's figure
// check (givesFigure) reads the counting sentences of each paragraph
// decide walks, which the score stage has mostly read already (countsIt),
// and reading them again was half of decide's time for "how many X were
// linked to Y" at 100,000 paragraphs.
func (e *Engine) sentenceWordsCopy(m *sentenceMemo, pi *paraInfo, i int) []word {
	if m == nil {
		return e.readText(pi.sentence(i))
	}
	return slices.Clone(e.sentenceWords(m, nil, pi, i))
}
