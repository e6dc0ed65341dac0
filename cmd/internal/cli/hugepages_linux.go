//go:build amd64 || arm64

package cli

import (
	"bytes"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"syscall"
	"unsafe"
)

// Transparent huge pages for the heap of a command that compares texts
// (diff, check, align, export).
//
// Most of a large diff's heap (the texts, their tokens, the changes) is
// written once and read a few times, so the first touch of each page is
// much of its cost: a page fault per 4 KB, which on a virtual machine
// costs as much as a system call, against one per 2 MB huge page. The Go
// runtime advises no huge pages for the heap, and many kernels give them
// only where advised (transparent_hugepage "madvise": Ubuntu's, and the
// virtual machines CI runs on).
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
// nothing or fails; either way the diff runs as before.
//
// It advises nothing where the allocation itself could hurt: where the
// kernel counts every allocation against a strict limit (overcommit_memory
// 2) or the process's address space is limited (ulimit -v), since an
// allocation the runtime cannot map ends the process; in a process whose
// heap has already grown (a program that runs the command line in
// process), whose freed pages the allocation would take and clear; and
// where GODEBUG=disablethp=1 asks for no huge pages. Nor where advice
// changes nothing and its collection would be spent for nothing: where
// the kernel gives huge pages everywhere ("always", Debian's default) or
// nowhere ("never"). The cheap tests come first.
func adviseHugePages(size int) {
	n := hugeAdviceFactor * size
	var info syscall.Sysinfo_t
	if n < 2*hugePage || thpDisabled() || addressSpaceLimited() || !freshHeap() ||
		!hugePagesByAdvice() || strictOvercommit() || syscall.Sysinfo(&info) != nil {
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
	// Collect b and return its pages, untouched, to the system: the diff
	// starts from an empty heap, whose goal budgetGC sets from what is live.
	debug.FreeOSMemory()
}

// freshHeapBytes is the most memory the runtime may hold for the process
// to count as fresh: a command line starting holds a few megabytes.
const freshHeapBytes = 64 << 20

// freshHeap reports whether the runtime holds little memory yet, so that
// an allocation comes from address space never used, which needs no
// clearing.
func freshHeap() bool {
	sample := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
	metrics.Read(sample)
	return sample[0].Value.Kind() == metrics.KindUint64 && sample[0].Value.Uint64() <= freshHeapBytes
}

// addressSpaceLimited reports whether the process's address space has a
// limit (RLIMIT_AS), or whether that cannot be told.
func addressSpaceLimited() bool {
	var lim syscall.Rlimit
	return syscall.Getrlimit(syscall.RLIMIT_AS, &lim) != nil || lim.Cur != ^uint64(0) // RLIM_INFINITY
}

// thpDisabled reports whether GODEBUG asks the runtime for no huge pages
// (disablethp=1; the last setting of a key wins).
func thpDisabled() bool {
	off := false
	for _, kv := range strings.Split(os.Getenv("GODEBUG"), ",") {
		if k, v, ok := strings.Cut(strings.TrimSpace(kv), "="); ok && k == "disablethp" {
			off = v == "1"
		}
	}
	return off
}

// hugePagesByAdvice reports whether the kernel gives transparent huge
// pages only where advised: its mode is "madvise".
func hugePagesByAdvice() bool {
	b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	return err == nil && bytes.Contains(b, []byte("[madvise]"))
}

// strictOvercommit reports whether the kernel refuses allocations past
// its commit limit (vm.overcommit_memory 2), or its mode is unknown.
func strictOvercommit() bool {
	b, err := os.ReadFile("/proc/sys/vm/overcommit_memory")
	return err != nil || string(bytes.TrimSpace(b)) == "2"
}
