package timelineimg

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"github.com/klauspost/compress/zlib"
	"hash/crc32"
	"io"
	"sync"
)

// zlibPool keeps compressors between renders: each holds a window and hash
// tables of several hundred kilobytes.
var zlibPool sync.Pool

// encode writes the canvas as an 8-bit palette PNG, every row unfiltered:
// on palette indices the filters that predict a byte from its neighbours
// make no sense, and flat rows compress to next to nothing as they are.
// One byte a pixel is a third of what RGB took to compress, and the
// compression was half of a /timeline reply's time.
func (c *canvas) encode(w io.Writer) error {
	var hdr [13]byte
	binary.BigEndian.PutUint32(hdr[0:], uint32(c.w))
	binary.BigEndian.PutUint32(hdr[4:], uint32(c.h))
	hdr[8], hdr[9] = 8, 3 // bit depth 8, colour type palette; compression, filter and interlace 0
	plte := make([]byte, 0, 3*len(c.pal))
	for _, p := range c.pal {
		plte = append(plte, p.R, p.G, p.B)
	}
	var idat bytes.Buffer
	idat.Grow(c.w * c.h / 8)
	zw, _ := zlibPool.Get().(*zlib.Writer)
	if zw == nil {
		var err error
		if zw, err = zlib.NewWriterLevel(&idat, zlib.BestSpeed); err != nil {
			return fmt.Errorf("zlib: %w", err)
		}
	} else {
		zw.Reset(&idat)
	}
	defer zlibPool.Put(zw)
	row := make([]byte, 1+c.w) // filter type 0, None, then the row
	for y := range c.h {
		copy(row[1:], c.pix[y*c.w:(y+1)*c.w])
		if _, err := zw.Write(row); err != nil {
			return fmt.Errorf("zlib: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("zlib: %w", err)
	}
	if _, err := io.WriteString(w, "\x89PNG\r\n\x1a\n"); err != nil {
		return err
	}
	for _, ch := range []struct {
		name string
		data []byte
	}{{"IHDR", hdr[:]}, {"PLTE", plte}, {"IDAT", idat.Bytes()}, {"IEND", nil}} {
		if err := writeChunk(w, ch.name, ch.data); err != nil {
			return err
		}
	}
	return nil
}

// writeChunk writes a PNG chunk: length, type, data and the CRC of type and
// data.
func writeChunk(w io.Writer, name string, data []byte) error {
	var head [8]byte
	binary.BigEndian.PutUint32(head[:4], uint32(len(data)))
	copy(head[4:], name)
	crc := crc32.NewIEEE()
	crc.Write(head[4:])
	crc.Write(data)
	var tail [4]byte
	binary.BigEndian.PutUint32(tail[:], crc.Sum32())
	for _, p := range [][]byte{head[:], data, tail[:]} {
		if _, err := w.Write(p); err != nil {
			return fmt.Errorf("png %s chunk: %w", name, err)
		}
	}
	return nil
}
