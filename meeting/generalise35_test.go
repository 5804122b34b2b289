package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundThirtyNine covers the forms the thirty-ninth round of
// held-out sets showed, each in this project's own words.
func TestExtractRoundThirtyNine(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'Phra Maha A', 'Pha Ajarn B': Theravada monks' styles are no part of their names",
			"VIENTIANE - Most Venerable Pha Ajarn Bounmy Keovongsa, president of the Lao Buddhist Fellowship Organisation, held talks on Friday in Vientiane with Phra Maha Anan Dhammavaro, a member of the Sangha Supreme Council of Thailand.",
			[]held{{[]string{"bounmy-keovongsa", "anan-dhammavaro"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'Union Minister Shri A met B': India's 'Shri' is no part of the name",
			"NEW DELHI - Union Minister of Culture Shri Ravi Kumar Mehta met Vietnamese Ambassador Nguyen Thanh Hai in New Delhi on Friday.",
			[]held{{[]string{"ravi-kumar-mehta", "nguyen-thanh-hai"}, "2026-02-06", "New Delhi", inPerson}}},
		{"'led by A, a member of … and abbot of Wat X in Bangkok, at the Presidential Palace' under a VIENTIANE dateline: the temple's city is not where they met",
			"Vientiane, 6 February (KPL) – President Thongloun Sisoulith received a Thai Sangha delegation led by Phra Maha Anan Dhammavaro, a member of the Sangha Supreme Council and abbot of Wat Pho in Bangkok, at the Presidential Palace.",
			[]held{{[]string{"thongloun-sisoulith", "anan-dhammavaro"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'received … among them A, chairman of the Chamber of Commerce in Ho Chi Minh City' and nothing else says where: the institution's city",
			"The city's top official told American investors on Friday that reforms would speed up.\n\nDeputy Minister Nguyen Van Duoc on Friday received a group of US business representatives, among them Tom Carter, chairman of the American Chamber of Commerce in Ho Chi Minh City.",
			[]held{{[]string{"nguyen-van-duoc", "tom-carter"}, "2026-02-06", "Ho Chi Minh City", inPerson}}},
		{"'The following members of the committee attended in person:' and a bullet line for each: every line is of the roll",
			"JAKARTA – The Standing Committee of the regional parliamentary forum convened in Jakarta on Friday.\n\nThe meeting was chaired by Representative Ramon Bautista of the Philippines.\n\nThe following members of the Standing Committee attended in person:\n- H.E. Chea Vandeth, Chairman of the Foreign Affairs Commission, National Assembly of Cambodia;\n- Mr Bounlap Keola, Chair of the External Relations Committee, National Assembly of the Lao PDR;\n- Ms Siriporn Wongsa, Member of the House of Representatives, Thailand.",
			[]held{{[]string{"ramon-bautista", "chea-vandeth", "bounlap-keola", "siriporn-wongsa"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'with the co-chairs of the friendship group, A MP and Senator B': the MP after a name, and the group's names in apposition at one table",
			"CANBERRA - Vice Chairman Tran Quang Phuong had a working breakfast on Friday with the co-chairs of the friendship group, Liam Rourke MP and Senator Jodie Hartley.",
			[]held{{[]string{"tran-quang-phuong", "liam-rourke", "jodie-hartley"}, "2026-02-06", "Canberra", inPerson}}},
		{"'Co-chairs A MP and Senator B met Ambassador C': the group's word opening the sentence is no part of the name",
			"CANBERRA - Co-chairs Liam Rourke MP and Senator Jodie Hartley met Ambassador Pham Hung Tam at the Vietnamese embassy on Friday.",
			[]held{{[]string{"liam-rourke", "jodie-hartley", "pham-hung-tam"}, "2026-02-06", "Canberra", inPerson}}},
		{"'A this morning briefed senior officials … to observe tomorrow's election. The meeting at the EC headquarters in Bangkok's Lak Si district was attended by B and C': A's unnamed guests, named",
			"Election Commission Chairman Somkiat Rattanasiri this morning briefed senior officials from election bodies in the region who are in Thailand to observe tomorrow's general election.\n\nThe meeting at the EC headquarters in Bangkok's Lak Si district was attended by Philippine Commission on Elections Commissioner Ramon Villanueva and Indonesian election commissioner Dewi Lestari.",
			[]held{{[]string{"somkiat-rattanasiri", "ramon-villanueva", "dewi-lestari"}, "2026-02-08", "Bangkok", inPerson}}},
		{"'… following a ministerial meeting in Kunming on Friday. The four-party meeting on law enforcement brought together A, B and C': the lead's meeting, past its topic",
			"Security chiefs agreed to widen their joint river patrols, following a ministerial meeting in Kunming on Friday.\n\nThe four-party meeting on law enforcement along the Mekong brought together Lao Minister of Public Security Vilay Lakhamfong, Chinese Minister of Public Security Wang Xiaohong and Thai police chief Pol. Gen. Kittirat Phanphet.",
			[]held{{[]string{"vilay-lakhamfong", "wang-xiaohong", "kittirat-phanphet"}, "2026-02-06", "Kunming", inPerson}}},
		{"'received Interpol Secretary General A … On Thursday, the Interpol chief held a separate meeting with B': the person introduced with an office of that body",
			"PHNOM PENH - Prime Minister Hun Manet on Friday received Interpol Secretary General Marco Salvetti at the Peace Palace.\n\nOn Thursday, the Interpol chief held a separate meeting at the Ministry of Interior with Deputy Prime Minister Sar Sokha.",
			[]held{
				{[]string{"hun-manet", "marco-salvetti"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"marco-salvetti", "sar-sokha"}, "2026-02-05", "Phnom Penh", inPerson},
			}},
		{"'met IMF Managing Director A … and World Bank Managing Director B … the IMF chief had breakfast with C': the office of the body named, not the same office of another",
			"WASHINGTON - Finance Minister Aun Pornmoniroth met IMF Managing Director Lena Marquardt on Friday and World Bank Managing Director Paolo Ricci on Saturday.\n\nOn Thursday, the IMF chief had breakfast with Vietnamese Finance Minister Nguyen Van Thang.",
			[]held{
				{[]string{"aun-pornmoniroth", "lena-marquardt"}, "2026-02-06", "Washington", inPerson},
				{[]string{"aun-pornmoniroth", "paolo-ricci"}, "2026-02-07", "Washington", inPerson},
				{[]string{"lena-marquardt", "nguyen-van-thang"}, "2026-02-05", "Washington", inPerson},
			}},
		{"'The following day, he travelled back to Vientiane where he held talks with B': the city travelled to, over the last meeting's",
			"Mr Darren Holt, Chief Executive of the Mines Advisory Group, met Provincial Governor Phonsavanh Keomanivong in Phonsavan on Thursday.\n\nThe following day, Holt travelled back to Vientiane where he held talks with Mr Khamsouk Vongphachanh, Director General of the National Regulatory Authority.",
			[]held{
				{[]string{"darren-holt", "phonsavanh-keomanivong"}, "2026-02-05", "Phonsavan", inPerson},
				{[]string{"darren-holt", "khamsouk-vongphachanh"}, "2026-02-06", "Vientiane", inPerson},
			}},
		{"'Senate Majority Leader A': the majority leader is an office before a name the gazetteer lacks",
			"MANILA - Senate President Tito Ramos received Indonesian Speaker Bambang Sutrisno on Friday in Manila. Ramos was joined by Senate Majority Leader Carlos Villareal during the courtesy call.",
			[]held{{[]string{"tito-ramos", "bambang-sutrisno", "carlos-villareal"}, "2026-02-06", "Manila", inPerson}}},
		{"'… held online talks with B … agreed to meet in person in Manila in September. The online talks were attended by C': the held talks of that kind, not the meeting planned at them",
			"HANOI - National Assembly Chairman Tran Thanh Man held online talks with Cambodian National Assembly President Khuon Sudary on Friday.\n\nThe two sides agreed to meet in person on the sidelines of the AIPA General Assembly in Manila in September.\n\nThe online talks were attended by NA Vice Chairman Nguyen Khac Dinh.",
			[]held{{[]string{"tran-thanh-man", "khuon-sudary", "nguyen-khac-dinh"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'received A, special envoy of General Secretary B': the one who sent the envoy was not there",
			"VIENTIANE - President Thongloun Sisoulith on Friday received Tran Cam Tu, special envoy of General Secretary To Lam, in Vientiane.",
			[]held{{[]string{"thongloun-sisoulith", "tran-cam-tu"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'Ambassador C accompanied the Vice Chairman at all three meetings': C joins each of the three",
			"CANBERRA - Vice Chairman Tran Quang Phuong met Senate President Sue Lines on Friday at Parliament House in Canberra.\n\nLater on Friday, Phuong met House Speaker Milton Dick.\n\nEarlier in the day, Phuong had breakfast with Senator Jodie Hartley.\n\nVietnamese Ambassador Pham Hung Tam accompanied the Vice Chairman at all three meetings.",
			[]held{
				{[]string{"tran-quang-phuong", "sue-lines", "pham-hung-tam"}, "2026-02-06", "Canberra", inPerson},
				{[]string{"tran-quang-phuong", "milton-dick", "pham-hung-tam"}, "2026-02-06", "Canberra", inPerson},
				{[]string{"tran-quang-phuong", "jodie-hartley", "pham-hung-tam"}, "2026-02-06", "Canberra", inPerson},
			}},
		{"'with the co-chairs of the Australia–Vietnam Friendship Group, A MP and Senator B': a dash in the group's name still leads to its names",
			"CANBERRA - Vice Chairman Tran Quang Phuong had a working breakfast on Friday with the co-chairs of the Australia–Vietnam Parliamentary Friendship Group, Liam Rourke MP and Senator Jodie Hartley.",
			[]held{{[]string{"tran-quang-phuong", "liam-rourke", "jodie-hartley"}, "2026-02-06", "Canberra", inPerson}}},
		{"'Most Ven. A B Thera': the senior monk's style after the name is no part of it",
			"KANDY: A delegation of the Vietnam Buddhist Sangha led by Most Venerable Thich Duc Thien met the Mahanayake of the Malwathu Chapter, Most Ven. Dimbulkumbure Wimaladhamma Thera, in Kandy on Friday.",
			[]held{{[]string{"thich-duc-thien", "dimbulkumbure-wimaladhamma"}, "2026-02-06", "Kandy", inPerson}}},
		{"'KANDY: … to express gratitude for the celebrations held in Ho Chi Minh City in May': another month's city in the lead is no place of the story",
			"KANDY: A delegation led by Most Venerable Thich Duc Thien called on Sri Lankan monks on Saturday to express gratitude for the celebrations held in Ho Chi Minh City in December.\n\nThe delegation first met the Mahanayake, Most Ven. Dimbulkumbure Wimaladhamma Thera, at the Malwathu Maha Viharaya.",
			[]held{{[]string{"thich-duc-thien", "dimbulkumbure-wimaladhamma"}, "2026-02-07", "Kandy", inPerson}}},
		{"'Following the talks, Lt. Gen. Long paid a courtesy call on B': a given name that is also a word of the vocabulary, after a rank",
			"Vientiane, Feb 6 – Senior Lieutenant General Nguyễn Văn Long, Deputy Minister of Public Security, held talks with Major General Phouvong Sisouvanh.\n\nFollowing the talks, Lt. Gen. Long paid a courtesy call on Deputy Prime Minister Vilay Lakhamfong.",
			[]held{
				{[]string{"nguyen-van-long", "phouvong-sisouvanh"}, "2026-02-06", "Vientiane", inPerson},
				{[]string{"nguyen-van-long", "vilay-lakhamfong"}, "2026-02-06", "Vientiane", inPerson},
			}},
		{"'A and B held an online consultation on Friday': a consultation held online is a virtual meeting",
			"Deputy Minister of Foreign Affairs Dang Hoang Giang and Cambodian Secretary of State Kung Phoak held an online consultation on Friday on multilateral cooperation.",
			[]held{{[]string{"dang-hoang-giang", "kung-phoak"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"a newsletter's heading 'DIPLOMATIC DIGEST' and its date is no town; 'on Tôn Thất Đàm street, Hà Nội' places the meeting in the city after the street",
			"DIPLOMATIC DIGEST – 8/2/2026\nDeputy FM receives ambassador\nDeputy Minister of Foreign Affairs Nguyễn Minh Hằng received Japanese Ambassador Takio Yamada at the ministry's headquarters on Tôn Thất Đàm street, Hà Nội, this morning.",
			[]held{{[]string{"nguyen-minh-hang", "takio-yamada"}, "2026-02-08", "Hanoi", inPerson}}},
		{"a newsletter's heading 'DIPLOMATIC DIGEST' and its date over an item that names no place: no town",
			"DIPLOMATIC DIGEST – 8/2/2026\nDeputy FM receives ambassador\nDeputy Minister of Foreign Affairs Nguyễn Minh Hằng received Japanese Ambassador Takio Yamada this morning.",
			[]held{{[]string{"nguyen-minh-hang", "takio-yamada"}, "2026-02-08", "", inPerson}}},
		{"'A and B held political consultations in Hanoi on Friday': consultations held are a meeting",
			"HANOI - Deputy Foreign Minister Dang Hoang Giang and Cambodian Secretary of State Kung Phoak held political consultations in Hanoi on Friday.",
			[]held{{[]string{"dang-hoang-giang", "kung-phoak"}, "2026-02-06", "Hanoi", inPerson}}},
	})
}
