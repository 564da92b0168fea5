package engine

import (
	"bufio"
	"context"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"math"
	"os"
	"path/filepath"
	"sync"
	"unsafe"

	"github.com/coveragebot/coveragebot/knowledge"
)

// snapshotFile, beside the index, keeps what a restart would otherwise read,
// validate and analyze again: the sources and every article's part. It is
// used only while every fact base and text it was made from is unchanged
// (same path, size and modification time) and the index's manifest is the
// one it was made with, so a restart with nothing changed costs reading it.
const snapshotFile = "coveragebot.snapshot"

// snapshotVersion changes whenever the snapshot's layout or the analysis
// behind a part changes. It is the file's first line, so that a snapshot of
// another version is refused before anything else is read.
const snapshotVersion = "coveragebot-snapshot-45"

// The file is the version line, the length of the head (8 bytes, little
// endian) and the CRC-32C of the head and of the body (4 bytes each), then
// the head and the body, read at once. The head is a gob stream of what the
// Library needs (the sources, their texts as one string); the body a gob of
// the parts' small fields followed by their columns, long raw arrays read
// in one piece each: the parts are slices of them, not a million
// allocations. A damaged file fails its checksum and is not used.
type snapHead struct {
	Files []fileStamp // every fact base and text, in load order
	// Sources are stored without their paragraphs: source i has
	// Paras[i], which are text cut at ParaLens, in source order. text is
	// not gob's: it follows the gob, raw, so that writing it costs no copy
	// of every article's text.
	Sources  []*knowledge.Source
	Paras    []uint32
	text     string
	ParaLens []uint32
	// The sources' strings are not gob's either (it would allocate each
	// alone): they follow the text, one after another, StrLens long, and
	// the sources hold empty strings (knowledge.Source.SplitStrings).
	StrLens []uint32
	strs    []byte
	// Nor are their small slices (aliases, topics, paragraphs): the
	// sources hold none, and SliceLens and SliceParas give them back
	// (knowledge.Source.SplitSlices), cut from one array a source.
	SliceLens  []uint32
	SliceParas []uint32
}

type fileStamp struct {
	Path    string
	Size    int64
	ModTime int64
}

type snapBody struct {
	// The term table: terms and words in id order, each word's term id.
	// The terms and words are not gob's: they are the first NTerms and
	// NWords of the strings.
	NTerms, NWords int
	terms, words   []string
	WordTerm       []uint32
	Parts          []snapPart
	// cols are not gob's (unexported): they follow it, raw.
	cols columns
	// Nor are the body's strings (gob would allocate each alone): they
	// follow the columns, one after another, StrLens long: the terms, the
	// words, then each part's Article, Hash and IndexHash and its Quoted's
	// speakers, which the gob holds empty.
	StrLens []uint32
	strs    []byte
}

type snapPart struct {
	// IndexHash is what the index's manifest holds for the article when
	// the snapshot was made: its text is the snapshot's.
	Article, Hash, IndexHash string
	Words, InCompound, Alone uint32 // lengths in IDs
	Initials                 uint32 // length in IDs, its runs' lengths among them
	EventLens                []uint32
	QuoteLens                []uint32
	SpeakerLens              []uint32
	EventsAt                 []int32 // paragraph, event, paragraph, event…
	RoleParas                []int32
	RoleLens                 []uint32
	Quoted                   []snapQuote
	Groups                   uint32 // in the columns' GroupAlts
}

type snapQuote struct {
	Para    int32
	Speaker string
}

// stamps returns the files the sources were read from, with their size and
// modification time, or false when one cannot be stated.
func stamps(facts []string, sources []*knowledge.Source) ([]fileStamp, bool) {
	out, _, ok := statFiles(facts, sources)
	return out, ok
}

// statFiles is stamps with what os.Stat said of each file.
func statFiles(facts []string, sources []*knowledge.Source) ([]fileStamp, []os.FileInfo, bool) {
	var paths []string
	paths = append(paths, facts...)
	for _, s := range sources {
		paths = append(paths, s.Article.Path)
	}
	out := make([]fileStamp, 0, len(paths))
	infos := make([]os.FileInfo, 0, len(paths))
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, nil, false
		}
		out = append(out, fileStamp{Path: p, Size: fi.Size(), ModTime: fi.ModTime().UnixNano()})
		infos = append(infos, fi)
	}
	return out, infos, true
}

// loaded is a snapshot read back: the sources, whole again, and the body
// the parts are made of; m, when not nil, is the file mapped, which the
// sources' texts and the parts' vectors are slices of.
type loaded struct {
	sources []*knowledge.Source
	body    *snapBody
	m       *fileMap
	files   []fileStamp
	// parts and tt are made from the body alone while the head is still
	// being decoded (see readSnapshot): the reader the parts are cut
	// with, its arrays allocated, and the term table.
	parts *reader
	tt    *termTable
}

// close releases a snapshot that is not used after all: nothing may read
// its sources or body after.
func (l *loaded) close() { l.m.close() }

