package app

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"

	"fyne.io/fyne/v2"

	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data"
	"github.com/variorum/variorum/data/export"
	"github.com/variorum/variorum/data/report"
)

// Library is the part of *data.Library the window uses: it reads the
// briefings and versions, edits their metadata, keeps notes, and takes
// pasted text.
type Library interface {
	Briefings(ctx context.Context) ([]data.Briefing, error)
	Briefing(ctx context.Context, id int64) (*data.Briefing, error)
	Versions(ctx context.Context, briefingID int64) ([]data.Version, error)
	Version(ctx context.Context, id int64) (*data.Version, error)
	UpdateVersion(ctx context.Context, v *data.Version) error
	DeleteVersion(ctx context.Context, id int64) error
	MoveVersion(ctx context.Context, id, briefingID int64) error
	CreateBriefing(ctx context.Context, b data.Briefing) (*data.Briefing, error)
	UpdateBriefing(ctx context.Context, b *data.Briefing) error
	DeleteBriefing(ctx context.Context, id int64) error
	ImportBytes(ctx context.Context, name string, b []byte, opt data.ImportOptions) (*data.Version, error)
	Notes(ctx context.Context, versionIDs ...int64) ([]data.Note, error)
	AddNote(ctx context.Context, n data.Note) (*data.Note, error)
	UpdateNote(ctx context.Context, id int64, text string) error
	DeleteNote(ctx context.Context, id int64) error
	Search(ctx context.Context, query string, limit int) ([]data.Hit, error)
	// Path is the library file, watched for changes made by other
	// processes ("" when there is none).
	Path() string
}

// MaxColumns is the most versions shown side by side: beyond six a column
// is too narrow to read prose in.
const MaxColumns = 6

// Comparison is a snapshot of what the main area shows.
type Comparison struct {
	// Columns are the versions shown, in column order (metadata only);
	// Base is the base's column.
	Columns []data.Version
	Base    int
	Rows    []RowView
	// Changes lists the changes of every column against its reference,
	// each with the row that shows it, in row order.
	Changes []ChangeView
	// Stats counts the changes of the first column other than the base.
	Stats compare.Stats
	// Translated is true, per column, for a version in another language
	// than the base: its rows are aligned across languages and carry no
	// word changes.
	Translated []bool
	// MarkedAgainst is, per column, the column whose removals it marks
	// (compare.Result.MarkedAgainst), or -1.
	MarkedAgainst []int
	// Findings counts the translation check's findings.
	Findings int
	// Notes are the notes on the versions shown.
	Notes []NoteView
	// Options are the comparison's options.
	Options CompareOptions
	// Busy is true while a comparison runs; Rows then still hold the
	// previous result. Relaying is true while only the rows are laid out
	// again, for another version followed.
	Busy, Relaying bool
	// Err is the last comparison's failure, if any.
	Err error
	// Seq grows by one each time Rows change, so views know to rebuild.
	Seq int
	// Table grows by one each time another comparison's rows come in,
	// not when the same rows are laid out again (another version
	// followed) or their notes placed: a view keeps its current row
	// while Table stays.
	Table int
}

// BaseVersion is the base's metadata, or nil before one is chosen.
func (c Comparison) BaseVersion() *data.Version {
	if c.Base < 0 || c.Base >= len(c.Columns) {
		return nil
	}
	return &c.Columns[c.Base]
}

// OtherVersion is the first column other than the base, or nil.
func (c Comparison) OtherVersion() *data.Version {
	if k := c.otherColumn(); k >= 0 {
		return &c.Columns[k]
	}
	return nil
}

func (c Comparison) otherColumn() int { return otherThan(len(c.Columns), c.Base) }

// AnyTranslated reports whether a column is in another language than the
// base.
func (c Comparison) AnyTranslated() bool { return slices.Contains(c.Translated, true) }

// CompareOptions are the options a reader sets for the comparison.
type CompareOptions struct {
	IgnoreCase, IgnorePunctuation bool
}

