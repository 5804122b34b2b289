package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// benchMeetings is how many synthetic meetings the benchmarks load.
const benchMeetings = 100_000

// loadMeetings bulk-loads n synthetic meetings in batched transactions, the
// way load data is meant to arrive (not one article at a time). One meeting in
// twenty has hun-sen; the others are between two or three of 300 actors, over
// twenty years.
func loadMeetings(b *testing.B, s *Store, n int) {
	b.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	places := []string{"Phnom Penh", "Hanoi", "Ho Chi Minh City", "Vientiane", "Beijing", "Bangkok", ""}
	const batch = 5000
	for start := 0; start < n; start += batch {
		tx, err := s.db.BeginTx(context.Background(), nil)
		if err != nil {
			b.Fatal(err)
		}
		for i := start; i < min(start+batch, n); i++ {
			day := time.Date(2006, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(20*365))
			d := relbot.DateOf(day)
			place := places[r.IntN(len(places))]
			var id int64
			status := []string{"past", "past", "past", "planned"}[r.IntN(4)]
			err := s.queryRow(context.Background(), tx, `INSERT INTO meetings (date_start, date_end, date_text, place,
				place_fold, kind, status, summary) VALUES (?, ?, ?, ?, ?, 'in-person', ?, 'synthetic') RETURNING id`,
				d.Start().Format(dayLayout), d.End().Format(dayLayout), d.String(), place, placeKey(place), status).Scan(&id)
			if err != nil {
				b.Fatal(err)
			}
			slugs := []string{fmt.Sprint("actor-", r.IntN(300)), fmt.Sprint("actor-", 300+r.IntN(300))}
			if r.IntN(20) == 0 {
				slugs[0] = "hun-sen"
			}
			if r.IntN(3) == 0 {
				slugs = append(slugs, fmt.Sprint("actor-", 600+r.IntN(300)))
			}
			for pos, slug := range slugs {
				if _, err := s.exec(context.Background(), tx, `INSERT INTO meeting_participants (meeting_id, position, slug, name,
					status, date_start) VALUES (?, ?, ?, ?, ?, ?)`, id, pos, slug, slug, status, d.Start().Format(dayLayout)); err != nil {
					b.Fatal(err)
				}
			}
			if _, err := s.exec(context.Background(), tx, `INSERT INTO meeting_sources (meeting_id, position, url, outlet, title,
				published, published_utc) VALUES (?, 0, ?, 'Synthetic', 'Synthetic report', ?, ?)`,
				id, fmt.Sprint("https://example.org/m/", id), formatTime(day), formatUTC(day)); err != nil {
				b.Fatal(err)
			}
		}
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
	}
	// VACUUM sets PostgreSQL's visibility map, as autovacuum would, so that
	// index-only scans skip the heap.
	analyze := `ANALYZE`
	if s.Dialect() == dialectPostgres {
		analyze = `VACUUM ANALYZE`
	}
	if _, err := s.db.Exec(analyze); err != nil {
		b.Fatal(err)
	}
}

func benchFind(b *testing.B, s *Store) {
	loadMeetings(b, s, benchMeetings)
	filters := map[string]relbot.MeetingFilter{
		"one_slug_first_page":  {Slugs: []string{"hun-sen"}, Limit: 10},
		"one_slug_deep_page":   {Slugs: []string{"hun-sen"}, Limit: 10, Offset: 2000},
		"two_slugs":            {Slugs: []string{"hun-sen", "actor-301"}, Limit: 10},
		"rare_slug":            {Slugs: []string{"actor-612"}, Limit: 10},
		"slug_and_since_place": {Slugs: []string{"hun-sen"}, Since: relbot.Date{Year: 2024}, Place: "phnom penh", Limit: 10},
	}
	for name, f := range filters {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, _, err := s.FindMeetings(context.Background(), f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkFindMeetingsSQLite measures /relations lookups at 100,000 meetings.
func BenchmarkFindMeetingsSQLite(b *testing.B) {
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	benchFind(b, s)
}

// BenchmarkFindMeetingsPostgres is the same on PostgreSQL, when configured.
func BenchmarkFindMeetingsPostgres(b *testing.B) {
	base := os.Getenv("RELBOT_TEST_POSTGRES_URL")
	if base == "" {
		b.Skip("RELBOT_TEST_POSTGRES_URL is not set: skipping the PostgreSQL benchmark")
	}
	dsn := freshSchema(b, base)
	s, err := Open(context.Background(), dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	benchFind(b, s)
}

// BenchmarkSaveArticleSQLite measures ingest: one article of about 800 words with
// one meeting per transaction, as a collect run stores them.
func BenchmarkSaveArticleSQLite(b *testing.B) {
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	benchSave(b, s)
}

// BenchmarkSaveArticlePostgres is the same on PostgreSQL, when configured.
func BenchmarkSaveArticlePostgres(b *testing.B) {
	base := os.Getenv("RELBOT_TEST_POSTGRES_URL")
	if base == "" {
		b.Skip("RELBOT_TEST_POSTGRES_URL is not set: skipping the PostgreSQL benchmark")
	}
	s, err := Open(context.Background(), freshSchema(b, base))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	benchSave(b, s)
}

func benchSave(b *testing.B, s *Store) {
	var text []byte
	for i := range 800 {
		text = fmt.Appendf(text, "word%d Đà Nẵng ", i%97)
	}
	i := 0
	for b.Loop() {
		i++
		a := &relbot.Article{Source: "Bench", GUID: fmt.Sprint("g", i), URL: fmt.Sprint("https://example.org/", i),
			Title: "Leaders meet", Text: string(text), Published: time.Date(2026, 2, 8, 11, 0, 0, 0, time.FixedZone("", 7*3600))}
		m := &relbot.Meeting{Date: relbot.Date{Year: 2026, Month: 2, Day: 6}, Kind: relbot.KindInPerson, Status: relbot.StatusPast,
			Participants: []relbot.Participant{{Slug: "to-lam"}, {Slug: "hun-sen"}},
			Sources:      []relbot.SourceRef{{URL: a.URL, Outlet: a.Source, Title: a.Title, Published: a.Published}}}
		if _, err := s.SaveArticle(context.Background(), a, []*relbot.Meeting{m}, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
