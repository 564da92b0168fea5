package pages

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
)

// TestReleaseKeepsTheBytes releases a mapped file's pages and reads them
// again, and leaves memory that no file backs as it is.
func TestReleaseKeepsTheBytes(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("releases only on Linux")
	}
	text := strings.Repeat("coverage ", 4*os.Getpagesize())
	path := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := syscall.Mmap(int(f.Fd()), 0, len(text), syscall.PROT_READ, syscall.MAP_PRIVATE)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(m)
	if string(m) != text {
		t.Fatal("mapped file reads otherwise")
	}
	Release(m[3:])
	if string(m) != text {
		t.Error("released pages read otherwise")
	}
	anon := []byte(text)
	Release(anon)
	if string(anon) != text {
		t.Error("heap memory released: it reads as zeros")
	}
}
