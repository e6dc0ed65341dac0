package data

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"

	"github.com/variorum/variorum/data/textfile"
)

// sampleManifest is the part of briefing.json the importer reads.
type sampleManifest struct {
	Briefing struct {
		Slug     string `json:"slug"`
		Title    string `json:"title"`
		Date     string `json:"date"`
		Place    string `json:"place"`
		Speakers string `json:"speakers"`
		Note     string `json:"note"`
	} `json:"briefing"`
	Versions []struct {
		File        string `json:"file"`
		Label       string `json:"label"`
		Lang        string `json:"lang"`
		Source      string `json:"source"`
		Kind        string `json:"kind"`
		Note        string `json:"note"`
		URL         string `json:"url"`
		RetrievedAt string `json:"retrieved"`
	} `json:"versions"`
}

// ImportSample imports a briefing described by fsys (normally
// assets.Sample()): briefing.json gives the briefing's metadata and, for
// each version, its file, language, source, kind and note; the label is the
// file name without ".txt". It is idempotent: the briefing is found by its
// slug, and files whose bytes are already in the library are skipped.
func (l *Library) ImportSample(ctx context.Context, fsys fs.FS) (*Briefing, error) {
	raw, err := fs.ReadFile(fsys, "briefing.json")
	if err != nil {
		return nil, fmt.Errorf("sample: %w", err)
	}
	var m sampleManifest
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("sample: briefing.json: %w", err)
	}
	if m.Briefing.Slug == "" && m.Briefing.Title == "" {
		return nil, errors.New("sample: briefing.json: no briefing slug or title")
	}
	// Looked up and made in one write transaction: two processes loading
	// the sample at once (a first-run window and the command line) must
	// not make it twice.
	files := make([][]byte, len(m.Versions))
	for i, sv := range m.Versions {
		if files[i], err = fs.ReadFile(fsys, sv.File); err != nil {
			return nil, fmt.Errorf("sample: %w", err)
		}
	}
	var bid int64
	err = l.inTx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT id FROM briefings WHERE slug = ?`, Slugify(m.Briefing.Slug)).Scan(&bid)
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		// The user may have renamed the sample's briefing: it is the one
		// that holds a sample file.
		for _, b := range files {
			err := tx.QueryRowContext(ctx, `SELECT briefing_id FROM versions WHERE sha256 = ?`, fmt.Sprintf("%x", sha256.Sum256(b))).Scan(&bid)
			if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
		}
		bid, err = createBriefing(ctx, tx, Briefing{Slug: m.Briefing.Slug, Title: m.Briefing.Title,
			Date: m.Briefing.Date, Place: m.Briefing.Place, Speakers: m.Briefing.Speakers, Note: m.Briefing.Note})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sample: briefing %q: %w", m.Briefing.Slug, err)
	}
	for i, sv := range m.Versions {
		b := files[i]
		// ImportBytes labels a version without one after its file name
		// less the extension (".txt": the sample is plain text).
		_, err = l.ImportBytes(ctx, path.Base(sv.File), b, ImportOptions{
			BriefingID: bid, Label: sv.Label, Lang: sv.Lang, Source: sv.Source, Kind: sv.Kind,
			Note: sv.Note, URL: sv.URL, RetrievedAt: sv.RetrievedAt, Encoding: textfile.EncUTF8, Format: textfile.FormatText,
		})
		if err != nil && !errors.Is(err, ErrDuplicate) {
			return nil, fmt.Errorf("sample: %s: %w", sv.File, err)
		}
	}
	return l.Briefing(ctx, bid)
}
