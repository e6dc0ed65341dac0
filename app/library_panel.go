package app

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/variorum/variorum/data"
)

// Tree node ids: "b:<id>" for a briefing, "v:<id>" for a version.
const (
	briefingPrefix = "b:"
	versionPrefix  = "v:"
)

func briefingUID(id int64) widget.TreeNodeID { return briefingPrefix + strconv.FormatInt(id, 10) }
func versionUID(id int64) widget.TreeNodeID  { return versionPrefix + strconv.FormatInt(id, 10) }

// parseUID splits a node id into its prefix and number.
func parseUID(uid widget.TreeNodeID) (string, int64, bool) {
	for _, p := range []string{briefingPrefix, versionPrefix} {
		if rest, ok := strings.CutPrefix(uid, p); ok {
			id, err := strconv.ParseInt(rest, 10, 64)
			return p, id, err == nil
		}
	}
	return "", 0, false
}

// LibraryPanel lists the briefings of the library and their versions
// (label, language, source). Clicking a version shows or hides its column;
// clicking a briefing shows its versions; a right click offers a version's
// actions.
type LibraryPanel struct {
	widget.BaseWidget

	vm *ViewModel
	// OnKey, when set, is offered each key the focused tree gets first
	// (see MainWindow.windowKey).
	OnKey   func(*fyne.KeyEvent) bool
	tree    *keyTree
	title   *widget.Label
	hint    *widget.Label
	content fyne.CanvasObject
	// syncing is set while the panel mirrors the view model, so that its
	// own selection does not start another comparison.
	syncing bool
	// onError reports a failure to the user.
	onError func(error)
	// onMenu offers a version's actions at a position (right click);
	// onBriefingMenu a briefing's.
	onMenu, onBriefingMenu func(id int64, pos fyne.Position)
	// beforeOpen, when set, hears of a briefing about to be opened.
	beforeOpen func(id int64)
}

// NewLibraryPanel returns the panel over vm; onError (may be nil) shows
// failures.
func NewLibraryPanel(vm *ViewModel, onError func(error)) *LibraryPanel {
	p := &LibraryPanel{vm: vm, onError: onError}
	p.title = widget.NewLabelWithStyle("Library", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.hint = widget.NewLabel("Click a version to show or hide its column; right-click it to edit, move or delete it, or a briefing to edit it. Right-click a row to copy it or add a note.\nDrop files or folders here, or use Import… in the File menu, to add versions.")
	p.hint.Wrapping = fyne.TextWrapWord
	p.hint.SizeName = theme.SizeNameCaptionText
	p.tree = &keyTree{onKey: func(ev *fyne.KeyEvent) bool { return p.OnKey != nil && p.OnKey(ev) }}
	p.tree.ChildUIDs, p.tree.IsBranch, p.tree.CreateNode, p.tree.UpdateNode = p.childUIDs, p.isBranch, p.createNode, p.updateNode
	p.tree.ExtendBaseWidget(p.tree)
	p.tree.OnSelected = p.selected
	p.tree.menuFor = p.menuFor
	p.content = container.NewBorder(p.title, p.hint, nil, nil, p.tree)
	p.ExtendBaseWidget(p)
	return p
}

func (p *LibraryPanel) childUIDs(uid widget.TreeNodeID) []widget.TreeNodeID {
	if uid == "" {
		var out []widget.TreeNodeID
		for _, b := range p.vm.Briefings() {
			out = append(out, briefingUID(b.ID))
		}
		return out
	}
	kind, id, ok := parseUID(uid)
	if !ok || kind != briefingPrefix {
		return nil
	}
	var out []widget.TreeNodeID
	for _, v := range p.vm.Versions(id) {
		out = append(out, versionUID(v.ID))
	}
	return out
}

func (p *LibraryPanel) isBranch(uid widget.TreeNodeID) bool {
	if uid == "" {
		return true
	}
	kind, _, _ := parseUID(uid)
	return kind == briefingPrefix
}

// libraryNode is one node of the tree: a name with a badge (base/other) on
// its right and, under it, grey details (language and source, or date and
// place).
type libraryNode struct {
	widget.BaseWidget
	uid        widget.TreeNodeID
	onTap      func(uid widget.TreeNodeID)
	onMenu     func(uid widget.TreeNodeID, pos fyne.Position)
	badge      *canvas.Text
	name       *widget.Label
	detail     *canvas.Text
	fullDetail string // detail before shortening to the node's width
}

// Tapped selects the node, as a click on the tree's row around it does.
// (A node that takes right clicks is where Fyne delivers left clicks too,
// so it must pass them on, or a click on a name would do nothing.)
func (n *libraryNode) Tapped(*fyne.PointEvent) {
	if n.onTap != nil {
		n.onTap(n.uid)
	}
}

// TappedSecondary offers the node's actions.
func (n *libraryNode) TappedSecondary(ev *fyne.PointEvent) {
	if n.onMenu != nil {
		n.onMenu(n.uid, ev.AbsolutePosition)
	}
}

func (p *LibraryPanel) createNode(branch bool) fyne.CanvasObject {
	n := &libraryNode{
		onTap:  p.tree.Select,
		onMenu: p.menuAt,
		badge:  canvas.NewText("", theme.Color(theme.ColorNamePrimary)),
		name:   widget.NewLabel("Template"),
		detail: canvas.NewText("template", theme.Color(theme.ColorNamePlaceHolder)),
	}
	n.badge.TextStyle = fyne.TextStyle{Bold: true}
	n.badge.TextSize = theme.CaptionTextSize()
	n.detail.TextSize = theme.CaptionTextSize()
	n.name.Truncation = fyne.TextTruncateEllipsis
	n.ExtendBaseWidget(n)
	return n
}

// CreateRenderer is part of fyne.Widget.
func (n *libraryNode) CreateRenderer() fyne.WidgetRenderer {
	n.ExtendBaseWidget(n)
	return &libraryNodeRenderer{n: n}
}

type libraryNodeRenderer struct{ n *libraryNode }

func (r *libraryNodeRenderer) Destroy() {}

func (r *libraryNodeRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.n.name, r.n.badge, r.n.detail}
}

