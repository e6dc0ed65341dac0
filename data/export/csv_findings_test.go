package export

import (
	"context"
	"io/fs"
	"strconv"
	"testing"

	"github.com/variorum/variorum/assets"
	"github.com/variorum/variorum/compare"
)

// TestCSVFindingsCite exports the translation check of the sample's
// Russian text against its edited English copy, which moved a passage,
// and checks that each finding's offsets span the text it quotes in full
// in the version named: a finding is cited like a change.
func TestCSVFindingsCite(t *testing.T) {
	var texts []string
	for _, name := range []string{"ru.txt", "revised-en.txt"} {
		b, err := fs.ReadFile(assets.Sample(), name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	res, err := compare.Compare(context.Background(), texts, compare.Options{Languages: []string{"ru", "en"}})
	if err != nil {
		t.Fatal(err)
	}
	rep := &Report{Result: res, Versions: []Version{{Label: "ru", Language: "ru"}, {Label: "en", Language: "en"}},
		Findings: compare.CheckTranslations(res)}
	recs := csvRecords(t, rep)
	col := map[string]int{}
	for k, h := range recs[0] {
		col[h] = k
	}
	kinds := map[string]int{}
	for _, rec := range recs[1:] {
		if rec[col["flags"]] != "finding" {
			continue
		}
		kind := rec[col["kind"]]
		kinds[kind]++
		if rec[col["from_start"]] == "" && rec[col["to_start"]] == "" {
			t.Errorf("%s finding on row %s has no offsets", kind, rec[col["row"]])
		}
		for _, side := range []struct {
			text, start, end string
			version          int
		}{{"before", "from_start", "from_end", 0}, {"after", "to_start", "to_end", 1}} {
			if rec[col[side.start]] == "" {
				// An omission, an addition or a moved passage's end has
				// text on one side only.
				if kind != "addition" && kind != "omission" && kind != "moved" {
					t.Errorf("%s finding on row %s has no %s offsets", kind, rec[col["row"]], side.start)
				}
				continue
			}
			start, err1 := strconv.Atoi(rec[col[side.start]])
			end, err2 := strconv.Atoi(rec[col[side.end]])
			if err1 != nil || err2 != nil || start > end || end > len(texts[side.version]) {
				t.Fatalf("%s finding: offsets %q–%q", kind, rec[col[side.start]], rec[col[side.end]])
			}
			quoted := texts[side.version][start:end]
			whole := kind == "moved" || kind == "omission" && side.version == 0 || kind == "addition" && side.version == 1
			if text := rec[col[side.text]]; whole && text != "" && text != quoted {
				t.Errorf("%s finding on row %s: %s %q, its offsets span %q", kind, rec[col["row"]], side.text, text, quoted)
			}
		}
	}
	if kinds["moved"] != 2 || kinds["number"] == 0 {
		t.Errorf("findings exported: %v, want both ends of the moved passage and a number", kinds)
	}
}
