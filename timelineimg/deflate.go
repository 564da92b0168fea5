package timelineimg

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"slices"
)

// rowDeflate is a deflate encoder (RFC 1951) made for a picture's rows,
// each after its filter byte, one after another. A general one, as
// klauspost/compress's fastest level is, looks for a repeat of every few
// bytes through a large hash table, which missed the cache and was half
// of a render's time; here most of a picture is the row above again (the
// stripes, the gridlines, the gaps between lines of text) or a run of one
// colour, so those are tried first at each byte, four bytes at once, and
// a small hash table only where neither reaches far: in the letters, which
// repeat along a row as the same letter is written again. A row the same
// as the one above is not looked at byte by byte at all (see scan).
//
// The literals and matches are coded with Huffman codes made for each
// block (deflate's dynamic blocks), as a general encoder does.
type rowDeflate struct {
	table  [1 << hashBits]int32 // position+cur of the last 4 bytes with each hash
	cur    int                  // added to a position in table; see encode
	toks   []uint32             // the block's literals and matches, see token
	litLen [numLitLen]uint32    // the block's frequencies, by code
	dist   [numDist]uint32
	bw     bitWriter
	h      huffScratch
}

const (
	hashBits = 13
	// longEnough is a match of the row above or a run long enough that
	// the hash table is not asked for a longer one.
	longEnough = 16
	// maxMatch and minMatch are deflate's longest and shortest match;
	// this encoder takes none shorter than 4 bytes, but splits a long one
	// into pieces of 3 or more.
	maxMatch = 258
	minMatch = 3
	// window is how far back a match may reach.
	window = 1 << 15
	// blockTokens is how many literals and matches a block holds at most:
	// a new block adapts its codes to the rows it covers, for the cost of
	// its header, 60 to 100 bytes.
	blockTokens = 1 << 13
	numLitLen   = 286
	numDist     = 30
	endOfBlock  = 256
	// noDist is the distance code of a literal's token: none, whose code
	// and extra bits are of no length.
	noDist = 31
)

// token is a literal or a match as its block writes it, from the lowest
// bits up: its literal or length code, the length's extra bits (5 at
// most), its distance code (noDist for a literal) and the distance's
// extra bits (13 at most).
func token(sym, lenExtra, dist, distExtra int) uint32 {
	return uint32(sym) | uint32(lenExtra)<<9 | uint32(dist)<<14 | uint32(distExtra)<<19
}

// encode compresses src, rows of stride bytes (the row above is stride
// bytes back), as raw deflate blocks appended to out. The last block is
// final when final is set; otherwise the blocks end with a sync flush, an
// empty stored block, which leaves the stream on a byte boundary, so that
// another part's blocks may follow.
func (d *rowDeflate) encode(out, src []byte, stride int, final bool) []byte {
	// The hash table is not cleared: a position from an earlier encode
	// lies more than a window before any of this one's, as cur grows by
	// more than a window each time, and is passed over.
	if d.cur > 1<<30 {
		clear(d.table[:])
		d.cur = 0
	}
	d.cur += window + 1
	d.bw = bitWriter{out: out}
	d.toks = d.toks[:0]
	up := stride
	if up > window {
		up = 0 // no row above within reach
	}
	d.scan(src, up)
	d.cur += len(src)
	d.block(final)
	if !final {
		d.bw.write(0, 3) // a stored block, not final
		d.bw.align()
		d.bw.out = append(d.bw.out, 0, 0, 0xff, 0xff) // of no bytes
	} else {
		d.bw.align()
	}
	return d.bw.out
}

