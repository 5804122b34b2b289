package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/relbot/relbot"
)

// opener gives a test a fresh, empty store, closed when the test ends, and
// the DSN that opens it again.
type opener func(t *testing.T) (*Store, string)

func TestContractSQLite(t *testing.T) { runContract(t, openSQLiteTest) }

func TestContractPostgres(t *testing.T) { runContract(t, openPostgresTest(postgresURL(t))) }

func openSQLiteTest(t *testing.T) (*Store, string) {
	t.Helper()
	dsn := filepath.Join(t.TempDir(), "relbot.db")
	return mustOpen(t, dsn), dsn
}

func mustOpen(t *testing.T, dsn string) *Store {
	t.Helper()
	s, err := Open(context.Background(), dsn)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// postgresURL returns the server the PostgreSQL tests use, skipping them when
// none is configured (failing in CI, where one must be).
func postgresURL(t *testing.T) string {
	t.Helper()
	u := os.Getenv("RELBOT_TEST_POSTGRES_URL")
	if u == "" {
		msg := "RELBOT_TEST_POSTGRES_URL is not set: skipping the PostgreSQL store tests " +
			"(set it to e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable)"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return u
}

// freshSchema creates a schema of its own for one test, dropped when the test
// ends, and returns a DSN whose search_path is that schema.
func freshSchema(t testing.TB, base string) string {
	t.Helper()
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("open admin connection: %v", err)
	}
	t.Cleanup(func() { admin.Close() })
	b := make([]byte, 6)
	rand.Read(b)
	schema := "relbot_test_" + hex.EncodeToString(b)
	if _, err := admin.Exec(`CREATE SCHEMA ` + schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec(`DROP SCHEMA ` + schema + ` CASCADE`); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("RELBOT_TEST_POSTGRES_URL: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func openPostgresTest(base string) opener {
	return func(t *testing.T) (*Store, string) {
		t.Helper()
		dsn := freshSchema(t, base)
		return mustOpen(t, dsn), dsn
	}
}

// runContract is the behaviour every engine must show.
func runContract(t *testing.T, open opener) {
	t.Run("Dialect", func(t *testing.T) { testDialect(t, open) })
	t.Run("SourceState", func(t *testing.T) { testSourceState(t, open) })
	t.Run("Dedupe", func(t *testing.T) { testDedupe(t, open) })
	t.Run("DuplicateSavedAtOnce", func(t *testing.T) { testDuplicateSavedAtOnce(t, open) })
	t.Run("StoredArticles", func(t *testing.T) { testStoredArticles(t, open) })
	t.Run("StoredMeetingTwice", func(t *testing.T) { testStoredMeetingTwice(t, open) })
	t.Run("PublishedOffset", func(t *testing.T) { testPublishedOffset(t, open) })
	t.Run("ArticleFields", func(t *testing.T) { testArticleFields(t, open) })
	t.Run("SaveArticleAtomic", func(t *testing.T) { testSaveArticleAtomic(t, open) })
	t.Run("FindMeetings", func(t *testing.T) { testFindMeetings(t, open) })
	t.Run("FindCache", func(t *testing.T) { testFindCache(t, open) })
	t.Run("FindCacheAtGeneration", func(t *testing.T) { testFindCacheAtGeneration(t, open) })
	t.Run("MeetingsBetween", func(t *testing.T) { testMeetingsBetween(t, open) })
	t.Run("MergeUpdate", func(t *testing.T) { testMergeUpdate(t, open) })
	t.Run("MergeKeepsRows", func(t *testing.T) { testMergeKeepsRows(t, open) })
	t.Run("RepeatedParticipant", func(t *testing.T) { testRepeatedParticipant(t, open) })
	t.Run("Actors", func(t *testing.T) { testActors(t, open) })
	t.Run("DigestLifecycle", func(t *testing.T) { testDigestLifecycle(t, open) })
	t.Run("DigestClaimOnce", func(t *testing.T) { testDigestClaimOnce(t, open) })
	t.Run("Follows", func(t *testing.T) { testFollows(t, open) })
	t.Run("Search", func(t *testing.T) { testSearch(t, open) })
	t.Run("PurgeText", func(t *testing.T) { testPurgeText(t, open) })
	t.Run("Export", func(t *testing.T) { testExport(t, open) })
	t.Run("MigrationsTwice", func(t *testing.T) { testMigrationsTwice(t, open) })
	t.Run("PingPending", func(t *testing.T) { testPingPending(t, open) })
}

var ctx = context.Background()

var ict = time.FixedZone("", 7*3600)

func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return t
}

func article(source, guid, link, title, text, published string) *relbot.Article {
	return &relbot.Article{
		Source: source, GUID: guid, URL: link, Title: title, Text: text,
		Published: at(published), Collected: at("2026-12-01T00:00:00Z"),
	}
}

func date(s string) relbot.Date {
	d, err := relbot.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// meetingOf builds a meeting reported by a, labelled by its summary.
func meetingOf(a *relbot.Article, d, place string, kind relbot.Kind, status relbot.Status, summary string, slugs ...string) *relbot.Meeting {
	m := &relbot.Meeting{Date: date(d), Place: place, Kind: kind, Status: status, Summary: summary,
		Sources: []relbot.SourceRef{{URL: a.URL, Outlet: a.Source, Title: a.Title, Published: a.Published}}}
	for _, s := range slugs {
		m.Participants = append(m.Participants, relbot.Participant{Slug: s, Name: strings.ToUpper(s)})
	}
	return m
}

func save(t *testing.T, s *Store, a *relbot.Article, ms ...*relbot.Meeting) {
	t.Helper()
	added, err := s.SaveArticle(ctx, a, ms, nil)
	if err != nil || !added {
		t.Fatalf("SaveArticle(%q) = %v, %v; want true, nil", a.GUID, added, err)
	}
}

func articleIDs(as []relbot.Article) []int64 {
	var out []int64
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}

func summaries(ms []relbot.Meeting) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Summary)
	}
	return out
}

func testDialect(t *testing.T, open opener) {
	s, dsn := open(t)
	want := "sqlite"
	if isPostgres(dsn) {
		want = "postgres"
	}
	if got := s.Dialect(); got != want {
		t.Errorf("Dialect() = %q, want %q", got, want)
	}
	if err := s.Ping(ctx); err != nil {
		t.Errorf("Ping: %v", err)
	}
}

func testSourceState(t *testing.T, open opener) {
	s, _ := open(t)
	etag, lm, err := s.SourceState(ctx, "Viet Nam News")
	if err != nil || etag != "" || lm != "" {
		t.Fatalf("SourceState(new) = %q, %q, %v; want empty", etag, lm, err)
	}
	steps := []struct{ etag, lm string }{
		{`"abc"`, "Mon, 30 Nov 2026 10:00:00 GMT"},
		{`W/"def"`, ""},
	}
	for _, st := range steps {
		if err := s.SetSourceState(ctx, "Viet Nam News", st.etag, st.lm); err != nil {
			t.Fatalf("SetSourceState: %v", err)
		}
		etag, lm, err := s.SourceState(ctx, "Viet Nam News")
		if err != nil || etag != st.etag || lm != st.lm {
			t.Errorf("SourceState = %q, %q, %v; want %q, %q", etag, lm, err, st.etag, st.lm)
		}
	}
	if etag, _, _ := s.SourceState(ctx, "Other"); etag != "" {
		t.Errorf("SourceState(Other) etag = %q, want empty", etag)
	}
}

// testStoredArticles checks a feed's items against the store in batches:
// the same answers as HasArticle, key by key, over more keys than one
// statement takes.
func testStoredArticles(t *testing.T, open opener) {
	s, _ := open(t)
	save(t, s, article("VNA", "guid-1", "https://example.org/a", "A", "text", "2026-02-08T11:00:00+07:00"))
	save(t, s, article("VNA", "guid-2", "", "No link", "text", "2026-02-08T11:00:00+07:00"))
	save(t, s, article("AKP", "guid-70", "https://example.org/akp-70", "B", "text", "2026-02-08T11:00:00+07:00"))
	save(t, s, article("VNA", "guid-1005", "", "Far down the feed", "text", "2026-02-08T11:00:00+07:00"))
	var keys []relbot.ArticleKey
	want := map[int]bool{}
	for i := range 1010 {
		keys = append(keys, relbot.ArticleKey{GUID: fmt.Sprintf("guid-%d", i), URL: fmt.Sprintf("https://example.org/%d", i)})
	}
	// guid-1 without its URL and guid-2 (stored without one) by guid; a new
	// guid with a stored URL; another source's article by URL in the second
	// statement (SQLite's, of 64 keys); another source's guid alone is new;
	// a stored guid past PostgreSQL's first statement (1,000 keys).
	keys[1].URL = ""
	keys[5].URL = "https://example.org/a"
	keys[71].URL = "https://example.org/akp-70"
	keys = append(keys, relbot.ArticleKey{GUID: "guid-70"})
	want[1], want[2], want[5], want[71], want[1005] = true, true, true, true, true
	got, err := s.StoredArticles(ctx, "VNA", keys)
	if err != nil || len(got) != len(keys) {
		t.Fatalf("StoredArticles = %d answers, %v; want %d", len(got), err, len(keys))
	}
	for i, k := range keys {
		if got[i] != want[i] {
			t.Errorf("key %d %+v: stored = %v, want %v", i, k, got[i], want[i])
		}
		if has, err := s.HasArticle(ctx, "VNA", k.GUID, k.URL); err != nil || has != got[i] {
			t.Errorf("key %d: HasArticle = %v, %v; StoredArticles says %v", i, has, err, got[i])
		}
	}
	if got, err := s.StoredArticles(ctx, "VNA", nil); err != nil || len(got) != 0 {
		t.Errorf("StoredArticles(no keys) = %v, %v", got, err)
	}
}

