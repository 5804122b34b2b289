package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundTwentyEight holds the cases of the rules added in the round
// of the blind sets heldout145 to heldout152, in the project's own words.
func TestExtractRoundTwentyEight(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'The courtesy call was led by A, who is …, and included B and C': the list goes on after the aside",
			"KUALA LUMPUR - Prime Minister Anwar Ibrahim on Friday received the heads of delegations to the assembly.\n\nThe courtesy call was led by Johari Abdul, who chairs the assembly this year, and included Tran Thanh Man and Seah Kian Peng.",
			[]held{{[]string{"anwar-ibrahim", "johari-abdul", "tran-thanh-man", "seah-kian-peng"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'was led by Dewan Rakyat Speaker Tan Sri Johari Abdul': the house before the title is no person",
			"KUALA LUMPUR - Prime Minister Anwar Ibrahim on Friday received a delegation of lawmakers.\n\nThe courtesy call was led by Dewan Rakyat Speaker Tan Sri Johari Abdul.",
			[]held{{[]string{"anwar-ibrahim", "johari-abdul"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'The delegation was led by the Most Venerable A, … It was received by Samdech Preah Vanaratt B, in the presence of C': monks' styles, and 'It' is the delegation's head",
			"PHNOM PENH - A delegation of the Vietnam Buddhist Sangha visited Wat Ounalom on Friday.\n\nThe delegation was led by the Most Venerable Thich Nhat Tam, a vice president of the council. It was received by Samdech Preah Vanaratt Ouk Chandara, a senior monk, in the presence of Him Vannak, a secretary of state.",
			[]held{{[]string{"thich-nhat-tam", "ouk-chandara", "him-vannak"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'It was received by' with no delegation just told: no one",
			"PHNOM PENH - Tran Thanh Man led a delegation to Phnom Penh on Friday for the forum.\n\nA proposal on river transport was tabled at the forum. It was received by Hun Sen with praise.",
			nil},
		{"'Speaking after the meeting, A said the sides had discussed … in Ho Chi Minh City': what was said, not where they met",
			"PHNOM PENH - Prime Minister Hun Manet received Minister Nguyen Kim Son on Friday.\n\nSpeaking after the meeting, Son said the two sides had discussed scholarships at universities in Ho Chi Minh City.",
			[]held{{[]string{"hun-manet", "nguyen-kim-son"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'The two departments on Friday signed a plan. The document was signed in Sen Monorom by A, director …, and B, director …, in the presence of C, Governor of Mondulkiri province, and D': a ceremony of the four",
			"PHNOM PENH - The health departments of the two provinces on Friday signed a plan on border health care.\n\nThe document was signed in Sen Monorom by Dr. Pen Sokhom, Director of the Mondulkiri Provincial Health Department, and Dr. Le Thi Kim Thoa, Director of the Dak Lak Department of Health, in the presence of H.E. Chan Rithy, Governor of Mondulkiri province, and Mr. Tran Quoc Hung, Vice Chairman of the Dak Lak Provincial People's Committee.",
			[]held{{[]string{"pen-sokhom", "le-thi-kim-thoa", "chan-rithy", "tran-quoc-hung"}, "2026-02-06", "Sen Monorom", inPerson}}},
		{"'… as A and B met for their retreat. The agreement was signed by C and D, in the presence of the two leaders': the leaders' meeting told before, not a ceremony of four",
			"PUTRAJAYA - Singapore and Malaysia on Friday signed an agreement on the economic zone, as Prime Minister Lawrence Wong and his counterpart Anwar Ibrahim met for their annual retreat.\n\nThe agreement was signed by Deputy Prime Minister Gan Kim Yong and Economy Minister Rafizi Ramli, in the presence of the two leaders, at the Seri Perdana complex.",
			[]held{{[]string{"lawrence-wong", "anwar-ibrahim"}, "2026-02-06", "Putrajaya", inPerson}}},
		{"'A and B agreed on the plan at a meeting in Vientiane yesterday': the plan is what was agreed, the meeting was held",
			"BANGKOK - Public Health Minister Somsak Thepsutin and Lao Deputy Health Minister Phetsamone Vilaysack agreed on the plan at a meeting in Vientiane yesterday.",
			[]held{{[]string{"somsak-thepsutin", "phetsamone-vilaysack"}, "2026-02-07", "Vientiane", inPerson}}},
		{"'A plans a meeting with B next month': still planned",
			"BANGKOK - Public Health Minister Somsak Thepsutin plans a meeting with Lao Deputy Health Minister Phetsamone Vilaysack in Vientiane next month.",
			nil},
		{"'During the meeting, A, director of …, and B, director of …, signed a plan': the signatories were at the meeting",
			"PAKSE - The annual meeting was held in Pakse on Friday, co-chaired by Governor Phouvong Vongkhamsao and Chairman Le Van Truong.\n\nDuring the meeting, the Director of the provincial Education Department, Mr Bounleuth Sysavath, and the Director of the Quang Tri Department of Education, Ms Nguyen Thi Thu Ha, signed a plan on education cooperation.",
			[]held{{[]string{"phouvong-vongkhamsao", "le-van-truong", "bounleuth-sysavath", "nguyen-thi-thu-ha"}, "2026-02-06", "Pakse", inPerson}}},
		{"'At the talks, Associate Professor A, director of …, and Dr B, director of …, signed a memorandum': an academic's styles open a name",
			"HANOI - Minister Dao Hong Lan held talks with Lao Deputy Minister of Health Dr Khamphoui Sisouphanh on Friday.\n\nAt the talks, Associate Professor Tran Van Binh, director of Bach Mai Hospital, and Dr Bounmy Sengsouliya, director of Mittaphab Hospital, signed a memorandum.",
			[]held{{[]string{"dao-hong-lan", "khamphoui-sisouphanh", "tran-van-binh", "bounmy-sengsouliya"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'in Can Tho city at a meeting between Rector Assoc. Prof. Dr. A and Dr. B, Rector of the … Institute of Agriculture in Phnom Penh': where the institute is, not where they met",
			"CAN THO - The agreement was reached yesterday in Can Tho city at a meeting between Rector Assoc. Prof. Dr. Tran Thanh Lam and Dr. Seng Vuthy, Rector of the Prek Leap National Institute of Agriculture in Phnom Penh.",
			[]held{{[]string{"tran-thanh-lam", "seng-vuthy"}, "2026-02-07", "Can Tho", inPerson}}},
		{"'… received Gen. A at his residence in Takhmao town, Kandal province. The leader recalled … Both meetings were attended by H.E. Gen. B, office, and H.E. Gen. C, office': the town, and both tables",
			"PHNOM PENH - Prime Minister Hun Manet received Gen. Wu Yanan at the Peace Palace on Friday.\n\nThe general is in Cambodia for a joint exercise.\n\nIn the afternoon, Hun Sen also received Gen. Wu Yanan at his residence in Takhmao town, Kandal province. Samdech Techo recalled the long history of relations between the two countries.\n\nBoth meetings were attended by H.E. Gen. Tea Seiha, Deputy Prime Minister and Minister of National Defence, and H.E. Gen. Vong Pisen, Commander-in-Chief of the RCAF.",
			[]held{{[]string{"hun-manet", "wu-yanan", "tea-seiha", "vong-pisen"}, "2026-02-06", "Phnom Penh", inPerson}, {[]string{"wu-yanan", "hun-sen", "tea-seiha", "vong-pisen"}, "2026-02-06", "Takhmao", inPerson}}},
		{"'Captain A, commanding officer of …, paid a courtesy call on Rear Admiral B': a two-word rank opens an unknown name",
			"NHA TRANG - On Friday, Captain Rohit Menon, commanding officer of the frigate, paid a courtesy call on Rear Admiral Nguyen Van Binh, Deputy Commander of Naval Region 4.",
			[]held{{[]string{"rohit-menon", "nguyen-van-binh"}, "2026-02-06", "Nha Trang", inPerson}}},
		{"'Spokesperson Rear Adm. A said the ship, with …, was welcomed at the port by Rear Adm. B': the ship was welcomed, not the spokesperson",
			"MANILA - The frigate arrived in Ho Chi Minh City on Friday.\n\nIn a statement, Navy spokesperson Rear Adm. Roy Vincent Trinidad said the ship, with 180 officers and crew on board, was welcomed at the port by Rear Adm. Nguyen Van Hau.",
			nil},
		{"'met Lao Deputy Prime Minister A, Chinese Minister of Trade B and C': an office that ends in a name before 'and' is that person's, not a run to C",
			"BEIJING - Prime Minister Hun Manet met Lao Deputy Prime Minister Vilay Lakhamfong, Chinese Minister of Trade Wang Xiaohong and Anutin Charnvirakul on Friday.",
			[]held{{[]string{"hun-manet", "vilay-lakhamfong"}, "2026-02-06", "Beijing", inPerson}, {[]string{"hun-manet", "wang-xiaohong"}, "2026-02-06", "Beijing", inPerson}, {[]string{"hun-manet", "anutin-charnvirakul"}, "2026-02-06", "Beijing", inPerson}}},
		{"'met Deputy Prime Minister and Minister of Foreign Affairs Prak Sokhonn': one office run to its holder",
			"BEIJING - Wang Yi met Deputy Prime Minister and Minister of Foreign Affairs Prak Sokhonn on Friday.",
			[]held{{[]string{"wang-yi", "prak-sokhonn"}, "2026-02-06", "Beijing", inPerson}}},
		{"'Security officials of four countries met … The meeting was attended by A, Chinese Minister of Public Security B, Pol. Lt. Gen. C, office, and D': a Thai police rank neither ends the sentence nor the list",
			"VIENTIANE - Security officials from Laos, China, Thailand and Myanmar met in Bokeo province on Saturday.\n\nThe meeting was attended by Lao Deputy Prime Minister Vilay Lakhamfong, Chinese Minister of Public Security Wang Xiaohong, Pol. Lt. Gen. Sompong Chaiwat, Deputy Commissioner-General of the Royal Thai Police, and Prime Minister Hun Manet.",
			[]held{{[]string{"vilay-lakhamfong", "wang-xiaohong", "sompong-chaiwat", "hun-manet"}, "2026-02-07", "Bokeo", inPerson}}},
		{"'received the head of the Asean Observer Team, Major General A': the team is no one",
			"BANGKOK - Foreign Minister Sihasak Phuangketkeow on Friday received the head of the Asean Observer Team, Major General Azhar Mohd Isa.",
			[]held{{[]string{"sihasak-phuangketkeow", "azhar-mohd-isa"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'held talks with A and B, who are co-leading a delegation': one table of three",
			"HANOI - Chairman Tran Thanh Man held talks in Hanoi on Friday with Senate President Sue Lines and House Speaker Milton Dick, who are co-leading a delegation of the Australian Parliament.",
			[]held{{[]string{"tran-thanh-man", "sue-lines", "milton-dick"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'Tengku Datuk Seri Zafrul Tengku Abdul Aziz' and later 'Tengku Zafrul' are the gazetteer's Malaysian trade minister",
			"KUALA LUMPUR - Investment, Trade and Industry Minister Tengku Datuk Seri Zafrul Tengku Abdul Aziz met Cambodian Minister of Commerce Cham Nimul on Friday.\n\nOn Saturday, Tengku Zafrul met Minister Nguyen Hong Dien.",
			[]held{{[]string{"tengku-zafrul-aziz", "cham-nimul"}, "2026-02-06", "Kuala Lumpur", inPerson}, {[]string{"tengku-zafrul-aziz", "nguyen-hong-dien"}, "2026-02-07", "Kuala Lumpur", inPerson}}},
	})
}
