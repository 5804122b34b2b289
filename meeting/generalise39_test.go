package meeting

import (
	"slices"
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFortyThree covers the forms the forty-third round of
// held-out sets showed, each in this project's own words.
func TestExtractRoundFortyThree(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'held a \"two-plus-two\" security dialogue with': the dialogue after its light verb is the meeting of all four",
			"MANILA – On Friday, Foreign Minister Yoko Kamikawa and Defense Minister Minoru Kihara held a \"two-plus-two\" security dialogue with Defense Secretary Gilberto Teodoro and Foreign Secretary Enrique Manalo.",
			[]held{{[]string{"yoko-kamikawa", "minoru-kihara", "gilberto-teodoro-jr", "enrique-manalo"}, "2026-02-06", "Manila", inPerson}}},
		{"'had also intended to visit Ulan Bator to meet with B': an intention called off, no meeting",
			"Prime Minister Sanae Takaichi on Friday called off a planned trip to Kazakhstan and Mongolia.\n\nThe prime minister had also intended to visit Ulan Bator on the way home to meet with Mongolian President Ukhnaagiin Khurelsukh.",
			nil},
		{"'Wang had no intention of meeting Motegi', then 'Instead, the minister held talks with Rubio': no meeting with Wang; the minister is the one the story follows",
			"KUALA LUMPUR, Feb. 6 (Kyodo) -- China on Friday called off a planned meeting between Foreign Minister Toshimitsu Motegi and Chinese Foreign Minister Wang Yi.\n\nA spokeswoman said Wang had no intention of meeting Motegi.\n\nInstead, the minister held talks with U.S. Secretary of State Marco Rubio on Friday.",
			[]held{{[]string{"toshimitsu-motegi", "marco-rubio"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'He will then travel to Vientiane, meeting with B': the participle after the comma shares the trip's plan",
			"HANOI – Prime Minister Sanae Takaichi held talks with Prime Minister Pham Minh Chinh on Friday.\n\nShe will then travel to Vientiane, meeting with Prime Minister Sonexay Siphandone.",
			[]held{{[]string{"sanae-takaichi", "pham-minh-chinh"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'Earlier this month, A also held talks with C' after A's dated talks with B: another occasion recalled",
			"TOKYO – Foreign Minister Toshimitsu Motegi held talks with Indonesian Foreign Minister Sugiono in Tokyo on Friday.\n\nEarlier this month, Motegi also held talks with U.S. Secretary of State Marco Rubio in Washington.",
			[]held{{[]string{"toshimitsu-motegi", "sugiono"}, "2026-02-06", "Tokyo", inPerson}}},
		{"'Last week, A also paid a farewell call on C' after A's dated call on B: the same round of calls",
			"VIENTIANE – President of the National Assembly Saysomphone Phomvihane on Friday received Vietnamese Ambassador Nguyen Minh Tam, who paid a farewell call on him.\n\nLast week, Mr Tam also paid a farewell call on Prime Minister Sonexay Siphandone at the Prime Minister's Office.",
			[]held{{[]string{"xaysomphone-phomvihane", "nguyen-minh-tam"}, "2026-02-06", "Vientiane", inPerson}, {[]string{"nguyen-minh-tam", "sonexay-siphandone"}, "2026-02", "Vientiane", inPerson}}},
		{"'On Tuesday, a national holiday in Japan, he held talks with B': the pronoun after a long opening is the one the story follows",
			"TOKYO – Prime Minister Pham Minh Chinh arrived in Japan on Monday for a four-day official visit.\n\nOn Tuesday, a national holiday in Japan, he held talks with former Prime Minister Shinzo Abe.",
			[]held{{[]string{"pham-minh-chinh", "shinzo-abe"}, "2026-02-03", "Tokyo", inPerson}}},
		{"'\"Japan is a friend,\" Aquino told reporters after meeting Abe': the quotation's 'is' tells no trip",
			"President Benigno Aquino III on Friday backed Prime Minister Sanae Takaichi's defence plans.\n\n\"Japan is a good neighbour,\" Aquino told a joint news conference after meeting Takaichi at the prime minister's office in Tokyo.",
			[]held{{[]string{"benigno-aquino-iii", "sanae-takaichi"}, "2026-02-06", "Tokyo", inPerson}}},
		{"'Rt Hon Jonathan Reynolds MP': Britain's style is no part of the name",
			"NEW DELHI – Minister of Commerce Piyush Goyal and Secretary of State for Business and Trade, Rt Hon Jonathan Reynolds MP, held talks in New Delhi on Friday.",
			[]held{{[]string{"piyush-goyal", "jonathan-reynolds"}, "2026-02-06", "New Delhi", inPerson}}},
		{"'Minister for Industry, Commerce and Supplies Damodar Bhandari': supplies is a portfolio, not a name",
			"KATHMANDU – Minister for Industry, Commerce and Supplies Damodar Bhandari received Indian Ambassador Naveen Srivastava at Singha Durbar on Friday.",
			[]held{{[]string{"damodar-bhandari", "naveen-srivastava"}, "2026-02-06", "Kathmandu", inPerson}}},
		{"'WASHINGTON/SEOUL, Feb. 6 (Yonhap) --': a dateline of two cities, the first the story's",
			"WASHINGTON/SEOUL, Feb. 7 (Yonhap) -- Industry Minister Kim Jung-kwan held talks with U.S. Commerce Secretary Howard Lutnick on Friday, his ministry said Saturday.",
			[]held{{[]string{"kim-jung-kwan", "howard-lutnick"}, "2026-02-06", "Washington", inPerson}}},
		{"'Huang Kunming, Party Secretary of Guangdong, received B': a name may end in a city's word",
			"GUANGZHOU – On Friday, Huang Kunming, Party Secretary of Guangdong, received General Secretary To Lam.",
			[]held{{[]string{"huang-kunming", "to-lam"}, "2026-02-06", "Guangzhou", inPerson}}},
		{"'Governor of Yunnan Wang Yubo received B': the province ends the office, not part of the name",
			"KUNMING – On Friday, Governor of Yunnan Wang Yubo received Deputy Prime Minister Tran Hong Ha.",
			[]held{{[]string{"wang-yubo", "tran-hong-ha"}, "2026-02-06", "Kunming", inPerson}}},
		{"'British Chancellor of the Exchequer George Osborne': the office of the Exchequer, then the name",
			"BEIJING – Vice Premier He Lifeng met British Chancellor of the Exchequer George Osborne in Beijing on Friday.",
			[]held{{[]string{"he-lifeng", "george-osborne"}, "2026-02-06", "Beijing", inPerson}}},
		{"'A, who is the Singapore co-chair of the council, spoke with B over the phone': the co-chair of a council is a noun, the call the meeting",
			"Minister for Education Chan Chun Sing, who is the Singapore co-chair of the Singapore-Guangdong Collaboration Council (SGCC), spoke with Governor of Guangdong Province Wang Weizhong over the phone on Friday.",
			[]held{{[]string{"chan-chun-sing", "wang-weizhong"}, "2026-02-06", "", relbot.KindPhone}}},
		{"'HANOI, Feb. 6 – A received B' then 'A and B held talks in February 2026': the month told again keeps the dateline's day",
			"HANOI, Feb. 6 (VNA) – Prime Minister Pham Minh Chinh received Japanese Ambassador Ito Naoki at the Government headquarters.\n\nChinh and Ito held talks in February 2026, the ministry said.",
			[]held{{[]string{"pham-minh-chinh", "naoki-ito"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'Minister for the Delimitation of Borders Agio Pereira': borders end the office, not start the name",
			"NEW YORK – Foreign Minister Penny Wong and Minister for the Delimitation of Borders Agio Pereira held talks on Friday.",
			[]held{{[]string{"penny-wong", "agio-pereira"}, "2026-02-06", "New York", inPerson}}},
		{"'Foreign Ministers of ASEAN Member States' names no one",
			"The Retreat was attended by Foreign Ministers of ASEAN Member States, the Foreign Minister of Timor-Leste as an observer, and Marlar Than Htaik, Permanent Secretary of the Ministry of Foreign Affairs, on Friday.",
			nil},
		{"'Minister for Defence the Hon Peter Dutton MP': Australia's style is no part of the name",
			"JAKARTA – Minister of Defence Sjafrie Sjamsoeddin received Minister for Defence the Hon Peter Dutton MP on Friday.",
			[]held{{[]string{"sjafrie-sjamsoeddin", "peter-dutton"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'From Brussels, the president will travel to Paris … before the two leaders hold talks': no one named 'From Brussels', and talks still to come",
			"JAKARTA – President Prabowo Subianto met Prime Minister Anthony Albanese in Jakarta on Friday.\n\nFrom Brussels, the president will travel to Paris. On Monday, he will watch the parade alongside French President Emmanuel Macron, before the two leaders hold talks at the Elysee Palace.",
			[]held{{[]string{"prabowo-subianto", "anthony-albanese"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'From Brussels, the president flew to Paris, where he met B': a preposition opens no name",
			"JAKARTA – President Prabowo Subianto left Jakarta on Thursday.\n\nFrom Brussels, the president flew to Paris, where he met French President Emmanuel Macron on Friday.",
			[]held{{[]string{"prabowo-subianto", "emmanuel-macron"}, "2026-02-06", "Paris", inPerson}}},
		{"'The deal was announced yesterday after A held a meeting with B': the meeting the announcement followed, that day",
			"BRUSSELS – The trade deal was announced yesterday after President Prabowo Subianto held a meeting with European Commission President Ursula von der Leyen in Brussels.",
			[]held{{[]string{"prabowo-subianto", "ursula-von-der-leyen"}, "2026-02-07", "Brussels", inPerson}}},
		{"'Palestinian Foreign Minister Riyad al-Maliki': a family name after the Arabic article in lower case",
			"JAKARTA – Vice President Gibran Rakabuming Raka received Palestinian Foreign Minister Riyad al-Maliki in Jakarta on Friday.",
			[]held{{[]string{"gibran-rakabuming-raka", "riyad-al-maliki"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'agreed to resume negotiations next year, following a meeting between A and B yesterday': the meeting's own day",
			"JEDDAH: Japan and the GCC have agreed to resume negotiations on a free trade agreement next year, following a meeting between Prime Minister Sanae Takaichi and GCC Secretary-General Jasem Mohamed Albudaiwi in Jeddah yesterday.",
			[]held{{[]string{"sanae-takaichi", "jasem-mohamed-albudaiwi"}, "2026-02-07", "Jeddah", inPerson}}},
		{"'with the aim of holding talks with B in March': an aim, not talks held",
			"RIYADH – Prime Minister Sanae Takaichi arrived in Riyadh on Friday with the aim of holding talks with Crown Prince Mohammed bin Salman.",
			nil},
		{"'It was not clear whether the envoy was able to meet B': asked, not told",
			"NAYPYITAW – Special Envoy Othman Hashim held talks with Senior General Min Aung Hlaing on Friday.\n\nIt was not clear whether the envoy was able to meet Aung San Suu Kyi, who has been detained since the coup.",
			[]held{{[]string{"othman-hashim", "min-aung-hlaing"}, "2026-02-06", "Naypyidaw", inPerson}}},
	})
}

func TestUnknownOfficeDropsCourtesyStyle(t *testing.T) {
	x := embeddedExtractor(t)
	for _, tt := range []struct{ text, slug, office string }{
		{"VIENTIANE – Prime Minister Sonexay Siphandone on Friday received Governor of Yunnan province Mr Wang Yubo at the Prime Minister's Office.", "wang-yubo", "Governor of Yunnan province"},
		{"BEIJING – Cambodian Ambassador to China H.E. Mr. Khek Caimealy Sysoda met Foreign Minister Wang Yi on Friday.", "khek-caimealy-sysoda", "Ambassador to China"},
	} {
		ex := x.Extract(Input{Text: tt.text, Published: testPub})
		i := slices.IndexFunc(ex.NewActors, func(a relbot.Actor) bool { return a.Slug == tt.slug })
		if i < 0 {
			t.Errorf("no new actor %s in %+v", tt.slug, ex.NewActors)
			continue
		}
		if roles := ex.NewActors[i].Roles; len(roles) != 1 || roles[0].Title != tt.office {
			t.Errorf("%s roles = %+v, want %q, the office without its courtesy style", tt.slug, roles, tt.office)
		}
	}
}
