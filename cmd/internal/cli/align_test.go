package cli

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const sampleDir = "../../../assets/sample/"

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestAlignSegmented aligns a segmented pair (a line a sentence) where the
// rendering merges two sentences, in each output format.
func TestAlignSegmented(t *testing.T) {
	dir := t.TempDir()
	src := writeFile(t, dir, "ru.txt", strings.Join([]string{
		"Сергей Лавров прибыл в Алматы 21 июня.",
		"Министры обсудили подготовку к саммиту ОДКБ в Астане.",
		"Саммит пройдёт в ноябре.",
		"В 2023 году было пресечено 150 попыток контрабанды.",
		"Генеральный секретарь Имангали Тасмагамбетов выступит в ООН 19 июля.",
	}, "\n")+"\n")
	tgt := writeFile(t, dir, "en.txt", strings.Join([]string{
		"Sergey Lavrov arrived in Almaty on 21 June.",
		"The ministers discussed preparations for the CSTO summit in Astana, which will take place in November.",
		"In 2023, 150 smuggling attempts were stopped.",
		"Secretary General Imangali Tasmagambetov will speak at the UN on 19 July.",
	}, "\n")+"\n")
	code, out, errs := runCLI(t, "align", "--segmented", src, tgt)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if want := "[0]:[0]\n[1, 2]:[1]\n[3]:[2]\n[4]:[3]\n"; out != want {
		t.Errorf("ladder:\n%s\nwant\n%s", out, want)
	}

	code, out, errs = runCLI(t, "align", "--segmented", "--format", "json", src, tgt)
	if code != 0 {
		t.Fatalf("json: exit %d: %s", code, errs)
	}
	var js struct {
		Source struct{ Language string } `json:"source"`
		Target struct{ Language string } `json:"target"`
		Beads  []struct {
			Src     []int  `json:"src"`
			Tgt     []int  `json:"tgt"`
			TgtText string `json:"tgt_text"`
		} `json:"beads"`
	}
	if err := json.Unmarshal([]byte(out), &js); err != nil {
		t.Fatal(err)
	}
	if js.Source.Language != "ru" || js.Target.Language != "en" || len(js.Beads) != 4 || len(js.Beads[1].Src) != 2 || !strings.HasPrefix(js.Beads[2].TgtText, "In 2023") {
		t.Errorf("json: %+v", js)
	}

	code, out, errs = runCLI(t, "align", "--segmented", "--format", "tmx", src, tgt)
	if code != 0 {
		t.Fatalf("tmx: exit %d: %s", code, errs)
	}
	var tmx struct {
		Header struct {
			SrcLang string `xml:"srclang,attr"`
		} `xml:"header"`
		TUs []struct {
			Segs []string `xml:"tuv>seg"`
		} `xml:"body>tu"`
	}
	if err := xml.Unmarshal([]byte(out), &tmx); err != nil {
		t.Fatalf("tmx is not well-formed: %v", err)
	}
	if tmx.Header.SrcLang != "ru" || len(tmx.TUs) != 4 || !strings.Contains(tmx.TUs[1].Segs[0], "Саммит") {
		t.Errorf("tmx: %+v", tmx)
	}

	code, out, _ = runCLI(t, "align", "--segmented", "--format", "tsv", src, tgt)
	if code != 0 || strings.Count(out, "\n") != 4 || !strings.Contains(out, "Саммит пройдёт в ноябре.\tThe ministers discussed") {
		t.Errorf("tsv: exit %d\n%s", code, out)
	}
}