// ViewModelOptions choose how the view model runs work. The zero value
// runs comparisons on a goroutine and delivers results with fyne.Do; tests
// pass functions that run synchronously.
type ViewModelOptions struct {
	// Background runs long work (loading texts, comparing); default
	// `go f()`.
	Background func(f func())
	// UI runs f on the UI goroutine; default fyne.Do.
	UI func(f func())
	// Compare compares texts against texts[base], in the languages given
	// (BCP 47, "" unknown); default compare.Compare. Tests replace it to
	// render a fixed result.
	Compare func(ctx context.Context, texts, langs []string, base int, opts CompareOptions) (*compare.Result, error)
}

// ViewModel holds the window's state: the library's briefings and
// versions, the versions shown and their comparison. Widgets render it
// and call its methods; it never touches a widget. Listeners run on the
// UI goroutine.
type ViewModel struct {
	lib  Library
	opts ViewModelOptions

	mu        sync.Mutex
	briefings []data.Briefing
	versions  map[int64][]data.Version // by briefing id
	byID      map[int64]data.Version
	columns   []int64 // the versions shown, in order
	baseID    int64
	// shown keeps, by briefing, the columns and base last shown of it
	// alone, which opening it again restores.
	shown       map[int64]briefingColumns
	options     CompareOptions
	cmp         Comparison
	onlyChanged bool               // show changed rows only
	hideTrivial bool               // typography-only changes count as unchanged
	followed    int64              // the version whose changes alone Next and "changes only" follow, or 0
	last        *compared          // the comparison the rows show, laid out again for another followed
	notesEdits  int                // grows with each change of the notes (ReloadNotes)
	gen         int                // generation of the running comparison
	cancel      context.CancelFunc // cancels the running comparison
	listeners   []func()
}

// NewViewModel returns a view model over lib. Call Load before use.
func NewViewModel(lib Library, opts ViewModelOptions) *ViewModel {
	if opts.Background == nil {
		opts.Background = func(f func()) { go f() }
	}
	if opts.UI == nil {
		opts.UI = fyne.Do
	}
	if opts.Compare == nil {
		opts.Compare = func(ctx context.Context, texts, langs []string, base int, o CompareOptions) (*compare.Result, error) {
			return report.CompareTexts(ctx, texts, langs, base, export.Options{IgnoreCase: o.IgnoreCase, IgnorePunctuation: o.IgnorePunctuation})
		}
	}
	return &ViewModel{lib: lib, opts: opts, versions: map[int64][]data.Version{}, byID: map[int64]data.Version{},
		shown: map[int64]briefingColumns{}}
}

// briefingColumns are the columns, base and version followed a briefing
// was last shown with, and the versions it held then (known): those
// added since are shown when it opens again.
type briefingColumns struct {
	ids            []int64
	base, followed int64
	known          []int64
}

// OnChange registers f to run (on the UI goroutine) whenever the state
// changes.
func (m *ViewModel) OnChange(f func()) {
	m.mu.Lock()
	m.listeners = append(m.listeners, f)
	m.mu.Unlock()
}

// notify tells the listeners, on the UI goroutine, that the state changed.
func (m *ViewModel) notify() { m.opts.UI(m.notifyNow) }

// notifyNow runs the listeners on the calling (UI) goroutine.
func (m *ViewModel) notifyNow() {
	m.mu.Lock()
	ls := append([]func(){}, m.listeners...)
	m.mu.Unlock()
	for _, f := range ls {
		f()
	}
}

