package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundTwentyTwo holds the cases of the rules added in the round
// of the blind sets heldout92 to heldout96, in the project's own words.
func TestExtractRoundTwentyTwo(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'X hosted a special summit … Around the table at the hotel were A, B and C': the host and the list are one meeting",
			"TOKYO - Prime Minister Fumio Kishida hosted a special summit in Tokyo on Sunday to mark half a century of ties with the bloc.\n\nAround the table at the Hotel Okura were President Joko Widodo, Prime Minister Anwar Ibrahim and Prime Minister Hun Manet.",
			[]held{{[]string{"fumio-kishida", "joko-widodo", "anwar-ibrahim", "hun-manet"}, "2026-02-08", "Tokyo", inPerson}}},
		{"'co-chaired by Minister of Planning Phet Phomphiphak of Laos, Senior Minister and Minister of Planning Chhay Thon of Cambodia and Minister Nguyen Chi Dung of Vietnam': each office's holder stands before his country",
			"VIENTIANE - The coordinating committee of the development triangle met in Vientiane on Friday.\n\nThe meeting was co-chaired by Minister of Planning and Investment Phet Phomphiphak of Laos, Senior Minister and Minister of Planning Chhay Thon of Cambodia and Minister of Planning and Investment Nguyen Chi Dung of Vietnam.",
			[]held{{[]string{"phet-phomphiphak", "chhay-thon", "nguyen-chi-dung"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'an online meeting with X, Head of the Civil Service of Singapore': the service is no one",
			"PHNOM PENH - On Friday, Deputy Prime Minister Hun Many held an online meeting with Leo Yip, Head of the Civil Service of Singapore.",
			[]held{{[]string{"hun-many", "leo-yip"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'X hosted the summit' with no list after it is no meeting",
			"TOKYO - Prime Minister Fumio Kishida hosted a special summit in Tokyo on Sunday, which adopted a vision statement.",
			nil},
	})
}