// testDuplicateSavedAtOnce saves one article from several goroutines at
// once, as two sources carrying the same link can: one save adds it with its
// meeting, the others find it stored, none fails.
func testDuplicateSavedAtOnce(t *testing.T, open opener) {
	s, _ := open(t)
	const n = 8
	var (
		wg    sync.WaitGroup
		added [n]bool
		ids   [n]int64
		errs  [n]error
	)
	for i := range n {
		wg.Go(func() {
			a := article("VNA", "guid-1", "https://example.org/a", "A", "text", "2026-02-08T11:00:00+07:00")
			m := meetingOf(a, "2026-02-06", "Hanoi", relbot.KindInPerson, relbot.StatusPast, "Talks.", "to-lam", "hun-sen")
			added[i], errs[i] = s.SaveArticle(ctx, a, []*relbot.Meeting{m}, nil)
			ids[i] = a.ID
		})
	}
	wg.Wait()
	won := 0
	for i := range n {
		if errs[i] != nil {
			t.Errorf("save %d: %v", i, errs[i])
		}
		if added[i] {
			won++
		}
		if ids[i] == 0 || ids[i] != ids[0] {
			t.Errorf("save %d: ID %d, want one id for all (%d)", i, ids[i], ids[0])
		}
	}
	if won != 1 {
		t.Errorf("%d of %d saves added the article, want 1", won, n)
	}
	ms, err := s.MeetingsBetween(ctx, date("2000"), date("2100"))
	if err != nil || len(ms) != 1 {
		t.Errorf("meetings stored = %d, %v; want 1", len(ms), err)
	}
}

func testDedupe(t *testing.T, open opener) {
	s, _ := open(t)
	first := article("VNA", "guid-1", "https://example.org/a", "A", "text", "2026-02-08T11:00:00+07:00")
	save(t, s, first)
	if first.ID == 0 {
		t.Fatal("SaveArticle left ID 0")
	}
	noURL := article("VNA", "guid-2", "", "No link", "text", "2026-02-08T11:00:00+07:00")
	save(t, s, noURL)

	tests := []struct {
		name              string
		source, guid, url string
		wantAdded         bool
		wantID            int64 // 0: a new id
	}{
		{"same source and guid", "VNA", "guid-1", "https://example.org/other", false, first.ID},
		{"same url other guid", "AKP", "guid-9", "https://example.org/a", false, first.ID},
		{"same guid other source", "AKP", "guid-1", "https://example.org/b", true, 0},
		{"empty url is not a key", "VNA", "guid-3", "", true, 0},
		{"same guid, no url", "VNA", "guid-2", "", false, noURL.ID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			has, err := s.HasArticle(ctx, tc.source, tc.guid, tc.url)
			if err != nil || has == tc.wantAdded {
				t.Errorf("HasArticle = %v, %v; want %v", has, err, !tc.wantAdded)
			}
			a := article(tc.source, tc.guid, tc.url, tc.name, "text", "2026-02-09T00:00:00Z")
			added, err := s.SaveArticle(ctx, a, nil, nil)
			if err != nil || added != tc.wantAdded {
				t.Fatalf("SaveArticle = %v, %v; want %v", added, err, tc.wantAdded)
			}
			if tc.wantID != 0 && a.ID != tc.wantID {
				t.Errorf("ID = %d, want the stored %d", a.ID, tc.wantID)
			}
			if tc.wantID == 0 && (a.ID == 0 || a.ID == first.ID || a.ID == noURL.ID) {
				t.Errorf("ID = %d, want a new id", a.ID)
			}
		})
	}
	all, err := s.ArticlesAfter(ctx, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(all), 4; got != want {
		t.Errorf("stored %d articles, want %d", got, want)
	}
}

func testPublishedOffset(t *testing.T, open opener) {
	s, _ := open(t)
	tests := []struct{ name, published string }{
		{"plus seven", "2026-02-08T11:00:00+07:00"},
		{"fraction and minus five", "2025-04-29T08:39:00.125-05:00"},
		{"utc", "2025-04-29T13:39:00Z"},
	}
	var ids []int64
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("VNA", tc.name, "", tc.name, "", tc.published)
			save(t, s, a)
			ids = append(ids, a.ID)
			got, err := s.Article(ctx, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			if f := got.Published.Format(time.RFC3339Nano); f != tc.published {
				t.Errorf("Published = %s, want %s", f, tc.published)
			}
			if !got.Collected.Equal(a.Collected) {
				t.Errorf("Collected = %v, want %v", got.Collected, a.Collected)
			}
		})
	}
	got, err := s.ArticlesAfter(ctx, ids[0], 1)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(ids[1:2], articleIDs(got)); diff != "" {
		t.Errorf("ArticlesAfter(%d, 1) ids (-want +got):\n%s", ids[0], diff)
	}
	got, _ = s.ArticlesAfter(ctx, 0, 0)
	if diff := cmp.Diff(ids, articleIDs(got)); diff != "" {
		t.Errorf("ArticlesAfter(0, 0) ids (-want +got):\n%s", diff)
	}
}

func testArticleFields(t *testing.T, open opener) {
	s, _ := open(t)
	a := article("VNA", "g", "https://example.org/x", "Tô Lâm meets Hun Sen", "Full text.", "2026-02-08T11:00:00+07:00")
	a.Hash, a.Summary, a.Story = "abc123", "First summary.", "st-1"
	save(t, s, a)
	if err := s.SetSummary(ctx, a.ID, "Second summary."); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStory(ctx, a.ID, "st-2"); err != nil {
		t.Fatal(err)
	}
	got, err := s.Article(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := *a
	want.Summary, want.Story = "Second summary.", "st-2"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Article (-want +got):\n%s", diff)
	}
	missing := a.ID + 100
	for name, err := range map[string]error{
		"Article":    func() error { _, err := s.Article(ctx, missing); return err }(),
		"SetSummary": s.SetSummary(ctx, missing, "x"),
		"SetStory":   s.SetStory(ctx, missing, "x"),
	} {
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("%s(missing) error = %v, want ErrNotFound", name, err)
		}
	}
}

