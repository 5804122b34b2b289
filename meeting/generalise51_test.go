package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFiftyFive covers the forms the fifty-fifth round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundFiftyFive(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'The Leaders' Meeting, held …, was chaired by A and attended in person by B and C' after a lead that named one of them: all of them met",
			"Regional leaders meeting in Jakarta on Saturday struck a deal with Myanmar's Senior General Min Aung Hlaing to end the fighting.\n\nThe ASEAN Leaders' Meeting, held at the ASEAN Secretariat, was chaired by Sultan Hassanal Bolkiah and attended in person by President Joko Widodo, Prime Minister Lee Hsien Loong and Min Aung Hlaing.",
			[]held{{[]string{"min-aung-hlaing", "hassanal-bolkiah", "joko-widodo", "lee-hsien-loong"}, "2026-02-07", "Jakarta", inPerson}}},
		{"'The ministers of A, B and C met in Jeonju … A, B and C attended the meeting on Saturday': the lead named no one and gave no day, the attendance gives both",
			"SEOUL, Feb. 8 (Yonhap) -- The tourism ministers of South Korea, China and Japan agreed to ease group travel at a three-way meeting held in the southwestern city of Jeonju.\n\nCulture Minister Yu In-chon, Chinese Minister of Culture and Tourism Sun Yeli and Japanese Minister Masahito Moriyama attended the meeting on Saturday and signed a joint statement, the ministry said.",
			[]held{{[]string{"yu-in-chon", "sun-yeli", "masahito-moriyama"}, "2026-02-07", "Jeonju", inPerson}}},
		{"'A on Wednesday joined fellow leaders at the first ASEAN-EU summit. The Commemorative Summit was co-chaired by B and C': the summit A joined, with its chairs",
			"BRUSSELS – President Ferdinand Marcos Jr. on Friday joined fellow Southeast Asian leaders at the first summit ever held between ASEAN and the EU in the Belgian capital.\n\nThe ASEAN-EU Commemorative Summit was co-chaired by European Council President Charles Michel and Cambodian Prime Minister Hun Manet.",
			[]held{{[]string{"ferdinand-marcos-jr", "charles-michel", "hun-manet"}, "2026-02-06", "Brussels", inPerson}}},
		{"a first-person statement signed 'Senator the Hon Penny Wong / Minister for Foreign Affairs': the styles open the signature, the name is hers",
			"Today I met Singapore's Minister for Foreign Affairs Vivian Balakrishnan in Canberra.\n\nWe discussed maritime security and the clean energy transition.\n\nSenator the Hon Penny Wong\nMinister for Foreign Affairs",
			[]held{{[]string{"penny-wong", "vivian-balakrishnan"}, "2026-02-08", "Canberra", inPerson}}},
		{"'The newly appointed Ambassador of the EU to ASEAN, H.E. Mr A, presented his credentials to B … the Ambassador and the Secretary-General held a meeting': the office set off before the styled name is his",
			"JAKARTA – The newly appointed Ambassador of the European Union to ASEAN, H.E. Mr Sujiro Seam, presented his credentials to ASEAN Secretary-General Kao Kim Hourn at the ASEAN Secretariat on Thursday.\n\nAfter the ceremony, the Ambassador and the Secretary-General held talks on trade and connectivity.",
			[]held{{[]string{"sujiro-seam", "kao-kim-hourn"}, "2026-02-05", "Jakarta", inPerson}}},
		{"'held a working meeting with A, on the transition arrangements and the support required from the secretariat in Jakarta': what they discussed, not where they met",
			"PHNOM PENH – ASEAN Secretary-General Kao Kim Hourn paid a courtesy call on Prime Minister Hun Manet at his office on Friday.\n\nFollowing the courtesy call, the Secretary-General held a working meeting with H.E. Sok Sambath, Secretary General of the Senate of Cambodia, on the handover arrangements and the support required from the regional secretariat in Jakarta.",
			[]held{{[]string{"kao-kim-hourn", "hun-manet"}, "2026-02-06", "Phnom Penh", inPerson}, {[]string{"kao-kim-hourn", "sok-sambath"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'Pope Leo XIV received A … The Pope then held a separate meeting with B': the pontiff by his office",
			"VATICAN CITY – Pope Leo XIV received President Luong Cuong at the Apostolic Palace on Friday.\n\nThe Pope then held a separate meeting with Foreign Minister Bui Thanh Son.",
			[]held{{[]string{"leo-xiv", "luong-cuong"}, "2026-02-06", "Vatican City", inPerson}, {[]string{"leo-xiv", "bui-thanh-son"}, "2026-02-06", "Vatican City", inPerson}}},
		{"'Pope Francis received A … The Pope then met B' under a date after his time: the one the article titled Pope, not the pope of the day it never named",
			"VATICAN CITY – Pope Francis received President Luong Cuong at the Apostolic Palace on Friday.\n\nThe Pope then held a separate meeting with Foreign Minister Bui Thanh Son.",
			[]held{{[]string{"francis", "luong-cuong"}, "2026-02-06", "Vatican City", inPerson}, {[]string{"francis", "bui-thanh-son"}, "2026-02-06", "Vatican City", inPerson}}},
		{"'at Wat Ratchabophit': a temple, no town; the dateline's city",
			"BANGKOK – Prime Minister Anutin Charnvirakul visited several sites on Friday.\n\nHe then travelled to Wat Ratchabophit, where he met Foreign Minister Sihasak Phuangketkeow.",
			[]held{{[]string{"anutin-charnvirakul", "sihasak-phuangketkeow"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'ILO Director-General A has concluded a visit … On Monday, the Director-General was received by B': a hyphenated office names its holder later",
			"KUALA LUMPUR – ILO Director-General Gilbert Houngbo has concluded a two-day visit to Malaysia.\n\nOn Thursday, the Director-General was received by Prime Minister Anwar Ibrahim in Putrajaya.",
			[]held{{[]string{"gilbert-houngbo", "anwar-ibrahim"}, "2026-02-05", "Putrajaya", inPerson}}},
		{"'Officials of A and B held a border meeting … C led the Cambodian side, while the Thai delegation was led by D': a side led is a delegation led",
			"PHNOM PENH – Officials of Cambodia and Thailand held a border meeting in Phnom Penh on Friday.\n\nDefence Minister Tea Seiha led the Cambodian side, while the Thai delegation was led by Defence Minister Nattaphon Narkphanit.",
			[]held{{[]string{"tea-seiha", "nattaphon-narkphanit"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'A led the Cambodian side, while the Thai delegation was led by B. C chaired the meeting from Kuala Lumpur': the chair of the meeting just told joins it",
			"PHNOM PENH – Officials of Cambodia and Thailand held a border meeting by video link on Friday.\n\nDefence Minister Tea Seiha led the Cambodian side, while the Thai delegation was led by Defence Minister Nattaphon Narkphanit.\n\nMalaysian Defence Minister Mohamed Khaled Nordin chaired the meeting from Kuala Lumpur.",
			[]held{{[]string{"tea-seiha", "nattaphon-narkphanit", "mohamed-khaled-nordin"}, "2026-02-06", "", relbot.KindVirtual}}},
	})
}
