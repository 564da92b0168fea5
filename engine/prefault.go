package engine

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
)

// reopenHeapPerByte is about how many bytes of Go heap a reopen holds
// for each byte of its snapshot file: at 100,000 paragraphs 120-150 MB for
// a 76 MB file (the texts, vectors and ids in it are mapped, not heap).
const reopenHeapPerByte = 2

// prefaultChunk is the size of the arrays prefaultHeap prefaults.
const prefaultChunk = 4 << 20

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

// prefaultHeap has the heap hold n bytes of memory free and resident
// for what is allocated next, taking from the system a call at a time
// (prefault) what it lacks: arrays of prefaultChunk bytes, prefaulted,
// then collected. Where there is no such call it does nothing. The heap's
// own free pages count. The arrays are small so that they take the pages
// the heap hands out first, which the reopen then takes again: in a
// process that had built the coverage before (the bench), one array of
// 152 MB lay beyond the free pages the reopen took, and its peak RSS rose
// from 410 to 511 MB.
func prefaultHeap(n int) {
	if !canPrefault {
		return
	}
	free := []metrics.Sample{{Name: "/memory/classes/heap/free:bytes"}}
	metrics.Read(free)
	if free[0].Value.Kind() == metrics.KindUint64 {
		n -= int(min(free[0].Value.Uint64(), uint64(n)))
	}
	if n <= 0 {
		return
	}
	chunks := make([][]byte, 0, (n+prefaultChunk-1)/prefaultChunk)
	for left := n; left > 0; left -= prefaultChunk {
		b := make([]byte, min(left, prefaultChunk))
		if prefault(b) != nil {
			return
		}
		chunks = append(chunks, b)
	}
	runtime.KeepAlive(chunks)
	// The arrays' pages go back to the heap, resident, for the reopen's
	// allocations to reuse; a collection now costs little, as the heap
	// holds little else yet.
	runtime.GC()
}