// loadSnapshot returns the snapshot at dir when it was made from exactly the
// files named (fact bases then texts, as stamps lists them) and reads back
// whole; an error saying why not otherwise, for any reason, and the caller
// loads afresh (an fs.ErrNotExist when there is none).
func loadSnapshot(dir string, facts []string) (*loaded, error) {
	snap, err := readSnapshotFile(dir)
	if err != nil {
		return nil, err
	}
	if err := snap.check(facts); err != nil {
		snap.close()
		return nil, err
	}
	return snap, nil
}

// readSnapshotFile is loadSnapshot but for the check that the files it was
// made from are those named, as they are now (loaded.check).
func readSnapshotFile(dir string) (*loaded, error) {
	f, err := os.Open(filepath.Join(dir, snapshotFile))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	buf := make([]byte, snapPrefix)
	v := len(snapshotVersion) + 1
	if _, err := io.ReadFull(f, buf); err != nil || string(buf[:v]) != snapshotVersion+"\n" {
		return nil, errors.New("snapshot: not of this version")
	}
	headLen := int64(binary.LittleEndian.Uint64(buf[v:]))
	headSum, bodySum := binary.LittleEndian.Uint32(buf[v+8:]), binary.LittleEndian.Uint32(buf[v+12:])
	if headLen <= 0 || snapPrefix+headLen >= fi.Size() {
		return nil, errors.New("snapshot: truncated")
	}
	bodyLen := fi.Size() - snapPrefix - headLen
	// The texts and vectors are slices of the file mapped, when it can be;
	// read into the heap when not.
	m, err := mapFile(f, fi.Size())
	if err != nil {
		m = nil
	}
	snap, err := readSnapshot(f, m, headLen, bodyLen, headSum, bodySum)
	if err != nil {
		m.close()
		return nil, err
	}
	return snap, nil
}

// readSnapshot reads the head and the body of the file, each checked
// against its sum, and cuts the sources' texts and strings back apart.
func readSnapshot(f *os.File, m *fileMap, headLen, bodyLen int64, headSum, bodySum uint32) (*loaded, error) {
	var head snapHead
	var body snapBody
	var herr, berr error
	var parts *reader
	var tt *termTable
	var wg sync.WaitGroup
	wg.Go(func() {
		r := newSummed(f, snapPrefix, headLen)
		if herr = gob.NewDecoder(r).Decode(&head); herr == nil {
			var text []byte
			text, herr = r.bytes(m)
			head.text = unsafe.String(unsafe.SliceData(text), len(text))
		}
		if herr == nil {
			head.strs, herr = r.bytes(nil)
		}
		herr = r.check(herr, headSum)
	})
	wg.Go(func() {
		r := newSummed(f, snapPrefix+headLen, bodyLen)
		if berr = gob.NewDecoder(r).Decode(&body); berr == nil {
			berr = body.cols.read(r, m, max(body.NTerms, body.NWords))
		}
		if berr == nil {
			body.strs, berr = r.bytes(nil)
		}
		if berr == nil {
			berr = body.joinStrings()
		}
		berr = r.check(berr, bodySum)
		if berr == nil {
			// The head, the sources in gob, takes some three times
			// as long to read as the body: what needs only the body
			// is made here meanwhile, not after, on the path of a
			// restart (at 100,000 paragraphs some 0.05 s of a core,
			// most of it the zeroing of the parts' arrays).
			parts = newReader(&body)
			tt = restoreTermTable(body.terms, body.words, body.WordTerm)
		}
	})
	wg.Wait()
	if err := errors.Join(herr, berr); err != nil {
		return nil, err
	}
	// The sources' slices, then their strings, all substrings of one.
	strs, lens := unsafe.String(unsafe.SliceData(head.strs), len(head.strs)), head.StrLens
	sliceLens, paras := head.SliceLens, head.SliceParas
	for _, s := range head.Sources {
		var ok bool
		if s == nil {
			return nil, errSnapshot
		}
		if sliceLens, paras, ok = s.JoinSlices(sliceLens, paras); !ok {
			return nil, errSnapshot
		}
		if strs, lens, ok = s.JoinStrings(strs, lens); !ok {
			return nil, errSnapshot
		}
	}
	if strs != "" || len(lens) != 0 || len(sliceLens) != 0 || len(paras) != 0 {
		return nil, errSnapshot
	}
	// The texts, cut back into paragraphs: substrings of one string.
	if len(head.Paras) != len(head.Sources) {
		return nil, errSnapshot
	}
	at, n := 0, 0
	for i, s := range head.Sources {
		if s == nil || s.Article == nil || int(head.Paras[i]) > len(head.ParaLens)-n {
			return nil, errSnapshot
		}
		paras := make([]string, 0, head.Paras[i])
		for range cap(paras) {
			if n >= len(head.ParaLens) || at+int(head.ParaLens[n]) > len(head.text) {
				return nil, errSnapshot
			}
			paras = append(paras, head.text[at:at+int(head.ParaLens[n])])
			at += int(head.ParaLens[n])
			n++
		}
		s.Article.Paragraphs = paras
	}
	if n != len(head.ParaLens) || at != len(head.text) {
		return nil, errSnapshot
	}
	return &loaded{sources: head.Sources, body: &body, m: m, files: head.Files, parts: parts, tt: tt}, nil
}

