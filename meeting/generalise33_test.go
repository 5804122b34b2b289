package meeting

import (
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// TestExtractRoundThirtySeven covers the forms of writing round
// thirty-seven's held-out sets showed, each in this project's own words.
func TestExtractRoundThirtySeven(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'Li chaired the meeting from Beijing. Taking part online were …' after a lead that named no one: the chair sits at the lead's meeting",
			"BEIJING, Feb. 6 (Xinhua) -- Water ministers of the Mekong countries held a video conference on Friday.\n\nChinese Minister of Water Resources Li Guoying chaired the meeting from Beijing. Taking part online were Cambodian Minister of Water Resources Thor Chetha and Lao Vice Minister of Natural Resources Sisouk Vongphachanh.",
			[]held{{[]string{"li-guoying", "thor-chetha", "sisouk-vongphachanh"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'Governor-General Dame Cindy Kiro', 'Sir Bob Dadae', 'Ratu Naiqama Lalabalavu': knighthoods and chiefly styles are no part of the name",
			"WELLINGTON - Governor-General Dame Cindy Kiro received the visiting Vietnamese President Luong Cuong at Government House on Friday.\n\nIn Suva on Thursday, Fiji's President Ratu Naiqama Lalabalavu held talks with Luong Cuong.\n\nOn Wednesday, Governor-General Sir Bob Dadae received Luong Cuong in Port Moresby.",
			[]held{
				{[]string{"cindy-kiro", "luong-cuong"}, "2026-02-06", "Wellington", inPerson},
				{[]string{"luong-cuong", "naiqama-lalabalavu"}, "2026-02-05", "Suva", inPerson},
				{[]string{"luong-cuong", "bob-dadae"}, "2026-02-04", "Port Moresby", inPerson},
			}},
		{"'Premier Datuk Patinggi Tan Sri Abang Johari Tun Openg': Sarawak's styles and the 'Tun' before a father's name are no part of it, though Myanmar's 'Tun Tun Naung' keeps its own",
			"KUCHING: Premier Datuk Patinggi Tan Sri Abang Johari Tun Openg received a courtesy call from West Kalimantan Governor Ria Norsan at his office here on Friday. On Thursday, Home Affairs Minister Lt. Gen. Tun Tun Naung met Governor Ria Norsan in Kuching.",
			[]held{
				{[]string{"abang-johari-openg", "ria-norsan"}, "2026-02-06", "Kuching", inPerson},
				{[]string{"ria-norsan", "tun-tun-naung"}, "2026-02-05", "Kuching", inPerson},
			}},
		{"'the governor was in Miri, where he met …': a town the tables lack, named as the meeting's",
			"KUCHING: West Kalimantan Governor Ria Norsan called on Premier Abang Johari Openg here on Friday. Earlier in the week, the governor was in Miri, where he met Deputy Premier Douglas Uggah Embas on Monday.",
			[]held{
				{[]string{"ria-norsan", "abang-johari-openg"}, "2026-02-06", "Kuching", inPerson},
				{[]string{"ria-norsan", "douglas-uggah-embas"}, "2026-02-02", "Miri", inPerson},
			}},
		{"'received Khun Chaiyaporn Srisuwan, Director-General of …': Thai courtesy before a given name and a surname, not the Shan name of 'Khun Htun Oo'",
			"PHNOM PENH - Minister of Environment Eang Sophalleth received Khun Chaiyaporn Srisuwan, Director-General of Thailand's Department of National Parks, at the ministry on Friday. On Thursday, the minister met Khun Htun Oo, chairman of the Shan Nationalities League for Democracy.",
			[]held{
				{[]string{"eang-sophalleth", "chaiyaporn-srisuwan"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"eang-sophalleth", "khun-htun-oo"}, "2026-02-05", "Phnom Penh", inPerson},
			}},
		{"'Minister for Agriculture and Waterways Tomasi Tunabuna': the portfolio ends before the name",
			"SUVA - Minister for Agriculture and Waterways Tomasi Tunabuna met Vietnam's Deputy Minister of Agriculture and Environment, Tran Thanh Nam, at the ministry's headquarters in Suva on Friday.",
			[]held{{[]string{"tomasi-tunabuna", "tran-thanh-nam"}, "2026-02-06", "Suva", inPerson}}},
		{"'met on Friday with A, director of …, and B, director-general of …' and, sentences later, 'The three agreed …': one meeting of the three",
			"SIEM REAP - Provincial governor Khim Sovann met on Friday with Chea Sokunthea, country director of WWF-Cambodia, and Sok Pheap, director-general of the Fisheries Administration, to discuss the lake.\n\nThe meeting was held at the provincial hall.\n\nSovann said patrols would be stepped up.\n\nSokunthea said WWF would help community fisheries.\n\nThe three agreed to set up a joint secretariat.",
			[]held{{[]string{"khim-sovann", "chea-sokunthea", "sok-pheap"}, "2026-02-06", "Siem Reap", inPerson}}},
		{"'The delegation then travelled to Bolikhamxay province, where it met governor B': the delegation's head met B",
			"VIENTIANE - A delegation of Vietnam's forestry department, led by Deputy Director General Nguyen Van Thang, has wrapped up a visit to Laos.\n\nOn Thursday, the delegation was received in Vientiane by Deputy Minister of Agriculture Khamphanh Sengdara.\n\nThe delegation then travelled to Bolikhamxay province on Friday, where it met provincial governor Khamphao Xayavong in Paksan.",
			[]held{
				{[]string{"nguyen-van-thang", "khamphanh-sengdara"}, "2026-02-05", "Vientiane", inPerson},
				{[]string{"nguyen-van-thang", "khamphao-xayavong"}, "2026-02-06", "Paksan", inPerson},
			}},
		{"'A, B and C inaugurated a nursery … (a sentence about the nursery) … the three held a closed-door discussion at the park on expanding the programme to areas in North Sumatra': the three last named, where they were",
			"JAKARTA - Forestry Minister Raja Juli Antoni, Japanese Ambassador Kenji Yoshida and Bali Governor Wayan Koster inaugurated a mangrove nursery in Denpasar on Friday.\n\nThe nursery will grow half a million seedlings a year.\n\nAfter planting seedlings with pupils, the three held a closed-door discussion at the park's visitor centre on expanding the programme to coastal areas in North Sumatra.",
			[]held{{[]string{"raja-juli-antoni", "kenji-yoshida", "wayan-koster"}, "2026-02-06", "Denpasar", inPerson}}},
		{"'held discussions with …': a meeting",
			"HANOI - Deputy Minister Nguyen Hoang Hiep held discussions with Lao Vice Minister Sisouk Vongphachanh in Hanoi on Friday.",
			[]held{{[]string{"nguyen-hoang-hiep", "sisouk-vongphachanh"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'A delegation led by A handed over relief goods worth …, including rice, drinking water, medical supplies and water pumps, to B at a ceremony': a long list of goods between",
			"VIENTIANE - On Saturday, a Vietnamese delegation led by Deputy Minister of Agriculture and Environment Nguyen Hoang Hiep handed over relief goods worth USD 500,000, including rice, drinking water, medical supplies and water pumps, to Lao Vice Minister of Natural Resources and Environment Sisouk Vongphachanh at a ceremony in Samakkhixay.",
			[]held{{[]string{"nguyen-hoang-hiep", "sisouk-vongphachanh"}, "2026-02-07", "Samakkhixay", inPerson}}},
		{"'met Johor state executive councillor for environment Raven Kumar': a state councillor's office and its portfolio before the name",
			"SINGAPORE - On Friday, NParks chief executive Lim Wei Ling travelled to Johor Bahru, where she met Johor state executive councillor for environment Raven Kumar.",
			[]held{{[]string{"lim-wei-ling", "raven-kumar"}, "2026-02-06", "Johor Bahru", inPerson}}},
		{"'Minister Johari Abdul Ghani': a longer name than the known 'Johari Abdul' is someone else",
			"KUALA LUMPUR - Plantation and Commodities Minister Johari Abdul Ghani met EU Environment Commissioner Jessika Roswall on Friday.",
			[]held{{[]string{"johari-abdul-ghani", "jessika-roswall"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'Both meetings followed a working dinner on Monday night hosted by D. The dinner was attended by A, B and C': the meal's own meeting, on its own day",
			"KUALA LUMPUR: On Thursday, Foreign Minister Mohamad Hasan met Thailand's Deputy Foreign Minister Chatchai Wongsawat.\n\nBoth meetings followed a working dinner on Monday night hosted by ISIS Malaysia chief executive Faridah Ismail. The dinner was attended by Mohamad, Vice Foreign Minister Sun Weidong and Australia's Deputy Secretary Catherine Holloway, among others.",
			[]held{
				{[]string{"mohamad-hasan", "chatchai-wongsawat"}, "2026-02-05", "Kuala Lumpur", inPerson},
				{[]string{"mohamad-hasan", "faridah-ismail", "sun-weidong", "catherine-holloway"}, "2026-02-02", "Kuala Lumpur", inPerson},
			}},
		{"'Dr. A, Director General of …, and Dr. B, Vice President of …, signed a memorandum': two of different countries, each with an office set off",
			"VIENTIANE - On Friday, on the sidelines of the conference, Dr. Bounnheuang Songnavong, Director General of the Institute of Foreign Affairs, and Dr. Nguyen Hung Son, Vice President of the Diplomatic Academy of Vietnam, signed a memorandum of understanding on research cooperation.",
			[]held{{[]string{"bounnheuang-songnavong", "nguyen-hung-son"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'Earlier this week, A met B at the ministry on Tuesday': the day within the week",
			"BANGKOK - Earlier this week, Foreign Minister Sihasak Phuangketkeow met Chinese Ambassador to Thailand Han Zhiqiang at the Ministry of Foreign Affairs on Tuesday to discuss the forum.",
			[]held{{[]string{"sihasak-phuangketkeow", "han-zhiqiang"}, "2026-02-03", "Bangkok", inPerson}}},
		{"'the Vietnamese deputy minister met …' after 'Deputy Minister of Foreign Affairs A led a delegation'; 'tour guides in Mandarin' is no place",
			"Kunming (VNA) – Deputy Minister of Foreign Affairs Do Hung Viet led a Vietnamese delegation to the forum, held in Kunming on Friday.\n\nOn Saturday, the Vietnamese deputy minister met Zhao Hongmei, director of the Yunnan Provincial Department of Culture and Tourism, to discuss training for Lao tour guides in Mandarin.",
			[]held{{[]string{"do-hung-viet", "zhao-hongmei"}, "2026-02-07", "Kunming", inPerson}}},
		{"'The two-day meeting was to be co-chaired by A and B' after its postponement: arranged, not held",
			"MANILA - A closed-door dialogue between Filipino and Chinese scholars, which was supposed to open in Manila on Thursday, has been postponed indefinitely, organizers said on Friday.\n\nThe two-day Track 2 meeting was to be co-chaired by Dr. Marites Lagdameo of the University of the Philippines and Professor Zhao Xinmin of the National Institute for South China Sea Studies.",
			nil},
		{"'A was received on Saturday by B. … The minister then went to the Grand Serail in downtown Beirut, where he held talks with C': Saturday goes on, in a town the tables lack",
			"BEIRUT — Indonesian Foreign Minister Sugiono wrapped up a two-day visit to Lebanon on Sunday.\n\nSugiono was received on Saturday morning at the Baabda Presidential Palace by President Joseph Aoun. According to the presidency, Aoun discussed the gradual withdrawal of the force, whose mandate the Security Council decided last year to end.\n\nThe Indonesian minister then went to the Grand Serail in downtown Beirut, where he held talks with Prime Minister Nawaf Salam.",
			[]held{
				{[]string{"sugiono", "joseph-aoun"}, "2026-02-07", "Baabda", inPerson},
				{[]string{"sugiono", "nawaf-salam"}, "2026-02-07", "Beirut", inPerson},
			}},
		{"'visited the Parliament Complex in Senayan, where he was received by B' under a JAKARTA dateline: a district of the dateline's city",
			"JAKARTA - On Friday, General Secretary To Lam visited the Parliament Complex in Senayan, where he was received by Speaker Puan Maharani.",
			[]held{{[]string{"to-lam", "puan-maharani"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'held talks with B in Vientiane earlier this week, as the country looks to revive French seven decades after colonial rule': the years are the clause's after the comma",
			"VIENTIANE - Louise Mushikiwabo, secretary general of the Francophonie, held talks with Lao Prime Minister Sonexay Siphandone in Vientiane on Friday, as the country looks to revive French-language teaching more than seven decades after the end of colonial rule.",
			[]held{{[]string{"louise-mushikiwabo", "sonexay-siphandone"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'On Monday last week, A and B held a video conference': that Monday of the week before",
			"PHNOM PENH - On Monday last week, Cambodian Deputy Prime Minister Prak Sokhonn and Thai Foreign Minister Sihasak Phuangketkeow held a video conference on the boundary commission.",
			[]held{{[]string{"prak-sokhonn", "sihasak-phuangketkeow"}, "2026-01-26", "", relbot.KindVirtual}}},
		{"'held a video conference yesterday with A and B … B said that the three had had a candid discussion': one call of the three",
			"BRUSSELS - The EU's foreign policy chief Kaja Kallas held a video conference yesterday with the Secretary-General of ASEAN, Dr Kao Kim Hourn, and Singapore's Foreign Minister Vivian Balakrishnan.\n\nBalakrishnan said on social media that the three had had a candid and useful discussion.",
			[]held{{[]string{"kaja-kallas", "kao-kim-hourn", "vivian-balakrishnan"}, "2026-02-07", "", relbot.KindVirtual}}},
		{"'A held talks with his counterpart B. The following day, the minister was received by C': the visiting minister, received by his hosts",
			"HANOI - Belgian Foreign Minister Maxime Prévot arrived in Vietnam. On Friday, Prévot held talks in Hanoi with his Vietnamese counterpart Lê Hoài Trung.\n\nThe following day, the minister was received by Deputy Prime Minister Bùi Thanh Sơn.",
			[]held{
				{[]string{"maxime-prevot", "le-hoai-trung"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"maxime-prevot", "bui-thanh-son"}, "2026-02-07", "Hanoi", inPerson},
			}},
		{"'Malaysia's High Commissioner, Datuk A, …. On Friday the envoy was welcomed by vice-chancellor B. The following day the high commissioner paid a courtesy call on Mayor C': the one envoy, and a lower-case office after 'by'",
			"WELLINGTON - Malaysia's High Commissioner to New Zealand, Datuk Azlan Mohd Noor, has spent three days in Dunedin.\n\nOn Friday the envoy was welcomed at the University of Otago by vice-chancellor Grant Robertson.\n\nThe following day the high commissioner paid a courtesy call on Mayor Sophie Barker.",
			[]held{
				{[]string{"azlan-mohd-noor", "grant-robertson"}, "2026-02-06", "Wellington", inPerson},
				{[]string{"azlan-mohd-noor", "sophie-barker"}, "2026-02-07", "Wellington", inPerson},
			}},
		{"'Songkhla governor Khun Anan Rattanapong met the heads of two Malaysian states earlier this week. The meeting on Tuesday, May 26, at the … complex on the Malaysian side, was attended by Menteri Besar A and Menteri Besar B'",
			"SONGKHLA - Songkhla governor Khun Anan Rattanapong met the heads of government of two neighbouring Malaysian states earlier this week.\n\nThe meeting on Tuesday, February 3, at the Bukit Kayu Hitam complex on the Malaysian side, was attended by Kedah Menteri Besar Datuk Seri Muhammad Sanusi Md Nor and Perlis Menteri Besar Mohd Shukri Ramli.",
			[]held{{[]string{"anan-rattanapong", "muhammad-sanusi-md-nor", "mohd-shukri-ramli"}, "2026-02-03", "Songkhla", inPerson}}},
		{"'received a delegation from Vientiane Capital led by Governor A … the Lao governor paid a courtesy call on B': the governor the article introduced",
			"HÀ NỘI — Chairman of the Hà Nội People's Committee Trần Sỹ Thanh on Friday received a delegation from Vientiane Capital led by Governor Atsaphangthong Siphandone.\n\nLater on Friday afternoon, the Lao governor paid a courtesy call on Secretary of the Hà Nội Party Committee Bùi Thị Minh Hoài.",
			[]held{
				{[]string{"tran-sy-thanh", "atsaphangthong-siphandone"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"atsaphangthong-siphandone", "bui-thi-minh-hoai"}, "2026-02-06", "Hanoi", inPerson},
			}},
		{"'Yokohama Mayor A met B on Monday. … On Wednesday, the mayor was received in Hanoi by C': the mayor the article introduced",
			"TOKYO -- Yokohama Mayor Takeharu Yamanaka wrapped up a five-day visit to Vietnam on Friday.\n\nOn Monday, Yamanaka met Da Nang People's Committee Chairman Ho Ky Minh in Da Nang.\n\nOn Wednesday, the mayor was received in Hanoi by Tran Sy Thanh, chairman of the Hanoi People's Committee.",
			[]held{
				{[]string{"takeharu-yamanaka", "ho-ky-minh"}, "2026-02-02", "Da Nang", inPerson},
				{[]string{"takeharu-yamanaka", "tran-sy-thanh"}, "2026-02-04", "Hanoi", inPerson},
			}},
		{"'Governor A … Messages have also been received from the Mayor of Paris and from the Governor of Phnom Penh': those cities' office holders, not the governor introduced",
			"HANOI - Chairman Tran Sy Thanh on Friday received Governor of Vientiane Capital Atsaphangthong Siphandone.\n\nSeoul Mayor Oh Se-hoon also sent a message to Chairman Thanh. Messages of sympathy have also been received from the Mayor of Paris and from the Governor of Phnom Penh.",
			[]held{{[]string{"tran-sy-thanh", "atsaphangthong-siphandone"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'The meeting was attended by Chiang Rai provincial governor A, Mae Sai district chief B and U C': a district chief's office before the name",
			"CHIANG RAI - Local officials from Tachileik and Mae Sai met on Friday at the Friendship Bridge.\n\nThe meeting was attended by Chiang Rai provincial governor Charin Thongsuk, Mae Sai district chief Wichai Kaewmanee and U Kyaw Zeya, chairman of the Tachileik district administration.",
			[]held{{[]string{"charin-thongsuk", "wichai-kaewmanee", "kyaw-zeya"}, "2026-02-06", "Chiang Rai", inPerson}}},
		{"'Leaders of two provinces met last Friday at the gate. A, chairman of …, and Governor B chaired the talks …. The previous day, A had received C to discuss the programme of the Savannakhet delegation'",
			"DONG HA - Leaders of Quang Tri province and Savannakhet province met on Friday at the Lao Bao border gate.\n\nLe Quang Tung, chairman of the Quang Tri People's Committee, and Savannakhet Governor Bounma Inthavong chaired the talks at the border gate's joint inspection building, attended by officials of both sides.\n\nThe previous day, Tung had received Lao Consul General Khamphou Sayavong in Dong Hoi to discuss the programme of the Savannakhet delegation.",
			[]held{
				{[]string{"le-quang-tung", "bounma-inthavong"}, "2026-02-06", "Lao Bao", inPerson},
				{[]string{"le-quang-tung", "khamphou-sayavong"}, "2026-02-05", "Dong Hoi", inPerson},
			}},
		{"'\"…,\" Chairman A said yesterday as he received B': the saying's day is the meeting's",
			"\"Kitakyushu turned grey smoke into blue skies,\" Chairman of the Hai Phong People's Committee Le Ngoc Chau said yesterday as he received Kitakyushu Mayor Kazuhisa Takeuchi at the city's administrative centre.",
			[]held{{[]string{"le-ngoc-chau", "kazuhisa-takeuchi"}, "2026-02-07", "Hai Phong", inPerson}}},
		{"'Head of the National Statistics Office (NSO) under the Ministry of Finance A received …': the office's body goes on past its acronym and 'under the …'",
			"Hà Nội (VNA) – Head of the National Statistics Office (NSO) under the Ministry of Finance Nguyễn Thị Hương received a delegation led by Director General Khamsouk Phommachanh in Hà Nội on Friday.",
			[]held{{[]string{"nguyen-thi-huong", "khamsouk-phommachanh"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'… signed an MoU on Friday, in a ceremony held by video conference. The MoU was signed by A, Governor of the NBC, from Phnom Penh, and B, Governor of the BOL, from Vientiane'",
			"Phnom Penh, February 6 (AKP) — The National Bank of Cambodia (NBC) and the Bank of the Lao PDR (BOL) signed a memorandum of understanding on Friday, in a ceremony held by video conference.\n\nThe MoU was signed by H.E. Dr. Chea Serey, Governor of the NBC, from Phnom Penh, and Madam Vathana Dalaloy, Governor of the BOL, from Vientiane.",
			[]held{{[]string{"chea-serey", "vathana-dalaloy"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'The governors of two central banks held talks by video conference earlier this week. A and B spoke on Tuesday from their respective headquarters'",
			"VIENTIANE - The governors of the Bank of the Lao PDR and the Bank of Thailand held talks by video conference earlier this week.\n\nBOL Governor Vathana Dalaloy and BOT Governor Vitai Ratanakorn spoke on Tuesday from their respective headquarters in Vientiane and Bangkok.",
			[]held{{[]string{"vathana-dalaloy", "vitai-ratanakorn"}, "2026-02-03", "", relbot.KindVirtual}}},
		{"'… yesterday signed an agreement …, with volumes set to rise as new capacity comes online. The agreement was signed by A and B': a ceremony in person",
			"VIENTIANE - Electricite du Laos and Electricite du Cambodge yesterday signed an agreement extending power supply, with volumes set to rise as new transmission capacity comes online.\n\nThe signing ceremony took place at the headquarters in Vientiane. The agreement was signed by EDL Managing Director Chanthaboun Soukaloun and EDC Director General Sok Vannarith.",
			[]held{{[]string{"chanthaboun-soukaloun", "sok-vannarith"}, "2026-02-07", "Vientiane", inPerson}}},
		{"'A and B have pledged …, according to a press release from the ministry on Thursday. The two met at the ministry the previous day'",
			"PHNOM PENH, Feb. 6 (Xinhua) -- Chinese Ambassador to Cambodia Wang Wenbin and Cambodian Minister of Environment Eang Sophalleth have pledged to strengthen cooperation in biodiversity conservation, according to a press release from the ministry on Friday.\n\nThe two met at the ministry's headquarters in Phnom Penh the previous day, the press release said.",
			[]held{{[]string{"wang-wenbin", "eang-sophalleth"}, "2026-02-05", "Phnom Penh", inPerson}}},
		{"'held talks with B on development cooperation, … and the situation in West Papua': the topic's place is no meeting's",
			"SUVA - On Friday, Prime Minister Jotham Napat held talks with Indonesia's Deputy Minister of Foreign Affairs Arrmanatha Nasir on development cooperation, climate resilience and the situation in West Papua.",
			[]held{{[]string{"jotham-napat", "arrmanatha-nasir"}, "2026-02-06", "Suva", inPerson}}},
		{"'Police officers of three countries met in the Thai border town of Chiang Saen on Friday. The talks brought together A, B and C': a town the tables lack",
			"BANGKOK - Police officers from Thailand, Laos and Myanmar met in the Thai border town of Chiang Saen on Friday to coordinate efforts against wildlife trafficking.\n\nThe talks brought together Pol. Maj. Gen. Thanakorn Suwannarat, commander of Thailand's crime suppression division, Pol. Col. Bounmy Keosavanh, deputy director of the Bokeo provincial police, and Police Brig. Gen. Aung Kyaw Moe, head of police in Tachileik district.",
			[]held{{[]string{"thanakorn-suwannarat", "bounmy-keosavanh", "aung-kyaw-moe"}, "2026-02-06", "Chiang Saen", inPerson}}},
		{"'Talks between senior diplomats in Xiamen ended on Thursday. The meeting was co-chaired by A and B, the two ministries said in separate statements on Friday'",
			"Talks between senior Philippine and Chinese diplomats in the Chinese city of Xiamen ended on Thursday without agreement.\n\nThe latest meeting of the Bilateral Consultation Mechanism was co-chaired by Philippine Foreign Affairs Undersecretary Elaine Castillo and Chinese Vice Foreign Minister Sun Weidong, the two foreign ministries said in separate statements on Friday.",
			[]held{{[]string{"elaine-castillo", "sun-weidong"}, "2026-02-05", "Xiamen", inPerson}}},
		{"'A met B on Friday … Both were guests the previous evening at a welcoming dinner hosted by Chief Minister Datuk Seri Panglima C'",
			"KOTA KINABALU: Deputy Foreign Minister Mohamad Alamin met Brunei's Minister of Foreign Affairs II Erywan Yusof on Friday on the sidelines of the forum here.\n\nBoth were guests the previous evening at a welcoming dinner hosted by Sabah Chief Minister Datuk Seri Panglima Hajiji Noor.",
			[]held{
				{[]string{"mohamad-alamin", "erywan-yusof"}, "2026-02-06", "Kota Kinabalu", inPerson},
				{[]string{"mohamad-alamin", "erywan-yusof", "hajiji-noor"}, "2026-02-05", "Kota Kinabalu", inPerson},
			}},
	})
}

// TestExtractPublishedAfterMidnight covers a story published just after
// midnight on the weekday its meeting names.
func TestExtractPublishedAfterMidnight(t *testing.T) {
	x := embeddedExtractor(t)
	pub := time.Date(2026, 8, 31, 0, 5, 0, 0, time.FixedZone("PHT", 8*3600)) // a Monday
	checkHeld(t, x, "MANILA - The department held a series of meetings with local officials last week.\n\nOn Monday, Undersecretary Maria Lourdes Santiago met Mayor Francisco Moreno Domagoso at Manila City Hall.\n\nOn Wednesday, Santiago met with MMDA Chairman Romando Artes and Bulacan Governor Daniel Fernando. The three officials discussed flood control.",
		pub, []held{
			{[]string{"maria-lourdes-santiago", "francisco-moreno-domagoso"}, "2026-08-24", "Manila", relbot.KindInPerson},
			{[]string{"maria-lourdes-santiago", "romando-artes", "daniel-fernando"}, "2026-08-26", "Manila", relbot.KindInPerson},
		})
}
