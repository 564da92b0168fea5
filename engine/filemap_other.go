//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package engine

import "os"

func mmapFile(*os.File, int) ([]byte, error) { return nil, errNoMap }

func munmapFile([]byte) error { return nil }