// check returns an error unless the snapshot was made from exactly the
// files named, as they are now; it stamps the sources with them.
func (l *loaded) check(facts []string) error {
	now, infos, ok := statFiles(facts, l.sources)
	if !ok || len(now) != len(l.files) {
		return errSnapshotStale
	}
	for i := range now {
		if now[i] != l.files[i] {
			return errSnapshotStale
		}
	}
	for i, s := range l.sources {
		if i < len(facts) && facts[i] == s.FactsPath && len(facts)+i < len(infos) {
			s.StampWith(infos[i], infos[len(facts)+i])
		} else {
			s.Restamp()
		}
	}
	return nil
}

// errSnapshotStale is a snapshot of other files than the configured ones,
// or of these as they were before a change.
var errSnapshotStale = errors.New("snapshot: the fact bases or texts changed since it was made")

// saveSnapshot writes the snapshot of an engine loaded from facts, through a
// temporary file renamed into place, so that a reader never sees half.
func saveSnapshot(dir string, facts []string, e *Engine) error {
	files, ok := stamps(facts, e.sources)
	if !ok {
		return errors.New("snapshot: a source file cannot be stated")
	}
	head := snapHead{Files: files}
	// Everything is sized first: at 100k paragraphs the columns are a
	// hundred megabytes, and growing them by appending would hold up to
	// twice that while the snapshot is written, at the build's peak.
	var size columns
	nParas := 0
	for _, s := range e.sources {
		nParas += len(s.Article.Paragraphs)
		size.count(e.vocab.parts[s.Article.ID])
	}
	head.Sources = make([]*knowledge.Source, 0, len(e.sources))
	head.Paras = make([]uint32, 0, len(e.sources))
	head.ParaLens = make([]uint32, 0, nParas)
	for _, s := range e.sources {
		// Paragraphs go in text, strings in strs; the source itself is
		// not changed.
		var c *knowledge.Source
		c, head.StrLens, head.strs = s.SplitStrings(head.StrLens, head.strs)
		head.SliceLens, head.SliceParas = c.SplitSlices(head.SliceLens, head.SliceParas)
		head.Paras = append(head.Paras, uint32(len(s.Article.Paragraphs)))
		head.Sources = append(head.Sources, c)
		for _, p := range s.Article.Paragraphs {
			head.ParaLens = append(head.ParaLens, uint32(len(p)))
		}
	}
	body := &snapBody{Parts: make([]snapPart, 0, len(e.sources)), cols: size.allocate()}
	terms, words, wordTerm := e.store.tt.tables()
	body.NTerms, body.NWords, body.WordTerm = len(terms), len(words), wordTerm
	body.terms, body.words = terms, words
	for _, t := range terms {
		body.putString(t)
	}
	for _, w := range words {
		body.putString(w)
	}
	for _, s := range e.sources {
		body.add(e.vocab.parts[s.Article.ID], s)
	}
	tmp, err := os.CreateTemp(dir, snapshotFile+".*")
	if err != nil {
		return fmt.Errorf("snapshot: %w", err)
	}
	err = writeSnapshot(tmp, &head, e.sources, body)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), filepath.Join(dir, snapshotFile))
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("snapshot: %w", err)
	}
	return nil
}

// snapPrefix is the length of what precedes the head: the version line,
// the head's length and the two checksums.
const snapPrefix = int64(len(snapshotVersion) + 1 + 8 + 4 + 4)

