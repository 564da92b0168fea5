//go:build !linux

package pages

// Release does nothing here.
func Release([]byte) {}
