package meeting

import (
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// TestExtractRoundThirtyEight covers the forms of writing round
// thirty-eight's held-out sets showed, each in this project's own words.
func TestExtractRoundThirtyEight(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'The ministers present at Friday's session included A, B and C': the roll of the gathering the lead told",
			"VIENTIANE - Mekong energy ministers on Friday endorsed a grid-sharing plan at the 12th Mekong Energy Ministers' Meeting hosted by Laos in Vientiane.\n\nThe ministers present at Friday's session included Cambodian Minister of Mines and Energy Keo Rottanak, Vietnamese Minister of Industry and Trade Nguyen Hong Dien and Lao Minister of Energy and Mines Phosay Sayasone.",
			[]held{{[]string{"keo-rottanak", "nguyen-hong-dien", "phosay-sayasone"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'Among those attending were Malaysia's A, Singapore's B': each named by a country's possessive in the roll itself",
			"JAKARTA - The ASEAN Digital Ministers' Meeting, chaired by Indonesian Communication Minister Meutya Hafid, opened on Friday in Jakarta. Among those attending were Malaysia's Fahmi Fadzil, Singapore's Josephine Teo and Vietnam's Nguyen Manh Hung.",
			[]held{{[]string{"meutya-hafid", "fahmi-fadzil", "josephine-teo", "nguyen-manh-hung"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'Attending ministers included Cambodia's A, Laos' B': a roll opened by 'attending' before its people, each named by a possessive",
			"BANGKOK - Tourism ministers of the Mekong countries agreed on Friday to launch a joint visa for temple circuits at a meeting in Bangkok chaired by Thai Tourism Minister Atthakorn Sirilatthayakorn. Attending ministers included Cambodia's Huot Hak, Laos' Suanesavanh Vignaket and Vietnam's Nguyen Van Hung.",
			[]held{{[]string{"atthakorn-sirilatthayakorn", "huot-hak", "suanesavanh-vignaket", "nguyen-van-hung"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'Ministers and senior officials from all member states attended, including A, B and C': the roll after 'attended, including'",
			"KUALA LUMPUR - The 9th ASEAN Labour Ministers' Meeting, chaired by Human Resources Minister Steven Sim, opened on Friday in Kuala Lumpur. Ministers and senior officials from all member states attended, including Vietnam's Minister of Home Affairs Pham Thi Thanh Tra and Cambodia's Minister of Labour Heng Sour.",
			[]held{{[]string{"steven-sim", "pham-thi-thanh-tra", "heng-sour"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'National Youth Commission chairperson A': chairperson is an office before a name the gazetteer lacks",
			"MANILA - National Youth Commission chairperson Ronald Cardema received Cambodian youth leader Hun Many in Manila on Friday.",
			[]held{{[]string{"ronald-cardema", "hun-many"}, "2026-02-06", "Manila", inPerson}}},
		{"'… went on show in Hanoi on Friday. The opening ceremony of the exhibition, Title, was attended by A, office; B, office; and C, office': the roll alone when no one was named before",
			"Some eighty Cham sculptures went on show at the Vietnam National Museum of History in Hanoi on Friday.\n\nThe opening ceremony of the exhibition, Faces of Champa: Stone and Bronze, was attended by Nguyen Van Doan, director of the museum; Phuong Khanh, deputy minister of culture; and Nhem Sovanna, secretary of state at Cambodia's culture ministry.",
			[]held{{[]string{"nguyen-van-doan", "phuong-khanh", "nhem-sovanna"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'chaired by university president Prof A brought together B, office; Datuk Seri Prof C, office; and Dr D, office': 'Prof' with no full stop, and after a Malay style, is no part of the name",
			"BANGKOK - On Friday, a roundtable chaired by Mahidol University president Prof Banchong Mahaisavariya brought together Le Quan, president of Vietnam National University; Datuk Seri Prof Zaini Ujang, vice-chancellor of Universiti Teknologi Malaysia; and Dr Chet Chealy, rector of the Royal University of Phnom Penh.",
			[]held{{[]string{"banchong-mahaisavariya", "le-quan", "zaini-ujang", "chet-chealy"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'A held talks with B, office, C, office, and D, office. … The three ASEAN youth leaders welcomed': the guests counted together sat at one table",
			"GUANGZHOU, Feb. 7 (Xinhua) -- Li Ming, head of the All-China Youth Federation, held talks in Guangzhou on Friday with Nguyen Tuong Lam, first secretary of Vietnam's youth union, Hun Many, president of the Union of Youth Federations of Cambodia, and Phetsamone Keomany, deputy secretary of the Lao youth union.\n\nLi said young people should build bridges. He proposed joint study tours.\n\nThe three ASEAN youth leaders welcomed the proposals.",
			[]held{{[]string{"li-ming", "nguyen-tuong-lam", "hun-many", "phetsamone-keomany"}, "2026-02-06", "Guangzhou", inPerson}}},
		{"'The two were received by C': the pair the sentence before named, and the one who received them",
			"VIENTIANE - Lao youth union secretary Anousone Phommachak received Nguyen Tuong Lam, first secretary of Vietnam's youth union, in Vientiane on Thursday.\n\nOn Friday, Anousone and Lam drove to Vang Vieng together. The two were received by Prime Minister Sonexay Siphandone in Vang Vieng.",
			[]held{
				{[]string{"anousone-phommachak", "nguyen-tuong-lam"}, "2026-02-05", "Vientiane", inPerson},
				{[]string{"anousone-phommachak", "nguyen-tuong-lam", "sonexay-siphandone"}, "2026-02-06", "Vang Vieng", inPerson},
			}},
		{"'A handed the nomination dossier to B at … in Paris': handed without 'over' is a handover too",
			"HANOI - Culture Minister Nguyen Van Hung handed the nomination dossier for the Oc Eo site to UNESCO Director-General Khaled El-Enany at the organisation's headquarters in Paris on Friday.",
			[]held{{[]string{"nguyen-van-hung", "khaled-el-enany"}, "2026-02-06", "Paris", inPerson}}},
		{"'A travelled to Hue, where he toured the citadel with B, director of …': the guide who showed him round met him",
			"HANOI - Thai Culture Minister Sabeeha Thaiseth met Vietnamese Culture Minister Nguyen Van Hung in Hanoi on Thursday. On Friday, Mr. Hung's guest travelled to Hue. There, Ms. Sabeeha toured the Imperial Citadel with Hoang Viet Trung, director of the Hue Monuments Conservation Centre.",
			[]held{
				{[]string{"sabeeha-thaiseth", "nguyen-van-hung"}, "2026-02-05", "Hanoi", inPerson},
				{[]string{"sabeeha-thaiseth", "hoang-viet-trung"}, "2026-02-06", "Hue", inPerson},
			}},
		{"'… travelled to Hue, where she toured the citadel with B': the pronoun stands for the one named before",
			"HANOI - On Friday, Thai Culture Minister Sabeeha Thaiseth travelled to Hue, where she toured the Imperial Citadel with Hoang Viet Trung, director of the Hue Monuments Conservation Centre.",
			[]held{{[]string{"sabeeha-thaiseth", "hoang-viet-trung"}, "2026-02-06", "Hue", inPerson}}},
		{"'The museum's director, A, met …': a lower-case office after an owner's possessive, the name set off by commas",
			"SINGAPORE - The museum's director, Kennie Ting, met Vietnamese Ambassador Tran Phuoc Anh at the Asian Civilisations Museum on Friday.",
			[]held{{[]string{"kennie-ting", "tran-phuoc-anh"}, "2026-02-06", "Singapore", inPerson}}},
		{"'A ceremony … was held on Friday in Vientiane. It was attended by A and B': those the ceremony's roll names met there",
			"A Korean team has finished restoring the northern gallery of a temple in Laos.\n\nA ceremony to mark the handover of the gallery was held on Friday in Vientiane. It was attended by Lao Deputy Prime Minister Saleumxay Kommasith and South Korea's Ambassador to Laos Lee Young-jong.",
			[]held{{[]string{"saleumxay-kommasith", "lee-young-jong"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'Garuda Indonesia President Director A': Indonesia's corporate office before a name",
			"JAKARTA - On Friday, Vietnamese Deputy Minister of Construction Nguyen Xuan Sang met Pelindo President Director Arif Suhartono at the company's office in Jakarta.",
			[]held{{[]string{"nguyen-xuan-sang", "arif-suhartono"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'The MoU was signed in Hanoi on Friday by A, director-general of … of Cambodia, and B, deputy administrator of … of China. C and D witnessed the signing': one table of the four",
			"PHNOM PENH - The memorandum was signed in Hanoi on Friday by Sok Dara, director-general of the Tourism Authority of Cambodia, and Wu Hong, deputy administrator of the National Tourism Office of China. Cambodian Minister of Tourism Huot Hak and Chinese Minister of Culture and Tourism Sun Yeli witnessed the signing and held talks afterwards.",
			[]held{{[]string{"sok-dara", "wu-hong", "huot-hak", "sun-yeli"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'… a meeting between the minister in charge of X and the Chinese Ambassador. H.E. A told Ambassador B that …': the lead's offices named; 'Yesterday's meeting followed a letter sent by A to C' is no meeting with C",
			"PHNOM PENH - Cambodia and China agreed on Friday to add direct flights.\n\nThe agreement came during a meeting at the ministry in Phnom Penh between the minister in charge of civil aviation and the Chinese Ambassador to Cambodia. H.E. Mao Havannall told Ambassador Wang Wenbin that carriers were keen to return.\n\nFriday's meeting followed a letter sent in January by Havannall to Song Zhiyong, head of the Civil Aviation Administration of China.",
			[]held{{[]string{"mao-havannall", "wang-wenbin"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'during an inspection of the port on Friday, where he was briefed by director-general A': a briefing is a meeting with the one who gave it",
			"HAI PHONG - Deputy Prime Minister Tran Hong Ha made an inspection visit to Lach Huyen port in Hai Phong on Friday, where he was briefed by Vietnam Maritime Administration director-general Le Do Muoi on the new berths.",
			[]held{{[]string{"tran-hong-ha", "le-do-muoi"}, "2026-02-06", "Hai Phong", inPerson}}},
		{"'CAN THO — Receiving A on Friday, B said …': the opening participle right after the dateline",
			"CAN THO — Receiving Cambodian Senate President Hun Sen on Friday, Deputy Prime Minister Tran Hong Ha said the delta wanted more river trade.",
			[]held{{[]string{"hun-sen", "tran-hong-ha"}, "2026-02-06", "Can Tho", inPerson}}},
		{"'The Deputy Minister of … today received a courtesy call from the Ambassador of Thailand to discuss cooperation in Mekong River navigation. During the meeting, Deputy Minister A highlighted … Ambassador B said …': the lead's two offices, named as the subjects after it; the river is no town",
			"Vientiane, 6 Feb (KPL) – The Deputy Minister of Industry and Commerce of the Lao PDR on Friday received a courtesy call from the Ambassador of the Kingdom of Thailand to the Lao PDR to discuss cooperation in Mekong River navigation.\n\nDuring the meeting at the ministry, Deputy Minister Phoxay Sayasone highlighted the importance of river trade.\n\nHe said ports were being improved.\n\nAmbassador Thanis Phanichsak said that Thailand attached great importance to the cooperation.",
			[]held{{[]string{"phoxay-sayasone", "thanis-phanichsak"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'The head of Vietnam's aviation regulator met FAA chief A in Washington on Friday. B, director of the CAAV, discussed … with A': the one the lead named, and the one named after it with him",
			"HANOI, Feb 7 (Reuters) - The head of Vietnam's civil aviation regulator met U.S. Federal Aviation Administration chief Bryan Bedford in Washington on Friday.\n\nUong Viet Dung, director of the Civil Aviation Authority of Vietnam, discussed pilot licensing with Bedford, according to a statement.",
			[]held{{[]string{"bryan-bedford", "uong-viet-dung"}, "2026-02-06", "Washington", inPerson}}},
		{"'**Item**' headings of a round-up: 'they were warmly received' under the next heading is none of the planned meeting's people",
			"**Youth council heads to Phnom Penh**\n\nNational Youth Council president Chanidapa Wongsuwan will lead a delegation to Cambodia next week. She is scheduled to meet Hun Many, president of the Union of Youth Federations of Cambodia.\n\n**Volunteer teachers return**\n\nThirty student volunteers returned home on Friday after teaching in Siem Reap. Participants said they were warmly received.",
			nil},
		{"'Dr. A, who has led the university since 2023, headed a delegation … The following day, the delegation was received by B': the head after an aside",
			"PHNOM PENH - Dr. Chet Chealy, who has led the Royal University of Phnom Penh since 2019, headed a delegation that visited Tokyo last week.\n\nOn Thursday, the delegation was received by Cambodian Ambassador to Japan Ouk Sophoan at the embassy in Tokyo.",
			[]held{{[]string{"chet-chealy", "ouk-sophoan"}, "2026-02-05", "Tokyo", inPerson}}},
		{"'A received a delegation of teachers on Friday. A told Vice Minister B that …': the one the lead named tells the delegation's head",
			"VIENTIANE - Lao Minister of Education Phout Simmalavong received a delegation of Vietnamese teachers in Vientiane on Friday. Phout told Vice Minister Nguyen Van Phuc that Laos valued the cooperation.",
			[]held{{[]string{"phout-simmalavong", "nguyen-van-phuc"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'Transport Minister Catherine King had a phone call with …': 'King' is her surname before a lower-case word",
			"CANBERRA - Transport Minister Catherine King had a phone call with Indonesia's Transportation Minister Dudy Purwagandhi on Friday.",
			[]held{{[]string{"catherine-king", "dudy-purwagandhi"}, "2026-02-06", "", relbot.KindPhone}}},
		{"'On Friday she flew to Da Nang and toured the port with A, deputy director of …': the one who flew, shown round in the city she went to",
			"HONG KONG - Secretary for Transport Mable Chan met Vietnamese Deputy Minister of Construction Nguyen Xuan Sang in Hanoi on Thursday.\n\nOn Friday she flew to Da Nang and toured Tien Sa port with Nguyen Huu Sia, general director of Da Nang Port.",
			[]held{
				{[]string{"mable-chan", "nguyen-xuan-sang"}, "2026-02-05", "Hanoi", inPerson},
				{[]string{"mable-chan", "nguyen-huu-sia"}, "2026-02-06", "Da Nang", inPerson},
			}},
		{"'… has grown since September 2023, when U.S. President A and General Secretary B met in Hanoi and upgraded ties': a meeting recalled after 'since …, when', however long the names",
			"HANOI - Chip investment has grown steadily since September 2023, when U.S. President Joe Biden and Party General Secretary Nguyen Phu Trong met in Hanoi and upgraded ties. On Friday, Prime Minister Pham Minh Chinh met Nvidia chief executive Jensen Huang in Hanoi.",
			[]held{{[]string{"pham-minh-chinh", "jensen-huang"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'A thanked the province for hosting 40 delegations this year. B stressed …': a tally of guests is no meeting for later speakers to fill",
			"VIENTIANE - Lao Prime Minister Sonexay Siphandone said on Friday that trade had grown this year, and Thai Prime Minister Anutin Charnvirakul called for faster customs work.\n\nSonexay thanked the authorities of Champasak for hosting 40 delegations this year. Anutin stressed that border trade mattered to farmers.",
			nil},
	})
}

// TestExtractAgencyAndAnniversarySpan: a story opened by its agency's name
// where a dateline would stand, and an anniversary's span in brackets.
func TestExtractAgencyAndAnniversarySpan(t *testing.T) {
	x := embeddedExtractor(t)
	pub := time.Date(2026, 3, 27, 16, 0, 0, 0, time.FixedZone("ICT", 7*3600))
	checkHeld(t, x, "SGGP – Youth of An Giang province and Cambodia's Takeo province this morning held a friendship exchange at the border gate, as part of activities marking the 95th anniversary of the Youth Union (March 26, 1931 – March 26, 2026).\n\nThe exchange was attended by Nguyen Thanh Nhan, Secretary of the An Giang Provincial Youth Union, and Keo Sothea, President of the Takeo Provincial Youth Federation.\n\nBefore the main programme, the two held a working session in the border gate's reception hall.",
		pub, []held{{[]string{"nguyen-thanh-nhan", "keo-sothea"}, "2026-03-27", "", relbot.KindInPerson}})
}
