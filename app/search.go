package app

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/variorum/variorum/data"
	"github.com/variorum/variorum/data/export"
)

// searchHits is how many hits the library search lists.
const searchHits = 50

// showSearchDialog searches every version of the library (SQLite FTS5)
// and opens a hit: its version is shown, and the words found in it.
func (mw *MainWindow) showSearchDialog() {
	entry := mw.dialogs.entry(false)
	entry.SetPlaceHolder(`words, "a phrase", word*, this OR that, -leave out`)
	var hits []data.Hit
	var d dialog.Dialog
	status := widget.NewLabel("")
	list := mw.dialogs.list(func() int { return len(hits) },
		func(i int) string {
			h := hits[i]
			return fmt.Sprintf("%s · %s: %s", briefingTitleOr(h), h.Label, displayOrder(snippetLine(h.Snippet, snippetRunes)))
		},
		func(i int) { mw.openHit(hits[i], entry.Text, d) })
	run := func() {
		var err error
		hits, err = mw.opts.Library.Search(mw.ctx, entry.Text, searchHits)
		switch {
		case err != nil:
			status.SetText(err.Error())
		case len(hits) == 0:
			status.SetText("No version holds these words.")
		default:
			status.SetText(plural(len(hits), "hit", "hits") + ": click one to open it, or press Down to choose one and Space to open it")
		}
		list.Refresh()
	}
	entry.OnSubmitted = func(string) { run() }
	entry.onDown = func() {
		if len(hits) > 0 {
			mw.Window.Canvas().Focus(list)
		}
	}
	content := container.NewBorder(container.NewBorder(nil, nil, nil, mw.dialogs.button("Search", widget.MediumImportance, run), entry), status, nil, nil, list)
	d = mw.dialogs.custom("Search the library", content, closeAction("Close"))
	d.Resize(fyne.NewSize(720, 480))
	mw.dialogs.show(d, nil)
	mw.Window.Canvas().Focus(entry)
}

// snippetRunes is the most characters of a hit's snippet a line of the
// search dialog shows: what fits its width at the default text size.
const snippetRunes = 120

// snippetLead is how many characters of context a snippet line keeps
// before the first word found, when the words before it must be cut for
// it to show.
const snippetLead = 30

// snippetLine is a hit's snippet on one line of at most n characters,
// the words found in brackets ("[Nurtleu]"), a list's plain text having
// no other mark: cut so that the first word found shows whole, with
// snippetLead characters before it where the snippet is longer.
func snippetLine(snip string, n int) string {
	// Found by the library's own marks: the text may hold brackets.
	s := []rune(export.Squeeze(snip))
	first := slices.Index(s, []rune(data.SnippetOpen)[0])
	if end := slices.Index(s, []rune(data.SnippetClose)[0]); first > snippetLead && end >= n-1 {
		cut := first - snippetLead
		for cut < first && s[cut] != ' ' { // start at a word
			cut++
		}
		s = append([]rune("…"), s[cut+1:]...)
	}
	return export.Clip(strings.NewReplacer(data.SnippetOpen, "[", data.SnippetClose, "]").Replace(string(s)), n)
}

// openHit shows a search hit's version (see ViewModel.OpenVersion) and
// finds the first word searched for in it once the comparison is in.
func (mw *MainWindow) openHit(h data.Hit, query string, d dialog.Dialog) {
	if d != nil {
		d.Hide()
	}
	word := foundWord(h.Snippet, query)
	ids, _ := mw.VM.Columns()
	if !slices.Contains(ids, h.VersionID) || mw.VM.Comparison().Busy {
		// Found once the comparison is in (update).
		mw.pendingFind = word
		if !slices.Contains(ids, h.VersionID) {
			mw.showError(mw.VM.OpenVersion(h.VersionID))
		}
		return
	}
	if word != "" { // on screen already: no update will come
		// After the key that chose the hit is done with: Space's rune
		// follows its key press, and would be typed into the find bar.
		fyne.Do(func() {
			mw.find.close()
			mw.find.openWith(word)
		})
	}
}

// foundWord is the first word a hit's snippet marks as found, as the
// text writes it, else the query's first word: not a word the query
// leaves out ("Almaty -Putin") nor an operator.
func foundWord(snippet, query string) string {
	if _, rest, ok := strings.Cut(snippet, data.SnippetOpen); ok {
		if w, _, ok := strings.Cut(rest, data.SnippetClose); ok && w != "" {
			return w
		}
	}
	if words := strings.Fields(strings.NewReplacer(`"`, " ", "*", " ").Replace(query)); len(words) > 0 {
		return words[0]
	}
	return ""
}

func briefingTitleOr(h data.Hit) string {
	if h.BriefingTitle != "" {
		return export.Clip(h.BriefingTitle, 40)
	}
	return h.BriefingSlug
}