// scan turns src into tokens, writing a block whenever enough are
// gathered; up is the distance of the row above (src holds whole rows of
// that length), or 0 for none.
//
// A row the same as the one above (a third of a picture's) is not looked
// at byte by byte: it and those like it after it are one match with the
// row above, found by comparing whole rows, which bytes.Equal does many
// bytes at a time. The other rows are scanned a row at a time (see
// scanTo), a match running on into the next.
func (d *rowDeflate) scan(src []byte, up int) {
	end := len(src)
	p := 0
	for p+4 <= end {
		if len(d.toks) >= blockTokens {
			d.block(false)
		}
		if up == 0 { // no rows to go by: a block's worth at a time
			p = d.scanTo(src, p, min(p+blockTokens, end-3), 0)
			continue
		}
		rowEnd := (p/up + 1) * up
		rs := rowEnd - up
		if rowEnd-p < minMatch || rs < up || rowEnd > end || !bytes.Equal(src[rs:rowEnd], src[rs-up:rs]) {
			p = d.scanTo(src, p, min(rowEnd, end-3), up)
			continue
		}
		e := rowEnd
		for e+up <= end && bytes.Equal(src[e:e+up], src[e-up:e]) {
			e += up
		}
		for l := e - p; l > 0; {
			n := min(l, maxMatch)
			if l-n > 0 && l-n < minMatch {
				n = l - minMatch // so that the last piece is long enough
			}
			d.toks = appendMatch(d.toks, &d.litLen, &d.dist, n, up)
			l -= n
		}
		p = e
	}
	for ; p < end; p++ {
		d.toks = append(d.toks, token(int(src[p]), 0, noDist, 0))
		d.litLen[src[p]]++
	}
}

// scanTo turns src from p into tokens while p is below lim, at most
// len(src)-3, and returns where the last token ends; up is as for scan.
// At each byte it tries a run of the byte before, then the row above,
// then the last place the next 4 bytes were seen, and takes the longest
// match if one reaches 4 bytes.
func (d *rowDeflate) scanTo(src []byte, p, lim, up int) int {
	toks := d.toks
	cur := d.cur
	for p < lim {
		n := min(maxMatch, len(src)-p)
		x := binary.LittleEndian.Uint32(src[p : p+4])
		best, dist := 0, 0
		if p >= 1 && x == binary.LittleEndian.Uint32(src[p-1:p+3]) {
			best, dist = 4+matchLen(src[p+4:p+n], src[p+3:]), 1
		}
		if up > 0 && best < n && p >= up && x == binary.LittleEndian.Uint32(src[p-up:p-up+4]) {
			if l := 4 + matchLen(src[p+4:p+n], src[p-up+4:]); l > best {
				best, dist = l, up
			}
		}
		if best < longEnough {
			h := hash4(x)
			cand := int(d.table[h]) - cur
			d.table[h] = int32(p + cur)
			if p-cand <= window && x == binary.LittleEndian.Uint32(src[cand:cand+4]) {
				if l := 4 + matchLen(src[p+4:p+n], src[cand+4:]); l > best {
					best, dist = l, p-cand
				}
			}
		}
		if best == 0 {
			b := src[p]
			toks = append(toks, token(int(b), 0, noDist, 0))
			d.litLen[b]++
			p++
			continue
		}
		// appendMatch, written out: the compiler would not inline it.
		lc := int(lengthCode[best-minMatch])
		dc := int(distCode(dist - 1))
		d.litLen[257+lc]++
		d.dist[dc]++
		toks = append(toks, token(257+lc, best-int(lengthBase[lc]), dc, dist-int(distBase[dc])))
		p += best
	}
	d.toks = toks
	return p
}

// appendMatch appends a match's token to toks and counts its codes.
func appendMatch(toks []uint32, lf *[numLitLen]uint32, df *[numDist]uint32, length, dist int) []uint32 {
	lc := int(lengthCode[length-minMatch])
	dc := int(distCode(dist - 1))
	lf[257+lc]++
	df[dc]++
	return append(toks, token(257+lc, length-int(lengthBase[lc]), dc, dist-int(distBase[dc])))
}

// hash4 is the hash of 4 bytes, as a little-endian word.
func hash4(u uint32) uint32 { return (u * 2654435761) >> (32 - hashBits) }

// matchLen is how many bytes from the start a and b share, up to len(a);
// b is at least as long as a. (Here, and in scanTo, bytes are read through
// slices of a length the compiler knows, which it makes without the
// checks and masking of one that runs to the end.)
func matchLen(a, b []byte) int {
	b = b[:len(a)]
	k := 0
	for ; k+8 <= len(a); k += 8 {
		if x := binary.LittleEndian.Uint64(a[k:k+8]) ^ binary.LittleEndian.Uint64(b[k:k+8]); x != 0 {
			return k + bits.TrailingZeros64(x)>>3
		}
	}
	for ; k < len(a); k++ {
		if a[k] != b[k] {
			return k
		}
	}
	return len(a)
}

