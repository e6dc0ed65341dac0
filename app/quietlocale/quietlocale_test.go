package quietlocale

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestRewritesCUTF8 runs this test binary again with LANG=C.UTF-8 and
// checks that the package's init turned it into C before any test ran.
func TestRewritesCUTF8(t *testing.T) {
	if os.Getenv("QUIETLOCALE_CHILD") == "1" {
		os.Stdout.WriteString("LANG=" + os.Getenv("LANG") + "\n")
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestRewritesCUTF8$")
	cmd.Env = append(os.Environ(), "QUIETLOCALE_CHILD=1", "LC_ALL=", "LC_MESSAGES=", "LANG=C.UTF-8")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "LANG=C\n") {
		t.Errorf("child saw %q, want LANG=C", out)
	}
}
