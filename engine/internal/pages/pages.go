// Package pages gives back to the kernel the pages of memory that the
// process maps from a file, once what was read there whole is read only
// here and there.
package pages

import "unsafe"

// String releases the pages wholly inside s, which must be mapped from a
// file and never written (embedded data): see Release.
func String(s string) {
	if len(s) > 0 {
		Release(unsafe.Slice(unsafe.StringData(s), len(s)))
	}
}
