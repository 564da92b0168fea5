package engine

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"unsafe"
)

// columns are the long arrays of a snapshot, stored raw (a count, then the
// values little endian) after its gob: read back in one piece each, into
// an array of exactly their length.
type columns struct {
	// Per paragraph, in source order: sentences, terms, figures.
	ParaSents, ParaTerms []uint32
	ParaFigures          []byte
	// Per sentence, in paragraph order: place, terms, vector (VecLen 0
	// for none), figures.
	SentStart, SentEnd, SentTerms, VecLen []uint32
	VecScale                              []float32
	SentFigures                           []byte
	// IDs are every id set, in the order the parts read them (per part:
	// each paragraph's terms then its sentences', then the part's words,
	// inCompound, alone, quotes', events' and roles' terms); Vecs the
	// vectors' values.
	IDs  []uint32
	Vecs []byte
	// The parts' groups of names: per group, its alternatives and its
	// entity (its index in the source's Entities); per alternative, its
	// terms; per term, its length in GroupText, where the terms are one
	// after another.
	GroupAlts, GroupEntity, AltTerms, TermLens []uint32
	GroupText                                  []byte
	// n counts what the columns will hold, before they are made.
	n struct{ paras, sents, ids, vecs, groups, alts, terms, text int }
	// idsBelow is a bound every one of IDs was checked to be below as the
	// column was read (0: none was checked).
	idsBelow int
}

// bigEndian is whether this machine stores numbers big end first, and the
// columns' bytes must be turned around.
var bigEndian = binary.NativeEndian.Uint16([]byte{0, 1}) == 1

// count adds what a part will append to each column to c.n: allocate then
// makes columns of that capacity.
func (c *columns) count(p *part) {
	for _, pi := range p.paras {
		c.n.paras++
		c.n.ids += len(pi.terms)
		c.n.vecs += int(pi.nVecs)
		for _, st := range pi.sents {
			c.n.sents++
			c.n.ids += int(st.nIDs)
		}
	}
	c.n.ids += len(p.words) + len(p.inCompound) + len(p.alone) + len(p.initials)
	for _, qt := range p.quotes {
		c.n.ids += len(qt)
	}
	for _, st := range p.speakers {
		c.n.ids += len(st)
	}
	for _, ev := range p.events {
		c.n.ids += len(ev.terms)
	}
	for _, r := range p.roles {
		c.n.ids += len(r.terms)
	}
	for _, g := range p.groups {
		c.n.groups++
		for _, a := range g.alts {
			c.n.alts++
			c.n.terms += len(a)
			for _, t := range a {
				c.n.text += len(t)
			}
		}
	}
}

// allocate returns empty columns with room for what count counted.
func (c *columns) allocate() columns {
	n := c.n
	return columns{
		ParaSents: make([]uint32, 0, n.paras), ParaTerms: make([]uint32, 0, n.paras), ParaFigures: make([]byte, 0, n.paras),
		SentStart: make([]uint32, 0, n.sents), SentEnd: make([]uint32, 0, n.sents), SentTerms: make([]uint32, 0, n.sents),
		VecLen: make([]uint32, 0, n.sents), VecScale: make([]float32, 0, n.sents), SentFigures: make([]byte, 0, n.sents),
		IDs: make([]uint32, 0, n.ids), Vecs: make([]byte, 0, n.vecs),
		GroupAlts: make([]uint32, 0, n.groups), GroupEntity: make([]uint32, 0, n.groups),
		AltTerms: make([]uint32, 0, n.alts), TermLens: make([]uint32, 0, n.terms), GroupText: make([]byte, 0, n.text),
	}
}

// write writes the columns to w, whose At is where they start in the file.
func (c *columns) write(w *offsetWriter) error {
	for _, err := range []error{
		writeColumn(w, c.ParaSents), writeColumn(w, c.ParaTerms), writeColumn(w, c.ParaFigures),
		writeColumn(w, c.SentStart), writeColumn(w, c.SentEnd), writeColumn(w, c.SentTerms),
		writeColumn(w, c.VecLen), writeColumn(w, c.VecScale), writeColumn(w, c.SentFigures),
		writeAlignedColumn(w, c.IDs), writeColumn(w, c.Vecs),
		writeColumn(w, c.GroupAlts), writeColumn(w, c.GroupEntity), writeColumn(w, c.AltTerms), writeColumn(w, c.TermLens), writeColumn(w, c.GroupText),
	} {
		if err != nil {
			return err
		}
	}
	return nil
}