// writeSnapshot writes the prefix, the head (with the sources' texts after
// its gob) and the body.
func writeSnapshot(f *os.File, head *snapHead, sources []*knowledge.Source, body *snapBody) error {
	if _, err := f.Seek(snapPrefix, io.SeekStart); err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	headSum := crc32.New(castagnoli)
	w := io.MultiWriter(bw, headSum)
	if err := gob.NewEncoder(w).Encode(head); err != nil {
		return err
	}
	if err := writeText(w, sources); err != nil {
		return err
	}
	if err := writeColumn(w, head.strs); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	end, err := f.Seek(0, io.SeekCurrent)
	if err != nil {
		return err
	}
	bodySum := crc32.New(castagnoli)
	ow := &offsetWriter{w: io.MultiWriter(bw, bodySum), At: end}
	if err := gob.NewEncoder(ow).Encode(body); err != nil {
		return err
	}
	if err := body.cols.write(ow); err != nil {
		return err
	}
	if err := writeColumn(ow, body.strs); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	buf := binary.LittleEndian.AppendUint64([]byte(snapshotVersion+"\n"), uint64(end-snapPrefix))
	buf = binary.LittleEndian.AppendUint32(buf, headSum.Sum32())
	buf = binary.LittleEndian.AppendUint32(buf, bodySum.Sum32())
	_, err = f.WriteAt(buf, 0)
	return err
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// writeText writes every paragraph of the sources, in order, as one byte
// column (see writeColumn), without first joining them into one string.
func writeText(w io.Writer, sources []*knowledge.Source) error {
	n := 0
	for _, s := range sources {
		for _, p := range s.Article.Paragraphs {
			n += len(p)
		}
	}
	if _, err := w.Write(binary.LittleEndian.AppendUint64(nil, uint64(n))); err != nil {
		return err
	}
	for _, s := range sources {
		for _, p := range s.Article.Paragraphs {
			if _, err := io.WriteString(w, p); err != nil {
				return err
			}
		}
	}
	return nil
}

// summed reads a section of the file through a buffer, summing what it
// reads.
type summed struct {
	*bufio.Reader
	sum *countedSum
	// start and size are the section's in the file.
	start, size int64
}

// countedSum sums what is written to it, and counts it.
type countedSum struct {
	hash.Hash32
	n int64
}

func (c *countedSum) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	return c.Hash32.Write(p)
}

func newSummed(f io.ReaderAt, start, size int64) *summed {
	h := &countedSum{Hash32: crc32.New(castagnoli)}
	r := io.TeeReader(io.NewSectionReader(f, start, size), h)
	return &summed{Reader: bufio.NewReaderSize(r, 1<<20), sum: h, start: start, size: size}
}

// at is where the next byte read is, from the section's start.
func (s *summed) at() int64 { return s.sum.n - int64(s.Buffered()) }

// bytes reads the next byte column (see writeColumn). When the file is
// mapped, the column is the mapping's bytes, read through only to be
// summed: nothing of it is in the heap, and none of its pages is in this
// process's memory until something reads them. Otherwise it is read into
// the heap.
func (s *summed) bytes(m *fileMap) ([]byte, error) {
	if m == nil {
		return readColumn[byte](&io.LimitedReader{R: s, N: s.size})
	}
	var n [8]byte
	if _, err := io.ReadFull(s, n[:]); err != nil {
		return nil, fmt.Errorf("snapshot: %w", err)
	}
	count, at := binary.LittleEndian.Uint64(n[:]), s.at()
	if count > uint64(s.size-at) {
		return nil, errors.New("snapshot: a column is longer than the file")
	}
	if _, err := s.Discard(int(count)); err != nil {
		return nil, fmt.Errorf("snapshot: %w", err)
	}
	if count == 0 {
		return nil, nil
	}
	from := s.start + at
	return m.data[from : from+int64(count) : from+int64(count)], nil
}

// ids reads the ids' column (see writeAlignedColumn), checking that every
// id is below limit. When the file is mapped the column is the mapping's
// (at 100,000 paragraphs 21 MB that would otherwise be live in the heap,
// and grow by half again between collections while serving), and the
// check reads the values only as they pass through to be summed, so that
// none of their pages is in this process's memory until a question reads
// them; below is then limit. Otherwise the column is read into the heap,
// unchecked (below 0), and each part's ids are checked as they are cut.
func (s *summed) ids(m *fileMap, limit int) (ids []uint32, below int, err error) {
	var n [8]byte
	if _, err := io.ReadFull(s, n[:]); err != nil {
		return nil, 0, fmt.Errorf("snapshot: %w", err)
	}
	if _, err := s.Discard(alignPad(s.start + s.at())); err != nil {
		return nil, 0, fmt.Errorf("snapshot: %w", err)
	}
	count, at := binary.LittleEndian.Uint64(n[:]), s.at()
	if count > uint64(s.size-at)/4 {
		return nil, 0, errors.New("snapshot: a column is longer than the file")
	}
	if count == 0 {
		return nil, limit, nil
	}
	if m == nil {
		ids = make([]uint32, count)
		b := bytesOf(ids)
		if _, err := io.ReadFull(s, b); err != nil {
			return nil, 0, fmt.Errorf("snapshot: %w", err)
		}
		if bigEndian {
			copy(b, swapped(b, 4))
		}
		return ids, 0, nil
	}
	for left := int(count) * 4; left > 0; {
		b, err := s.Peek(min(left, s.Size()))
		if err != nil {
			return nil, 0, fmt.Errorf("snapshot: %w", err)
		}
		for i := 0; i+4 <= len(b); i += 4 {
			if int64(binary.LittleEndian.Uint32(b[i:])) >= int64(limit) {
				return nil, 0, errSnapshot
			}
		}
		s.Discard(len(b))
		left -= len(b)
	}
	from := s.start + at
	p := unsafe.Pointer(&m.data[from])
	if uintptr(p)%4 != 0 {
		return nil, 0, errors.New("snapshot: ids not aligned")
	}
	return unsafe.Slice((*uint32)(p), count), limit, nil
}

