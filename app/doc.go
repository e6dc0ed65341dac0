// Package app is Variorum's window: a library panel listing briefings and
// their versions, a bar choosing the base and the versions beside it (up
// to MaxColumns), aligned columns with every wording change highlighted,
// and beside them the list of changes, the translation check's findings
// and the researcher's notes. A reader steps through the changes of every
// version, or follows one version's alone (ViewModel.SetFollowed): the
// rows are then laid out again for it, its removals marked in the base's
// column (BuildRowsFollowing), and Next, the counter and the lists count
// its changes (ChangesOf).
//
// The package holds no comparison algorithms: alignment and word diff come
// from package compare, storage from package data. State lives in a
// ViewModel that tests drive without a window; the widgets only render it.
// Highlighted text is drawn by DiffText, a small widget of our own, because
// Fyne's RichText can neither give a word a background nor wrap many styled
// segments at word boundaries.
package app
