package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundThirtyThree covers the forms of writing round
// thirty-three's held-out sets showed, each in this project's own words.
func TestExtractRoundThirtyThree(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'They use the same phones': a noun, no call",
			"MANILA - General Sar Thet met Police General Kittharath Punpetch in Manila on Friday. Gen Sar Thet told his counterpart that Cambodia had closed 200 sites.\n\nThey use the same phones and the same banks.",
			[]held{{[]string{"sar-thet", "kittharath-punpetch"}, "2026-02-06", "Manila", inPerson}}},
		{"'Deputy Minister Pham The Tung': the unmarked Vietnamese middle name Thế is no article",
			"KUNMING - Minister of Public Security Wang Xiaohong met Vietnamese Deputy Minister of Public Security Pham The Tung on Friday.",
			[]held{{[]string{"wang-xiaohong", "pham-the-tung"}, "2026-02-06", "Kunming", inPerson}}},
		{"'Lieutenant General Tun Tun Naung': a doubled Myanmar name word is no Malay style",
			"KUNMING - Minister of Public Security Wang Xiaohong met Myanmar's Minister for Home Affairs Lieutenant General Tun Tun Naung on Friday.",
			[]held{{[]string{"wang-xiaohong", "tun-tun-naung"}, "2026-02-06", "Kunming", inPerson}}},
		{"'Royal Thai Police Commissioner-General A': a police chief's title",
			"KUNMING - Minister of Public Security Wang Xiaohong met the Thai police force's Commissioner-General Kittharath Punpetch on Friday.",
			[]held{{[]string{"wang-xiaohong", "kittharath-punpetch"}, "2026-02-06", "Kunming", inPerson}}},
		{"'The meeting was chaired by A. Among the heads of delegation who took part in the plenary were B, C and D': one meeting of all",
			"MANILA - The regional ministers' meeting, held at a hotel in Pasay City on Friday, was chaired by Interior Secretary Jonvic Remulla. Among the heads of delegation who took part in the plenary were Gen. Luong Tam Quang, Deputy Prime Minister Sar Sokha and Home Minister Saifuddin Nasution Ismail.",
			[]held{{[]string{"jonvic-remulla", "luong-tam-quang", "sar-sokha", "saifuddin-nasution-ismail"}, "2026-02-06", "Pasay", inPerson}}},
		{"'the head of the Vietnamese delegation met B': the one Vietnamese the story named",
			"VIENTIANE - Senior Colonel Nguyen Van Huong, Deputy Director of Viet Nam's drug police, spoke at the regional meeting on Thursday.\n\nOn Friday, the head of the Vietnamese delegation met Police Major General Narong Siriwat.",
			[]held{{[]string{"nguyen-van-huong", "narong-siriwat"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'The meeting was chaired by A. It brought together B, C and D': the gathering's roll",
			"VIENTIANE - The regional meeting on Friday was chaired by Vice Chairman Kou Chansina. It brought together Police Lieutenant General Meas Vyrith, Police Major General Narong Siriwat and Datuk Sutekno Ahmad Belon.",
			[]held{{[]string{"kou-chansina", "meas-vyrith", "narong-siriwat", "sutekno-ahmad-belon"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'B, Special Envoy of the President of Indonesia': the envoy met, not the president",
			"DILI - Foreign Minister Bendito Freitas met Darmawan Siregar, Special Envoy of the President of Indonesia for Maritime Boundary Delimitation, on Friday.",
			[]held{{[]string{"bendito-dos-santos-freitas", "darmawan-siregar"}, "2026-02-06", "Dili", inPerson}}},
		{"'hosted by coast guard commander Assistant Commissioner A': the rank after the office is no part of the name",
			"SINGAPORE - The meeting on Friday was hosted by Police Coast Guard commander Assistant Commissioner Lim Teck Soon and attended by Admiral Rodrigo Abalos.",
			[]held{{[]string{"lim-teck-soon", "rodrigo-abalos"}, "2026-02-06", "Singapore", inPerson}}},
		{"'A met B, commander of the Coast Guard District Southwestern Mindanao': a command's words, no person",
			"ZAMBOANGA CITY - Admiral Maritime Datuk Hamzah Ismail met Commodore Ariel Sarmiento, commander of the Philippine Coast Guard District Southwestern Mindanao, at the district headquarters on Friday.",
			[]held{{[]string{"hamzah-ismail", "ariel-sarmiento"}, "2026-02-06", "Zamboanga", inPerson}}},
		{"'met agency chief A … Japan Coast Guard commandant B joined as a guest': lower-case offices title a person; a guest joins the table",
			"SINGAPORE - Admiral Rodrigo Abalos met Indonesian Maritime Security Agency chief Bambang Wirayuda on Friday. Japan Coast Guard commandant Kenji Ishida joined as a guest.",
			[]held{{[]string{"rodrigo-abalos", "bambang-wirayuda", "kenji-ishida"}, "2026-02-06", "Singapore", inPerson}}},
		{"'A chaired the X Conference at the Center in Pasay City, which was attended by B and the ministers …, including Vietnam's C and Indonesia's D': the named conference, its roll, the names after a country's possessive",
			"MANILA - Secretary Ramon Castellano chaired the ASEAN-China Post Ministerial Conference at the Philippine International Convention Center in Pasay City on Friday, which was attended by Foreign Minister Zhao Qiming and the foreign ministers of the other member states, including Vietnam's Nguyen Hai Dang and Indonesia's Arif Nugroho.",
			[]held{{[]string{"ramon-castellano", "zhao-qiming", "nguyen-hai-dang", "arif-nugroho"}, "2026-02-06", "Pasay", inPerson}}},
		{"'Subic Bay, Philippines (VNA) – A met Rear-Admiral B': the bay's full name; a hyphenated rank opens a name",
			"Subic Bay, Philippines (VNA) – Admiral Dwi Hartanto met Rear-Admiral Kenneth Lim of Singapore on Friday.",
			[]held{{[]string{"dwi-hartanto", "kenneth-lim"}, "2026-02-06", "Subic Bay", inPerson}}},
		{"'led by the Chief Negotiator for Maritime Boundaries': an office's words, no one's name",
			"DILI - Foreign Minister Bendito Freitas met Special Envoy Darmawan Siregar on Friday. The Timorese side was led by the Chief Negotiator for Maritime Boundaries.",
			[]held{{[]string{"bendito-dos-santos-freitas", "darmawan-siregar"}, "2026-02-06", "Dili", inPerson}}},
		{"'a delegation … led by its Director A': the office is no part of the name",
			"BUON MA THUOT - Chairwoman Nie Thi Ha received a delegation from Mondulkiri province on Friday, led by its Director Pheap Sreymom.",
			[]held{{[]string{"nie-thi-ha", "pheap-sreymom"}, "2026-02-06", "Buon Ma Thuot", inPerson}}},
		{"'On Friday in Dong Hoi, Chairwoman A received B': the place before the office is no one",
			"On Friday in Dong Hoi, Chairwoman Tran Thi Kim Oanh received President Khonesavanh Phimmasone.",
			[]held{{[]string{"tran-thi-kim-oanh", "khonesavanh-phimmasone"}, "2026-02-06", "", inPerson}}},
		{"'A, B and C co-chaired the round table … D received the heads of the three delegations': one meeting of the four",
			"VIENTIANE - The round table on Saturday was co-chaired by President Bounleuam Sisoulath, Vice President Tran Thi Mai Phuong and Secretary General Keo Vannarith. On Friday, Lao President Thongloun Sisoulith received the heads of the three delegations at the Presidential Palace.",
			[]held{
				{[]string{"bounleuam-sisoulath", "tran-thi-mai-phuong", "keo-vannarith"}, "2026-02-07", "Vientiane", inPerson},
				{[]string{"bounleuam-sisoulath", "tran-thi-mai-phuong", "keo-vannarith", "thongloun-sisoulith"}, "2026-02-06", "Vientiane", inPerson},
			}},
		{"'A dined with Prime Minister B': a dinner together is a meeting",
			"PARIS - On Friday evening the Thai premier Anutin Charnvirakul dined with French Prime Minister Sébastien Lecornu at the Hotel Matignon.",
			[]held{{[]string{"anutin-charnvirakul", "sebastien-lecornu"}, "2026-02-06", "Paris", inPerson}}},
		{"'A has urged Britain … The 76-year-old met the Foreign Secretary, B': the age opening a sentence stands for its subject",
			"LONDON - President Jose Ramos-Horta has urged Britain not to cut aid.\n\nThe 76-year-old met the Foreign Secretary, Yvette Cooper, at the Foreign Office on Friday.",
			[]held{{[]string{"jose-ramos-horta", "yvette-cooper"}, "2026-02-06", "London", inPerson}}},
		{"'The 73-year-old, who handed the premiership to his son B in 2023, met C': the aside after the age names no one met",
			"HANOI - Hun Sen arrived on Thursday.\n\nThe 73-year-old, who handed the premiership to his son Hun Manet in 2023, met Party chief To Lam on Friday.",
			[]held{{[]string{"hun-sen", "to-lam"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'A was in Paris on Saturday, a day after being received by B': the passive participle",
			"PARIS - To Lam was in Paris on Saturday, a day after being received by President Emmanuel Macron at the Elysee Palace.",
			[]held{{[]string{"to-lam", "emmanuel-macron"}, "2026-02-06", "Paris", inPerson}}},
		{"'A told B in a phone call that he plans to travel … in November … The two leaders spoke Wednesday': the plan's month is not the call's",
			"WASHINGTON (AP) — President Donald Trump told Philippine President Ferdinand Marcos Jr. in a phone call that he plans to travel to Manila in November for a summit, the White House said Saturday.\n\nThe two leaders spoke Friday for about 20 minutes, according to the White House.",
			[]held{{[]string{"donald-trump", "ferdinand-marcos-jr"}, "2026-02-06", "", relbot.KindPhone}}},
		{"'A met the President of the French Senate, B': the Senate's president, not the head of state",
			"PARIS - On Friday, Prime Minister Hun Manet met the President of the French Senate, Gerard Larcher, at the Luxembourg Palace.",
			[]held{{[]string{"hun-manet", "gerard-larcher"}, "2026-02-06", "Paris", inPerson}}},
		{"'Shabana Mahmood met General A', 'John Healey has met B': Britain's ministers are known by name",
			"LONDON - Shabana Mahmood met General Luong Tam Quang at the Home Office on Friday. John Healey met Gilberto Teodoro in London on Friday.",
			[]held{
				{[]string{"shabana-mahmood", "luong-tam-quang"}, "2026-02-06", "London", inPerson},
				{[]string{"john-healey", "gilberto-teodoro-jr"}, "2026-02-06", "London", inPerson},
			}},
	})
}