// Load reads the briefings and their versions from the library. Versions
// shown that are gone leave their columns.
func (m *ViewModel) Load(ctx context.Context) error {
	bs, err := m.lib.Briefings(ctx)
	if err != nil {
		return fmt.Errorf("loading the library: %w", err)
	}
	vs := map[int64][]data.Version{}
	byID := map[int64]data.Version{}
	for _, b := range bs {
		list, err := m.lib.Versions(ctx, b.ID)
		if err != nil {
			return fmt.Errorf("loading the versions of %q: %w", b.Title, err)
		}
		vs[b.ID] = list
		for _, v := range list {
			byID[v.ID] = v
		}
	}
	m.mu.Lock()
	m.briefings, m.versions, m.byID = bs, vs, byID
	shown := len(m.columns)
	m.columns = slices.DeleteFunc(m.columns, func(id int64) bool { _, ok := byID[id]; return !ok })
	if _, ok := byID[m.baseID]; !ok {
		m.baseID = 0
		if len(m.columns) > 0 {
			m.baseID = m.columns[0]
		}
	}
	// Metadata edited elsewhere shows in the column titles at once; in a
	// copy, as a snapshot handed out (Comparison) may still be read.
	cols := slices.Clone(m.cmp.Columns)
	for k, v := range cols {
		if nv, ok := byID[v.ID]; ok {
			cols[k] = nv
		}
	}
	m.cmp.Columns = cols
	for id := range m.shown {
		if _, ok := vs[id]; !ok {
			delete(m.shown, id) // deleted: its number may come back for another
		}
	}
	ids, base := slices.Clone(m.columns), m.baseID
	m.mu.Unlock()
	// A version shown was removed (here or by another process): the
	// comparison goes on without it, or empties with the last one.
	switch {
	case len(ids) == shown:
		m.notify()
	case len(ids) == 0:
		m.Close()
	default:
		return m.SetColumns(ids, base)
	}
	return nil
}

// Briefings returns the briefings, as last loaded.
func (m *ViewModel) Briefings() []data.Briefing {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.briefings
}

// BriefingByID returns briefing id, as last loaded.
func (m *ViewModel) BriefingByID(id int64) (data.Briefing, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, b := range m.briefings {
		if b.ID == id {
			return b, true
		}
	}
	return data.Briefing{}, false
}

// Versions returns the versions of a briefing, as last loaded.
func (m *ViewModel) Versions(briefingID int64) []data.Version {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.versions[briefingID]
}

// VersionByID returns a version's metadata.
func (m *ViewModel) VersionByID(id int64) (data.Version, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.byID[id]
	return v, ok
}

// AllVersions returns every version of the library, briefing by briefing.
func (m *ViewModel) AllVersions() []data.Version {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []data.Version
	for _, b := range m.briefings {
		out = append(out, m.versions[b.ID]...)
	}
	return out
}

// Columns returns the ids of the versions shown and of the base.
func (m *ViewModel) Columns() (ids []int64, base int64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.columns), m.baseID
}

// Pair returns the ids of the base and of the first other version shown
// (0 when unset).
func (m *ViewModel) Pair() (base, other int64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, id := range m.columns {
		if id != m.baseID {
			return m.baseID, id
		}
	}
	return m.baseID, 0
}

// Comparison returns a snapshot of the current comparison.
func (m *ViewModel) Comparison() Comparison {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.cmp
}

// SetOnlyChanged chooses whether the view shows only the rows that
// differ.
func (m *ViewModel) SetOnlyChanged(only bool) { m.setFlag(&m.onlyChanged, only) }

// OnlyChanged reports whether only the rows that differ are shown.
func (m *ViewModel) OnlyChanged() bool { return m.flag(&m.onlyChanged) }

// SetHideTrivial chooses whether typography-only changes count as no
// change (unmarked, skipped by Next and Previous, left out by "changes
// only").
func (m *ViewModel) SetHideTrivial(hide bool) { m.setFlag(&m.hideTrivial, hide) }

// HideTrivial reports whether typography-only changes are hidden.
func (m *ViewModel) HideTrivial() bool { return m.flag(&m.hideTrivial) }

