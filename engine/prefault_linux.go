//go:build linux

package engine

import "syscall"

const canPrefault = true

// madvPopulateWrite is MADV_POPULATE_WRITE (Linux 5.14): fault the range
// in, writable, in one call.
const madvPopulateWrite = 0x17

// prefault makes b's pages resident and writable at once; an error when
// the kernel cannot (older than 5.14).
func prefault(b []byte) error { return syscall.Madvise(b, madvPopulateWrite) }
