package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestThemeAskedWinsForTheRun: a theme asked for the run (FYNE_THEME)
// is used over the one chosen in the window and ticked in the menu, and
// the choice remembered stays for the runs after.
func TestThemeAskedWinsForTheRun(t *testing.T) {
	tests := []struct {
		asked, remembered, want string
	}{
		{"", themeLight, themeLight},
		{themeDark, themeLight, themeDark},
		{themeLight, themeDark, themeLight},
		{"solarized", themeDark, themeDark}, // not a value Fyne reads
	}
	for _, tt := range tests {
		t.Run(tt.asked+" over "+tt.remembered, func(t *testing.T) {
			a := test.NewTempApp(t)
			a.Preferences().SetString(prefTheme, tt.remembered)
			mw, err := NewMainWindow(context.Background(), a, Options{Library: sampleLibrary(t), ViewModel: syncOptions(), Theme: tt.asked})
			if err != nil {
				t.Fatal(err)
			}
			defer mw.Window.Close()
			variant := map[string]fyne.ThemeVariant{themeLight: theme.VariantLight, themeDark: theme.VariantDark}[tt.want]
			// The window's theme is one variant whatever variant is asked.
			got := a.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantLight)
			if want := theme.DefaultTheme().Color(theme.ColorNameBackground, variant); !sameColor(got, want) {
				t.Errorf("background %v, want %s's %v", got, tt.want, want)
			}
			label := map[string]string{themeLight: "Light", themeDark: "Dark"}[tt.want]
			for _, tk := range mw.ticks {
				if tk.item.Label == label && !tk.item.Checked {
					t.Errorf("%s not ticked in the menu", label)
				}
			}
			if p := a.Preferences().String(prefTheme); p != tt.remembered {
				t.Errorf("remembered theme %q, want %q kept", p, tt.remembered)
			}
		})
	}
}
