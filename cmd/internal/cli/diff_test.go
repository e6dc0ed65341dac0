package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	"github.com/variorum/variorum/compare"
)

// runCLI runs the binary's entry point in-process and returns its exit
// status, standard output and standard error.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), &env{stdout: &out, stderr: &errb, stdin: strings.NewReader("")}, args)
	return code, out.String(), errb.String()
}

func TestDiffJSONSample(t *testing.T) {
	a, b := "../../../assets/sample/blog-en.txt", "../../../assets/sample/revised-en.txt"
	code, out, errs := runCLI(t, "diff", "--format", "json", a, b)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res struct {
		Versions  []struct{ Name string } `json:"versions"`
		Changes   []compare.Change        `json:"changes"`
		Alignment []compare.Row           `json:"alignment"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	ab, _ := os.ReadFile(a)
	bb, _ := os.ReadFile(b)
	found := false
	for _, c := range res.Changes {
		if c.Kind == "replace" && c.AText == "Mikhail" && c.BText == "Murat" {
			found = true
			if string(ab[c.AStart:c.AEnd]) != "Mikhail" || string(bb[c.BStart:c.BEnd]) != "Murat" {
				t.Errorf("offsets do not point at the name in the files: %+v", c)
			}
		}
	}
	if !found {
		t.Errorf("name change Mikhail -> Murat not reported as a replace")
	}
	if len(res.Versions) != 2 || len(res.Alignment) == 0 || len(res.Alignment[0].Cells) != 2 {
		t.Errorf("versions or alignment missing: %d versions, %d rows", len(res.Versions), len(res.Alignment))
	}
}

func TestDiffText(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("The meeting was on July 19 in Almaty. It went well.\n"), 0o644)
	os.WriteFile(b, []byte("The meeting was on July 18 in Almaty. It went well.\n"), 0o644)
	code, out, errs := runCLI(t, "diff", a, b)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if want := "The meeting was on July [-19-]{+18+} in Almaty. It went well.\n"; out != want {
		t.Errorf("text diff\n got %q\nwant %q", out, want)
	}
}

// TestDiffTextDeletions: a deleted paragraph prints as a paragraph of its
// own, before or after its neighbour as it stood, a deleted sentence that
// opened a paragraph at its start, a deleted line (a list's item) as a
// line of its own, and a deleted word between two spaces keeps its
// spaces.
func TestDiffTextDeletions(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"First one here.\n\nA paragraph that goes.\n\nThird one here.\n", "First one here.\n\nThird one here.\n",
			"First one here.\n\n[-A paragraph that goes.-]\n\nThird one here.\n"},
		{"A paragraph that goes.\n\nSecond one stays.\n", "Second one stays.\n",
			"[-A paragraph that goes.-]\n\nSecond one stays.\n"},
		{"First one stays.\n\nThe last one goes.\n", "First one stays.\n",
			"First one stays.\n\n[-The last one goes.-]\n"},
		{"The high quality of the work was noted.\n", "The quality of the work was noted.\n",
			"The [-high-] quality of the work was noted.\n"},
		{"We spoke of the Middle East and North Africa.\n", "We spoke of the Middle East.\n",
			"We spoke of the Middle East[- and North Africa-].\n"},
		{"Ziele:\n1. Mehr Wohnungen.\n2. Senkung der Grenze.\n3. Mehr Transparenz.\n4. Schnellere Verfahren.\n",
			"Ziele:\n1. Mehr Wohnungen.\n2. Senkung der Grenze.\n4. Schnellere Verfahren.\n",
			"Ziele:\n1. Mehr Wohnungen.\n2. Senkung der Grenze.\n[-3. Mehr Transparenz.-]\n4. Schnellere Verfahren.\n"},
		{"Goals:\n1. More homes.\n2. Lower limits.\n3. More openness.", "Goals:\n1. More homes.\n2. Lower limits.",
			"Goals:\n1. More homes.\n2. Lower limits.\n[-3. More openness.-]\n"},
		{"Line one goes.\nLine two stays.\n", "Line two stays.\n", "[-Line one goes.-]\nLine two stays.\n"},
		{"Intro line here.\n\nShe thought about it. Then she left.\n", "Intro line here.\n\nThen she left.\n",
			"Intro line here.\n\n[-She thought about it.-] Then she left.\n"},
		{"We want to invest heavily in the\nregional bus network now.\n", "We want to invest heavily in the\nbus network now.\n",
			"We want to invest heavily in the\n[-regional-] bus network now.\n"},
		// A sentence moved away from the text's end: its mark ends the
		// text as it did, before the last line break.
		{"The board met on Monday. Shareholders approved the merger. Analysts expect job cuts.\n",
			"The board met on Monday. Analysts expect job cuts. shareholders approved the merger.\n",
			"The board met on Monday. {>Analysts expect job cuts.<} [-Shareholders-]{+shareholders+} approved the merger. {<moved above: Analysts expect job cuts.>}\n"},
		// A list's bullet deleted as its line joined the one before.
		{"- meeting\n- meeting delta beta\n\nEnd here.\n", "- meeting meeting delta beta\n\nEnd here.\n",
			"- meeting [---] meeting delta beta\n\nEnd here.\n"},
		// A sentence's first word deleted as its paragraph was split off.
		{"Gamma report beta statement. Council gamma beta meeting minister delta region?\n",
			"Gamma report beta statement.\n\ngamma beta meeting minister delta region?\n",
			"Gamma report beta statement.\n\n[-Council-] gamma beta meeting minister delta region?\n"},
		// A word deleted where the engine placed it after the space.
		{"We met them. Council budget minister beta! Agreed 1316 statement council region.\n",
			"We met them. agreed Council budget minister beta! 1316 statement council region.\n",
			"We met them. {+agreed+} Council budget minister beta! [-Agreed-] 1316 statement council region.\n"},
		// A sentence moved away after a deleted one, both from the
		// paragraph's start: both marks at the paragraph's start, in a's
		// order, as a whole paragraph deleted before one moved.
		{"The council met in the old hall.\n\nGone now here. The mayor spoke at length about harbour plans. Everyone went home.\n\nThe minutes were filed.\n",
			"The council met in the old hall.\n\nEveryone went home.\n\nThe minutes were filed. The mayor spoke at length about harbour plans.\n",
			"The council met in the old hall.\n\n[-Gone now here.-] {<moved below: The mayor spoke at length about…>} Everyone went home.\n\n" +
				"The minutes were filed. {>The mayor spoke at length about harbour plans.<}\n"},
		{"The council met in the old hall.\n\nNobody had read the report.\n\nThe mayor spoke at length about harbour plans.\n\nEveryone went home.\n\nThe minutes were filed.\n",
			"The council met in the old hall.\n\nEveryone went home.\n\nThe mayor spoke at length about harbour plans.\n\nThe minutes were filed.\n",
			"The council met in the old hall.\n\n[-Nobody had read the report.-]\n\n{<moved below: The mayor spoke at length about…>}\n\nEveryone went home.\n\n" +
				"{>The mayor spoke at length about harbour plans.<}\n\nThe minutes were filed.\n"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		a, b := writeFile(t, dir, "a.txt", tt.a), writeFile(t, dir, "b.txt", tt.b)
		if _, out, _ := runCLI(t, "diff", a, b); out != tt.want {
			t.Errorf("diff %q %q:\n got %q\nwant %q", tt.a, tt.b, out, tt.want)
		}
	}
}

// TestDiffTextMoves: a moved sentence or paragraph is marked at both ends,
// where it went with its text and where it left with its first words: a
// sentence that opened a paragraph at the start of the paragraph it left,
// a paragraph between the text before and after it, a list's item on a
// line of its own.
func TestDiffTextMoves(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"Alpha one starts the text here.\n\nBeta two is a sentence that will move elsewhere in the text.\n\nGamma three follows in the middle.\n\nDelta four ends it all.\n",
			"Alpha one starts the text here.\n\nGamma three follows in the middle.\n\nDelta four ends it all.\n\nBeta two is a sentence that will move elsewhere in the text.\n",
			"Alpha one starts the text here.\n\n{<moved below: Beta two is a sentence that…>}\n\nGamma three follows in the middle.\n\n" +
				"Delta four ends it all.\n\n{>Beta two is a sentence that will move elsewhere in the text.<}\n"},
		{"One sentence here. Two is the mover sentence. Three stays put. Four ends.\n",
			"One sentence here. Three stays put. Four ends. Two is the mover sentence.\n",
			"One sentence here. {<moved below: Two is the mover sentence.>} Three stays put. Four ends. {>Two is the mover sentence.<}\n"},
		{"Three stays put. Four ends here. Two is the mover sentence.\n",
			"Two is the mover sentence. Three stays put. Four ends here.\n",
			"{>Two is the mover sentence.<} Three stays put. Four ends here. {<moved above: Two is the mover sentence.>}\n"},
		{"The market opened.\n\nShe thought of her sister. Since then, two letters came.\n",
			"The market opened.\n\nSince then, two letters came. She thought of her sister.\n",
			"The market opened.\n\n{<moved below: She thought of her sister.>} Since then, two letters came. {>She thought of her sister.<}\n"},
		{"Alpha one is first.\n\nBeta two is second.\n\nGamma three is third.\n\nDelta four is fourth.\n",
			"Alpha one is first. Gamma three is third.\n\nDelta four is fourth.\n\nBeta two is second.\n",
			"Alpha one is first.\n\n{<moved below: Beta two is second.>} Gamma three is third.\n\nDelta four is fourth.\n\n{>Beta two is second.<}\n"},
		// A sentence moved and one deleted from a paragraph's start: both
		// at the start of the paragraph they left, in their order.
		{"Intro line here.\n\nShe thought about it. He wrote a letter. Then she left.\n\nPrices rose sharply today.\n",
			"Intro line here.\n\nThen she left.\n\nPrices rose sharply today. She thought about it.\n",
			"Intro line here.\n\n{<moved below: She thought about it.>} [-He wrote a letter.-] Then she left.\n\nPrices rose sharply today. {>She thought about it.<}\n"},
		// Words deleted from a moved passage's start print inside it.
		{"Indeed the storm hit the coast hard that night. We stayed in.\n",
			"We stayed in. The storm hit the coast hard that night.\n",
			"{<moved below: Indeed the storm hit the coast…>} We stayed in. {>[-Indeed-]The storm hit the coast hard that night.<}\n"},
		{"Steps:\n1. Open the valve slowly.\n2. Extend the hose fully.\n3. Simplify the routing now.\n4. Close it.\n",
			"Steps:\n1. Simplify the routing now.\n2. Open the valve slowly.\n3. Extend the hose fully.\n4. Close it.\n",
			"Steps:\n{>[-3-]{+1+}. Simplify the routing now.<}\n[-1-]{+2+}. Open the valve slowly.\n[-2-]{+3+}. Extend the hose fully.\n" +
				"{<moved above: 3. Simplify the routing now.>}\n4. Close it.\n"},
		// A short sentence moved from a paragraph's end (a move of its
		// words, not of a sentence row): its mark after the text before
		// it, the paragraph break kept whole.
		{"Sud byl. Slushanie idet.\n\nGosudarstvo molchit.\n\nPrigovor budet.\n",
			"Sud byl.\n\nGosudarstvo molchit.\n\nPrigovor budet. Slushanie idet.\n",
			"Sud byl. {<moved below: Slushanie idet.>}\n\nGosudarstvo molchit.\n\nPrigovor budet. {>Slushanie idet.<}\n"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		a, b := writeFile(t, dir, "a.txt", tt.a), writeFile(t, dir, "b.txt", tt.b)
		if _, out, _ := runCLI(t, "diff", a, b); out != tt.want {
			t.Errorf("diff %q %q:\n got %q\nwant %q", tt.a, tt.b, out, tt.want)
		}
	}
}

func TestDiffErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	binary := filepath.Join(dir, "blob.txt")
	os.WriteFile(binary, []byte{0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0}, 0o644)
	good := "../../../assets/sample/blog-en.txt"
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"one file", []string{"diff", good}, 2, "need two or more files"},
		{"bad format", []string{"diff", "--format", "xml", good, good}, 2, "unknown format"},
		{"bad colour", []string{"diff", "--color", "bogus", good, good}, 2, `--color "bogus": want auto, always or never`},
		{"bad encoding", []string{"diff", "--encoding", "bogus", good, good}, 2, `unknown encoding "bogus"`},
		{"bad base", []string{"diff", "--base", "5", good, good}, 2, "out of range"},
		{"missing file", []string{"diff", good, filepath.Join(dir, "nope.txt")}, 1, "nope.txt"},
		{"empty file", []string{"diff", good, empty}, 1, "empty.txt"},
		{"binary file", []string{"diff", good, binary}, 1, "blob.txt"},
		{"unknown option", []string{"--frobnicate"}, 2, "frobnicate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runCLI(t, tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.msg) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", code, errs, tt.code, tt.msg)
			}
		})
	}
}

// TestDiffEncodingPerFile: --encoding takes one encoding per file, in
// their order, an empty one detected; one for all that garbles a file
// which is valid UTF-8 is used as asked, with a warning naming the file
// and the list that decodes only the others.
func TestDiffEncodingPerFile(t *testing.T) {
	dir := t.TempDir()
	cp1251 := filepath.Join(dir, "ru-cp1251.txt")
	utf8 := filepath.Join(dir, "ru-utf8.txt")
	text := "Министр прибыл в Алматы.\n"
	if err := os.WriteFile(cp1251, []byte{0xcc, 0xe8, 0xed, 0xe8, 0xf1, 0xf2, 0xf0, ' ', 0xef, 0xf0, 0xe8, 0xe1, 0xfb, 0xeb, ' ', 0xe2, ' ',
		0xc0, 0xeb, 0xec, 0xe0, 0xf2, 0xfb, '.', '\n'}, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(utf8, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "diff", "--encoding", "windows-1251,", cp1251, utf8)
	if code != 0 || errs != "" || strings.Contains(out, "[-") {
		t.Errorf("one encoding per file: exit %d, stderr %q, out %q; want the texts read alike, no warning", code, errs, out)
	}
	code, _, errs = runCLI(t, "diff", "--encoding", "windows-1251", cp1251, utf8)
	if code != 0 || !strings.Contains(errs, "ru-utf8.txt is valid UTF-8") || !strings.Contains(errs, "--encoding windows-1251,") ||
		strings.Contains(errs, "ru-cp1251.txt") {
		t.Errorf("one encoding for all: exit %d, stderr %q; want a warning on ru-utf8.txt alone, with --encoding windows-1251,", code, errs)
	}
	code, _, errs = runCLI(t, "diff", "--encoding", "windows-1251,utf-8,koi8-r", cp1251, utf8)
	if code != 2 || !strings.Contains(errs, "3 encodings for 2 files") {
		t.Errorf("three encodings for two files: exit %d, stderr %q; want a usage error", code, errs)
	}
}

// TestDiffTextMarksWhereAWordMoved: a word moved inside its sentence is
// marked where it left as well as where it went, as a moved sentence is,
// so that a reader sees the old order ("to further develop"), whichever
// way it went.
func TestDiffTextMarksWhereAWordMoved(t *testing.T) {
	tests := []struct {
		name, a, b, want string
		args             []string
	}{
		{"forward, beside another change",
			"We took specific steps to further develop the organisation. It was good.\n",
			"We took practical steps to develop the organisation further. It was good.\n",
			"We took [-specific-]{+practical+} steps to {<moved below: further>} develop the organisation {>further<}. It was good.\n", nil},
		{"back, from the sentence's end",
			"Alpha beta gamma delta epsilon zeta extraordinarily.\n",
			"Alpha beta gamma delta extraordinarily epsilon zeta.\n",
			"Alpha beta gamma delta {>extraordinarily<} epsilon zeta {<moved above: extraordinarily>}.\n", nil},
		{"back, in Russian",
			"Мы будем развивать организацию дальше.\n",
			"Мы будем дальше развивать организацию.\n",
			"Мы будем {>дальше<} развивать организацию {<moved above: дальше>}.\n", nil},
		// A phrase put first takes the sentence's capital; shown with
		// the change of case, that change is inside the move, and where
		// the phrase left comes before the word whose capital went.
		{"put first, its case shown",
			"He walked for hours without meeting anyone.\n",
			"For hours he walked, without meeting anyone.\n",
			"{>{~~for~>For~~} hours<} {~~He~>he~~} walked{+,+} {<moved above: for hours>} without meeting anyone.\n",
			[]string{"--show-trivial"}},
		{"put last, its case shown",
			"Yesterday we met the minister.\n",
			"We met the minister yesterday.\n",
			"{<moved below: Yesterday>} {~~we~>We~~} met the minister {>{~~Yesterday~>yesterday~~}<}.\n",
			[]string{"--show-trivial"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
			if err := errors.Join(os.WriteFile(a, []byte(tt.a), 0o644), os.WriteFile(b, []byte(tt.b), 0o644)); err != nil {
				t.Fatal(err)
			}
			code, out, errs := runCLI(t, append(append([]string{"diff", "--color", "never"}, tt.args...), a, b)...)
			if code != 0 || out != tt.want {
				t.Errorf("exit %d (%s):\n%s\nwant\n%s", code, errs, out, tt.want)
			}
		})
	}
}

func TestDiffThreeVersions(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i, s := range []string{"One here. Two here.", "One here. Two there.", "Zero. One here. Two here."} {
		p := filepath.Join(dir, string(rune('a'+i))+".txt")
		os.WriteFile(p, []byte(s), 0o644)
		files = append(files, p)
	}
	code, out, errs := runCLI(t, append([]string{"diff", "--format", "json", "--base", "1"}, files...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res struct {
		Base    int `json:"base"`
		Changes []struct{ A, B int }
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Base != 1 || len(res.Changes) < 2 {
		t.Fatalf("base %d, %d changes", res.Base, len(res.Changes))
	}
	for _, c := range res.Changes {
		if c.A != 1 || c.B == 1 {
			t.Errorf("change not against base 1: %+v", c)
		}
	}
}

// TestDiffRestoresGC: a diff budgets the collector for its texts and puts
// its settings back, since Main may run in a process that goes on.
func TestDiffRestoresGC(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("One sentence here. Another one.\n"), 0o644)
	os.WriteFile(b, []byte("One sentence there. Another one.\n"), 0o644)
	percent := debug.SetGCPercent(77)
	limit := debug.SetMemoryLimit(1 << 40)
	defer func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}()
	var out, errOut strings.Builder
	if code := Main(context.Background(), Env{Stdout: &out, Stderr: &errOut}, []string{"diff", a, b}, nil); code != 0 {
		t.Fatalf("diff: exit %d: %s", code, errOut.String())
	}
	if got := debug.SetGCPercent(77); got != 77 {
		t.Errorf("GC percent after a diff: %d, want 77", got)
	}
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Errorf("memory limit after a diff: %d, want %d", got, int64(1<<40))
	}
}

// TestGCPercentFor: the percent budgetGC sets gives the runtime the goal
// meant, the budget, or gcRaise times the live heap past it, by the
// runtime's own rule (the live heap times 1+percent/100, and at least its
// minimum heap times percent/100).
func TestGCPercentFor(t *testing.T) {
	const mb = 1 << 20
	w := &gcWatch{budget: 70 * mb}
	for _, tc := range []struct {
		name       string
		live, want uint64
	}{
		{"fresh heap", 0, 70 * mb},
		{"texts read", 2 * mb, 70 * mb},
		{"below the budget", 30 * mb, 70 * mb},
		{"near the budget", 60 * mb, 75 * mb},
		{"rewritten throughout", 110 * mb, 137.5 * mb},
	} {
		p := uint64(w.percentFor(tc.live))
		goal := max(tc.live+tc.live*p/100, runtimeMinHeap*p/100)
		if goal < tc.want || goal > tc.want+tc.want/100 {
			t.Errorf("%s: live %d MB: percent %d gives a goal of %.2f MB, want %.2f", tc.name, tc.live/mb, p, float64(goal)/mb, float64(tc.want)/mb)
		}
	}
}

// TestUndeterminedLanguage: a text too short for its language to be told,
// in another script than the others, is aligned as a translation (and the
// user told so), not word-diffed against a text in another language; one
// in the script of the others is compared as in their language.
func TestUndeterminedLanguage(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	ru := write("ru.txt", "Министры встретились в Алматы 21 июня 2024 года.\n")
	en := write("en.txt", "Ministers met in Almaty on 21 June 2024.\n")
	en2 := write("en2.txt", "Ministers met in Almaty on 21 June.\n")
	long, err := os.ReadFile("../../../assets/sample/revised-en.txt")
	if err != nil {
		t.Fatal(err)
	}
	enLong := write("en-long.txt", string(long))
	for _, tc := range []struct {
		name      string
		files     []string
		wantLangs []string
		warn      bool
	}{
		{"ru and short en", []string{ru, en}, []string{"ru", "und-Latn"}, true},
		{"two short en", []string{en, en2}, []string{"", ""}, false},
		// An undetected base is marked too: unknown agrees with any.
		{"short en and ru", []string{en, ru}, []string{"und-Latn", "ru"}, true},
		{"short en, ru, short en", []string{en, ru, en2}, []string{"und-Latn", "ru", ""}, true},
		{"ru, two short en", []string{ru, en, en2}, []string{"ru", "und-Latn", "und-Latn"}, true},
		// Beside a detected English rendering, a short English line is
		// taken as English, and word-diffed against that rendering.
		{"ru, en, short en", []string{ru, enLong, en}, []string{"ru", "en", "en"}, true},
	} {
		var out, errOut strings.Builder
		args := append([]string{"diff", "--format", "json"}, tc.files...)
		if code := Main(context.Background(), Env{Stdout: &out, Stderr: &errOut}, args, nil); code != 0 {
			t.Fatalf("%s: exit %d: %s", tc.name, code, errOut.String())
		}
		var js struct {
			Versions []struct {
				Language   string `json:"language"`
				Translated bool   `json:"translated"`
			} `json:"versions"`
			Changes []json.RawMessage `json:"changes"`
		}
		if err := json.Unmarshal([]byte(out.String()), &js); err != nil {
			t.Fatal(err)
		}
		for i, v := range js.Versions {
			if v.Language != tc.wantLangs[i] {
				t.Errorf("%s: version %d language %q, want %q", tc.name, i, v.Language, tc.wantLangs[i])
			}
		}
		if warned := strings.Contains(errOut.String(), "--lang"); warned != tc.warn {
			t.Errorf("%s: warning %v, want %v: %q", tc.name, warned, tc.warn, errOut.String())
		}
	}
}

// estonianAndEnglish writes an Estonian text, whose language the
// detector does not tell, and its English translation into files and
// returns their paths.
func estonianAndEnglish(t *testing.T) (et, en string) {
	dir := t.TempDir()
	et = writeFile(t, dir, "et.txt", "Tallinna vanalinn on üks paremini säilinud keskaegseid linnasüdameid Põhja-Euroopas. "+
		"Linnamüüri ehitamist alustati kolmeteistkümnendal sajandil ning sellest on tänaseni alles ligi kaks kilomeetrit. "+
		"Raekoja platsil peetakse igal talvel jõululaata, mida külastavad tuhanded turistid. "+
		"Vanalinn kanti maailmapärandi nimekirja aastal 1997 ning seda hoitakse hoolikalt.\n")
	en = writeFile(t, dir, "en.txt", "Tallinn's old town is one of the best preserved medieval town centres in Northern Europe. "+
		"Construction of the town wall began in the thirteenth century, and almost two kilometres of it survive today. "+
		"Every winter a Christmas market is held on Town Hall Square, visited by thousands of tourists. "+
		"The old town was inscribed on the World Heritage List in 1997 and is carefully maintained.\n")
	return et, en
}

// TestUndetectedLanguageApart: an Estonian text, whose language the
// detector does not tell, beside its English translation is aligned as a
// translation, the user told so, in either order.
func TestUndetectedLanguageApart(t *testing.T) {
	et, en := estonianAndEnglish(t)
	for _, tc := range []struct {
		files     []string
		wantLangs []string
	}{
		{[]string{et, en}, []string{"und-Latn", "en"}},
		{[]string{en, et}, []string{"en", "und-Latn-x-other"}},
	} {
		versions, errs := diffVersions(t, tc.files...)
		for i, v := range versions {
			if v.Language != tc.wantLangs[i] || v.Translated != (i == 1) {
				t.Errorf("%v: version %d language %q translated %v, want %q", tc.files, i, v.Language, v.Translated, tc.wantLangs[i])
			}
		}
		if !strings.Contains(errs, "aligned with it as a translation") && !strings.Contains(errs, "are aligned with it as translations") {
			t.Errorf("%v: not told: %q", tc.files, errs)
		}
	}
}

// TestUndetectedLanguageLabels: the text reports of check and diff name
// an undetected language in words, not by the tag that keeps it apart.
func TestUndetectedLanguageLabels(t *testing.T) {
	et, en := estonianAndEnglish(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"check", en, et}, "(other language) against"},
		{[]string{"check", et, en}, "against " + et + " (undetected)"},
		{[]string{"diff", en, et}, "en and other language, aligned across languages"},
	} {
		code, out, errs := runCLI(t, tc.args...)
		if code != 0 || !strings.Contains(out, tc.want) || strings.Contains(out, "und-") {
			t.Errorf("%v: exit %d, output %q (%s), want %q and no tag", tc.args[0], code, out, errs, tc.want)
		}
	}
	for tag, want := range map[string]string{"": "-", "en": "en", "und": "undetected", "und-Latn": "undetected",
		"und-Cyrl-x-other": "other language", "und-Latn-x-other2": "other language 2",
		"und-Latn-x-othera": "und-Latn-x-othera", "und-Latn-x-other-foo": "und-Latn-x-other-foo"} {
		if got := langLabel(tag); got != want {
			t.Errorf("langLabel(%q) = %q, want %q", tag, got, want)
		}
	}
}

// versionLanguage is a version's language in "diff --format json", and
// whether it is aligned as a translation.
type versionLanguage struct {
	Language   string `json:"language"`
	Translated bool   `json:"translated"`
}

// diffVersions runs "diff --format json" on args (options, then files)
// and returns its versions' languages and its standard error.
func diffVersions(t *testing.T, args ...string) ([]versionLanguage, string) {
	t.Helper()
	code, out, errs := runCLI(t, append([]string{"diff", "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("diff %v: exit %d: %s", args, code, errs)
	}
	var js struct {
		Versions []versionLanguage `json:"versions"`
	}
	if err := json.Unmarshal([]byte(out), &js); err != nil {
		t.Fatal(err)
	}
	return js.Versions, errs
}

// TestCheckHungarianTranslation: the Hungarian article written for the
// engine's tests against its English translation: the check flags the
// one sentence left out and the one added, and no dates (Hungarian months
// take endings: "decemberében").
func TestCheckHungarianTranslation(t *testing.T) {
	dir := t.TempDir()
	firstLines := func(path string, n int) string {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		return writeFile(t, dir, filepath.Base(path), strings.Join(lines[:min(n, len(lines))], " ")+"\n")
	}
	hu := firstLines("../../../compare/testdata/encyclopedia.hu", 60)
	en := firstLines("../../../compare/internal/crosslang/testdata/encyclopedia-hu.en", 60)
	code, out, errs := runCLI(t, "check", hu, en)
	if code != 0 {
		t.Fatalf("check: exit %d: %s", code, errs)
	}
	if got := strings.Count(out, "\n  row"); got != 2 || !strings.Contains(out, "source text with no rendering") ||
		!strings.Contains(out, "rendering with no source text") {
		t.Errorf("check: %d findings, want the omission and the addition:\n%s", got, out)
	}
}

// TestCheckJSONRowsMatchText: check's JSON counts a finding's row from
// 1, as its text output, the README and "variorum export --format json"
// do.
func TestCheckJSONRowsMatchText(t *testing.T) {
	ru, en := sampleDir+"ru.txt", sampleDir+"blog-en.txt"
	code, text, errs := runCLI(t, "check", ru, en)
	if code != 0 {
		t.Fatalf("text: exit %d: %s", code, errs)
	}
	code, out, errs := runCLI(t, "check", "--format", "json", ru, en)
	if code != 0 {
		t.Fatalf("json: exit %d: %s", code, errs)
	}
	var js struct {
		Findings []struct {
			Kind string `json:"kind"`
			Row  int    `json:"row"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &js); err != nil {
		t.Fatal(err)
	}
	if len(js.Findings) == 0 {
		t.Fatal("no findings")
	}
	first := js.Findings[0]
	if first.Kind != "addition" {
		t.Fatalf("first finding is %s, want the blog's introduction as an addition", first.Kind)
	}
	if want := fmt.Sprintf("row %d: rendering with no source text", first.Row); !strings.Contains(text, want) {
		t.Errorf("JSON's first finding has \"row\": %d; the text output (no %q) says:\n%s", first.Row, want, text)
	}
}

