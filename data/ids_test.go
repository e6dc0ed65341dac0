package data

import (
	"context"
	"path/filepath"
	"testing"
)

// TestIDsNeverReused: removing the newest version or briefing does not
// hand its id to the next import, in a new library and in one migrated
// from before ids were remembered.
func TestIDsNeverReused(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		open func(t testing.TB) *Library
	}{
		{"new library", openTemp},
		{"migrated library", func(t testing.TB) *Library {
			path := filepath.Join(t.TempDir(), "library.db")
			libraryAtSchema(t, path, SchemaVersion()-1).Close()
			return openAt(t, path)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := tc.open(t)
			first, err := l.ImportBytes(ctx, "a.txt", []byte("The first text.\n"), ImportOptions{})
			if err != nil {
				t.Fatal(err)
			}
			second, err := l.ImportBytes(ctx, "b.txt", []byte("The second text.\n"), ImportOptions{BriefingID: first.BriefingID})
			if err != nil {
				t.Fatal(err)
			}
			if err := l.DeleteVersion(ctx, second.ID); err != nil {
				t.Fatal(err)
			}
			third, err := l.ImportBytes(ctx, "c.txt", []byte("The third text.\n"), ImportOptions{NewBriefingTitle: "Other"})
			if err != nil {
				t.Fatal(err)
			}
			if third.ID <= second.ID {
				t.Errorf("version id %d given again after its removal (new id %d)", second.ID, third.ID)
			}
			if err := l.DeleteVersion(ctx, third.ID); err != nil {
				t.Fatal(err)
			}
			if err := l.DeleteBriefing(ctx, third.BriefingID); err != nil {
				t.Fatal(err)
			}
			fourth, err := l.ImportBytes(ctx, "d.txt", []byte("The fourth text.\n"), ImportOptions{NewBriefingTitle: "Another"})
			if err != nil {
				t.Fatal(err)
			}
			if fourth.ID <= third.ID || fourth.BriefingID <= third.BriefingID {
				t.Errorf("ids given again: version %d after %d, briefing %d after %d",
					fourth.ID, third.ID, fourth.BriefingID, third.BriefingID)
			}
			if err := l.IntegrityCheck(ctx); err != nil {
				t.Fatal(err)
			}
		})
	}
}