func testSaveArticleAtomic(t *testing.T, open opener) {
	s, _ := open(t)
	tests := []struct {
		name string
		bad  func(a *relbot.Article) *relbot.Meeting
	}{
		{"update of a missing meeting", func(a *relbot.Article) *relbot.Meeting {
			m := meetingOf(a, "2026-02-06", "Phnom Penh", relbot.KindInPerson, relbot.StatusPast, "bad", "to-lam")
			m.ID = 424242
			return m
		}},
		{"unknown kind", func(a *relbot.Article) *relbot.Meeting {
			return meetingOf(a, "2026-02-06", "", "telepathy", relbot.StatusPast, "bad", "to-lam")
		}},
		{"participant without slug", func(a *relbot.Article) *relbot.Meeting {
			return meetingOf(a, "2026-02-06", "", relbot.KindPhone, relbot.StatusPast, "bad", "to-lam", "")
		}},
		{"source names a missing article", func(a *relbot.Article) *relbot.Meeting {
			m := meetingOf(a, "2026-02-06", "", relbot.KindPhone, relbot.StatusPast, "bad", "to-lam")
			m.Sources = append(m.Sources, relbot.SourceRef{URL: "https://example.org/gone", ArticleID: 999999})
			return m
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("VNA", "atomic", "https://example.org/atomic", "T", "text", "2026-02-08T11:00:00+07:00")
			good := meetingOf(a, "2026-02-06", "Phnom Penh", relbot.KindInPerson, relbot.StatusPast, "good", "to-lam", "hun-sen")
			actors := []relbot.Actor{{Slug: "new-person", Name: "New Person"}}
			added, err := s.SaveArticle(ctx, a, []*relbot.Meeting{good, tc.bad(a)}, actors)
			if err == nil || added {
				t.Fatalf("SaveArticle = %v, %v; want an error", added, err)
			}
			if a.ID != 0 || good.ID != 0 || good.Sources[0].ArticleID != 0 {
				t.Errorf("ids after failure: article %d, meeting %d, source article %d; want 0",
					a.ID, good.ID, good.Sources[0].ArticleID)
			}
			if has, _ := s.HasArticle(ctx, a.Source, a.GUID, a.URL); has {
				t.Error("the article was stored")
			}
			ms, err := s.MeetingsBetween(ctx, date("2000"), date("2100"))
			if err != nil || len(ms) != 0 {
				t.Errorf("MeetingsBetween = %d meetings, %v; want none", len(ms), err)
			}
			if as, _ := s.Actors(ctx); len(as) != 0 {
				t.Errorf("Actors = %v, want none", as)
			}
		})
	}
	a := article("VNA", "atomic", "https://example.org/atomic", "T", "text", "2026-02-08T11:00:00+07:00")
	save(t, s, a, meetingOf(a, "2026-02-06", "Phnom Penh", relbot.KindInPerson, "", "good", "to-lam"))
	ms, _, err := s.FindMeetings(ctx, relbot.MeetingFilter{Slugs: []string{"to-lam"}})
	if err != nil || len(ms) != 1 || ms[0].Status != relbot.StatusPast {
		t.Errorf("after a clean save FindMeetings = %+v, %v; want one past meeting", ms, err)
	}
}

// seedMeetings stores meetings labelled A…G (by summary), one article each.
func seedMeetings(t *testing.T, s *Store) {
	t.Helper()
	type m struct {
		label, date, place string
		kind               relbot.Kind
		status             relbot.Status
		slugs              []string
	}
	for i, x := range []m{
		{"A", "2026-02-06", "Phnom Penh", relbot.KindInPerson, relbot.StatusPast, []string{"to-lam", "hun-sen"}},
		{"B", "2025-04-29", "Ho Chi Minh City", relbot.KindInPerson, relbot.StatusPast, []string{"to-lam", "hun-sen"}},
		{"C", "2025-02", "Vientiane", relbot.KindInPerson, relbot.StatusBackground, []string{"to-lam", "hun-manet"}},
		{"D", "2026-03-10", "", relbot.KindPhone, relbot.StatusPast, []string{"hun-manet", "pham-minh-chinh"}},
		{"E", "2026-05-01", "Vientiane", relbot.KindInPerson, relbot.StatusPlanned, []string{"to-lam", "hun-sen"}},
		{"F", "2026-02-06", "Đà Nẵng", relbot.KindInPerson, relbot.StatusPast, []string{"hun-sen", "luong-cuong"}},
		{"G", "2026", "Phnom Penh", relbot.KindInPerson, relbot.StatusPast, []string{"hun-sen"}},
	} {
		a := article("VNA", x.label, fmt.Sprintf("https://example.org/%d", i), "Report "+x.label, "", "2026-06-01T00:00:00Z")
		save(t, s, a, meetingOf(a, x.date, x.place, x.kind, x.status, x.label, x.slugs...))
	}
}

// checkPairIndex checks meeting_pairs against what it derives from: one row
// per unordered pair of a meeting's participants, with their copies of the
// meeting's status, date, place and kind, and no other row. It returns how
// many rows there are, so that a caller can tell an empty check.
func checkPairIndex(t *testing.T, s *Store) int {
	t.Helper()
	const cols = `meeting_id, slug_a, slug_b, status, date_start, place_fold, kind`
	const derived = `SELECT a.meeting_id, a.slug, b.slug, a.status, a.date_start, a.place_fold, a.kind
		FROM meeting_participants a JOIN meeting_participants b ON b.meeting_id = a.meeting_id AND a.slug < b.slug`
	var stray, missing, rows int
	for _, q := range []struct {
		n   *int
		sql string
	}{
		{&stray, `SELECT COUNT(*) FROM (SELECT ` + cols + ` FROM meeting_pairs EXCEPT ` + derived + `) x`},
		{&missing, `SELECT COUNT(*) FROM (` + derived + ` EXCEPT SELECT ` + cols + ` FROM meeting_pairs) x`},
		{&rows, `SELECT COUNT(*) FROM meeting_pairs`},
	} {
		if err := s.queryRow(ctx, s.db, q.sql).Scan(q.n); err != nil {
			t.Fatalf("check meeting_pairs: %v", err)
		}
	}
	if stray != 0 || missing != 0 {
		t.Errorf("meeting_pairs has %d stray and lacks %d rows of its participants' pairs", stray, missing)
	}
	return rows
}

func testFindMeetings(t *testing.T, open opener) {
	s, _ := open(t)
	seedMeetings(t, s)
	if n := checkPairIndex(t, s); n != 6 {
		t.Errorf("meeting_pairs holds %d rows, want one for each of the 6 meetings of two", n)
	}
	tests := []struct {
		name  string
		f     relbot.MeetingFilter
		want  []string
		total int
	}{
		{"all past, newest first, id breaks ties", relbot.MeetingFilter{}, []string{"D", "F", "A", "G", "B"}, 5},
		{"one slug", relbot.MeetingFilter{Slugs: []string{"hun-sen"}}, []string{"F", "A", "G", "B"}, 4},
		{"two slugs", relbot.MeetingFilter{Slugs: []string{"to-lam", "hun-sen"}}, []string{"A", "B"}, 2},
		{"repeated slug", relbot.MeetingFilter{Slugs: []string{"hun-sen", "to-lam", "hun-sen"}}, []string{"A", "B"}, 2},
		{"unknown slug", relbot.MeetingFilter{Slugs: []string{"nobody"}}, nil, 0},
		{"two slugs in a city", relbot.MeetingFilter{Slugs: []string{"hun-sen", "to-lam"}, Place: "Phnom Penh"}, []string{"A"}, 1},
		{"two slugs by kind", relbot.MeetingFilter{Slugs: []string{"hun-manet", "pham-minh-chinh"}, Kind: relbot.KindPhone}, []string{"D"}, 1},
		{"two slugs, planned", relbot.MeetingFilter{Slugs: []string{"hun-sen", "to-lam"}, Status: relbot.StatusPlanned}, []string{"E"}, 1},
		{"two slugs, only in the background", relbot.MeetingFilter{Slugs: []string{"to-lam", "hun-manet"}}, nil, 0},
		{"two slugs, until", relbot.MeetingFilter{Slugs: []string{"to-lam", "hun-sen"}, Until: date("2025")}, []string{"B"}, 1},
		{"two slugs, paged", relbot.MeetingFilter{Slugs: []string{"to-lam", "hun-sen"}, Limit: 1, Offset: 1}, []string{"B"}, 2},
		{"since month", relbot.MeetingFilter{Since: date("2026-02")}, []string{"D", "F", "A"}, 3},
		{"until year", relbot.MeetingFilter{Until: date("2025")}, []string{"B"}, 1},
		{"until day", relbot.MeetingFilter{Until: date("2026-02-06")}, []string{"F", "A", "B"}, 3},
		{"since and until", relbot.MeetingFilter{Since: date("2025-04-29"), Until: date("2026-02-06"), Slugs: []string{"to-lam"}}, []string{"A", "B"}, 2},
		{"one slug, until a month: a meeting known to its year may end later", relbot.MeetingFilter{Slugs: []string{"hun-sen"}, Until: date("2026-06")}, []string{"F", "A", "B"}, 3},
		{"one slug, until the year it is known to", relbot.MeetingFilter{Slugs: []string{"hun-sen"}, Until: date("2026")}, []string{"F", "A", "G", "B"}, 4},
		{"one slug, until the first of a month", relbot.MeetingFilter{Slugs: []string{"hun-sen"}, Until: date("2026-01-01"), Since: date("2025")}, []string{"B"}, 1},
		{"place folded", relbot.MeetingFilter{Place: "phnom penh"}, []string{"A", "G"}, 2},
		{"place without marks", relbot.MeetingFilter{Place: "Da Nang"}, []string{"F"}, 1},
		{"place in capitals", relbot.MeetingFilter{Place: "ĐÀ NẴNG "}, []string{"F"}, 1},
		{"kind", relbot.MeetingFilter{Kind: relbot.KindPhone}, []string{"D"}, 1},
		{"planned", relbot.MeetingFilter{Status: relbot.StatusPlanned}, []string{"E"}, 1},
		{"background", relbot.MeetingFilter{Status: relbot.StatusBackground, Slugs: []string{"to-lam"}}, []string{"C"}, 1},
		{"first page", relbot.MeetingFilter{Slugs: []string{"hun-sen"}, Limit: 2}, []string{"F", "A"}, 4},
		{"second page", relbot.MeetingFilter{Slugs: []string{"hun-sen"}, Limit: 2, Offset: 2}, []string{"G", "B"}, 4},
		{"past the end", relbot.MeetingFilter{Slugs: []string{"hun-sen"}, Limit: 2, Offset: 4}, nil, 4},
		{"offset without limit", relbot.MeetingFilter{Slugs: []string{"hun-sen"}, Offset: 3}, []string{"B"}, 4},
		{"offset past the end without limit", relbot.MeetingFilter{Slugs: []string{"hun-sen"}, Offset: 9}, nil, 4},
		{"a short page gives its total", relbot.MeetingFilter{Slugs: []string{"to-lam", "hun-sen"}, Limit: 5}, []string{"A", "B"}, 2},
		{"a short last page", relbot.MeetingFilter{Slugs: []string{"hun-sen"}, Limit: 3, Offset: 3}, []string{"B"}, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, total, err := s.FindMeetings(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, summaries(got)); diff != "" {
				t.Errorf("meetings (-want +got):\n%s", diff)
			}
			if total != tc.total {
				t.Errorf("total = %d, want %d", total, tc.total)
			}
		})
	}
}

