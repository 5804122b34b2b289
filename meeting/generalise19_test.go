package meeting

import (
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// TestExtractRoundTwentyThree holds the cases of the rules added in the
// round of the blind sets heldout103 to heldout108, in the project's own
// words.
func TestExtractRoundTwentyThree(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'X chaired the retreat here. The retreat, held at a resort on the coast, brought together A, B and C': an aside between the noun and its verb",
			"DA NANG, Feb. 6 - Foreign Minister Bui Thanh Son today chaired the ministers' retreat here. The retreat, held at a resort on the city's eastern coast, brought together Foreign Minister Sugiono, Foreign Minister Vivian Balakrishnan and Foreign Minister Prak Sokhonn, among others.",
			[]held{{[]string{"bui-thanh-son", "sugiono", "vivian-balakrishnan", "prak-sokhonn"}, "2026-02-06", "Da Nang", inPerson}}},
		{"'The meeting, chaired by Y, brought together the ministers of …' after a bilateral: a gathering of its own, Y did not join the bilateral",
			"KUALA LUMPUR - On Friday, Defence Minister Tea Seiha met Defence Minister Shinjiro Koizumi on the sidelines of the ministers' meeting.\n\nThe meeting, chaired by Defence Minister Mohamed Khaled Nordin, brought together the defence ministers of the region.",
			[]held{{[]string{"tea-seiha", "shinjiro-koizumi"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'held back-to-back telephone conversations with the leaders of A and B. … he spoke with X yesterday': plural call nouns tell the kind",
			"KUALA LUMPUR - Prime Minister Anwar Ibrahim has held back-to-back telephone conversations with the leaders of Indonesia and the Philippines.\n\nAnwar said he spoke with President Prabowo Subianto on Friday.",
			[]held{{[]string{"anwar-ibrahim", "prabowo-subianto"}, "2026-02-06", "", relbot.KindPhone}}},
		{"'X held video calls with Y on Friday': a plural call noun after a light verb",
			"HANOI - Prime Minister Pham Minh Chinh held video calls with Prime Minister Hun Manet on Friday to review the railway project.",
			[]held{{[]string{"pham-minh-chinh", "hun-manet"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'The Prime Minister, X, attended … with Malaysian Prime Minister A … the Prime Minister held a meeting with Singapore's Prime Minister B': the bare title is the one written bare",
			"DILI - The Prime Minister, Xanana Gusmão, attended the ceremony on Friday with Malaysian Prime Minister Anwar Ibrahim.\n\nAfter the ceremony, the Prime Minister held a bilateral meeting with Singapore's Prime Minister Lawrence Wong.",
			[]held{{[]string{"xanana-gusmao", "lawrence-wong"}, "2026-02-06", "Dili", inPerson}}},
		{"'X hosted a meeting between Cambodian Prime Minister A and Thailand's acting Prime Minister B … The Prime Minister said': an acting office with its country is no bare title",
			"PUTRAJAYA - Prime Minister Anwar Ibrahim on Friday hosted a meeting between Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister Phumtham Wechayachai.\n\nThe Prime Minister later held talks with Foreign Minister Wang Yi.",
			[]held{{[]string{"anwar-ibrahim", "hun-manet", "phumtham-wechayachai"}, "2026-02-06", "Putrajaya", inPerson},
				{[]string{"anwar-ibrahim", "wang-yi"}, "2026-02-06", "Putrajaya", inPerson}}},
		{"'The 10th Mekong-Japan summit in Tokyo brought together A, B, C and D': the roll the summit's sentence opens with",
			"TOKYO - Prime Minister Shinzo Abe and the leaders of the Mekong countries agreed on Friday to promote infrastructure.\n\nThe 10th Mekong-Japan summit in Tokyo brought together Abe, Cambodian Prime Minister Hun Sen, Thai Prime Minister Prayut Chan-o-cha and Lao Prime Minister Thongloun Sisoulith.",
			[]held{{[]string{"shinzo-abe", "hun-sen", "prayut-chan-o-cha", "thongloun-sisoulith"}, "2026-02-06", "Tokyo", inPerson}}},
		{"'The summit on Friday was attended by A, B, C and D'",
			"VIENTIANE - The summit on Friday was attended by Prime Minister Sonexay Siphandone, Prime Minister Hun Manet, Prime Minister Pham Minh Chinh and Prime Minister Anwar Ibrahim.",
			[]held{{[]string{"sonexay-siphandone", "hun-manet", "pham-minh-chinh", "anwar-ibrahim"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'The summit drew criticism from A, B and C': no roll",
			"VIENTIANE - The summit on Friday drew criticism from rights groups, and Prime Minister Sonexay Siphandone, Prime Minister Hun Manet and Prime Minister Anwar Ibrahim said little.",
			nil},
		{"'X hosted her counterparts from across Southeast Asia at the ASEAN Foreign Ministers' Retreat. Among those who attended the retreat at a resort in Y were A, B and C'",
			"CEBU CITY - Foreign Affairs Secretary Theresa Lazaro on Friday hosted her counterparts from across Southeast Asia at the ASEAN Foreign Ministers' Retreat.\n\nAmong those who attended the retreat at a resort in the city were Foreign Minister Sugiono, Foreign Minister Mohamad Hasan and Foreign Minister Vivian Balakrishnan.",
			[]held{{[]string{"theresa-lazaro", "sugiono", "mohamad-hasan", "vivian-balakrishnan"}, "2026-02-06", "Cebu", inPerson}}},
		{"'Among those who criticised the retreat were A and B': no list of attendees",
			"CEBU CITY - Foreign Affairs Secretary Theresa Lazaro on Friday hosted the ASEAN Foreign Ministers' Retreat.\n\nAmong those who criticised the retreat were Senator Imee Marcos and Senator Risa Hontiveros.",
			nil},
		{"'X hosted the leaders — including A, B and C — at the plenary session': the host and the group's members named",
			"MELBOURNE - Prime Minister Anthony Albanese hosted the leaders — including Indonesia's President Joko Widodo, Malaysia's Prime Minister Anwar Ibrahim and Vietnam's Prime Minister Pham Minh Chinh — at the plenary session on Friday.",
			[]held{{[]string{"anthony-albanese", "joko-widodo", "anwar-ibrahim", "pham-minh-chinh"}, "2026-02-06", "Melbourne", inPerson}}},
		{"'Vietnam hosted ASEAN leaders, including A and B': no named host, no meeting read from it",
			"HANOI - Vietnam on Friday hosted ASEAN leaders, including President Joko Widodo and Prime Minister Anwar Ibrahim.",
			nil},
		{"'X chaired a summit joined by A, B and C': the roll right after the summit's noun",
			"BANDAR SERI BEGAWAN - Sultan Hassanal Bolkiah on Friday chaired a summit joined by Prime Minister Lee Hsien Loong, President Joko Widodo and Prime Minister Hun Sen.",
			[]held{{[]string{"hassanal-bolkiah", "lee-hsien-loong", "joko-widodo", "hun-sen"}, "2026-02-06", "Bandar Seri Begawan", inPerson}}},
		{"'X presided over the opening ceremony at the estate together with A and B': a ceremony's roll in its own sentence",
			"RAYONG - Prime Minister Srettha Thavisin on Friday presided over the opening ceremony at the industrial estate together with BYD chairman Wang Chuanfu and Chinese Ambassador to Thailand Han Zhiqiang.",
			[]held{{[]string{"srettha-thavisin", "wang-chuanfu", "han-zhiqiang"}, "2026-02-06", "Rayong", inPerson}}},
		{"'The closing ceremony was presided over by X, and attended by A and B' after talks told before: a meeting of its own",
			"PHNOM PENH - Defence Minister Tea Seiha held talks with Ambassador Wang Wenbin on Thursday.\n\nThe closing ceremony was presided over by Tea Seiha on Friday, and attended by Gen. Mao Sophan and Maj. Gen. Wang Xin.",
			[]held{{[]string{"tea-seiha", "wang-wenbin"}, "2026-02-05", "Phnom Penh", inPerson},
				{[]string{"tea-seiha", "mao-sophan", "wang-xin"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'X attended the opening ceremony of the plant' and 'the forum was attended by 400 executives': no roll, no meeting",
			"RAYONG - Prime Minister Srettha Thavisin on Friday attended the opening ceremony of the plant. The business forum that followed was attended by 400 executives.",
			nil},
		{"'X, who arrived last night with his wife Y, was granted an audience by the Sultan': a passive audience, the monarch by his title, the spouse in an aside left out",
			"BANDAR SERI BEGAWAN - Prime Minister Najib Razak on Friday attended the celebration.\n\nNajib, who arrived on Thursday night with his wife Datin Seri Rosmah Mansor, was granted an audience by the Sultan at Istana Nurul Iman on Friday morning.",
			[]held{{[]string{"najib-razak", "hassanal-bolkiah"}, "2026-02-06", "Bandar Seri Begawan", inPerson}}},
		{"'had an audience with the Sultan of Johor': a realm the gazetteer lacks, no one it knows",
			"JOHOR BAHRU - Prime Minister Anwar Ibrahim had an audience with the Sultan of Johor on Friday morning.",
			nil},
		{"'X returned to Tokyo on Friday from Vladivostok, where he held talks with Y. During the talks on Thursday, …': the talks' own day, not the return's",
			"TOKYO - Prime Minister Shinzo Abe returned to Tokyo on Saturday from Vladivostok, where he held talks with President Vladimir Putin.\n\nDuring the talks on Friday, the two leaders agreed to continue work on joint economic activities.",
			[]held{{[]string{"shinzo-abe", "vladimir-putin"}, "2026-02-06", "Vladivostok", inPerson}}},
		{"'X hosted the Quad gathering with A, B and C': a named host's gathering and its guests",
			"TOKYO - Japanese Foreign Minister Yoko Kamikawa on Friday hosted the Quad gathering with Antony Blinken, Australia's Penny Wong and India's S. Jaishankar.",
			[]held{{[]string{"yoko-kamikawa", "antony-blinken", "penny-wong", "s-jaishankar"}, "2026-02-06", "Tokyo", inPerson}}},
		{"'X met Y on Monday. Earlier Monday, both men attended the meeting, hosted by Z, along with counterparts including A and B': 'both men' are the two just named",
			"BANGKOK - Defense Secretary Mark Esper met Chinese Defense Minister Wei Fenghe on Friday.\n\nEarlier on Friday, both men attended the ASEAN Defence Ministers' Meeting-Plus, hosted by Thai Prime Minister Prayut Chan-o-cha, along with counterparts including Vietnam's Ngo Xuan Lich and Japan's Taro Kono.",
			[]held{{[]string{"mark-esper", "wei-fenghe"}, "2026-02-06", "Bangkok", inPerson},
				{[]string{"mark-esper", "wei-fenghe", "prayut-chan-o-cha", "ngo-xuan-lich", "taro-kono"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'President of Cuba's National Assembly of People's Power Esteban Lazo Hernández': the institution's last word is no part of the name",
			"HANOI - Chairman of the National Assembly Vuong Dinh Hue held talks in Hanoi on Friday with President of Cuba's National Assembly of People's Power Esteban Lazo Hernández.",
			[]held{{[]string{"vuong-dinh-hue", "esteban-lazo-hernandez"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'X and Y co-chaired the conference … Among the speakers were A, B and C': the speakers join it",
			"VIENTIANE - Prime Minister Pham Minh Chinh and Prime Minister Sonexay Siphandone co-chaired the investment conference in Vientiane on Friday.\n\nAmong the speakers were Minister Nguyen Chi Dung, Minister Phet Phomphiphak and Viettel chairman Tao Duc Thang.",
			[]held{{[]string{"pham-minh-chinh", "sonexay-siphandone", "nguyen-chi-dung", "phet-phomphiphak", "tao-duc-thang"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'The agreement was signed by A, B and C. After the signing, the three governors held a closed-door meeting': 'the three governors' are the three just named",
			"JAKARTA - The central banks of Thailand, Indonesia and Malaysia on Friday agreed to link their payment systems. The agreement was signed by Bank of Thailand governor Sethaput Suthiwartnarueput, Bank Indonesia governor Perry Warjiyo and Bank Negara Malaysia governor Nor Shamsiah Mohd Yunus.\n\nAfter the signing, the three governors held a closed-door meeting on the next steps.",
			[]held{{[]string{"sethaput-suthiwartnarueput", "perry-warjiyo", "nor-shamsiah-mohd-yunus"}, "2026-02-06", "Jakarta", inPerson}}},
	})
	t.Run("'The Lao Deputy PM and FM briefed his host … co-chaired with Foreign Minister Y' in 2023: the second office after 'and' keeps the first one's country", func(t *testing.T) {
		checkHeld(t, x, "HANOI - Prime Minister Pham Minh Chinh on Friday received Lao Deputy Prime Minister and Minister of Foreign Affairs Saleumxay Kommasith.\n\nThe Lao Deputy PM and FM briefed his host on the consultation, which he co-chaired with Foreign Minister Bui Thanh Son earlier on Friday.",
			time.Date(2023, 5, 13, 9, 0, 0, 0, time.FixedZone("ICT", 7*3600)),
			[]held{{[]string{"pham-minh-chinh", "saleumxay-kommasith"}, "2023-05-12", "Hanoi", inPerson},
				{[]string{"saleumxay-kommasith", "bui-thanh-son"}, "2023-05-12", "Hanoi", inPerson}})
	})
}