// SetFollowed chooses the version whose changes alone Next, Previous and
// "changes only" follow (its changes against its reference, or the
// translation check's findings on a rendering); 0 follows every
// version's. Following a version not shown, or the base, follows every
// version's. The rows are laid out again for the choice in the
// background (relayout), the base's column then marking the followed
// version's removals (Marks).
func (m *ViewModel) SetFollowed(id int64) {
	m.mu.Lock()
	if !followable(id, m.columns, m.baseID) {
		id = 0
	}
	same := m.followed == id
	m.followed = id
	m.mu.Unlock()
	if !same {
		m.relayout()
	}
}

// Followed returns the version SetFollowed chose, or 0 while every
// version is followed. Hiding that version, making it the base or
// leaving it the only other version shown goes back to every version's.
func (m *ViewModel) Followed() int64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !followable(m.followed, m.columns, m.baseID) {
		return 0
	}
	return m.followed
}

// namesOf are versions ids' names as their columns' titles give them
// (shownNames).
func (m *ViewModel) namesOf(ids []int64) []string {
	labels := make([]string, len(ids))
	for k, id := range ids {
		v, _ := m.VersionByID(id)
		labels[k] = v.Label
	}
	return shownNames(labels, ids)
}

// followable reports whether version id can be followed alone among
// versions ids with base the base: shown, not the base, and one of two
// or more compared with the base (with one, it is every version).
func followable(id int64, ids []int64, base int64) bool {
	return id != 0 && id != base && slices.Contains(ids, id) && len(ids) >= 3
}

// FollowedIn is the column of Followed among versions ids (the columns
// of rows computed, which lag behind Columns while a comparison runs)
// with base the base's column, or -1 for every version.
func (m *ViewModel) FollowedIn(ids []int64, base int) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.followedColumnLocked(ids, base)
}

func (m *ViewModel) setFlag(f *bool, on bool) {
	m.mu.Lock()
	same := *f == on
	*f = on
	m.mu.Unlock()
	if !same {
		m.notify()
	}
}

func (m *ViewModel) flag(f *bool) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return *f
}

// SetOptions changes the comparison's options and compares again.
func (m *ViewModel) SetOptions(o CompareOptions) error {
	m.mu.Lock()
	same := m.options == o
	m.options = o
	ids, base := slices.Clone(m.columns), m.baseID
	m.mu.Unlock()
	if same || len(ids) == 0 {
		return nil
	}
	return m.SetColumns(ids, base)
}

// Options returns the comparison's options.
func (m *ViewModel) Options() CompareOptions {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.options
}

// OpenFirst opens the first briefing that has versions.
func (m *ViewModel) OpenFirst() error {
	for _, b := range m.Briefings() {
		if len(m.Versions(b.ID)) > 0 {
			return m.OpenBriefing(b.ID)
		}
	}
	return errors.New("the library holds no versions yet: import files with Import… in the File menu")
}

// OpenBriefing shows a briefing's versions side by side as it was last
// shown on its own, following the same version (those deleted or moved
// out since left out, those added or moved in shown too), or else the
// first MaxColumns, its first version the base.
func (m *ViewModel) OpenBriefing(id int64) error {
	m.mu.Lock()
	m.rememberShownLocked() // the briefing shown may be the one asked for
	last := m.shown[id]
	ids := slices.DeleteFunc(slices.Clone(last.ids), func(v int64) bool { return m.byID[v].BriefingID != id })
	for _, v := range m.versions[id] {
		if len(ids) < MaxColumns && !slices.Contains(last.known, v.ID) && !slices.Contains(ids, v.ID) {
			ids = append(ids, v.ID)
		}
	}
	m.mu.Unlock()
	if !slices.Contains(ids, last.base) {
		ids = m.briefingColumns(id)
		if len(ids) == 0 {
			return fmt.Errorf("briefing %d has no versions", id)
		}
		return m.SetColumns(ids, ids[0])
	}
	return m.setColumns(ids, last.base, &last.followed)
}

// ShownBriefing is the briefing whose versions the columns show, when
// they show one briefing alone.
func (m *ViewModel) ShownBriefing() (int64, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.shownBriefingLocked()
}