// check returns err, or an error when the section read was not whole or
// its sum is not want.
func (s *summed) check(err error, want uint32) error {
	if err != nil {
		return err
	}
	if n, _ := s.Discard(s.Buffered()); n > 0 {
		return errors.New("snapshot: trailing bytes")
	}
	if _, err := s.ReadByte(); err != io.EOF {
		return errors.New("snapshot: trailing bytes")
	}
	if s.sum.Sum32() != want {
		return errors.New("snapshot: checksum mismatch")
	}
	return nil
}

// add appends a part to the body's columns.
func (b *snapBody) add(p *part, s *knowledge.Source) {
	var sp snapPart
	b.putString(p.article)
	b.putString(p.hash)
	b.putString(indexHash(s))
	for _, pi := range p.paras {
		b.cols.ParaSents = append(b.cols.ParaSents, uint32(len(pi.sents)))
		b.cols.ParaTerms = append(b.cols.ParaTerms, uint32(len(pi.terms)))
		b.cols.ParaFigures = append(b.cols.ParaFigures, pi.figures)
		b.cols.IDs = append(b.cols.IDs, pi.terms...)
		for i, st := range pi.sents {
			vec := pi.vector(i)
			b.cols.SentStart = append(b.cols.SentStart, uint32(st.start))
			b.cols.SentEnd = append(b.cols.SentEnd, uint32(st.end))
			b.cols.SentTerms = append(b.cols.SentTerms, st.nIDs)
			b.cols.VecLen = append(b.cols.VecLen, uint32(len(vec.q)))
			b.cols.VecScale = append(b.cols.VecScale, vec.scale)
			b.cols.SentFigures = append(b.cols.SentFigures, st.figures)
			b.cols.IDs = append(b.cols.IDs, st.terms()...)
			for _, x := range vec.q {
				b.cols.Vecs = append(b.cols.Vecs, byte(x))
			}
		}
	}
	sp.Words, sp.InCompound, sp.Alone = uint32(len(p.words)), uint32(len(p.inCompound)), uint32(len(p.alone))
	b.cols.IDs = append(b.cols.IDs, p.words...)
	b.cols.IDs = append(b.cols.IDs, p.inCompound...)
	b.cols.IDs = append(b.cols.IDs, p.alone...)
	sp.Initials = uint32(len(p.initials))
	b.cols.IDs = append(b.cols.IDs, p.initials...)
	for _, qt := range p.quotes {
		sp.QuoteLens = append(sp.QuoteLens, uint32(len(qt)))
		b.cols.IDs = append(b.cols.IDs, qt...)
	}
	for _, st := range p.speakers {
		sp.SpeakerLens = append(sp.SpeakerLens, uint32(len(st)))
		b.cols.IDs = append(b.cols.IDs, st...)
	}
	for _, ev := range p.events {
		sp.EventLens = append(sp.EventLens, uint32(len(ev.terms)))
		b.cols.IDs = append(b.cols.IDs, ev.terms...)
	}
	for _, ea := range p.eventsAt {
		sp.EventsAt = append(sp.EventsAt, ea.para, ea.event)
	}
	for _, r := range p.roles {
		sp.RoleParas = append(sp.RoleParas, r.para)
		sp.RoleLens = append(sp.RoleLens, uint32(len(r.terms)))
		b.cols.IDs = append(b.cols.IDs, r.terms...)
	}
	for _, q := range p.quoted {
		sp.Quoted = append(sp.Quoted, snapQuote{Para: q.para})
		b.putString(q.speaker)
	}
	for _, g := range p.groups {
		idx := noEntity
		for i := range s.Entities {
			if &s.Entities[i] == g.entity {
				idx = uint32(i)
			}
		}
		b.cols.GroupAlts = append(b.cols.GroupAlts, uint32(len(g.alts)))
		b.cols.GroupEntity = append(b.cols.GroupEntity, idx)
		for _, a := range g.alts {
			b.cols.AltTerms = append(b.cols.AltTerms, uint32(len(a)))
			for _, t := range a {
				b.cols.TermLens = append(b.cols.TermLens, uint32(len(t)))
				b.cols.GroupText = append(b.cols.GroupText, t...)
			}
		}
		sp.Groups++
	}
	b.Parts = append(b.Parts, sp)
}

// putString appends a string to the body's strings.
func (b *snapBody) putString(s string) {
	b.StrLens = append(b.StrLens, uint32(len(s)))
	b.strs = append(b.strs, s...)
}

