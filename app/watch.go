package app

import (
	"context"
	"fmt"
	"os"
	"time"

	"fyne.io/fyne/v2"
)

// watchInterval is how often the library file is looked at for changes
// made by another process (the command line importing, say).
const watchInterval = 2 * time.Second

// watchLibrary reloads the library when its file (or its write-ahead log)
// changes, so that versions imported or edited elsewhere appear while the
// window is open. It returns the function that stops watching.
func (mw *MainWindow) watchLibrary() func() {
	path := mw.opts.Library.Path()
	if path == "" {
		return func() {}
	}
	stamp := func() string {
		s := ""
		for _, p := range []string{path, path + "-wal"} {
			if st, err := os.Stat(p); err == nil {
				s += fmt.Sprint(st.ModTime().UnixNano(), st.Size(), ";")
			}
		}
		return s
	}
	ctx, stop := context.WithCancel(mw.ctx)
	last := stamp()
	go func() {
		t := time.NewTicker(watchInterval)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if s := stamp(); s != last {
					last = s
					fyne.Do(mw.reloadLibrary)
				}
			}
		}
	}()
	return stop
}

// reloadLibrary reads the library again, keeping what is shown.
func (mw *MainWindow) reloadLibrary() {
	before := len(mw.VM.AllVersions())
	if err := mw.VM.Load(mw.ctx); err != nil {
		mw.Status.SetText("Could not reload the library: " + err.Error())
		return
	}
	if n := len(mw.VM.AllVersions()); n != before {
		mw.Status.SetText("The library changed: " + plural(n, "version", "versions") + " now.")
	}
}
