package store

import (
	"database/sql"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/relbot/relbot"
)

// awaitGeneration waits until s knows the meetings generation that writer's
// commits reached: on PostgreSQL a change made through another handle
// reaches s's cache with its notice; on SQLite at once.
func awaitGeneration(t *testing.T, s, writer *Store) {
	t.Helper()
	var target int64
	if err := writer.db.QueryRowContext(ctx, `SELECT n FROM meetings_generation WHERE id = 1`).Scan(&target); err != nil {
		t.Fatal(err)
	}
	deadline := time.After(10 * time.Second)
	for {
		n, err := s.MeetingsGeneration(ctx)
		if err != nil {
			t.Fatal(err)
		}
		w := s.gen.Load()
		if n >= target || w == nil {
			return
		}
		select {
		case <-w.noticed:
		case <-deadline:
			t.Fatalf("no notice of generation %d in 10 s (the handle knows %d)", target, n)
		}
	}
}

// awaitLive starts s's watch, as its first answer does, and waits until it
// listens.
func awaitLive(t *testing.T, s *Store) *generationWatch {
	t.Helper()
	w := s.watch()
	deadline := time.After(10 * time.Second)
	for !w.live.Load() {
		select {
		case <-w.noticed:
		case <-deadline:
			t.Fatal("the meetings watch did not start listening in 10 s")
		}
	}
	return w
}

// On PostgreSQL a cached answer costs no read of the counter while no change
// is notified; a change another replica commits reaches the answers with its
// notice; and a watch whose connection the server killed listens again.
func TestGenerationWatchPostgres(t *testing.T) {
	s, dsn := openPostgresTest(postgresURL(t))(t)
	other := mustOpen(t, dsn)
	w := awaitLive(t, s)
	seedMeetings(t, s)

	f := relbot.MeetingFilter{Slugs: []string{"to-lam", "hun-sen"}, Limit: 10}
	reads := w.reads.Load()
	const asks = 100
	for range asks {
		if _, _, err := s.FindMeetings(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	// Each read follows a notice or a save of s's own; the seven saves'
	// notices may still be arriving, nothing else.
	if n := w.reads.Load() - reads; n > 8 {
		t.Errorf("%d answers read the counter %d times, want at most 8 (one per change)", asks, n)
	}

	ask := func(stage string, want ...string) {
		t.Helper()
		got, _, err := s.FindMeetings(ctx, f)
		if err != nil {
			t.Fatalf("%s: %v", stage, err)
		}
		if diff := cmp.Diff(want, summaries(got)); diff != "" {
			t.Errorf("%s: meetings (-want +got):\n%s", stage, diff)
		}
	}
	a := article("AKP", "new", "https://example.org/new", "Report H", "", "2026-07-01T00:00:00Z")
	save(t, other, a, meetingOf(a, "2026-06-30", "Hanoi", relbot.KindInPerson, relbot.StatusPast, "H", "hun-sen", "to-lam"))
	awaitGeneration(t, s, other)
	ask("after another replica saved a meeting", "H", "A", "B")

	// A save of s's own shows at once, before its notice comes back.
	b := article("AKP", "own", "https://example.org/own", "Report I", "", "2026-07-02T00:00:00Z")
	save(t, s, b, meetingOf(b, "2026-07-01", "Hanoi", relbot.KindInPerson, relbot.StatusPast, "I", "hun-sen", "to-lam"))
	ask("after a save of its own", "I", "H", "A", "B")

	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	pid := w.pid.Load()
	if _, err := admin.ExecContext(ctx, `SELECT pg_terminate_backend($1)`, int(pid)); err != nil {
		t.Fatal(err)
	}
	deadline := time.After(15 * time.Second)
	for w.pid.Load() == pid || !w.live.Load() {
		select {
		case <-w.noticed:
		case <-deadline:
			t.Fatal("the meetings watch did not listen again within 15 s of its connection being killed")
		}
	}
	c := article("AKP", "later", "https://example.org/later", "Report J", "", "2026-07-03T00:00:00Z")
	save(t, other, c, meetingOf(c, "2026-07-02", "Hanoi", relbot.KindInPerson, relbot.StatusPast, "J", "hun-sen", "to-lam"))
	awaitGeneration(t, s, other)
	ask("after another replica saved a meeting, once listening again", "J", "I", "H", "A", "B")
	if other.gen.Load() != nil {
		t.Error("a store that only wrote opened a listening connection")
	}
}
