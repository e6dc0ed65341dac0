package export

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/variorum/variorum/compare"
)

// Report is everything a comparison report holds: what was compared, the
// comparison itself, and the researcher's notes. The command line and the
// window fill it from the library; the writers in this package only read
// it.
type Report struct {
	Briefing Briefing
	// Versions describe the compared texts, in the order of
	// Result.Texts.
	Versions []Version
	Result   *compare.Result
	// Findings are the translation check's (compare.Check), when
	// versions are in several languages; nil otherwise.
	Findings []compare.Finding
	// Notes are on the versions' texts, by version index.
	Notes   []Note
	Options Options
	// Tool names the program and its version ("Variorum 0.1.0");
	// Created is when the report was made.
	Tool    string
	Created time.Time
}

// Briefing is the event the versions belong to.
type Briefing struct {
	Slug, Title, Date, Place, Speakers, Note string
}

// Version is one compared text's metadata: enough for a reader to find
// the original and prove it is the one compared (SHA256 of the bytes as
// imported).
type Version struct {
	// ID is the version's in the library, 0 for texts compared from
	// files; Briefing the slug of the briefing it belongs to, "" as well.
	ID                                           int64
	Briefing                                     string
	Label, Source, URL, Language, Kind, FileName string
	SHA256                                       string
	// TextSHA256 is the hex SHA-256 of the text compared, when known
	// (the library checks it); the JSON hashes the text otherwise.
	TextSHA256 string
	Size       int64
	ImportedAt time.Time
	// RetrievedAt (when the source was read) and Note are as the user
	// gave them: provenance a citation needs.
	RetrievedAt, Note string
}

// Note is a researcher's note on a byte span of one version's text.
type Note struct {
	Version              int // index into Report.Versions
	Start, End           int
	Text                 string
	CreatedAt, UpdatedAt time.Time
}

// Options are the comparison options used, so a reader knows what the
// report leaves out.
type Options struct {
	IgnoreCase        bool
	IgnorePunctuation bool
	// HideTrivial leaves typography-only changes out of the change lists
	// (the aligned text still marks them).
	HideTrivial bool
}

// ErrNoResult is returned for a report without a comparison.
var ErrNoResult = errors.New("export: the report has no comparison")

// check reports whether r can be written.
func (r *Report) check() error {
	if r == nil || r.Result == nil {
		return ErrNoResult
	}
	if len(r.Versions) != len(r.Result.Texts) {
		return errors.New("export: the report describes a different number of versions than it compares")
	}
	return nil
}

// label is version v's label, or "vN" when it has none; with its
// briefing's slug where the versions come from several briefings, whose
// labels may be alike ("blog-en (csto-2024-06-21)", "blog-en (formats)").
func (r *Report) label(v int) string {
	if v >= 0 && v < len(r.Versions) && r.Versions[v].Label != "" {
		if r.severalBriefings() && r.Versions[v].Briefing != "" {
			return r.Versions[v].Label + " (" + r.Versions[v].Briefing + ")"
		}
		return r.Versions[v].Label
	}
	return "v" + itoa(v+1)
}

// severalBriefings reports versions of more than one briefing.
func (r *Report) severalBriefings() bool {
	for _, v := range r.Versions {
		if v.Briefing != "" && v.Briefing != r.Versions[0].Briefing {
			return true
		}
	}
	return false
}

// title is what a report is called: the briefing's title, else the
// labels compared; where the versions come from several briefings, the
// labels, each with its briefing (the briefing's details are the base's).
func (r *Report) title() string {
	if r.Briefing.Title != "" && !r.severalBriefings() {
		return r.Briefing.Title
	}
	t := "Comparison of "
	for v := range r.Versions {
		if v > 0 {
			t += ", "
		}
		t += r.label(v)
	}
	return t
}

// listed reports whether c belongs in a change list under the options.
func (r *Report) listed(c compare.Change) bool {
	return !(r.Options.HideTrivial && c.Trivial)
}

// ListedCount is how many changes the report's lists show (all, or the
// non-trivial ones with HideTrivial).
func (r *Report) ListedCount() int {
	n := 0
	for _, c := range r.Result.Changes {
		if r.listed(c) {
			n++
		}
	}
	return n
}

// numberedChange is a change as the lists show it, with its number.
type numberedChange struct {
	compare.Change
	// N numbers the change in every export, from 1 (change-N in the
	// HTML report, number in the CSV and the JSON): see numbered.
	N int
	// index is the change's in Result.Changes.
	index int
}

// numbered returns the changes the lists show, numbered as every export
// numbers them: the changes of substance first, numbers first (a changed
// figure is what a reader looks for first), then in the engine's order,
// then the typography-only ones, so that hiding those leaves the others'
// numbers as they were.
func (r *Report) numbered() []numberedChange {
	var nums, rest, trivial []numberedChange
	for i, c := range r.Result.Changes {
		nc := numberedChange{Change: c, index: i}
		switch {
		case !r.listed(c):
		case c.Trivial:
			trivial = append(trivial, nc)
		case c.HasFlag(compare.FlagNumber):
			nums = append(nums, nc)
		default:
			rest = append(rest, nc)
		}
	}
	out := slices.Concat(nums, rest, trivial)
	for k := range out {
		out[k].N = k + 1
	}
	return out
}

// pairStats are the counts of one compared pair.
type pairStats struct {
	From, To string
	compare.Stats
}

// stats counts the changes of every version that has a reference.
func (r *Report) stats() []pairStats {
	var out []pairStats
	for v, ref := range r.Result.Reference {
		if ref >= 0 {
			out = append(out, pairStats{r.label(ref), r.label(v), r.Result.StatsFor(v)})
		}
	}
	return out
}

// briefingLine is the briefing's date, place and speakers on one line.
func briefingLine(b Briefing) string {
	var parts []string
	for _, s := range []string{b.Date, b.Place, b.Speakers} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

// optionsLine says how the texts were compared.
func optionsLine(r *Report) string {
	o := r.Options
	s := fmt.Sprintf("Compared with %s: letter case %s, punctuation %s, typography-only changes %s.",
		orDefault(r.Tool, "Variorum"), ignored(o.IgnoreCase), ignored(o.IgnorePunctuation), hidden(o.HideTrivial))
	if !r.Created.IsZero() {
		s += " Made " + r.Created.UTC().Format("2006-01-02 15:04 UTC") + "."
	}
	return s
}

func ignored(b bool) string {
	if b {
		return "ignored"
	}
	return "compared"
}

func hidden(b bool) string {
	if b {
		return "left out of the lists"
	}
	return "listed as trivial"
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// dateOf is t's day, or "" for the zero time.
func dateOf(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02")
}