// TestDiffShowTrivial: typography-only changes are left out of the word
// diff, and with --show-trivial marked apart from real ones.
func TestDiffShowTrivial(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("He said \"yes\" to the plan.\n"), 0o644)
	os.WriteFile(b, []byte("He said “yes” to the new plan.\n"), 0o644)
	c := filepath.Join(dir, "c.txt")
	os.WriteFile(c, []byte("He said \"yes\" to the\u00a0plan.\n"), 0o644)
	d, e := filepath.Join(dir, "d.txt"), filepath.Join(dir, "e.txt")
	os.WriteFile(d, []byte("He said \"yes\" to the\u00a0\u00a0plan.\n"), 0o644)
	os.WriteFile(e, []byte("He said \"yes\" to the  plan.\n"), 0o644)
	f, g := filepath.Join(dir, "f.txt"), filepath.Join(dir, "g.txt")
	os.WriteFile(f, []byte("He said \"yes\" to the plan\u00a0.\n"), 0o644)
	os.WriteFile(g, []byte("He said \"yes\" to the \u200bplan.\n"), 0o644)
	for _, tc := range []struct {
		args []string
		b    string
		want string
	}{
		{nil, b, "He said “yes” to the {+new+} plan.\n"},
		{[]string{"--show-trivial"}, b, "He said {~~\"~>“~~}yes{~~\"~>”~~} to the {+new+} plan.\n"},
		// White space is named, as it would print as nothing changed;
		// plain spaces show as they are, their number seen.
		{[]string{"--show-trivial"}, c, "He said \"yes\" to the{~~(space)~>(no-break space)~~}plan.\n"},
		{[]string{"--show-trivial"}, d, "He said \"yes\" to the{~~(space)~>(2 × no-break space)~~}plan.\n"},
		{[]string{"--show-trivial"}, e, "He said \"yes\" to the{~~ ~>  ~~}plan.\n"},
		// A no-break space added or taken out before French punctuation.
		{[]string{"--show-trivial"}, f, "He said \"yes\" to the plan{~~~>(no-break space)~~}.\n"},
		// A zero-width space, drawn as nothing, is named too.
		{[]string{"--show-trivial"}, g, "He said \"yes\" to the{~~(space)~>(space, U+200B)~~}plan.\n"},
	} {
		code, out, errs := runCLI(t, append(append([]string{"diff", "--color", "never"}, tc.args...), a, tc.b)...)
		if code != 0 || out != tc.want {
			t.Errorf("diff %v: exit %d, %q %q; want %q", tc.args, code, out, errs, tc.want)
		}
	}
}

