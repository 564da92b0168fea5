package wordvec

import "unsafe"

// dotInt8 is the dot product of n int8s at a and at b (dot_amd64.s).
//
//go:noescape
func dotInt8(a, b *byte, n int) int32

// dot8 is the dot product of the int8 components of a and b, which have
// the same length: in SSE2, 16 components at a time, where the scan for a
// question word's neighbours (a tenth of a cold /ask at 100,000
// paragraphs) spent most of its time multiplying them one by one.
func dot8(a, b string) int32 {
	if len(a) == 0 {
		return 0
	}
	return dotInt8(unsafe.StringData(a), unsafe.StringData(b), len(a))
}
