package meeting

import (
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// TestExtractStoryForms covers the forms of writing the second held-out
// corpus showed: how a report moves between days, who "he" and "the premier"
// are, which gatherings are no meeting and which meetings belong to another
// occasion. Each case is a general form in this project's own words; pub is
// testPub (Sunday 8 February 2026: "Friday" is the 6th) unless set.
func TestExtractStoryForms(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson, phone := relbot.KindInPerson, relbot.KindPhone
	pub2019 := time.Date(2019, 2, 26, 20, 0, 0, 0, ict)
	pub2024 := time.Date(2024, 7, 13, 20, 0, 0, 0, ict) // a Saturday; Tô Lâm was President
	tests := []struct {
		name, text string
		pub        time.Time
		want       []held
	}{
		{"an undated meeting happens on the day the story reached",
			"PHNOM PENH, Feb. 7 (AKP) – Tô Lâm ended a state visit to Cambodia on Saturday.\n\nHe arrived in Phnom Penh on the afternoon of February 6.\n\nRight after the welcome ceremony, King Norodom Sihamoni held talks with Tô Lâm.",
			time.Time{},
			[]held{{[]string{"to-lam", "norodom-sihamoni"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"later in the afternoon counts from the day just told",
			"Hun Manet and Xi Jinping held talks in Phnom Penh this morning.\n\nXi arrived yesterday afternoon. King Norodom Sihamoni received him at the Royal Palace later in the afternoon.",
			time.Time{},
			[]held{{[]string{"hun-manet", "xi-jinping"}, "2026-02-08", "Phnom Penh", inPerson}, {[]string{"xi-jinping", "norodom-sihamoni"}, "2026-02-07", "Phnom Penh", inPerson}}},
		{"a meeting reported after a flashback keeps the lead's day",
			"HÀ NỘI, February 7 (VNA) – Tô Lâm held talks with Anwar Ibrahim in Hà Nội on February 7.\n\nAnwar arrived on the evening of February 6.\n\nAt the talks, Lâm praised Malaysia.\n\nAnwar also met Phạm Minh Chính.",
			time.Time{},
			[]held{{[]string{"to-lam", "anwar-ibrahim"}, "2026-02-07", "Hanoi", inPerson}, {[]string{"anwar-ibrahim", "pham-minh-chinh"}, "2026-02-07", "Hanoi", inPerson}}},
		{"a name ending in Sen. ends the sentence",
			"PHNOM PENH — Tô Lâm held talks with Hun Manet on Friday. The same morning, the President met Senate President Samdech Techo Hun Sen. Hun Sen said Cambodia would never forget 1979.",
			pub2024,
			[]held{{[]string{"to-lam", "hun-manet"}, "2024-07-12", "Phnom Penh", inPerson}, {[]string{"to-lam", "hun-sen"}, "2024-07-12", "Phnom Penh", inPerson}}},
		{"the premier is the head of government just named",
			"Hun Manet returned to Phnom Penh on Saturday.\n\nOn Friday, the premier held talks in Hà Nội with his Vietnamese counterpart Phạm Minh Chính.",
			time.Time{},
			[]held{{[]string{"hun-manet", "pham-minh-chinh"}, "2026-02-06", "Hanoi", inPerson}}},
		{"he then goes on with the one who has been meeting",
			"Hun Manet paid a courtesy call on President Prabowo Subianto in Jakarta on Friday. Prabowo congratulated Hun Manet on his election. He then met Lawrence Wong.",
			time.Time{},
			[]held{{[]string{"hun-manet", "prabowo-subianto"}, "2026-02-06", "Jakarta", inPerson}, {[]string{"hun-manet", "lawrence-wong"}, "2026-02-06", "Jakarta", inPerson}}},
		{"co-chairing a plenary is no meeting",
			"Phạm Minh Chính attended the plenary session of the summit in Tokyo on Friday, co-chaired by Shigeru Ishiba and Anwar Ibrahim.",
			time.Time{}, nil},
		{"his in an opening phrase cut by a relative clause",
			"KUALA LUMPUR, Feb. 6 (VNA) – In his first meeting with Thai Prime Minister Anutin Charnvirakul, who took office in September, Phạm Minh Chính proposed closer trade ties.",
			time.Time{},
			[]held{{[]string{"anutin-charnvirakul", "pham-minh-chinh"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"talks days before the lead's event are another occasion",
			"KUALA LUMPUR, Feb 7 (Reuters) - Defence Minister Tea Seiha met Defence Minister Nattaphon Narkphanit on Saturday. The truce was agreed on January 30 at talks in Putrajaya hosted by Anwar Ibrahim with Hun Manet.",
			time.Time{},
			[]held{{[]string{"tea-seiha", "nattaphon-narkphanit"}, "2026-02-07", "Kuala Lumpur", inPerson}}},
		{"on the same day counts from the meeting reported, not the one recalled",
			"HÀ NỘI — Tô Lâm held phone talks with Donald Trump on Friday.\n\nLâm recalled that he had met Trump in Washington in 2017.\n\nOn the same day, Phạm Minh Chính received Ambassador Marc Knapper.",
			time.Time{},
			[]held{{[]string{"to-lam", "donald-trump"}, "2026-02-06", "", phone}, {[]string{"pham-minh-chinh", "marc-knapper"}, "2026-02-06", "Hanoi", inPerson}}},
		{"a meeting on an earlier leg of a tour is background",
			"PHNOM PENH — Tô Lâm began a state visit to Cambodia on Friday and held talks with Hun Manet.\n\nBefore travelling to Cambodia, Lâm paid a state visit to Laos, where he held talks in Vientiane with Thongloun Sisoulith on Wednesday.",
			time.Time{},
			[]held{{[]string{"to-lam", "hun-manet"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"a relative clause after a city places and dates its meeting",
			"HANOI – Joko Widodo began a state visit to Vietnam on Friday and held talks with Vo Van Thuong.\n\nWidodo arrived in Hanoi on Thursday evening from Manila, where he held talks with Ferdinand Marcos Jr. on Wednesday.",
			time.Time{},
			[]held{{[]string{"joko-widodo", "vo-van-thuong"}, "2026-02-06", "Hanoi", inPerson}}},
		{"the Party and State leader",
			"PHNOM PENH — Nguyễn Phú Trọng held talks with Hun Sen on February 26. The Party and State leader later met Say Chhum.",
			pub2019,
			[]held{{[]string{"nguyen-phu-trong", "hun-sen"}, "2019-02-26", "Phnom Penh", inPerson}, {[]string{"nguyen-phu-trong", "say-chhum"}, "2019-02-26", "Phnom Penh", inPerson}}},
		{"him after a verb of meeting",
			"VIENTIANE — Hun Manet arrived on Friday.\n\nThongloun Sisoulith held talks with him.",
			time.Time{},
			[]held{{[]string{"hun-manet", "thongloun-sisoulith"}, "2026-02-06", "Vientiane", inPerson}}},
		{"a meeting set years away is background",
			"Donald Trump's visit comes a year and a half after that of Barack Obama, who held talks with Trần Đại Quang in Hà Nội.",
			time.Time{}, nil},
		{"the country of an ambassador's post is no part of the name",
			"Phạm Minh Chính received Lao Ambassador to Việt Nam Khamphao Ernthavanh in Hà Nội on Friday.",
			time.Time{},
			[]held{{[]string{"pham-minh-chinh", "khamphao-ernthavanh"}, "2026-02-06", "Hanoi", inPerson}}},
		{"an opening phrase names an earlier meeting",
			"Xi Jinping held talks with Hun Manet in Phnom Penh on Friday. After the talks with the Prime Minister, Xi met Hun Sen.",
			time.Time{},
			[]held{{[]string{"xi-jinping", "hun-manet"}, "2026-02-06", "Phnom Penh", inPerson}, {[]string{"xi-jinping", "hun-sen"}, "2026-02-06", "Phnom Penh", inPerson}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub := tt.pub
			if pub.IsZero() {
				pub = testPub
			}
			checkHeld(t, x, tt.text, pub, tt.want)
		})
	}
}
