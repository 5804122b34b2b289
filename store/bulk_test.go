package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/relbot/relbot"
)

func TestBulkLoadSQLite(t *testing.T) { testBulkLoad(t, openSQLiteTest) }

func TestBulkLoadPostgres(t *testing.T) { testBulkLoad(t, openPostgresTest(postgresURL(t))) }

// bulkFixture returns n articles, each reporting one meeting, with the ids a
// fresh store gives when they are saved one by one in order.
func bulkFixture(n int) ([]relbot.Article, []relbot.Meeting) {
	ict := time.FixedZone("", 7*3600)
	places := []string{"Phnom Penh", "Đà Nẵng", "", "Vientiane"}
	var arts []relbot.Article
	var ms []relbot.Meeting
	for i := 1; i <= n; i++ {
		pub := time.Date(2020+i%5, time.Month(1+i%12), 1+i%28, 9, 30, 0, 0, ict)
		a := relbot.Article{ID: int64(i), Source: "Outlet " + fmt.Sprint(i%3), GUID: fmt.Sprint("g", i),
			URL: fmt.Sprint("https://news.example/", i), Title: fmt.Sprintf("Leaders meet in round %d", i),
			Published: pub, Collected: pub.Add(time.Hour).UTC(),
			Text:    fmt.Sprintf("Samdech Hun Manet received Tô Lâm in %s; topic%d and ĐẠI HỘI word%d.", places[i%4], i%7, i),
			Summary: "Leaders met.", Hash: fmt.Sprintf("%064x", i), Story: fmt.Sprint("s", i/2)}
		if i%5 == 0 {
			a.URL = "" // an item without a link
		}
		arts = append(arts, a)
		status := []relbot.Status{relbot.StatusPast, relbot.StatusPlanned, ""}[i%3]
		m := relbot.Meeting{ID: int64(i), Date: relbot.Date{Year: 2020 + i%5, Month: time.Month(1 + i%12), Day: i % 28},
			Place: places[i%4], Venue: "Peace Palace", Kind: relbot.KindInPerson, Status: status, Occasion: "official visit",
			// hun-manet twice: stored once, as SaveArticle does.
			Participants: []relbot.Participant{{Slug: "hun-manet", Name: "Hun Manet"}, {Slug: "to-lam", Name: "Tô Lâm"},
				{Slug: "hun-manet", Name: "Hun Manet"}},
			Summary: "They talked.",
			Sources: []relbot.SourceRef{{URL: a.URL, Outlet: a.Source, Title: a.Title, Published: a.Published, ArticleID: a.ID}}}
		ms = append(ms, m)
	}
	return arts, ms
}

