package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// A Spanish match report and its Portuguese translation: detected es and
// pt, but full of names, so that half of the Portuguese distinct words of
// 3+ letters are in the Spanish (names, "Real", "por", "para", "que", ...).
const (
	closeES = "El Real Madrid venció al Barcelona por 3 a 1 en el estadio Santiago Bernabéu. Los goles fueron de Vinícius Júnior, Jude Bellingham y Kylian Mbappé; Robert Lewandowski marcó el gol del Barcelona, que jugó con diez.\n\n" +
		"Carlo Ancelotti elogió a Luka Modrić, Federico Valverde y Aurélien Tchouaméni. Hansi Flick lamentó la lesión de Pedri y la expulsión de Ronald Araújo, que vio la tarjeta roja a los 60 minutos del partido.\n"
	closePT = "O Real Madrid venceu o Barcelona por 3 a 1 no estádio Santiago Bernabéu. Os golos foram de Vinícius Júnior, Jude Bellingham e Kylian Mbappé; Robert Lewandowski marcou o golo do Barcelona, que jogou com dez.\n\n" +
		"Carlo Ancelotti elogiou Luka Modrić, Federico Valverde e Aurélien Tchouaméni. Hansi Flick lamentou a lesão de Pedri e a expulsão de Ronald Araújo, que viu o cartão vermelho aos 60 minutos da partida.\n"
)

func writeCloseLanguagePair(t *testing.T) (string, string) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "es.txt"), filepath.Join(dir, "pt.txt")
	if err := os.WriteFile(a, []byte(closeES), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte(closePT), 0o644); err != nil {
		t.Fatal(err)
	}
	return a, b
}

// TestAlignTMXCloseLanguages: a Spanish text and its Portuguese
// translation, rich in names, make a TMX of two languages.
func TestAlignTMXCloseLanguages(t *testing.T) {
	a, b := writeCloseLanguagePair(t)
	code, out, errs := runCLI(t, "align", "--format", "tmx", a, b)
	if code != 0 || !strings.Contains(out, `xml:lang="pt`) {
		t.Errorf("align --format tmx es.txt pt.txt: exit %d\nstderr: %s", code, errs)
	}
}

// TestCheckCloseLanguages: check takes the Portuguese translation of a
// Spanish text as Portuguese, so that it checks it as a rendering.
func TestCheckCloseLanguages(t *testing.T) {
	a, b := writeCloseLanguagePair(t)
	code, out, errs := runCLI(t, "check", "--format", "json", a, b)
	var res struct {
		Languages []string `json:"languages"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || code != 0 {
		t.Fatalf("exit %d, %v: %s", code, err, errs)
	}
	if !slices.Equal(res.Languages, []string{"es", "pt"}) {
		t.Errorf("languages %v, want [es pt]\nstderr: %s", res.Languages, errs)
	}
}

// TestDiffNoticesSayTheOutcome: a base of mixed Russian and English,
// mostly Latin letters, against its Russian sentence alone: the base is
// first set apart by its script, then compared word by word because the
// two share most words. Only the outcome is told, not the step it undid.
func TestDiffNoticesSayTheOutcome(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "mixed.txt"), filepath.Join(dir, "ru.txt")
	if err := os.WriteFile(a, []byte("Он сказал «нет» и ушёл. It's the coup d'état... Wait - really?\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte("Он сказал \"нет\" и ушёл.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "diff", "--color", "never", a, b)
	if code != 0 || !strings.Contains(out, "[- It's the coup d'état... Wait - really?-]") {
		t.Fatalf("exit %d, output %q, stderr %q", code, out, errs)
	}
	if strings.Contains(errs, "as translations") || !strings.Contains(errs, "compared word by word") {
		t.Errorf("notices %q: want only that ru.txt is compared word by word", errs)
	}
}