// TestDiffStdin: "-" names standard input, once.
func TestDiffStdin(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(file, []byte("The meeting ended.\n"), 0o644)
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, stdin: strings.NewReader("The long meeting ended.\n")}
	if code := run(context.Background(), e, []string{"diff", "--color", "never", file, "-"}); code != 0 || out.String() != "The {+long+} meeting ended.\n" {
		t.Errorf("diff FILE -: exit %d, %q %q", code, out.String(), errb.String())
	}
	if code, _, errs := runCLI(t, "diff", "-", "-"); code == 0 || !strings.Contains(errs, "standard input") {
		t.Errorf("diff - -: exit %d, %q", code, errs)
	}
}

// TestLangCanonical: "--lang fra,fr" names one language twice: the
// versions are word-diffed, not aligned as a translation.
func TestLangCanonical(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("Le ministre est arrivé.\n"), 0o644)
	os.WriteFile(b, []byte("Le ministre est arrivé hier.\n"), 0o644)
	versions, _ := diffVersions(t, "--lang", "fra,fr", a, b)
	if versions[0].Language != "fr" || versions[1].Translated {
		t.Errorf("versions %+v: want fr, word-diffed", versions)
	}
}

// TestDiffInterrupted: a diff stopped by a cancellation says so in words,
// not in the context's error, and exits 130.
func TestDiffInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, stdin: strings.NewReader("")}
	a, b := "../../../assets/sample/blog-en.txt", "../../../assets/sample/revised-en.txt"
	if code := run(ctx, e, []string{"diff", a, b}); code != exitInterrupted || errb.String() != "variorum diff: interrupted\n" {
		t.Errorf("exit %d, %q", code, errb.String())
	}
}

