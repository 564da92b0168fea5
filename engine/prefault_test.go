package engine

import (
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
)

// prefaultHeap makes the memory it takes resident at once and leaves it
// in the heap, for what is allocated next, where the system can prefault.
func TestPrefaultHeap(t *testing.T) {
	if !canPrefault {
		t.Skip("no prefault on this system")
	}
	const n = 64 << 20
	// The heap's free pages that are still resident count toward n (see
	// prefaultHeap): after the package's other tests it may hold tens of
	// MB of them, and then less is faulted in. Return them first.
	debug.FreeOSMemory()
	before := residentKB(t)
	prefaultHeap(n)
	if grew := residentKB(t) - before; grew < n/2>>10 {
		t.Errorf("prefaulting %d MB made %d MB resident, want most of it", n>>20, grew>>10)
	}
	runtime.GC()
}

// residentKB is the process's VmRSS, in kB.
func residentKB(t *testing.T) int {
	t.Helper()
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			if err != nil {
				t.Fatal(err)
			}
			return kb
		}
	}
	t.Skip("no VmRSS")
	return 0
}