// shownBriefingLocked is ShownBriefing with m.mu held.
func (m *ViewModel) shownBriefingLocked() (int64, bool) {
	if len(m.columns) == 0 {
		return 0, false
	}
	b := m.byID[m.columns[0]].BriefingID
	for _, id := range m.columns {
		if m.byID[id].BriefingID != b {
			return 0, false
		}
	}
	return b, true
}

// rememberShownLocked keeps what the columns show, when they show one
// briefing alone, for OpenBriefing; with m.mu held.
func (m *ViewModel) rememberShownLocked() {
	b, ok := m.shownBriefingLocked()
	if !ok {
		return
	}
	known := make([]int64, 0, len(m.versions[b]))
	for _, v := range m.versions[b] {
		known = append(known, v.ID)
	}
	m.shown[b] = briefingColumns{ids: slices.Clone(m.columns), base: m.baseID, followed: m.followed, known: known}
}

// briefingColumns returns the versions of briefing id that open side by
// side: the first MaxColumns.
func (m *ViewModel) briefingColumns(id int64) []int64 {
	vs := m.Versions(id)
	ids := make([]int64, 0, min(len(vs), MaxColumns))
	for _, v := range vs[:min(len(vs), MaxColumns)] {
		ids = append(ids, v.ID)
	}
	return ids
}

// SetBase makes id the base: a version shown becomes the base in its
// column; another takes the base's column.
func (m *ViewModel) SetBase(id int64) error {
	ids, base := m.Columns()
	switch k := slices.Index(ids, id); {
	case k >= 0:
	case len(ids) == 0:
		ids = []int64{id}
	default:
		ids[max(0, slices.Index(ids, base))] = id
	}
	return m.SetColumns(ids, id)
}

// SetOther shows id in the first column other than the base's (or adds
// it beside the base).
func (m *ViewModel) SetOther(id int64) error {
	ids, base := m.Columns()
	if base == 0 {
		return m.SetColumns([]int64{id}, id)
	}
	if slices.Contains(ids, id) {
		return nil
	}
	for k, c := range ids {
		if c != base {
			ids[k] = id
			return m.SetColumns(ids, base)
		}
	}
	return m.SetColumns(append(ids, id), base)
}

// AddColumn shows id in a column of its own beside those shown, or, when
// MaxColumns are, in the first column other than the base's (SetOther):
// a version opened from a search joins the comparison rather than
// replacing one of it.
func (m *ViewModel) AddColumn(id int64) error {
	ids, base := m.Columns()
	if base == 0 || len(ids) >= MaxColumns {
		return m.SetOther(id)
	}
	if slices.Contains(ids, id) {
		return nil
	}
	return m.SetColumns(append(ids, id), base)
}

// OpenVersion shows version id, as a search hit opens it: beside the
// versions shown when one of them is of its briefing (AddColumn), else
// with the versions of its own briefing, as OpenBriefing shows them (the
// last of them giving way to id when there are more than MaxColumns): a
// version of another briefing is not compared with this one's.
func (m *ViewModel) OpenVersion(id int64) error {
	v, ok := m.VersionByID(id)
	if !ok {
		return m.AddColumn(id)
	}
	shown, _ := m.Columns()
	for _, c := range shown {
		if w, ok := m.VersionByID(c); ok && w.BriefingID == v.BriefingID {
			return m.AddColumn(id)
		}
	}
	ids := m.briefingColumns(v.BriefingID)
	switch {
	case len(ids) == 0: // the library changed under the list
		return m.AddColumn(id)
	case !slices.Contains(ids, id):
		ids[len(ids)-1] = id
	}
	return m.SetColumns(ids, ids[0])
}