// TestDiffInterruptedReadingStdin: an interrupt while standard input has
// not ended (a terminal waiting for Ctrl+D, a slow pipe) stops the diff.
func TestDiffInterruptedReadingStdin(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r, w := io.Pipe() // never written: a read waits for ever
	defer w.Close()
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, stdin: r}
	if code := run(ctx, e, []string{"diff", "-", "../../../assets/sample/blog-en.txt"}); code != exitInterrupted {
		t.Errorf("exit %d, %q", code, errb.String())
	}
}

// TestDiffOfIDs: "diff 1 2" names no files; the error says how versions
// of the library are compared.
func TestDiffOfIDs(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	code, _, errs := runCLI(t, "diff", "1", "2")
	if code != 1 || !strings.Contains(errs, "1: no such file") || !strings.Contains(errs, "export --versions 1,2") {
		t.Errorf("exit %d, %q", code, errs)
	}
	os.WriteFile("a.txt", []byte("x\n"), 0o644)
	if _, _, errs := runCLI(t, "diff", "a.txt", "2"); strings.Contains(errs, "--versions") {
		t.Errorf("a file and a missing one: %q", errs)
	}
}

// TestDiffMisreadLanguage: a version the detector reads as another
// language, but which holds most of the base's words (every other word
// replaced by a code), is still word-diffed, and stderr says why.
func TestDiffMisreadLanguage(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	base := "The minister arrived in Almaty on Friday morning and held talks with colleagues from five countries about regional security."
	coded := "The w1 arrived in w2 on Friday w3 and held w4 with w5 from five w6 about regional w7 w8 w9. Zostało przyjęte."
	if err := os.WriteFile(a, []byte(base), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte(coded), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "diff", a, b)
	if code != 0 || !strings.Contains(out, "[-minister-]{+w1+}") || !strings.Contains(errs, "compared word by word") {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
}

// TestDiffLangPerFile: "--lang ,de" gives the second file's language and
// detects the first's, not refused as an empty tag. A language given stays
// as given; two texts that share most of their words are compared word by
// word whichever was given, the detected one taking the other's language,
// and told so.
func TestDiffLangPerFile(t *testing.T) {
	dir := t.TempDir()
	fr := "La réunion du conseil municipal a été reportée en raison de la grève. Elle aura lieu le 3 mars dans la grande salle."
	a, b := writeFile(t, dir, "a.txt", fr), writeFile(t, dir, "b.txt", strings.Replace(fr, "3 mars", "4 mars", 1))
	for _, tc := range []struct {
		lang              string
		want              [2]string
		wordDiffs, notice bool
	}{
		// Given as German, b shares every word of a: both are compared
		// word by word, as the given language, and told so.
		{",de", [2]string{"de", "de"}, true, true},
		{"it,", [2]string{"it", "it"}, true, true},
		{",", [2]string{"fr", "fr"}, true, false},
		{"fr", [2]string{"fr", "fr"}, true, false},
	} {
		got, errs := diffJSONOf(t, "--lang", tc.lang, a, b)
		if l := [2]string{got.Versions[0].Language, got.Versions[1].Language}; l != tc.want {
			t.Errorf("--lang %q: languages %v, want %v", tc.lang, l, tc.want)
		}
		if diffs := len(got.Changes) > 0; diffs != tc.wordDiffs {
			t.Errorf("--lang %q: %d changes, want word changes %v", tc.lang, len(got.Changes), tc.wordDiffs)
		}
		if notice := strings.Contains(errs, "compared word by word"); notice != tc.notice {
			t.Errorf("--lang %q: stderr %q, want the word-by-word notice %v", tc.lang, errs, tc.notice)
		}
	}
}

// TestDiffLangMisreadBase: a base the detector misreads (codes read as
// Polish) beside a text given as English that shares its words is English
// too; a third version read as the base was goes with it, its change kept;
// a real translation in the language the base was misread as stays one.
func TestDiffLangMisreadBase(t *testing.T) {
	dir := t.TempDir()
	coded := writeFile(t, dir, "coded.txt", "The w1 arrived in w2 on Friday w3 and held w4 with w5 from five w6 about regional w7 w8 w9. Zostało przyjęte.")
	plain := writeFile(t, dir, "plain.txt", "The minister arrived in Almaty on Friday morning and held talks with colleagues from five countries about regional security.")
	coded2 := writeFile(t, dir, "coded2.txt", "The w1 arrived in w2 on Monday w3 and held w4 with w5 from five w6 about regional w7 w8 w9. Zostało przyjęte.")
	pl := writeFile(t, dir, "pl.txt", "Minister przybył do Ałmaty w piątek rano i prowadził rozmowy z kolegami z pięciu krajów o bezpieczeństwie regionalnym. Nie jest to łatwe, ale jest to ważne dla regionu.")

	got, errs := diffJSONOf(t, "--lang", ",en", coded, plain)
	if l := [2]string{got.Versions[0].Language, got.Versions[1].Language}; l != [2]string{"en", "en"} || len(got.Changes) == 0 ||
		!strings.Contains(errs, "compared word by word as en") {
		t.Errorf("misread base beside a text given as en: languages %v, %d changes, stderr %q", l, len(got.Changes), errs)
	}
	got, _ = diffJSONOf(t, "--lang", ",en,", coded, plain, coded2)
	monday := slices.ContainsFunc(got.Changes, func(c compare.Change) bool { return c.B == 2 && strings.Contains(c.BText, "Monday") })
	if got.Versions[2].Language != "en" || !monday {
		t.Errorf("three files: third version in %q, its change to Monday reported %v", got.Versions[2].Language, monday)
	}
	if got, _ = diffJSONOf(t, "--lang", ",en,", coded, plain, pl); got.Versions[2].Language != "pl" {
		t.Errorf("a Polish translation beside a misread base taken as %q", got.Versions[2].Language)
	}
}

// diffJSONOf runs "diff --format json" on args (options, then files), two
// or more, and returns its output and its standard error.
func diffJSONOf(t *testing.T, args ...string) (diffJSON, string) {
	t.Helper()
	code, out, errs := runCLI(t, append([]string{"diff", "--format", "json"}, args...)...)
	var got diffJSON
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil || len(got.Versions) < 2 {
		t.Fatalf("diff %v: exit %d, %s", args, code, errs)
	}
	return got, errs
}
