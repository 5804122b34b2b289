package store

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSearchIndexMigration stores articles, then takes SQLite's search index
// down to the format of migration 7 and up again: each rebuild refills the
// index from the stored text, keeps the merge settings, and every search
// finds what it found before.
func TestSearchIndexMigration(t *testing.T) {
	s, _ := openSQLiteTest(t)
	seedSearch(t, s)
	save(t, s, article("VNA", "km", "https://example.org/km", "ភ្នំពេញ hosts talks", "กรุงเทพ delegates arrive. Talks, talks and talks.", "2026-01-10T10:00:00+07:00"))
	queries := []string{"da nang", "talks", "ha noi talks", "ភ្នំពេញ", "กรุงเทพ delegates", "market near", "nothing"}
	search := func() map[string][]int64 {
		out := map[string][]int64{}
		for _, q := range queries {
			got, err := s.SearchArticles(ctx, q, 0)
			if err != nil {
				t.Fatalf("SearchArticles(%q): %v", q, err)
			}
			out[q] = articleIDs(got)
		}
		return out
	}
	index := func() (schema string, settings map[string]int) {
		if err := s.db.QueryRowContext(ctx, `SELECT sql FROM sqlite_master WHERE name = 'articles_fts'`).Scan(&schema); err != nil {
			t.Fatal(err)
		}
		return schema, searchMergeSettings(t, s)
	}
	wantSettings := map[string]int{"automerge": 16, "crisismerge": 64}
	want := search()
	if len(want["ភ្នំពេញ"]) != 1 || len(want["talks"]) != 3 {
		t.Fatalf("before the migrations: %v", want)
	}
	for _, step := range []struct {
		name      string
		run       func() error
		wordsOnly bool
	}{
		{"down to 7", func() error { _, err := s.provider.DownTo(ctx, 7); return err }, false},
		{"up to 8", func() error { _, err := s.provider.UpTo(ctx, 8); return err }, true},
	} {
		if err := step.run(); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		schema, settings := index()
		if got := strings.Contains(schema, "detail = none"); got != step.wordsOnly {
			t.Errorf("%s: index %s", step.name, schema)
		}
		if diff := cmp.Diff(wantSettings, settings); diff != "" {
			t.Errorf("%s: merge settings (-want +got):\n%s", step.name, diff)
		}
		if diff := cmp.Diff(want, search()); diff != "" {
			t.Errorf("%s: searches (-before +after):\n%s", step.name, diff)
		}
	}
}