// ToggleColumn shows id in a column of its own, or takes it away. The
// base stays (another version shown becomes the base if it goes), and at
// most MaxColumns are shown.
func (m *ViewModel) ToggleColumn(id int64) error {
	ids, base := m.Columns()
	if k := slices.Index(ids, id); k >= 0 {
		if len(ids) == 1 {
			return errors.New("one version at least stays shown")
		}
		ids = slices.Delete(ids, k, k+1)
		if id == base {
			base = ids[0]
		}
		return m.SetColumns(ids, base)
	}
	if len(ids) >= MaxColumns {
		return fmt.Errorf("at most %d versions side by side: untick one first", MaxColumns)
	}
	if base == 0 {
		base = id
	}
	return m.SetColumns(append(ids, id), base)
}

// Swap makes the first version shown other than the base the base.
func (m *ViewModel) Swap() error {
	_, other := m.Pair()
	if other == 0 {
		return nil
	}
	return m.SetBase(other)
}

// Close shows no versions (the rows empty) until others are chosen.
func (m *ViewModel) Close() {
	m.mu.Lock()
	if m.cancel != nil {
		m.cancel()
		m.cancel = nil
	}
	m.gen++
	m.rememberShownLocked()
	m.columns, m.baseID, m.followed = nil, 0, 0
	m.cmp, m.last = Comparison{Seq: m.cmp.Seq + 1, Table: m.cmp.Table + 1}, nil
	m.mu.Unlock()
	m.notify()
}

// SetPair shows two versions, base first (one, when they are the same).
func (m *ViewModel) SetPair(baseID, otherID int64) error {
	if baseID == otherID {
		return m.SetColumns([]int64{baseID}, baseID)
	}
	return m.SetColumns([]int64{baseID, otherID}, baseID)
}

// SetColumns shows versions ids side by side with base the base, and
// starts comparing them in the background; listeners hear when the
// result is in.
func (m *ViewModel) SetColumns(ids []int64, base int64) error {
	return m.setColumns(ids, base, nil)
}

