package engine

import "sync"

// termTable numbers the terms of every article the process has analyzed,
// and the folded words they come from. Ids are never reused or taken back,
// so that the analysis of an article stays valid across reloads; the table
// is shared by every engine built over the same index and safe for
// concurrent use. Parts hold ids, so that a word or a term the coverage
// uses a million times is one string.
type termTable struct {
	mu    sync.RWMutex
	ids   map[string]uint32
	terms []string // id → term; terms[0] is "", no term
	// Words: a folded word's id, the word, and the id of its term (the
	// analyzer gives a word the same term wherever it occurs).
	wordIDs  map[string]uint32
	words    []string
	wordTerm []uint32
}

func newTermTable() *termTable {
	return &termTable{ids: map[string]uint32{}, terms: []string{""}, wordIDs: map[string]uint32{}}
}

// id returns a term's id, 0 when no article has it.
func (tt *termTable) id(term string) uint32 {
	tt.mu.RLock()
	defer tt.mu.RUnlock()
	return tt.ids[term]
}

// term returns the term of an id.
func (tt *termTable) term(id uint32) string {
	tt.mu.RLock()
	defer tt.mu.RUnlock()
	return tt.terms[id]
}

// len is how many ids are in use, 0 included.
func (tt *termTable) len() int {
	tt.mu.RLock()
	defer tt.mu.RUnlock()
	return len(tt.terms)
}

// intern returns a term's id, numbering it when new.
func (tt *termTable) intern(term string) uint32 {
	tt.mu.RLock()
	id, ok := tt.ids[term]
	tt.mu.RUnlock()
	if ok {
		return id
	}
	tt.mu.Lock()
	defer tt.mu.Unlock()
	if id, ok := tt.ids[term]; ok {
		return id
	}
	id = uint32(len(tt.terms))
	tt.ids[term] = id
	tt.terms = append(tt.terms, term)
	return id
}

// internWord returns a folded word's id, numbering it with its term when
// new.
func (tt *termTable) internWord(folded, term string) uint32 {
	tt.mu.RLock()
	id, ok := tt.wordIDs[folded]
	tt.mu.RUnlock()
	if ok {
		return id
	}
	tid := uint32(0)
	if term != "" {
		tid = tt.intern(term)
	}
	tt.mu.Lock()
	defer tt.mu.Unlock()
	if id, ok := tt.wordIDs[folded]; ok {
		return id
	}
	id = uint32(len(tt.words))
	tt.wordIDs[folded] = id
	tt.words = append(tt.words, folded)
	tt.wordTerm = append(tt.wordTerm, tid)
	return id
}

// word returns a word id's folded word and term.
func (tt *termTable) word(id uint32) (folded, term string) {
	tt.mu.RLock()
	defer tt.mu.RUnlock()
	return tt.words[id], tt.terms[tt.wordTerm[id]]
}

// restoreTermTable is the table a snapshot saved: terms and words in id
// order, and each word's term id.
func restoreTermTable(terms, words []string, wordTerm []uint32) *termTable {
	tt := &termTable{ids: make(map[string]uint32, len(terms)), terms: terms,
		wordIDs: make(map[string]uint32, len(words)), words: words, wordTerm: wordTerm}
	for id, t := range terms {
		tt.ids[t] = uint32(id)
	}
	for id, w := range words {
		tt.wordIDs[w] = uint32(id)
	}
	return tt
}

// tables returns the terms, the words and the words' term ids as they are
// now. Entries are never changed once added, so what it returns can be read
// without the lock while later analyses append.
func (tt *termTable) tables() (terms, words []string, wordTerm []uint32) {
	tt.mu.RLock()
	defer tt.mu.RUnlock()
	return tt.terms, tt.words, tt.wordTerm
}
