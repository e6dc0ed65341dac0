package report

import (
	"bytes"
	"context"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/variorum/variorum/assets"
	"github.com/variorum/variorum/data"
	"github.com/variorum/variorum/data/export"
)

// openLibrary opens a new library file, closed when the test ends.
func openLibrary(t *testing.T) *data.Library {
	t.Helper()
	lib, err := data.Open(context.Background(), filepath.Join(t.TempDir(), "library.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	return lib
}

// TestFromLibrary: a report built from a real library holds the base's
// briefing, the versions in the order asked, their changes, and each note
// under the index of its version; bad requests are errors.
func TestFromLibrary(t *testing.T) {
	ctx := context.Background()
	lib := openLibrary(t)
	b, err := lib.CreateBriefing(ctx, data.Briefing{Slug: "talks", Title: "Talks"})
	if err != nil {
		t.Fatal(err)
	}
	opt := data.ImportOptions{BriefingID: b.ID}
	v1, err := lib.ImportBytes(ctx, "official.txt", []byte("The talks lasted 19 hours.\n\nBoth sides signed.\n"), opt)
	if err != nil {
		t.Fatal(err)
	}
	v2, err := lib.ImportBytes(ctx, "repost.txt", []byte("The talks lasted 18 hours.\n\nBoth sides signed.\n"), opt)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lib.AddNote(ctx, data.Note{VersionID: v2.ID, Start: 17, End: 19, Text: "the figure differs"}); err != nil {
		t.Fatal(err)
	}

	rep, err := FromLibrary(ctx, lib, []int64{v2.ID, v1.ID}, 1, export.Options{}, "Variorum test")
	if err != nil {
		t.Fatal(err)
	}
	if rep.Briefing.Slug != "talks" || rep.Tool != "Variorum test" {
		t.Errorf("briefing %q, tool %q", rep.Briefing.Slug, rep.Tool)
	}
	if len(rep.Versions) != 2 || rep.Versions[0].Label != v2.Label || rep.Versions[1].Label != v1.Label {
		t.Errorf("versions %+v, want %q then %q", rep.Versions, v2.Label, v1.Label)
	}
	if rep.Result.Base != 1 || len(rep.Result.Changes) != 1 || !strings.Contains(rep.Result.Changes[0].AText, "19") {
		t.Errorf("changes %+v, want 19 -> 18 against the base", rep.Result.Changes)
	}
	if len(rep.Notes) != 1 || rep.Notes[0].Version != 0 || rep.Notes[0].Text != "the figure differs" {
		t.Errorf("notes %+v, want the note under version 0", rep.Notes)
	}

	for _, tt := range []struct {
		ids  []int64
		base int
	}{
		{[]int64{v1.ID}, 0},
		{[]int64{v1.ID, v2.ID}, 2},
		{[]int64{v1.ID, v2.ID}, -1},
		{[]int64{v1.ID, v2.ID + 100}, 0},
	} {
		if _, err := FromLibrary(ctx, lib, tt.ids, tt.base, export.Options{}, ""); err == nil {
			t.Errorf("FromLibrary(%v, base %d) gave no error", tt.ids, tt.base)
		}
	}
}

// TestReportAcrossBriefings: versions of two briefings are named with
// their briefing's slug (their labels may be alike), the title lists them
// rather than the base's briefing alone, and the JSON gives each its
// version ID and briefing.
func TestReportAcrossBriefings(t *testing.T) {
	ctx := context.Background()
	lib := openLibrary(t)
	var ids []int64
	for _, slug := range []string{"talks", "repost"} {
		b, err := lib.CreateBriefing(ctx, data.Briefing{Slug: slug, Title: "Talks " + slug})
		if err != nil {
			t.Fatal(err)
		}
		v, err := lib.ImportBytes(ctx, "blog-en.txt", []byte("The talks lasted "+slug+" hours.\n"), data.ImportOptions{BriefingID: b.ID})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, v.ID)
	}
	rep, err := FromLibrary(ctx, lib, ids, 0, export.Options{}, "Variorum test")
	if err != nil {
		t.Fatal(err)
	}
	var html, js bytes.Buffer
	if err := export.Write(&html, export.HTML, rep, export.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(html.String(), "blog-en (talks)") || !strings.Contains(html.String(), "blog-en (repost)") ||
		strings.Contains(html.String(), "<h1>Talks talks</h1>") {
		t.Errorf("the HTML does not tell the versions' briefings apart:\n%.600s", html.String())
	}
	if err := export.Write(&js, export.JSON, rep, export.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"version_id":` + strconv.FormatInt(ids[1], 10), `"briefing":"repost"`} {
		if !strings.Contains(strings.ReplaceAll(js.String(), " ", ""), want) {
			t.Errorf("the JSON lacks %s", want)
		}
	}
}

// TestForMemory: the translation memory of the sample's briefing, all
// four versions compared with blog-en as the base, holds the units of
// ru and blog-en compared alone, ru first. abridged-en joins two
// sentences in one row, which joined their units; and the check, read
// from blog-en, noted "checked with blog-en as the source".
func TestForMemory(t *testing.T) {
	ctx := context.Background()
	lib := openLibrary(t)
	b, err := lib.ImportSample(ctx, assets.Sample())
	if err != nil {
		t.Fatal(err)
	}
	vs, err := lib.Versions(ctx, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	var all []int64
	for _, v := range vs {
		ids[v.Label] = v.ID
		all = append(all, v.ID)
	}
	memory := func(ids []int64, base int) string {
		t.Helper()
		rep, err := FromLibrary(ctx, lib, ids, base, export.Options{}, "Variorum test")
		if err != nil {
			t.Fatal(err)
		}
		rep.Created = time.Date(2024, 6, 21, 12, 0, 0, 0, time.UTC) // the memories' headers alike
		if rep, err = ForMemory(ctx, rep); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := export.WriteReportTMX(&buf, rep); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	alone := memory([]int64{ids["ru"], ids["blog-en"]}, 0)
	whole := memory(all, slices.Index(all, ids["blog-en"]))
	if whole != alone {
		t.Errorf("the briefing's memory (%d units) differs from ru and blog-en's alone (%d units)",
			strings.Count(whole, "</tu>"), strings.Count(alone, "</tu>"))
	}
	if strings.Contains(whole, "checked with") {
		t.Error("the memory's notes were checked from the rendering")
	}
}
