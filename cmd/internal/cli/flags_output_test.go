package cli

import (
	"strings"
	"testing"
)

// Help asked for goes to stdout, a usage error to stderr: also one met
// before a help flag ("--bogus --help"), which a script's 2>log must get.
func TestUsageErrorBeforeHelpOnStderr(t *testing.T) {
	for _, args := range [][]string{
		{"diff", "--bogus", "--help"},
		{"check", "--bogus", "-h"},
	} {
		code, out, errs := runCLI(t, args...)
		if code != 2 {
			t.Errorf("%q: exit %d, want 2 (a usage error)", args, code)
		}
		if !strings.Contains(errs, "not defined") || strings.Contains(out, "not defined") {
			t.Errorf("%q: a usage error on stdout %q, stderr %q; want it on stderr", args, out, errs)
		}
	}
}

// A flag whose value is "-h" ("--lang -h", a mistake, or "--label -h") is
// no request for help: a later usage error ("need two or more files")
// prints its message and the usage on stderr.
func TestFlagValueDashHIsNotHelp(t *testing.T) {
	args := []string{"diff", "--lang", "-h", "only-one.txt"}
	code, out, errs := runCLI(t, args...)
	if code != 2 {
		t.Errorf("%q: exit %d, want 2", args, code)
	}
	if out != "" || !strings.Contains(errs, "usage: variorum diff") {
		t.Errorf("%q: stdout %q, stderr %q; want the usage error and its usage all on stderr, stdout empty", args, out, errs)
	}
}

// "variorum help COMMAND" is "variorum COMMAND --help"; an unknown
// command is a usage error that suggests the closest.
func TestHelpCommand(t *testing.T) {
	tests := []struct {
		args      []string
		code      int
		out, errs string
	}{
		{[]string{"help", "diff"}, 0, "usage: variorum diff", ""},
		{[]string{"help", "check"}, 0, "usage: variorum check", ""},
		{[]string{"help", "dif"}, 2, "", `did you mean "diff"`},
		{[]string{"help"}, 0, "Variorum aligns", ""},
		{[]string{"help", "-h"}, 0, "Variorum aligns", ""},
		{[]string{"help", "help"}, 0, "Variorum aligns", ""},
	}
	for _, tt := range tests {
		code, out, errs := runCLI(t, tt.args...)
		if code != tt.code || !strings.Contains(out, tt.out) || !strings.Contains(errs, tt.errs) {
			t.Errorf("%q: exit %d, stdout %.60q, stderr %.80q; want exit %d, %q on stdout, %q on stderr",
				tt.args, code, out, errs, tt.code, tt.out, tt.errs)
		}
	}
}
