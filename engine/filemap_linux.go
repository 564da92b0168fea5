//go:build linux && (amd64 || arm64)

package engine

import (
	"os"
	"syscall"
	"unsafe"
)

func mmapFile(f *os.File, size int) ([]byte, error) {
	return syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ, syscall.MAP_SHARED)
}

// unmapFile puts zero pages, read only, where the file was mapped (mmap
// with MAP_FIXED replaces a mapping in one step): the file's pages leave
// the process, and a string that still points there, kept by a cache or
// a reply still being sent, reads as zeros instead of faulting. The
// addresses stay taken, which costs no memory.
func unmapFile(b []byte) error {
	_, _, errno := syscall.Syscall6(syscall.SYS_MMAP, uintptr(unsafe.Pointer(unsafe.SliceData(b))), uintptr(len(b)),
		syscall.PROT_READ, syscall.MAP_PRIVATE|syscall.MAP_ANONYMOUS|syscall.MAP_FIXED, ^uintptr(0), 0)
	if errno != 0 {
		return errno
	}
	return nil
}