// distCode is the code of a distance less 1, as zlib finds it: from a
// table of the first 256, and from the same table by the distance's top
// bits past them.
func distCode(d int) uint8 {
	if d < 256 {
		return distCodeLow[d]
	}
	return distCodeLow[d>>7] + 14
}

// The lengths and distances of deflate's codes: where each starts and how
// many extra bits follow it (RFC 1951 §3.2.5).
var (
	lengthBase  = [29]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lengthExtra = [29]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase    = [30]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	distExtra   = [30]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}

	// lengthCode is the code, less 257, of each length less minMatch.
	lengthCode = func() (t [maxMatch - minMatch + 1]uint8) {
		for c := len(lengthBase) - 1; c >= 0; c-- {
			for l := int(lengthBase[c]); l < int(lengthBase[c])+1<<lengthExtra[c] && l <= maxMatch; l++ {
				if t[l-minMatch] == 0 {
					t[l-minMatch] = uint8(c)
				}
			}
		}
		return t
	}()
	// distCodeLow is the code of each distance less 1 below 256.
	distCodeLow = func() (t [256]uint8) {
		for c := range 16 {
			for d := int(distBase[c]) - 1; d < int(distBase[c])-1+1<<distExtra[c] && d < 256; d++ {
				t[d] = uint8(c)
			}
		}
		return t
	}()
)

// codeOrder is the order the code length code's lengths are written in.
var codeOrder = [19]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

// block writes the tokens gathered so far as a block with codes made for
// them (RFC 1951 §3.2.7), and starts the next.
func (d *rowDeflate) block(final bool) {
	d.litLen[endOfBlock]++
	var litLens [numLitLen]uint8
	var distLens [numDist]uint8
	var litCodes [numLitLen]uint16
	var distCodes [numDist]uint16
	d.h.lengths(d.litLen[:], 15, litLens[:])
	d.h.lengths(d.dist[:], 15, distLens[:])
	codes(litLens[:], litCodes[:])
	codes(distLens[:], distCodes[:])
	nLit, nDist := numLitLen, numDist
	for nLit > 257 && litLens[nLit-1] == 0 {
		nLit--
	}
	for nDist > 1 && distLens[nDist-1] == 0 {
		nDist--
	}

	// The two codes' lengths, one sequence, run-length coded, and the
	// code of that.
	var all [numLitLen + numDist]uint8
	n := copy(all[:], litLens[:nLit])
	n += copy(all[n:], distLens[:nDist])
	var rl [numLitLen + numDist]uint16 // symbol | its extra bits' value << 8
	var clFreq [19]uint32
	m := 0
	for i := 0; i < n; {
		v := all[i]
		run := 1
		for i+run < n && all[i+run] == v {
			run++
		}
		i += run
		switch {
		case v == 0 && run >= 3: // zeros, 3 to 10 (17) or 11 to 138 (18)
			for run >= 3 {
				if r := min(run, 138); r >= 11 {
					rl[m], run = 18|uint16(r-11)<<8, run-r
				} else {
					rl[m], run = 17|uint16(r-3)<<8, run-r
				}
				clFreq[rl[m]&0xff]++
				m++
			}
		case v != 0 && run >= 4: // a length, then 3 to 6 more of it (16)
			rl[m] = uint16(v)
			clFreq[v]++
			m++
			run--
			for run >= 3 {
				r := min(run, 6)
				rl[m], run = 16|uint16(r-3)<<8, run-r
				clFreq[16]++
				m++
			}
		}
		for ; run > 0; run-- {
			rl[m] = uint16(v)
			clFreq[v]++
			m++
		}
	}
	var clLens [19]uint8
	var clCodes [19]uint16
	d.h.lengths(clFreq[:], 7, clLens[:])
	codes(clLens[:], clCodes[:])
	nCL := 19
	for nCL > 4 && clLens[codeOrder[nCL-1]] == 0 {
		nCL--
	}

	w := &d.bw
	fin := uint64(0)
	if final {
		fin = 1
	}
	w.write(fin|2<<1, 3) // final or not, dynamic codes
	w.write(uint64(nLit-257), 5)
	w.write(uint64(nDist-1), 5)
	w.write(uint64(nCL-4), 4)
	for _, s := range codeOrder[:nCL] {
		w.write(uint64(clLens[s]), 3)
	}
	for _, r := range rl[:m] {
		s := r & 0xff
		w.write(uint64(clCodes[s]), uint(clLens[s]))
		switch s {
		case 16:
			w.write(uint64(r>>8), 2)
		case 17:
			w.write(uint64(r>>8), 3)
		case 18:
			w.write(uint64(r>>8), 7)
		}
	}
	d.writeTokens(&litLens, &litCodes, &distLens, &distCodes)
	w.write(uint64(litCodes[endOfBlock]), uint(litLens[endOfBlock]))
	d.toks = d.toks[:0]
	clear(d.litLen[:])
	clear(d.dist[:])
}

