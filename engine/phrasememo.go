package engine

import (
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Whether some paragraph has every term of a synonym of several words is
// asked of the index for each such synonym of a question's words (weigh):
// its reader, each segment's dictionary and each term's postings opened,
// common ones decoded. At 100,000 paragraphs that was 6 % of /ask's CPU,
// for synonyms that the same everyday words bring again and again ("time
// lag", "business office"). So the engine remembers the answers, for as
// long as the index's segments are the same: a segment never changes, and
// an article added, changed or removed, or segments merged, changes them.

// phraseMemoSize bounds how many answers are remembered; past it they are
// forgotten and remembered anew. Each is a few words' terms and a bool.
const phraseMemoSize = 4096

// phraseMemo remembers, for one set of segments, whether the coverage has
// each phrase (its terms joined by a 0 byte). It is safe for concurrent
// use.
type phraseMemo struct {
	mu   sync.Mutex
	segs []segment.Segment
	has  map[string]bool
}

// phraseInCoverage reports whether some paragraph has every one of the
// terms ts, as the index says now, asking the index rather than walking
// the paragraphs.
func (e *Engine) phraseInCoverage(ts []string) bool {
	return e.remembered(strings.Join(ts, "\x00"), func(snap *scorch.IndexSnapshot) (bool, error) {
		return hasAll(snap, ts)
	})
}

// remembered answers ask of the index's snapshot now, or says what it
// answered before for key and the same segments. An error is answered
// false, and not remembered: asked again next time.
func (e *Engine) remembered(key string, ask func(*scorch.IndexSnapshot) (bool, error)) bool {
	adv, err := e.index.Advanced()
	if err != nil {
		return false
	}
	r, err := adv.Reader()
	if err != nil {
		return false
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return false
	}
	var segs []segment.Segment
	for _, ss := range snap.Segments() {
		segs = append(segs, ss.Segment())
	}
	if has, ok := e.phrasesSeen.get(segs, key); ok {
		return has
	}
	has, err := ask(snap)
	if err != nil {
		return false
	}
	e.phrasesSeen.put(segs, key, has)
	return has
}

// hasAll reports whether some paragraph of the index snapshot has every
// term: the segments' bitmaps of the terms' documents, intersected, and
// the first document read. (Without the engine's list cache: a phrase's
// common terms are not decoded only to find one document.)
func hasAll(snap *scorch.IndexSnapshot, ts []string) (bool, error) {
	segs, err := newSegments(snap, "text")
	if err != nil {
		return false, err
	}
	c, err := openTerms(segs, bm25{field: "text"}, ts)
	if err != nil {
		return false, err
	}
	_, _, ok, err := c.next()
	return ok, err
}

// get returns what is remembered of key for the segments segs.
func (m *phraseMemo) get(segs []segment.Segment, key string) (has, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !slices.Equal(m.segs, segs) {
		return false, false
	}
	has, ok = m.has[key]
	return has, ok
}

// put remembers has for key and the segments segs, forgetting what was
// remembered for other segments.
func (m *phraseMemo) put(segs []segment.Segment, key string, has bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !slices.Equal(m.segs, segs) || len(m.has) >= phraseMemoSize {
		m.segs, m.has = segs, map[string]bool{}
	}
	m.has[key] = has
}
