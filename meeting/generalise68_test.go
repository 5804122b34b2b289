package meeting

import (
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// TestExtractRoundSixtyEight covers forms round sixty-eight's tuned sets
// showed, each in the project's own words.
func TestExtractRoundSixtyEight(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'met vice-chancellors in Nairobi as institutions raised concerns about the model announced by B': the clause tells why; its people met no one",
			"NAIROBI – Education Cabinet Secretary Ezekiel Machogu on Friday met vice-chancellors of public universities in Nairobi as institutions raised concerns about the new funding model announced by President William Ruto last week.",
			nil},
		{"'met the chair of the university council, B, at …': a body in small letters, then its officer's name",
			"CAPE TOWN – Minister Blade Nzimande on Friday met the chair of the university council, Babalwa Ngonyama, at the Bremner building.",
			[]held{{[]string{"blade-nzimande", "babalwa-ngonyama"}, "2026-02-06", "Cape Town", inPerson}}},
		{"'A arrived in Vientiane on Thursday … B held talks with her guest': the one who arrived from abroad, before any meeting was told",
			"South Korean Speaker Chung Sye-kyun arrived in Vientiane on Thursday for a four-day official visit.\n\nLao National Assembly President Pany Yathotou held talks with her guest at the National Assembly building on Friday morning.",
			[]held{{[]string{"chung-sye-kyun", "pany-yathotou"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'A delegation …, led by its chair A, visited Hanoi … On Friday, the MEPs held talks with B': the members of parliament are the delegation its chair led",
			"A delegation of the European Parliament's trade committee, led by its chair Bernd Lange, visited Hanoi and Ho Chi Minh City this week.\n\nOn Friday, the MEPs held talks in Hanoi with Minister of Industry and Trade Tran Tuan Anh on the agreements.",
			[]held{{[]string{"bernd-lange", "tran-tuan-anh"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'A chaired the session from Hanoi. The heads of the member parliaments joined by video link from their capitals: B, C and D': all but the chair on screen, a virtual meeting",
			"HANOI – The assembly of Southeast Asian parliaments opened on Friday in a virtual format.\n\nNational Assembly Chairwoman Nguyen Thi Kim Ngan chaired the first plenary session from the National Convention Centre in Hanoi. The heads of the member parliaments joined by video link from their capitals: Thai House Speaker Chuan Leekpai, Indonesian House Speaker Puan Maharani and Singaporean Speaker Tan Chuan-Jin.",
			[]held{{[]string{"nguyen-thi-kim-ngan", "chuan-leekpai", "puan-maharani", "tan-chuan-jin"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'In her meeting with B at the hotel, A discussed the agreement …, signed in December last year': the month is the agreement's, the meeting the lead's day",
			"JAKARTA – Speaker Puan Maharani held bilateral meetings with the leaders of the Vietnamese and Lao parliaments on Friday.\n\nIn her meeting with Chairman of the National Assembly of Vietnam Vuong Dinh Hue at the Hotel Mulia Senayan, Puan discussed the ratification of the agreement on the two countries' economic zones, signed in December last year.",
			[]held{{[]string{"puan-maharani", "vuong-dinh-hue"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'met B at the ministry, ahead of President C's official visit to India next week': the week ahead is the visit's, the meeting held on the day of the report",
			"COLOMBO – Fisheries Minister Douglas Devananda met Indian High Commissioner Santosh Jha at the Ministry of Fisheries in Colombo, ahead of President Ranil Wickremesinghe's official visit to India next week.",
			[]held{{[]string{"douglas-devananda", "santosh-jha"}, "2026-02-08", "Colombo", inPerson}}},
		{"'called in Ambassador B to the Foreign Ministry': the envoy summoned was met",
			"SEOUL – First Vice Foreign Minister Lim Sung-nam on Friday called in Ambassador Qiu Guohong to the Foreign Ministry in Seoul over the sinking of a coast guard boat.",
			[]held{{[]string{"lim-sung-nam", "qiu-guohong"}, "2026-02-06", "Seoul", inPerson}}},
		{"'A met with leaders of the province … At the meeting in Ha Tinh City, A heard reports from B, …, and C, …': the leaders the lead left unnamed",
			"Deputy Prime Minister Trinh Dinh Dung on Friday met with leaders of Ha Tinh Province, hit by mass fish deaths.\n\nAt the meeting in Ha Tinh City, Dung heard reports from Le Dinh Son, secretary of the provincial Party Committee, and Dang Quoc Khanh, chairman of the provincial People's Committee.",
			[]held{{[]string{"trinh-dinh-dung", "le-dinh-son", "dang-quoc-khanh"}, "2026-02-06", "", inPerson}}},
		{"'… the partnership, established during the visit of C to Malaysia last month': the aside tells of the partnership's making; C met no one here",
			"HANOI – At the meeting on Friday with Malaysian Minister of Defence Mohamed Khaled Nordin, General Phan Van Giang said defence had become a pillar of the partnership, established during the visit of Party General Secretary To Lam to Malaysia last month.",
			[]held{{[]string{"mohamed-khaled-nordin", "phan-van-giang"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'A, the first French president to visit Vietnam since C in 2016, was greeted by B': the one before him is named, not met",
			"HANOI – French President Emmanuel Macron, the first French president to visit Vietnam since Francois Hollande in 2016, was greeted by President Luong Cuong at the Presidential Palace on Friday.",
			[]held{{[]string{"emmanuel-macron", "luong-cuong"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'A on Friday signed the purchase of … The agreement was signed in Copenhagen by A and his Danish counterpart, B': the lead named only the one who signed",
			"BUENOS AIRES – Defence Minister Luis Petri on Friday signed the purchase of 24 second-hand F-16 fighter jets from Denmark.\n\nThe agreement was signed in Copenhagen by Petri and his Danish counterpart, Troels Lund Poulsen, at a ceremony at the Danish Defence Ministry.",
			[]held{{[]string{"luis-petri", "troels-lund-poulsen"}, "2026-02-06", "Copenhagen", inPerson}}},
		{"'met B, President and CEO of Hanwha Aerospace, on Friday': the company ends the office, no person",
			"BUCHAREST – Romanian Defence Minister Angel Tîlvăr met Son Jae-il, President and CEO of Hanwha Aerospace, on Friday.",
			[]held{{[]string{"angel-tilvar", "son-jae-il"}, "2026-02-06", "Bucharest", inPerson}}},
		{"'The contract was signed on Friday at the headquarters of … in Bucharest by A, … and B': a long where between the day and the signatories",
			"BUCHAREST – The contract was signed on Friday at the headquarters of the Romanian Ministry of National Defence in Bucharest by Son Jae-il, chief executive of Hanwha Aerospace, and Romanian Defence Minister Angel Tîlvăr.",
			[]held{{[]string{"son-jae-il", "angel-tilvar"}, "2026-02-06", "Bucharest", inPerson}}},
	})
}

// TestCabinetChairmanIsPrimeMinister checks that "the Chairman of the Cabinet
// of Ministers", Kyrgyzstan's name for its head of government, is read as
// the Prime Minister of the article's day.
func TestCabinetChairmanIsPrimeMinister(t *testing.T) {
	x := embeddedExtractor(t)
	pub := time.Date(2024, 6, 7, 10, 0, 0, 0, time.FixedZone("KGT", 6*3600))
	checkHeld(t, x, "BISHKEK – Kyrgyz Prime Minister Akylbek Japarov received Kazakh Energy Minister Almasadam Satkaliev on Thursday. On Friday, the Chairman of the Cabinet of Ministers met Uzbek Energy Minister Jurabek Mirzamakhmudov.", pub,
		[]held{{[]string{"akylbek-japarov", "almasadam-satkaliev"}, "2024-06-06", "Bishkek", relbot.KindInPerson},
			{[]string{"akylbek-japarov", "jurabek-mirzamakhmudov"}, "2024-06-07", "Bishkek", relbot.KindInPerson}})
}
