package timelineimg

import (
	"encoding/binary"
	"fmt"
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
	var hdr [13]byte
	binary.BigEndian.PutUint32(hdr[0:], uint32(c.w))
	binary.BigEndian.PutUint32(hdr[4:], uint32(c.h))
	hdr[8], hdr[9] = 8, 3 // bit depth 8, colour type palette; compression, filter and interlace 0
	plte := make([]byte, 0, 3*len(c.pal))
	for _, p := range c.pal {
		plte = append(plte, p.R, p.G, p.B)
	}
	idat, done, err := c.compressRows(n)
	if err != nil {
		return err
	}
	defer done()
	if _, err := io.WriteString(w, "\x89PNG\r\n\x1a\n"); err != nil {
		return err
	}
	for _, ch := range []struct {
		name string
		data [][]byte
	}{{"IHDR", [][]byte{hdr[:]}}, {"PLTE", [][]byte{plte}}, {"IDAT", idat}, {"IEND", nil}} {
		if err := writeChunk(w, ch.name, ch.data...); err != nil {
			return err
		}
	}
	return nil
}

// writeChunk writes a PNG chunk: length, type, data and the CRC of type and
// data. The data comes in pieces, laid end to end, so that the parts of a
// compressed picture need not be copied together first.
func writeChunk(w io.Writer, name string, data ...[]byte) error {
	var head [8]byte
	n := 0
	for _, p := range data {
		n += len(p)
	}
	binary.BigEndian.PutUint32(head[:4], uint32(n))
	copy(head[4:], name)
	crc := crc32.NewIEEE()
	crc.Write(head[4:])
	for _, p := range data {
		crc.Write(p)
	}
	var tail [4]byte
	binary.BigEndian.PutUint32(tail[:], crc.Sum32())
	for _, p := range append(append([][]byte{head[:]}, data...), tail[:]) {
		if _, err := w.Write(p); err != nil {
			return fmt.Errorf("png %s chunk: %w", name, err)
		}
	}
	return nil
}
