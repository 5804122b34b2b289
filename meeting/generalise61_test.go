package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundSixtyFive covers the forms the sixty-fifth round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundSixtyFive(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'visited Japan days after a trip to Beijing': the other journey's city is not the story's",
			"TOKYO – Prime Minister Shigeru Ishiba met Indonesian President Prabowo Subianto on Friday, as the Indonesian leader visited Japan days after a trip to Beijing.",
			[]held{{[]string{"shigeru-ishiba", "prabowo-subianto"}, "2026-02-06", "Tokyo", inPerson}}},
		{"'whom the King received … during one of her earlier visits': a meeting of an earlier journey",
			"PHNOM PENH – King Norodom Sihamoni on Friday sent a message of congratulations to Audrey Azoulay. She will succeed Irina Bokova, whom the King received at the Royal Palace during one of her earlier visits to Cambodia.",
			nil},
		{"'displaced thousands on both sides …, following talks in Malaysia between A and B hosted by C': the sides of a border, and the talks' country",
			"BANGKOK – Foreign Minister Prak Sokhonn had been due to meet his Thai counterpart, Maris Sangiampongsa, in Bangkok next week.\n\nFighting that began last week displaced thousands on both sides before a ceasefire took effect on Friday, following talks in Malaysia between Cambodian Prime Minister Hun Manet and Thai Prime Minister Anutin Charnvirakul hosted by Malaysian Prime Minister Anwar Ibrahim.",
			[]held{{[]string{"hun-manet", "anutin-charnvirakul", "anwar-ibrahim"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'The foreign dignitaries included A, B and C' after a banquet: the banquet's roll",
			"NEW DELHI – Leaders of neighbouring countries on Saturday attended the swearing-in of Prime Minister Narendra Modi, and later joined him at a banquet hosted by President Droupadi Murmu at Rashtrapati Bhavan.\n\nThe foreign dignitaries included Sri Lankan President Ranil Wickremesinghe, Maldives President Mohamed Muizzu and Bhutan Prime Minister Tshering Tobgay.",
			[]held{{[]string{"narendra-modi", "droupadi-murmu", "ranil-wickremesinghe", "mohamed-muizzu", "tshering-tobgay"}, "2026-02-07", "New Delhi", inPerson}}},
		{"'A, Member of the Political Bureau, Chairman of the Party Central Inspection Committee': a body of the party, not its head",
			"VIENTIANE – Li Xi on Friday held talks with Khamphan Phommathat, Member of the Political Bureau, Chairman of the Party Central Inspection Committee.",
			[]held{{[]string{"li-xi", "khamphan-phommathat"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'flew to have dinner with B at his Mar-a-Lago resort', then 'was accompanied at the Friday dinner by C', then an undated 'very productive meeting with A': one dinner, on Friday, at the resort",
			"WEST PALM BEACH, Fla. – Prime Minister Mark Carney flew to Florida to have dinner with President Donald Trump at his Mar-a-Lago resort.\n\nCarney was accompanied at the Friday dinner by Public Safety Minister Gary Anandasangaree.\n\nTrump wrote afterwards that he had a very productive meeting with Carney.",
			[]held{{[]string{"mark-carney", "donald-trump", "gary-anandasangaree"}, "2026-02-06", "Palm Beach", inPerson}}},
		{"'A yesterday praised …' then 'Earlier in the day, A met B': the day the lead spoke of",
			"Prime Minister Hun Manet yesterday praised Japan for training engineers.\n\nEarlier in the day, Hun Manet met Japanese Ambassador Ueno Atsushi for about an hour.",
			[]held{{[]string{"hun-manet", "atsushi-ueno"}, "2026-02-07", "", inPerson}}},
		{"'A and B have agreed to …' then 'the agreement was reached during a bilateral meeting in Jakarta on Monday': the lead's meeting, dated and placed",
			"PUTRAJAYA, Feb 8 (Bernama) -- Education Minister Fadhlina Sidek and Indonesia's Minister of Primary and Secondary Education Abdul Mu'ti have agreed to set up a teacher exchange programme.\n\nFadhlina said the agreement was reached during a bilateral meeting in Jakarta on Monday.",
			[]held{{[]string{"fadhlina-sidek", "abdul-muti"}, "2026-02-02", "Jakarta", inPerson}}},
		{"'A yesterday visited X, close to the epicentre of the 1 February earthquakes, together with B. The two … held a meeting': the visit's day, not the quake's",
			"Antakya/Geneva, 8 February 2026 – The Secretary General of the IFRC, Jagan Chapagain, yesterday visited Antakya, close to the epicentre of the 1 February earthquakes, together with the President of the Turkish Red Crescent, Fatma Meriç Yılmaz.\n\nThe two leaders held a coordination meeting at the field operations centre.",
			[]held{{[]string{"jagan-chapagain", "fatma-meric-yilmaz"}, "2026-02-07", "", inPerson}}},
		{"'A met B in the morning. In the afternoon, A called on C, who was joined by D': D was at the second meeting, not the first",
			"BEIJING – Hong Kong's anti-graft Commissioner Woo Ying-ming met Liu Jinguo, deputy secretary of the CCDI, on Friday morning.\n\nOn Friday afternoon, Woo and his delegation called on Xia Baolong, director of the Hong Kong and Macau Affairs Office, who was joined by the office's deputy director Wang Linggui.",
			[]held{{[]string{"woo-ying-ming", "liu-jinguo"}, "2026-02-06", "Beijing", inPerson},
				{[]string{"woo-ying-ming", "xia-baolong", "wang-linggui"}, "2026-02-06", "Beijing", inPerson}}},
		{"'A and B last held talks in Beijing': the previous talks, not the story's",
			"MOSCOW – Chairman of the Accounts Chamber Boris Kovalchuk said on Friday he plans to visit China in the autumn. Kovalchuk and Auditor General Hou Kai last held talks in Beijing.",
			nil},
		{"'A said he had briefed B on the probe when he met him after his appointment': a meeting the story looks back on",
			"KUALA LUMPUR – MACC chief Mohd Shukri Abdull said on Friday he had briefed Prime Minister Anwar Ibrahim on the probe when he met him in Putrajaya shortly after his appointment.",
			nil},
		{"'… followed a coordination meeting on Friday at the ministry in Jakarta, where A, B and C agreed to …': the meeting and who agreed at it",
			"President Prabowo Subianto flew to the Natuna Islands on Sunday. The visit followed a coordination meeting on Friday at the Office of the Coordinating Minister in Jakarta, where Coordinating Minister Budi Gunawan, Foreign Minister Sugiono and Defence Minister Sjafrie Sjamsoeddin agreed to step up patrols in the area.",
			[]held{{[]string{"budi-gunawan", "sugiono", "sjafrie-sjamsoeddin"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'The forum was convened by the Secretariat and chaired by A. Taking part were B and C': the chair too",
			"BANGKOK – Education ministers of Southeast Asia met via video conference on Friday.\n\nThe online policy forum was convened by the SEAMEO Secretariat and chaired by H.E. Mr Permpoon Chidchob, Minister of Education of Thailand. Taking part were H.E. Nguyen Kim Son, Minister of Education and Training of Viet Nam; and H.E. Dr Hang Chuon Naron, Minister of Education, Youth and Sport of Cambodia.",
			[]held{{[]string{"permpoon-chidchob", "nguyen-kim-son", "hang-chuon-naron"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'KURASHIKI, Japan, May 15 Kyodo -': a city the tables lack, its country, the day and the agency without brackets",
			"KURASHIKI, Japan, Feb. 7 Kyodo - Education Minister Toshiko Abe met U.S. Education Secretary Linda McMahon on Saturday.",
			[]held{{[]string{"toshiko-abe", "linda-mcmahon"}, "2026-02-07", "Kurashiki", inPerson}}},
	})
}
