package engine

import (
	"os"
	"path/filepath"
	"runtime"
)

// reopenHeapPerByte is about how many bytes of Go heap a reopen holds
// for each byte of its snapshot file: at 100,000 paragraphs 120-150 MB for
// a 76 MB file (the texts, vectors and ids in it are mapped, not heap).
const reopenHeapPerByte = 2

// prefaultReopen gives the Go heap, before a reopen from the snapshot at
// dir, the memory the reopen will fill, taken from the system in one call
// (prefault) rather than one page fault at a time as the reopen first
// writes each page. On the 2-core VM the bench runs on, where a page
// fault costs 12-25 µs, a restart at 100,000 paragraphs faulted in some
// 40,000 pages and spent 0.45-0.51 s of system time until /healthz
// answered; prefaulted, 0.19-0.28 s, for 15-20 MB more peak RSS then
// (what the reopen did not fill, which the scavenger returns).
func prefaultReopen(dir string) {
	fi, err := os.Stat(filepath.Join(dir, snapshotFile))
	if err != nil || fi.Size() <= 0 || int64(int(fi.Size())) != fi.Size() {
		return
	}
	prefaultHeap(reopenHeapPerByte * int(fi.Size()))
}

// prefaultHeap has the heap take n bytes of memory from the system, in
// one call where the system has one (prefault), and keep it free for what
// is allocated next: an array of n bytes, prefaulted, then collected.
// Where there is no such call it does nothing.
func prefaultHeap(n int) {
	if !canPrefault || n <= 0 {
		return
	}
	b := make([]byte, n)
	if prefault(b) != nil {
		return
	}
	runtime.KeepAlive(b)
	b = nil
	// The array's pages go back to the heap, resident, for the reopen's
	// allocations to reuse; a collection now costs little, as the heap
	// holds little else yet.
	runtime.GC()
}
