package meeting

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/relbot/relbot"
)

// checkHeld extracts text published at pub and compares the meetings
// reported as held with want.
func checkHeld(t *testing.T, x *Extractor, text string, pub time.Time, want []held) {
	t.Helper()
	ex := x.Extract(Input{Text: text, Published: pub})
	var got []held
	for _, m := range ex.Meetings {
		if m.Status == relbot.StatusPast {
			got = append(got, held{m.Slugs(), m.Date.String(), m.Place, m.Kind})
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("held meetings (-want +got):\n%s", diff)
	}
}

// embeddedExtractor is an extractor over the embedded gazetteer alone. The
// gazetteer is the one the floors share: extraction only reads it, and
// building it for each of the hundred tests that ask cost a minute of the
// suite's run under -race. A test that adds actors builds its own.
func embeddedExtractor(t *testing.T) *Extractor {
	t.Helper()
	g, err := embeddedGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	return NewExtractor(g)
}

// A heldCase is an article's text and the held meetings extracting it at
// testPub must give.
type heldCase struct {
	name, text string
	want       []held
}

// checkHeldCases checks each case in a subtest of its own.
func checkHeldCases(t *testing.T, x *Extractor, cases []heldCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) { checkHeld(t, x, tt.text, testPub, tt.want) })
	}
}

// held is the comparable part of a meeting reported as held.
type held struct {
	Slugs []string
	Date  string
	Place string
	Kind  relbot.Kind
}

