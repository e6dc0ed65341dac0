//go:build amd64 || arm64

package cli

import (
	"bytes"
	"os"
	"runtime/debug"
	"syscall"
	"unsafe"
)

// Transparent huge pages for a diff's heap.
//
// Most of a large diff's heap (the texts, their tokens, the changes) is
// written once and read a few times, so the first touch of each page is
// much of its cost: a page fault per 4 KB, which on a virtual machine
// costs as much as a system call, against one per 2 MB huge page. The Go
// runtime advises no huge pages for the heap, and most distributions give
// them only where advised (transparent_hugepage "madvise").
//
// The factor was timed on the bench pairs (.ci/bench-peers): advice over
// 3, 6, 12, 20 and 40 times the input. Faults fall as the advice covers
// more of the heap the diff grows to, at most about 40 times the input
// (the word list); addresses advised and never used cost nothing.
const (
	hugePage         = 2 << 20 // on amd64, and arm64 with 4 KB pages (with 64 KB, the advice does nothing)
	hugeAdviceFactor = 40
	hugeAdviceShare  = 4 // at most a quarter of the machine's memory
)

// adviseHugePages asks the kernel to back the heap that a diff of size
// bytes of input is about to fill with transparent huge pages.
//
// It allocates the bytes, which come from address space not yet touched,
// advises their whole huge pages, and hands them back without touching
// them: the advice stays with the addresses, and the heap reuses them
// first. Where huge pages are off, or not built in, the advice does
// nothing or fails; either way the diff runs as before. Where the kernel
// counts every allocation against a strict limit (overcommit_memory 2),
// allocating more than the diff needs could fail, so it advises nothing.
func adviseHugePages(size int) {
	n := hugeAdviceFactor * size
	var info syscall.Sysinfo_t
	if n < 2*hugePage || syscall.Sysinfo(&info) != nil || strictOvercommit() {
		return
	}
	n = int(min(uint64(n), uint64(info.Totalram)*uint64(info.Unit)/hugeAdviceShare))
	b := make([]byte, n)
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	lo := int((p+hugePage-1)&^(hugePage-1) - p)
	hi := int((p+uintptr(n))&^(hugePage-1) - p)
	if lo < hi {
		_ = syscall.Madvise(b[lo:hi], syscall.MADV_HUGEPAGE) // an advice: failing, it changes nothing
	}
	b = nil
	// Collect b and return its pages, untouched, to the system: the memory
	// limit that budgetGC sets counts the pages the heap holds.
	debug.FreeOSMemory()
}

// strictOvercommit reports whether the kernel refuses allocations past
// its commit limit (vm.overcommit_memory 2), or its mode is unknown.
func strictOvercommit() bool {
	b, err := os.ReadFile("/proc/sys/vm/overcommit_memory")
	return err != nil || string(bytes.TrimSpace(b)) == "2"
}
