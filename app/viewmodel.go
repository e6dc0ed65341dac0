package app

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"

	"fyne.io/fyne/v2"

	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data"
)

// Library is the part of *data.Library the window reads.
type Library interface {
	Briefings(ctx context.Context) ([]data.Briefing, error)
	Versions(ctx context.Context, briefingID int64) ([]data.Version, error)
	Version(ctx context.Context, id int64) (*data.Version, error)
}

// RowView is one aligned row as the two columns show it.
type RowView struct {
	// Base and Other are the highlighted runs of each cell; nil (with
	// HasBase or HasOther false) where the version lacks the content.
	Base, Other       []compare.Segment
	HasBase, HasOther bool
	// Moved marks a row whose content sits elsewhere in the other version.
	Moved bool
	// ParagraphStart marks the first row of a paragraph.
	ParagraphStart bool
	// Changed is true when any run of the row differs (trivially or not).
	Changed bool
	// Findings are the translation check's findings on this row, for a
	// person ("numbers differ: source has 19, rendering has 18").
	Findings []string
}

// Comparison is a snapshot of what the main area shows.
type Comparison struct {
	Base, Other *data.Version // metadata only; nil until chosen
	Rows        []RowView
	Stats       compare.Stats
	// Busy is true while a comparison runs; Rows then still hold the
	// previous result.
	Busy bool
	// Err is the last comparison's failure, if any.
	Err error
	// Seq grows by one each time Rows change, so views know to rebuild.
	Seq int
	// Translated is true when Other is in another language than Base:
	// the rows are aligned across languages and carry no word changes.
	Translated bool
	// Findings counts the translation check's findings.
	Findings int
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
	// Compare compares the base text (texts[0]) with the other (texts[1]),
	// in the languages given (BCP 47, "" unknown); default compare.Compare
	// with the base first. Tests replace it to render a fixed result.
	Compare func(ctx context.Context, texts, langs []string) (*compare.Result, error)
}

// ViewModel holds the window's state: the library's briefings and
// versions, the chosen pair of versions and their comparison. Widgets
// render it and call its methods; it never touches a widget. Listeners run
// on the UI goroutine.
type ViewModel struct {
	lib  Library
	opts ViewModelOptions

	mu          sync.Mutex
	briefings   []data.Briefing
	versions    map[int64][]data.Version // by briefing id
	byID        map[int64]data.Version
	baseID      int64
	otherID     int64
	cmp         Comparison
	onlyChanged bool               // show changed rows only
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
		opts.Compare = func(ctx context.Context, texts, langs []string) (*compare.Result, error) {
			return compare.Compare(ctx, texts, compare.Options{Base: 0, Languages: langs})
		}
	}
	return &ViewModel{lib: lib, opts: opts, versions: map[int64][]data.Version{}, byID: map[int64]data.Version{}}
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

// Load reads the briefings and their versions from the library. It keeps
// the chosen pair when both versions still exist.
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
	if _, ok := byID[m.baseID]; !ok {
		m.baseID = 0
	}
	if _, ok := byID[m.otherID]; !ok {
		m.otherID = 0
	}
	m.mu.Unlock()
	m.notify()
	return nil
}

// Briefings returns the briefings, as last loaded.
func (m *ViewModel) Briefings() []data.Briefing {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.briefings
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

// Candidates returns the versions the base and other selectors offer: the
// versions of the chosen versions' briefings (one briefing, usually).
func (m *ViewModel) Candidates() []data.Version {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []data.Version
	seen := map[int64]bool{}
	for _, id := range []int64{m.baseID, m.otherID} {
		v, ok := m.byID[id]
		if !ok || seen[v.BriefingID] {
			continue
		}
		seen[v.BriefingID] = true
		out = append(out, m.versions[v.BriefingID]...)
	}
	return out
}

// Pair returns the ids of the base and other versions (0 when unset).
func (m *ViewModel) Pair() (base, other int64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.baseID, m.otherID
}

// Comparison returns a snapshot of the current comparison.
func (m *ViewModel) Comparison() Comparison {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.cmp
}

// SetOnlyChanged chooses whether the view shows only the rows that
// differ.
func (m *ViewModel) SetOnlyChanged(only bool) {
	m.mu.Lock()
	same := m.onlyChanged == only
	m.onlyChanged = only
	m.mu.Unlock()
	if !same {
		m.notify()
	}
}

// OnlyChanged reports whether only the rows that differ are shown.
func (m *ViewModel) OnlyChanged() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.onlyChanged
}

