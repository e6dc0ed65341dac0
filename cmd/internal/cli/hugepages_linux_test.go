//go:build amd64 || arm64

package cli

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// TestAdviseHugePages checks that the heap a diff fills after the advice
// lies where huge pages were advised: the advice is worth nothing if the
// runtime places the texts and tokens elsewhere. It runs in a process of
// its own, as a diff does: in this one, the free memory that other tests
// left may be reused first.
func TestAdviseHugePages(t *testing.T) {
	if !hugePagesByAdvice() {
		t.Skip("the kernel gives huge pages without advice, or none: no advice is given")
	}
	if strictOvercommit() {
		t.Skip("strict overcommit: no advice is given")
	}
	if !inOwnProcess(t) {
		return
	}
	const input = 8 << 20
	adviseHugePages(input)
	for _, size := range []int{input, 8 * input} {
		b := make([]byte, size)
		// The middle: the advice covers whole huge pages, from the first
		// boundary past where its allocation started.
		addr := uintptr(unsafe.Pointer(unsafe.SliceData(b))) + uintptr(size/2)
		flags, err := vmFlags(addr)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(" "+flags+" ", " hg ") {
			t.Errorf("%d bytes allocated after the advice, middle at %#x: VmFlags %q, want hg (huge pages advised)", size, addr, flags)
		}
		runtime.KeepAlive(b)
	}
}

// inOwnProcess reports whether the test runs in a process of its own, as
// a command does. Called in the test's process, it runs the test again in
// a new one, fails the test if that one fails, and returns false.
func inOwnProcess(t *testing.T) bool {
	if os.Getenv(ownProcessTest) == t.Name() {
		return true
	}
	cmd := exec.Command(os.Args[0], "-test.run=^"+t.Name()+"$", "-test.count=1")
	cmd.Env = append(os.Environ(), ownProcessTest+"="+t.Name())
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return false
}

// ownProcessTest names, in the environment, the test that runs in a
// process of its own (inOwnProcess).
const ownProcessTest = "VARIORUM_TEST_OWN_PROCESS"

// TestAdviseHugePagesUnderAddressLimit: under ulimit -v (batch clusters
// set one) the advice's allocation could not be mapped, which ends a Go
// process; it must advise nothing there. It runs in a process of its own,
// whose address space it limits.
func TestAdviseHugePagesUnderAddressLimit(t *testing.T) {
	if !inOwnProcess(t) {
		return
	}
	// Room for the heap below, far less than 40 times the input.
	limit := vmSize(t) + 512<<20
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: limit, Max: limit}); err != nil {
		t.Skip(err)
	}
	adviseHugePages(256 << 20) // a fatal "out of memory" if it allocated 40 times this
	b := make([]byte, 64<<20)  // the heap still works
	runtime.KeepAlive(b)
}

// vmSize is the address space the process maps (VmSize), in bytes.
func vmSize(t *testing.T) uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		var kb uint64
		if n, _ := fmt.Sscanf(line, "VmSize: %d kB", &kb); n == 1 {
			return kb << 10
		}
	}
	t.Skip("no VmSize in /proc/self/status")
	return 0
}

func TestTHPDisabled(t *testing.T) {
	for _, tc := range []struct {
		godebug string
		want    bool
	}{
		{"", false},
		{"disablethp=1", true},
		{"madvdontneed=1,disablethp=1", true},
		{"disablethp=1,disablethp=0", false},
		{"disablethp=0", false},
		{"xdisablethp=1", false},
	} {
		t.Setenv("GODEBUG", tc.godebug)
		if got := thpDisabled(); got != tc.want {
			t.Errorf("GODEBUG=%q: thpDisabled %v, want %v", tc.godebug, got, tc.want)
		}
	}
}

// vmFlags returns the VmFlags line of /proc/self/smaps for the mapping
// that holds addr.
func vmFlags(addr uintptr) (string, error) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return "", err
	}
	defer f.Close()
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		var lo, hi uintptr
		if n, _ := fmt.Sscanf(line, "%x-%x ", &lo, &hi); n == 2 {
			in = lo <= addr && addr < hi
			continue
		}
		if in && strings.HasPrefix(line, "VmFlags:") {
			return strings.TrimSpace(strings.TrimPrefix(line, "VmFlags:")), nil
		}
	}
	if err := sc.Err(); err != nil {
		return "", err
	}
	return "", fmt.Errorf("no mapping holds %#x", addr)
}