func testMeetingsBetween(t *testing.T, open opener) {
	s, _ := open(t)
	seedMeetings(t, s)
	tests := []struct {
		name     string
		from, to string
		slugs    []string
		want     []string
	}{
		{"one day catches the month and the year", "2026-02-06", "2026-02-06", nil, []string{"G", "A", "F"}},
		{"month of the background meeting", "2025-02-10", "2025-02-10", nil, []string{"C"}},
		{"range, any status", "2026-03-01", "2026-12-31", nil, []string{"G", "D", "E"}},
		{"nothing", "2024-01-01", "2024-12-31", nil, nil},
		{"one participant, shared", "2026-02-06", "2026-02-06", []string{"to-lam"}, []string{"A"}},
		{"two participants: both shared (G, of one participant, is no candidate)", "2026-02-06", "2026-02-06", []string{"hun-sen", "to-lam"}, []string{"A"}},
		{"two participants named in the other order", "2026-02-06", "2026-02-06", []string{"to-lam", "hun-sen"}, []string{"A"}},
		{"three participants, two shared", "2026-02-06", "2026-02-06", []string{"luong-cuong", "to-lam", "hun-sen"}, []string{"A", "F"}},
		{"two participants, the month's and the year's meetings", "2025-02-10", "2025-02-10", []string{"hun-manet", "to-lam"}, []string{"C"}},
		{"two participants, one shared with each", "2026-02-06", "2026-02-06", []string{"luong-cuong", "to-lam"}, nil},
		{"a participant of none", "2026-02-06", "2026-02-06", []string{"pham-minh-chinh"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.MeetingsBetween(ctx, date(tc.from), date(tc.to), tc.slugs...)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, summaries(got)); diff != "" {
				t.Errorf("MeetingsBetween(%s, %s) (-want +got):\n%s", tc.from, tc.to, diff)
			}
		})
	}
}

// testStoredMeetingTwice saves an article whose two reports were merged
// into one stored meeting: the meeting is written once, with every
// participant and source, on both engines.
func testStoredMeetingTwice(t *testing.T, open opener) {
	s, _ := open(t)
	first := article("VNA", "first", "https://example.org/first", "First", "", "2026-02-07T09:00:00+07:00")
	m := meetingOf(first, "2026-02-06", "Hanoi", relbot.KindInPerson, relbot.StatusPast, "Talks.", "to-lam", "hun-sen")
	save(t, s, first, m)
	second := article("AKP", "second", "https://example.org/second", "Second", "", "2026-02-07T10:00:00+07:00")
	m.Participants = append(m.Participants, relbot.Participant{Slug: "hun-manet", Name: "HUN-MANET"})
	m.Sources = append(m.Sources, relbot.SourceRef{URL: second.URL, Outlet: second.Source, Title: second.Title, Published: second.Published})
	save(t, s, second, m, m)
	got, err := s.MeetingsBetween(ctx, date("2026-02-06"), date("2026-02-06"))
	if err != nil || len(got) != 1 {
		t.Fatalf("MeetingsBetween = %d meetings, %v; want 1", len(got), err)
	}
	if diff := cmp.Diff([]string{"to-lam", "hun-sen", "hun-manet"}, got[0].Slugs()); diff != "" {
		t.Errorf("participants (-want +got):\n%s", diff)
	}
	var arts []int64
	for _, src := range got[0].Sources {
		arts = append(arts, src.ArticleID)
	}
	if diff := cmp.Diff([]int64{first.ID, second.ID}, arts); diff != "" {
		t.Errorf("sources' articles (-want +got):\n%s", diff)
	}
}

func testMergeUpdate(t *testing.T, open opener) {
	s, _ := open(t)
	later := article("VNA", "later", "https://example.org/later", "Later report", "", "2026-02-08T11:00:00+07:00")
	m := meetingOf(later, "2026-02", "", relbot.KindInPerson, relbot.StatusPast, "First.", "to-lam", "hun-sen")
	save(t, s, later, m)
	if m.ID == 0 || m.Sources[0].ArticleID != later.ID {
		t.Fatalf("after insert: meeting id %d, source article %d (article %d)", m.ID, m.Sources[0].ArticleID, later.ID)
	}

	// A second outlet, published earlier, reports the same meeting with more
	// detail: the caller merges and saves the meeting under its id.
	earlier := article("AKP", "earlier", "https://example.org/earlier", "Earlier report", "", "2026-02-07T09:30:00+07:00")
	merged := *m
	merged.Date = date("2026-02-06")
	merged.Place, merged.Venue, merged.Occasion, merged.Summary = "Phnom Penh", "Royal Palace", "state visit", "Merged."
	merged.Participants = append(append([]relbot.Participant{}, m.Participants...), relbot.Participant{Slug: "hun-manet", Name: "Hun Manet"})
	merged.Sources = append(append([]relbot.SourceRef{}, m.Sources...),
		relbot.SourceRef{URL: earlier.URL, Outlet: earlier.Source, Title: earlier.Title, Published: earlier.Published})
	save(t, s, earlier, &merged)
	if merged.ID != m.ID {
		t.Fatalf("merged meeting id = %d, want %d", merged.ID, m.ID)
	}

	want := merged
	want.Sources = []relbot.SourceRef{merged.Sources[1], merged.Sources[0]} // by publication
	want.Sources[0].ArticleID = earlier.ID
	// Unpaged and paged answers are read by different queries (a page is
	// one statement on PostgreSQL).
	for _, limit := range []int{0, 10} {
		got, total, err := s.FindMeetings(ctx, relbot.MeetingFilter{Slugs: []string{"hun-manet"}, Limit: limit})
		if err != nil || total != 1 || len(got) != 1 {
			t.Fatalf("FindMeetings(limit %d) = %d meetings (total %d), %v; want 1", limit, len(got), total, err)
		}
		if diff := cmp.Diff(want, got[0]); diff != "" {
			t.Errorf("merged meeting, limit %d (-want +got):\n%s", limit, diff)
		}
		if f := got[0].Sources[0].Published.Format(time.RFC3339); f != "2026-02-07T09:30:00+07:00" {
			t.Errorf("source published = %s, want the outlet's offset kept", f)
		}
	}
	all, _ := s.MeetingsBetween(ctx, date("2000"), date("2100"))
	if len(all) != 1 {
		t.Errorf("stored %d meetings after the merge, want 1", len(all))
	}
	// The pair index follows the participants the merge added.
	if n := checkPairIndex(t, s); n != 3 {
		t.Errorf("meeting_pairs holds %d rows after the merge, want the 3 pairs of 3 participants", n)
	}
	for _, slugs := range [][]string{{"to-lam", "hun-manet"}, {"hun-manet", "hun-sen", "to-lam"}} {
		got, total, err := s.FindMeetings(ctx, relbot.MeetingFilter{Slugs: slugs, Place: "phnom penh"})
		if err != nil || total != 1 || len(got) != 1 || got[0].ID != m.ID {
			t.Errorf("FindMeetings(%v in Phnom Penh) after the merge = %d meetings (total %d), %v; want meeting %d",
				slugs, len(got), total, err, m.ID)
		}
	}
}

