package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestExportsNumberChangesAlike: a change cited by its number in one
// export ("change 9") is the same change in the others: the HTML
// report's change-N, the CSV's number column and the JSON's number
// field name one change, whose texts agree, and every change listed has
// one number.
func TestExportsNumberChangesAlike(t *testing.T) {
	a := "The minister said \"we agree\" on 19 July.\n\nIt went well, and the talks were long.\n\nThey parted as friends.\n"
	b := "The minister said «we agree» on 18 July.\n\nIt went badly, and the talks were short.\n\nThey parted as friends.\n"
	r := textReport(t, []string{a, b}, []string{"a", "b"}, nil, Briefing{})
	type texts struct{ before, after string }
	want := r.ListedCount()
	if want < 4 {
		t.Fatalf("%d changes listed: the test needs a number, words and typography changed", want)
	}

	fromCSV := map[int]texts{}
	col := func(name string) int { return slices.Index(csvHeader, name) }
	var order []int
	for _, rec := range csvRecords(t, r)[1:] {
		n, err := strconv.Atoi(rec[col("number")])
		if err != nil {
			t.Fatalf("CSV record without a number: %q", rec)
		}
		fromCSV[n] = texts{rec[col("before")], rec[col("after")]}
		order = append(order, n)
	}
	if !slices.IsSorted(order) {
		t.Errorf("CSV records in the order %v, want their numbers'", order)
	}

	var jsonBuf bytes.Buffer
	if err := WriteJSON(&jsonBuf, r); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Changes []struct {
			Number int    `json:"number"`
			AText  string `json:"a_text"`
			BText  string `json:"b_text"`
		} `json:"changes"`
	}
	if err := json.Unmarshal(jsonBuf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	fromJSON := map[int]texts{}
	for _, c := range doc.Changes {
		fromJSON[c.Number] = texts{c.AText, c.BText}
	}

	root := parseHTML(t, r)
	fromHTML := map[int]texts{}
	for n := range root.Descendants() {
		id := nodeAttr(n, "id")
		if n.Data != "tr" || !strings.HasPrefix(id, "change-") {
			continue
		}
		k, _ := strconv.Atoi(strings.TrimPrefix(id, "change-"))
		var tx texts
		for s := range n.Descendants() {
			switch nodeAttr(s, "class") {
			case "del":
				tx.before = nodeText(s)
			case "ins":
				tx.after = nodeText(s)
			}
		}
		fromHTML[k] = tx
	}

	// Markdown lists the changes of substance by the same numbers, "#N"
	// (a "N." after the bullet would open an ordered list inside it).
	var md bytes.Buffer
	if err := WriteMarkdown(&md, r, want); err != nil {
		t.Fatal(err)
	}
	for n := 1; n <= want; n++ {
		if c := r.numbered()[n-1]; !c.Trivial && !strings.Contains(md.String(), fmt.Sprintf("\n- #%d **", n)) {
			t.Errorf("Markdown lists no change #%d:\n%s", n, md.String())
		}
	}
	for n := 1; n <= want; n++ {
		h, c, j := fromHTML[n], fromCSV[n], fromJSON[n]
		if h != c || c != j || h == (texts{}) {
			t.Errorf("change %d: HTML %q, CSV %q, JSON %q", n, h, c, j)
		}
	}
	for name, m := range map[string]map[int]texts{"HTML": fromHTML, "CSV": fromCSV, "JSON": fromJSON} {
		if len(m) != want {
			t.Errorf("%s numbers %d changes, want %d", name, len(m), want)
		}
	}
}
