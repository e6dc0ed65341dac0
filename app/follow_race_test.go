package app

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/variorum/variorum/data"
)

// queue runs background jobs, and what they hand back to the UI
// goroutine, when told, as a slow machine would: a choice made meanwhile
// meets a job still running, or one whose result is on its way.
type queue struct{ jobs, ui []func() }

func (q *queue) options() ViewModelOptions {
	return ViewModelOptions{Background: func(f func()) { q.jobs = append(q.jobs, f) }, UI: func(f func()) { q.ui = append(q.ui, f) }}
}

// work runs the background jobs queued, which queue their results.
func (q *queue) work() {
	for len(q.jobs) > 0 {
		f := q.jobs[0]
		q.jobs = q.jobs[1:]
		f()
	}
}

// drain runs everything queued, and what that queues, to the end.
func (q *queue) drain() {
	for len(q.jobs)+len(q.ui) > 0 {
		q.work()
		for len(q.ui) > 0 {
			f := q.ui[0]
			q.ui = q.ui[1:]
			f()
		}
	}
}

// sampleModel is a view model over the sample's four versions, compared,
// with background work queued.
func sampleModel(t *testing.T) (*ViewModel, *queue, []int64) {
	t.Helper()
	q := &queue{}
	vm := NewViewModel(sampleLibrary(t), q.options())
	ctx := context.Background()
	if err := vm.Load(ctx); err != nil {
		t.Fatal(err)
	}
	ids := columnIDs(vm.Versions(vm.Briefings()[0].ID))
	if err := vm.SetColumns(ids, ids[0]); err != nil {
		t.Fatal(err)
	}
	q.drain()
	return vm, q, ids
}

// TestFollowChosenDuringLayout chooses a version to follow, then another
// before the rows for the first are laid out: the rows end laid out for
// the second, as the filters say.
func TestFollowChosenDuringLayout(t *testing.T) {
	vm, q, ids := sampleModel(t)
	vm.SetFollowed(ids[1])
	vm.SetFollowed(ids[3])
	q.drain()
	cmp := vm.Comparison()
	if vm.Followed() != ids[3] || cmp.Busy || cmp.MarkedAgainst[cmp.Base] != 3 {
		t.Errorf("following %d (want %d), busy %v, the base marks column %d's removals (want 3)",
			vm.Followed(), ids[3], cmp.Busy, cmp.MarkedAgainst[cmp.Base])
	}
}

// TestNoteAddedDuringLayout adds a note while the rows are laid out again
// for another version followed: the note stays shown.
func TestNoteAddedDuringLayout(t *testing.T) {
	vm, q, ids := sampleModel(t)
	vm.SetFollowed(ids[1])
	q.work() // the rows laid out, with the notes as they were; on their way
	if err := vm.AddNote(context.Background(), 3, 0, "check this"); err != nil {
		t.Fatal(err)
	}
	q.drain()
	if n := vm.Comparison().Notes; len(n) != 1 || !slices.ContainsFunc(vm.Comparison().Rows, func(r RowView) bool { return len(r.Notes) == 1 }) {
		t.Errorf("notes after the layout: %+v", n)
	}
}

// TestCloseForgetsFollowed: a comparison closed and opened again follows
// every version.
func TestCloseForgetsFollowed(t *testing.T) {
	vm, q, ids := sampleModel(t)
	vm.SetFollowed(ids[1])
	q.drain()
	vm.Close()
	if err := vm.SetColumns(ids, ids[0]); err != nil {
		t.Fatal(err)
	}
	q.drain()
	if vm.Followed() != 0 {
		t.Errorf("following %d after closing", vm.Followed())
	}
}

// TestNoteWhileComparing adds a note while another choice of versions is
// compared: it goes on the version whose cell was noted, the rows' own,
// not the column of that number in the versions being compared.
func TestNoteWhileComparing(t *testing.T) {
	vm, q, ids := sampleModel(t)
	ctx := context.Background()
	if _, err := vm.lib.(*data.Library).AddNote(ctx, data.Note{VersionID: ids[3], Start: 0, End: 5, Text: "earlier"}); err != nil {
		t.Fatal(err)
	}
	if err := vm.SetColumns([]int64{ids[0], ids[1]}, ids[0]); err != nil {
		t.Fatal(err)
	}
	q.drain()
	old := vm.Comparison()
	row := slices.IndexFunc(old.Rows, func(r RowView) bool { return r.Cells[1].Has })
	// Four columns, being compared: the rows shown still have two.
	if err := vm.SetColumns([]int64{ids[1], ids[0], ids[2], ids[3]}, ids[1]); err != nil {
		t.Fatal(err)
	}
	if err := vm.AddNote(ctx, row, 1, "noted while comparing"); err != nil {
		t.Fatal(err)
	}
	q.drain()
	notes, err := vm.lib.Notes(ctx, ids...)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range notes {
		if n.Text == "noted while comparing" && n.VersionID != ids[1] {
			t.Errorf("the note is on version %d, want %d (the cell noted)", n.VersionID, ids[1])
		}
	}
	if got := len(vm.Comparison().Notes); got != 2 {
		t.Errorf("%d notes shown, want 2", got)
	}
}

// TestRelayoutSaysSo: while only the rows are laid out again for another
// version followed, the status says that, not that the versions are
// being compared.
func TestRelayoutSaysSo(t *testing.T) {
	vm, q, ids := sampleModel(t)
	vm.SetFollowed(ids[1])
	if got := statusText(vm.Comparison()); got != "Marking the changes followed…" {
		t.Errorf("status while laying out: %q", got)
	}
	q.drain()
	if err := vm.SetColumns(ids[:3], ids[0]); err != nil {
		t.Fatal(err)
	}
	if got := statusText(vm.Comparison()); !strings.HasPrefix(got, "Comparing ") {
		t.Errorf("status while comparing: %q", got)
	}
	q.drain()
}
