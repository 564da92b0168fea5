//go:build unix

package main

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used, user and system: on a
// shared machine a steadier measure of work than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return -1
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// pageFaults is how many minor and major page faults this process has
// taken, all threads: a first read of a page of a mapped file, or of
// memory the heap has just grown into, is a fault.
func pageFaults() (minor, major int64) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return -1, -1
	}
	return int64(ru.Minflt), int64(ru.Majflt)
}

// rssPages is how many pages of this process are resident, anonymous and
// of files (shared memory counted with the files), read from
// /proc/self/statm into a buffer on the stack so that reading it between
// queries makes no garbage; -1, -1 where there is no such file.
func rssPages() (anon, file int64) {
	fd, err := syscall.Open("/proc/self/statm", syscall.O_RDONLY, 0)
	if err != nil {
		return -1, -1
	}
	defer syscall.Close(fd)
	var buf [128]byte
	n, err := syscall.Read(fd, buf[:])
	if err != nil || n <= 0 {
		return -1, -1
	}
	// size resident shared text lib data dt
	var f [3]int64
	i := 0
	for _, c := range buf[:n] {
		switch {
		case c >= '0' && c <= '9':
			f[i] = f[i]*10 + int64(c-'0')
		case c == ' ':
			i++
		}
		if i == len(f) || c == '\n' {
			break
		}
	}
	return f[1] - f[2], f[2]
}