// nodeDetailRise pulls the details up under the name, into the label's
// bottom padding.
const nodeDetailRise = 6

func (r *libraryNodeRenderer) MinSize() fyne.Size {
	nm := r.n.name.MinSize()
	dm := r.n.detail.MinSize()
	return fyne.NewSize(60, nm.Height+dm.Height-nodeDetailRise)
}

func (r *libraryNodeRenderer) Layout(size fyne.Size) {
	n := r.n
	nm := n.name.MinSize()
	bm := n.badge.MinSize()
	pad := theme.InnerPadding()
	n.badge.Move(fyne.NewPos(size.Width-bm.Width-pad/2, (nm.Height-bm.Height)/2))
	n.badge.Resize(bm)
	n.name.Move(fyne.NewPos(0, 0))
	n.name.Resize(fyne.NewSize(size.Width-bm.Width-pad/2, nm.Height))
	n.detail.Move(fyne.NewPos(pad, nm.Height-nodeDetailRise))
	n.detail.Text = fitText(n.fullDetail, size.Width-2*pad, n.detail.TextSize, n.detail.TextStyle)
	n.detail.Resize(fyne.NewSize(size.Width-pad, n.detail.MinSize().Height))
}

// fitText shortens s with an ellipsis until it fits width.
func fitText(s string, width, size float32, style fyne.TextStyle) string {
	if width <= 0 || fyne.MeasureText(s, size, style).Width <= width {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r) // the longest prefix that fits lies in [lo, hi)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(r[:mid])+"…", size, style).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(r[:lo]) + "…"
}

func (r *libraryNodeRenderer) Refresh() {
	r.Layout(r.n.Size())
	r.n.name.Refresh()
	r.n.badge.Refresh()
	r.n.detail.Refresh()
}

func (p *LibraryPanel) updateNode(uid widget.TreeNodeID, branch bool, o fyne.CanvasObject) {
	n, ok := o.(*libraryNode)
	if !ok {
		return
	}
	kind, id, _ := parseUID(uid)
	n.uid = uid
	n.badge.Color = theme.Color(theme.ColorNamePrimary)
	n.detail.Color = theme.Color(theme.ColorNamePlaceHolder)
	switch kind {
	case briefingPrefix:
		b, _ := p.vm.BriefingByID(id)
		n.badge.Text = ""
		n.name.TextStyle = fyne.TextStyle{Bold: true}
		n.name.SetText(briefingName(b))
		n.fullDetail = briefingDetail(b)
	case versionPrefix:
		v, _ := p.vm.VersionByID(id)
		ids, base := p.vm.Columns()
		k := slices.Index(ids, id)
		switch {
		case id == base:
			n.badge.Text = "BASE"
		case k >= 0:
			n.badge.Text = fmt.Sprintf("COL %d", k+1)
		default:
			n.badge.Text = ""
		}
		n.name.TextStyle = fyne.TextStyle{Bold: k >= 0}
		n.name.SetText(v.Label)
		n.fullDetail = versionDetail(v)
	}
	n.Refresh()
}