// TestAlignKeepsText: a bead's text is the document's, white space inside
// lines included (no-break and thin spaces, tabs, double spaces); only
// line breaks become spaces, and none between Chinese sentences. TSV
// escapes a backslash, so that its escapes read back.
func TestAlignKeepsText(t *testing.T) {
	dir := t.TempDir()
	fr := writeFile(t, dir, "fr.txt", "Il a dit\u00a0: «\u00a0Bonjour\u00a0!\u00a0» Il y avait 15\u202f000 personnes.\n\nLe chemin C:\\temp\\x01 et\tun  onglet.\n")
	en := writeFile(t, dir, "en.txt", "He said: \"Hello!\" There were 15,000 people.\n\nThe path C:\\temp\\x01 and\ta  tab.\n")
	code, out, errs := runCLI(t, "align", "--unit", "paragraph", "--lang", "fr,en", "--format", "json", fr, en)
	if code != 0 {
		t.Fatalf("json: exit %d: %s", code, errs)
	}
	var js struct {
		Beads []struct {
			SrcText string `json:"src_text"`
		} `json:"beads"`
	}
	if err := json.Unmarshal([]byte(out), &js); err != nil {
		t.Fatal(err)
	}
	want := []string{"Il a dit\u00a0: «\u00a0Bonjour\u00a0!\u00a0» Il y avait 15\u202f000 personnes.", "Le chemin C:\\temp\\x01 et\tun  onglet."}
	if len(js.Beads) != 2 || js.Beads[0].SrcText != want[0] || js.Beads[1].SrcText != want[1] {
		t.Errorf("json beads %+v, want the texts %q", js.Beads, want)
	}
	_, out, _ = runCLI(t, "align", "--unit", "paragraph", "--lang", "fr,en", "--format", "tsv", fr, en)
	if !strings.Contains(out, "Le chemin C:\\\\temp\\\\x01 et\\x09un  onglet.\t") {
		t.Errorf("tsv:\n%s", out)
	}
	zh := writeFile(t, dir, "zh.txt", "今天天气很好。\n我们去公园散步。\n")
	en2 := writeFile(t, dir, "en2.txt", "The weather is nice today, and we are going for a walk in the park.\n")
	_, out, _ = runCLI(t, "align", "--segmented", "--lang", "zh,en", "--format", "tsv", zh, en2)
	if !strings.HasPrefix(out, "今天天气很好。我们去公园散步。\t") {
		t.Errorf("Chinese lines joined as %q", out)
	}
}

// TestAlignSample aligns the sample's blog post with the Russian
// transcript by paragraphs: the greeting's two English paragraphs are one
// Russian paragraph.
func TestAlignSample(t *testing.T) {
	code, out, errs := runCLI(t, "align", "--unit", "paragraph", "--format", "tsv", sampleDir+"blog-en.txt", sampleDir+"ru.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "Dear Colleagues, Good afternoon\tУважаемые коллеги, добрый день!\n") {
		t.Errorf("greeting not aligned 2:1:\n%s", out)
	}
}

func TestAlignErrors(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", "One.\n")
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"align", a}, 2, "need a source and a target"},
		{[]string{"align", "--unit", "word", a, a}, 2, "unknown unit"},
		{[]string{"align", "--format", "xlsx", a, a}, 2, "unknown format"},
		{[]string{"align", "--lang", "ru,en,de", a, a}, 2, "give the two languages"},
		{[]string{"align", "--lang", "ru", a, a}, 2, "give the two languages"},
		{[]string{"align", "--format", "tmx", "--lang", "en,en", a, a}, 2, "TMX pairs two languages"},
		{[]string{"align", "--format", "tmx", "--lang", "ru,und-Latn", a, a}, 2, "could not be told: give them"},
		{[]string{"align", "--format", "tmx", "--lang", "", a, a}, 2, "TMX needs both languages"},
		{[]string{"align", a, filepath.Join(dir, "missing.txt")}, 1, "missing.txt"},
	}
	for _, tt := range tests {
		code, _, errs := runCLI(t, tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.msg) {
			t.Errorf("%v: exit %d, %q; want %d and %q", tt.args, code, errs, tt.code, tt.msg)
		}
	}
}

