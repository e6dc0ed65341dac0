//go:build amd64 || arm64

package cli

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"unsafe"
)

// TestAdviseHugePages checks that the heap a diff fills after the advice
// lies where huge pages were advised: the advice is worth nothing if the
// runtime places the texts and tokens elsewhere. It runs in a process of
// its own, as a diff does: in this one, the free memory that other tests
// left may be reused first.
func TestAdviseHugePages(t *testing.T) {
	if _, err := os.Stat("/sys/kernel/mm/transparent_hugepage/enabled"); err != nil {
		t.Skip("the kernel has no transparent huge pages")
	}
	if strictOvercommit() {
		t.Skip("strict overcommit: no advice is given")
	}
	if os.Getenv(hugePagesChild) == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestAdviseHugePages$", "-test.count=1")
		cmd.Env = append(os.Environ(), hugePagesChild+"=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
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

// hugePagesChild is set in the environment of TestAdviseHugePages's own
// process.
const hugePagesChild = "VARIORUM_TEST_HUGEPAGES_CHILD"

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
