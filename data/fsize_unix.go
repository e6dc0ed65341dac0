//go:build unix

package data

import (
	"fmt"
	"math"
	"syscall"

	sqlite3 "modernc.org/sqlite/lib"
)

// fileSizeLimitHint names the process's file-size limit where a write to
// the library failed and such a limit is set: the write then fails with
// EFBIG, which SQLite reports only as a write error, and a user who set
// "ulimit -f" long ago would look for the fault everywhere else.
func fileSizeLimitHint(code int) string {
	if code != sqlite3.SQLITE_IOERR_WRITE && code != sqlite3.SQLITE_IOERR_TRUNCATE {
		return ""
	}
	var lim syscall.Rlimit // unlimited is RLIM_INFINITY, whose value differs between systems
	if syscall.Getrlimit(syscall.RLIMIT_FSIZE, &lim) != nil || lim.Cur >= math.MaxInt64 {
		return ""
	}
	return fmt.Sprintf("; this process may write files of at most %d bytes (ulimit -f)", lim.Cur)
}
