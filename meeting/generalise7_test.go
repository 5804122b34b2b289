package meeting

import (
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// TestExtractRoundEleven covers the forms of writing the nineteenth and
// twentieth held-out sets showed, each in this project's own words. pub is
// testPub (Sunday 8 February 2026: "Friday" is the 6th).
func TestExtractRoundEleven(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	tests := []struct {
		name, text string
		want       []held
	}{
		{"a meeting placed before 'was also attended by' keeps its attendees and its place",
			"Hun Manet on Friday received Nguyen Thi Phuong Thao, chief executive of an airline.\n\nThe meeting at the Peace Palace in Phnom Penh was also attended by Ambassador Nguyen Minh Vu.",
			[]held{{[]string{"hun-manet", "nguyen-thi-phuong-thao", "nguyen-minh-vu"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"a signing witnessed by two leaders is a meeting of all four",
			"KUALA LUMPUR - Anutin Charnvirakul and Hun Manet on Friday signed a joint declaration in a ceremony witnessed by Donald Trump and Anwar Ibrahim.",
			[]held{{[]string{"anutin-charnvirakul", "hun-manet", "donald-trump", "anwar-ibrahim"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"talks someone was encouraged to engage in are no meeting; calls reported 'hours after' are the same day's",
			"WASHINGTON, Feb. 6 (Reuters) - Marco Rubio spoke by phone on Friday with Prak Sokhonn.\n\nThe Secretary encouraged both sides to engage in direct talks.\n\nThe call came hours after Donald Trump said he had spoken by phone with Hun Manet.",
			[]held{{[]string{"marco-rubio", "prak-sokhonn"}, "2026-02-06", "", relbot.KindPhone},
				{[]string{"donald-trump", "hun-manet"}, "2026-02-06", "", relbot.KindPhone}}},
		{"a participle opening the sentence is no part of the guest's name",
			"TOKYO - Phạm Minh Chính on Friday received leaders of several Japanese corporations.\n\nReceiving Motoya Okada, President and CEO of AEON Group, PM Chính praised the retailer's results.",
			[]held{{[]string{"pham-minh-chinh", "motoya-okada"}, "2026-02-06", "Tokyo", inPerson}}},
		{"a deputy secretary heads the delegation; 'the Bình Thuận delegation' is its head; a province's town is the place",
			"A delegation led by Phạm Vũ Hồng, Deputy Secretary of the provincial Party Committee, paid a working visit to Kampot and Kep from February 5 to 6.\n\nOn Friday, the Bình Thuận delegation was received by Kep Governor Ken Satha in Kep.",
			[]held{{[]string{"pham-vu-hong", "ken-satha"}, "2026-02-06", "Kep", inPerson}}},
		{"a province of two words ends where the name starts; a city visited is the talks' place",
			"Secretary of the Party Committee of the province of An Giang Lê Hồng Quang on Friday visited Kampot and held talks with Governor Mao Thonin.",
			[]held{{[]string{"le-hong-quang", "mao-thonin"}, "2026-02-06", "Kampot", inPerson}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHeld(t, x, tt.text, testPub, tt.want) })
	}
}

// TestExtractApposedOffices is dated in June 2024, when a Vietnamese
// "Secretary" alone could be read as an office holder the gazetteer knows.
func TestExtractApposedOffices(t *testing.T) {
	x := embeddedExtractor(t)
	pub := time.Date(2024, 6, 21, 9, 0, 0, 0, ict)
	checkHeld(t, x, "VIENTIANE - Sonexay Siphandone on Thursday received Mr. Nguyen Duc Trung, Member of the Party Central Committee and Secretary of the Party Committee of Nghe An province of Viet Nam.\n\nMr. Trung briefed the Prime Minister on the delegation's work.",
		pub, []held{{[]string{"sonexay-siphandone", "nguyen-duc-trung"}, "2024-06-20", "Vientiane", relbot.KindInPerson}})
}