// briefingName is the title of a briefing (its slug when untitled).
func briefingName(b data.Briefing) string {
	if b.Title != "" {
		return b.Title
	}
	return b.Slug
}

// briefingDetail is the date, place and size of a briefing.
func briefingDetail(b data.Briefing) string {
	return joinNonEmpty(b.Date, b.Place, plural(b.Versions, "version", "versions"))
}

// versionDetail is the language and source of a version, for the tree.
func versionDetail(v data.Version) string {
	kind := v.Kind
	if kind == data.KindOther {
		kind = ""
	}
	return joinNonEmpty(v.Language, kind, v.Source)
}

// selected shows or hides the chosen version's column, or opens the
// chosen briefing's versions; chosen with the Menu key, it offers the
// node's actions instead.
func (p *LibraryPanel) selected(uid widget.TreeNodeID) {
	if p.syncing {
		return
	}
	// A click on the same node again must be heard again.
	defer p.tree.UnselectAll()
	if p.tree.menuKey {
		p.menuFor(uid)
		return
	}
	kind, id, ok := parseUID(uid)
	if !ok {
		return
	}
	var err error
	switch kind {
	case briefingPrefix:
		p.tree.OpenBranch(uid)
		if !p.showsBriefing(id) {
			if p.beforeOpen != nil {
				p.beforeOpen(id)
			}
			err = p.vm.OpenBriefing(id)
		}
	case versionPrefix:
		err = p.vm.ToggleColumn(id)
	}
	if err != nil && p.onError != nil {
		p.onError(err)
	}
}

// menuFor offers the actions of node uid, chosen from the keyboard, at
// the top of the tree, on its right edge: the tree does not say where its
// focused node is drawn.
func (p *LibraryPanel) menuFor(uid widget.TreeNodeID) {
	// Beside the library, not over it: the menu would hide the version
	// it is for.
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(p.tree)
	p.menuAt(uid, at.AddXY(p.tree.Size().Width-theme.Padding(), theme.Padding()*4))
}

// menuAt offers the actions of node uid at pos: a version's or a
// briefing's.
func (p *LibraryPanel) menuAt(uid widget.TreeNodeID, pos fyne.Position) {
	kind, id, ok := parseUID(uid)
	switch {
	case ok && kind == versionPrefix && p.onMenu != nil:
		p.onMenu(id, pos)
	case ok && kind == briefingPrefix && p.onBriefingMenu != nil:
		p.onBriefingMenu(id, pos)
	}
}

// showsBriefing reports whether a version of the briefing is shown.
func (p *LibraryPanel) showsBriefing(id int64) bool {
	ids, _ := p.vm.Columns()
	for _, c := range ids {
		if v, ok := p.vm.VersionByID(c); ok && v.BriefingID == id {
			return true
		}
	}
	return false
}

// Update mirrors the view model: the tree's nodes and the open briefings.
func (p *LibraryPanel) Update() {
	p.syncing = true
	defer func() { p.syncing = false }()
	p.title.SetText("Library · " + plural(len(p.vm.Briefings()), "briefing", "briefings"))
	ids, _ := p.vm.Columns()
	for _, id := range ids {
		if v, ok := p.vm.VersionByID(id); ok {
			p.tree.OpenBranch(briefingUID(v.BriefingID))
		}
	}
	p.tree.Refresh()
}

// Resize lays the panel out in size, the hint left out when it would
// take more than 1/hintShare of the height (a small window: the list
// would show two versions).
func (p *LibraryPanel) Resize(size fyne.Size) {
	p.hint.Resize(fyne.NewSize(size.Width, p.hint.Size().Height)) // its height wrapped at this width
	show := size.Height >= p.hint.MinSize().Height*hintShare
	if show != p.hint.Visible() {
		if show {
			p.hint.Show()
		} else {
			p.hint.Hide()
		}
		defer p.content.Refresh() // laid out again even when size is the same
	}
	p.BaseWidget.Resize(size)
}

// hintShare: the hint shows when it takes at most a third of the panel.
const hintShare = 3

// CreateRenderer is part of fyne.Widget.
func (p *LibraryPanel) CreateRenderer() fyne.WidgetRenderer {
	p.ExtendBaseWidget(p)
	return widget.NewSimpleRenderer(p.content)
}
