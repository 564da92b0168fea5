//go:build !unix

package main

import "time"

// cpuTime is unknown here.
func cpuTime() time.Duration { return -1 }

// pageFaults is unknown here.
func pageFaults() (minor, major int64) { return -1, -1 }

// rssPages is unknown here.
func rssPages() (anon, file int64) { return -1, -1 }
