//go:build !(linux && (amd64 || arm64))

package engine

import "os"

func mmapFile(*os.File, int) ([]byte, error) { return nil, errNoMap }

func unmapFile([]byte) error { return nil }
