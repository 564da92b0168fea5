//go:build linux

package pages

import (
	"bytes"
	"os"
	"strconv"
	"syscall"
	"unsafe"
)

var pageSize = uintptr(os.Getpagesize())

// Release drops the process's hold on the pages wholly inside b
// (madvise MADV_DONTNEED), which must be read only: they leave its
// resident memory, stay in the page cache, and a later read maps them
// again from there (or from the file), with the same bytes. The pages at
// b's ends, which b may share with other data, are kept; so is all of b
// unless one mapping of a file holds it (a binary unpacked into anonymous
// memory, say, whose pages would come back as zeros).
func Release(b []byte) {
	if len(b) == 0 {
		return
	}
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	hi := lo + uintptr(len(b))
	lo = (lo + pageSize - 1) &^ (pageSize - 1)
	hi &^= pageSize - 1
	if hi <= lo || !fileMapped(lo, hi) {
		return
	}
	syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, syscall.MADV_DONTNEED)
}

// fileMapped reports whether [lo, hi) lies within one mapping of a file,
// as /proc/self/maps lists them: "start-end perms offset dev inode path".
func fileMapped(lo, hi uintptr) bool {
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return false
	}
	for line := range bytes.Lines(maps) {
		f := bytes.Fields(line)
		if len(f) < 6 || f[5][0] != '/' || string(f[4]) == "0" {
			continue
		}
		start, end, _ := bytes.Cut(f[0], []byte{'-'})
		s, err1 := strconv.ParseUint(string(start), 16, 64)
		e, err2 := strconv.ParseUint(string(end), 16, 64)
		if err1 == nil && err2 == nil && uintptr(s) <= lo && hi <= uintptr(e) {
			return true
		}
	}
	return false
}
