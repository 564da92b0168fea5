package timelineimg

import (
	"math/bits"
	"slices"
)

// huffScratch is the room lengths works in, kept with its encoder so that
// a block's codes allocate nothing.
type huffScratch struct {
	syms []uint32 // frequency<<9 | symbol, of the symbols used
	a    []uint32
}

// lengths sets lens[s] to the length of symbol s's Huffman code for the
// frequencies freq, at most maxBits, and 0 for a symbol of frequency 0.
// At least two symbols get a code, even when fewer are used (a code of
// one symbol would be incomplete, which some decoders refuse), so freq
// must have two or more.
//
// The lengths are those of a Huffman tree (Moffat and Katajainen's
// in-place construction); where the tree is too deep, codes are moved up
// from the deepest level to the nearest shallower one with room, as miniz
// does, and given out again by frequency.
func (h *huffScratch) lengths(freq []uint32, maxBits int, lens []uint8) {
	clear(lens)
	h.syms = h.syms[:0]
	for s, f := range freq {
		if f != 0 {
			h.syms = append(h.syms, f<<9|uint32(s))
		}
	}
	for s := 0; len(h.syms) < 2; s++ {
		if freq[s] == 0 {
			h.syms = append(h.syms, uint32(s))
		}
	}
	slices.Sort(h.syms) // by frequency, then symbol
	h.a = h.a[:0]
	for _, v := range h.syms {
		h.a = append(h.a, max(v>>9, 1))
	}
	minimumRedundancy(h.a)

	var count [16]int
	for _, l := range h.a {
		count[min(int(l), maxBits)]++
	}
	total := 0
	for l := 1; l <= maxBits; l++ {
		total += count[l] << (maxBits - l)
	}
	for total > 1<<maxBits {
		count[maxBits]--
		for l := maxBits - 1; l > 0; l-- {
			if count[l] != 0 {
				count[l]--
				count[l+1] += 2
				break
			}
		}
		total--
	}
	// The rarest symbols take the longest codes.
	i := 0
	for l := maxBits; l > 0; l-- {
		for range count[l] {
			lens[h.syms[i]&0x1ff] = uint8(l)
			i++
		}
	}
}

// minimumRedundancy turns a, frequencies in ascending order, into the
// lengths of their Huffman codes, in place (Moffat and Katajainen, "In-place
// calculation of minimum-redundancy codes", 1995). a holds two or more.
func minimumRedundancy(a []uint32) {
	n := len(a)
	// Pair the two lightest of the leaves and the trees made so far,
	// keeping in each tree's place its parent's index.
	a[0] += a[1]
	root, leaf := 0, 2
	for next := 1; next < n-1; next++ {
		if leaf >= n || a[root] < a[leaf] {
			a[next] = a[root]
			a[root] = uint32(next)
			root++
		} else {
			a[next] = a[leaf]
			leaf++
		}
		if leaf >= n || (root < next && a[root] < a[leaf]) {
			a[next] += a[root]
			a[root] = uint32(next)
			root++
		} else {
			a[next] += a[leaf]
			leaf++
		}
	}
	// The trees' depths, from the root down.
	a[n-2] = 0
	for next := n - 3; next >= 0; next-- {
		a[next] = a[a[next]] + 1
	}
	// The leaves' depths.
	avail, used, depth := 1, 0, uint32(0)
	root, next := n-2, n-1
	for avail > 0 {
		for root >= 0 && a[root] == depth {
			used++
			root--
		}
		for avail > used {
			a[next] = depth
			next--
			avail--
		}
		avail, used, depth = 2*used, 0, depth+1
	}
}

// codes sets codes[s] to symbol s's canonical code of length lens[s] (RFC
// 1951 §3.2.2), its bits reversed, as deflate writes a code from its top
// bit into a byte from its lowest.
func codes(lens []uint8, codes []uint16) {
	var count [16]uint16
	for _, l := range lens {
		count[l]++
	}
	count[0] = 0
	var next [16]uint16
	code := uint16(0)
	for l := 1; l < 16; l++ {
		code = (code + count[l-1]) << 1
		next[l] = code
	}
	for s, l := range lens {
		if l != 0 {
			codes[s] = bits.Reverse16(next[l]) >> (16 - l)
			next[l]++
		}
	}
}
