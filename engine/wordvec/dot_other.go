//go:build !amd64

package wordvec

// dot8 is the dot product of the int8 components of a and b, which have
// the same length.
func dot8(a, b string) int32 { return dotScalar(a, b) }
