//go:build unix

package data

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"syscall"

	sqlite3 "modernc.org/sqlite/lib"
)

// fileSizeLimitHint names the process's file-size limit where a write to
// the database at path failed and that limit may be what refused it: the
// write then fails with EFBIG, which SQLite reports only as a write
// error, and a user who set "ulimit -f" long ago would look for the fault
// everywhere else. A limit far above the database's files did not refuse
// it, and naming one would send the user the wrong way.
func fileSizeLimitHint(code int, path string) string {
	if path == "" || (code != sqlite3.SQLITE_IOERR_WRITE && code != sqlite3.SQLITE_IOERR_TRUNCATE) {
		return ""
	}
	var lim syscall.Rlimit // unlimited is RLIM_INFINITY, whose value differs between systems
	if syscall.Getrlimit(syscall.RLIMIT_FSIZE, &lim) != nil || lim.Cur >= math.MaxInt64 {
		return ""
	}
	if !nearSizeLimit(path, int64(lim.Cur)) {
		return ""
	}
	return fmt.Sprintf("; this process may write files of at most %d bytes (ulimit -f)", lim.Cur)
}

// sizeLimitReach is how far below the file-size limit a file may end and
// still be the one the limit refused a write to. A write that crosses the
// limit is cut short at it (the file then ends at the limit) and the rest
// refused; only a write that starts past the file's end, beyond pages
// SQLite skipped (a checkpoint copies only the pages in the log), leaves
// the file shorter. Sixteen of SQLite's largest pages (64 KiB) cover such
// a gap with room to spare.
const sizeLimitReach = 1 << 20

// nearSizeLimit reports whether the database at path, its write-ahead log
// or its rollback journal ends within sizeLimitReach of limit bytes. The
// temporary files SQLite writes elsewhere (sorts, statement journals)
// have no name to look at; they hold parts of the database.
func nearSizeLimit(path string, limit int64) bool {
	path = databaseFile(path)
	for _, name := range []string{path, path + "-wal", path + "-journal"} {
		if st, err := os.Stat(name); err == nil && st.Size() >= limit-sizeLimitReach {
			return true
		}
	}
	return false
}

// databaseFile is the file SQLite opens for the database at path: where
// path is a symbolic link (which Open accepts), SQLite follows it and
// puts the log and the journal beside the link's target, not beside the
// link. A path that cannot be resolved (gone meanwhile) is taken as it is.
func databaseFile(path string) string {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		return real
	}
	return path
}
