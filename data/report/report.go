// Package report builds export reports from the library: it loads the
// versions asked for, compares them as the window does and gathers the
// briefing and the notes, so that the window's File → Export… and
// "variorum export" hand data/export the same report. It sits apart from
// data/export, which reads nothing and stays free of SQLite.
package report

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data"
	"github.com/variorum/variorum/data/export"
	"github.com/variorum/variorum/data/textfile"
)

// Library is the part of a library FromLibrary reads; *data.Library
// has it.
type Library interface {
	Briefing(ctx context.Context, id int64) (*data.Briefing, error)
	Version(ctx context.Context, id int64) (*data.Version, error)
	Notes(ctx context.Context, versionIDs ...int64) ([]data.Note, error)
}

// FromLibrary builds the report of the library's versions ids compared
// with ids[base], as the window shows them: their languages decide which
// are aligned across languages and checked. The report holds the base's
// briefing, the versions' metadata and the notes on them. tool names the
// program ("Variorum 0.1.0").
func FromLibrary(ctx context.Context, lib Library, ids []int64, base int, opts export.Options, tool string) (*export.Report, error) {
	if len(ids) < 2 {
		return nil, fmt.Errorf("need two or more versions to compare, have %d", len(ids))
	}
	if base < 0 || base >= len(ids) {
		return nil, fmt.Errorf("base %d out of range: %d versions", base, len(ids))
	}
	rep := &export.Report{Tool: tool, Created: time.Now(), Options: opts}
	texts, langs := make([]string, len(ids)), make([]string, len(ids))
	briefings := map[int64]*data.Briefing{}
	for k, id := range ids {
		v, err := lib.Version(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("building the report: %w", err)
		}
		b := briefings[v.BriefingID]
		if b == nil {
			if b, err = lib.Briefing(ctx, v.BriefingID); err != nil {
				return nil, fmt.Errorf("building the report: %w", err)
			}
			briefings[v.BriefingID] = b
		}
		texts[k], langs[k] = v.Text, v.Language
		ev := versionOf(*v)
		ev.Briefing = b.Slug
		rep.Versions = append(rep.Versions, ev)
		if k == base {
			rep.Briefing = export.Briefing{Slug: b.Slug, Title: b.Title, Date: b.Date, Place: b.Place, Speakers: b.Speakers, Note: b.Note}
		}
	}
	res, err := CompareTexts(ctx, texts, langs, base, opts)
	if err != nil {
		return nil, fmt.Errorf("building the report: %w", err)
	}
	rep.Result = res
	if rep.Findings, err = compare.CheckTranslationsContext(ctx, res); err != nil {
		return nil, fmt.Errorf("building the report: %w", err)
	}
	notes, err := lib.Notes(ctx, ids...)
	if err != nil {
		return nil, fmt.Errorf("building the report: %w", err)
	}
	rep.Notes = notesOf(notes, ids)
	return rep, nil
}

// ForMemory returns the report a translation memory of rep is written
// from: rep's source and rendering (export.TMXPair) compared on their
// own, the source as the base, as if only those two had been chosen. A
// memory then holds the same units whatever else rep compares (a third
// version that joins two sentences in one row joined their units too),
// and its check reads from the source. It is rep where rep compares just
// those two, the source first, or has no pair (whose error the memory's
// writer reports). The memory's header names rep's briefing, the one the
// export was asked of, where the two come from several.
func ForMemory(ctx context.Context, rep *export.Report) (*export.Report, error) {
	from, to, err := export.TMXPair(rep)
	if err != nil || len(rep.Versions) == 2 && from == rep.Result.Base {
		return rep, nil
	}
	pair := []int{from, to}
	texts, langs := make([]string, 2), make([]string, 2)
	out := &export.Report{Briefing: rep.Briefing, Options: rep.Options, Tool: rep.Tool, Created: rep.Created}
	for k, v := range pair {
		texts[k], langs[k] = rep.Result.Texts[v], rep.Versions[v].Language
		out.Versions = append(out.Versions, rep.Versions[v])
	}
	if out.Result, err = CompareTexts(ctx, texts, langs, 0, rep.Options); err != nil {
		return nil, fmt.Errorf("building the translation memory: %w", err)
	}
	if out.Findings, err = compare.CheckTranslationsContext(ctx, out.Result); err != nil {
		return nil, fmt.Errorf("building the translation memory: %w", err)
	}
	for _, n := range rep.Notes {
		if k := slices.Index(pair, n.Version); k >= 0 {
			n.Version = k
			out.Notes = append(out.Notes, n)
		}
	}
	return out, nil
}

// versionOf is a library version's metadata as a report holds it.
func versionOf(v data.Version) export.Version {
	return export.Version{ID: v.ID, Label: v.Label, Source: v.Source, URL: v.URL, Language: v.Language, Kind: v.Kind,
		FileName: v.FileName, SHA256: v.SHA256, TextSHA256: v.TextSHA256, Size: v.Size, ImportedAt: v.ImportedAt, RetrievedAt: v.RetrievedAt, Note: v.Note}
}

// notesOf turns library notes into a report's, by the index of their
// version in ids (every index, when a version is compared with itself);
// notes on other versions are left out.
func notesOf(notes []data.Note, ids []int64) []export.Note {
	var out []export.Note
	for _, n := range notes {
		for i, id := range ids {
			if n.VersionID == id {
				out = append(out, export.Note{Version: i, Start: n.Start, End: n.End, Text: n.Text,
					CreatedAt: n.CreatedAt, UpdatedAt: n.UpdatedAt})
			}
		}
	}
	return out
}

// CompareTexts compares texts against texts[base] as the window and every
// export do: a text whose language was not detected but whose script
// differs from the others', or which shares almost none of its words with
// the base, is first given an undetermined language
// (textfile.MarkApart, on a copy of langs),
// so that it is aligned as a translation rather than word-diffed.
func CompareTexts(ctx context.Context, texts, langs []string, base int, opts export.Options) (*compare.Result, error) {
	langs = slices.Clone(langs)
	textfile.MarkApart(texts, langs, base)
	return compare.Compare(ctx, texts, compare.Options{Base: base, Languages: langs,
		IgnoreCase: opts.IgnoreCase, IgnorePunctuation: opts.IgnorePunctuation})
}
