package engine

import "sync"

// termTable numbers the terms of every article the process has analyzed.
// Ids are never reused or taken back, so that the analysis of an article
// stays valid across reloads; the table is shared by every engine built
// over the same index and safe for concurrent use.
type termTable struct {
	mu    sync.RWMutex
	ids   map[string]uint32
	terms []string // id → term; terms[0] is "", no term
}

func newTermTable() *termTable {
	return &termTable{ids: map[string]uint32{}, terms: []string{""}}
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
