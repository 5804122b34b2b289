package meeting

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/relbot/relbot"
)

var ict = time.FixedZone("ICT", 7*3600)

// testPub is a Sunday.
var testPub = time.Date(2026, 2, 8, 11, 0, 0, 0, ict)

// got is the comparable part of a meeting.
type got struct {
	Status relbot.Status
	Slugs  []string
	Date   string
	Place  string
	Kind   relbot.Kind
}

func TestExtract(t *testing.T) {
	g, err := NewGazetteer(nil)
	if err != nil {
		t.Fatal(err)
	}
	x := NewExtractor(g)
	tests := []struct {
		name string
		pub  time.Time
		text string
		want []got
	}{
		{"last Friday under a Sunday date, venue gives the city", testPub,
			"PHNOM PENH — The visit of Party chief Tô Lâm last Friday drew wide coverage.\n\nHis talks with Samdech Techo Hun Sen took place at the Royal Palace.",
			[]got{{relbot.StatusPast, []string{"to-lam", "hun-sen"}, "2026-02-06", "Phnom Penh", relbot.KindInPerson}}},
		{"role phrase resolved by date: 2026", testPub,
			"Tô Lâm met the Cambodian Prime Minister in Hà Nội on Thursday.",
			[]got{{relbot.StatusPast, []string{"to-lam", "hun-manet"}, "2026-02-05", "Hanoi", relbot.KindInPerson}}},
		{"role phrase resolved by date: 2022", time.Date(2022, 6, 15, 8, 0, 0, 0, ict),
			"Prime Minister Phạm Minh Chính held phone talks with the Prime Minister of Cambodia on 14 June 2022.",
			[]got{{relbot.StatusPast, []string{"pham-minh-chinh", "hun-sen"}, "2022-06-14", "", relbot.KindPhone}}},
		{"planned is never held", testPub,
			"Hun Manet is scheduled to meet Xi Jinping in Beijing next week.",
			[]got{{relbot.StatusPlanned, []string{"hun-manet", "xi-jinping"}, "2026-02", "Beijing", relbot.KindInPerson}}},
		{"recalled meeting stays background", testPub,
			"Hun Sen recalled that he had met Xi Jinping in Beijing in February 2023.",
			[]got{{relbot.StatusBackground, []string{"hun-sen", "xi-jinping"}, "2023-02", "Beijing", relbot.KindInPerson}}},
		{"a letter is no meeting", testPub,
			"Prime Minister Hun Manet received a congratulatory letter from Prime Minister Phạm Minh Chính on Friday.",
			nil},
		{"passive and coreference", testPub,
			"HÀ NỘI — Cambodian Prime Minister Hun Manet arrived on Saturday.\n\nThe Cambodian leader was received by State President Lương Cường at the Presidential Palace this morning.",
			[]got{{relbot.StatusPast, []string{"hun-manet", "luong-cuong"}, "2026-02-08", "Hanoi", relbot.KindInPerson}}},
		{"virtual meeting has no place", testPub,
			"HÀ NỘI — Prime Minister Phạm Minh Chính held online talks with Prime Minister Hun Manet on Friday.",
			[]got{{relbot.StatusPast, []string{"pham-minh-chinh", "hun-manet"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"dateline day anchors today", testPub,
			"VIENTIANE, Feb. 6 (VNA) – Prime Minister Phạm Minh Chính met Prime Minister Sonexay Siphandone here today.",
			[]got{{relbot.StatusPast, []string{"pham-minh-chinh", "sonexay-siphandone"}, "2026-02-06", "Vientiane", relbot.KindInPerson}}},
		{"two leaders join a meeting noun", testPub,
			"Prime Minister Hun Manet and General Secretary Tô Lâm yesterday agreed to lift trade.\n\nThe two leaders held talks at the Peace Palace.",
			[]got{{relbot.StatusPast, []string{"hun-manet", "to-lam"}, "2026-02-07", "Phnom Penh", relbot.KindInPerson}}},
		{"HCM City forms", testPub,
			"Tô Lâm met Hun Sen in TP Hồ Chí Minh on 5/2.",
			[]got{{relbot.StatusPast, []string{"to-lam", "hun-sen"}, "2026-02-05", "Ho Chi Minh City", relbot.KindInPerson}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := x.Extract(Input{URL: "https://example.org/a", Outlet: "Test Wire", Title: "t", Text: tt.text, Published: tt.pub})
			var gs []got
			for _, m := range ex.Meetings {
				gs = append(gs, got{m.Status, m.Slugs(), m.Date.String(), m.Place, m.Kind})
				if len(m.Sources) != 1 || m.Sources[0].URL != "https://example.org/a" || m.Sources[0].Outlet != "Test Wire" {
					t.Errorf("sources = %+v, want this article", m.Sources)
				}
				if m.Summary == "" {
					t.Errorf("meeting %v has no summary", m.Slugs())
				}
			}
			if diff := cmp.Diff(tt.want, gs); diff != "" {
				t.Errorf("meetings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestExtractUnknownTitled(t *testing.T) {
	g, err := NewGazetteer(nil)
	if err != nil {
		t.Fatal(err)
	}
	ex := NewExtractor(g).Extract(Input{Text: "PHNOM PENH — Samdech Techo Hun Sen received Ambassador Nguyễn Minh Vũ at the Senate Palace on Friday.\n\nAmbassador Vũ thanked him.", Published: testPub})
	if len(ex.Meetings) != 1 {
		t.Fatalf("meetings = %+v, want one", ex.Meetings)
	}
	if diff := cmp.Diff([]string{"hun-sen", "nguyen-minh-vu"}, ex.Meetings[0].Slugs()); diff != "" {
		t.Errorf("participants (-want +got):\n%s", diff)
	}
	want := []relbot.Actor{{Slug: "nguyen-minh-vu", Name: "Nguyễn Minh Vũ", Roles: []relbot.Role{{Title: "Ambassador"}}}}
	if diff := cmp.Diff(want, ex.NewActors); diff != "" {
		t.Errorf("new actors (-want +got):\n%s", diff)
	}
}

func TestExtractNeverAfterPublication(t *testing.T) {
	g, err := NewGazetteer(nil)
	if err != nil {
		t.Fatal(err)
	}
	ex := NewExtractor(g).Extract(Input{Text: "Tô Lâm met Hun Sen on 20 February 2026.", Published: testPub})
	for _, m := range ex.Meetings {
		if m.Status == relbot.StatusPast && m.Date.Start().After(relbot.DateOf(testPub).Start()) {
			t.Errorf("held meeting dated %s after publication %s", m.Date, relbot.DateOf(testPub))
		}
	}
}

func TestExtractWithoutPublication(t *testing.T) {
	g, err := NewGazetteer(nil)
	if err != nil {
		t.Fatal(err)
	}
	x := NewExtractor(g)
	x.Now = func() time.Time { return testPub }
	ex := x.Extract(Input{Text: "Tô Lâm met Hun Sen in Phnom Penh yesterday."})
	if len(ex.Meetings) != 1 || ex.Meetings[0].Date.String() != "2026-02-07" {
		t.Errorf("meetings = %+v, want one dated the day before the injected now", ex.Meetings)
	}
}
