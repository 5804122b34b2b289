package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFifteen holds the cases of the rules added after the
// blind sets heldout41 and heldout42, each in the project's own words.
func TestExtractRoundFifteen(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	tests := []heldCase{
		{"a body 'which he co-chairs with' someone is a standing role, not a meeting",
			"BANGKOK - Foreign Minister Sihasak Phuangketkeow met Ambassador Ouk Sophoan on Friday.\n\nDefence Minister Nattaphon Narkphanit welcomed the deal. The General Border Committee, which he co-chairs with Gen Tea Seiha, is scheduled to meet again in Malaysia next month.",
			[]held{{[]string{"sihasak-phuangketkeow", "ouk-sophoan"}, "2026-02-06", "Bangkok", inPerson}}},
		{"a leader 'arranging to meet' someone has not met them yet",
			"TOKYO - Prime Minister Sanae Takaichi met President Luong Cuong on Friday.\n\nTakaichi is also arranging to meet Premier Li Qiang during her stay, officials said.",
			[]held{{[]string{"sanae-takaichi", "luong-cuong"}, "2026-02-06", "Tokyo", inPerson}}},
		{"a meeting 'that month', after a month weeks back, is recalled, not today's news",
			"HANOI - Prime Minister Sanae Takaichi will visit Vietnam next week, the government said on Friday.\n\nIt will be her first trip there since taking office in October. She met Prime Minister Pham Minh Chinh on the sidelines of the summit in Kuala Lumpur that month.",
			nil},
		{"'the emperor' is the emperor of the article's day, as 'the king' is the king",
			"HANOI - Emperor Naruhito met President Luong Cuong at the Presidential Palace on Wednesday.\n\nThe emperor later met Prime Minister Pham Minh Chinh at the guesthouse.",
			[]held{{[]string{"naruhito", "luong-cuong"}, "2026-02-04", "Hanoi", inPerson},
				{[]string{"naruhito", "pham-minh-chinh"}, "2026-02-04", "Hanoi", inPerson}}},
		{"the day a call was 'confirmed' dates the report; the call has its own",
			"PHNOM PENH - Samdech Techo Hun Sen yesterday confirmed that he had a telephone conversation with Prime Minister Anutin Charnvirakul on Friday evening.",
			[]held{{[]string{"hun-sen", "anutin-charnvirakul"}, "2026-02-06", "", relbot.KindPhone}}},
		{"'met X on Friday and confirmed that …': Friday is the meeting's",
			"HANOI - Defence Minister Phan Van Giang met Defence Minister Tea Seiha in Hanoi on Friday and confirmed that joint patrols would resume.",
			[]held{{[]string{"phan-van-giang", "tea-seiha"}, "2026-02-06", "Hanoi", inPerson}}},
		{"an unknown minister's country may come before the words that qualify the office: 'Bangladeshi Commerce Minister X' is 'the Bangladeshi minister'",
			"VIENTIANE - Bangladeshi Commerce Minister Tipu Munshi held talks with Minister of Industry and Commerce Malaythong Kommasith on Thursday.\n\nOn Friday, the Bangladeshi minister paid a courtesy call on Prime Minister Sonexay Siphandone.",
			[]held{{[]string{"tipu-munshi", "malaythong-kommasith"}, "2026-02-05", "Vientiane", inPerson},
				{[]string{"tipu-munshi", "sonexay-siphandone"}, "2026-02-06", "Vientiane", inPerson}}},
		{"a Vietnamese name may end in 'Thai', the word of a country, when no capitalised word follows",
			"TAY NINH - Governor Keo Sophal paid a courtesy call on Chairman of the provincial People's Committee Pham Hung Thai on Friday.",
			[]held{{[]string{"keo-sophal", "pham-hung-thai"}, "2026-02-06", "Tay Ninh", inPerson}}},
		{"a delegation 'led by its Governor X' has X for head: 'the delegation' later is X",
			"TAY NINH - Party Secretary Tran Van Chien on Friday received a delegation from Svay Rieng province led by its Governor Keo Sophal.\n\nOn the same day, the delegation paid a courtesy call on Chairman Nguyen Thanh Ngoc.",
			[]held{{[]string{"tran-van-chien", "keo-sophal"}, "2026-02-06", "Tay Ninh", inPerson},
				{[]string{"keo-sophal", "nguyen-thanh-ngoc"}, "2026-02-06", "Tay Ninh", inPerson}}},
		{"'the two ministers', the subject, met both people named after the verb: one meeting of four",
			"TAY NINH - Defence Minister Phan Van Giang held talks with Defence Minister Tea Banh on Friday.\n\nIn the afternoon, the two ministers met with Governor Kim Sokhim and Party Secretary Nguyen Thanh Ngoc.",
			[]held{{[]string{"phan-van-giang", "tea-banh"}, "2026-02-06", "Tay Ninh", inPerson},
				{[]string{"phan-van-giang", "tea-banh", "kim-sokhim", "nguyen-thanh-ngoc"}, "2026-02-06", "Tay Ninh", inPerson}}},
		{"a style after an office's comma is no part of the name: 'Governor, Mr Leklay Sivilay'",
			"ATTAPEU - Attapeu Governor, Mr Leklay Sivilay, met Party Secretary Duong Van Trang on Friday.",
			[]held{{[]string{"leklay-sivilay", "duong-van-trang"}, "2026-02-06", "Attapeu", inPerson}}},
		{"an unknown official named before a lender's office: 'country director of', 'World Bank Vice President'",
			"HANOI - Minister Nguyen Chi Dung on Friday received Andrew Jeffries, country director of the Asian Development Bank, at the ministry.\n\nOn Saturday, Minister Nguyen Van Thang received Manuela Ferro, World Bank Vice President for East Asia, in Hanoi.",
			[]held{{[]string{"nguyen-chi-dung", "andrew-jeffries"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"nguyen-van-thang", "manuela-ferro"}, "2026-02-07", "Hanoi", inPerson}}},
		{"'an online investment dialogue' is held online; 'online scams' are no meeting's kind",
			"HANOI - Deputy Minister Tran Quoc Phuong and Ambassador Julien Guerrier on Thursday co-chaired an online investment dialogue.\n\nOn Friday, Minister Tran Hong Ha met Ambassador Julien Guerrier to discuss online scams.",
			[]held{{[]string{"tran-quoc-phuong", "julien-guerrier"}, "2026-02-05", "", relbot.KindVirtual},
				{[]string{"julien-guerrier", "tran-hong-ha"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'the two ministers' after talks of two ministers and two governors are the ministers; 'they' after 'where' is the main clause's group",
			"TAY NINH - Defence Minister Phan Van Giang, Defence Minister Tea Seiha, Governor Pham Truong Son and Governor Chea Monirith held talks on Friday.\n\nIn the afternoon, the two ministers crossed to Svay Rieng province, where they met with Governor Kim Sokhim and Party Secretary Nguyen Thanh Ngoc.",
			[]held{{[]string{"phan-van-giang", "tea-seiha", "pham-truong-son", "chea-monirith"}, "2026-02-06", "Tay Ninh", inPerson},
				{[]string{"phan-van-giang", "tea-seiha", "kim-sokhim", "nguyen-thanh-ngoc"}, "2026-02-06", "Tay Ninh", inPerson}}},
		{"a lower-case office after a body's name opens an unknown name: 'ADB country director for Cambodia Jyotsana Varma'",
			"PHNOM PENH - Deputy Prime Minister Aun Pornmoniroth on Friday held talks with ADB President Masatsugu Asakawa at the ministry. ADB country director for Cambodia Jyotsana Varma also took part in the meeting.",
			[]held{{[]string{"aun-pornmoniroth", "masatsugu-asakawa", "jyotsana-varma"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"a ranked name after a long office is read before a known name further on; 'the three ministers' the next day are the three",
			"SIEM REAP - A trilateral meeting was held on Thursday, chaired by Minister of Interior Sar Sokha and attended by Lao Minister of Public Security Gen. Vilay Lakhamphong and Vietnamese Minister of Public Security Gen. Luong Tam Quang.\n\nOn Friday, the three ministers were received by Prime Minister Hun Manet at the Peace Palace in Phnom Penh.",
			[]held{{[]string{"sar-sokha", "vilay-lakhamphong", "luong-tam-quang"}, "2026-02-05", "Siem Reap", inPerson},
				{[]string{"sar-sokha", "vilay-lakhamphong", "luong-tam-quang", "hun-manet"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"a list of offices, each with its holder, separated by commas: each holder is a person",
			"CHAU DOC - Leaders of An Giang, Takeo and Kampot met in Chau Doc on Friday.\n\nThe meeting was attended by Secretary of the An Giang provincial Party Committee Le Hong Quang, Governor of Takeo province Vei Samnang and Governor of Kampot province Mao Thonin.",
			[]held{{[]string{"le-hong-quang", "vei-samnang", "mao-thonin"}, "2026-02-06", "Chau Doc", inPerson}}},
	}
	checkHeldCases(t, x, tests)
}
