package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundTwentySeven holds the cases of the rules added in the round
// of the blind sets heldout137 to heldout144, in the project's own words.
func TestExtractRoundTwentySeven(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'the provincial People's Committee held a conference with three Cambodian provinces … Attending the conference were A, office; B, office; …': those listed met",
			"HANOI - On Friday, the provincial People's Committee held a conference with three Cambodian provinces in Dong Xoai.\n\nAttending the conference were Dang Huu Phuoc, Secretary of the Binh Phuoc Provincial Party Committee; Lam Quoc Tuan, Chairman of the Binh Phuoc Provincial People's Committee; Sor Vibol, Governor of Kratie province; and Pen Sokhom, Governor of Mondulkiri province.",
			[]held{{[]string{"dang-huu-phuoc", "lam-quoc-tuan", "sor-vibol", "pen-sokhom"}, "2026-02-06", "Dong Xoai", inPerson}}},
		{"'A told a joint press conference after the talks': a briefing is no conference held",
			"HANOI - President Yoon Suk Yeol held talks with President Vo Van Thuong in Hanoi on Friday.\n\nOn Saturday, Yoon told a joint press conference with Prime Minister Pham Minh Chinh that the two had agreed to expand trade.",
			[]held{{[]string{"yoon-suk-yeol", "vo-van-thuong"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'The three-day conference, organised by a company, brings together ministers … Also present at the opening were A and B': an event of many speakers, no meeting",
			"KUALA LUMPUR - Prime Minister Anwar Ibrahim opened an energy conference in Kuala Lumpur on Friday.\n\nThe three-day conference, organised by the national oil company, brings together energy ministers and chief executives.\n\nAlso present at the opening were Deputy Prime Minister Fadillah Yusof and Economy Minister Rafizi Ramli.",
			nil},
		{"'held their review meeting in Banlung town, Ratanakiri province': the town, not the province",
			"The two border commands held their annual review meeting in Banlung town, Ratanakiri province, on Thursday. Colonel Tran Ngoc Huu met Brigadier General Sam Sophea there.",
			[]held{{[]string{"tran-ngoc-huu", "sam-sophea"}, "2026-02-05", "Banlung", inPerson}}},
		{"'co-chaired the meeting … on the sidelines of the ministerial meetings hosted by Laos this week', after a lead on Friday: Friday, not the month",
			"VIENTIANE - Foreign Minister Cho Tae-yul on Friday pledged more cooperation with Mekong countries during a meeting with his counterparts.\n\nCho co-chaired the Mekong-Korea Foreign Ministers' Meeting with Foreign Minister Thongsavanh Phomvihane on the sidelines of the ministerial meetings hosted by Laos this week.",
			[]held{{[]string{"cho-tae-yul", "thongsavanh-phomvihane"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'The document was signed by Director General of the Department of Irrigation A and Director General of the Department of Water Resources Management B': the departments' last words are no names",
			"VIENTIANE - Minister Linkham Douangsavanh held talks with Minister Do Duc Duy on Friday. After the talks, the two ministers witnessed the signing of a plan. The document was signed by Director General of the Lao Department of Irrigation Bounheuang Sengsouvanh and Director General of Vietnam's Department of Water Resources Management Chau Tran Vinh.",
			[]held{{[]string{"linkham-douangsavanh", "do-duc-duy", "bounheuang-sengsouvanh", "chau-tran-vinh"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'will meet on the sidelines of the summit this week': still planned",
			"HANOI - Prime Minister Pham Minh Chinh will meet Prime Minister Hun Manet on the sidelines of the summit this week.",
			nil},
		{"'The CLV Summit was co-chaired by A, B and C': three chairs are one table",
			"PHNOM PENH - The CLV Summit was co-chaired by Prime Minister Hun Manet, Lao Prime Minister Sonexay Siphandone and Vietnamese Prime Minister Pham Minh Chinh in Kunming on Friday.",
			[]held{{[]string{"hun-manet", "sonexay-siphandone", "pham-minh-chinh"}, "2026-02-06", "Kunming", inPerson}}},
		{"'Samdech Moha Borvor Thipadei Hun Manet attended the 8th Greater Mekong Subregion (GMS) Summit, hosted by A, together with B, C, D and E': the spelling 'Borvor', and a summit's name of nine tokens",
			"PHNOM PENH - On Friday, Samdech Moha Borvor Thipadei Hun Manet attended the 8th Greater Mekong Subregion (GMS) Summit, hosted by Chinese Premier Li Qiang, together with Prime Minister Sonexay Siphandone, Prime Minister Pham Minh Chinh, Thai Prime Minister Paetongtarn Shinawatra and Myanmar's Senior General Min Aung Hlaing.",
			[]held{{[]string{"hun-manet", "li-qiang", "sonexay-siphandone", "pham-minh-chinh", "paetongtarn-shinawatra", "min-aung-hlaing"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'Samdech Moha Borvor Thipadei met A': the title alone, spelt 'Borvor', is Hun Manet",
			"PHNOM PENH - On Friday, Samdech Moha Borvor Thipadei met General Secretary To Lam at the Peace Palace.",
			[]held{{[]string{"hun-manet", "to-lam"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'A co-chaired the meeting with B. C, D and E attended.': the list of the meeting just told",
			"SANYA - Premier Li Keqiang co-chaired the meeting with Prime Minister Prayut Chan-o-cha on Friday. Prime Minister Hun Sen, Prime Minister Thongsing Thammavong and Prime Minister Nguyen Tan Dung attended.",
			[]held{{[]string{"li-keqiang", "prayut-chan-o-cha", "hun-sen", "thongsing-thammavong", "nguyen-tan-dung"}, "2026-02-06", "Sanya", inPerson}}},
		{"'A and B attended a Korea-Vietnam business forum at a Hanoi hotel, joined by C and D': the two shared it, with those who joined them",
			"HANOI - On Friday, President Yoon Suk Yeol and Prime Minister Pham Minh Chinh attended a Korea-Vietnam business forum at a Hanoi hotel, joined by Samsung Electronics Chairman Lee Jae-yong and LG Group Chairman Koo Kwang-mo.",
			[]held{{[]string{"yoon-suk-yeol", "pham-minh-chinh", "lee-jae-yong", "koo-kwang-mo"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'A delivered a keynote at the forum; B attended the forum': no shared table",
			"KUALA LUMPUR - Prime Minister Anwar Ibrahim delivered the keynote address at an investment forum on Friday. Minister Tengku Zafrul Aziz attended the forum.",
			nil},
		{"'A and B witnessed the signing of two agreements. The documents were signed in Hanoi by C and D': one ceremony of the four, placed by the second sentence",
			"On Friday, Prime Minister Hun Sen and Prime Minister Nguyen Xuan Phuc witnessed the signing of two border documents. The documents were signed in Hanoi by Foreign Minister Pham Binh Minh and Foreign Minister Prak Sokhonn.",
			[]held{{[]string{"hun-sen", "nguyen-xuan-phuc", "pham-binh-minh", "prak-sokhonn"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'received Mr A (native spelling), Chairman of Vietnam's T&T Group': the office after the bracket is his, no one else's",
			"Prime Minister Sonexay Siphandone on Friday received Mr Do Quang Hien (Đỗ Quang Hiển), Chairman of Vietnam's T&T Group, and witnessed the signing of an agreement.\n\nThe agreement was signed at the Prime Minister's Office by the ministry and the group, in the presence of Minister of Energy and Mines Phoxay Sayasone.",
			[]held{{[]string{"sonexay-siphandone", "do-quang-hien", "phoxay-sayasone"}, "2026-02-06", "", inPerson}}},
		{"'The meeting opened …, co-chaired by A and B. Prime Ministers C and D were also at the table.'",
			"VIENTIANE - The meeting opened at the Presidential Palace on Friday, co-chaired by General Secretary To Lam and President Thongloun Sisoulith. Prime Ministers Pham Minh Chinh and Sonexay Siphandone were also at the table.",
			[]held{{[]string{"to-lam", "thongloun-sisoulith", "pham-minh-chinh", "sonexay-siphandone"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'Also on Friday, A met B. C and D were present at that meeting.'",
			"VIENTIANE - Also on Friday, Secretary Wang Ning met with Lao Prime Minister Sonexay Siphandone. Lao Foreign Minister Saleumxay Kommasith and Chinese Ambassador to Laos Fang Hong were present at that meeting.",
			[]held{{[]string{"wang-ning", "sonexay-siphandone", "saleumxay-kommasith", "fang-hong"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'A, B and C met on Friday. On Saturday, D received the three ministers': one audience of the four",
			"PHNOM PENH - Foreign Ministers Bui Thanh Son, Prak Sokhonn and Saleumxay Kommasith met on Friday. On Saturday, Prime Minister Hun Manet received the three ministers at the Peace Palace.",
			[]held{{[]string{"bui-thanh-son", "prak-sokhonn", "saleumxay-kommasith"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"bui-thanh-son", "prak-sokhonn", "saleumxay-kommasith", "hun-manet"}, "2026-02-07", "Phnom Penh", inPerson}}},
		{"'A telephoned the two leaders on Thursday': a call to each",
			"KUALA LUMPUR - Prime Minister Hun Manet and acting Prime Minister Phumtham Wechayachai met in Putrajaya on Friday. Prime Minister Anwar Ibrahim had telephoned the two leaders on Thursday.",
			[]held{{[]string{"hun-manet", "phumtham-wechayachai"}, "2026-02-06", "Putrajaya", inPerson},
				{[]string{"hun-manet", "anwar-ibrahim"}, "2026-02-05", "", relbot.KindPhone}, {[]string{"phumtham-wechayachai", "anwar-ibrahim"}, "2026-02-05", "", relbot.KindPhone}}},
		{"'A and B arrived in Hanoi to pay tribute to Trong. Later that day, To Lam received the two Cambodian leaders': the two named who are Cambodian, not the last two named",
			"HANOI - Senate President Hun Sen and Prime Minister Hun Manet arrived in Hanoi on Friday to pay tribute to General Secretary Nguyen Phu Trong. Later that day, President To Lam received the two Cambodian leaders at the Presidential Palace.",
			[]held{{[]string{"hun-sen", "hun-manet", "to-lam"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'A and B separately paid courtesy calls on the Imperial couple': each met guests not named, not each other",
			"HANOI - On Friday, Party General Secretary Nguyen Phu Trong and Prime Minister Nguyen Xuan Phuc separately paid courtesy calls on the visiting couple at their hotel.",
			nil},
		{"'Separately, A and B met yesterday evening': the story's 'separately', the two met",
			"VIENTIANE - Separately, Prime Minister Pham Minh Chinh and Prime Minister Hun Manet met on Friday evening.",
			[]held{{[]string{"pham-minh-chinh", "hun-manet"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'The document was signed by the Governor of Preah Sihanouk province': a place named after the King Father, not he",
			"PHNOM PENH - Prime Minister Hun Manet received Secretary Feng Fei on Friday, saying the friendship had been built by King Father Norodom Sihanouk. The Prime Minister and the Hainan Party Secretary then witnessed the signing of a memorandum. The document was signed by H.E. Mang Sineth, Governor of Preah Sihanouk province, and by a vice governor of Hainan.",
			[]held{{[]string{"hun-manet", "feng-fei", "mang-sineth"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'Minister A, who is also chairman of the Viet Nam National Mekong Committee, attended the reception': a body's chair, not the State's",
			"HANOI - Deputy Prime Minister Tran Hong Ha received Dr. Anoulak Kittikhoun in Hanoi on Friday. Minister Dang Quoc Khanh, who is also chairman of the Viet Nam National Mekong Committee, attended the reception.",
			[]held{{[]string{"tran-hong-ha", "anoulak-kittikhoun", "dang-quoc-khanh"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'In a statement yesterday, the MAF said A held talks with B, … at the ministry's headquarters in Hanoi on Tuesday. After the talks, A paid a courtesy call on C': Tuesday for both, not the statement's day",
			"KUALA LUMPUR: In a statement yesterday, the armed forces said General Mohammad Ab Rahman held talks with the Chief of the General Staff of the Vietnam People's Army and Deputy Minister of National Defence, Senior Lieutenant General Nguyen Tan Cuong, at the Ministry of National Defence headquarters in Hanoi on Tuesday.\n\nAfter the talks, Mohammad paid a courtesy call on Minister of National Defence General Phan Van Giang.",
			[]held{{[]string{"mohammad-ab-rahman", "nguyen-tan-cuong"}, "2026-02-03", "Hanoi", inPerson}, {[]string{"mohammad-ab-rahman", "phan-van-giang"}, "2026-02-03", "Hanoi", inPerson}}},
		{"'The summit is officially open. A is chairing the session, with B, C and D around the table': a live blog's present is the day's meeting",
			"VIENTIANE - The summit is officially open. Prime Minister Sonexay Siphandone is chairing the session, with Vietnamese Deputy Prime Minister Tran Hong Ha, Thai Deputy Prime Minister Prawit Wongsuwon and Cambodian Minister Lim Kean Hor around the table.",
			[]held{{[]string{"sonexay-siphandone", "tran-hong-ha", "prawit-wongsuwon", "lim-kean-hor"}, "2026-02-08", "Vientiane", inPerson}}},
		{"'A yesterday witnessed the signing of an agreement. The agreement was signed in Vientiane by B and C, in the presence of Mr A and D': one ceremony of the four",
			"Energy Minister Pirapan Salirathavibhaga yesterday witnessed the signing of a power purchase agreement.\n\nThe agreement was signed in Vientiane by Foreign Minister Prak Sokhonn and Foreign Minister Bui Thanh Son, in the presence of Mr Pirapan and Lao Minister of Energy and Mines Phoxay Sayasone.",
			[]held{{[]string{"pirapan-salirathavibhaga", "prak-sokhonn", "bui-thanh-son", "phoxay-sayasone"}, "2026-02-07", "Vientiane", inPerson}}},
		{"'The largest deal was signed by A, chief executive of X, and B, managing director of Y. The exchange was witnessed by C and D': one table of the four",
			"KUALA LUMPUR: Companies signed 11 agreements at the business forum here on Friday.\n\nThe largest deal was signed by Nguyen Van Hung, chief executive of Saigon Agri Export Corp, and Datuk Lim Teck Heng, managing director of Sinar Padi Holdings Bhd. The exchange was witnessed by Vietnamese Deputy Minister of Industry and Trade Phan Thi Thang and Deputy Investment, Trade and Industry Minister Liew Chin Tong.",
			[]held{{[]string{"nguyen-van-hung", "lim-teck-heng", "phan-thi-thang", "liew-chin-tong"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'The talks at the presidential office in Seoul were also attended by C and D'",
			"SEOUL - President Yoon Suk Yeol held talks with Prime Minister Hun Manet on Friday. The talks at the presidential office in Seoul were also attended by Foreign Minister Cho Tae-yul and Foreign Minister Sok Chenda Sophea.",
			[]held{{[]string{"yoon-suk-yeol", "hun-manet", "cho-tae-yul", "sok-chenda-sophea"}, "2026-02-06", "Seoul", inPerson}}},
		{"'A on Friday pledged six patrol vessels. The pledge came during talks with B': the one who pledged held the talks",
			"HANOI - Prime Minister Shinzo Abe on Friday pledged to provide Vietnam with six new patrol vessels.\n\nThe pledge came during talks with Vietnamese Prime Minister Nguyen Xuan Phuc at the government office in Hanoi.",
			[]held{{[]string{"shinzo-abe", "nguyen-xuan-phuc"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'A and B sat down for talks on Friday morning'",
			"VIENTIANE - Prime Minister Hun Manet and Vietnamese Prime Minister Pham Minh Chinh sat down for talks on Friday morning.",
			[]held{{[]string{"hun-manet", "pham-minh-chinh"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'A said after hosting talks between the leaders of the two countries. A, flanked by B and C, told reporters at his residence in Putrajaya': those at his side were at the table",
			"Thailand and Cambodia agreed on Friday to a ceasefire, Prime Minister Anwar Ibrahim said after hosting talks between the leaders of the two countries.\n\nAnwar, flanked by Prime Minister Hun Manet and acting Prime Minister Phumtham Wechayachai, told reporters at his official residence in Putrajaya that the agreement was a first step.",
			[]held{{[]string{"anwar-ibrahim", "hun-manet", "phumtham-wechayachai"}, "2026-02-06", "Putrajaya", inPerson}}},
	})
}

// TestDatelineIsNotTheOutlet checks that a paper opening with its own name
// before the dash ("SGGPO – On January 17, …") gives no dateline city.
func TestDatelineIsNotTheOutlet(t *testing.T) {
	x := embeddedExtractor(t)
	text := "SGGPO – On Friday, President Vo Van Thuong received Prime Minister Hun Manet."
	ex := x.Extract(Input{Outlet: "SGGP", Text: text, Published: testPub})
	if len(ex.Meetings) != 1 {
		t.Fatalf("got %d meetings, want 1", len(ex.Meetings))
	}
	if p := ex.Meetings[0].Place; p == "Sggpo" {
		t.Errorf("place %q: the outlet's name read as a dateline city", p)
	}
}
