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
		{"'chaired a roundtable with business leaders including A, chairman of …, B, president of …, and C': one meeting of them all",
			"HO CHI MINH CITY - Deputy Prime Minister Sun Chanthol on Friday chaired a roundtable with Vietnamese business leaders including Tran Ba Duong, chairman of Thaco Group, Nguyen Thi Phuong Thao, president of Vietjet, and Doan Nguyen Duc, chairman of Hoang Anh Gia Lai.",
			[]held{{[]string{"sun-chanthol", "tran-ba-duong", "nguyen-thi-phuong-thao", "doan-nguyen-duc"}, "2026-02-06", "Ho Chi Minh City", inPerson}}},
		{"'…, among them Mr. A, Chairman of …, and Ms. B, Chairwoman of Gree Electric Appliances.': the company that ends an office given after a name is no one",
			"BEIJING - On Friday, Prime Minister Hun Manet held a roundtable discussion with heads of Chinese companies, among them Mr. Dai Houliang, Chairman of China National Petroleum Corporation, and Ms. Dong Mingzhu, Chairwoman of Gree Electric Appliances.",
			[]held{{[]string{"hun-manet", "dai-houliang", "dong-mingzhu"}, "2026-02-06", "Beijing", inPerson}}},
		{"'They reviewed the work of the India-Singapore Ministerial Roundtable': a standing body, not a meeting",
			"SINGAPORE - Prime Minister Narendra Modi held talks with Prime Minister Lawrence Wong on Friday. They reviewed the progress made under the India-Singapore Ministerial Roundtable, which met in August.",
			[]held{{[]string{"narendra-modi", "lawrence-wong"}, "2026-02-06", "Singapore", inPerson}}},
		{"'X hosted the summit' with no list after it is no meeting",
			"TOKYO - Prime Minister Fumio Kishida hosted a special summit in Tokyo on Sunday, which adopted a vision statement.",
			nil},
	})
}
