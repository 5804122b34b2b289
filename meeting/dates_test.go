package meeting

import (
	"testing"
	"time"

	"github.com/relbot/relbot"
)

func TestResolveDate(t *testing.T) {
	ict := time.FixedZone("ICT", 7*3600)
	sunday := time.Date(2026, 2, 8, 11, 0, 0, 0, ict) // a Sunday
	tests := []struct {
		text string
		pub  time.Time
		want string
	}{
		{"last Friday", sunday, "2026-02-06"},
		{"two days ago", sunday, "2026-02-06"},
		{"a week ago", sunday, "2026-02"},
		{"three weeks ago", sunday, "2026-01"},
		{"at the start of the month", sunday, "2026-02"},
		{"during the week", sunday, "2026-02"},
		{"earlier this week", time.Date(2027, 1, 1, 11, 0, 0, 0, ict), "2026-12"},
		{"during the week", time.Date(2027, 1, 1, 11, 0, 0, 0, ict), "2026-12"},
		{"during the week", time.Date(2026, 3, 1, 11, 0, 0, 0, ict), "2026-02"},
		{"3 days ago", sunday, "2026-02-05"},
		{"at the weekend", sunday, "2026-02"},
		{"last weekend", sunday, "2026-01"},
		{"in mid-January", sunday, "2026-01"},
		{"in spring", sunday, "2025"},
		{"in the autumn of 2022", sunday, "2022"},
		{"last summer", sunday, "2025"},
		{"this winter", sunday, "2026"},
		{"in mid-May", sunday, "2025-05"},
		{"on Friday", sunday, "2026-02-06"},
		{"on Sunday", sunday, "2026-02-08"},
		{"last Sunday", sunday, "2026-02-01"},
		{"yesterday afternoon", sunday, "2026-02-07"},
		{"this morning", sunday, "2026-02-08"},
		{"on April 29", sunday, "2025-04-29"},
		{"on 29/4", sunday, "2025-04-29"},
		{"29/4/2024", sunday, "2024-04-29"},
		{"6 February 2026", sunday, "2026-02-06"},
		{"Feb. 6", sunday, "2026-02-06"},
		{"February 6, 2026", sunday, "2026-02-06"},
		{"28th October, 2024", sunday, "2024-10-28"},
		{"on 4 March, 2024", sunday, "2024-03-04"},
		{"on May 13–17, 2024", sunday, "2024-05-13"},
		{"from 2 to 5 February", sunday, "2026-02-02"},
		{"on 2-5 February", sunday, "2026-02-02"},
		{"on 1 February", sunday, "2026-02-01"},
		{"in February 2025", sunday, "2025-02"},
		{"last November", sunday, "2025-11"},
		{"in February last year", sunday, "2025-02"},
		{"in January of last year", sunday, "2025-01"},
		{"in January this year", sunday, "2026-01"},
		{"earlier this month", sunday, "2026-02"},
		{"last month", sunday, "2026-01"},
		{"in 2022", sunday, "2022"},
		{"Sept. 15", time.Date(2023, 9, 15, 21, 0, 0, 0, time.FixedZone("CST", 8*3600)), "2023-09-15"},
		// Late evening UTC is already the next day in Hanoi: the outlet's zone decides.
		{"yesterday", time.Date(2026, 2, 8, 18, 0, 0, 0, time.UTC).In(ict), "2026-02-08"},
		{"on 31 February", sunday, "2026-02"}, // no such day: the month is all that is known
		{"met on the 6th to inspect the bridge", sunday, "2026-02-06"},
		{"on the 6th for talks", sunday, "2026-02-06"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, ok := ResolveDate(tt.text, tt.pub)
			if !ok || got.String() != tt.want {
				t.Errorf("ResolveDate(%q, %s) = %s, %v; want %s", tt.text, tt.pub.Format(time.RFC3339), got, ok, tt.want)
			}
			if ok && got.Start().After(relbot.DateOf(tt.pub).Start()) {
				t.Errorf("ResolveDate(%q) = %s, after publication", tt.text, got)
			}
		})
	}
	for _, text := range []string{"tomorrow", "next week", "no date here", "May I ask", "on the 12th round of talks", "in the fall of Kabul"} {
		t.Run(text, func(t *testing.T) {
			if got, ok := ResolveDate(text, sunday); ok {
				t.Errorf("ResolveDate(%q) = %s, want no past date", text, got)
			}
		})
	}
}

func FuzzResolveDate(f *testing.F) {
	for _, s := range []string{"last Friday", "29/4", "Feb. 6", "6 February 2026", "earlier this week", "31/2/2024", "May 2025", "yesterday morning", "April 31", "1/13"} {
		f.Add(s, int64(1770523200))
	}
	f.Fuzz(func(t *testing.T, s string, unix int64) {
		pub := time.Unix(unix%(1<<33), 0).In(time.FixedZone("ICT", 7*3600))
		d, ok := ResolveDate(s, pub)
		if !ok {
			return
		}
		if d.Start().After(relbot.DateOf(pub).Start()) {
			t.Fatalf("ResolveDate(%q, %s) = %s: after publication", s, pub, d)
		}
		if _, err := relbot.ParseDate(d.String()); err != nil {
			t.Fatalf("ResolveDate(%q) = %#v: not a valid date: %v", s, d, err)
		}
	})
}
