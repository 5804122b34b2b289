package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFortyOne covers the forms the forty-first round of
// held-out sets showed, each in this project's own words.
func TestExtractRoundFortyOne(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'The talks were hosted by A at his residence in Putrajaya' after the talks were told: the host and the observers join them there",
			"KUALA LUMPUR - Prime Minister Phumtham Wechayachai and Prime Minister Hun Manet met in Malaysia on Friday.\n\nThe talks were hosted by Malaysian Prime Minister Anwar Ibrahim, the ASEAN chair, at his official residence in Putrajaya. US Ambassador Edgard Kagan attended as an observer.",
			[]held{{[]string{"phumtham-wechayachai", "hun-manet", "anwar-ibrahim", "edgard-kagan"}, "2026-02-06", "Putrajaya", inPerson}}},
		{"'The plan was signed by A and B, who also attended the committee's meeting': the two join the meeting told, no signing of their own",
			"VIENTIANE – Prime Minister Phạm Minh Chính and Lao Prime Minister Sonexay Siphandone yesterday co-chaired the 46th meeting of the intergovernmental committee in Vientiane.\n\nFollowing the meeting, the two PMs witnessed the signing of the cooperation plan. The document was signed by Minister Nguyễn Kim Sơn and Minister Phout Simmalavong, who also attended the committee's meeting.",
			[]held{{[]string{"pham-minh-chinh", "sonexay-siphandone", "nguyen-kim-son", "phout-simmalavong"}, "2026-02-07", "Vientiane", inPerson}}},
		{"'Senior Lt Gen Tran Quang Phuong': a rank written without stops is no part of the name",
			"PATNA: A delegation led by Senior Lt Gen Tran Quang Phuong, vice-chairman of the National Assembly, called on Governor Arif Mohammed Khan at Raj Bhavan on Friday.",
			[]held{{[]string{"tran-quang-phuong", "arif-mohammed-khan"}, "2026-02-06", "Patna", inPerson}}},
		{"'Prosecutor General of Vietnam's Supreme People's Procuracy Le Minh Tri': a procuracy is an institution, and the name after it a person",
			"MOSCOW - Russian Prosecutor General Igor Krasnov held talks on Friday with Prosecutor General of Vietnam's Supreme People's Procuracy Le Minh Tri, who is in Russia on an official visit.",
			[]held{{[]string{"igor-krasnov", "le-minh-tri"}, "2026-02-06", "Moscow", inPerson}}},
		{"'A sought assurances in a phone call with his Vietnamese counterpart on Friday. A and Minister B discussed …': the call, with the counterpart named after it",
			"MANILA - Philippine Agriculture Secretary Francisco Tiu Laurel Jr sought assurances on rice shipments in a phone call with his Vietnamese counterpart on Friday.\n\nTiu Laurel and Vietnam's Minister of Agriculture Le Minh Hoan discussed supply volumes for the fourth quarter, the department said.",
			[]held{{[]string{"francisco-tiu-laurel-jr", "le-minh-hoan"}, "2026-02-06", "", relbot.KindPhone}}},
		{"'EAM called on H.E. Mr. Pham Minh Chinh' in India's press release: the External Affairs Minister, Jaishankar, not the Vietnamese foreign minister the release named",
			"External Affairs Minister Dr. S. Jaishankar paid an official visit to Viet Nam from 5 to 7 February 2026 at the invitation of Foreign Minister Bui Thanh Son.\n\n2. On 6 February 2026, EAM called on H.E. Mr. Pham Minh Chinh, Prime Minister of Viet Nam, in Hanoi.",
			[]held{{[]string{"s-jaishankar", "pham-minh-chinh"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'discussed cooperation in HADR': an acronym after 'in' is a field, not a town; the dateline's city stands",
			"KUALA LUMPUR - Defence Minister Chan Chun Sing held separate meetings with his counterparts on Friday.\n\nIn his meeting with Vietnam's Minister of National Defence General Phan Van Giang, Mr Chan discussed cooperation in HADR and search and rescue.",
			[]held{{[]string{"chan-chun-sing", "phan-van-giang"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'The aid was handed over by A to B at the ministry': the passive of handing over, giver and receiver met",
			"VIENTIANE - China has provided relief aid worth 3 million yuan to Laos.\n\nThe aid was handed over by Ambassador Jiang Zaidong to Minister Baykham Khattiya at the ministry in Vientiane on Friday.",
			[]held{{[]string{"jiang-zaidong", "baykham-khattiya"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'Li Hongbo, minister-counselor of the Chinese Embassy,' is a person of that office, spelt the American way",
			"HANOI - Li Hongbo, minister-counselor of the Chinese Embassy in Vietnam, met Nguyen Hai Anh, vice president of the Vietnam Red Cross Society, on Friday.",
			[]held{{[]string{"li-hongbo", "nguyen-hai-anh"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'The handover took place at the ministry yesterday, between A, …, and B, …': the two who gave and received met",
			"VIENTIANE - China has provided relief aid worth 3 million yuan to Laos.\n\nThe handover took place at the Ministry of Labour and Social Welfare in Vientiane yesterday, between His Excellency Jiang Zaidong, Ambassador of China to the Lao PDR, and H.E. Mrs Baykham Khattiya, Minister of Labour and Social Welfare.",
			[]held{{[]string{"jiang-zaidong", "baykham-khattiya"}, "2026-02-07", "Vientiane", inPerson}}},
		{"'…, noting that their troops had worked together after the earthquake in March': the month of what was noted dates no meeting",
			"KUALA LUMPUR - Defence Minister Chan Chun Sing held separate meetings with his counterparts on Friday.\n\nIn his meeting with Vietnam's Minister of National Defence General Phan Van Giang, Mr Chan discussed cooperation in disaster relief, noting that troops from both countries had worked alongside each other in Myanmar after the earthquake in March.",
			[]held{{[]string{"chan-chun-sing", "phan-van-giang"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'On February 6, … held a conference to review their cooperation in the first months of 2026': the day, not the year it falls in",
			"On February 6, at the border checkpoint in Sepon district, the provincial border guard command and the military command of Savannakhet province held a conference to review their cooperation in the first months of 2026.\n\nThe Vietnamese delegation was led by Senior Colonel Ho Sy Tien, Commander of the Quang Tri Provincial Border Guard Command. The Lao side was headed by Colonel Bounthanh Sihavong, Commander of the Savannakhet Provincial Military Command.",
			[]held{{[]string{"ho-sy-tien", "bounthanh-sihavong"}, "2026-02-06", "", inPerson}}},
		{"'Hà received the Cambodian guest' after talks the Cambodian ambassador attended: the visitor, not the envoy who lives there",
			"HANOI - Cambodian Deputy Prime Minister Hang Chuon Naron held talks with Minister Nguyễn Kim Sơn in Hà Nội on Thursday. Cambodian Ambassador to Việt Nam Chea Kimtha attended the talks.\n\nOn Friday, Deputy Prime Minister Trần Hồng Hà received the Cambodian guest at the Government headquarters.",
			[]held{{[]string{"hang-chuon-naron", "nguyen-kim-son", "chea-kimtha"}, "2026-02-05", "Hanoi", inPerson},
				{[]string{"hang-chuon-naron", "tran-hong-ha"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'HCM City (VNA) – … Hà received him at the Government headquarters': the city of a building only one country has, not the dateline's",
			"HCM City (VNA) – Cambodian Deputy Prime Minister Hang Chuon Naron wrapped up his visit to Việt Nam on Saturday.\n\nOn Friday, Deputy Prime Minister Trần Hồng Hà received Naron at the Government headquarters.",
			[]held{{[]string{"hang-chuon-naron", "tran-hong-ha"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'the Cambodian minister travelled to Pakse, where he met B' after he conveyed Hun Manet's greetings: the minister, not the prime minister",
			"VIENTIANE - On Thursday, H.E. Dith Tina paid a courtesy call on Lao Prime Minister Sonexay Siphandone. H.E. Dith Tina conveyed the greetings of Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of Cambodia, to the Lao Prime Minister.\n\nOn Friday, the Cambodian minister travelled to Pakse, where he met the Governor of Champasak Province, Vilayvong Bouddakham.",
			[]held{{[]string{"dith-tina", "sonexay-siphandone"}, "2026-02-05", "Vientiane", inPerson},
				{[]string{"dith-tina", "vilayvong-bouddakham"}, "2026-02-06", "Pakse", inPerson}}},
		{"'C also attended the meeting with Gan' after Ding met Gan: that meeting, not one of C's with Gan",
			"BOAO - Vice Premier Ding Xuexiang met Singapore's Deputy Prime Minister Gan Kim Yong on Friday on the sidelines of the forum.\n\nParty Secretary of Hainan Province Shen Xiaoming also attended the meeting with Gan.",
			[]held{{[]string{"ding-xuexiang", "gan-kim-yong", "shen-xiaoming"}, "2026-02-06", "Boao", inPerson}}},
		{"'The letter from Xi was handed over by A to B' tells a letter, as 'A handed over a letter to B' does: no meeting read",
			"VIENTIANE - The letter from President Xi Jinping was handed over by Ambassador Jiang Zaidong to Minister Baykham Khattiya on Friday.",
			nil},
	})
}
