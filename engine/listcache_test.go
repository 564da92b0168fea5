package engine

import "testing"

// A decoded posting packs its document's number, frequency and length
// in 32 bits, the length in as many as the segment's numbers leave: each
// comes back as it went in, and a posting that does not fit is refused,
// so that its list is read from zap.
func TestPackedPostings(t *testing.T) {
	tests := []struct {
		name                string
		segDocs             uint64
		doc, freq, length   uint64
		wantBits            uint8
		wantSegment, wantOK bool
	}{
		{name: "one document", segDocs: 1, doc: 0, freq: 1, length: 4095, wantBits: 12, wantSegment: true, wantOK: true},
		{name: "the bench's 100,000", segDocs: 100000, doc: 99999, freq: 15, length: 2047, wantBits: 11, wantSegment: true, wantOK: true},
		{name: "a length past the bits left", segDocs: 100000, doc: 7, freq: 1, length: 2048, wantBits: 11, wantSegment: true},
		{name: "a frequency over 15", segDocs: 100000, doc: 7, freq: 16, length: 30, wantBits: 11, wantSegment: true},
		{name: "a number past the segment's bits", segDocs: 100000, doc: 1 << 17, freq: 1, length: 30, wantBits: 11, wantSegment: true},
		{name: "65,536 documents", segDocs: 1 << 16, doc: 1<<16 - 1, freq: 3, length: 4095, wantBits: 12, wantSegment: true, wantOK: true},
		{name: "a million", segDocs: 1 << 20, doc: 1<<20 - 1, freq: 2, length: 255, wantBits: 8, wantSegment: true, wantOK: true},
		{name: "too many documents", segDocs: 1<<20 + 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bits, ok := postingBits(tt.segDocs)
			if bits != tt.wantBits || ok != tt.wantSegment {
				t.Fatalf("postingBits(%d) = %d, %v, want %d, %v", tt.segDocs, bits, ok, tt.wantBits, tt.wantSegment)
			}
			if !ok {
				return
			}
			p, ok := packPosting(tt.doc, tt.freq, tt.length, bits)
			if ok != tt.wantOK {
				t.Fatalf("packPosting(%d, %d, %d, %d) fits %v, want %v", tt.doc, tt.freq, tt.length, bits, ok, tt.wantOK)
			}
			if !ok {
				return
			}
			l := &decodedList{posts: []uint32{p}, lenBits: bits}
			if doc, freq, length := l.unpack(p); doc != tt.doc || freq != tt.freq || length != tt.length {
				t.Errorf("unpacked %d, %d, %d, want %d, %d, %d", doc, freq, length, tt.doc, tt.freq, tt.length)
			}
		})
	}
}