// testBulkLoad checks that BulkLoad stores exactly what SaveArticle stores
// for the same data, searchable the same way, and that ids go on after it.
func testBulkLoad(t *testing.T, open opener) {
	const n = 23
	arts, ms := bulkFixture(n)

	saved, _ := open(t)
	for i := range arts {
		a := arts[i]
		a.ID = 0
		m := ms[i]
		m.ID = 0
		m.Sources = slices.Clone(m.Sources)
		m.Sources[0].ArticleID = 0
		if _, err := saved.SaveArticle(ctx, &a, []*relbot.Meeting{&m}, nil); err != nil {
			t.Fatalf("SaveArticle %d: %v", i, err)
		}
		if a.ID != arts[i].ID || m.ID != ms[i].ID {
			t.Fatalf("SaveArticle gave ids %d, %d; want %d, %d", a.ID, m.ID, arts[i].ID, ms[i].ID)
		}
	}

	bulk, _ := open(t)
	st, err := bulk.BulkLoad(ctx, slices.Values(arts), slices.Values(ms))
	if err != nil {
		t.Fatalf("BulkLoad: %v", err)
	}
	if want := (BulkStats{Articles: n, Meetings: n, Participants: 2 * n, Sources: n}); st != want {
		t.Errorf("BulkLoad stats %+v, want %+v", st, want)
	}
	if got := checkPairIndex(t, bulk); got != n {
		t.Errorf("meeting_pairs holds %d rows after BulkLoad, want %d", got, n)
	}
	if bulk.Dialect() == "sqlite" {
		// Counts for the planner, no samples (they re-prepare statements).
		var stat1, stat4 int
		if err := bulk.db.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM sqlite_stat1), (SELECT COUNT(*) FROM sqlite_stat4)`).Scan(&stat1, &stat4); err != nil {
			t.Fatal(err)
		}
		if stat1 == 0 || stat4 != 0 {
			t.Errorf("after BulkLoad: %d rows of sqlite_stat1, %d of sqlite_stat4; want some, none", stat1, stat4)
		}
	}
	if diff := cmp.Diff(exportAll(t, saved), exportAll(t, bulk), cmp.AllowUnexported(line{})); diff != "" {
		t.Errorf("export after SaveArticle vs after BulkLoad (-saved +bulk):\n%s", diff)
	}
	for _, q := range []string{"da nang", "Hun Manet", "topic3", "dai hoi word7", "round 12", "nothing here"} {
		want, err := saved.SearchArticles(ctx, q, 0)
		if err != nil {
			t.Fatal(err)
		}
		got, err := bulk.SearchArticles(ctx, q, 0)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(articleIDs(want), articleIDs(got)); diff != "" {
			t.Errorf("SearchArticles(%q) ids (-saved +bulk):\n%s", q, diff)
		}
	}
	for _, f := range []relbot.MeetingFilter{{Slugs: []string{"hun-manet"}, Limit: 5}, {Place: "da nang"}, {Status: relbot.StatusPlanned},
		{Slugs: []string{"to-lam", "hun-manet"}}} {
		want, wantTotal, err := saved.FindMeetings(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		got, gotTotal, err := bulk.FindMeetings(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if gotTotal != wantTotal {
			t.Errorf("FindMeetings(%+v) total %d after BulkLoad, want %d", f, gotTotal, wantTotal)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("FindMeetings(%+v) (-saved +bulk):\n%s", f, diff)
		}
	}

	// New rows get ids after the loaded ones.
	a := relbot.Article{Source: "Later", GUID: "later", Title: "After the load", Published: time.Now()}
	m := relbot.Meeting{Date: relbot.Date{Year: 2026, Month: 1, Day: 2}, Kind: relbot.KindPhone,
		Participants: []relbot.Participant{{Slug: "a"}, {Slug: "b"}}}
	if _, err := bulk.SaveArticle(ctx, &a, []*relbot.Meeting{&m}, nil); err != nil {
		t.Fatalf("SaveArticle after BulkLoad: %v", err)
	}
	if a.ID != n+1 || m.ID != n+1 {
		t.Errorf("ids after BulkLoad: article %d, meeting %d; want %d, %d", a.ID, m.ID, n+1, n+1)
	}

	t.Run("bad meeting", func(t *testing.T) {
		s, _ := open(t)
		bad := ms[0]
		bad.Kind = "telepathy"
		_, err := s.BulkLoad(ctx, nil, slices.Values([]relbot.Meeting{bad}))
		if err == nil || !strings.Contains(err.Error(), "telepathy") {
			t.Errorf("BulkLoad of a meeting of unknown kind: error %v, want one naming the kind", err)
		}
	})
	t.Run("duplicate id", func(t *testing.T) {
		s, _ := open(t)
		_, err := s.BulkLoad(ctx, slices.Values([]relbot.Article{arts[0], arts[0]}), nil)
		if err == nil {
			t.Fatal("BulkLoad of one article id twice: no error")
		}
		// The search index is back after a failed load on PostgreSQL.
		if _, err := s.SearchArticles(ctx, "hun manet", 0); err != nil {
			t.Errorf("SearchArticles after a failed load: %v", err)
		}
	})
}

// TestSearchVectorMatchesToTSVector checks that the tsvector built in Go is
// the one PostgreSQL's strip(to_tsvector('simple', …)) gives for the same
// words, and that it matches the same queries as the positioned vector rows
// stored before the change keep.
func TestSearchVectorMatchesToTSVector(t *testing.T) {
	db, err := sql.Open("pgx", postgresURL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	texts := map[string]string{
		"vietnamese":         "Tổng Bí thư Tô Lâm hội đàm với Thủ tướng Hun Manet tại Phnom Penh ngày 6/2/2026.",
		"repeats over limit": strings.Repeat("hun sen ", 300) + "end",
		"positions past cap": strings.Repeat("w ", 16390) + "tail tail",
		"duplicates only":    "sen sen sen",
		"digits and words":   "2nd round, x86 and 1e5 or 20260206; word97",
		"empty":              "",
	}
	// Real articles, when they are beside the repository.
	dir := filepath.Join("..", "..", "shared", "articles")
	if files, err := filepath.Glob(filepath.Join(dir, "*.txt")); err == nil {
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts[filepath.Base(f)] = string(b)
		}
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			words := searchTerms(text)
			var same bool
			var got, want string
			err := db.QueryRow(`SELECT $1::tsvector = strip(to_tsvector('simple', $2)), $1::tsvector::text, strip(to_tsvector('simple', $2))::text`,
				searchVector(words), strings.Join(words, " ")).Scan(&same, &got, &want)
			if err != nil {
				t.Fatal(err)
			}
			if !same {
				t.Errorf("searchVector differs from to_tsvector:\n got %.300s\nwant %.300s", got, want)
			}
			if len(words) == 0 {
				return
			}
			q := searchQuery(words[max(len(words)-3, 0):])
			var stripped, positioned bool
			if err := db.QueryRow(`SELECT $1::tsvector @@ $3::tsquery, to_tsvector('simple', $2) @@ $3::tsquery`,
				searchVector(words), strings.Join(words, " "), q).Scan(&stripped, &positioned); err != nil {
				t.Fatal(err)
			}
			if !stripped || !positioned {
				t.Errorf("query %s: stripped vector matches %v, positioned %v; want both", q, stripped, positioned)
			}
		})
	}
}

func TestMeetingsBetweenWideDatesSQLite(t *testing.T) { testMeetingsBetweenWide(t, openSQLiteTest) }

func TestMeetingsBetweenWideDatesPostgres(t *testing.T) {
	testMeetingsBetweenWide(t, openPostgresTest(postgresURL(t)))
}

// testMeetingsBetweenWide checks the bounds MeetingsBetween puts on the
// first day: a year or a month far from the window's start still overlaps.
func testMeetingsBetweenWide(t *testing.T, open opener) {
	s, _ := open(t)
	dates := map[string]relbot.Date{
		"year 2025":     {Year: 2025},
		"december 2025": {Year: 2025, Month: 12},
		"2025-11-29":    {Year: 2025, Month: 11, Day: 29},
		"year 2024":     {Year: 2024},
		"january 2026":  {Year: 2026, Month: 1},
	}
	var ms []relbot.Meeting
	id := int64(0)
	for name, d := range dates {
		id++
		ms = append(ms, relbot.Meeting{ID: id, Date: d, Kind: relbot.KindPhone, Summary: name,
			Participants: []relbot.Participant{{Slug: "a"}, {Slug: "b"}}})
	}
	if _, err := s.BulkLoad(ctx, nil, slices.Values(ms)); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		from, to relbot.Date
		want     []string
	}{
		{relbot.Date{Year: 2025, Month: 12, Day: 31}, relbot.Date{Year: 2025, Month: 12, Day: 31}, []string{"year 2025", "december 2025"}},
		{relbot.Date{Year: 2025, Month: 12, Day: 30}, relbot.Date{Year: 2026, Month: 1, Day: 1}, []string{"year 2025", "december 2025", "january 2026"}},
		{relbot.Date{Year: 2025, Month: 11, Day: 30}, relbot.Date{Year: 2025, Month: 12, Day: 1}, []string{"year 2025", "december 2025"}},
		{relbot.Date{Year: 2025, Month: 11, Day: 28}, relbot.Date{Year: 2025, Month: 11, Day: 30}, []string{"year 2025", "2025-11-29"}},
		{relbot.Date{Year: 2024, Month: 12, Day: 31}, relbot.Date{Year: 2025, Month: 1, Day: 1}, []string{"year 2024", "year 2025"}},
	}
	for _, tc := range tests {
		t.Run(tc.from.String()+"_"+tc.to.String(), func(t *testing.T) {
			got, err := s.MeetingsBetween(ctx, tc.from, tc.to)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, summaries(got)); diff != "" {
				t.Errorf("MeetingsBetween(%s, %s) (-want +got):\n%s", tc.from, tc.to, diff)
			}
		})
	}
}

// TestBulkLoadPostgresWithoutCheckpointPrivilege loads as a role that owns
// its schema but may not run CHECKPOINT: the load ends without one and
// succeeds.
func TestBulkLoadPostgresWithoutCheckpointPrivilege(t *testing.T) {
	base := postgresURL(t)
	u, err := url.Parse(freshSchema(t, base))
	if err != nil {
		t.Fatal(err)
	}
	schema := u.Query().Get("search_path")
	role := schema + "_loader"
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	// Cleanups run last first: the store closes, then the role goes, then
	// the admin connection, then freshSchema's schema.
	t.Cleanup(func() { admin.Close() })
	for _, q := range []string{
		`CREATE ROLE ` + role + ` LOGIN NOSUPERUSER`,
		`GRANT USAGE, CREATE ON SCHEMA ` + schema + ` TO ` + role,
	} {
		if _, err := admin.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	t.Cleanup(func() {
		for _, q := range []string{`DROP OWNED BY ` + role + ` CASCADE`, `DROP ROLE ` + role} {
			if _, err := admin.Exec(q); err != nil {
				t.Errorf("%s: %v", q, err)
			}
		}
	})
	u.User = url.User(role)
	s := mustOpen(t, u.String())
	ctx := context.Background()
	if _, err := s.db.ExecContext(ctx, `CHECKPOINT`); err == nil || !insufficientPrivilege(err) {
		t.Fatalf("CHECKPOINT as %s: %v; want a refusal for the privilege", role, err)
	}
	arts, ms := bulkFixture(5)
	st, err := s.BulkLoad(ctx, slices.Values(arts), slices.Values(ms))
	if err != nil {
		t.Fatalf("BulkLoad as a role without CHECKPOINT: %v", err)
	}
	if st.Articles != 5 || st.Meetings != 5 {
		t.Errorf("BulkLoad stats %+v, want 5 articles and 5 meetings", st)
	}
}