// A stored meeting saved again keeps the rows it repeats and writes the
// rest; whatever changes, what is read back is what was saved last, and the
// copies in participants and pairs follow the meeting.
func testMergeKeepsRows(t *testing.T, open opener) {
	s, _ := open(t)
	var arts []*relbot.Article
	for i := range 4 {
		arts = append(arts, article("VNA", fmt.Sprint("k", i), fmt.Sprintf("https://example.org/k%d", i), fmt.Sprint("Report ", i),
			"", fmt.Sprintf("2026-02-0%dT11:00:00+07:00", 6+i%2)))
	}
	m := meetingOf(arts[0], "2026-02-06", "Hanoi", relbot.KindInPerson, relbot.StatusPast, "First.", "to-lam", "hun-sen")
	save(t, s, arts[0], m)
	check := func(step string, want relbot.Meeting, absent ...string) {
		t.Helper()
		got, total, err := s.FindMeetings(ctx, relbot.MeetingFilter{Slugs: want.Slugs()[:2], Place: want.Place})
		if err != nil || total != 1 || len(got) != 1 {
			t.Fatalf("%s: FindMeetings(%v in %s) = %d of %d, %v; want the meeting", step, want.Slugs()[:2], want.Place, len(got), total, err)
		}
		want.Sources = slices.Clone(want.Sources)
		slices.SortStableFunc(want.Sources, func(a, b relbot.SourceRef) int { return a.Published.Compare(b.Published) })
		if diff := cmp.Diff(want, got[0]); diff != "" {
			t.Errorf("%s: meeting read back (-want +got):\n%s", step, diff)
		}
		for _, slug := range absent {
			if _, n, err := s.FindMeetings(ctx, relbot.MeetingFilter{Slugs: []string{slug}}); err != nil || n != 0 {
				t.Errorf("%s: %s still has %d meetings, %v", step, slug, n, err)
			}
		}
		n := len(want.Participants)
		if rows := checkPairIndex(t, s); rows != n*(n-1)/2 {
			t.Errorf("%s: %d pairs stored, want %d", step, rows, n*(n-1)/2)
		}
		var stale int
		if err := s.queryRow(ctx, s.db, `SELECT COUNT(*) FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id
			WHERE p.status <> m.status OR p.date_start <> m.date_start OR p.place_fold <> m.place_fold OR p.kind <> m.kind`).Scan(&stale); err != nil || stale != 0 {
			t.Errorf("%s: %d participants with copies unlike their meeting's, %v", step, stale, err)
		}
	}
	check("inserted", *m)

	next := func(a *relbot.Article, change func(*relbot.Meeting)) relbot.Meeting {
		t.Helper()
		u := *m
		u.Participants = slices.Clone(m.Participants)
		u.Sources = append(slices.Clone(m.Sources), relbot.SourceRef{URL: a.URL, Outlet: a.Source, Title: a.Title, Published: a.Published})
		change(&u)
		save(t, s, a, &u)
		if u.ID != m.ID {
			t.Fatalf("saved as meeting %d, want %d", u.ID, m.ID)
		}
		*m = u
		return u
	}
	check("a source added", next(arts[1], func(*relbot.Meeting) {}))
	check("a participant added", next(arts[2], func(u *relbot.Meeting) {
		u.Participants = append(u.Participants, relbot.Participant{Slug: "hun-manet", Name: "HUN-MANET"})
	}))
	check("a participant renamed", next(arts[3], func(u *relbot.Meeting) {
		u.Participants[0].Name = "Tô Lâm"
	}))
	// Saved again by no new article: a participant dropped, a source
	// retitled, and then the place moved (the participants' and pairs'
	// copies with it).
	u := *m
	u.Participants = []relbot.Participant{u.Participants[0], u.Participants[2]}
	u.Sources = slices.Clone(u.Sources)
	u.Sources[1].Title = "Report 1, corrected"
	if _, err := s.SaveArticle(ctx, article("VNA", "k8", "", "No meeting", "", "2026-02-08T11:00:00+07:00"), []*relbot.Meeting{&u}, nil); err != nil {
		t.Fatal(err)
	}
	check("a participant dropped, a source retitled", u, "hun-sen")
	u.Place, u.Summary = "Ho Chi Minh City", "Moved."
	if _, err := s.SaveArticle(ctx, article("VNA", "k9", "", "No meeting", "", "2026-02-08T11:00:00+07:00"), []*relbot.Meeting{&u}, nil); err != nil {
		t.Fatal(err)
	}
	check("the place moved", u)
}

func testRepeatedParticipant(t *testing.T, open opener) {
	s, _ := open(t)
	a := article("VNA", "g", "", "T", "", "2026-02-08T11:00:00+07:00")
	save(t, s, a, meetingOf(a, "2026-02-06", "", relbot.KindPhone, relbot.StatusPast, "M", "hun-sen", "to-lam", "hun-sen"))
	got, total, err := s.FindMeetings(ctx, relbot.MeetingFilter{Slugs: []string{"hun-sen"}})
	if err != nil || total != 1 || len(got) != 1 {
		t.Fatalf("FindMeetings = %d of %d, %v; want the meeting once", len(got), total, err)
	}
	if diff := cmp.Diff([]string{"hun-sen", "to-lam"}, got[0].Slugs()); diff != "" {
		t.Errorf("participants (-want +got):\n%s", diff)
	}
}

