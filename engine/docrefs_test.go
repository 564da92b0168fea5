package engine

import (
	"fmt"
	"slices"

	"testing"
	"unsafe"

	index "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"

	"github.com/coveragebot/coveragebot/knowledge"
)

// countedSegment is a segment that only says how many documents it has.
type countedSegment struct {
	segment.Segment
	n uint64
}

func (s *countedSegment) Count() uint64 { return s.n }

func TestSegmentsLocate(t *testing.T) {
	// documents 0-2 in the first segment, none in the second, 3-4 in the
	// third
	segs := &segments{
		segs:    []segment.Segment{&countedSegment{n: 3}, &countedSegment{n: 0}, &countedSegment{n: 2}},
		offsets: []uint64{0, 3, 3},
	}
	for _, tt := range []struct {
		doc      uint64
		seg      int
		localDoc uint64
	}{
		{0, 0, 0},
		{2, 0, 2},
		{3, 2, 0},
		{4, 2, 1},
		{5, -1, 0},
		{100, -1, 0},
	} {
		s, local := segs.locate(tt.doc)
		if s != tt.seg || local != tt.localDoc {
			t.Errorf("locate(%d) = %d, %d; want %d, %d", tt.doc, s, local, tt.seg, tt.localDoc)
		}
	}
}

// idReader is an index reader that only gives documents' ids: "art/N"
// for document N, and "meta" for document 4; it counts what it is asked.
type idReader struct {
	index.IndexReader
	asked int
}

func (r *idReader) ExternalID(id index.IndexInternalID) (string, error) {
	r.asked++
	return testDocID(id.Value()), nil
}

func testDocID(doc uint64) string {
	if doc == 4 {
		return "meta"
	}
	return fmt.Sprintf("art/%d", doc)
}

// idSegment is a segment of n documents, the first of them document
// first of the index, that gives their ids as idReader does, from a
// buffer of its own that it writes again at each, and counts in asked
// what it is asked.
type idSegment struct {
	segment.Segment
	first, n uint64
	buf      []byte
	asked    *int
}

func (s *idSegment) Count() uint64 { return s.n }

func (s *idSegment) DocID(local uint64) ([]byte, error) {
	*s.asked++
	s.buf = append(s.buf[:0], testDocID(s.first+local)...)
	return s.buf, nil
}

// idSegments are segments of idSegment of ns documents each, counting
// in asked.
func idSegments(asked *int, ns ...uint64) *segments {
	segs := &segments{}
	first := uint64(0)
	for _, n := range ns {
		segs.segs = append(segs.segs, &idSegment{first: first, n: n, asked: asked})
		segs.offsets = append(segs.offsets, first)
		first += n
	}
	return segs
}

// A document's paragraph is read from the index once, then from what was
// kept for its segment; a document whose id is no paragraph's is none; a
// segment merged away is forgotten.
func TestDocRefsRemembered(t *testing.T) {
	var asked int
	segs := idSegments(&asked, 3, 0, 4)
	docs := []uint64{6, 0, 4, 2, 3}
	want := []knowledge.Ref{{Article: "art", Paragraph: 6}, {Article: "art", Paragraph: 0}, {}, {Article: "art", Paragraph: 2}, {Article: "art", Paragraph: 3}}
	wantOK := []bool{true, true, false, true, true}
	var d docRefs
	r := &idReader{}
	for round, wantAsked := range []int{len(docs), 0} {
		asked = 0
		refs, oks, err := d.refs(r, segs, docs, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(refs, want) || !slices.Equal(oks, wantOK) {
			t.Errorf("round %d: %v %v, want %v %v", round, refs, oks, want, wantOK)
		}
		if asked+r.asked != wantAsked {
			t.Errorf("round %d: %d ids read, want %d", round, asked+r.asked, wantAsked)
		}
	}
	// the index's segments merged into new ones, again and again: the
	// old ones are forgotten
	for range 10 {
		segs = idSegments(&asked, 7)
		if _, _, err := d.refs(r, segs, docs, nil); err != nil {
			t.Fatal(err)
		}
		if len(d.bySeg) > 2*len(segs.segs)+5 {
			t.Fatalf("%d segments kept, for an index of %d", len(d.bySeg), len(segs.segs))
		}
	}
}

// A ref's article is the very string the vocabulary keys the article by,
// not the copy parsed from the document's id.
func TestDocRefsVocabularyKey(t *testing.T) {
	key := string([]byte("art")) // a string of its own
	v := &vocabulary{parts: map[string]*part{key: {article: key}}}
	var asked int
	segs := idSegments(&asked, 3)
	var d docRefs
	refs, oks, err := d.refs(&idReader{}, segs, []uint64{1, 2}, v)
	if err != nil {
		t.Fatal(err)
	}
	for i, ref := range refs {
		if !oks[i] || ref.Article != key {
			t.Fatalf("refs = %v %v, want art/1 and art/2", refs, oks)
		}
		if unsafe.StringData(ref.Article) != unsafe.StringData(key) {
			t.Errorf("ref %v: its article is a copy of the vocabulary's key", ref)
		}
	}
}

// A document's id is read from its segment in place, not copied by the
// index's reader; what is kept of it, an article the vocabulary does not
// know, is a copy of its own that the segment's bytes do not change.
func TestDocRefsReadInPlace(t *testing.T) {
	for _, tt := range []struct {
		name string
		segs []uint64 // documents in each segment
		docs []uint64
		want []knowledge.Ref
	}{
		{"one segment", []uint64{3}, []uint64{1, 2}, []knowledge.Ref{{Article: "art", Paragraph: 1}, {Article: "art", Paragraph: 2}}},
		{"the second of three", []uint64{2, 0, 3}, []uint64{3, 4, 2}, []knowledge.Ref{{Article: "art", Paragraph: 3}, {}, {Article: "art", Paragraph: 2}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var asked int
			segs := idSegments(&asked, tt.segs...)
			r := &idReader{}
			var d docRefs
			refs, _, err := d.refs(r, segs, tt.docs, nil)
			if err != nil {
				t.Fatal(err)
			}
			if r.asked != 0 || asked != len(tt.docs) {
				t.Errorf("%d ids read from the reader and %d from the segments, want 0 and %d", r.asked, asked, len(tt.docs))
			}
			for _, s := range segs.segs {
				b := s.(*idSegment).buf
				for i := range b {
					b[i] = 'x'
				}
			}
			if !slices.Equal(refs, tt.want) {
				t.Errorf("refs = %v, want %v", refs, tt.want)
			}
			if again, _, _ := d.refs(r, segs, tt.docs, nil); !slices.Equal(again, tt.want) {
				t.Errorf("refs again = %v, want %v", again, tt.want)
			}
		})
	}
}
