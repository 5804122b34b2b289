package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundSixtyFour covers the forms the sixty-fourth round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundSixtyFour(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'received A, Co-Chair of the X Foundation': a foundation's head is a person to learn",
			"ABU DHABI – President Sheikh Mohamed bin Zayed Al Nahyan on Wednesday received Miriam Okafor, Co-Chair of the Okafor Foundation, at Qasr Al Shati.",
			[]held{{[]string{"mohamed-bin-zayed-al-nahyan", "miriam-okafor"}, "2026-02-04", "Abu Dhabi", inPerson}}},
		{"'The summit, chaired by A, was attended by B, C and D': the chair and the roll",
			"DUSHANBE – Central Asian leaders met on Friday to discuss the Aral Sea.\n\nThe summit, chaired by President of Tajikistan Emomali Rahmon, was attended by President of Uzbekistan Shavkat Mirziyoyev, President of Kyrgyzstan Sadyr Japarov and President of Kazakhstan Kassym-Jomart Tokayev.",
			[]held{{[]string{"emomali-rahmon", "shavkat-mirziyoyev", "sadyr-japarov", "kassym-jomart-tokayev"}, "2026-02-06", "Dushanbe", inPerson}}},
		{"'The summit, themed \"…, …,\" was chaired by A and attended by B and C': past a long quoted theme",
			"SIEM REAP – Prime Minister Nguyen Xuan Phuc on Friday attended the Mekong River Commission Summit in Siem Reap.\n\nThe summit, themed \"Sharing Water, Sharing Data, and Sharing the Future of the Mekong River Basin,\" was chaired by Prime Minister Hun Sen and attended by Lao Prime Minister Thongloun Sisoulith and Thai Deputy Prime Minister Prawit Wongsuwon.",
			[]held{{[]string{"nguyen-xuan-phuc", "hun-sen", "thongloun-sisoulith", "prawit-wongsuwon"}, "2026-02-06", "Siem Reap", inPerson}}},
		{"'A urged …, speaking at the summit …' then the summit's roll: the speaker was there",
			"DUSHANBE – President Kassym-Jomart Tokayev on Friday urged a common approach to water use, speaking at the summit of the founders of the Aral Sea fund in Dushanbe.\n\nThe summit, chaired by President Emomali Rahmon, was attended by President Shavkat Mirziyoyev and President Sadyr Japarov.",
			[]held{{[]string{"kassym-jomart-tokayev", "emomali-rahmon", "shavkat-mirziyoyev", "sadyr-japarov"}, "2026-02-06", "Dushanbe", inPerson}}},
		{"'President of the Transitional Council of Chad Mahamat Idriss Déby': the country is not part of the name",
			"CAIRO – President Abdel Fattah al-Sisi on Thursday met President of the Transitional Council of Chad Mahamat Idriss Déby in Cairo.",
			[]held{{[]string{"abdel-fattah-el-sisi", "mahamat-idriss-deby"}, "2026-02-05", "Cairo", inPerson}}},
		{"'his Congolese counterpart, Prime Minister A' with A unknown: the name says who, not the Congolese already named",
			"KINSHASA – King Philippe arrived on Tuesday and was welcomed by President Félix Tshisekedi.\n\nOn Wednesday, Prime Minister Alexander De Croo held a working meeting with his Congolese counterpart, Prime Minister Paulin Mbeki Lunda, on trade.",
			[]held{{[]string{"philippe", "felix-tshisekedi"}, "2026-02-03", "Kinshasa", inPerson},
				{[]string{"alexander-de-croo", "paulin-mbeki-lunda"}, "2026-02-04", "Kinshasa", inPerson}}},
		{"'Fasano (Italy), Jun 14 (PTI)': the country in round brackets after a city the table lacks, then 'here'",
			"Fasano (Italy), Feb 6 (PTI) Prime Minister Narendra Modi on Friday met President Emmanuel Macron on the sidelines of the G7 Summit here.",
			[]held{{[]string{"narendra-modi", "emmanuel-macron"}, "2026-02-06", "Fasano", inPerson}}},
		{"the agency between slashes after the city closes the dateline (MONTSAME)",
			"Ulaanbaatar /MONTSAME/. On Friday, President Ukhnaagiin Khurelsukh held talks with Prime Minister Pham Minh Chinh at the State Palace.",
			[]held{{[]string{"ukhnaagiin-khurelsukh", "pham-minh-chinh"}, "2026-02-06", "Ulaanbaatar", inPerson}}},
		{"a dateline with the agency between slashes on its own: the lead after it says where the forum was (MONTSAME)",
			"Ulaanbaatar /MONTSAME/. Minister of Foreign Affairs Batmunkh Battsetseg attended the 31st ASEAN Regional Forum (ARF) held in Vientiane, Lao PDR, on February 7, and held a series of bilateral meetings on the sidelines of the forum.\n\nOn Friday, the Minister met with Deputy Prime Minister and Minister of Foreign Affairs of the Lao PDR Saleumxay Kommasith.",
			[]held{{[]string{"batmunkh-battsetseg", "saleumxay-kommasith"}, "2026-02-06", "Vientiane", inPerson}}},
		{"the city and date, then the agency between slashes, on their own: the same (TASS)",
			"MOSCOW, February 8. /TASS/. Minister of Foreign Affairs Batmunkh Battsetseg attended the 31st ASEAN Regional Forum (ARF) held in Vientiane, Lao PDR, on February 7, and held a series of bilateral meetings on the sidelines of the forum.\n\nOn Friday, the Minister met with Deputy Prime Minister and Minister of Foreign Affairs of the Lao PDR Saleumxay Kommasith.",
			[]held{{[]string{"batmunkh-battsetseg", "saleumxay-kommasith"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'A chaired the summit, which opened Saturday and brought together B, C and D': the chair and those it gathered",
			"NAGASAKI – Japanese Health Minister Katsunobu Kato chaired the summit, which opened Saturday and brought together German Health Minister Karl Lauterbach, French Health Minister Francois Braun and Italian Health Minister Orazio Schillaci.",
			[]held{{[]string{"katsunobu-kato", "karl-lauterbach", "francois-braun", "orazio-schillaci"}, "2026-02-07", "Nagasaki", inPerson}}},
		{"'A handed over the flag at a ceremony in the Kremlin attended by B and C': the three were there",
			"MOSCOW – President Vladimir Putin on Friday handed over the tournament's flag at a ceremony in the Kremlin attended by Qatari Emir Sheikh Tamim bin Hamad Al Thani and FIFA President Gianni Infantino.",
			[]held{{[]string{"vladimir-putin", "tamim-bin-hamad-al-thani", "gianni-infantino"}, "2026-02-06", "Moscow", inPerson}}},
		{"'B handed over the vaccines to A at a ceremony, attended by C': the two met, C looked on",
			"PHNOM PENH – Prime Minister Hun Manet on Friday welcomed a donation of vaccines at the airport. Chinese Ambassador Wang Wenbin formally handed over the doses to the prime minister at a ceremony on the tarmac, attended by Foreign Minister Prak Sokhonn.",
			[]held{{[]string{"hun-manet", "wang-wenbin"}, "2026-02-06", "Phnom Penh", inPerson}}},
	})
}
