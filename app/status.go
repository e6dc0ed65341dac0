package app

import (
	"fmt"
	"slices"
	"strings"
)

// statusText summarises a comparison for the status line, e.g.
// "blog-en vs revised-en: 12 changes (5 replaced · 3 added · 2 removed ·
// 2 moved), 4 in numbers · 7 typography only · 152 aligned rows". It uses
// no character outside the theme's bundled font (no arrows), so that it
// renders the same on every machine.
func statusText(cmp Comparison) string {
	switch {
	case cmp.Err != nil:
		return "Comparison failed: " + cmp.Err.Error()
	case cmp.Base == nil || cmp.Other == nil:
		return "No versions chosen."
	case cmp.Busy:
		return fmt.Sprintf("Comparing %s with %s…", cmp.Base.Label, cmp.Other.Label)
	}
	if cmp.Translated {
		return fmt.Sprintf("%s (%s) beside %s (%s): aligned across languages · %s · %s",
			cmp.Base.Label, orDashLang(cmp.Base.Language), cmp.Other.Label, orDashLang(cmp.Other.Language),
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
	fmt.Fprintf(&b, "%s vs %s: %s", cmp.Base.Label, cmp.Other.Label, plural(s.Total(), "change", "changes"))
	if len(parts) > 0 {
		b.WriteString(" (" + strings.Join(parts, " · ") + ")")
	}
	if s.Numbers > 0 {
		fmt.Fprintf(&b, ", %s", plural(s.Numbers, "in a number", "in numbers"))
	}
	fmt.Fprintf(&b, " · %d typography only · %s", s.Trivial, plural(len(cmp.Rows), "aligned row", "aligned rows"))
	return b.String()
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
