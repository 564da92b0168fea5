package timelineimg

import "encoding/binary"

// adler32Update is the Adler-32 of the bytes summed in adler followed by
// p, as hash/adler32 works it out, eight bytes at a time. hash/adler32
// adds one byte after another, each sum waiting on the last, and summing
// a picture's rows was a tenth of compressing them. Here a word's bytes
// are added up at once (as four 16-bit lanes, by a multiply), and how
// many of the running sums each byte counts in, which is linear in the
// bytes, is put on at the end of a stretch of words from the sums of the
// bytes in each place of the words, kept in lanes too.
func adler32Update(adler uint32, p []byte) uint32 {
	const (
		even    = 0x00ff00ff00ff00ff // bytes 0, 2, 4 and 6 of a word, as 16-bit lanes
		ones    = 0x0001000100010001
		perLane = 256 // words in a stretch, so that no lane passes 16 bits
		wordLen = 8
	)
	s1, s2 := uint64(adler&0xffff), uint64(adler>>16)
	for len(p) >= wordLen {
		m := min(len(p)/wordLen, perLane)
		// sum: of the bytes so far; before: of the sums before each word;
		// ev, od: of the bytes in each even and odd place of the words.
		var sum, before, ev, od uint64
		q := p[:m*wordLen]
		for i := 0; i+wordLen <= len(q); i += wordLen {
			w := binary.LittleEndian.Uint64(q[i : i+wordLen])
			e, o := w&even, w>>8&even
			before += sum
			sum += (e + o) * ones >> 48
			ev += e
			od += o
		}
		// Byte k of a word counts in 8-k of the word's running sums.
		weighted := uint64(0)
		for k := range uint64(4) {
			weighted += (8-2*k)*(ev>>(16*k)&0xffff) + (7-2*k)*(od>>(16*k)&0xffff)
		}
		s2 += uint64(m)*wordLen*s1 + wordLen*before + weighted
		s1 += sum
		s1, s2 = s1%adlerMod, s2%adlerMod
		p = p[m*wordLen:]
	}
	for _, b := range p {
		s1 += uint64(b)
		s2 += s1
	}
	return uint32(s2%adlerMod)<<16 | uint32(s1%adlerMod)
}
