package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"slices"

	"fyne.io/fyne/v2"

	"github.com/variorum/variorum/app"
	"github.com/variorum/variorum/assets"
	"github.com/variorum/variorum/cmd/internal/cli"
	"github.com/variorum/variorum/data"
)

// openWindow opens the window. An empty library is first seeded with the
// bundled sample. With no files the window opens on the library's first
// briefing; with files it imports them (files already imported reuse their
// version) and opens them side by side, the first the base. Files that
// cannot be read do not keep the window shut: it opens on the others and
// names them in a dialog.
func openWindow(ctx context.Context, e cli.Env, w cli.Window) int {
	if err := showWindow(ctx, w); err != nil {
		fmt.Fprintf(e.Stderr, "variorum: %v\n", err)
		return 1
	}
	return 0
}

// showWindow is openWindow returning its error.
func showWindow(ctx context.Context, w cli.Window) error {
	if err := checkDisplay(); err != nil {
		return err
	}
	lib, err := cli.OpenLibrary(ctx, w.Library)
	if err != nil {
		return err
	}
	defer lib.Close()
	opts := app.Options{
		Library: lib,
		Size:    fyne.NewSize(w.Width, w.Height),
		Change:  w.Change,
		Import:  app.LibraryImporter(lib),
		// Reopen on the pair last shown from this library.
		RememberAs: lib.Path(),
	}
	if lib.UnreadLog() {
		opts.Notice = cli.UnreadLogNotice(lib)
	}
	if err := seedSample(ctx, lib); err != nil {
		return err
	}
	if len(w.Files) > 0 {
		opts.Versions, opts.NotImported, err = importArgs(ctx, lib, w.Files)
		if err != nil {
			return err
		}
		if len(opts.Versions) == 2 { // the pair, or one file against its briefing's first version
			opts.Base, opts.Other, opts.Versions = opts.Versions[0], opts.Versions[1], nil
		}
	}
	return app.Run(ctx, opts)
}

// checkDisplay refuses to start the window where GLFW would panic for want
// of a display.
func checkDisplay() error {
	switch runtime.GOOS {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
		if os.Getenv("DISPLAY") == "" {
			return errors.New("no display: DISPLAY is not set, so the window cannot open " +
				"(run it in a desktop session or under xvfb-run, or use a subcommand such as " +
				"\"variorum diff A B\"; see \"variorum --help\")")
		}
	}
	return nil
}

// seedSample imports the bundled sample briefing into an empty library.
func seedSample(ctx context.Context, lib *data.Library) error {
	empty, err := lib.Empty(ctx)
	if err != nil {
		return err
	}
	if !empty {
		return nil
	}
	if _, err := lib.ImportSample(ctx, assets.Sample()); err != nil {
		return fmt.Errorf("importing the sample briefing: %w", err)
	}
	return nil
}

// importArgs imports the files named on the command line, the first into a
// new briefing and the others into the same one, and returns the versions
// to show side by side, the first the base: every file given (the window
// shows the first six), or the only file against the first version of its
// briefing. A file already imported reuses its version; a file named
// twice is shown once. A file that cannot be imported is left out and
// returned among the failures, for the window to report: a user who
// opened files from a file manager sees the window either way. The error
// is for what stops the whole: a cancellation, a library that cannot be
// read.
func importArgs(ctx context.Context, lib *data.Library, files []string) ([]int64, []app.ImportFailure, error) {
	var ids []int64
	var failed []app.ImportFailure
	var briefing int64
	for _, f := range files {
		v, err := lib.ImportFile(ctx, f, data.ImportOptions{BriefingID: briefing})
		switch {
		case err == nil || errors.Is(err, data.ErrDuplicate) && v != nil:
		case ctx.Err() != nil:
			return nil, nil, ctx.Err()
		default:
			failed = append(failed, notImported(f, err))
			continue
		}
		if !slices.Contains(ids, v.ID) {
			ids = append(ids, v.ID)
		}
		if briefing == 0 {
			briefing = v.BriefingID
		}
	}
	if len(ids) != 1 {
		return ids, failed, nil
	}
	pair, err := besideFirstVersion(ctx, lib, ids[0])
	return pair, failed, err
}

// notImported is the failure of file f: its problem apart from its name
// (the window's dialog names the file itself).
func notImported(f string, err error) app.ImportFailure {
	var fe data.FileError
	if errors.As(err, &fe) {
		err = fe.Err
	}
	return app.ImportFailure{Path: f, Err: err}
}

// besideFirstVersion returns the versions to show for version id alone:
// the first version of its briefing and it, or it twice when it is the
// first.
func besideFirstVersion(ctx context.Context, lib *data.Library, id int64) ([]int64, error) {
	v, err := lib.Version(ctx, id)
	if err != nil {
		return nil, err
	}
	vs, err := lib.Versions(ctx, v.BriefingID)
	if err != nil {
		return nil, err
	}
	if len(vs) > 0 && vs[0].ID != v.ID {
		return []int64{vs[0].ID, v.ID}, nil
	}
	return []int64{v.ID, v.ID}, nil
}
