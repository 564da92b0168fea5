package engine

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unsafe"

	index "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"

	"github.com/coveragebot/coveragebot/knowledge"
)

// A search's best documents are known by their numbers in the index; the
// paragraphs they are come from their ids, which scorch keeps among each
// document's stored fields: reading one decompresses the document's chunk
// of them. At 100,000 paragraphs that was 3-4 % of /ask's CPU, for 200
// documents a question that the questions before it had often read
// already. So the engine remembers, by segment, which paragraph each
// document it has read is.

// docRefs remembers the paragraph of each document read, per segment: a
// segment never changes, nor do its documents' ids. A paragraph is kept
// as its article's number in arts plus one, in the high 32 bits, and its
// paragraph number in the low: no pointer for the collector to follow,
// 8 bytes a document. It is safe for concurrent use.
type docRefs struct {
	mu    sync.Mutex
	bySeg map[segment.Segment][]uint64
	arts  []string
	ord   map[string]uint32
}

// notParagraph marks a document whose id is no paragraph's.
const notParagraph = ^uint64(0)

// refs returns the paragraphs of docs, numbers in the segments segs of
// the reader r, and whether each is one; it reads an id from r only for a
// document it has not seen. An article's id in the refs is the one the
// vocabulary v keys it by, when it has the article (see article).
func (d *docRefs) refs(r index.IndexReader, segs *segments, docs []uint64, v *vocabulary) ([]knowledge.Ref, []bool, error) {
	refs, oks := make([]knowledge.Ref, len(docs)), make([]bool, len(docs))
	if err := d.refsInto(r, segs, docs, v, refs, oks); err != nil {
		return nil, nil, err
	}
	return refs, oks, nil
}

// refsInto is refs, into refs and oks, as long as docs: each is set.
func (d *docRefs) refsInto(r index.IndexReader, segs *segments, docs []uint64, v *vocabulary, refs []knowledge.Ref, oks []bool) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.prune(segs)
	for i, doc := range docs {
		s, local := segs.locate(doc)
		var packed uint64
		var known []uint64
		if s >= 0 {
			known = d.segment(segs.segs[s])
			packed = known[local]
		}
		if packed == 0 {
			id, err := storedID(r, segs, s, local, doc)
			if err != nil {
				return err
			}
			packed = notParagraph
			if ref, ok := parseDocID(id); ok && ref.Paragraph >= 0 && int64(ref.Paragraph) <= 1<<31 {
				packed = uint64(d.article(ref.Article, v)+1)<<32 | uint64(ref.Paragraph)
			}
			if known != nil {
				known[local] = packed
			}
		}
		refs[i], oks[i] = knowledge.Ref{}, false
		if packed != notParagraph {
			refs[i] = knowledge.Ref{Article: d.arts[packed>>32-1], Paragraph: int(uint32(packed))}
			oks[i] = true
		}
	}
	return nil
}

// storedID returns the id of doc, a number in the index, which is local in
// the segment s of segs (-1 for none): read from the segment in place,
// where the index's reader copies it into a string of its own, two
// allocations for each document a question's search finds first (about
// 70 of its 1,100 at 100,000 paragraphs). The id is valid while r is
// open: what is kept of it must be copied (see article).
func storedID(r index.IndexReader, segs *segments, s int, local, doc uint64) (string, error) {
	if s < 0 {
		return r.ExternalID(index.NewIndexInternalID(nil, doc))
	}
	v, err := segs.segs[s].DocID(local)
	if err != nil {
		return "", err
	}
	if v == nil {
		return "", fmt.Errorf("document number %d not found", doc)
	}
	return unsafe.String(unsafe.SliceData(v), len(v)), nil
}

// segment returns the paragraphs kept for seg, made empty if none are.
func (d *docRefs) segment(seg segment.Segment) []uint64 {
	if d.bySeg == nil {
		d.bySeg = map[segment.Segment][]uint64{}
	}
	known, ok := d.bySeg[seg]
	if !ok {
		known = make([]uint64, seg.Count())
		d.bySeg[seg] = known
	}
	return known
}

// prune forgets the segments no longer in the index (merged into others)
// once they are as many as those that are.
func (d *docRefs) prune(segs *segments) {
	if len(d.bySeg) <= 2*len(segs.segs)+4 {
		return
	}
	for seg := range d.bySeg {
		if !slices.Contains(segs.segs, seg) {
			delete(d.bySeg, seg)
		}
	}
}

// article returns the number of an article's name, given one if it has
// none. The name kept is the very string v keys the article by (the
// id parsed from a document's is a copy): a look-up of a ref's article in
// the vocabulary, which the score stage makes for every candidate and
// its tests again for each of the best few, then finds the key equal by
// its pointer, without reading another copy of its bytes from memory.
func (d *docRefs) article(name string, v *vocabulary) uint32 {
	if d.ord == nil {
		d.ord = map[string]uint32{}
	}
	n, ok := d.ord[name]
	if !ok {
		if p := v.partOf(name); p != nil {
			name = p.article
		} else {
			name = strings.Clone(name) // not the index's bytes (storedID)
		}
		n = uint32(len(d.arts))
		d.arts = append(d.arts, name)
		d.ord[name] = n
	}
	return n
}

// locate returns which of the segments holds doc, a number in the index,
// and its number in that segment; -1 if none does.
func (s *segments) locate(doc uint64) (int, uint64) {
	// the last segment that starts at or before doc (an empty segment
	// starts where the next does)
	i := sort.Search(len(s.offsets), func(j int) bool { return s.offsets[j] > doc }) - 1
	if i < 0 || i >= len(s.segs) || doc-s.offsets[i] >= s.segs[i].Count() {
		return -1, 0
	}
	return i, doc - s.offsets[i]
}

// partOf is parts[name], nil in a nil vocabulary.
func (v *vocabulary) partOf(name string) *part {
	if v == nil {
		return nil
	}
	return v.parts[name]
}
