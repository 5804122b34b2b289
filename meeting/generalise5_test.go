package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundNine covers the forms of writing the ninth and tenth
// held-out sets showed, each in this project's own words. pub is testPub
// (Sunday 8 February 2026: "Friday" is the 6th).
func TestExtractRoundNine(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	tests := []struct {
		name, text string
		want       []held
	}{
		{"online scams are a topic, not a video call",
			"TOKYO — Takeshi Iwaya and Maris Sangiampongsa agreed on Friday to fight online scams that target tourists.",
			[]held{{[]string{"takeshi-iwaya", "maris-sangiampongsa"}, "2026-02-06", "Tokyo", inPerson}}},
		{"a province or capital before a name is no part of it",
			"HANOI — On Friday Trần Thanh Mẫn received Governor of Vientiane Capital Atsaphangthong Siphandone.\n\nOn Saturday, Secretary of the Party Committee of the Mekong Delta province of An Giang Lê Hồng Quang met Governor Vei Samnang in Hà Nội.",
			[]held{{[]string{"tran-thanh-man", "atsaphangthong-siphandone"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"le-hong-quang", "vei-samnang"}, "2026-02-07", "Hanoi", inPerson}}},
		{"a minister recalled in passing is not 'the minister' of the story",
			"PHNOM PENH — Sar Sokha received Lương Tam Quang on Friday.\n\nSar Sokha recalled his visit to Hà Nội in 2024, when he held talks with then Minister Tô Lâm.\n\nOn Saturday, the Vietnamese minister held a working meeting with Hun Manet.",
			[]held{{[]string{"sar-sokha", "luong-tam-quang"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"luong-tam-quang", "hun-manet"}, "2026-02-07", "Phnom Penh", inPerson}}},
		{"a known name's part inside another name is someone else",
			"PHNOM PENH — Sar Sokha received Lương Tam Quang on Friday.\n\nOn Saturday, the Vietnamese minister met General Sar Thet, Commissioner General of the National Police.",
			[]held{{[]string{"sar-sokha", "luong-tam-quang"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"luong-tam-quang", "sar-thet"}, "2026-02-07", "Phnom Penh", inPerson}}},
		{"'the top Vietnamese legislator' is the visitor",
			"Vương Đình Huệ paid an official visit to Cambodia from February 4 to 7.\n\nOn Thursday, the top Vietnamese legislator held talks with Samdech Heng Samrin in Phnom Penh.",
			[]held{{[]string{"vuong-dinh-hue", "heng-samrin"}, "2026-02-05", "Phnom Penh", inPerson}}},
		{"'two days after' dates the clause it leads; 'a day after arriving' is another verb's",
			"Nguyễn Phú Trọng held phone talks with Xi Jinping on Friday.\n\nThe phone talks took place two days after Võ Thị Ánh Xuân held talks with Wang Qishan in Beijing.\n\nIn Hà Nội, Hun Manet met Phạm Minh Chính on Saturday, a day after arriving in the capital.",
			[]held{{[]string{"nguyen-phu-trong", "xi-jinping"}, "2026-02-06", "", relbot.KindPhone},
				{[]string{"vo-thi-anh-xuan", "wang-qishan"}, "2026-02-04", "Beijing", inPerson},
				{[]string{"hun-manet", "pham-minh-chinh"}, "2026-02-07", "Hanoi", inPerson}}},
		{"a region is no place; a target year is no date",
			"TOKYO — Takeshi Iwaya met Maris Sangiampongsa on Friday, as Japan seeks closer ties in Southeast Asia.\n\nAnutin Charnvirakul and his Cambodian counterpart Hun Manet agreed on Saturday to double trade by 2028, after talks at Government House in Bangkok.",
			[]held{{[]string{"takeshi-iwaya", "maris-sangiampongsa"}, "2026-02-06", "Tokyo", inPerson},
				{[]string{"anutin-charnvirakul", "hun-manet"}, "2026-02-07", "Bangkok", inPerson}}},
		{"the meeting referred to, then a new one in the same sentence",
			"PHNOM PENH — Hun Manet received a courtesy call by Ngô Xuân Lịch on Friday.\n\nThe courtesy call followed official talks held the previous day between Ngô Xuân Lịch and Samdech Pichey Sena Tea Banh.",
			[]held{{[]string{"hun-manet", "ngo-xuan-lich"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"ngo-xuan-lich", "tea-banh"}, "2026-02-05", "Phnom Penh", inPerson}}},
		{"an opening participle's meeting is the guest and the main subject only",
			"HANOI — Tô Lâm received Ambassador Chea Kimtha on Friday.\n\nReceiving Lao Ambassador Khamphao Ernthavanh the same day, the Vietnamese leader expressed his thanks to General Secretary of the Lao People's Revolutionary Party and President of Laos Thongloun Sisoulith for his message.",
			[]held{{[]string{"to-lam", "chea-kimtha"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"to-lam", "khamphao-ernthavanh"}, "2026-02-06", "Hanoi", inPerson}}},
		{"a building in the lead places the story",
			"Prabowo Subianto spent Monday receiving foreign dignitaries at the Merdeka Palace.\n\nHe also received Võ Thị Ánh Xuân on Saturday afternoon.",
			[]held{{[]string{"prabowo-subianto", "vo-thi-anh-xuan"}, "2026-02-07", "Jakarta", inPerson}}},
		{"'the two ministers' are the two just named; 'the Cambodian minister' may be a person the gazetteer lacks",
			"Phạm Minh Chính met Cambodian Minister of Commerce Cham Nimul on Friday.\n\nOn Saturday, the Cambodian minister and Vietnamese Minister of Industry and Trade Nguyen Hong Dien opened a trade fair in the city. The two ministers then held talks.",
			[]held{{[]string{"pham-minh-chinh", "cham-nimul"}, "2026-02-06", "", inPerson},
				{[]string{"cham-nimul", "nguyen-hong-dien"}, "2026-02-07", "", inPerson}}},
		{"a relative's meeting takes the main clause's date, however far; 'X and Y also discussed' is more of their meeting",
			"SEOUL — Yoon Suk Yeol held talks with Hun Manet on Friday.\n\nYoon had last visited Cambodia in November 2022 to attend the regional summits in Phnom Penh, where he held talks with then Prime Minister Hun Sen.\n\nHun Manet and Yoon Suk Yeol also discussed rice trade and tourism.",
			[]held{{[]string{"yoon-suk-yeol", "hun-manet"}, "2026-02-06", "Seoul", inPerson}}},
		{"a styled name after an office is its holder, not whoever held the office",
			"On Friday, Cambodian Minister of Health H.E. Mam Bun Heng held a video conference with Vietnam's Minister of Health Nguyen Thanh Long.",
			[]held{{[]string{"mam-bun-heng", "nguyen-thanh-long"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"talks someone is invited to are planned; at someone's invitation they were held",
			"PHNOM PENH — On Friday, Hun Manet received Sergey Lavrov. Lavrov conveyed an invitation for the Prime Minister to visit Moscow for talks with President Vladimir Putin.\n\nAt the invitation of the Vietnamese government, Anutin Charnvirakul held talks with Phạm Minh Chính in Hà Nội on Saturday.",
			[]held{{[]string{"hun-manet", "sergey-lavrov"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"anutin-charnvirakul", "pham-minh-chinh"}, "2026-02-07", "Hanoi", inPerson}}},
		{"offices of people the gazetteer lacks: a standing member, an opposition leader, a governor-general",
			"PHNOM PENH — Standing Member of the Secretariat Trần Quốc Vượng was received by Samdech Techo Hun Sen on Friday.\n\nIn Canberra on Saturday, Phạm Minh Chính was welcomed by Governor-General David Hurley, and later met Opposition Leader Peter Dutton.",
			[]held{{[]string{"tran-quoc-vuong", "hun-sen"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"pham-minh-chinh", "david-hurley"}, "2026-02-07", "Canberra", inPerson},
				{[]string{"pham-minh-chinh", "peter-dutton"}, "2026-02-07", "Canberra", inPerson}}},
		{"Brunei styles and 'II' stand before a short name the gazetteer knows",
			"BANDAR SERI BEGAWAN — On Friday, Prak Sokhonn held a meeting with Minister of Foreign Affairs II Dato Seri Setia Awang Haji Erywan bin Pehin Datu Pekerma Jaya Haji Mohd Yusof at the Ministry of Foreign Affairs.",
			[]held{{[]string{"prak-sokhonn", "erywan-yusof"}, "2026-02-06", "Bandar Seri Begawan", inPerson}}},
		{"a date in an aside between commas is the aside's; 'the same day' is the aside's day",
			"HANOI — Ferdinand Marcos Jr. and Võ Văn Thưởng held talks on Saturday at the Presidential Palace.\n\nMarcos, who arrived in Hà Nội on Friday night for a state visit, was given military honours before the leaders' meeting.\n\nBùi Thanh Sơn, who arrived in Phnom Penh on Thursday, held talks with Prak Sokhonn on the same day.",
			[]held{{[]string{"ferdinand-marcos-jr", "vo-van-thuong"}, "2026-02-07", "Hanoi", inPerson},
				{[]string{"bui-thanh-son", "prak-sokhonn"}, "2026-02-05", "Phnom Penh", inPerson}}},
		{"calls made separately are one call each",
			"Pressure grew after Donald Trump spoke separately by phone with Phumtham Wechayachai and Hun Manet on Friday.",
			[]held{{[]string{"donald-trump", "phumtham-wechayachai"}, "2026-02-06", "", relbot.KindPhone},
				{[]string{"donald-trump", "hun-manet"}, "2026-02-06", "", relbot.KindPhone}}},
		{"a courtesy title opens a full name; a country before a name belongs to the office",
			"PHNOM PENH — On Friday, Hun Manet received Madame Nguyen Thi Phuong Thao, Chairwoman of Vietnam's Vietjet Air.\n\nIn New York on Saturday, Lương Cường had a meeting with President of Finland Alexander Stubb.",
			[]held{{[]string{"hun-manet", "nguyen-thi-phuong-thao"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"luong-cuong", "alexander-stubb"}, "2026-02-07", "New York", inPerson}}},
		{"a building's district under a dateline is the dateline's city; 'Hanoi's hierarchy' is no place",
			"SEOUL — Lee Jae-myung held talks with Tô Lâm on Friday at the presidential office in Yongsan.",
			[]held{{[]string{"lee-jae-myung", "to-lam"}, "2026-02-06", "Seoul", inPerson}}},
		{"a city's possessive is its government, not where the story is",
			"Singapore and Vietnam on Friday raised their ties to the highest level in Hanoi's diplomatic hierarchy, as Tô Lâm made his first official visit to the Republic.\n\nThe upgrade was announced after Mr Lâm held talks with Prime Minister Lawrence Wong.",
			[]held{{[]string{"to-lam", "lawrence-wong"}, "2026-02-06", "", inPerson}}},
		{"an office's name ends before 'and'; 'his counterpart' and a name; a video conference",
			"PHNOM PENH — Minister of Health Chheang Ra and his Vietnamese counterpart Dao Hong Lan agreed to strengthen disease surveillance during a video conference on Friday.",
			[]held{{[]string{"chheang-ra", "dao-hong-lan"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"a trailing 'who' clause about a person does not make the meeting old",
			"PHNOM PENH — Srettha Thavisin met Hun Manet on Friday.\n\nLater in the afternoon, Srettha met Samdech Techo Hun Sen, who led the country for nearly four decades before handing power to his son.",
			[]held{{[]string{"srettha-thavisin", "hun-manet"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"srettha-thavisin", "hun-sen"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'His Majesty' alone is the monarch named; 'the ambassador' is the one introduced; farewell calls",
			"BANDAR SERI BEGAWAN — His Majesty Sultan Haji Hassanal Bolkiah consented on Friday to receive farewell calls.\n\nHis Majesty first received Ambassador of Cambodia Ouk Sophoan.",
			[]held{{[]string{"hassanal-bolkiah", "ouk-sophoan"}, "2026-02-06", "Bandar Seri Begawan", inPerson}}},
		{"'the ambassador' is the one the article introduced; a farewell call",
			"VIENTIANE — On Saturday, Thongloun Sisoulith received Vietnamese Ambassador to Laos Nguyen Minh Tam. The previous day, the ambassador paid a farewell call on Thongsavanh Phomvihane.",
			[]held{{[]string{"thongloun-sisoulith", "nguyen-minh-tam"}, "2026-02-07", "Vientiane", inPerson},
				{[]string{"nguyen-minh-tam", "thongsavanh-phomvihane"}, "2026-02-06", "Vientiane", inPerson}}},
		{"a meeting that 'was postponed', past a relative clause, was not held",
			"BANGKOK — A meeting between Sihasak Phuangketkeow and Prak Sokhonn, which had been scheduled to take place in Bangkok last week, was postponed at the last minute.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHeld(t, x, tt.text, testPub, tt.want) })
	}
}
