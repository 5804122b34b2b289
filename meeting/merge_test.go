package meeting

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/relbot/relbot"
)

func mt(date string, kind relbot.Kind, slugs ...string) relbot.Meeting {
	d, _ := relbot.ParseDate(date)
	m := relbot.Meeting{Date: d, Kind: kind, Status: relbot.StatusPast}
	for _, s := range slugs {
		m.Participants = append(m.Participants, relbot.Participant{Slug: s, Name: s})
	}
	return m
}

func TestSame(t *testing.T) {
	ip := relbot.KindInPerson
	tests := []struct {
		name string
		a, b relbot.Meeting
		want bool
	}{
		{"same day", mt("2026-02-06", ip, "to-lam", "hun-sen"), mt("2026-02-06", ip, "hun-sen", "to-lam"), true},
		{"dateline a day off", mt("2026-02-06", ip, "to-lam", "hun-sen"), mt("2026-02-07", ip, "to-lam", "hun-sen"), true},
		{"two days off", mt("2026-02-06", ip, "to-lam", "hun-sen"), mt("2026-02-08", ip, "to-lam", "hun-sen"), false},
		{"month contains day", mt("2026-02", ip, "to-lam", "hun-sen"), mt("2026-02-06", ip, "to-lam", "hun-sen"), true},
		{"other month", mt("2026-03", ip, "to-lam", "hun-sen"), mt("2026-02-06", ip, "to-lam", "hun-sen"), false},
		{"one participant shared", mt("2026-02-06", ip, "to-lam", "hun-sen"), mt("2026-02-06", ip, "to-lam", "hun-manet"), false},
		{"pair inside group", mt("2025-02-25", ip, "to-lam", "hun-sen"), mt("2025-02-25", ip, "to-lam", "hun-sen", "thongloun-sisoulith"), true},
		{"two formats sharing two of four", mt("2024-07-29", ip, "antony-blinken", "penny-wong", "s-jaishankar", "yoko-kamikawa"),
			mt("2024-07-28", ip, "antony-blinken", "lloyd-austin", "yoko-kamikawa", "minoru-kihara"), false},
		{"one delegation member named differently", mt("2026-02-06", ip, "pham-minh-chinh", "hun-manet", "bui-thanh-son"),
			mt("2026-02-06", ip, "pham-minh-chinh", "hun-manet", "prak-sokhonn"), true},
		{"dateline a day off, one more named", mt("2026-02-06", ip, "to-lam", "hun-sen"), mt("2026-02-07", ip, "to-lam", "hun-sen", "bui-thanh-son"), true},
		{"bilateral the day before a plenary of both", mt("2025-07-08", ip, "anwar-ibrahim", "sugiono"),
			mt("2025-07-09", ip, "anwar-ibrahim", "sugiono", "bui-thanh-son", "prak-sokhonn", "vivian-balakrishnan", "theresa-lazaro"), false},
		{"phone and visit", mt("2026-02-06", relbot.KindPhone, "to-lam", "hun-sen"), mt("2026-02-06", ip, "to-lam", "hun-sen"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Same(tt.a, tt.b); got != tt.want {
				t.Errorf("Same = %v, want %v", got, tt.want)
			}
			if got := Same(tt.b, tt.a); got != tt.want {
				t.Errorf("Same reversed = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMerge(t *testing.T) {
	pub := time.Date(2026, 2, 8, 11, 0, 0, 0, ict)
	a := mt("2026-02", relbot.KindInPerson, "to-lam", "hun-sen")
	a.Sources = []relbot.SourceRef{{URL: "https://a.example/1", Outlet: "A", Published: pub, ArticleID: 1}}
	b := mt("2026-02-06", relbot.KindInPerson, "hun-sen", "to-lam", "hun-manet")
	b.Place, b.Venue, b.Summary, b.Occasion = "Phnom Penh", "Royal Palace", "They agreed.", "state visit to Cambodia"
	b.Sources = []relbot.SourceRef{{URL: "https://b.example/2", Outlet: "B", Published: pub, ArticleID: 2}, {URL: "https://a.example/1", Outlet: "A", ArticleID: 1}}
	Merge(&a, b)
	want := mt("2026-02-06", relbot.KindInPerson, "to-lam", "hun-sen", "hun-manet")
	want.Place, want.Venue, want.Summary, want.Occasion = "Phnom Penh", "Royal Palace", "They agreed.", "state visit to Cambodia"
	want.Sources = []relbot.SourceRef{{URL: "https://a.example/1", Outlet: "A", Published: pub, ArticleID: 1}, {URL: "https://b.example/2", Outlet: "B", Published: pub, ArticleID: 2}}
	if diff := cmp.Diff(want, a); diff != "" {
		t.Errorf("Merge (-want +got):\n%s", diff)
	}
	again := a
	again.Participants = append([]relbot.Participant(nil), a.Participants...)
	again.Sources = append([]relbot.SourceRef(nil), a.Sources...)
	Merge(&again, b)
	if diff := cmp.Diff(a, again); diff != "" {
		t.Errorf("merging the same report twice changed the meeting (-once +twice):\n%s", diff)
	}
	noURL := mt("2026-02-06", relbot.KindInPerson, "to-lam", "hun-sen")
	noURL.Sources = []relbot.SourceRef{{ArticleID: 7}}
	Merge(&noURL, relbot.Meeting{Sources: []relbot.SourceRef{{ArticleID: 7}, {ArticleID: 8}}})
	if len(noURL.Sources) != 2 {
		t.Errorf("sources without URL merged by article id = %+v, want ids 7 and 8", noURL.Sources)
	}
}

// TestMergeKeepsEarlierDay: two reports a day apart merge to the earlier
// day whichever was stored first, so that collect's order does not show.
func TestMergeKeepsEarlierDay(t *testing.T) {
	ip := relbot.KindInPerson
	for _, order := range [][2]string{{"2026-02-06", "2026-02-07"}, {"2026-02-07", "2026-02-06"}} {
		dst := mt(order[0], ip, "to-lam", "hun-sen")
		Merge(&dst, mt(order[1], ip, "hun-sen", "to-lam"))
		if got := dst.Date.String(); got != "2026-02-06" {
			t.Errorf("merging %s into %s: date %s, want 2026-02-06", order[1], order[0], got)
		}
	}
}

// TestMergeFirstPublishedLeads: collect saves reports concurrently, so the
// stored meeting must not depend on which was saved first: the report
// published first gives the summary, place and participant order.
func TestMergeFirstPublishedLeads(t *testing.T) {
	ip := relbot.KindInPerson
	early := mt("2026-02-06", ip, "hun-manet", "to-lam")
	early.Place, early.Summary = "Hanoi", "They agreed to double trade."
	early.Sources = []relbot.SourceRef{{URL: "https://b.example/1", Published: time.Date(2026, 2, 6, 18, 0, 0, 0, ict), ArticleID: 9}}
	late := mt("2026-02-06", ip, "to-lam", "hun-manet", "bui-thanh-son")
	late.Place, late.Venue, late.Summary = "Ho Chi Minh City", "Presidential Palace", "The leaders reviewed ties."
	late.Sources = []relbot.SourceRef{{URL: "https://a.example/1", Published: time.Date(2026, 2, 7, 8, 0, 0, 0, ict), ArticleID: 3}}
	late.ID = 41

	want := mt("2026-02-06", ip, "hun-manet", "to-lam", "bui-thanh-son")
	want.Place, want.Venue, want.Summary = "Hanoi", "Presidential Palace", "They agreed to double trade."
	want.Sources = []relbot.SourceRef{early.Sources[0], late.Sources[0]}

	stored := late
	stored.Participants = slices.Clone(late.Participants)
	Merge(&stored, early)
	want.ID = 41
	if diff := cmp.Diff(want, stored); diff != "" {
		t.Errorf("earlier report merged into the stored later one (-want +got):\n%s", diff)
	}
	stored = early
	stored.Participants = slices.Clone(early.Participants)
	Merge(&stored, late)
	want.ID = 0
	if diff := cmp.Diff(want, stored); diff != "" {
		t.Errorf("later report merged into the stored earlier one (-want +got):\n%s", diff)
	}
}