// joinStrings gives the body read back its strings, in the order
// saveSnapshot and add put them, all substrings of one: errSnapshot when
// they run out or are left over.
func (b *snapBody) joinStrings() error {
	all, lens := unsafe.String(unsafe.SliceData(b.strs), len(b.strs)), b.StrLens
	ok := true
	next := func() string {
		if len(lens) == 0 || int(lens[0]) > len(all) {
			ok = false
			return ""
		}
		s := all[:lens[0]]
		all, lens = all[lens[0]:], lens[1:]
		return s
	}
	if b.NTerms < 0 || b.NWords < 0 || b.NTerms+b.NWords > len(lens) {
		return errSnapshot
	}
	b.terms, b.words = make([]string, b.NTerms), make([]string, b.NWords)
	for i := range b.terms {
		b.terms[i] = next()
	}
	for i := range b.words {
		b.words[i] = next()
	}
	for i := range b.Parts {
		sp := &b.Parts[i]
		sp.Article, sp.Hash, sp.IndexHash = next(), next(), next()
		for j := range sp.Quoted {
			sp.Quoted[j].Speaker = next()
		}
	}
	if !ok || all != "" || len(lens) != 0 {
		return errSnapshot
	}
	return nil
}

// errSnapshot is a body whose columns do not add up: the snapshot is not
// used.
var errSnapshot = errors.New("snapshot: inconsistent")

// noEntity is the entity of a group that names none.
const noEntity = ^uint32(0)

// reader hands out the body's columns in the order add wrote them.
type reader struct {
	b                          *snapBody
	para, sent, ids, vecs, err int
	// group, alt, term and text are where the next part's groups start
	// in the groups' columns, text in GroupText.
	group, alt, term, text int
	// The parts are cut from one array of each of their kinds for the
	// whole snapshot, not one a part: at 100,000 paragraphs, 40,000
	// objects fewer for the collector to mark at every cycle. paras,
	// sents, alts and terms are as long as their columns and read at the
	// same place; the others are what is left of theirs.
	paras    []paraInfo
	sents    []sentInfo
	alts     [][]string
	terms    []string
	parts    []part
	sets     []termSet // quotes' and speakers'
	events   []eventTerms
	eventsAt []eventAt
	roles    []roleTerms
	quoted   []quotedAt
	quoteAt  []int32
	named    []namedGroup
}

// newReader returns a reader of b's parts, with the arrays they are cut
// from.
func newReader(b *snapBody) *reader {
	c := &b.cols
	r := &reader{b: b, paras: make([]paraInfo, len(c.ParaSents)), sents: make([]sentInfo, len(c.SentStart)),
		alts: make([][]string, len(c.AltTerms)), terms: make([]string, len(c.TermLens)), parts: make([]part, len(b.Parts))}
	var sets, events, eventsAt, roles, quoted, quotes, named int
	for i := range b.Parts {
		sp := &b.Parts[i]
		sets += len(sp.QuoteLens) + len(sp.SpeakerLens)
		events += len(sp.EventLens)
		eventsAt += len(sp.EventsAt) / 2
		roles += len(sp.RoleLens)
		quoted += len(sp.Quoted)
		quotes += len(sp.QuoteLens)
		named += int(sp.Groups)
	}
	r.sets, r.events, r.eventsAt = make([]termSet, sets), make([]eventTerms, events), make([]eventAt, eventsAt)
	r.roles, r.quoted, r.quoteAt = make([]roleTerms, roles), make([]quotedAt, quoted), make([]int32, quotes)
	r.named = make([]namedGroup, named)
	return r
}

// carve returns the first n of *all, which is then what follows them:
// nil when n is 0, as appending nothing gives, and an array of its own
// when *all is short.
func carve[T any](all *[]T, n int) []T {
	switch {
	case n == 0:
		return nil
	case n > len(*all):
		return make([]T, n)
	}
	s := (*all)[:n:n]
	*all = (*all)[n:]
	return s
}

// take returns the next n ids, terms' ids, as a set: a slice of IDs that
// appending to cannot overwrite.
func (r *reader) take(n uint32) termSet {
	return termSet(r.takeBelow(n, len(r.b.terms)))
}

// takeWords returns the next n ids, words' ids.
func (r *reader) takeWords(n uint32) []uint32 {
	return r.takeBelow(n, len(r.b.words))
}

// takeBelow returns the next n ids, each of which must be below limit.
func (r *reader) takeBelow(n uint32, limit int) []uint32 {
	if r.err != 0 || r.ids+int(n) > len(r.b.cols.IDs) {
		r.err = 1
		return nil
	}
	if n == 0 {
		return nil
	}
	s := r.b.cols.IDs[r.ids : r.ids+int(n) : r.ids+int(n)]
	r.ids += int(n)
	if below := r.b.cols.idsBelow; below > 0 && limit >= below {
		// The whole column was checked as it was read.
		return s
	}
	for _, id := range s {
		if int(id) >= limit {
			r.err = 1
			return nil
		}
	}
	return s
}

