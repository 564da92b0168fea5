package timelineimg

import (
	"encoding/binary"
	"hash/crc32"
	"io"
)

// encode writes the canvas as an 8-bit palette PNG, every row unfiltered:
// on palette indices the filters that predict a byte from its neighbours
// make no sense, and flat rows compress to next to nothing as they are.
// One byte a pixel is a third of what RGB took to compress, and the
// compression was half of a /timeline reply's time; it is done in parts
// at once, one a core (see compressRows).
func (c *canvas) encode(w io.Writer) error { return c.encodeParts(w, partsFor(c.h)) }

// encodeParts is encode with the rows compressed in n parts.
func (c *canvas) encodeParts(w io.Writer, n int) error {
	b, err := c.png(n)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// png is the canvas as a PNG, its rows compressed in n parts, in a slice
// made to its size once the parts are compressed: it is what Render
// returns, and a buffer grown to a guess was half as big again.
func (c *canvas) png(n int) ([]byte, error) { return c.pngWhile(evenBands(c.h, n), nil) }

// pngWhile is png with the rows compressed in the parts of b while draw,
// when not nil, paints the canvas (see compressBands).
func (c *canvas) pngWhile(b bands, draw func(final func(y int))) ([]byte, error) {
	var hdr [13]byte
	binary.BigEndian.PutUint32(hdr[0:], uint32(c.w))
	binary.BigEndian.PutUint32(hdr[4:], uint32(c.h))
	hdr[8], hdr[9] = 8, 3 // bit depth 8, colour type palette; compression, filter and interlace 0
	idat, done := c.compressBands(b, draw)
	defer done()
	plte := make([]byte, 0, 3*len(c.pal)) // the palette as the drawing left it
	for _, p := range c.pal {
		plte = append(plte, p.R, p.G, p.B)
	}
	chunks := []struct {
		name string
		data [][]byte
	}{{"IHDR", [][]byte{hdr[:]}}, {"PLTE", [][]byte{plte}}, {"IDAT", idat}, {"IEND", nil}}
	size := len(pngSignature)
	for _, ch := range chunks {
		size += 12 // length, type and CRC
		for _, p := range ch.data {
			size += len(p)
		}
	}
	out := append(make([]byte, 0, size), pngSignature...)
	for _, ch := range chunks {
		out = appendChunk(out, ch.name, ch.data...)
	}
	return out, nil
}

const pngSignature = "\x89PNG\r\n\x1a\n"

// appendChunk appends a PNG chunk to b: length, type, data and the CRC of
// type and data. The data comes in pieces, laid end to end, so that the
// parts of a compressed picture need not be copied together first.
func appendChunk(b []byte, name string, data ...[]byte) []byte {
	n := 0
	for _, p := range data {
		n += len(p)
	}
	b = binary.BigEndian.AppendUint32(b, uint32(n))
	start := len(b)
	b = append(b, name...)
	for _, p := range data {
		b = append(b, p...)
	}
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(b[start:]))
}
