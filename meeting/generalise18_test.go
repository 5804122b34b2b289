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
		{"'accepted the letters of credence of three new ambassadors … The new ambassadors are A of X, B of Y and C of Z': an audience of the host with each",
			"VIENTIANE - President Thongloun Sisoulith on Friday accepted the letters of credence of three new ambassadors at the Presidential Palace.\n\nThe new ambassadors are H.E. Mr Dinh Quang Minh of Viet Nam, H.E. Mrs Hem Sokunthea of the Kingdom of Cambodia and H.E. U Kyaw Zin Htet of Myanmar.",
			[]held{{[]string{"thongloun-sisoulith", "dinh-quang-minh"}, "2026-02-06", "Vientiane", inPerson},
				{[]string{"thongloun-sisoulith", "hem-sokunthea"}, "2026-02-06", "Vientiane", inPerson},
				{[]string{"thongloun-sisoulith", "kyaw-zin-htet"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'The three envoys, China's A, the Philippines' B and Australia's C, presented their letters of credence': each envoy named after a country's possessive",
			"HANOI - President Luong Cuong on Friday received the credentials of new ambassadors from China, the Philippines and Australia.\n\nThe three envoys, China's Li Guohua, the Philippines' Maria Teresa Almendras and Australia's Andrew Pearce, presented their letters of credence at the Presidential Palace in Hanoi.",
			[]held{{[]string{"luong-cuong", "li-guohua"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"luong-cuong", "maria-teresa-almendras"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"luong-cuong", "andrew-pearce"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'X chaired the plenary session, which was attended by A, B and C': one meeting of them all",
			"VIENTIANE - Prime Minister Sonexay Siphandone on Friday chaired the plenary session, which was attended by Prime Minister Anwar Ibrahim, Prime Minister Lawrence Wong and Prime Minister Hun Manet.",
			[]held{{[]string{"sonexay-siphandone", "anwar-ibrahim", "lawrence-wong", "hun-manet"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'X received A on Monday … X opened the summit on Tuesday. The plenary session was attended by B, A and C': the summit's list, though it names the guest of Monday",
			"JAKARTA - President Joko Widodo received Prime Minister Hun Manet on Monday.\n\nJokowi opened the 43rd ASEAN Summit on Tuesday. The plenary session was attended by Prime Minister Anwar Ibrahim, Prime Minister Hun Manet and Prime Minister Pham Minh Chinh.",
			[]held{{[]string{"joko-widodo", "hun-manet"}, "2026-02-02", "Jakarta", inPerson},
				{[]string{"joko-widodo", "hun-manet", "anwar-ibrahim", "pham-minh-chinh"}, "2026-02-03", "Jakarta", inPerson}}},
		{"'LABUAN BAJO, East Nusa Tenggara - X presided over the retreat, which was attended by A, B and C': a dateline with its province, and presiding is chairing",
			"LABUAN BAJO, East Nusa Tenggara - President Joko Widodo on Friday presided over the retreat, which was attended by Prime Minister Hun Sen, Prime Minister Anwar Ibrahim and Prime Minister Pham Minh Chinh.",
			[]held{{[]string{"joko-widodo", "hun-sen", "anwar-ibrahim", "pham-minh-chinh"}, "2026-02-06", "Labuan Bajo", inPerson}}},
		{"'X presided over the ASEAN Foreign Ministers' Retreat … Joining X at the retreat were A, B and C'",
			"JAKARTA - Foreign Minister Sugiono on Friday presided over the ASEAN Foreign Ministers' Retreat.\n\nJoining Sugiono at the retreat were Foreign Minister Prak Sokhonn, Foreign Minister Vivian Balakrishnan and Foreign Minister Mohamad Hasan.",
			[]held{{[]string{"sugiono", "prak-sokhonn", "vivian-balakrishnan", "mohamad-hasan"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'X attended the East Asia Summit chaired by Y, alongside A, B and C': one meeting of them all",
			"VIENTIANE - On Friday, Prime Minister Lawrence Wong attended the 19th East Asia Summit chaired by Prime Minister Sonexay Siphandone, alongside Premier Li Qiang, Prime Minister Shigeru Ishiba and Prime Minister Narendra Modi.",
			[]held{{[]string{"lawrence-wong", "sonexay-siphandone", "li-qiang", "shigeru-ishiba", "narendra-modi"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'X attended the summit alongside his wife' names no one else: no meeting",
			"VIENTIANE - On Friday, Prime Minister Lawrence Wong attended the 19th East Asia Summit, alongside officials of his ministry.",
			nil},
		{"'X chaired the East Asia Summit … The summit brought together A, B and C': one meeting of them all",
			"JAKARTA - President Joko Widodo on Friday chaired the 18th East Asia Summit at the Jakarta Convention Center.\n\nThe summit brought together Premier Li Qiang, Vice President Kamala Harris and Prime Minister Fumio Kishida.",
			[]held{{[]string{"joko-widodo", "li-qiang", "kamala-harris", "fumio-kishida"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'HANOI, Vietnam (AP) — X met Y on Saturday, … Hanoi's interest in deepening ties with Washington': the government a capital stands for is no place",
			"HANOI, Vietnam (AP) — Secretary of State Antony Blinken met on Friday with Communist Party chief Nguyen Phu Trong, a rare audience that underscored Hanoi's interest in deepening ties with Washington.",
			[]held{{[]string{"antony-blinken", "nguyen-phu-trong"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'A and B signed the declaration …, with C and D, who brokered a truce in July, looking on': one ceremony of the four, on the day told before, not in July",
			"KUALA LUMPUR - President Donald Trump on Friday presided over the signing of a ceasefire agreement between Cambodia and Thailand.\n\nPrime Minister Hun Manet and Prime Minister Anutin Charnvirakul signed the declaration on the sidelines of the summit, with Trump and Prime Minister Anwar Ibrahim, who brokered an initial truce in July, looking on.",
			[]held{{[]string{"donald-trump", "hun-manet", "anutin-charnvirakul", "anwar-ibrahim"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'C and D witnessed the signing of a joint declaration … A and B signed the accord at the convention centre': one ceremony of the four",
			"KUALA LUMPUR - President Donald Trump and Prime Minister Anwar Ibrahim on Friday witnessed the signing of a joint declaration between Cambodia and Thailand.\n\nPrime Minister Hun Manet and Prime Minister Anutin Charnvirakul signed the accord at the convention centre.",
			[]held{{[]string{"donald-trump", "anwar-ibrahim", "hun-manet", "anutin-charnvirakul"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'the accord, which A and B signed on Oct 26, in a ceremony witnessed by C' after a call: the older signing recalled is not the call's day",
			"KUALA LUMPUR - Prime Minister Anwar Ibrahim spoke by phone with Prime Minister Anutin Charnvirakul on Friday.\n\nThe call came as pressure mounted to save the accord, which Anutin and Hun Manet signed on Oct 26, in a ceremony witnessed by Anwar and President Donald Trump.",
			[]held{{[]string{"anwar-ibrahim", "anutin-charnvirakul"}, "2026-02-06", "", relbot.KindPhone}}},
		{"'praised outgoing Chinese Ambassador to Cambodia Zhao Minghui for his contributions … Zhao paid a farewell call on Y': the office ends before 'for', and Zhao is the envoy, not a Chinese leader of that name",
			"PHNOM PENH - Prime Minister Hun Manet on Friday praised outgoing Chinese Ambassador to Cambodia Zhao Minghui for his contributions.\n\nOn Thursday, Zhao also paid a farewell call on Samdech Techo Hun Sen.",
			[]held{{[]string{"zhao-minghui", "hun-sen"}, "2026-02-05", "Phnom Penh", inPerson}}},
		{"'X hosted the summit' with no list after it is no meeting",
			"TOKYO - Prime Minister Fumio Kishida hosted a special summit in Tokyo on Sunday, which adopted a vision statement.",
			nil},
	})
}