// part makes the next part, of source s.
func (r *reader) part(sp *snapPart, s *knowledge.Source) (*part, error) {
	b := r.b
	np := len(s.Article.Paragraphs)
	if r.para+np > len(b.cols.ParaSents) {
		return nil, errSnapshot
	}
	ns := 0
	for _, k := range b.cols.ParaSents[r.para : r.para+np] {
		ns += int(k)
	}
	if r.sent+ns > len(b.cols.SentStart) {
		return nil, errSnapshot
	}
	p := &r.parts[0]
	r.parts = r.parts[1:]
	*p = part{article: sp.Article, hash: sp.Hash, paras: r.paras[r.para : r.para+np : r.para+np]}
	sents := r.sents[r.sent : r.sent+ns : r.sent+ns]
	for n := range p.paras {
		text := s.Article.Paragraphs[n]
		pi := &p.paras[n]
		k := int(b.cols.ParaSents[r.para])
		*pi = paraInfo{text: text, figures: b.cols.ParaFigures[r.para], sents: sents[:k:k]}
		sents = sents[k:]
		pi.terms = r.take(b.cols.ParaTerms[r.para])
		r.para++
		// The paragraph's vectors are the next of Vecs, one after another.
		vecs := r.vecs
		for i := range pi.sents {
			st := &pi.sents[i]
			start, end := b.cols.SentStart[r.sent], b.cols.SentEnd[r.sent]
			if start > end || int(end) > len(text) {
				return nil, errSnapshot
			}
			st.start, st.end = int32(start), int32(end)
			st.setTerms(r.take(b.cols.SentTerms[r.sent]))
			st.figures = b.cols.SentFigures[r.sent]
			if d := int(b.cols.VecLen[r.sent]); d > 0 {
				if r.vecs+d > len(b.cols.Vecs) || d > math.MaxUint16 {
					return nil, errSnapshot
				}
				st.vecAt, st.vecLen, st.scale = uint32(r.vecs-vecs), uint16(d), b.cols.VecScale[r.sent]
				r.vecs += d
			}
			r.sent++
		}
		if r.vecs > vecs {
			pi.vecs, pi.nVecs = &int8s(b.cols.Vecs[vecs:r.vecs])[0], uint32(r.vecs-vecs)
		}
	}
	p.words = r.takeWords(sp.Words)
	p.inCompound, p.alone = r.take(sp.InCompound), r.take(sp.Alone)
	p.initials = r.take(sp.Initials)
	p.quotes = carve(&r.sets, len(sp.QuoteLens))
	for i, n := range sp.QuoteLens {
		p.quotes[i] = r.take(n)
	}
	p.speakers = carve(&r.sets, len(sp.SpeakerLens))
	for i, n := range sp.SpeakerLens {
		p.speakers[i] = r.take(n)
	}
	if len(sp.EventLens) != len(s.Events) {
		return nil, errSnapshot
	}
	p.events = carve(&r.events, len(sp.EventLens))
	for i, n := range sp.EventLens {
		p.events[i] = eventTerms{terms: r.take(n), clocks: clocksOf(s.Events[i].Summary)}
	}
	if len(sp.EventsAt)%2 != 0 {
		return nil, errSnapshot
	}
	p.eventsAt = carve(&r.eventsAt, len(sp.EventsAt)/2)
	for i := range p.eventsAt {
		ea := eventAt{para: sp.EventsAt[2*i], event: sp.EventsAt[2*i+1]}
		if ea.event < 0 || int(ea.event) >= len(p.events) {
			return nil, errSnapshot
		}
		p.eventsAt[i] = ea
	}
	if len(sp.RoleParas) != len(sp.RoleLens) {
		return nil, errSnapshot
	}
	p.roles = carve(&r.roles, len(sp.RoleLens))
	for i, n := range sp.RoleLens {
		p.roles[i] = roleTerms{para: sp.RoleParas[i], terms: r.take(n)}
	}
	p.quoted = carve(&r.quoted, len(sp.Quoted))
	for i, q := range sp.Quoted {
		p.quoted[i] = quotedAt{para: q.Para, speaker: q.Speaker}
	}
	if len(s.Quotes) != len(p.quotes) || len(p.speakers) != len(p.quotes) {
		return nil, errSnapshot
	}
	p.quoteParas = carve(&r.quoteAt, len(s.Quotes))
	for i, q := range s.Quotes {
		p.quoteParas[i] = int32(q.Paragraph)
	}
	if err := r.groups(p, sp.Groups, s); err != nil {
		return nil, err
	}
	if r.err != 0 {
		return nil, errSnapshot
	}
	return p, nil
}