// VisibleRows returns the rows the view shows: all of them, or the changed
// ones with a paragraph break marked wherever unchanged rows were left out.
func VisibleRows(rows []RowView, onlyChanged bool) []RowView {
	if !onlyChanged {
		return rows
	}
	var out []RowView
	prev := -1
	for i, r := range rows {
		if !r.Changed {
			continue
		}
		if prev != i-1 {
			r.ParagraphStart = true
		}
		out = append(out, r)
		prev = i
	}
	return out
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

// OpenBriefing compares a briefing's first version (the base) with its
// second (or with itself when it has only one).
func (m *ViewModel) OpenBriefing(id int64) error {
	vs := m.Versions(id)
	if len(vs) == 0 {
		return fmt.Errorf("briefing %d has no versions", id)
	}
	other := vs[0].ID
	if len(vs) > 1 {
		other = vs[1].ID
	}
	return m.SetPair(vs[0].ID, other)
}

// SetBase keeps the other version and compares it against a new base.
func (m *ViewModel) SetBase(id int64) error {
	_, other := m.Pair()
	if other == 0 {
		other = id
	}
	return m.SetPair(id, other)
}

// SetOther keeps the base and compares it with another version.
func (m *ViewModel) SetOther(id int64) error {
	base, _ := m.Pair()
	if base == 0 {
		base = id
	}
	return m.SetPair(base, id)
}

// Swap exchanges the base and the other version.
func (m *ViewModel) Swap() error {
	base, other := m.Pair()
	if base == 0 || other == 0 {
		return nil
	}
	return m.SetPair(other, base)
}

// SetPair chooses both versions and starts comparing them in the
// background; listeners hear when the result is in.
func (m *ViewModel) SetPair(baseID, otherID int64) error {
	m.mu.Lock()
	base, okB := m.byID[baseID]
	other, okO := m.byID[otherID]
	if !okB || !okO {
		m.mu.Unlock()
		return fmt.Errorf("choosing versions %d and %d: %w", baseID, otherID, data.ErrNotFound)
	}
	if m.cancel != nil {
		m.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	m.gen++
	gen := m.gen
	m.baseID, m.otherID = baseID, otherID
	m.cmp.Base, m.cmp.Other = &base, &other
	m.cmp.Busy, m.cmp.Err = true, nil
	m.mu.Unlock()
	m.notify()

	m.opts.Background(func() {
		out, err := m.compute(ctx, baseID, otherID)
		m.opts.UI(func() {
			m.mu.Lock()
			if gen != m.gen {
				m.mu.Unlock()
				return // a newer choice superseded this one
			}
			m.cancel = nil
			m.cmp.Busy = false
			// On failure compute returns no rows and zero stats.
			m.cmp.Rows, m.cmp.Stats, m.cmp.Err = out.rows, out.stats, err
			m.cmp.Translated, m.cmp.Findings = out.translated, out.findings
			m.cmp.Seq++
			m.mu.Unlock()
			cancel()
			m.notifyNow()
		})
	})
	return nil
}

// computed is what compute hands back to the UI goroutine.
type computed struct {
	rows       []RowView
	stats      compare.Stats
	translated bool
	findings   int
}

// compute loads both texts, compares them (across languages when theirs
// differ, then with the translation check) and builds the rows.
func (m *ViewModel) compute(ctx context.Context, baseID, otherID int64) (computed, error) {
	base, err := m.lib.Version(ctx, baseID)
	if err != nil {
		return computed{}, fmt.Errorf("loading the base version: %w", err)
	}
	other, err := m.lib.Version(ctx, otherID)
	if err != nil {
		return computed{}, fmt.Errorf("loading the other version: %w", err)
	}
	res, err := m.opts.Compare(ctx, []string{base.Text, other.Text}, []string{base.Language, other.Language})
	if err != nil {
		return computed{}, fmt.Errorf("comparing %s with %s: %w", base.Label, other.Label, err)
	}
	out := computed{rows: BuildRows(res, 0, 1), stats: res.StatsFor(1)}
	if len(res.Translated) > 1 && res.Translated[1] {
		out.translated = true
		findings := compare.Check(res)
		out.findings = len(findings)
		attachFindings(out.rows, res, findings)
	}
	return out, nil
}

// attachFindings puts each finding on the row that shows its table row
// (BuildRows leaves out rows with neither version).
func attachFindings(rows []RowView, res *compare.Result, findings []compare.Finding) {
	shown := make([]int, len(res.Rows)) // table row -> index in rows, or -1
	k := 0
	for i, r := range res.Rows {
		shown[i] = -1
		if cellOf(r, 0) != nil || cellOf(r, 1) != nil {
			shown[i] = k
			k++
		}
	}
	for _, f := range findings {
		for r := f.Row; r <= max(f.Row, f.LastRow); r++ {
			if k := shown[r]; k >= 0 {
				rows[k].Findings = append(rows[k].Findings, findingNote(f))
			}
		}
	}
}

// findingNote is a finding as its row shows it (the row is where it is).
func findingNote(f compare.Finding) string {
	switch f.Kind {
	case compare.FindingNumber:
		return fmt.Sprintf("Numbers differ: source %s, rendering %s", orNone(f.Source), orNone(f.Target))
	case compare.FindingOmission:
		return "Not rendered"
	case compare.FindingAddition:
		return "Not in the source"
	case compare.FindingUntranslated:
		return "Not translated"
	case compare.FindingName:
		return fmt.Sprintf("%s rendered as %s", f.Source, f.Target)
	}
	return string(f.Kind)
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// BuildRows turns the alignment table of res into rows for two columns:
// version base on the left, version other on the right.
func BuildRows(res *compare.Result, base, other int) []RowView {
	baseSegs := res.Segments(base, other, 0, len(res.Texts[base]))
	otherSegs := res.Segments(other, other, 0, len(res.Texts[other]))
	rows := make([]RowView, 0, len(res.Rows))
	for _, r := range res.Rows {
		rv := RowView{Moved: r.Moved, ParagraphStart: r.ParagraphStart}
		if c := cellOf(r, base); c != nil {
			rv.HasBase = true
			rv.Base = sliceSegments(baseSegs, c.Start, c.End)
		}
		if c := cellOf(r, other); c != nil {
			rv.HasOther = true
			rv.Other = sliceSegments(otherSegs, c.Start, c.End)
		}
		if !rv.HasBase && !rv.HasOther {
			continue
		}
		rv.Changed = rv.HasBase != rv.HasOther || changed(rv.Base) || changed(rv.Other)
		rows = append(rows, rv)
	}
	return rows
}

func cellOf(r compare.Row, v int) *compare.Cell {
	if v < len(r.Cells) && r.Cells[v] != nil && r.Cells[v].End >= r.Cells[v].Start {
		return r.Cells[v]
	}
	return nil
}

func changed(segs []compare.Segment) bool {
	for _, s := range segs {
		if s.Kind != compare.Equal {
			return true
		}
	}
	return false
}

// sliceSegments returns the parts of segs (sorted, non-overlapping,
// covering a whole text) that fall in [start, end), clipped to it.
func sliceSegments(segs []compare.Segment, start, end int) []compare.Segment {
	i := sort.Search(len(segs), func(i int) bool { return segs[i].End > start })
	var out []compare.Segment
	for ; i < len(segs) && segs[i].Start < end; i++ {
		s := segs[i]
		if s.Start < start || s.End > end {
			lo, hi := max(s.Start, start), min(s.End, end)
			s.Text = s.Text[lo-s.Start : hi-s.Start]
			s.Start, s.End = lo, hi
		}
		if s.Start < s.End {
			out = append(out, s)
		}
	}
	return out
}