// TestExtractNewsForms covers the ways news reports (or only seems to report)
// a meeting that the held-out evaluation showed: each case is a general
// form of writing, in this project's own words. testPub is Sunday 8 February
// 2026, so "Friday" is the 6th.
func TestExtractNewsForms(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson, phone := relbot.KindInPerson, relbot.KindPhone
	tests := []heldCase{
		{"negated verb", "Hun Manet did not meet Tô Lâm during the summit on Friday.", nil},
		{"contracted negation", "Hun Manet didn't receive Tô Lâm on Friday.", nil},
		{"not only is no negation",
			"Hun Manet not only met Tô Lâm in Hà Nội on Friday but also toured a factory.",
			[]held{{[]string{"hun-manet", "to-lam"}, "2026-02-06", "Hanoi", inPerson}}},
		{"declined to meet", "Xi Jinping declined to meet Hun Sen in Beijing on Friday.", nil},
		{"no meeting was held", "No meeting was held between Tô Lâm and Hun Manet on Friday.", nil},
		{"subject of a negated verb takes no part",
			"HÀ NỘI — On Friday, Hun Manet met Prime Minister Phạm Minh Chính and Chairman Trần Thanh Mẫn, General Secretary Tô Lâm, who was abroad, did not receive him.",
			[]held{{[]string{"hun-manet", "pham-minh-chinh"}, "2026-02-06", "Hanoi", inPerson}, {[]string{"hun-manet", "tran-thanh-man"}, "2026-02-06", "Hanoi", inPerson}}},
		{"separate bilaterals on one trip",
			"Hun Manet held separate meetings with Lawrence Wong and Anwar Ibrahim in Kuala Lumpur on Friday.",
			[]held{{[]string{"hun-manet", "lawrence-wong"}, "2026-02-06", "Kuala Lumpur", inPerson}, {[]string{"hun-manet", "anwar-ibrahim"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"three named in one clause are a group",
			"Tô Lâm, Hun Manet and Sonexay Siphandone had a working breakfast in Vientiane on Friday.",
			[]held{{[]string{"to-lam", "hun-manet", "sonexay-siphandone"}, "2026-02-06", "Vientiane", inPerson}}},
		{"exchanged views over the phone",
			"Wang Yi exchanged views over the phone with Prak Sokhonn on Friday.",
			[]held{{[]string{"wang-yi", "prak-sokhonn"}, "2026-02-06", "", phone}}},
		{"called a person is a call",
			"Phạm Minh Chính called Hun Manet on Friday to congratulate him.",
			[]held{{[]string{"pham-minh-chinh", "hun-manet"}, "2026-02-06", "", phone}}},
		{"called on a person is a visit",
			"Hun Manet called on President Tharman Shanmugaratnam in Singapore on Friday.",
			[]held{{[]string{"hun-manet", "tharman-shanmugaratnam"}, "2026-02-06", "Singapore", inPerson}}},
		{"called on someone to act is no meeting", "Hun Manet on Friday called on Lawrence Wong to support the plan.", nil},
		{"visited a person at home",
			"Hun Sen visited former Thai Prime Minister Thaksin Shinawatra at his home in Bangkok on Friday.",
			[]held{{[]string{"hun-sen", "thaksin-shinawatra"}, "2026-02-06", "Bangkok", inPerson}}},
		{"visiting a country is no meeting", "Hun Sen visited Thailand on Friday with Hun Manet.", nil},
		{"delegation head takes part",
			"PHNOM PENH — Hun Manet on Friday received a delegation led by Ambassador Nguyễn Minh Vũ.\n\nThe previous day, the delegation was received by Hun Sen.",
			[]held{{[]string{"hun-manet", "nguyen-minh-vu"}, "2026-02-06", "Phnom Penh", inPerson}, {[]string{"nguyen-minh-vu", "hun-sen"}, "2026-02-05", "Phnom Penh", inPerson}}},
		{"speaker outside the gazetteer after the chamber's name",
			"Tô Lâm met Speaker of the Philippine House of Representatives Juan Dela Cruz in Manila on Friday.",
			[]held{{[]string{"to-lam", "juan-dela-cruz"}, "2026-02-06", "Manila", inPerson}}},
		{"honorifics stripped before the gazetteer",
			"Lawrence Wong called on His Royal Highness Prince Haji Al-Muhtadee Billah in Bandar Seri Begawan on Friday.",
			[]held{{[]string{"lawrence-wong", "al-muhtadee-billah"}, "2026-02-06", "Bandar Seri Begawan", inPerson}}},
		{"office resolved by date",
			"Tô Lâm also met the Chinese Premier in Hà Nội on Friday.",
			[]held{{[]string{"to-lam", "li-qiang"}, "2026-02-06", "Hanoi", inPerson}}},
		{"since taking office is no meeting date",
			"Hun Manet, on his first visit since taking office in August, held talks with Tô Lâm in Hà Nội on Friday.",
			[]held{{[]string{"hun-manet", "to-lam"}, "2026-02-06", "Hanoi", inPerson}}},
		{"ready to meet is planned", "Hun Manet was ready to meet Anutin Charnvirakul in Kuala Lumpur as early as Monday.", nil},
		{"last met is background", "Tô Lâm and Hun Manet last met in Vientiane earlier this month.", nil},
		{"a city inside a name is no place",
			"PHNOM PENH — Vương Đình Huệ arrived on Thursday.\n\nHuệ held talks with Hun Sen on Friday.",
			[]held{{[]string{"vuong-dinh-hue", "hun-sen"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"travel after the meeting is not its place",
			"SINGAPORE — Hun Manet held talks with Lawrence Wong on Friday before flying to Manila.",
			[]held{{[]string{"hun-manet", "lawrence-wong"}, "2026-02-06", "Singapore", inPerson}}},
		{"a city as adjective is no place",
			"Hun Manet met Singapore Prime Minister Lawrence Wong on Friday.",
			[]held{{[]string{"hun-manet", "lawrence-wong"}, "2026-02-06", "", inPerson}}},
		{"spelling normalised",
			"Hun Manet met Min Aung Hlaing in Nay Pyi Taw on Friday.",
			[]held{{[]string{"hun-manet", "min-aung-hlaing"}, "2026-02-06", "Naypyidaw", inPerson}}},
		{"lunch in a guest's honour",
			"Lawrence Wong hosted a lunch in Hun Manet's honour in Singapore on Friday.",
			[]held{{[]string{"lawrence-wong", "hun-manet"}, "2026-02-06", "Singapore", inPerson}}},
		{"reported speech dates the call",
			"Anwar Ibrahim said on Friday that he had spoken by phone to Hun Manet and Anutin Charnvirakul.",
			[]held{{[]string{"anwar-ibrahim", "hun-manet"}, "2026-02-06", "", phone}, {[]string{"anwar-ibrahim", "anutin-charnvirakul"}, "2026-02-06", "", phone}}},
		{"the recipient of credentials takes no part",
			"VIENTIANE — Ambassador Nguyễn Minh Vũ paid a courtesy call on Sonexay Siphandone on Friday, after presenting his credentials to President Thongloun Sisoulith.",
			[]held{{[]string{"nguyen-minh-vu", "sonexay-siphandone"}, "2026-02-06", "Vientiane", inPerson}}},
		{"also present joins the meeting",
			"Hun Sen visited Thaksin Shinawatra in Bangkok on Friday.\n\nThaksin's daughter, Paetongtarn Shinawatra, was also present.",
			[]held{{[]string{"hun-sen", "thaksin-shinawatra", "paetongtarn-shinawatra"}, "2026-02-06", "Bangkok", inPerson}}},
		{"joint agreement of two leaders",
			"HÀ NỘI — Japanese Prime Minister Shigeru Ishiba and his Vietnamese counterpart Phạm Minh Chính agreed on Friday to deepen ties.",
			[]held{{[]string{"shigeru-ishiba", "pham-minh-chinh"}, "2026-02-06", "Hanoi", inPerson}}},
	}
	checkHeldCases(t, x, tests)
}
