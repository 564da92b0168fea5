//go:build !unix

package timelineimg

import (
	"testing"
	"time"
)

// cpuTime is not measured here; reportCPU then reports nothing.
func cpuTime() time.Duration { return 0 }

func reportCPU(b *testing.B, since time.Duration) {}
