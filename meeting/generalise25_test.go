package meeting

import (
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// TestExtractRoundTwentyNine covers the forms of writing round twenty-nine's
// held-out sets showed, each in this project's own words.
func TestExtractRoundTwentyNine(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'The King received the credentials of three ambassadors. Presenting their credentials were A, B and C': one ceremony of the four",
			"PHNOM PENH - King Norodom Sihamoni on Friday received the letters of credence of three new ambassadors at the Royal Palace.\n\nPresenting their credentials were Ambassador of Norway Kari Solberg, Ambassador of Chile Pablo Rojas and Ambassador of Ghana Kwame Mensah.",
			[]held{{[]string{"norodom-sihamoni", "kari-solberg", "pablo-rojas", "kwame-mensah"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'… presented their credentials in separate ceremonies. They are A, B and C': an audience each",
			"VIENTIANE - President Thongloun Sisoulith on Friday received the letters of credence of three new ambassadors at the Presidential Palace.\n\nThe envoys presented their credentials in separate ceremonies. They are Kari Solberg, Ambassador of Norway; Pablo Rojas, Ambassador of Chile; and Kwame Mensah, Ambassador of Ghana.",
			[]held{
				{[]string{"thongloun-sisoulith", "kari-solberg"}, "2026-02-06", "Vientiane", inPerson},
				{[]string{"thongloun-sisoulith", "pablo-rojas"}, "2026-02-06", "Vientiane", inPerson},
				{[]string{"thongloun-sisoulith", "kwame-mensah"}, "2026-02-06", "Vientiane", inPerson},
			}},
		{"'received A, who is also the Chair of ASEAN for 2022, at the palace yesterday afternoon': the aside closed, the main clause's day",
			"NAY PYI TAW, Feb. 8 – Senior General Min Aung Hlaing received Prime Minister Hun Sen, who is also the Chair of ASEAN for 2022, at the Zeyathiri Beikman in Nay Pyi Taw yesterday afternoon.",
			[]held{{[]string{"min-aung-hlaing", "hun-sen"}, "2026-02-07", "Naypyidaw", inPerson}}},
		{"'received A, who arrived on Thursday, at the palace on Friday': the day after the aside, not the aside's",
			"Senior General Min Aung Hlaing received Prime Minister Hun Sen, who arrived in Nay Pyi Taw on Thursday, at the Zeyathiri Beikman on Friday.",
			[]held{{[]string{"min-aung-hlaing", "hun-sen"}, "2026-02-06", "Naypyidaw", inPerson}}},
		{"'A co-chaired the meeting of the joint commission on Friday. The meeting was co-chaired with B': the other chair",
			"HANOI - Brunei's Second Minister of Foreign Affairs Erywan Yusof co-chaired the third meeting of the Joint Commission on Friday in Hanoi.\n\nThe meeting was co-chaired with Foreign Minister Bui Thanh Son.",
			[]held{{[]string{"erywan-yusof", "bui-thanh-son"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'HA NOI, Sunday, 8th February 2026 – …': a dateline with the weekday before the date, whose date is no meeting's",
			"HA NOI, Sunday, 8th February 2026 – Minister of Foreign Affairs II, Dato Erywan Yusof, co-chaired the third Meeting of the Joint Commission for Bilateral Cooperation (JCBC) between Brunei Darussalam and the Socialist Republic of Viet Nam on Friday, 6th February 2026, in Ha Noi. The meeting was co-chaired with His Excellency Bui Thanh Son.",
			[]held{{[]string{"erywan-yusof", "bui-thanh-son"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'A and B arrived on Thursday. The two visitors called on C on Friday': the two just named",
			"NAY PYI TAW - Foreign Minister Erywan Yusof and ASEAN Secretary-General Lim Jock Hoi arrived in Nay Pyi Taw on Thursday.\n\nThe two visitors called on Senior General Min Aung Hlaing on Friday.",
			[]held{{[]string{"erywan-yusof", "lim-jock-hoi", "min-aung-hlaing"}, "2026-02-06", "Naypyidaw", inPerson}}},
		{"'A also hosted B and his wife, Dr C, to an official lunch': the spouse came along, no party",
			"SINGAPORE - Prime Minister Lee Hsien Loong held talks with Prime Minister Hun Manet at the Istana on Friday.\n\nMr Lee also hosted Mr Hun Manet and his wife, Dr Pich Chanmony, to an official lunch.",
			[]held{{[]string{"lee-hsien-loong", "hun-manet"}, "2026-02-06", "Singapore", inPerson}}},
		{"'The same day, A met B. B proposed … B was received by A in May. A also met C': the day's round goes on past the recalled aside",
			"HANOI - President Luong Cuong held talks with President Donald Trump on Friday.\n\nThe same day, Trump met Prime Minister Pham Minh Chinh. Chinh proposed market access. Chinh was received at the White House by Trump in May last year. The US President also met General Secretary To Lam.",
			[]held{
				{[]string{"luong-cuong", "donald-trump"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"donald-trump", "pham-minh-chinh"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"donald-trump", "to-lam"}, "2026-02-06", "Hanoi", inPerson},
			}},
		{"'Aside from A, B also held bilateral meetings with C and D on Friday': A was met before, not at these",
			"VIENTIANE - President Ferdinand Marcos Jr. met Prime Minister Hun Manet on Friday on the sidelines of the summit.\n\nAside from Hun Manet, Marcos also held bilateral meetings with Japanese Prime Minister Shigeru Ishiba and Singapore Prime Minister Lawrence Wong on Friday.",
			[]held{
				{[]string{"ferdinand-marcos-jr", "hun-manet"}, "2026-02-06", "Vientiane", inPerson},
				{[]string{"ferdinand-marcos-jr", "shigeru-ishiba"}, "2026-02-06", "Vientiane", inPerson},
				{[]string{"ferdinand-marcos-jr", "lawrence-wong"}, "2026-02-06", "Vientiane", inPerson},
			}},
		{"'granted a farewell audience to A, wrapping up a posting that spanned the handover of power to Prime Minister B': B took office, was not met",
			"PHNOM PENH - King Norodom Sihamoni on Friday granted a farewell audience to outgoing Chinese Ambassador Wang Wentian at the Royal Palace, wrapping up a posting that spanned the handover of power to Prime Minister Hun Manet.",
			[]held{{[]string{"norodom-sihamoni", "wang-wentian"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'A is scheduled to return to Naypyitaw for his own talks with B': the purpose of a trip to come",
			"PHNOM PENH - Prime Minister Hun Manet held talks with Senior General Min Aung Hlaing in Nay Pyi Taw on Friday.\n\nForeign Minister Prak Sokhonn is scheduled to return to Nay Pyi Taw for his own talks with Min Aung Hlaing, officials said.",
			[]held{{[]string{"hun-manet", "min-aung-hlaing"}, "2026-02-06", "Naypyidaw", inPerson}}},
		{"'the junta refused to let the envoy, Foreign Minister A, meet B': the leave refused, no meeting",
			"NAY PYI TAW - ASEAN barred Senior General Min Aung Hlaing from its summit after the junta refused to let the bloc's envoy, Brunei's second foreign minister Erywan Yusof, meet Aung San Suu Kyi.",
			nil},
		{"'The junta allowed the envoy, Foreign Minister A, to meet B on Friday': leave given, the meeting held",
			"NAY PYI TAW - The junta on Friday allowed the bloc's envoy, Brunei's second foreign minister Erywan Yusof, to meet Aung San Suu Kyi in Nay Pyi Taw.",
			[]held{{[]string{"erywan-yusof", "aung-san-suu-kyi"}, "2026-02-06", "Naypyidaw", inPerson}}},
		{"'received the UN Special Envoy on Myanmar, A, in Jakarta': an envoy 'on' a country, as 'for'",
			"JAKARTA - Foreign Minister Retno Marsudi received the UN Special Envoy on Myanmar, Noeleen Heyzer, in Jakarta on Friday.",
			[]held{{[]string{"retno-marsudi", "noeleen-heyzer"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'A received B … B praised … A disclosed that she had also held a call with C': the pronoun is the one who says so",
			"JAKARTA - Foreign Minister Retno Marsudi received the UN Special Envoy on Myanmar, Noeleen Heyzer, in Jakarta on Friday.\n\nHeyzer praised Indonesia's approach. Marsudi disclosed that she had also held a telephone conversation with Myanmar's Foreign Minister Than Swe last Thursday.",
			[]held{
				{[]string{"retno-marsudi", "noeleen-heyzer"}, "2026-02-06", "Jakarta", inPerson},
				{[]string{"retno-marsudi", "than-swe"}, "2026-02-05", "", relbot.KindPhone},
			}},
		{"'The annual retreat was chaired by A. B, C and D were among those who took part': the chair's gathering, with its list",
			"LANGKAWI - ASEAN foreign ministers gathered on Friday on the resort island.\n\nThe annual retreat was chaired by Malaysian Foreign Minister Mohamad Hasan. Vivian Balakrishnan, Bui Thanh Son and Enrique Manalo were among those who took part.",
			[]held{{[]string{"mohamad-hasan", "vivian-balakrishnan", "bui-thanh-son", "enrique-manalo"}, "2026-02-06", "Langkawi", inPerson}}},
		{"'The annual retreat was chaired by A. B and C took part in sessions on food security': other sessions, no list of the retreat",
			"LANGKAWI - ASEAN foreign ministers gathered on Friday on the resort island.\n\nThe annual retreat was chaired by Malaysian Foreign Minister Mohamad Hasan. Vivian Balakrishnan and Bui Thanh Son took part in sessions on food security.",
			nil},
		{"'A and B signed a declaration. The signing, at the convention centre, was witnessed by C and D': over the aside of where",
			"KUALA LUMPUR - Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet on Friday signed a joint declaration to firm up the ceasefire.\n\nThe signing, at the Kuala Lumpur Convention Centre, was witnessed by President Donald Trump and Prime Minister Anwar Ibrahim, who has been mediating between the two neighbours.",
			[]held{{[]string{"anutin-charnvirakul", "hun-manet", "donald-trump", "anwar-ibrahim"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'A told the Ambassador that she planned to lead a delegation to Vietnam in the second half of the year to meet B': a plan however far its infinitive",
			"BANGKOK - Minister of Culture Sudawan Wangsuphakijkosol on Friday welcomed Vietnamese Ambassador Pham Viet Hung at the ministry.\n\nMs. Sudawan told the Ambassador that she planned to lead a delegation to Vietnam in the second half of the year to meet Minister of Culture, Sports and Tourism Nguyen Van Hung.",
			[]held{{[]string{"sudawan-wangsuphakijkosol", "pham-viet-hung"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'Leaders of two provinces met at the border gate on Friday. Chairman A and Governor B led the two delegations at the meeting': the two heads met",
			"TAY NINH - Leaders of Tay Ninh province and Svay Rieng province met at the Moc Bai border gate on Friday.\n\nTay Ninh People's Committee Chairman Nguyen Thanh Ngoc and Svay Rieng Governor Men Vibol led the two delegations at the meeting.",
			[]held{{[]string{"nguyen-thanh-ngoc", "men-vibol"}, "2026-02-06", "Moc Bai", inPerson}}},
		{"'A spoke today with B': the day between the verb and its 'with'",
			"WASHINGTON - Secretary of State Marco Rubio spoke today with Foreign Minister Prak Sokhonn of Cambodia.",
			[]held{{[]string{"marco-rubio", "prak-sokhonn"}, "2026-02-08", "Washington", inPerson}}},
		{"'A returned after his second trip as the Special Envoy of the ASEAN Chair. The envoy met B on Wednesday': the envoy is the one who acts as one",
			"PHNOM PENH - Foreign Minister Prak Sokhonn returned to Phnom Penh yesterday after a visit to Myanmar, his second trip there as the Special Envoy of the ASEAN Chair.\n\nAccording to a statement from the Foreign Ministry, the envoy met his Myanmar counterpart U Wunna Maung Lwin on Wednesday.",
			[]held{{[]string{"prak-sokhonn", "wunna-maung-lwin"}, "2026-02-04", "Naypyidaw", inPerson}}},
		{"'A, Deputy Prime Minister, Minister of … and Special Envoy of the ASEAN Chair, … the Special Envoy held a meeting with B … reiterated his request to meet C': offices listed with commas; a request is no meeting",
			"NAY PYI TAW - His Excellency Prak Sokhonn, Deputy Prime Minister, Minister of Foreign Affairs and International Cooperation of the Kingdom of Cambodia and Special Envoy of the ASEAN Chair on Myanmar, undertook his first visit to Myanmar this week.\n\nOn Wednesday, 4 February 2026, upon arrival in Nay Pyi Taw, the Special Envoy held a working meeting with H.E. U Wunna Maung Lwin, Union Minister for Foreign Affairs of Myanmar. The Special Envoy reiterated his request to meet with Daw Aung San Suu Kyi.",
			[]held{{[]string{"prak-sokhonn", "wunna-maung-lwin"}, "2026-02-04", "Naypyidaw", inPerson}}},
		{"'A called on Minister for Defence B': Singapore's form of the title before the name",
			"SINGAPORE - General Phan Van Giang on Friday called on Minister for Defence Ng Eng Hen.",
			[]held{{[]string{"phan-van-giang", "ng-eng-hen"}, "2026-02-06", "Singapore", inPerson}}},
		{"'co-chaired by Permanent Secretary (Defence) A and Vietnam's Deputy Minister of National Defence Senior Lieutenant-General B': a bracketed portfolio, a hyphenated rank",
			"SINGAPORE - Singapore and Vietnam held the 13th Defence Policy Dialogue on Friday.\n\nThe dialogue was co-chaired by Permanent Secretary (Defence) Chan Heng Kee and Vietnam's Deputy Minister of National Defence Senior Lieutenant-General Hoang Xuan Chien.",
			[]held{{[]string{"chan-heng-kee", "hoang-xuan-chien"}, "2026-02-06", "Singapore", inPerson}}},
		{"'met Bangladesh's foreign affairs adviser Touhid Hossain': a country's lower-case office before a name",
			"BANGKOK - On Friday, Foreign Minister Maris Sangiampongsa met Bangladesh's foreign affairs adviser Touhid Hossain.",
			[]held{{[]string{"maris-sangiampongsa", "touhid-hossain"}, "2026-02-06", "Bangkok", inPerson}}},
	})
	t.Run("'Malaysia's special envoy on Myanmar, A, met B': an envoy's title names no minister of Malaysia's", func(t *testing.T) {
		pub := time.Date(2025, 2, 22, 11, 0, 0, 0, time.FixedZone("MYT", 8*3600))
		checkHeld(t, x, "KUALA LUMPUR: Malaysia's special envoy on Myanmar, Tan Sri Othman Hashim, met Senior General Min Aung Hlaing in Naypyitaw on Friday.", pub,
			[]held{{[]string{"othman-hashim", "min-aung-hlaing"}, "2025-02-21", "Naypyidaw", inPerson}})
	})
	t.Run("'Xi held talks with Manet on April 17 … The Chinese leader also met Hun Sen during the trip': the same recalled visit, not the story's day", func(t *testing.T) {
		pub := time.Date(2025, 4, 23, 7, 45, 0, 0, time.FixedZone("ICT", 7*3600))
		checkHeld(t, x, "Prime Minister Hun Manet on Tuesday defended the agreements signed during President Xi Jinping's state visit last week, telling reporters that ties with Beijing would not hurt those with Washington.\n\n"+
			"Xi held talks with Manet at the Peace Palace on April 17, during which the two leaders agreed to build a community with a shared future. The Chinese leader also met Senate President Hun Sen during the two-day trip.", pub, nil)
	})
}