// setColumns is SetColumns, following version *followed where it is not
// nil (and can be followed), in the same layout.
func (m *ViewModel) setColumns(ids []int64, base int64, followed *int64) error {
	if len(ids) == 0 || len(ids) > MaxColumns {
		return fmt.Errorf("showing %d versions: choose one to %d", len(ids), MaxColumns)
	}
	m.mu.Lock()
	cols := make([]data.Version, len(ids))
	for k, id := range ids {
		v, ok := m.byID[id]
		if !ok {
			m.mu.Unlock()
			return fmt.Errorf("showing version %d: %w", id, data.ErrNotFound)
		}
		cols[k] = v
	}
	bk := slices.Index(ids, base)
	if bk < 0 {
		m.mu.Unlock()
		return fmt.Errorf("the base (version %d) is not among the versions shown", base)
	}
	if m.cancel != nil {
		m.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	m.gen++
	gen := m.gen
	m.rememberShownLocked() // what is left, as it was left
	m.columns, m.baseID = slices.Clone(ids), base
	if followed != nil {
		m.followed = *followed
	}
	if !followable(m.followed, ids, base) {
		m.followed = 0 // hidden, made the base, or no other to choose from: every version's again
	}
	m.cmp.Columns, m.cmp.Base, m.cmp.Options = cols, bk, m.options
	m.cmp.Busy, m.cmp.Relaying, m.cmp.Err = true, false, nil
	opts := m.options
	j := job{gen: gen, cancel: cancel, notesEdits: m.notesEdits, table: true}
	m.mu.Unlock()
	m.notify()

	m.opts.Background(func() {
		c, err := m.compute(ctx, ids, bk, opts)
		var out computed
		if err == nil {
			out, err = m.layout(ctx, c, m.FollowedIn(ids, bk))
		}
		m.opts.UI(func() { m.finish(j, c, out, err) })
	})
	return nil
}

// job is a background job's ticket: its generation, which a newer job
// supersedes, how to cancel it, the notes' edits when it began (the
// notes it reads may be older than those shown when it ends), and
// whether it brings another comparison's rows (Comparison.Table).
type job struct {
	gen        int
	cancel     context.CancelFunc
	notesEdits int
	table      bool
}

// relayout lays the last comparison's rows out again, for the version
// followed now, in the background: what the base's column marks follows
// it (BuildRowsFollowing). Without a comparison, or with one running
// (which lays its rows out for the version followed when it ends), it
// only tells the listeners.
func (m *ViewModel) relayout() {
	m.mu.Lock()
	c := m.last
	if c == nil || m.cmp.Busy {
		m.mu.Unlock()
		m.notify()
		return
	}
	m.startLayout(c, false)
}

// startLayout lays comparison c's rows out in the background for the
// version followed now; table says they are another comparison's rows
// than those shown (Comparison.Table). It is called with m.mu held, and
// releases it.
func (m *ViewModel) startLayout(c *compared, table bool) {
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	m.gen++
	j := job{gen: m.gen, cancel: cancel, notesEdits: m.notesEdits, table: table}
	f := m.followedColumnLocked(c.ids, c.res.Base)
	m.cmp.Busy, m.cmp.Relaying = true, !table
	m.mu.Unlock()
	m.notify()
	m.opts.Background(func() {
		out, err := m.layout(ctx, c, f)
		m.opts.UI(func() { m.finish(j, c, out, err) })
	})
}

// finish takes in, on the UI goroutine, the rows of comparison c that
// background job j laid out, unless a newer job superseded it, and tells
// the listeners. Where another version was chosen to follow while they
// were laid out, or the notes changed since j began, it lays them out or
// places the notes again.
func (m *ViewModel) finish(j job, c *compared, out computed, err error) {
	m.mu.Lock()
	if j.gen != m.gen {
		m.mu.Unlock()
		return // a newer choice superseded this one
	}
	m.cancel = nil
	if err == nil && out.followed != m.followedColumnLocked(c.ids, c.res.Base) {
		// Another version was chosen meanwhile: laid out for it before
		// they are shown (the notes read anew with them).
		j.cancel()
		m.startLayout(c, j.table)
		return
	}
	m.cmp.Busy, m.cmp.Relaying = false, false
	m.last = c
	if err != nil {
		m.last, out = nil, computed{} // no rows and zero stats
	}
	m.cmp.Rows, m.cmp.Changes, m.cmp.Stats, m.cmp.Err = out.rows, out.changes, out.stats, err
	m.cmp.Translated, m.cmp.Findings, m.cmp.Notes = out.translated, out.findings, out.notes
	m.cmp.MarkedAgainst = out.markedAgainst
	m.cmp.Seq++
	if j.table {
		m.cmp.Table++
	}
	notesStale := m.notesEdits != j.notesEdits
	m.mu.Unlock()
	j.cancel()
	m.notifyNow()
	if err == nil && notesStale {
		// A failure leaves the notes as read; the next comparison reads
		// them again.
		_ = m.ReloadNotes(context.Background())
	}
}

// followedColumnLocked is FollowedIn with m.mu held: the column of the
// version followed among ids, if it can be followed there (followable).
func (m *ViewModel) followedColumnLocked(ids []int64, base int) int {
	if base < 0 || base >= len(ids) || !followable(m.followed, ids, ids[base]) {
		return -1
	}
	return slices.Index(ids, m.followed)
}

// rowsShown returns the rows shown and the versions and base column
// they were built for: while a comparison runs, Comparison.Columns are
// already the newer choice's, the rows still the last comparison's.
func (m *ViewModel) rowsShown() (rows []RowView, cols []data.Version, base int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.last == nil {
		return nil, nil, 0
	}
	cols = make([]data.Version, len(m.last.ids))
	for k, id := range m.last.ids {
		cols[k] = cmp.Or(m.byID[id], data.Version{ID: id})
	}
	return m.cmp.Rows, cols, m.last.res.Base
}

// ShownColumns are the versions the rows shown were built for, in
// column order (see rowsShown), which a note's or a finding's column
// counts in.
func (m *ViewModel) ShownColumns() []data.Version {
	_, cols, _ := m.rowsShown()
	return cols
}

// compared is a comparison as the view model keeps it: enough to lay its
// rows out again for another version followed, without comparing again.
type compared struct {
	res      *compare.Result
	table    []compare.Row // laid out (Result.MovesInPlace)
	index    []int         // where each row of res.Rows went in table
	findings []compare.Finding
	ids      []int64
	labels   []string
	// originals marks the versions of kind original (data.KindOriginal).
	originals []bool
}

// computed is what compute hands back to the UI goroutine.
type computed struct {
	rows       []RowView
	changes    []ChangeView
	stats      compare.Stats
	translated []bool
	// markedAgainst is the comparison's Result.MarkedAgainst of each
	// version (nil on failure).
	markedAgainst []int
	findings      int
	notes         []NoteView
	// followed is the column whose changes the rows were laid out to
	// follow, or -1.
	followed int
}

// shownNames are the versions' names as their columns' titles give them:
// the label, with the version's id where another version shown has it.
func shownNames(labels []string, ids []int64) []string {
	count := map[string]int{}
	for _, l := range labels {
		count[l]++
	}
	out := make([]string, len(labels))
	for k, l := range labels {
		out[k] = l
		if count[l] > 1 {
			out[k] = fmt.Sprintf("%s #%d", l, ids[k])
		}
	}
	return out
}

// compute loads the texts and compares them (across languages where
// theirs differ, then with the translation check).
func (m *ViewModel) compute(ctx context.Context, ids []int64, base int, opts CompareOptions) (*compared, error) {
	texts := make([]string, len(ids))
	langs := make([]string, len(ids))
	labels := make([]string, len(ids))
	originals := make([]bool, len(ids))
	for k, id := range ids {
		v, err := m.lib.Version(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("loading version %d: %w", id, err)
		}
		texts[k], langs[k], labels[k], originals[k] = v.Text, v.Language, v.Label, v.Kind == data.KindOriginal
	}
	res, err := m.opts.Compare(ctx, texts, langs, base, opts)
	if err != nil {
		return nil, fmt.Errorf("comparing %s: %w", joinNonEmpty(labels...), err)
	}
	findings, err := compare.CheckTranslationsContext(ctx, res)
	if err != nil {
		return nil, err
	}
	c := &compared{res: res, findings: findings, ids: ids, labels: labels, originals: originals}
	c.table, c.index = res.MovesInPlace()
	return c, nil
}

// layout builds the rows of comparison c for a view that follows column
// f's changes (-1: every version's), with the findings and the notes.
func (m *ViewModel) layout(ctx context.Context, c *compared, f int) (computed, error) {
	res := c.res
	out := computed{translated: res.Translated, markedAgainst: Marks(res, f), followed: f}
	out.rows = BuildRowsFollowing(res, c.table, f)
	out.changes = changeViews(res, out.rows, c.table)
	if other := otherThan(len(c.ids), res.Base); other >= 0 {
		out.stats = res.StatsFor(other)
	}
	if len(c.findings) > 0 {
		out.findings = len(c.findings)
		attachFindings(out.rows, c.index, c.findings, findingWords{names: shownNames(c.labels, c.ids), originals: c.originals, base: res.Base})
	}
	markContinued(out.rows, out.changes, f)
	notes, err := m.lib.Notes(ctx, c.ids...)
	if err != nil {
		return computed{}, err
	}
	cols := make([]data.Version, len(c.ids))
	for k, id := range c.ids {
		cols[k], _ = m.VersionByID(id)
	}
	out.notes = placeNotes(out.rows, cols, notes)
	return out, nil
}

// otherThan is the first column other than base, or -1.
func otherThan(n, base int) int {
	for k := range n {
		if k != base {
			return k
		}
	}
	return -1
}
