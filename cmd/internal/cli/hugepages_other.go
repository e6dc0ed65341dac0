//go:build !linux

package cli

// adviseHugePages does nothing: transparent huge pages are Linux's.
func adviseHugePages(size int) {}
