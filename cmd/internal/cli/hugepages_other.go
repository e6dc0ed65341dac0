//go:build !linux || !(amd64 || arm64)

package cli

// adviseHugePages does nothing: transparent huge pages are Linux's, and
// on a 32-bit system the addresses it reserves would be scarce.
func adviseHugePages(size int) {}