func testActors(t *testing.T, open opener) {
	s, _ := open(t)
	a1 := article("VNA", "1", "", "one", "", "2026-02-08T11:00:00+07:00")
	if _, err := s.SaveArticle(ctx, a1, nil, []relbot.Actor{
		{Slug: "sok-chenda", Name: "Sok Chenda", Country: "KH", Aliases: []string{"Sok Chenda Sophea"}},
		{Slug: "bui-thanh-son", Name: "Bùi Thanh Sơn"},
	}); err != nil {
		t.Fatal(err)
	}
	a2 := article("VNA", "2", "", "two", "", "2026-02-09T11:00:00+07:00")
	if _, err := s.SaveArticle(ctx, a2, nil, []relbot.Actor{{Slug: "sok-chenda", Name: "Another Name"}}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Actors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []relbot.Actor{
		{Slug: "bui-thanh-son", Name: "Bùi Thanh Sơn"},
		{Slug: "sok-chenda", Name: "Sok Chenda", Country: "KH", Aliases: []string{"Sok Chenda Sophea"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Actors (-want +got):\n%s", diff)
	}
}

func testDigestLifecycle(t *testing.T, open opener) {
	s, _ := open(t)
	now := at("2026-12-01T07:00:00+07:00")
	const ch = "C0123456789"
	p1, p2 := "2026-11-30T07:00:00+07:00", "2026-12-01T07:00:00+07:00"

	check := func(step, period, wantState, wantTS string) {
		t.Helper()
		state, ts, err := s.DigestState(ctx, ch, period)
		if err != nil || state != wantState || ts != wantTS {
			t.Errorf("%s: DigestState(%s) = %q, %q, %v; want %q, %q", step, period, state, ts, err, wantState, wantTS)
		}
	}
	check("new", p1, "", "")
	if period, last, err := s.LastDigest(ctx, ch); err != nil || period != "" || last != 0 {
		t.Errorf("LastDigest(new) = %q, %d, %v; want none", period, last, err)
	}
	if err := s.CompleteDigest(ctx, ch, p1, "1.1", 5, now); !errors.Is(err, ErrNotFound) {
		t.Errorf("CompleteDigest without claim = %v, want ErrNotFound", err)
	}
	if ok, err := s.ClaimDigest(ctx, ch, p1, 4, now); !ok || err != nil {
		t.Fatalf("ClaimDigest = %v, %v; want true", ok, err)
	}
	check("claimed", p1, DigestPosting, "")
	pending, err := s.PendingDigests(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The claim carries its coverage: whoever settles it after a crash
	// knows where this period's digest ended.
	if diff := cmp.Diff([]DigestRecord{{Channel: ch, Period: p1, State: DigestPosting, LastArticleID: 4, Created: now, Updated: now}}, pending); diff != "" {
		t.Errorf("PendingDigests (-want +got):\n%s", diff)
	}
	// The post failed: released, the period can be claimed again.
	if err := s.ReleaseDigest(ctx, ch, p1); err != nil {
		t.Fatal(err)
	}
	check("released", p1, "", "")
	if ok, _ := s.ClaimDigest(ctx, ch, p1, 0, now); !ok {
		t.Fatal("ClaimDigest after release = false, want true")
	}
	if err := s.CompleteDigest(ctx, ch, p1, "1700000000.000100", 7, now); err != nil {
		t.Fatal(err)
	}
	check("posted", p1, DigestPosted, "1700000000.000100")
	if err := s.CompleteDigest(ctx, ch, p1, "1700000000.000100", 7, now); err != nil {
		t.Errorf("CompleteDigest again with the same ts = %v, want nil", err)
	}
	if err := s.CompleteDigest(ctx, ch, p1, "other", 7, now); err == nil {
		t.Error("CompleteDigest with another ts = nil, want an error")
	}
	if ok, _ := s.ClaimDigest(ctx, ch, p1, 0, now); ok {
		t.Error("ClaimDigest of a posted period = true, want false")
	}
	if err := s.ReleaseDigest(ctx, ch, p1); err != nil {
		t.Fatal(err)
	}
	check("release leaves posted alone", p1, DigestPosted, "1700000000.000100")

	if ok, _ := s.ClaimDigest(ctx, ch, p2, 0, now); !ok {
		t.Fatal("ClaimDigest(p2) = false")
	}
	// A claim still posting is not the last digest.
	if period, last, _ := s.LastDigest(ctx, ch); period != p1 || last != 7 {
		t.Errorf("LastDigest = %q, %d; want %q, 7", period, last, p1)
	}
	// But its articles are taken: a later period starts after them, and
	// the claim's recovery, up to its own 9, starts after p1's 7.
	if err := s.SetDigestCoverage(ctx, ch, p2, 9, now); err != nil {
		t.Fatal(err)
	}
	coverage := func(below, want int64) {
		t.Helper()
		if got, err := s.DigestCoverage(ctx, ch, below); got != want || err != nil {
			t.Errorf("DigestCoverage(below %d) = %d, %v; want %d", below, got, err, want)
		}
	}
	coverage(0, 9)
	coverage(9, 7)
	coverage(7, 0)
	if got, err := s.DigestCoverage(ctx, "C-other", 0); got != 0 || err != nil {
		t.Errorf("DigestCoverage of another channel = %d, %v; want 0", got, err)
	}
	if err := s.CompleteDigest(ctx, ch, p2, "", 9, now); err != nil {
		t.Fatal(err)
	}
	if period, last, _ := s.LastDigest(ctx, ch); period != p2 || last != 9 {
		t.Errorf("LastDigest = %q, %d; want %q, 9", period, last, p2)
	}
	if period, _, _ := s.LastDigest(ctx, "C-other"); period != "" {
		t.Errorf("LastDigest of another channel = %q, want none", period)
	}
	if pending, _ := s.PendingDigests(ctx); len(pending) != 0 {
		t.Errorf("PendingDigests = %v, want none", pending)
	}
}

func testDigestClaimOnce(t *testing.T, open opener) {
	s, dsn := open(t)
	// A second Store on the same database stands for another replica.
	other := mustOpen(t, dsn)
	stores := []*Store{s, other}
	const n = 16
	var (
		wins  atomic.Int32
		wg    sync.WaitGroup
		start = make(chan struct{})
		errs  = make(chan error, n)
	)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			ok, err := stores[i%2].ClaimDigest(ctx, "C1", "2026-12-01T07:00:00+07:00", 0, time.Now())
			if err != nil {
				errs <- err
				return
			}
			if ok {
				wins.Add(1)
			}
		}()
	}
	close(start)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("ClaimDigest: %v", err)
	}
	if got := wins.Load(); got != 1 {
		t.Errorf("%d of %d concurrent claims won, want exactly 1", got, n)
	}
}

func testFollows(t *testing.T, open opener) {
	s, _ := open(t)
	for _, term := range []string{"hun-sen", "cambodia", "hun-sen", " border "} {
		if err := s.Follow(ctx, "C1", term); err != nil {
			t.Fatalf("Follow(%q): %v", term, err)
		}
	}
	if err := s.Follow(ctx, "C2", "to-lam"); err != nil {
		t.Fatal(err)
	}
	if err := s.Follow(ctx, "C1", "  "); err == nil {
		t.Error("Follow(blank) = nil, want an error")
	}
	got, err := s.Follows(ctx, "C1")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"border", "cambodia", "hun-sen"}, got); diff != "" {
		t.Errorf("Follows(C1) (-want +got):\n%s", diff)
	}
	tests := []struct {
		term string
		want bool
	}{{"hun-sen", true}, {"hun-sen", false}, {"to-lam", false}}
	for _, tc := range tests {
		if ok, err := s.Unfollow(ctx, "C1", tc.term); ok != tc.want || err != nil {
			t.Errorf("Unfollow(C1, %q) = %v, %v; want %v", tc.term, ok, err, tc.want)
		}
	}
	got, _ = s.Follows(ctx, "C1")
	if diff := cmp.Diff([]string{"border", "cambodia"}, got); diff != "" {
		t.Errorf("Follows(C1) after unfollow (-want +got):\n%s", diff)
	}
	got, _ = s.Follows(ctx, "C2")
	if diff := cmp.Diff([]string{"to-lam"}, got); diff != "" {
		t.Errorf("Follows(C2) (-want +got):\n%s", diff)
	}
}

// seedSearch stores four articles and returns their ids by label.
func seedSearch(t *testing.T, s *Store) map[string]int64 {
	t.Helper()
	ids := map[string]int64{}
	for _, x := range []struct{ label, title, text, published string }{
		{"a1", "Leaders meet in Đà Nẵng", "The talks covered trade.", "2026-02-01T10:00:00+07:00"},
		{"a2", "Da Nang port expands", "Cargo grew.", "2026-02-03T10:00:00+07:00"},
		{"a3", "Hà Nội hosts talks", "Delegates later flew to ĐÀ NẴNG for a visit.", "2026-02-02T10:00:00+07:00"},
		{"a4", "Phnom Penh market reopens", "Traders returned to the Đông Hưng market, near the river.", "2026-01-20T10:00:00+07:00"},
	} {
		a := article("VNA", x.label, "https://example.org/"+x.label, x.title, x.text, x.published)
		save(t, s, a)
		ids[x.label] = a.ID
	}
	return ids
}

func testSearch(t *testing.T, open opener) {
	s, _ := open(t)
	ids := seedSearch(t, s)
	// Khmer and Thai words carry combining marks: each is one word, found
	// whole and not by a part, on both engines.
	marked := article("VNA", "a5", "https://example.org/a5", "ភ្នំពេញ and กรุงเทพ sign a memorandum", "", "2026-01-10T10:00:00+07:00")
	save(t, s, marked)
	ids["a5"] = marked.ID
	tests := []struct {
		query string
		limit int
		want  []string
	}{
		{"da nang", 0, []string{"a2", "a3", "a1"}},
		{"Đà Nẵng", 0, []string{"a2", "a3", "a1"}},
		{"ĐÀ NẴNG", 0, []string{"a2", "a3", "a1"}},
		{"nang, da!", 0, []string{"a2", "a3", "a1"}},
		{"da nang", 2, []string{"a2", "a3"}},
		{"ha noi", 0, []string{"a3"}},
		{"Hà Nội talks", 0, []string{"a3"}},
		{"talks", 0, []string{"a3", "a1"}},
		{"dong hung", 0, []string{"a4"}},
		{"đông", 0, []string{"a4"}},
		{"near", 0, []string{"a4"}},
		{"ភ្នំពេញ", 0, []string{"a5"}},
		{"กรุงเทพ memorandum", 0, []string{"a5"}},
		{"ភ្នំ", 0, nil},
		{"da nang market", 0, nil},
		{`"or" AND NOT`, 0, nil},
		{"", 0, nil},
		{"!!! ...", 0, nil},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			got, err := s.SearchArticles(ctx, tc.query, tc.limit)
			if err != nil {
				t.Fatal(err)
			}
			var want []int64
			for _, l := range tc.want {
				want = append(want, ids[l])
			}
			if diff := cmp.Diff(want, articleIDs(got)); diff != "" {
				t.Errorf("SearchArticles(%q, %d) ids (-want +got):\n%s", tc.query, tc.limit, diff)
			}
		})
	}
}

func testPurgeText(t *testing.T, open opener) {
	s, _ := open(t)
	ids := seedSearch(t, s)
	n, err := s.PurgeText(ctx, at("2026-02-02T12:00:00+07:00"))
	if err != nil {
		t.Fatal(err)
	}
	if n != 3 {
		t.Errorf("PurgeText emptied %d articles, want 3", n)
	}
	for label, wantText := range map[string]bool{"a1": false, "a2": true, "a3": false, "a4": false} {
		a, err := s.Article(ctx, ids[label])
		if err != nil {
			t.Fatal(err)
		}
		if (a.Text != "") != wantText || a.Title == "" {
			t.Errorf("%s after purge: text %q, title %q", label, a.Text, a.Title)
		}
	}
	tests := []struct {
		query string
		want  []string
	}{
		{"talks", []string{"a3"}}, // a1 had it only in its text
		{"delegates", nil},
		{"da nang", []string{"a2", "a1"}},
	}
	for _, tc := range tests {
		got, _ := s.SearchArticles(ctx, tc.query, 0)
		var want []int64
		for _, l := range tc.want {
			want = append(want, ids[l])
		}
		if diff := cmp.Diff(want, articleIDs(got)); diff != "" {
			t.Errorf("after purge SearchArticles(%q) (-want +got):\n%s", tc.query, diff)
		}
	}
	if n, _ := s.PurgeText(ctx, at("2026-02-02T12:00:00+07:00")); n != 0 {
		t.Errorf("second PurgeText emptied %d, want 0", n)
	}
}

