package app

import (
	"fmt"
	"slices"
	"strings"
)

// statusText summarises a comparison for the status line, e.g.
// "blog-en vs revised-en: 12 changes (5 replaced · 3 added · 2 removed ·
// 2 moved), 4 in numbers, 2 in names, 1 in letter case only · 7 typography only ·
// 152 aligned rows". It uses no character outside the theme's bundled font
// (no arrows), so that it renders the same on every machine.
func statusText(cmp Comparison) string {
	base, other := cmp.BaseVersion(), cmp.OtherVersion()
	switch {
	case cmp.Err != nil:
		return "Comparison failed: " + cmp.Err.Error()
	case base == nil:
		return "No versions chosen."
	case cmp.Busy && cmp.Relaying:
		return "Marking the changes followed…"
	case cmp.Busy:
		return fmt.Sprintf("Comparing %s…", columnLabels(cmp))
	case other == nil:
		return fmt.Sprintf("%s alone: tick another version to compare · %s", base.Label, plural(len(cmp.Rows), "row", "rows"))
	case len(cmp.Columns) > 2:
		// The typography-only ones too, so the count adds up to the
		// change list's. The counts come first, the findings right after
		// the changes, and the versions, which the column titles name,
		// last: a window too narrow for the whole line cuts its end.
		n := countChanges(cmp.Changes)
		return fmt.Sprintf("%s%s · %d typography only · %s · %s against %s%s",
			plural(n, "change", "changes"), findingsPart(cmp), len(cmp.Changes)-n, plural(len(cmp.Rows), "aligned row", "aligned rows"),
			othersLabels(cmp), base.Label, removedIn(cmp))
	case cmp.AnyTranslated():
		return fmt.Sprintf("%s (%s) beside %s (%s): aligned across languages · %s · %s",
			base.Label, orDashLang(base.Language), other.Label, orDashLang(other.Language),
			plural(len(cmp.Rows), "aligned row", "aligned rows"), plural(cmp.Findings, "finding", "findings"))
	}
	s := cmp.Stats
	var parts []string
	add := func(n int, what string) {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, what))
		}
	}
	add(s.Replaces, "replaced")
	add(s.Inserts, "added")
	add(s.Deletes, "removed")
	add(s.Moves, "moved")
	var b strings.Builder
	fmt.Fprintf(&b, "%s vs %s: %s", base.Label, other.Label, plural(s.Total(), "change", "changes"))
	if len(parts) > 0 {
		b.WriteString(" (" + strings.Join(parts, " · ") + ")")
	}
	if s.Numbers > 0 {
		fmt.Fprintf(&b, ", %s", plural(s.Numbers, "in a number", "in numbers"))
	}
	if s.Names > 0 {
		fmt.Fprintf(&b, ", %s", plural(s.Names, "in a name", "in names"))
	}
	if s.Case > 0 {
		fmt.Fprintf(&b, ", %d in letter case only", s.Case)
	}
	fmt.Fprintf(&b, " · %d typography only · %s", s.Trivial, plural(len(cmp.Rows), "aligned row", "aligned rows"))
	return b.String()
}

// removedIn says, with several versions beside the base, whose removals
// the base's column marks, and those a rendering's in another language
// marks (compare.Result.MarkedAgainst): " (removed words: revised-en's)",
// with Russian as the base " (removed words: revised-en's in blog-en)",
// or "" where no column marks any.
func removedIn(cmp Comparison) string {
	var whose []string
	for c, m := range cmp.MarkedAgainst {
		if m < 0 || m >= len(cmp.Columns) || m == c || c >= len(cmp.Columns) {
			continue
		}
		w := cmp.Columns[m].Label + "'s"
		if c != cmp.Base {
			w += " in " + cmp.Columns[c].Label
		}
		whose = append(whose, w)
	}
	if len(whose) == 0 {
		return ""
	}
	return " (removed words: " + strings.Join(whose, ", ") + ")"
}

// othersLabels names the versions shown beside the base: "revised-en,
// ru".
func othersLabels(cmp Comparison) string {
	var labels []string
	for k, c := range cmp.Columns {
		if k != cmp.Base {
			labels = append(labels, c.Label)
		}
	}
	return strings.Join(labels, ", ")
}

// columnLabels names the versions shown: "blog-en, revised-en, ru".
func columnLabels(cmp Comparison) string {
	labels := make([]string, len(cmp.Columns))
	for k, c := range cmp.Columns {
		labels[k] = c.Label
	}
	return strings.Join(labels, ", ")
}

// countChanges counts the changes that are not typography only.
func countChanges(cs []ChangeView) int {
	n := 0
	for _, c := range cs {
		if !c.Trivial {
			n++
		}
	}
	return n
}

func findingsPart(cmp Comparison) string {
	if !cmp.AnyTranslated() {
		return ""
	}
	return " · " + plural(cmp.Findings, "translation finding", "translation findings")
}

func orDashLang(tag string) string {
	if tag == "" {
		return "language unknown"
	}
	return tag
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// joinNonEmpty joins the parts that are not empty with " · ".
func joinNonEmpty(parts ...string) string {
	return strings.Join(slices.DeleteFunc(parts, func(p string) bool { return p == "" }), " · ")
}
