package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFiftyNine covers the forms the fifty-ninth round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundFiftyNine(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'H.H. Sheikh A, Deputy Prime Minister, received B': H.H. is a style, no part of the name",
			"ABU DHABI – Lt. General H.H. Sheikh Saif bin Zayed Al Nahyan, Deputy Prime Minister and Minister of Interior, received Jürgen Stock, Secretary General of INTERPOL, at his office on Friday.",
			[]held{{[]string{"saif-bin-zayed-al-nahyan", "jurgen-stock"}, "2026-02-06", "Abu Dhabi", inPerson}}},
		{"'Coordinating Minister for Law, Human Rights, Immigration and Corrections A': corrections is a portfolio",
			"JAKARTA – Coordinating Minister for Law, Human Rights, Immigration and Corrections Yusril Ihza Mahendra received Australian Ambassador Penny Williams at his office on Friday.",
			[]held{{[]string{"yusril-ihza-mahendra", "penny-williams"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'A met B on Tuesday, even as President C signaled that …': what another did meanwhile is a clause of its own",
			"BEIJING – U.S. climate envoy John Kerry met Chinese Premier Li Qiang on Tuesday, seeking to revive cooperation, even as President Xi Jinping signaled that China would set its own pace.",
			[]held{{[]string{"john-kerry", "li-qiang"}, "2026-02-03", "Beijing", inPerson}}},
		{"'… could create a positive atmosphere for the leaders' meeting': the ground laid for one still to come",
			"SAN FRANCISCO – Xi Jinping is expected to meet Joe Biden on Wednesday.\n\nAnalysts said the consensus reached by the two envoys could create a positive atmosphere for the leaders' meeting.",
			nil},
		{"'received A, the newly appointed Executive Director of the Fund': an office after the name, however new",
			"MANILA – President Ferdinand R. Marcos Jr. on Friday received Ibrahima Cheikh Diong, the newly appointed Executive Director of the Fund for responding to Loss and Damage, at Malacañan Palace.",
			[]held{{[]string{"ferdinand-marcos-jr", "ibrahima-cheikh-diong"}, "2026-02-06", "Manila", inPerson}}},
		{"'Ed Miliband … the Energy Secretary met B': the one named before whose office that is",
			"BEIJING – The Secretary of State for Energy Security and Net Zero, Ed Miliband, arrived in Beijing on Thursday.\n\nDuring the visit, the Energy Secretary met Vice Premier Ding Xuexiang on Friday.",
			[]held{{[]string{"ed-miliband", "ding-xuexiang"}, "2026-02-06", "Beijing", inPerson}}},
		{"'Madeleine King … Ms King held talks with B': a known name's English word, styled, is hers",
			"JAKARTA – Resources Minister Madeleine King arrived in Jakarta on Thursday.\n\nMs King held talks with Energy Minister Bahlil Lahadalia on Friday.",
			[]held{{[]string{"madeleine-king", "bahlil-lahadalia"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'… on Friday when A and B signed a deal, witnessed by C and D. The four leaders held talks before the signing': the day of the sentence before",
			"KUALA LUMPUR – Prime Minister Hun Manet met South Korean President Lee Jae-myung on Saturday.\n\nHun Manet had been at the centre of attention on Friday when he and Thai Prime Minister Anutin Charnvirakul signed a ceasefire deal, in a ceremony witnessed by US President Donald Trump and Malaysian Prime Minister Anwar Ibrahim.\n\nThe four leaders held talks before the signing.",
			[]held{{[]string{"hun-manet", "lee-jae-myung"}, "2026-02-07", "Kuala Lumpur", inPerson}, {[]string{"hun-manet", "anutin-charnvirakul", "donald-trump", "anwar-ibrahim"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'The conference was officiated by A and attended by B and C': the one who officiated chaired it",
			"HANOI – The conference, which opened on Friday, was officiated by Minister of Public Security To Lam and attended by Inspector-General of Police Mohd Khalid Ismail and National Police Chief Listyo Sigit Prabowo.",
			[]held{{[]string{"to-lam", "mohd-khalid-ismail", "listyo-sigit-prabowo"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'A and B flew to Jakarta to take custody of C. Before the handover, the two met D': the two who opened the sentence",
			"MANILA – Interior Secretary Benhur Abalos and police chief Gen. Rommel Marbil flew to Jakarta on Friday to take custody of former Bamban Mayor Alice Guo.\n\nBefore the handover, the two met National Police Chief Gen. Listyo Sigit Prabowo at the police headquarters.",
			[]held{{[]string{"benhur-abalos", "rommel-marbil", "listyo-sigit-prabowo"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'A and B, European Commissioner for Internal Market, co-chaired the council': the internal market is a portfolio, no person",
			"SEOUL – Science and ICT Minister Lee Jong-ho and Thierry Breton, European Commissioner for Internal Market, co-chaired the council in Seoul on Friday.",
			[]held{{[]string{"lee-jong-ho", "thierry-breton"}, "2026-02-06", "Seoul", inPerson}}},
		{"'Washington [US], February 6 (ANI): … on Tuesday': the country in brackets is part of the dateline",
			"Washington [US], February 6 (ANI): National Security Advisor Ajit Doval held talks with his US counterpart Jake Sullivan at the White House on Tuesday.",
			[]held{{[]string{"ajit-doval", "jake-sullivan"}, "2026-02-03", "Washington", inPerson}}},
		{"'Minister of Communications and Information Technology A bin B bin C Al D': a Gulf name's lineage is part of it",
			"Doha, February 6 (QNA) - HE Minister of Communications and Information Technology Mohammed bin Ali bin Mohammed Al Mannai met on Friday with Malaysia's Minister of Digital Gobind Singh Deo.",
			[]held{{[]string{"mohammed-bin-ali-bin-mohammed-al-mannai", "gobind-singh-deo"}, "2026-02-06", "Doha", inPerson}}},
		{"'A, B and C met Executive Vice Presidents D and E': the plural title holds both names, one the gazetteer knows",
			"LULEA – Antony Blinken, Gina Raimondo and Katherine Tai met European Commission Executive Vice Presidents Margrethe Vestager and Valdis Dombrovskis for a day of talks on Friday.",
			[]held{{[]string{"antony-blinken", "gina-raimondo", "katherine-tai", "margrethe-vestager", "valdis-dombrovskis"}, "2026-02-06", "Lulea", inPerson}}},
		{"'… after 12 years of talks, A announced following a meeting with B': years of talks are no meeting",
			"HANOI – Indonesia and Vietnam have concluded negotiations on their maritime boundary after 12 years of talks, President Joko Widodo announced following a meeting with President Nguyen Xuan Phuc in Hanoi on Friday.",
			[]held{{[]string{"joko-widodo", "nguyen-xuan-phuc"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'A and B on Saturday announced that …': two who announce together were together that day",
			"BRUSSELS – President Prabowo Subianto and European Commission President Ursula von der Leyen on Saturday announced that Indonesia and the European Union had reached a political agreement on their trade deal.",
			[]held{{[]string{"prabowo-subianto", "ursula-von-der-leyen"}, "2026-02-07", "Brussels", inPerson}}},
		{"'A sat down with B, C and D for a summit on the corridor': one table, not a round of bilaterals",
			"LOBITO, Angola – US President Joe Biden on Wednesday sat down with Angolan President Joao Lourenco, Zambian President Hakainde Hichilema and Congolese President Felix Tshisekedi for a summit on the Lobito Corridor.",
			[]held{{[]string{"joe-biden", "joao-lourenco", "hakainde-hichilema", "felix-tshisekedi"}, "2026-02-04", "Lobito", inPerson}}},
		{"'Washington [US], February 7 (ANI): The ministers on Friday announced … A hosted B, C and D for the meeting': the day the lead said it, before the dateline's",
			"Washington DC [US], February 7 (ANI): The foreign ministers of the Quad countries on Friday announced the launch of a critical minerals initiative.\n\nSecretary of State Marco Rubio hosted External Affairs Minister S Jaishankar, Australian Foreign Minister Penny Wong and Japanese Foreign Minister Takeshi Iwaya for the Quad Foreign Ministers' Meeting at the State Department.",
			[]held{{[]string{"marco-rubio", "s-jaishankar", "penny-wong", "takeshi-iwaya"}, "2026-02-06", "Washington", inPerson}}},
		{"'A and B agreed to restart the cooperation at their summit outside San Francisco in November': the summit's month, an earlier meeting",
			"BEIJING – The United States and China launched a joint working group on counternarcotics on Tuesday.\n\nPresident Joe Biden and Chinese leader Xi Jinping agreed to restart the cooperation at their summit outside San Francisco in November.",
			nil},
		{"'A and B handed over documents to C at a ceremony in Hangzhou, which is hosting a summit on Sunday and Monday': both gave, and the relative clause's days are its own",
			"HANGZHOU – The United States and China on Saturday formally joined the Paris Agreement.\n\nChinese President Xi Jinping and US President Barack Obama handed over documents confirming their countries' participation to UN Secretary-General Ban Ki-moon at a ceremony in the eastern city of Hangzhou, which is hosting a summit of the Group of 20 on Sunday and Monday.",
			[]held{{[]string{"xi-jinping", "barack-obama", "ban-ki-moon"}, "2026-02-07", "Hangzhou", inPerson}}},
		{"'In talks with A, who chairs the forum, B explained …': the aside ends, and the main clause's subject is the other side",
			"TOKYO – Prime Minister Fumio Kishida met Tuvalu Prime Minister Feleti Teo on Wednesday.\n\nIn talks with Cook Islands Prime Minister Mark Brown, who chairs the Pacific Islands Forum, Kishida explained Japan's position on the treated water.",
			[]held{{[]string{"fumio-kishida", "feleti-teo"}, "2026-02-04", "Tokyo", inPerson}, {[]string{"fumio-kishida", "mark-brown"}, "2026-02-04", "Tokyo", inPerson}}},
	})
}
