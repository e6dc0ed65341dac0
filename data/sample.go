package data

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

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
//
// The briefing and all its versions are written in one transaction, so
// that a failure halfway (a full disk on first run) leaves the library as
// it was: the window seeds an empty library on its next start, and would
// never finish a partial sample.
func (l *Library) ImportSample(ctx context.Context, fsys fs.FS) (*Briefing, error) {
	m, versions, err := readSample(fsys)
	if err != nil {
		return nil, err
	}
	var bid int64
	// Looked up and made in one write transaction: two processes loading
	// the sample at once (a first-run window and the command line) must
	// not make it twice.
	err = l.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		if bid, err = sampleBriefing(ctx, tx, m, versions); err != nil {
			return fmt.Errorf("briefing %q: %w", m.Briefing.Slug, err)
		}
		for _, sv := range versions {
			if err := insertSampleVersion(ctx, tx, bid, sv); err != nil {
				return fmt.Errorf("%s: %w", sv.file, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("sample: %w", err)
	}
	return l.Briefing(ctx, bid)
}

// sampleVersion is a sample file read and extracted, ready to insert.
type sampleVersion struct {
	file    string
	v       *Version
	textSHA string
	labeled bool // the manifest gives the label; else it is made unique
}

// readSample reads the sample's manifest and files and extracts their
// texts, before the write lock is taken.
func readSample(fsys fs.FS) (sampleManifest, []sampleVersion, error) {
	var m sampleManifest
	raw, err := fs.ReadFile(fsys, "briefing.json")
	if err != nil {
		return m, nil, fmt.Errorf("sample: %w", err)
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		return m, nil, fmt.Errorf("sample: briefing.json: %w", err)
	}
	if m.Briefing.Slug == "" && m.Briefing.Title == "" {
		return m, nil, errors.New("sample: briefing.json: no briefing slug or title")
	}
	out := make([]sampleVersion, 0, len(m.Versions))
	for _, sv := range m.Versions {
		b, err := fs.ReadFile(fsys, sv.File)
		if err != nil {
			return m, nil, fmt.Errorf("sample: %w", err)
		}
		opt, err := ImportOptions{Label: sv.Label, Lang: sv.Lang, Source: sv.Source, Kind: sv.Kind,
			Note: sv.Note, URL: sv.URL, RetrievedAt: sv.RetrievedAt}.checked()
		if err != nil {
			return m, nil, fmt.Errorf("sample: %s: %w", sv.File, err)
		}
		name := path.Base(sv.File)
		ex, err := textfile.Extract(name, b, textfile.FormatText, textfile.EncUTF8) // the sample is plain UTF-8 text
		if err != nil {
			return m, nil, fmt.Errorf("sample: %s: %w", sv.File, err)
		}
		sum := sha256.Sum256(b)
		v := newVersion(name, hex.EncodeToString(sum[:]), int64(len(b)), ex, opt)
		out = append(out, sampleVersion{file: sv.File, v: v, textSHA: hashString(v.Text), labeled: sv.Label != ""})
	}
	return m, out, nil
}

// sampleBriefing returns the sample's briefing, found by its slug or, where
// the user renamed it, as the briefing holding a sample file; else it
// makes it.
func sampleBriefing(ctx context.Context, tx *sql.Tx, m sampleManifest, versions []sampleVersion) (int64, error) {
	var bid int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM briefings WHERE slug = ?`, Slugify(m.Briefing.Slug)).Scan(&bid)
	if !errors.Is(err, sql.ErrNoRows) {
		return bid, err
	}
	shas, texts := make([]any, len(versions)), make([]any, len(versions))
	for i, sv := range versions {
		shas[i], texts[i] = sv.v.SHA256, sv.textSHA
	}
	in := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(shas)), ", ") + ")"
	// A sample version: its file, or its text in other bytes.
	sample := `(v.sha256 IN ` + in + ` OR v.text_sha256 IN ` + in + `)`
	args := append(slices.Clone(shas), texts...)
	// A renamed sample briefing holds sample texts only, most of them:
	// one the user made and moved a sample version or two into is
	// theirs, not the sample's.
	err = tx.QueryRowContext(ctx, `SELECT b.id FROM briefings b
		WHERE (SELECT count(*) FROM versions v WHERE v.briefing_id = b.id AND `+sample+`) * 2 > ?
		AND NOT EXISTS (SELECT 1 FROM versions v WHERE v.briefing_id = b.id AND NOT `+sample+`)
		ORDER BY b.id LIMIT 1`, append(append(slices.Clone(args), len(shas)), args...)...).Scan(&bid)
	if !errors.Is(err, sql.ErrNoRows) {
		return bid, err
	}
	// Every sample text already held, in the user's briefings among other
	// texts: the briefing of the first is the sample's, not a new one that
	// would stay empty.
	first := int64(0)
	for _, sv := range versions {
		err := tx.QueryRowContext(ctx, `SELECT briefing_id FROM versions WHERE sha256 = ? OR text_sha256 = ? ORDER BY id LIMIT 1`,
			sv.v.SHA256, sv.textSHA).Scan(&bid)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			first = -1
		case err != nil:
			return 0, err
		case first == 0:
			first = bid
		}
		if first < 0 {
			break
		}
	}
	if first > 0 {
		return first, nil
	}
	return createBriefing(ctx, tx, Briefing{Slug: m.Briefing.Slug, Title: m.Briefing.Title,
		Date: m.Briefing.Date, Place: m.Briefing.Place, Speakers: m.Briefing.Speakers, Note: m.Briefing.Note})
}

// insertSampleVersion adds sv to the briefing bid unless its bytes, or
// its text in other bytes, are already in the library.
func insertSampleVersion(ctx context.Context, tx *sql.Tx, bid int64, sv sampleVersion) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM versions WHERE sha256 = ? OR text_sha256 = ?)`,
		sv.v.SHA256, sv.textSHA).Scan(&n); err != nil || n != 0 {
		return err
	}
	v := *sv.v // a retried transaction starts again from the version as read
	v.BriefingID = bid
	if !sv.labeled {
		var err error
		if v.Label, err = uniqueLabel(ctx, tx, bid, v.Label, v.FileName); err != nil {
			return err
		}
	}
	return insertVersion(ctx, tx, &v, sv.textSHA)
}
