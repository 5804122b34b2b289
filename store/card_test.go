package store

import (
	"bytes"
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/relbot/relbot"
)

// checkCards checks every meeting's card against what it stands for: the
// aggregates of its participant and source rows that answered before the
// card existed (compared as jsonb, which ignores spacing and key order). A
// NULL card fails too: FindMeetings would still answer from the rows, and a
// writer that forgot the card would go unnoticed. It returns how many
// meetings there are, so that a caller can tell an empty check.
func checkCards(t *testing.T, s *Store, step string) int {
	t.Helper()
	rows, err := s.db.QueryContext(ctx, `SELECT m.id, COALESCE(m.card, 'NULL'), `+cardFallbackSQL+` FROM meetings m
		WHERE m.card IS NULL OR m.card::jsonb <> (`+cardFallbackSQL+`)::jsonb ORDER BY m.id`)
	if err != nil {
		t.Fatalf("%s: check cards: %v", step, err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id              int64
			card, aggregate string
		)
		if err := rows.Scan(&id, &card, &aggregate); err != nil {
			t.Fatalf("%s: check cards: %v", step, err)
		}
		t.Errorf("%s: meeting %d has card\n\t%s\nwant its rows'\n\t%s", step, id, card, aggregate)
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("%s: check cards: %v", step, err)
	}
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM meetings`).Scan(&n); err != nil {
		t.Fatalf("%s: count meetings: %v", step, err)
	}
	return n
}

// TestPostgresMeetingCard follows a meeting's card through every way
// participants and sources are written on PostgreSQL: the pipelined save
// of a new meeting and of a stored one merged into (rows kept, added, and
// all rewritten), the one-statement-at-a-time save (an article with two
// reports of one stored meeting), BulkLoad and Import.
func TestPostgresMeetingCard(t *testing.T) {
	open := openPostgresTest(postgresURL(t))
	s, _ := open(t)

	// Sources out of publication order, and one without a time, which
	// sorts first; "&" and "<" are escaped by Go's encoder, not by
	// PostgreSQL's.
	a1 := article("VNA", "c1", "https://example.org/c1", "Talks <live> & more", "", "2026-02-07T11:00:00+07:00")
	m := meetingOf(a1, "2026-02-06", "Phnom Penh", relbot.KindInPerson, relbot.StatusPast, "First.", "to-lam", "hun-sen")
	m.Sources = append(m.Sources, relbot.SourceRef{URL: "https://elsewhere.example/x", Outlet: "Elsewhere", Title: "Earlier",
		Published: at("2026-02-06T20:00:00Z")}, relbot.SourceRef{Outlet: "Radio", Title: "Undated"})
	other := meetingOf(a1, "2026-01", "", relbot.KindPhone, relbot.StatusPast, "Other.", "hun-manet", "to-lam", "hun-manet")
	save(t, s, a1, m, other)
	checkCards(t, s, "saved")

	steps := []struct {
		name   string
		change func(u *relbot.Meeting)
	}{
		{"a source added", func(u *relbot.Meeting) {}},
		{"a participant added, the place moved", func(u *relbot.Meeting) {
			u.Participants = append(u.Participants, relbot.Participant{Slug: "hun-manet", Name: "Hun Manet"})
			u.Place = "Siem Reap"
		}},
		{"a participant renamed, a source retitled", func(u *relbot.Meeting) {
			u.Participants[0].Name = "Tô Lâm"
			u.Sources[1].Title = "Earlier, corrected"
		}},
		{"a participant dropped, a source dropped", func(u *relbot.Meeting) {
			u.Participants = slices.Delete(u.Participants, 1, 2)
			u.Sources = slices.Delete(u.Sources, 2, 3)
		}},
	}
	for i, step := range steps {
		a := article("AKP", fmt.Sprint("merge", i), fmt.Sprintf("https://example.org/merge%d", i), fmt.Sprint("Report ", i),
			"", fmt.Sprintf("2026-02-0%dT09:00:00+07:00", 6+i%3))
		u := *m
		u.Participants = slices.Clone(m.Participants)
		u.Sources = append(slices.Clone(m.Sources), relbot.SourceRef{URL: a.URL, Outlet: a.Source, Title: a.Title, Published: a.Published})
		step.change(&u)
		save(t, s, a, &u)
		if u.ID != m.ID {
			t.Fatalf("%s: saved as meeting %d, want %d", step.name, u.ID, m.ID)
		}
		*m = u
		checkCards(t, s, step.name)
	}

	// Two reports of one stored meeting in one article: saved one statement
	// at a time (saveMeeting), and a new meeting with them.
	a := article("VNA", "twice", "https://example.org/twice", "Twice", "", "2026-02-09T09:00:00+07:00")
	u := *m
	u.Sources = append(slices.Clone(m.Sources), relbot.SourceRef{URL: a.URL, Outlet: a.Source, Title: a.Title, Published: a.Published})
	third := meetingOf(a, "2026-02-09", "Hanoi", relbot.KindVirtual, relbot.StatusPlanned, "Third.", "luong-cuong", "hun-manet")
	save(t, s, a, &u, &u, third)
	if n := checkCards(t, s, "saved one statement at a time"); n != 3 {
		t.Fatalf("%d meetings stored, want 3", n)
	}

	// A card written by an older binary (none) is answered from the rows.
	want, wantTotal, err := s.FindMeetings(ctx, relbot.MeetingFilter{Slugs: []string{"to-lam"}, Limit: 10})
	if err != nil || wantTotal != 2 {
		t.Fatalf("FindMeetings(to-lam) = %d meetings (total %d), %v; want 2", len(want), wantTotal, err)
	}
	if _, err := s.db.ExecContext(ctx, `UPDATE meetings SET card = NULL`); err != nil {
		t.Fatal(err)
	}
	got, gotTotal, err := s.findMeetings(ctx, relbot.MeetingFilter{Slugs: []string{"to-lam"}, Limit: 10})
	if diff := cmp.Diff(want, got); diff != "" || err != nil || gotTotal != wantTotal {
		t.Errorf("FindMeetings(to-lam) without cards: total %d, %v; want total %d; meetings (-with +without):\n%s", gotTotal, err, wantTotal, diff)
	}

	t.Run("BulkLoad", func(t *testing.T) {
		const n = 23
		arts, ms := bulkFixture(n)
		// Sources of their own, out of order, for some.
		for i := range ms {
			if i%4 == 0 {
				ms[i].Sources = append([]relbot.SourceRef{{URL: fmt.Sprint("https://later.example/", i), Outlet: "Later",
					Published: arts[i].Published.AddDate(0, 0, 1)}}, ms[i].Sources...)
			}
		}
		bulk, _ := open(t)
		if _, err := bulk.BulkLoad(ctx, slices.Values(arts), slices.Values(ms)); err != nil {
			t.Fatalf("BulkLoad: %v", err)
		}
		if got := checkCards(t, bulk, "bulk load"); got != n {
			t.Errorf("%d meetings after BulkLoad, want %d", got, n)
		}
	})

	t.Run("Import", func(t *testing.T) {
		src, _ := open(t)
		fillForImport(t, src)
		checkCards(t, src, "before export")
		dst, _ := open(t)
		file := exportFile(t, src)
		if _, err := dst.Import(ctx, bytes.NewReader(file), false); err != nil {
			t.Fatalf("Import: %v", err)
		}
		if got, want := checkCards(t, dst, "imported"), countTypes(t, file).Meetings; got != want || got == 0 {
			t.Errorf("%d meetings after Import, want the file's %d", got, want)
		}
	})
}

// TestPostgresMeetingCardOlderWriter is a binary from before the card
// merging a report into a stored meeting: it updates the meeting's row
// without the card and adds a source row. The card must not go on showing
// the meeting without that source (migration 00009), and the next save by
// a current binary writes it again.
func TestPostgresMeetingCardOlderWriter(t *testing.T) {
	open := openPostgresTest(postgresURL(t))
	s, _ := open(t)
	a := article("VNA", "old1", "https://example.org/old1", "Talks", "", "2026-02-07T11:00:00+07:00")
	m := meetingOf(a, "2026-02-06", "Phnom Penh", relbot.KindInPerson, relbot.StatusPast, "First.", "to-lam", "hun-sen")
	save(t, s, a, m)
	if n := checkCards(t, s, "saved"); n != 1 {
		t.Fatalf("saved: %d meetings, want 1", n)
	}
	// What an older binary's merge writes: the row without the card, and one
	// more source.
	if _, err := s.db.ExecContext(ctx, `UPDATE meetings SET summary = 'Merged.' WHERE id = $1`, m.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO meeting_sources (meeting_id, position, url, outlet, title, published, published_utc)
		VALUES ($1, 1, 'https://example.org/old2', 'AKP', 'Older writer', '2026-02-07T12:00:00+07:00', '2026-02-07T05:00:00Z')`, m.ID); err != nil {
		t.Fatal(err)
	}
	var nulls int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM meetings WHERE card IS NULL`).Scan(&nulls); err != nil {
		t.Fatal(err)
	}
	if nulls != 1 {
		t.Errorf("after an update without the card: %d NULL cards, want 1", nulls)
	}
	got, _, err := s.FindMeetings(ctx, relbot.MeetingFilter{Slugs: []string{"hun-sen"}, Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || len(got[0].Sources) != 2 {
		t.Fatalf("FindMeetings after the older writer: %+v, want one meeting with 2 sources", got)
	}
	a3 := article("Xinhua", "new3", "https://example.org/new3", "Later", "", "2026-02-08T09:00:00+07:00")
	u := got[0]
	u.Sources = append(u.Sources, relbot.SourceRef{URL: a3.URL, Outlet: a3.Source, Title: a3.Title, Published: a3.Published})
	save(t, s, a3, &u)
	checkCards(t, s, "saved again")
}