// read reads the columns from r. The vectors and the ids are slices of m
// when it is not nil: a reopen only slices them, and a question reads a
// few. Every id is checked to be below idsBelow as it is summed, so that
// the parts cut from the column need not read it again.
func (c *columns) read(r *summed, m *fileMap, idsBelow int) error {
	lr := &io.LimitedReader{R: r, N: r.size}
	var err error
	read := func(dst any) {
		if err != nil {
			return
		}
		switch d := dst.(type) {
		case *[]uint32:
			*d, err = readColumn[uint32](lr)
		case *[]float32:
			*d, err = readColumn[float32](lr)
		case *[]byte:
			*d, err = readColumn[byte](lr)
		}
	}
	read(&c.ParaSents)
	read(&c.ParaTerms)
	read(&c.ParaFigures)
	read(&c.SentStart)
	read(&c.SentEnd)
	read(&c.SentTerms)
	read(&c.VecLen)
	read(&c.VecScale)
	read(&c.SentFigures)
	if err == nil {
		c.IDs, c.idsBelow, err = r.ids(m, idsBelow)
	}
	if err == nil {
		c.Vecs, err = r.bytes(m)
	}
	read(&c.GroupAlts)
	read(&c.GroupEntity)
	read(&c.AltTerms)
	read(&c.TermLens)
	read(&c.GroupText)
	return err
}

type colValue interface{ ~uint32 | ~float32 | ~byte }

func writeColumn[T colValue](w io.Writer, s []T) error {
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(s)))
	if _, err := w.Write(n[:]); err != nil {
		return err
	}
	b := bytesOf(s)
	if bigEndian {
		b = swapped(b, int(unsafe.Sizeof(s[0])))
	}
	_, err := w.Write(b)
	return err
}

// offsetWriter is a writer that counts where in the file the next byte
// goes.
type offsetWriter struct {
	w  io.Writer
	At int64
}

func (o *offsetWriter) Write(p []byte) (int, error) {
	n, err := o.w.Write(p)
	o.At += int64(n)
	return n, err
}

// writeAlignedColumn writes a column of uint32 as writeColumn does, but
// with zero bytes between its count and its values so that the values
// start at a multiple of 4 in the file: mapped, they are then an array of
// uint32 as they are, aligned as Go needs.
func writeAlignedColumn(w *offsetWriter, s []uint32) error {
	n := binary.LittleEndian.AppendUint64(nil, uint64(len(s)))
	n = append(n, make([]byte, alignPad(w.At+8))...)
	if _, err := w.Write(n); err != nil {
		return err
	}
	b := bytesOf(s)
	if bigEndian {
		b = swapped(b, 4)
	}
	_, err := w.Write(b)
	return err
}

// alignPad is how many bytes from file offset at to the next multiple of 4.
func alignPad(at int64) int { return int(-at & 3) }

// readColumn reads one column from r, refusing a count beyond what r has
// left (a damaged file).
func readColumn[T colValue](r *io.LimitedReader) ([]T, error) {
	var n [8]byte
	if _, err := io.ReadFull(r, n[:]); err != nil {
		return nil, err
	}
	var zero T
	count, size := binary.LittleEndian.Uint64(n[:]), uint64(unsafe.Sizeof(zero))
	if count > uint64(r.N)/size {
		return nil, errors.New("snapshot: a column is longer than the file")
	}
	s := make([]T, count)
	b := bytesOf(s)
	if _, err := io.ReadFull(r, b); err != nil {
		return nil, fmt.Errorf("snapshot: %w", err)
	}
	if bigEndian {
		copy(b, swapped(b, int(size)))
	}
	return s, nil
}

// bytesOf is the memory of s, as bytes.
func bytesOf[T colValue](s []T) []byte {
	if len(s) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), len(s)*int(unsafe.Sizeof(s[0])))
}

// swapped returns b with the bytes of each value of size bytes reversed.
func swapped(b []byte, size int) []byte {
	out := make([]byte, len(b))
	for i := 0; i+size <= len(b); i += size {
		for k := range size {
			out[i+k] = b[i+size-1-k]
		}
	}
	return out
}

// int8s is b as int8s, without a copy: a snapshot's vectors are read as
// bytes and used as they are.
func int8s(b []byte) []int8 {
	if len(b) == 0 {
		return nil
	}
	return unsafe.Slice((*int8)(unsafe.Pointer(&b[0])), len(b))
}