// TestCheckSample checks the revised English post against the Russian
// transcript: the date changed from 19 to 18 July is found.
func TestCheckSample(t *testing.T) {
	code, out, errs := runCLI(t, "check", "--format", "json", sampleDir+"ru.txt", sampleDir+"revised-en.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res struct {
		Languages []string `json:"languages"`
		Findings  []struct {
			Kind       string `json:"kind"`
			Source     string `json:"source"`
			Target     string `json:"target"`
			SourceText string `json:"source_text"`
			TargetText string `json:"target_text"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range res.Findings {
		found = found || f.Kind == "number" && f.Source == "19" && f.Target == "18" &&
			strings.HasPrefix(f.SourceText, "19 июля в Нью-Йорке") && strings.HasPrefix(f.TargetText, "On July 18, a meeting")
	}
	if !found || strings.Join(res.Languages, ",") != "ru,en" {
		t.Errorf("no 19/18 number finding with its row's texts, or languages %v: %s", res.Languages, out)
	}
	// The text quotes the row under the finding.
	code, out, _ = runCLI(t, "check", sampleDir+"ru.txt", sampleDir+"revised-en.txt")
	if code != 0 || !strings.Contains(out, "numbers differ: only the source has 19, only the rendering 18\n      ru: 19 июля в Нью-Йорке") ||
		!strings.Contains(out, "\n      en: On July 18, a meeting") {
		t.Errorf("text: exit %d\n%s", code, out)
	}
}

// TestDiffTranslation: diff between a source and two renderings aligns
// the source across languages and word-diffs the renderings.
func TestDiffTranslation(t *testing.T) {
	code, out, errs := runCLI(t, "diff", "--format", "json", sampleDir+"ru.txt", sampleDir+"blog-en.txt", sampleDir+"revised-en.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res struct {
		Versions []struct {
			Language   string `json:"language"`
			Reference  int    `json:"reference"`
			Translated bool   `json:"translated"`
		} `json:"versions"`
		Changes []struct{ A, B int } `json:"changes"`
		Rows    []struct {
			Cells []*struct{ Version int } `json:"cells"`
		} `json:"alignment"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	v := res.Versions
	if v[0].Language != "ru" || v[1].Language != "en" || !v[1].Translated || v[1].Reference != -1 || v[2].Reference != 1 {
		t.Errorf("versions: %+v", v)
	}
	full := 0
	for _, r := range res.Rows {
		if r.Cells[0] != nil && r.Cells[1] != nil && r.Cells[2] != nil {
			full++
		}
	}
	if full < len(res.Rows)/2 {
		t.Errorf("%d of %d rows have all three versions", full, len(res.Rows))
	}
	for _, c := range res.Changes {
		if c.A != 1 || c.B != 2 {
			t.Fatalf("a change between %d and %d", c.A, c.B)
		}
	}
	if len(res.Changes) == 0 {
		t.Errorf("no changes between the English versions")
	}
}

// TestAlignTMXKeepsMovedPassages: a passage the rendering moved is a unit
// of align's translation memory, as of export's: the beads, in the order
// of both texts, leave it unpaired at both ends.
func TestAlignTMXKeepsMovedPassages(t *testing.T) {
	dir := t.TempDir()
	ru := filepath.Join(dir, "ru.txt")
	en := filepath.Join(dir, "en.txt")
	os.WriteFile(ru, []byte("Министр прибыл в Алматы в пятницу утром.\n\n"+
		"Он провёл переговоры с коллегами из пяти стран.\n\n"+
		"Встреча продолжалась четыре часа.\n\n"+
		"Стороны обсудили погоду и урожай.\n\n"+
		"Одобрено Заявление Лаврова и Токаева о 80-летии освобождения Беларуси, подписанное 21 июня 2024 года в Алматы.\n\n"+
		"Затем министры пообедали вместе.\n"), 0o644)
	os.WriteFile(en, []byte("The minister arrived in Almaty on Friday morning.\n\n"+
		"The Statement of Lavrov and Tokayev on the 80th anniversary of the liberation of Belarus, signed on 21 June 2024 in Almaty, was approved.\n\n"+
		"He held talks with colleagues from five countries.\n\n"+
		"The meeting lasted four hours.\n\n"+
		"The parties discussed the weather and the harvest.\n\n"+
		"Then the ministers had lunch together.\n"), 0o644)
	code, out, errs := runCLI(t, "align", "--format", "tmx", "--lang", "ru,en", ru, en)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc struct {
		Units []struct {
			Segs []string `xml:"tuv>seg"`
		} `xml:"body>tu"`
	}
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, u := range doc.Units {
		if len(u.Segs) == 2 && strings.HasPrefix(u.Segs[0], "Одобрено Заявление") && strings.HasPrefix(u.Segs[1], "The Statement of Lavrov") {
			found++
		}
	}
	if found != 1 {
		t.Errorf("%d units pair the moved passage with its source, want 1:\n%s", found, out)
	}
}
