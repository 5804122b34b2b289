package store

import (
	"bytes"
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/relbot/relbot"
)

// testFindCache checks that a cached answer is never stale: a meeting saved
// or merged through another handle on the same database (another replica),
// or a forced import, shows in the next answer (on PostgreSQL once the
// change's notice reached the handle), and a caller changing the meetings it
// got does not change what the next caller gets.
func testFindCache(t *testing.T, open opener) {
	s, dsn := open(t)
	seedMeetings(t, s)
	other := mustOpen(t, dsn)
	f := relbot.MeetingFilter{Slugs: []string{"to-lam", "hun-sen"}, Limit: 10}
	ask := func(stage string, want ...string) []relbot.Meeting {
		t.Helper()
		got, total, err := s.FindMeetings(ctx, f)
		if err != nil {
			t.Fatalf("%s: %v", stage, err)
		}
		if diff := cmp.Diff(want, summaries(got)); diff != "" || total != len(want) {
			t.Errorf("%s: total %d, meetings (-want +got):\n%s", stage, total, diff)
		}
		return got
	}
	first := ask("first answer", "A", "B")
	first[0].Summary = "changed by the caller"
	first[0].Participants[0].Slug = "nobody"
	before := s.AnswerCacheStats()
	again := ask("same answer again", "A", "B")
	if after := s.AnswerCacheStats(); after.Hits != before.Hits+1 {
		t.Errorf("cache stats %+v after asking again, want one more hit than %+v", after, before)
	}
	if again[0].Participants[0].Slug == "nobody" {
		t.Error("a caller's change to its answer reached the next caller")
	}

	a := article("AKP", "new", "https://example.org/new", "Report H", "", "2026-07-01T00:00:00Z")
	save(t, other, a, meetingOf(a, "2026-06-30", "Hanoi", relbot.KindInPerson, relbot.StatusPast, "H", "hun-sen", "to-lam"))
	awaitGeneration(t, s, other)
	ask("after another replica saved a meeting", "H", "A", "B")

	b := article("VOV", "merge", "https://example.org/merge", "Report H again", "", "2026-07-02T00:00:00Z")
	h, _, err := other.FindMeetings(ctx, relbot.MeetingFilter{Slugs: []string{"hun-sen"}, Limit: 1})
	if err != nil || len(h) != 1 {
		t.Fatalf("FindMeetings on the other handle: %v, %v", h, err)
	}
	h[0].Summary = "H merged"
	h[0].Sources = append(h[0].Sources, relbot.SourceRef{URL: b.URL, Outlet: b.Source, Title: b.Title, Published: b.Published})
	save(t, other, b, &h[0])
	awaitGeneration(t, s, other)
	got := ask("after another replica merged a report", "H merged", "A", "B")
	if len(got[0].Sources) != 2 {
		t.Errorf("merged meeting has %d sources, want 2", len(got[0].Sources))
	}

	empty := mustOpen(t, dsnOfEmpty(t, open))
	if _, err := other.Import(ctx, bytes.NewReader(exportFile(t, empty)), true); err != nil {
		t.Fatalf("forced import of an empty export: %v", err)
	}
	awaitGeneration(t, s, other)
	ask("after a forced import wiped the meetings")
}

// An answer found under a generation the caller read (AtGeneration) is kept
// under that one, not the counter's: the same generation finds it again, the
// counter's misses it.
func testFindCacheAtGeneration(t *testing.T, open opener) {
	s, _ := open(t)
	seedMeetings(t, s)
	f := relbot.MeetingFilter{Slugs: []string{"hun-sen"}, Limit: 10}
	real, err := s.MeetingsGeneration(ctx)
	if err != nil {
		t.Fatal(err)
	}
	made := real + 1000 // no value the counter holds now
	find := func(c context.Context) {
		t.Helper()
		if got, _, err := s.FindMeetings(c, f); err != nil || len(got) == 0 {
			t.Fatalf("FindMeetings = %d meetings, %v", len(got), err)
		}
	}
	stats := s.AnswerCacheStats()
	find(AtGeneration(ctx, made))
	find(AtGeneration(ctx, made))
	find(ctx)
	find(ctx)
	got := s.AnswerCacheStats()
	if hits, misses := got.Hits-stats.Hits, got.Misses-stats.Misses; hits != 2 || misses != 2 {
		t.Errorf("two finds under %d, then two under the counter's %d: %d hits, %d misses; want 2 and 2",
			made, real, hits, misses)
	}
}

// dsnOfEmpty opens a new empty database of open's engine and returns its DSN.
func dsnOfEmpty(t *testing.T, open opener) string {
	t.Helper()
	_, dsn := open(t)
	return dsn
}

// A full statement cache runs further statements unprepared, with the same
// answers, and never closes a statement it handed out.
func TestStatementCacheFull(t *testing.T) {
	s, _ := openSQLiteTest(t)
	seedMeetings(t, s)
	s.DisableAnswerCache()
	s.stmts.limit = len(s.stmts.m) + 1
	for _, f := range []relbot.MeetingFilter{
		{Slugs: []string{"hun-sen"}, Limit: 2},
		{Slugs: []string{"to-lam", "hun-sen"}, Place: "Phnom Penh", Limit: 5},
		{Slugs: []string{"hun-sen"}, Limit: 2},
	} {
		got, total, err := s.FindMeetings(ctx, f)
		if err != nil || len(got) == 0 || total == 0 {
			t.Fatalf("FindMeetings(%+v) with a full statement cache = %d meetings, total %d, %v", f, len(got), total, err)
		}
	}
	if n := len(s.stmts.m); n != s.stmts.limit {
		t.Errorf("statement cache holds %d, want its limit %d", n, s.stmts.limit)
	}
}