// writeTokens writes the block's tokens with the codes of the given
// lengths. Each is written the same way, a literal's distance being of no
// bits, from tables made for the block, without a branch: writing them
// was a third of compressing.
func (d *rowDeflate) writeTokens(litLens *[numLitLen]uint8, litCodes *[numLitLen]uint16, distLens *[numDist]uint8, distCodes *[numDist]uint16) {
	var lc [512]uint16
	var lb, ln [512]uint8 // the code's bits, and with its extra bits
	for s := range numLitLen {
		lc[s], lb[s], ln[s] = litCodes[s], litLens[s], litLens[s]
		if s > endOfBlock {
			ln[s] += lengthExtra[s-endOfBlock-1]
		}
	}
	var dc [32]uint16
	var db, dn [32]uint8
	for s := range numDist {
		dc[s], db[s], dn[s] = distCodes[s], distLens[s], distLens[s]+distExtra[s]
	}
	// A token is at most 48 bits, and fewer than 8 are held between
	// tokens: after each, a word is stored and the whole bytes in it kept;
	// the rest is written again by the next. (The shifts are masked to 63,
	// which they never pass, so that the compiler leaves out its checks
	// for longer ones.)
	w := &d.bw
	w.flushBytes()
	acc, n := w.bits, w.n
	out := w.out
	pos := len(out)
	out = slices.Grow(out, 6*len(d.toks)+8)[:pos+6*len(d.toks)+8]
	for _, t := range d.toks {
		s := t & 0x1ff
		acc |= (uint64(lc[s]) | uint64(t>>9&0x1f)<<(lb[s]&63)) << (n & 63)
		n += uint(ln[s])
		s = t >> 14 & 0x1f
		acc |= (uint64(dc[s]) | uint64(t>>19)<<(db[s]&63)) << (n & 63)
		n += uint(dn[s])
		binary.LittleEndian.PutUint64(out[pos:pos+8], acc)
		pos += int(n >> 3)
		acc >>= (n &^ 7) & 63
		n &= 7
	}
	w.bits, w.n, w.out = acc, n, out[:pos]
}

// bitWriter appends bits to out, the first in a byte's lowest bit, as
// deflate packs them.
type bitWriter struct {
	out  []byte
	bits uint64
	n    uint
}

// write appends the n lowest bits of v, n at most 32.
func (w *bitWriter) write(v uint64, n uint) {
	w.bits |= v << w.n
	w.n += n
	if w.n >= 32 {
		w.out = binary.LittleEndian.AppendUint32(w.out, uint32(w.bits))
		w.bits >>= 32
		w.n -= 32
	}
}

// flushBytes writes out the whole bytes held, leaving fewer than 8 bits.
func (w *bitWriter) flushBytes() {
	for w.n >= 8 {
		w.out = append(w.out, byte(w.bits))
		w.bits >>= 8
		w.n -= 8
	}
}

// align writes out the bits held, padded with zeros to a whole byte.
func (w *bitWriter) align() {
	for w.n > 0 {
		w.out = append(w.out, byte(w.bits))
		w.bits >>= 8
		w.n -= min(w.n, 8)
	}
	w.bits = 0
}
