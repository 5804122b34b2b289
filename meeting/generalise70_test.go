package meeting

import (
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// TestExtractRoundSeventy covers forms round seventy's tuned sets showed,
// each in the project's own words.
func TestExtractRoundSeventy(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson, phone := relbot.KindInPerson, relbot.KindPhone
	checkHeldCases(t, x, []heldCase{
		{"'Putin may hold talks with both': the modal 'may' makes a plan, the month does not",
			"MOSCOW – The Russian president will attend the final on Sunday. French President Emmanuel Macron and Croatian President Kolinda Grabar-Kitarović are expected in the stands, and the Kremlin said Putin may hold talks with both at the stadium.",
			nil},
		{"'Kamel El Wazir': an Egyptian 'El-' written with a space",
			"CAIRO – President Abdel Fattah El Sisi received Minister of Transport Kamel El Wazir at the Ittihadiya Palace on Friday.",
			[]held{{[]string{"abdel-fattah-el-sisi", "kamel-al-wazir"}, "2026-02-06", "Cairo", inPerson}}},
		{"'met with Prime Minister A and Minister of Transport B': a president with his own officials, one table",
			"CAIRO – President Abdel Fattah El Sisi met on Friday with Prime Minister Mostafa Madbouly and Minister of Transport Kamel al-Wazir at the Ittihadiya Palace.",
			[]held{{[]string{"abdel-fattah-el-sisi", "mostafa-madbouly", "kamel-al-wazir"}, "2026-02-06", "Cairo", inPerson}}},
		{"'interacted with': a leader's meeting as Indian outlets write it",
			"New Delhi, Feb 6 (PTI) Prime Minister Narendra Modi on Friday interacted with Singapore Prime Minister Lawrence Wong at Hyderabad House.",
			[]held{{[]string{"narendra-modi", "lawrence-wong"}, "2026-02-06", "New Delhi", inPerson}}},
		{"'met wrestler A': a calling before a name, as for the athletes a leader receives",
			"New Delhi, Feb 6 (PTI) Prime Minister Narendra Modi on Friday met wrestler Aman Sehrawat at his residence.",
			[]held{{[]string{"narendra-modi", "aman-sehrawat"}, "2026-02-06", "New Delhi", inPerson}}},
		{"'On January 10, two days after Shukla docked, Modi had spoken to him': days counted from a date weeks back, no news of the week",
			"NEW DELHI: Prime Minister Narendra Modi on Friday met Group Captain Shubhanshu Shukla at his residence.\n\nOn January 10, two days after Shukla docked at the station, Modi had spoken to him over a live video link.",
			[]held{{[]string{"narendra-modi", "shubhanshu-shukla"}, "2026-02-06", "New Delhi", inPerson}}},
		{"'Abdullah Sultan bin Awad Al Nuaimi, Minister of Justice,': five name words and a patronymic, read whole",
			"ABU DHABI (WAM) -- Abdullah Sultan bin Awad Al Nuaimi, Minister of Justice, received on Friday Gérald Darmanin, Minister of Justice of the French Republic.",
			[]held{{[]string{"abdullah-sultan-bin-awad-al-nuaimi", "gerald-darmanin"}, "2026-02-06", "Abu Dhabi", inPerson}}},
		{"'held the 15th India-Japan annual summit': a summit of two sides",
			"Narendra Modi and Shigeru Ishiba held the 15th India-Japan annual summit in Tokyo on Friday.",
			[]held{{[]string{"narendra-modi", "shigeru-ishiba"}, "2026-02-06", "Tokyo", inPerson}}},
		{"'agreed Friday to speed up railway projects in and around Manila': what was agreed, not where",
			"TOKYO, Feb. 6 Kyodo - Japanese land minister Tetsuo Saito and Philippine Transportation Secretary Jaime Bautista agreed Friday to speed up railway projects in and around Manila.\n\nSaito told Bautista at their meeting at the land ministry in Tokyo that Japan would help train engineers.",
			[]held{{[]string{"tetsuo-saito", "jaime-bautista"}, "2026-02-06", "Tokyo", inPerson}}},
		{"'agreed on Friday to work towards …, at the summit held in the southern Portuguese city of Faro': a town the tables lack, after the agreement's comma",
			"Spanish Prime Minister Pedro Sánchez and his Portuguese counterpart Luís Montenegro agreed on Friday to work towards a high-speed rail link, at the 35th Spanish-Portuguese summit held in the southern Portuguese city of Faro.",
			[]held{{[]string{"pedro-sanchez", "luis-montenegro"}, "2026-02-06", "Faro", inPerson}}},
		{"'the JICA President met with': the one the story introduced as that body's head, whom the gazetteer knows without the office",
			"PHNOM PENH – Prime Minister Hun Manet received a courtesy call on Friday by Dr. Tanaka Akihiko, President of the Japan International Cooperation Agency (JICA), at the Peace Palace.\n\nLater in the afternoon, the JICA President met with H.E. Peng Ponea, Minister of Public Works and Transport, at the ministry.",
			[]held{{[]string{"hun-manet", "akihiko-tanaka"}, "2026-02-06", "Phnom Penh", inPerson}, {[]string{"akihiko-tanaka", "peng-ponea"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'the EBRD President held a meeting with': the body's initials, not the country's president",
			"KYIV – President Volodymyr Zelensky met on Friday with President of the European Bank for Reconstruction and Development (EBRD) Odile Renaud-Basso.\n\nEarlier in the day, the EBRD President held a meeting with Minister Oleksandr Kubrakov at the ministry.",
			[]held{{[]string{"volodymyr-zelenskyy", "odile-renaud-basso"}, "2026-02-06", "Kyiv", inPerson}, {[]string{"odile-renaud-basso", "oleksandr-kubrakov"}, "2026-02-06", "Kyiv", inPerson}}},
		{"'received a briefing … from Gov. A and Mayor B': one briefing, one table",
			"BALTIMORE (AP) — After the aerial tour on Friday, President Joe Biden received a briefing on the salvage operation from Maryland Gov. Wes Moore and Baltimore Mayor Brandon Scott at a Maryland Transportation Authority facility.",
			[]held{{[]string{"joe-biden", "wes-moore", "brandon-scott"}, "2026-02-06", "Baltimore", inPerson}}},
		{"'agreed to speed up projects, including the port in Ha Tinh province': what was agreed, not where, past its comma too",
			"VIENTIANE – General Secretary To Lam held talks with Lao President Thongloun Sisoulith on Friday. During the talks, the two leaders agreed to speed up connectivity projects, including the Vung Ang port in Ha Tinh province, which Laos sees as its outlet to the sea.",
			[]held{{[]string{"to-lam", "thongloun-sisoulith"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'received the foreign ministers of the three countries - A, B and C -': the three sides at one table",
			"WASHINGTON (Reuters) - Egypt, Ethiopia and Sudan agreed on Friday to try to settle their dispute over the dam by mid-January.\n\nTreasury Secretary Steven Mnuchin received the foreign ministers of the three countries - Egypt's Sameh Shoukry, Ethiopia's Gedu Andargachew and Sudan's Asma Mohamed Abdalla - at the Treasury building.\n\nPresident Abdel Fattah al-Sisi and Prime Minister Abiy Ahmed last met in January on the sidelines of a summit in Sochi.",
			[]held{{[]string{"steven-mnuchin", "sameh-shoukry", "gedu-andargachew", "asma-mohamed-abdalla"}, "2026-02-06", "Washington", inPerson}}},
		{"'at the Peace House': the truce village's hall",
			"SEOUL – Unification Minister Cho Myoung-gyon and Ri Son-gwon held talks at the Peace House on Friday.",
			[]held{{[]string{"cho-myoung-gyon", "ri-son-gwon"}, "2026-02-06", "Panmunjom", inPerson}}},
		{"'at Riffa Palace': in Riffa, not the capital",
			"MANAMA (BNA) – Crown Prince Salman bin Hamad Al Khalifa received FIFA President Gianni Infantino at Riffa Palace on Friday.",
			[]held{{[]string{"salman-bin-hamad-al-khalifa", "gianni-infantino"}, "2026-02-06", "Riffa", inPerson}}},
		{"'The decision came during 45 minutes of telephone talks': how the lead's agreement was reached",
			"TOKYO - Prime Minister Shinzo Abe and IOC President Thomas Bach agreed Friday to postpone the Games by about a year.\n\nThe decision came during 45 minutes of telephone talks, Abe told reporters at his office.",
			[]held{{[]string{"shinzo-abe", "thomas-bach"}, "2026-02-06", "", phone}}},
		{"'met with participants in the space flight, A and B': the group, then who was in it",
			"MINSK – President Aleksandr Lukashenko met with participants in the space flight, Belarusian cosmonaut Marina Vasilevskaya and Russian cosmonaut Oleg Novitsky, at the Palace of Independence on Friday.",
			[]held{{[]string{"alexander-lukashenko", "marina-vasilevskaya", "oleg-novitsky"}, "2026-02-06", "Minsk", inPerson}}},
		{"'led by National Olympic Committee of Kenya (NOC-K) president A': the capitals name a body, not its head",
			"NAIROBI – President William Ruto on Friday hosted a delegation led by National Olympic Committee of Kenya (NOC-K) president Paul Tergat at State House.",
			[]held{{[]string{"william-ruto", "paul-tergat"}, "2026-02-06", "Nairobi", inPerson}}},
	})
}

// TestExtractRoundSeventyDated covers forms whose reading depends on the
// article's own publication date.
func TestExtractRoundSeventyDated(t *testing.T) {
	x := embeddedExtractor(t)
	pub := time.Date(2022, 8, 25, 22, 5, 0, 0, time.FixedZone("IST", 5*3600+1800))
	t.Run("'They agreed …' after a visit planned for next month: those who held the meeting told, not the two named for later", func(t *testing.T) {
		checkHeld(t, x, "NEW DELHI – India and Bangladesh on Thursday finalised the text of a water-sharing memorandum at the ministerial meeting of their joint rivers commission held in New Delhi.\n\nThe meeting was co-chaired by Jal Shakti Minister Gajendra Singh Shekhawat and Bangladesh's Minister of Water Resources Zaheed Farooque.\n\nThe memorandum is expected to be signed during Prime Minister Sheikh Hasina's visit to India next month, when she will hold talks with Prime Minister Narendra Modi.\n\nAccording to a ministry statement, the two sides also discussed flood data and river pollution. They agreed to widen cooperation to joint studies of the water received by Bangladesh under the treaty.",
			pub, []held{{[]string{"gajendra-singh-shekhawat", "zaheed-farooque"}, "2022-08-25", "New Delhi", relbot.KindInPerson}})
	})
}