// groups gives p its n groups of names from the columns: their terms are
// substrings of GroupText, and their alternatives and terms slices of the
// reader's arrays, not an object each.
func (r *reader) groups(p *part, n uint32, s *knowledge.Source) error {
	c := &r.b.cols
	if r.group+int(n) > len(c.GroupAlts) {
		return errSnapshot
	}
	nAlts := 0
	for _, k := range c.GroupAlts[r.group : r.group+int(n)] {
		nAlts += int(k)
	}
	if r.alt+nAlts > len(c.AltTerms) {
		return errSnapshot
	}
	nTerms := 0
	for _, k := range c.AltTerms[r.alt : r.alt+nAlts] {
		nTerms += int(k)
	}
	if r.term+nTerms > len(c.TermLens) {
		return errSnapshot
	}
	text := unsafe.String(unsafe.SliceData(c.GroupText), len(c.GroupText))
	terms := r.terms[r.term : r.term+nTerms : r.term+nTerms]
	for i := range terms {
		l := int(c.TermLens[r.term])
		if r.text+l > len(text) {
			return errSnapshot
		}
		terms[i] = text[r.text : r.text+l]
		r.term++
		r.text += l
	}
	alts := r.alts[r.alt : r.alt+nAlts : r.alt+nAlts]
	for i := range alts {
		k := int(c.AltTerms[r.alt])
		alts[i], terms = terms[:k:k], terms[k:]
		r.alt++
	}
	named, kept := carve(&r.named, int(n)), 0
	for range n {
		k, e := int(c.GroupAlts[r.group]), c.GroupEntity[r.group]
		r.group++
		g := alts[:k:k]
		alts = alts[k:]
		if e != noEntity && int(e) < len(s.Entities) {
			named[kept] = namedGroup{alts: g, entity: &s.Entities[e]}
			kept++
		}
	}
	if kept > 0 {
		p.groups = named[:kept:kept]
	}
	return nil
}

// columnsOK reports whether the columns of each paragraph, and of each
// sentence, are as long as one another.
func (b *snapBody) columnsOK() bool {
	return len(b.cols.ParaTerms) == len(b.cols.ParaSents) && len(b.cols.ParaFigures) == len(b.cols.ParaSents) &&
		len(b.cols.SentEnd) == len(b.cols.SentStart) && len(b.cols.SentTerms) == len(b.cols.SentStart) &&
		len(b.cols.VecLen) == len(b.cols.SentStart) && len(b.cols.VecScale) == len(b.cols.SentStart) && len(b.cols.SentFigures) == len(b.cols.SentStart) &&
		len(b.cols.GroupEntity) == len(b.cols.GroupAlts) && len(b.WordTerm) == len(b.words) && len(b.terms) > 0 && b.terms[0] == ""
}

// check reports whether every column was read to its end and every word
// has a term of the table.
func (r *reader) check() bool {
	b := r.b
	if r.para != len(b.cols.ParaSents) || r.sent != len(b.cols.SentStart) || r.ids != len(b.cols.IDs) || r.vecs != len(b.cols.Vecs) ||
		r.group != len(b.cols.GroupAlts) || r.alt != len(b.cols.AltTerms) || r.term != len(b.cols.TermLens) || r.text != len(b.cols.GroupText) {
		return false
	}
	for _, id := range b.WordTerm {
		if id >= uint32(len(b.terms)) {
			return false
		}
	}
	return true
}

// snapParts cuts the sources' parts from the snapshot's body; false when
// it does not add up.
func snapParts(snap *loaded) ([]*part, bool) {
	b := snap.body
	r := snap.parts
	if r == nil {
		r = newReader(b)
	}
	snap.parts = nil // a reader cuts each part once
	parts := make([]*part, len(b.Parts))
	for i := range b.Parts {
		if b.Parts[i].Article != snap.sources[i].Article.ID {
			return nil, false
		}
		var err error
		if parts[i], err = r.part(&b.Parts[i], snap.sources[i]); err != nil {
			return nil, false
		}
	}
	return parts, r.check()
}

// reopen builds the engine from a snapshot over the index at path, when the
// index holds exactly what the snapshot was made with; false when anything
// differs, and the caller loads afresh.
func reopen(ctx context.Context, snap *loaded, path string) (*Engine, bool) {
	b := snap.body
	if len(b.Parts) != len(snap.sources) || !b.columnsOK() {
		return nil, false
	}
	// The index opens (once the lexicon, which the store keeps, is
	// loaded) while the parts are cut from the snapshot: neither needs
	// the other, and one after the other they were two waits on the path
	// of a restart.
	opened := make(chan *store, 1)
	go func() {
		var st *store
		if lex, err := loadLexicon(); err == nil {
			st, _ = openStore(path, lex)
		}
		opened <- st
	}()
	parts, ok := snapParts(snap)
	st := <-opened
	if st == nil {
		return nil, false
	}
	if !ok || len(st.manifest.Articles) != len(parts) {
		st.index.Close()
		return nil, false
	}
	for i, s := range snap.sources {
		m, ok := st.manifest.Articles[s.Article.ID]
		if !ok || m.Hash != b.Parts[i].IndexHash {
			st.index.Close()
			return nil, false
		}
	}
	st.tt = snap.tt
	if st.tt == nil {
		st.tt = restoreTermTable(b.terms, b.words, b.WordTerm)
	}
	st.snap = snap.m
	for _, p := range parts {
		st.parts[p.article] = p
	}
	if ctx.Err() != nil {
		st.index.Close()
		return nil, false
	}
	return st.newEngine(snap.sources, parts, 0), true
}
