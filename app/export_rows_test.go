package app

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/variorum/variorum/data/export"
)

// TestExportsCiteWindowRows exports what the window shows, as CSV and
// JSON, and checks that every change and finding is on the row the
// window shows it on: a row cited from an export is the row a reader
// finds in the window, moved passages (shown at both ends) included.
func TestExportsCiteWindowRows(t *testing.T) {
	for _, tc := range []struct{ base, other string }{
		{"blog-en", "revised-en"}, // a moved passage
		{"ru", "blog-en"},         // findings across languages
	} {
		t.Run(tc.base+"-"+tc.other, func(t *testing.T) {
			mw, _ := sampleWindow(t)
			showPair(t, mw, tc.base, tc.other)
			cmp := mw.VM.Comparison()
			if !slices.ContainsFunc(cmp.Rows, func(r RowView) bool { return r.Moved }) && tc.other == "revised-en" {
				t.Fatal("the pair has no moved passage to test with")
			}
			ex := &exporter{mw: mw}
			rep, err := ex.report(context.Background(), cmp.Columns, cmp.Base, export.Options{})
			if err != nil {
				t.Fatal(err)
			}
			// The window's changes and findings, as (before, after, row).
			var window []string
			for _, c := range cmp.Changes {
				window = append(window, fmt.Sprintf("%q %q %d", c.Before, c.After, cmp.Rows[c.Row].Row+1))
			}
			var found []string
			for _, r := range cmp.Rows {
				if len(r.Findings) > 0 {
					found = append(found, strconv.Itoa(r.Row+1))
				}
			}

			var b bytes.Buffer
			if err := export.Write(&b, export.CSV, rep, export.WriteOptions{}); err != nil {
				t.Fatal(err)
			}
			recs, err := csv.NewReader(&b).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			var fromCSV, csvFound []string
			for _, rec := range recs[1:] {
				if rec[3] == "finding" {
					csvFound = append(csvFound, rec[7])
					continue
				}
				fromCSV = append(fromCSV, fmt.Sprintf("%q %q %s", squeezeQuote(rec[5]), squeezeQuote(rec[6]), rec[7]))
			}
			sameSet(t, "CSV changes", fromCSV, window)
			for _, r := range csvFound {
				if !slices.Contains(found, r) {
					t.Errorf("the CSV has a finding on row %s, where the window shows none (it does on %v)", r, found)
				}
			}
			if len(found) > 0 && len(csvFound) == 0 {
				t.Error("the window shows findings the CSV lacks")
			}

			b.Reset()
			if err := export.Write(&b, export.JSON, rep, export.WriteOptions{}); err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Changes []struct {
					AText string `json:"a_text"`
					BText string `json:"b_text"`
					Row   int    `json:"row"`
				} `json:"changes"`
				Alignment []json.RawMessage `json:"alignment"`
				Findings  []struct {
					Row int `json:"row"`
				} `json:"findings"`
			}
			if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
				t.Fatal(err)
			}
			var fromJSON []string
			for _, c := range doc.Changes {
				fromJSON = append(fromJSON, fmt.Sprintf("%q %q %d", squeezeQuote(c.AText), squeezeQuote(c.BText), c.Row))
			}
			sameSet(t, "JSON changes", fromJSON, window)
			if n := len(cmp.Rows); len(doc.Alignment) != n {
				t.Errorf("the JSON's alignment has %d rows, the window %d", len(doc.Alignment), n)
			}
			for _, f := range doc.Findings {
				if !slices.Contains(found, strconv.Itoa(f.Row)) {
					t.Errorf("the JSON has a finding on row %d, where the window shows none", f.Row)
				}
			}
		})
	}
}

// squeezeQuote is a change's text as the window's change list words it.
func squeezeQuote(s string) string { return changeText(s) }

func sameSet(t *testing.T, what string, got, want []string) {
	t.Helper()
	slices.Sort(got)
	slices.Sort(want)
	if slices.Equal(got, want) {
		return
	}
	var missing, extra []string
	for _, w := range want {
		if !slices.Contains(got, w) {
			missing = append(missing, w)
		}
	}
	for _, g := range got {
		if !slices.Contains(want, g) {
			extra = append(extra, g)
		}
	}
	t.Errorf("%s differ from the window's (before after row):\nonly in the window: %s\nonly in the export: %s",
		what, strings.Join(missing, "; "), strings.Join(extra, "; "))
}
