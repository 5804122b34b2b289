package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundTwentyFive holds the cases of the rules added in the
// round of the blind sets heldout121 to heldout128, in the project's own
// words.
func TestExtractRoundTwentyFive(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'During the meeting, A was accompanied by C, while B was accompanied by D', three sentences after the talks",
			"VIENTIANE - President Thongloun Sisoulith held talks with President Luong Cuong in Vientiane on Friday.\n\nIt was the Vietnamese leader's first visit to Laos since taking office. He will also travel to Luang Prabang.\n\nThe two sides, Luong Cuong said, are bound by a special solidarity.\n\nDuring the meeting, Thongloun was accompanied by Foreign Minister Thongsavanh Phomvihane, while Luong Cuong was accompanied by Foreign Minister Bui Thanh Son.",
			[]held{{[]string{"thongloun-sisoulith", "luong-cuong", "thongsavanh-phomvihane", "bui-thanh-son"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'After the talks, the two leaders witnessed the signing of the agreement by C and D': the signers were at the leaders' table",
			"HANOI - Prime Minister Pham Minh Chinh held talks with Prime Minister Hun Manet in Hanoi on Friday.\n\nAfter the talks, the two leaders witnessed the signing of a trade agreement by Foreign Minister Bui Thanh Son and Deputy Prime Minister Prak Sokhonn.",
			[]held{{[]string{"pham-minh-chinh", "hun-manet", "bui-thanh-son", "prak-sokhonn"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'The two leaders witnessed the signing of three accords. The first was signed by C and D; the second by E and F': the signers in the sentence after",
			"SINGAPORE - Prime Minister Lawrence Wong and President Prabowo Subianto held their annual retreat in Singapore on Friday.\n\nIn the afternoon, the two leaders witnessed the signing of three accords. The defence accord was signed by Defence Minister Chan Chun Sing and Defence Minister Sjafrie Sjamsoeddin; the trade pact by Foreign Minister Vivian Balakrishnan and Foreign Minister Sugiono.",
			[]held{{[]string{"lawrence-wong", "prabowo-subianto", "chan-chun-sing", "sjafrie-sjamsoeddin", "vivian-balakrishnan", "sugiono"}, "2026-02-06", "Singapore", inPerson}}},
		{"'On Saturday, the two leaders witnessed the signing … by C and D' after Friday's talks: a ceremony of its own day, not the talks' company",
			"HANOI - Prime Minister Pham Minh Chinh held talks with Prime Minister Hun Manet in Hanoi on Friday.\n\nOn Saturday, the two leaders witnessed the signing of a trade agreement by Foreign Minister Bui Thanh Son and Deputy Prime Minister Prak Sokhonn.",
			[]held{{[]string{"pham-minh-chinh", "hun-manet"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'the signing of the accord by Minister of Law and Human Rights A and Minister of Home Affairs B': the portfolio is no part of the name",
			"JAKARTA - President Prabowo Subianto held talks with Prime Minister Anwar Ibrahim in Jakarta on Friday.\n\nThe two leaders then witnessed the signing of an extradition accord by Minister of Law and Human Rights Supratman Andi Agtas and Malaysian Minister of Home Affairs Saifuddin Nasution Ismail.",
			[]held{{[]string{"prabowo-subianto", "anwar-ibrahim", "supratman-andi-agtas", "saifuddin-nasution-ismail"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'Later, the two leaders witnessed the exchange of memoranda between C and D', seven sentences on and after a recalled meeting of the two",
			"KUALA LUMPUR - Prime Minister Anwar Ibrahim held talks with President Ferdinand Marcos Jr. in Putrajaya on Friday.\n\nThe two leaders last met in Phnom Penh in November 2022, on the sidelines of a summit.\n\nAnwar said the talks were frank. He said the two sides agreed on maritime security. Marcos said he was grateful. He praised the peace process. He also spoke of rice.\n\nLater, the two leaders witnessed the exchange of three memoranda between Foreign Minister Mohamad Hasan and Foreign Affairs Secretary Enrique Manalo.",
			[]held{{[]string{"anwar-ibrahim", "ferdinand-marcos-jr", "mohamad-hasan", "enrique-manalo"}, "2026-02-06", "Putrajaya", inPerson}}},
		{"'A and B signed the agreement on Friday. It was inked by C and D, and witnessed by A's and B's leaders E and F': the signatories and their witnesses",
			"PUTRAJAYA - Singapore and Malaysia on Friday signed an agreement on a special economic zone.\n\nThe agreement was inked by Economy Minister Rafizi Ramli and Minister for Trade and Industry Gan Kim Yong, and witnessed by Prime Minister Lawrence Wong and his counterpart Anwar Ibrahim.",
			[]held{{[]string{"rafizi-ramli", "gan-kim-yong", "lawrence-wong", "anwar-ibrahim"}, "2026-02-06", "Putrajaya", inPerson}}},
		{"'The second Leaders' Meeting was co-chaired by A and B. It was attended by C and D': 'it' is the meeting the sentence before was about",
			"PHNOM PENH - Leaders of the six Mekong countries on Friday adopted a joint declaration.\n\nThe second Leaders' Meeting was co-chaired by Premier Li Qiang and Prime Minister Hun Manet at the Peace Palace. It was attended by Prime Minister Sonexay Siphandone and Prime Minister Pham Minh Chinh.",
			[]held{{[]string{"li-qiang", "hun-manet", "sonexay-siphandone", "pham-minh-chinh"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'A met B on Friday. It was attended by thousands of C's supporters': no meeting's noun before 'it', no one joins",
			"PHNOM PENH - Prime Minister Hun Manet met Prime Minister Pham Minh Chinh on Friday, and later opened a rally. It was attended by Deputy Prime Minister Sun Chanthol and Senate President Hun Sen.",
			[]held{{[]string{"hun-manet", "pham-minh-chinh"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'received the delegations at the Merdeka presidential palace': the palace is a venue of one city, its name no city",
			"JAKARTA - President Prabowo Subianto on Friday received Prime Minister Lawrence Wong at the Merdeka presidential palace.",
			[]held{{[]string{"prabowo-subianto", "lawrence-wong"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'A meeting of the committee, co-chaired by A and B, has also been proposed': the aside tells who, the main verb that it is a proposal",
			"PHNOM PENH - Prime Minister Hun Manet met Prime Minister Anwar Ibrahim on Friday.\n\nA meeting of the General Border Committee, co-chaired by Defence Minister Tea Seiha and his Thai counterpart Nattaphon Narkphanit, has also been proposed, although no date has been set.",
			[]held{{[]string{"hun-manet", "anwar-ibrahim"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'A meeting between A and B has also been proposed by Malaysia': the noun's own verb",
			"PHNOM PENH - Prime Minister Hun Manet met Prime Minister Anwar Ibrahim on Friday.\n\nA meeting between Prime Minister Hun Manet and Prime Minister Anutin Charnvirakul has also been proposed by Malaysia, officials said.",
			[]held{{[]string{"hun-manet", "anwar-ibrahim"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'The meeting between A and B, which was proposed by Malaysia, took place on Friday': the proposal is the aside's, the meeting held",
			"KUALA LUMPUR - The meeting between Prime Minister Hun Manet and Prime Minister Anutin Charnvirakul, which was proposed by Malaysia, took place in Kuala Lumpur on Friday.",
			[]held{{[]string{"hun-manet", "anutin-charnvirakul"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'A and B will both be in the city, though neither side has confirmed a bilateral meeting': unconfirmed, not held",
			"KUALA LUMPUR - Foreign Minister Maris Sangiampongsa and his Cambodian counterpart Prak Sokhonn are in Kuala Lumpur this week, though neither side has confirmed a bilateral meeting.",
			nil},
		{"'Officials confirmed a bilateral meeting between A and B on Friday': confirmed, held",
			"KUALA LUMPUR - Officials confirmed a bilateral meeting between Foreign Minister Maris Sangiampongsa and Foreign Minister Prak Sokhonn in Kuala Lumpur on Friday.",
			[]held{{[]string{"maris-sangiampongsa", "prak-sokhonn"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'In December 2024, A held talks with B. Three months before that, he had been in Beijing meeting C': older still than the date given",
			"PHNOM PENH - Prime Minister Hun Manet received Ambassador Wang Wenbin on Friday.\n\nIn December 2024, Hun Manet made an official visit to Hanoi and held talks with Prime Minister Pham Minh Chinh. Three months before that, he had been in Beijing meeting President Xi Jinping.",
			[]held{{[]string{"hun-manet", "wang-wenbin"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'A joined the Commemorative Summit for the 50th Year of Friendship, chaired by B and C, with participation by D and E': one gathering of them all",
			"TOKYO - On Friday, Prime Minister Hun Manet joined the Commemorative Summit for the 50th Year of ASEAN-Japan Friendship and Cooperation, chaired by Prime Minister Fumio Kishida and President Joko Widodo as coordinator, with participation by Prime Minister Srettha Thavisin, Prime Minister Pham Minh Chinh and other leaders.",
			[]held{{[]string{"hun-manet", "fumio-kishida", "joko-widodo", "srettha-thavisin", "pham-minh-chinh"}, "2026-02-06", "Tokyo", inPerson}}},
		{"'A attended the Special Summit, chaired by B and C': the chairs were his company",
			"MELBOURNE - Prime Minister Hun Manet on Friday attended the ASEAN-Australia Special Summit, co-chaired by Prime Minister Anthony Albanese and President Joko Widodo.",
			[]held{{[]string{"hun-manet", "anthony-albanese", "joko-widodo"}, "2026-02-06", "Melbourne", inPerson}}},
		{"'MARCH 10 – TALKS WITH PRESIDENT PRABOWO' heading the day's lines: the heading's day, though it names the talks itself",
			"NDO – General Secretary To Lam concluded on Thursday his official visit to Indonesia. Below are the highlights.\n\nFEBRUARY 3 – ARRIVAL IN JAKARTA\n\nGeneral Secretary To Lam arrived at Halim airport in the evening.\n\nFEBRUARY 4 – TALKS WITH PRESIDENT PRABOWO\n\nAt the Merdeka Palace, President Prabowo Subianto presided over the welcome ceremony, after which the two leaders held talks.",
			[]held{{[]string{"to-lam", "prabowo-subianto"}, "2026-02-04", "Jakarta", inPerson}}},
		{"'A left Jakarta and arrived in Singapore on Thursday evening. On Friday, B chaired the welcome ceremony at the Istana, followed by talks with A': the trip moved on",
			"JAKARTA - General Secretary To Lam held talks with President Prabowo Subianto on Wednesday during his official visit to Indonesia.\n\nTo Lam left Jakarta and arrived in Singapore on Thursday evening.\n\nOn Friday, Prime Minister Lawrence Wong chaired the welcome ceremony at the Istana, followed by talks with To Lam.",
			[]held{{[]string{"to-lam", "prabowo-subianto"}, "2026-02-04", "Jakarta", inPerson}, {[]string{"to-lam", "lawrence-wong"}, "2026-02-06", "Singapore", inPerson}}},
		{"'Bangkok, Feb 6 (PTI) Prime Minister A met B here': the agency's bracket closes the dateline without a dash",
			"Bangkok, Feb 6 (PTI) Prime Minister Narendra Modi on Friday met Prime Minister Paetongtarn Shinawatra here.",
			[]held{{[]string{"narendra-modi", "paetongtarn-shinawatra"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'Guests at the summit included A, Nepal's Prime Minister B': the office is B's, and 'the prime minister' later is still the story's",
			"Bangkok, Feb 6 (PTI) Prime Minister Narendra Modi on Friday met Senior General Min Aung Hlaing here.\n\nThe city's hotels were full. Guests at the summit included Muhammad Yunus, Nepal's Prime Minister K P Sharma Oli and Bhutan's Prime Minister Tshering Tobgay.\n\nThe prime minister had arrived in the Thai capital on Thursday, when he held talks with Prime Minister Paetongtarn Shinawatra at Government House.",
			[]held{{[]string{"narendra-modi", "min-aung-hlaing"}, "2026-02-06", "Bangkok", inPerson}, {[]string{"narendra-modi", "paetongtarn-shinawatra"}, "2026-02-05", "Bangkok", inPerson}}},
		{"'On Friday, A joined B and other leaders, including C and D, for the summit's leaders' session': one meeting of them all",
			"MELBOURNE - Prime Minister Hun Manet met Prime Minister Anthony Albanese on Thursday.\n\nOn Friday, the Cambodian premier joined Albanese and other Southeast Asian leaders, including Prime Minister Sonexay Siphandone and Prime Minister Pham Minh Chinh, for the summit's leaders' session.",
			[]held{{[]string{"hun-manet", "anthony-albanese"}, "2026-02-05", "Melbourne", inPerson}, {[]string{"hun-manet", "anthony-albanese", "sonexay-siphandone", "pham-minh-chinh"}, "2026-02-06", "Melbourne", inPerson}}},
		{"'A joined C for the meeting' after C's meeting with D: the company of the meeting told, not another",
			"WASHINGTON - President Joe Biden met General Secretary To Lam at the White House on Friday.\n\nSecretary of State Antony Blinken joined Biden for the meeting, according to a pool report.",
			[]held{{[]string{"joe-biden", "to-lam", "antony-blinken"}, "2026-02-06", "Washington", inPerson}}},
		{"'At the Japan-ASEAN summit, chaired by A, B said … Leaders attending included C and D': the chair, the one who spoke there and the roll",
			"KUALA LUMPUR - Prime Minister Sanae Takaichi made her debut on Friday at a summit with Southeast Asian leaders in the Malaysian capital.\n\nAt the Japan-ASEAN summit, chaired by Prime Minister Anwar Ibrahim, Takaichi said Japan would support the region. Leaders attending included Prime Minister Hun Manet and Prime Minister Pham Minh Chinh.",
			[]held{{[]string{"sanae-takaichi", "anwar-ibrahim", "hun-manet", "pham-minh-chinh"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'On Friday the senior general joined the leaders' summit, which was hosted by A and attended by B and C': its subject was there with them",
			"KUNMING - Senior General Min Aung Hlaing met Premier Li Qiang on Thursday.\n\nOn Friday the senior general joined the GMS leaders' summit, which was hosted by Li and attended by Prime Minister Hun Manet and Prime Minister Pham Minh Chinh.",
			[]held{{[]string{"min-aung-hlaing", "li-qiang"}, "2026-02-05", "Kunming", inPerson}, {[]string{"min-aung-hlaing", "li-qiang", "hun-manet", "pham-minh-chinh"}, "2026-02-06", "Kunming", inPerson}}},
		{"'The ministers' meeting was co-chaired by A and B. C and D attended in person, while Myanmar was represented by an official': the roll",
			"VIENTIANE - The Mekong-Japan foreign ministers' meeting on Friday was co-chaired by Foreign Minister Yoko Kamikawa and Foreign Minister Saleumxay Kommasith. Foreign Minister Maris Sangiampongsa and Foreign Minister Bui Thanh Son attended in person, while Myanmar was represented by a senior official.",
			[]held{{[]string{"yoko-kamikawa", "saleumxay-kommasith", "maris-sangiampongsa", "bui-thanh-son"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'A called on Cambodian People's Party president B on Friday': a lower-case office before the name is still a person",
			"PHNOM PENH - Thongsavanh Phomvihane, who heads the external relations commission of the Lao party, called on Cambodian People's Party president Hun Sen in Phnom Penh on Friday.",
			[]held{{[]string{"thongsavanh-phomvihane", "hun-sen"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'received Deputy Prime Minister and member of the CPP Permanent Committee A': a second office in lower case after 'and' still leads to the name",
			"PHNOM PENH - Prime Minister Pham Minh Chinh on Friday received Deputy Prime Minister and member of the CPP Permanent Committee Bin Chhin.",
			[]held{{[]string{"pham-minh-chinh", "bin-chhin"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'The four ministers discussed …, the ministry said in a statement received in Jakarta on Friday': the statement's day, not another meeting",
			"JAKARTA - Foreign Minister Sugiono and Defence Minister Sjafrie Sjamsoeddin held talks with Foreign Minister Penny Wong and Defence Minister Richard Marles in Canberra on Tuesday.\n\nThe four ministers discussed regional security, the Indonesian Foreign Ministry said in a statement received in Jakarta on Friday.",
			[]held{{[]string{"sugiono", "sjafrie-sjamsoeddin", "penny-wong", "richard-marles"}, "2026-02-03", "Canberra", inPerson}}},
		{"'A said in a post that he had spoken with B by phone on Friday': the post told the call's day",
			"PHNOM PENH - Prime Minister Hun Manet said in a Facebook post that he had spoken with President Donald Trump by phone on Friday.",
			[]held{{[]string{"hun-manet", "donald-trump"}, "2026-02-06", "", relbot.KindPhone}}},
		{"'A, visibly moved, signed the accession declaration alongside B, C and D, who takes over the chair next year': the ceremony's signatories met",
			"KUALA LUMPUR - Timor-Leste formally became the bloc's 11th member on Friday. Prime Minister Xanana Gusmao, visibly moved, signed the accession declaration alongside Prime Minister Anwar Ibrahim, Prime Minister Lawrence Wong and President Ferdinand Marcos Jr, who takes over the chair next year.",
			[]held{{[]string{"xanana-gusmao", "anwar-ibrahim", "lawrence-wong", "ferdinand-marcos-jr"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'A, who signed the agreement for the government, attended the meeting alongside B': the signing is the aside's, not a ceremony of theirs",
			"HANOI - Prime Minister Pham Minh Chinh received Nvidia chief executive Jensen Huang on Friday. Minister of Planning and Investment Nguyen Chi Dung, who signed the agreement on behalf of the government, attended the meeting alongside Huang.",
			[]held{{[]string{"pham-minh-chinh", "jensen-huang", "nguyen-chi-dung"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'Secretary A had a crowded schedule in the Lao capital this week … A met B on Thursday': the lead sets the story in the capital it names",
			"Foreign Affairs Secretary Enrique Manalo had a crowded schedule in the Lao capital this week, as the annual foreign ministers' meetings opened.\n\nManalo met Foreign Minister Wang Yi on Thursday.",
			[]held{{[]string{"enrique-manalo", "wang-yi"}, "2026-02-05", "Vientiane", inPerson}}},
	})
	t.Run("'expected to meet the Chairman of the Japan-Cambodia Parliamentary Friendship League': an office of a body no one known heads, not the ASEAN chair met before", func(t *testing.T) {
		ex := x.Extract(Input{Published: testPub, Text: "TOKYO - Prime Minister Hun Manet met President Joko Widodo on Friday.\n\nThe Cambodian Prime Minister is also expected to meet the Chairman of the Japan-Cambodia Parliamentary Friendship League before his departure."})
		for _, m := range ex.Meetings {
			if m.Status != relbot.StatusPast {
				t.Errorf("meeting %v %s: want none but the held one", m.Slugs(), m.Status)
			}
		}
	})
}