type line struct {
	typ  string
	json string
}

func exportAll(t *testing.T, s *Store) []line {
	t.Helper()
	var out []line
	err := s.Export(ctx, func(typ string, v any) error {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		out = append(out, line{typ, string(b)})
		return nil
	})
	if err != nil {
		t.Fatalf("Export: %v", err)
	}
	return out
}

func testExport(t *testing.T, open opener) {
	s, _ := open(t)
	now := at("2026-12-01T07:00:00+07:00")
	// Stored out of type order, so that order comes from Export.
	if err := s.SetSourceState(ctx, "VNA", `"e1"`, ""); err != nil {
		t.Fatal(err)
	}
	if err := s.Follow(ctx, "C1", "hun-sen"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ClaimDigest(ctx, "C1", "2026-12-01T07:00:00+07:00", 0, now); err != nil {
		t.Fatal(err)
	}
	var arts []*relbot.Article
	var meetings []*relbot.Meeting
	for i, pub := range []string{"2026-02-08T11:00:00+07:00", "2025-04-29T20:39:00+07:00", "2026-03-01T00:00:00Z"} {
		a := article("VNA", fmt.Sprint("g", i), fmt.Sprint("https://example.org/", i), fmt.Sprint("Title ", i), "Body.", pub)
		a.Story = fmt.Sprint("st-", i)
		m := meetingOf(a, "2026-02-06", []string{"Phnom Penh", ""}[i%2], relbot.KindInPerson, relbot.StatusPast, "S", "to-lam", "hun-sen")
		if _, err := s.SaveArticle(ctx, a, []*relbot.Meeting{m}, []relbot.Actor{{Slug: fmt.Sprint("actor-", 2-i), Name: "N"}}); err != nil {
			t.Fatal(err)
		}
		arts, meetings = append(arts, a), append(meetings, m)
	}

	first := exportAll(t, s)
	if diff := cmp.Diff(first, exportAll(t, s), cmp.AllowUnexported(line{})); diff != "" {
		t.Errorf("second export differs (-first +second):\n%s", diff)
	}
	var types []string
	count := map[string]int{}
	for _, l := range first {
		if len(types) == 0 || types[len(types)-1] != l.typ {
			types = append(types, l.typ)
		}
		count[l.typ]++
	}
	if diff := cmp.Diff([]string{"actor", "article", "digest", "follow", "meeting", "source"}, types); diff != "" {
		t.Errorf("type order (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]int{"actor": 3, "article": 3, "digest": 1, "follow": 1, "meeting": 3, "source": 1}, count); diff != "" {
		t.Errorf("lines per type (-want +got):\n%s", diff)
	}

	var gotArticles []ExportArticle
	var gotMeetings []ExportMeeting
	var gotActors []string
	for _, l := range first {
		var typ struct{ Type string }
		if err := json.Unmarshal([]byte(l.json), &typ); err != nil || typ.Type != l.typ {
			t.Errorf("line %s: type field %q, %v; want %q", l.json, typ.Type, err, l.typ)
		}
		switch l.typ {
		case "article":
			var a ExportArticle
			json.Unmarshal([]byte(l.json), &a)
			gotArticles = append(gotArticles, a)
		case "meeting":
			var m ExportMeeting
			json.Unmarshal([]byte(l.json), &m)
			gotMeetings = append(gotMeetings, m)
		case "actor":
			var a ExportActor
			json.Unmarshal([]byte(l.json), &a)
			gotActors = append(gotActors, a.Slug)
		}
	}
	if diff := cmp.Diff([]string{"actor-0", "actor-1", "actor-2"}, gotActors); diff != "" {
		t.Errorf("actors (-want +got):\n%s", diff)
	}
	var wantArticles []ExportArticle
	var wantMeetings []ExportMeeting
	for i, a := range arts {
		wantArticles = append(wantArticles, ExportArticle{Type: "article", ID: a.ID, Source: a.Source, Outlet: a.Source,
			GUID: a.GUID, URL: a.URL, Title: a.Title, Published: a.Published.Format(time.RFC3339),
			Collected: a.Collected.Format(time.RFC3339), Text: a.Text, Story: a.Story})
		m := meetings[i]
		em := ExportMeeting{Type: "meeting", ID: m.ID, Date: "2026-02-06", Kind: m.Kind, Status: m.Status,
			Participants: m.Participants, Summary: m.Summary,
			Sources: []ExportSourceRef{{URL: a.URL, Outlet: a.Source, Title: a.Title, Published: a.Published.Format(time.RFC3339), ArticleID: a.ID}}}
		if m.Place != "" {
			em.Place = &m.Place
		}
		wantMeetings = append(wantMeetings, em)
	}
	if diff := cmp.Diff(wantArticles, gotArticles); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantMeetings, gotMeetings); diff != "" {
		t.Errorf("meetings (-want +got):\n%s", diff)
	}
	if !strings.Contains(first[len(first)-1].json, `"etag":"\"e1\""`) {
		t.Errorf("source line = %s, want the etag", first[len(first)-1].json)
	}

	stop := errors.New("stop")
	if err := s.Export(ctx, func(string, any) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("Export with a failing emit = %v, want it returned", err)
	}
}

func gooseRows(t *testing.T, s *Store) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow(`SELECT COUNT(*) FROM goose_db_version`).Scan(&n); err != nil {
		t.Fatalf("count goose rows: %v", err)
	}
	return n
}

func testMigrationsTwice(t *testing.T, open opener) {
	s, dsn := open(t)
	a := article("VNA", "kept", "", "Kept", "", "2026-02-08T11:00:00+07:00")
	save(t, s, a)
	before := gooseRows(t, s)
	again := mustOpen(t, dsn)
	if err := again.Ping(ctx); err != nil {
		t.Errorf("Ping after second Open: %v", err)
	}
	if after := gooseRows(t, again); after != before {
		t.Errorf("goose_db_version has %d rows after a second Open, had %d", after, before)
	}
	if _, err := again.Article(ctx, a.ID); err != nil {
		t.Errorf("article lost by the second Open: %v", err)
	}
}

func testPingPending(t *testing.T, open opener) {
	s, _ := open(t)
	if _, err := s.db.Exec(`DELETE FROM goose_db_version WHERE version_id = 1`); err != nil {
		t.Fatal(err)
	}
	if err := s.Ping(ctx); !errors.Is(err, ErrPending) {
		t.Errorf("Ping with a migration unrecorded = %v, want ErrPending", err)
	}
}

func TestOpenSQLiteMissingDir(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing", "relbot.db")
	s, err := Open(ctx, path)
	if err == nil {
		s.Close()
		t.Fatal("Open in a missing directory = nil error")
	}
	if !strings.Contains(err.Error(), path) {
		t.Errorf("error %q does not name %s", err, path)
	}
}

func TestOpenSQLiteOddPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a dir #1", "relbot?x=1%.db")
	if err := os.Mkdir(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	s := mustOpen(t, path)
	save(t, s, article("VNA", "g", "", "T", "", "2026-02-08T11:00:00+07:00"))
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database file not at the path given: %v", err)
	}
}

func TestPostgresConcurrentOpen(t *testing.T) {
	dsn := freshSchema(t, postgresURL(t))
	const n = 4
	stores := make([]*Store, n)
	errs := make([]error, n)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			stores[i], errs[i] = Open(ctx, dsn)
		}()
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("Open #%d: %v", i, err)
			continue
		}
		t.Cleanup(func() { stores[i].Close() })
		if err := stores[i].Ping(ctx); err != nil {
			t.Errorf("Ping #%d: %v", i, err)
		}
	}
	if t.Failed() {
		return
	}
	var versions, distinct int
	if err := stores[0].db.QueryRow(`SELECT COUNT(*), COUNT(DISTINCT version_id) FROM goose_db_version`).Scan(&versions, &distinct); err != nil {
		t.Fatal(err)
	}
	if versions != distinct {
		t.Errorf("goose_db_version has %d rows for %d versions: migrations ran more than once", versions, distinct)
	}
}

func TestSearchWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Đà Nẵng", []string{"da", "nang"}},
		{"Hun Sen's visit, 2026-02-06.", []string{"hun", "sen", "s", "visit", "2026", "02", "06"}},
		{"ĐẠI HỘI", []string{"dai", "hoi"}},
		{`"near" OR x*`, []string{"near", "or", "x"}},
		{strings.Repeat("a", maxWordRunes+1) + " ok", []string{"ok"}},
		{"  ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, searchWords(tc.in), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("searchWords(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestSearchSameOnBothEngines stores the same articles in SQLite and
// PostgreSQL and checks that every word of them, and pairs of words, find
// the same articles on both. It uses the shared real articles when present.
func TestSearchSameOnBothEngines(t *testing.T) {
	base := postgresURL(t)
	lite, _ := openSQLiteTest(t)
	pg, _ := openPostgresTest(base)(t)
	var texts []string
	for _, st := range []*Store{lite, pg} {
		seedSearch(t, st)
	}
	for _, a := range []struct{ title, text string }{
		{"Tô Lâm, Hun Sen hold talks", "E-mail: info@example.org; U.S.-made; 3.5% growth; ĐẢNG; Ɖ; naïve café; Lào Cai–Hà Khẩu."},
		{"Samdech Techo Hun Sen", "H.E. Hun Sen's remarks (2025-04-29) on the Mekong; x2; 1st; Phạm Minh Chính."},
	} {
		texts = append(texts, a.title, a.text)
	}
	shared := filepath.Join("..", "..", "shared", "articles")
	if entries, err := os.ReadDir(shared); err == nil {
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".txt") {
				b, err := os.ReadFile(filepath.Join(shared, e.Name()))
				if err != nil {
					t.Fatal(err)
				}
				texts = append(texts, e.Name(), string(b))
			}
		}
	} else {
		t.Logf("%s not readable (%v): comparing engines on the built-in articles only", shared, err)
	}
	for i := 0; i+1 < len(texts); i += 2 {
		for _, st := range []*Store{lite, pg} {
			save(t, st, article("X", fmt.Sprint("x", i), "", texts[i], texts[i+1], fmt.Sprintf("2026-01-%02dT00:00:00Z", 1+i/2)))
		}
	}
	seen := map[string]bool{}
	var queries []string
	for _, txt := range texts {
		fields := strings.Fields(txt)
		for j, f := range fields {
			if !seen[f] {
				seen[f] = true
				queries = append(queries, f)
			}
			if j+1 < len(fields) && j%7 == 0 {
				queries = append(queries, f+" "+fields[j+1])
			}
		}
	}
	for _, q := range queries {
		a, err := lite.SearchArticles(ctx, q, 0)
		if err != nil {
			t.Fatalf("sqlite SearchArticles(%q): %v", q, err)
		}
		b, err := pg.SearchArticles(ctx, q, 0)
		if err != nil {
			t.Fatalf("postgres SearchArticles(%q): %v", q, err)
		}
		if diff := cmp.Diff(articleIDs(a), articleIDs(b)); diff != "" {
			t.Errorf("SearchArticles(%q) sqlite vs postgres ids (-sqlite +postgres):\n%s", q, diff)
		}
	}
	t.Logf("compared %d queries over %d articles", len(queries), 4+len(texts)/2)
}

// FuzzSearchWords checks that any text cuts into non-empty words made only of
// letters, numbers and marks, which both engines then see as single words.
func FuzzSearchWords(f *testing.F) {
	for _, s := range []string{"Đà Nẵng", "Hun Sen's visit, 2026-02-06.", `"near" OR x*`, "İstanbul ǅ ß", "a\u0301b \u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range searchWords(s) {
			if w == "" || utf8.RuneCountInString(w) > maxWordRunes {
				t.Fatalf("searchWords(%q) gave word %q", s, w)
			}
			for _, r := range w {
				if !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.IsMark(r) {
					t.Fatalf("searchWords(%q) gave word %q with separator %U", s, w, r)
				}
			}
		}
		if txt := searchText(s); len(txt) > maxIndexedText {
			t.Fatalf("searchText is %d bytes, over %d", len(txt), maxIndexedText)
		}
	})
}

// beginPostgresSave opens a PostgreSQL store in a fresh schema and begins
// a save's transaction, rolled back at the end of the test.
func beginPostgresSave(t *testing.T) (*Store, *sql.Tx) {
	t.Helper()
	s := mustOpen(t, freshSchema(t, postgresURL(t)))
	tx, err := s.beginSave(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rollback(tx) })
	return s, tx
}

// Collect's saves commit without waiting for the WAL flush; everything else
// (the feed state, digests) keeps the server's durable default.
func TestPostgresSavesCommitAsynchronously(t *testing.T) {
	s, tx := beginPostgresSave(t)
	for _, tc := range []struct {
		name string
		q    interface {
			QueryRowContext(context.Context, string, ...any) *sql.Row
		}
		want string
	}{{"saves", tx, "off"}, {"everything else", s.db, "on"}} {
		var got string
		if err := tc.q.QueryRowContext(ctx, `SHOW synchronous_commit`).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("%s: synchronous_commit = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A save in flight on PostgreSQL may hold a smaller article id than one
// already committed: SettledArticleID waits for it, so that a digest never
// covers an id past an article it could not yet read.
func TestSettledArticleIDWaitsForSavesPostgres(t *testing.T) {
	s, tx := beginPostgresSave(t)
	slow := article("VNA", "slow", "", "In flight", "", "2026-02-08T11:00:00+07:00")
	var undo []func()
	if added, err := s.saveInTx(ctx, tx, slow, nil, nil, nil, &undo, nil); err != nil || !added {
		t.Fatalf("saveInTx = %v, %v", added, err)
	}
	save(t, s, article("VNA", "fast", "", "Committed", "", "2026-02-08T11:05:00+07:00"))

	settled := make(chan int64, 1)
	go func() {
		id, err := s.SettledArticleID(ctx)
		if err != nil {
			t.Error(err)
		}
		settled <- id
	}()
	// Wait, bounded, until the call queues on the lock the save holds.
	deadline := time.After(30 * time.Second)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for waiting := 0; waiting == 0; {
		if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`).Scan(&waiting); err != nil {
			t.Fatal(err)
		}
		select {
		case id := <-settled:
			t.Fatalf("SettledArticleID = %d while article %d was being saved", id, slow.ID)
		case <-deadline:
			t.Fatal("SettledArticleID neither returned nor waited")
		case <-tick.C:
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if id := <-settled; id < slow.ID {
		t.Errorf("SettledArticleID = %d, want at least the article saved in flight, %d", id, slow.ID)
	}
}

// TestSQLiteSearchMerges: the search index merges its segments in small
// steps after each write (automerge 16) and has room to finish before a
// level must be merged whole inside a save (crisismerge 64).
func TestSQLiteSearchMerges(t *testing.T) {
	s, _ := openSQLiteTest(t)
	if got := searchMergeSettings(t, s); got["automerge"] != 16 || got["crisismerge"] != 64 {
		t.Errorf("search index config = %v, want automerge 16, crisismerge 64", got)
	}
}

// searchMergeSettings reads SQLite's search index merge settings.
func searchMergeSettings(t *testing.T, s *Store) map[string]int {
	t.Helper()
	got := map[string]int{}
	rows, err := s.db.QueryContext(ctx, `SELECT k, v FROM articles_fts_config WHERE k IN ('automerge', 'crisismerge')`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			k string
			v int
		)
		if err := rows.Scan(&k, &v); err != nil {
			t.Fatal(err)
		}
		got[k] = v
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return got
}

// TestPostgresArticlesInline checks that an article's text and words stay in
// the row, uncompressed (migration 00007): compressing and moving them to
// the TOAST table was a tenth of the server's work in a collect.
func TestPostgresArticlesInline(t *testing.T) {
	s, _ := openPostgresTest(postgresURL(t))(t)
	text := strings.Repeat("Prime Minister Hun Manet held talks with President Luong Cuong in Phnom Penh on Friday. ", 40)
	a := &relbot.Article{Source: "wire", GUID: "inline-1", URL: "https://example.test/inline-1", Title: "Talks", Text: text, Published: at("2026-02-06T09:00:00+07:00")}
	if _, err := s.SaveArticle(ctx, a, nil, nil); err != nil {
		t.Fatal(err)
	}
	var (
		compression sql.NullString
		stored      int
	)
	if err := s.db.QueryRowContext(ctx, `SELECT pg_column_compression(text), pg_column_size(text) FROM articles WHERE guid = 'inline-1'`).Scan(&compression, &stored); err != nil {
		t.Fatal(err)
	}
	if compression.Valid || stored < len(text) {
		t.Errorf("article text stored %d bytes of %d, compression %q: want it inline and uncompressed", stored, len(text), compression.String)
	}
}
