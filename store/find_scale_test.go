package store

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/relbot/relbot"
)

func TestFindMeetingsCappedSQLite(t *testing.T) { testFindMeetingsCapped(t, openSQLiteTest) }

func TestFindMeetingsCappedPostgres(t *testing.T) {
	testFindMeetingsCapped(t, openPostgresTest(postgresURL(t)))
}

// scaleMeeting is a fixture meeting with what FindMeetings filters on.
type scaleMeeting struct {
	id    int64
	day   time.Time
	slugs []string
	place string
	kind  relbot.Kind
}

// testFindMeetingsCapped checks FindMeetings past TotalCap against a brute
// force over the fixture: the capped count, pages deep in a capped list, two
// actors in either order (one rare), and place and kind read from the
// participants' copies.
func testFindMeetingsCapped(t *testing.T, open opener) {
	s, _ := open(t)
	const n = TotalCap + 200
	places := []string{"Phnom Penh", "Hà Nội", ""}
	first := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	var fixture []scaleMeeting
	var ms []relbot.Meeting
	for i := 1; i <= n; i++ {
		sm := scaleMeeting{id: int64(i), day: first.AddDate(0, 0, (i*7)%n), slugs: []string{"big"},
			place: places[i%3], kind: relbot.KindInPerson}
		if i%3 == 0 {
			sm.slugs = append(sm.slugs, "pair")
		}
		if i%100 == 0 {
			sm.slugs = append(sm.slugs, "rare")
		}
		if i%4 == 0 {
			sm.kind = relbot.KindPhone
		}
		fixture = append(fixture, sm)
		m := relbot.Meeting{ID: sm.id, Date: relbot.Date{Year: sm.day.Year(), Month: sm.day.Month(), Day: sm.day.Day()},
			Place: sm.place, Kind: sm.kind, Summary: fmt.Sprint("m", i)}
		for _, slug := range sm.slugs {
			m.Participants = append(m.Participants, relbot.Participant{Slug: slug, Name: slug})
		}
		ms = append(ms, m)
	}
	if _, err := s.BulkLoad(ctx, nil, slices.Values(ms)); err != nil {
		t.Fatal(err)
	}
	// Newest first, as FindMeetings answers.
	slices.SortFunc(fixture, func(a, b scaleMeeting) int {
		if c := b.day.Compare(a.day); c != 0 {
			return c
		}
		return int(b.id - a.id)
	})
	// want pages the matching fixture meetings and caps the count as
	// FindMeetings documents.
	want := func(f relbot.MeetingFilter) ([]string, int) {
		var all []string
		for _, sm := range fixture {
			ok := (f.Place == "" || relbot.Fold(f.Place) == relbot.Fold(sm.place)) && (f.Kind == "" || f.Kind == sm.kind)
			for _, slug := range f.Slugs {
				ok = ok && slices.Contains(sm.slugs, slug)
			}
			if ok {
				all = append(all, fmt.Sprint("m", sm.id))
			}
		}
		total := len(all)
		if len(f.Slugs) > 0 && f.Limit > 0 {
			total = min(total, max(TotalCap, f.Offset+f.Limit)+1)
		}
		page := all[min(f.Offset, len(all)):]
		if f.Limit > 0 {
			page = page[:min(f.Limit, len(page))]
		}
		if len(page) == 0 {
			page = nil
		}
		return page, total
	}
	tests := []struct {
		name string
		f    relbot.MeetingFilter
	}{
		{"one actor capped", relbot.MeetingFilter{Slugs: []string{"big"}, Limit: 10}},
		{"one actor no limit exact", relbot.MeetingFilter{Slugs: []string{"big"}}},
		{"deep page past the cap", relbot.MeetingFilter{Slugs: []string{"big"}, Limit: 10, Offset: TotalCap + 100}},
		{"offset beyond all", relbot.MeetingFilter{Slugs: []string{"big"}, Limit: 10, Offset: n + 5}},
		{"no slug exact", relbot.MeetingFilter{Limit: 10}},
		{"two actors", relbot.MeetingFilter{Slugs: []string{"big", "pair"}, Limit: 10}},
		{"frequent then rare", relbot.MeetingFilter{Slugs: []string{"big", "rare"}, Limit: 5}},
		{"rare then frequent", relbot.MeetingFilter{Slugs: []string{"rare", "pair"}, Limit: 5}},
		{"three actors", relbot.MeetingFilter{Slugs: []string{"pair", "big", "rare"}, Limit: 20}},
		{"actor and city", relbot.MeetingFilter{Slugs: []string{"big"}, Place: "ha noi", Limit: 10}},
		{"actor city and kind", relbot.MeetingFilter{Slugs: []string{"big"}, Place: "Phnom Penh", Kind: relbot.KindPhone, Limit: 10}},
		{"two actors and kind", relbot.MeetingFilter{Slugs: []string{"pair", "big"}, Kind: relbot.KindPhone, Limit: 10, Offset: 3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantPage, wantTotal := want(tc.f)
			got, total, err := s.FindMeetings(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if total != wantTotal {
				t.Errorf("FindMeetings(%+v) total = %d, want %d", tc.f, total, wantTotal)
			}
			if diff := cmp.Diff(wantPage, summaries(got)); diff != "" {
				t.Errorf("FindMeetings(%+v) (-want +got):\n%s", tc.f, diff)
			}
		})
	}
}
