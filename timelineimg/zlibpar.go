package timelineimg

import (
	"bytes"
	"encoding/binary"
	"runtime"
	"sync"
)

// A picture's rows are compressed in parts at once, one a core: deflate
// was a third of a /timeline reply's time, on one core of two. Each part
// is a raw deflate stream that starts afresh (no match reaches back into
// the part before) and, but for the last, ends with a sync flush: an
// empty stored block that is not final, which leaves the stream on a
// byte boundary, so that the parts laid end to end are one deflate stream,
// as pigz makes them. zlib's header goes before and the Adler-32 of all
// the rows after; each part sums its own rows, and the sums are combined.
// Starting afresh costs a few hundred bytes a part.

// maxParts bounds the parts of one picture: more than this would each get
// too few rows to be worth a goroutine and a fresh start.
const maxParts = 4

// zlibHeader is zlib's header for a deflate stream with a 32 KiB window
// at the fastest level, as compress/zlib writes it at BestSpeed.
var zlibHeader = []byte{0x78, 0x01}

// deflater compresses one part; freeDeflaters keeps them between
// renders, as each holds a hash table and what the part's rows became,
// tens of kilobytes (see freeList).
type deflater struct {
	enc   rowDeflate
	out   []byte
	adler uint32
	size  int // bytes before compression
}

var freeDeflaters = newFreeList[*deflater](maxParts * rendersAtOnce)

func getDeflater() *deflater {
	if d := freeDeflaters.get(); d != nil {
		return d
	}
	return &deflater{}
}

// partsFor is how many parts a picture of h rows is compressed in: two a
// core when there is more than one. Parts are not equally hard (the title
// and the marks take longer than flat stripes), and with two a core the
// core that finishes first takes another: on 2 cores, 4 parts took
// 0.81 ms where 2 took 0.93.
func partsFor(h int) int {
	n := 1
	if p := runtime.GOMAXPROCS(0); p > 1 {
		n = 2 * p
	}
	return max(1, min(n, maxParts, h))
}

// compressRows compresses the canvas' rows, each after PNG's filter byte
// 0 (None), as a zlib stream in n parts compressed at once; n is cut to
// the number of rows. It returns the stream's pieces, in order, and a
// function that hands the parts' memory back once the pieces are written.
func (c *canvas) compressRows(n int) (pieces [][]byte, done func()) {
	return c.compressBands(evenBands(c.h, n), nil)
}

// bands are the parts a picture's rows are compressed in: part i is the
// pixel rows [at[i], at[i+1]). A part with a ready row above 0 may be
// compressed while the picture is still being drawn, once the drawing
// says the rows above ready[i] are final; the others once it is done.
type bands struct {
	at    []int
	ready []int
}

// evenBands is h rows in n parts of about as many rows (n is cut to h),
// compressed once the picture is drawn.
func evenBands(h, n int) bands {
	n = max(1, min(n, h))
	b := bands{at: make([]int, n+1), ready: make([]int, n)}
	for i := range b.at {
		b.at[i] = h * i / n
	}
	return b
}

// compressBands compresses the canvas' rows in the parts of b, as
// compressRows does, while draw, when not nil, paints them. A part that
// may be compressed while the drawing goes on is queued as soon as the
// drawing calls final with its ready row, the rest when draw returns; the
// queue is worked through, in that order, by a goroutine a core but one
// and, once the drawing is done, by the caller. Drawing and compressing
// overlap: on two cores, the rows drawn first are compressed while the
// rest are drawn.
//
// The parts left when the drawing is done are taken as a core comes free,
// the oldest first: with a goroutine a part, the caller compressed the top
// part and the bottom one while the last rows' part, the largest, waited
// for a core, and the other core, done with the first rows, sat idle (on
// BenchmarkRenderWide's picture that part started 150 us, a ninth of the
// render, after the drawing ended).
//
// The caller waits for the parts, not for the goroutines: one that has
// not started by the time the caller has compressed every part itself
// finds the queue empty when it does, and nothing waits for it. Waiting
// for it to end, as the caller did, was the slowest /timeline replies at
// 100,000 paragraphs: a goroutine that had compressed nothing started 2
// to 10 ms late (its core was taken by another process or by the
// collector's worker), and the reply waited for it all that time.
func (c *canvas) compressBands(b bands, draw func(final func(y int))) (pieces [][]byte, done func()) {
	n := len(b.at) - 1
	ds := make([]*deflater, n)
	done = func() {
		for _, d := range ds {
			if d != nil {
				freeDeflaters.put(d)
			}
		}
	}
	for i := range ds {
		ds[i] = getDeflater()
	}
	queue := make(chan int, n) // never full: each part is queued once
	var left sync.WaitGroup    // the parts not yet compressed
	left.Add(n)
	work := func() {
		for i := range queue {
			c.compressPart(ds[i], b.at[i], b.at[i+1], i == n-1)
			left.Done()
		}
	}
	for range min(runtime.GOMAXPROCS(0), n) - 1 {
		startWorker(work)
	}
	queued := make([]bool, n)
	if draw != nil {
		draw(func(y int) {
			for i := range n {
				if !queued[i] && b.ready[i] > 0 && b.ready[i] <= y {
					queued[i] = true
					queue <- i
				}
			}
		})
	}
	for i := range n {
		if !queued[i] {
			queue <- i
		}
	}
	close(queue)
	work()
	left.Wait()
	pieces = append(make([][]byte, 0, n+2), zlibHeader)
	adler := uint32(1) // the sum of nothing
	for _, d := range ds {
		pieces = append(pieces, d.out)
		adler = adler32Combine(adler, d.adler, d.size)
	}
	pieces = append(pieces, binary.BigEndian.AppendUint32(nil, adler))
	return pieces, done
}

// startWorker starts a goroutine that compresses parts; a test holds
// them back.
var startWorker = func(work func()) { go work() }

// compressPart compresses rows [y0, y1) into d, closing the stream if it
// is the last part and flushing it to a byte boundary if not.
func (c *canvas) compressPart(d *deflater, y0, y1 int, last bool) {
	stride := c.stride
	rows := c.pix[y0*stride : y1*stride] // each after its filter byte, as the canvas keeps them
	// A row the same as the one above (a quarter of a picture's: the
	// stripes, the gaps between lines of text) has the same sum, which is
	// added to the part's without summing its bytes again.
	adler, rowSum := uint32(1), uint32(0)
	for i := 0; i < len(rows); i += stride {
		row := rows[i : i+stride]
		if i == 0 || !bytes.Equal(row, rows[i-stride:i]) {
			rowSum = adler32Update(1, row)
		}
		adler = adler32Combine(adler, rowSum, stride)
	}
	d.size = len(rows)
	d.adler = adler
	d.out = d.enc.encode(d.out[:0], rows, stride, last)
}

// adlerMod is Adler-32's modulus, the largest prime below 2¹⁶.
const adlerMod = 65521

// adler32Combine is the Adler-32 of a followed by b, from a's sum, b's sum
// and b's length, as zlib's adler32_combine works it out: b's low half
// started at a's instead of 1, which adds a's low half less one to each
// of b's len2 running sums.
func adler32Combine(a, b uint32, len2 int) uint32 {
	rem := uint32(len2 % adlerMod)
	s1 := a & 0xffff
	s2 := rem * s1 % adlerMod
	s1 += b&0xffff + adlerMod - 1
	s2 += a>>16 + b>>16 + adlerMod - rem
	return (s2%adlerMod)<<16 | s1%adlerMod
}
