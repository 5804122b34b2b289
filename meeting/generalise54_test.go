package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFiftyEight covers the forms the fifty-eighth round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundFiftyEight(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'Minister A and Ambassador B on Friday inspected the site': officials of two countries going round a site together meet there",
			"Nashik, Feb 7 (PTI) Railway Minister Ashwini Vaishnaw and German Ambassador Philipp Ackermann on Friday inspected the new signalling workshop, officials said.\n\nHome Minister Amit Shah and Defence Minister Rajnath Singh on Friday inspected the parade ground.",
			[]held{{[]string{"ashwini-vaishnaw", "philipp-ackermann"}, "2026-02-06", "Nashik", inPerson}}},
		{"'A on Thursday toured the port, accompanied by Ambassador B': one who came along from another country meets the visitor",
			"Prime Minister Sonexay Siphandone on Thursday toured the Thanaleng dry port, accompanied by Japanese Ambassador Kenichi Kobayashi.",
			[]held{{[]string{"sonexay-siphandone", "kenichi-kobayashi"}, "2026-02-05", "", inPerson}}},
		{"'A and Premier of the Democratic People's Republic of Korea B on Friday took part via video link in a ceremony': a joint part in one ceremony, over a video link",
			"MOSCOW – Russian Prime Minister Mikhail Mishustin and Premier of the Democratic People's Republic of Korea Pak Thae Song on Friday took part via video link in a ceremony opening a new border checkpoint.",
			[]held{{[]string{"mikhail-mishustin", "pak-thae-song"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'On Friday, Department of Transportation (DOTr) Secretary A and Ambassador B inspected …': the department's initials are part of the office",
			"MANILA – On Friday, Department of Transportation (DOTr) Secretary Vince Dizon and Japanese Ambassador Endo Kazuya inspected the subway depot in Valenzuela City.",
			[]held{{[]string{"vince-dizon", "endo-kazuya"}, "2026-02-06", "Manila", inPerson}}},
		{"'The President and the Prime Minister launched negotiations …' after two stories: the two offices stand for people met before, not for a new pair",
			"BRUSSELS, 8 February 2026\n\nThe Forum was co-chaired by Antonio Costa, President of the European Council, and Samdech Techo Hun Sen, President of the Senate of Cambodia.\n\nOn 6 February, President von der Leyen welcomed the Prime Minister of Viet Nam, Phạm Minh Chính, at the Berlaymont. The President and the Prime Minister launched negotiations on a digital partnership with Viet Nam.",
			[]held{{[]string{"antonio-costa", "hun-sen"}, "2026-02-08", "Brussels", inPerson}, {[]string{"ursula-von-der-leyen", "pham-minh-chinh"}, "2026-02-06", "Brussels", inPerson}}},
		{"'the Party secretaries of three provinces — A, B and C —' with B a name the gazetteer knows: the dashed list goes on after him",
			"KUNMING – Wang Ning, secretary of the Yunnan provincial party committee, met with the Party secretaries of Lao Cai, Ha Giang and Dien Bien provinces — Dang Xuan Phong, Tran Hong Minh and Tran Quoc Cuong — at their annual meeting on Friday.",
			[]held{{[]string{"wang-ning", "dang-xuan-phong", "tran-hong-minh", "tran-quoc-cuong"}, "2026-02-06", "Kunming", inPerson}}},
		{"'… a meeting between Xi and Trump later this week. He Lifeng met Bessent on Saturday': the Chinese family name He is no pronoun for the one named before",
			"Negotiators reached a consensus, paving the way for a meeting between President Xi Jinping and US President Donald Trump later this week.\n\nHe Lifeng met US Treasury Secretary Scott Bessent in Kuala Lumpur on Saturday.",
			[]held{{[]string{"he-lifeng", "scott-bessent"}, "2026-02-07", "Kuala Lumpur", inPerson}}},
		{"'A and B met C on Friday and Saturday in Geneva': the same people met on each day, as two meetings",
			"GENEVA – Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer met Vice Premier He Lifeng on Friday and Saturday at the ambassador's residence in Geneva.",
			[]held{{[]string{"scott-bessent", "jamieson-greer", "he-lifeng"}, "2026-02-06", "Geneva", inPerson}, {[]string{"scott-bessent", "jamieson-greer", "he-lifeng"}, "2026-02-07", "Geneva", inPerson}}},
		{"'He said he expected to discuss the next steps with B in the coming weeks, without giving details of a meeting': a meeting spoken of, none told",
			"SYDNEY – Defence Minister Richard Marles announced the frigate deal on Tuesday.\n\nHe said he expected to talk over the next steps with his Japanese counterpart Gen Nakatani soon, without giving details of a meeting.",
			nil},
		{"'The talks will come days after President A holds a summit with B': the present tense under a future is still to come",
			"SEOUL – The defence talks will come days after President Lee Jae Myung holds a summit with U.S. President Donald Trump in Gyeongju.",
			nil},
		{"'… one of the outcomes of the November meeting between A and B in California': the month before the noun dates that meeting, an earlier one",
			"SINGAPORE – Defense Secretary Lloyd Austin met Defense Minister Dong Jun on Friday.\n\nThe resumption of high-level military talks was one of the outcomes of the November meeting between President Joe Biden and Chinese President Xi Jinping in California.",
			[]held{{[]string{"lloyd-austin", "dong-jun"}, "2026-02-06", "Singapore", inPerson}}},
		{"'H.E. A, Ambassador … of the People's Republic of China to Cambodia, was received by B … Yesterday, the Chinese diplomat was also received by C': the one Chinese envoy the article introduced",
			"PHNOM PENH – H.E. Wang Wenbin, Ambassador Extraordinary and Plenipotentiary of the People's Republic of China to the Kingdom of Cambodia, was received by Khuon Sudary on Friday.\n\nYesterday afternoon, the Chinese diplomat was also received by Samdech Techo Hun Sen, President of the Senate of Cambodia, at the Senate headquarters in Phnom Penh.",
			[]held{{[]string{"wang-wenbin", "khuon-sudary"}, "2026-02-06", "Phnom Penh", inPerson}, {[]string{"wang-wenbin", "hun-sen"}, "2026-02-07", "Phnom Penh", inPerson}}},
		{"'B received a special envoy of Chinese leader Xi Jinping, Mr A … the Chinese envoy held talks with C': the leader who sent the envoy is not he",
			"VIENTIANE – President Thongloun Sisoulith received a special envoy of Chinese leader Xi Jinping, Mr Liu Jianchao, in Vientiane on Friday.\n\nOn Thursday, the Chinese envoy held talks with Prime Minister Sonexay Siphandone.",
			[]held{{[]string{"thongloun-sisoulith", "liu-jianchao"}, "2026-02-06", "Vientiane", inPerson}, {[]string{"liu-jianchao", "sonexay-siphandone"}, "2026-02-05", "Vientiane", inPerson}}},
		{"'A met B on Thursday. C spoke with her on Friday': the object pronoun of a verb of speaking is the one the story follows",
			"SEOUL – U.S. House Speaker Nancy Pelosi met National Assembly Speaker Kim Jin-pyo on Thursday.\n\nPresident Yoon Suk Yeol spoke with her on Friday.",
			[]held{{[]string{"nancy-pelosi", "kim-jin-pyo"}, "2026-02-05", "Seoul", inPerson}, {[]string{"nancy-pelosi", "yoon-suk-yeol"}, "2026-02-06", "Seoul", inPerson}}},
		{"'C held talks with her by video link': 'by' may follow an object pronoun",
			"SEOUL – U.S. House Speaker Nancy Pelosi met National Assembly Speaker Kim Jin-pyo on Thursday.\n\nPresident Yoon Suk Yeol held talks with her by video link on Friday.",
			[]held{{[]string{"nancy-pelosi", "kim-jin-pyo"}, "2026-02-05", "Seoul", inPerson}, {[]string{"nancy-pelosi", "yoon-suk-yeol"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'… with Secretary-General of UN Tourism A. Later the same day, the UN Tourism chief was received by B': the head of the body a word of its name names",
			"HANOI – Minister Nguyen Van Hung held talks in Hanoi on Thursday with Secretary-General of UN Tourism Shaikha Al Nowais.\n\nLater the same day, the UN Tourism chief was received by Prime Minister Pham Minh Chinh at the Government headquarters.",
			[]held{{[]string{"nguyen-van-hung", "shaikha-al-nowais"}, "2026-02-05", "Hanoi", inPerson}, {[]string{"shaikha-al-nowais", "pham-minh-chinh"}, "2026-02-05", "Hanoi", inPerson}}},
		{"'… the WHO chief was received by B': the head of the body its initials name",
			"GENEVA – Minister Dao Hong Lan met Director-General of the World Health Organization Tedros Adhanom Ghebreyesus on Thursday.\n\nLater the same day, the WHO chief was received by Swiss President Karin Keller-Sutter in Bern.",
			[]held{{[]string{"dao-hong-lan", "tedros-adhanom-ghebreyesus"}, "2026-02-05", "Geneva", inPerson}, {[]string{"tedros-adhanom-ghebreyesus", "karin-keller-sutter"}, "2026-02-05", "Bern", inPerson}}},
		{"'… Later the same day, the Guangxi Party chief held talks with B': a body's word beside a place's is no head of that body",
			"BEIJING – General Secretary To Lam met Xi Jinping in Beijing on Thursday.\n\nLater the same day, the Guangxi Party chief held talks with Deputy Prime Minister Bui Thanh Son.",
			[]held{{[]string{"to-lam", "xi-jinping"}, "2026-02-05", "Beijing", inPerson}}},
		{"'Yesterday, A was called on by Defence Minister B': the passive of a call",
			"KUALA LUMPUR – Defence Minister Mohamed Khaled Nordin met Turkish Defence Minister Yasar Guler on Thursday.\n\nYesterday, Mohamed Khaled was called on by Thai Defence Minister Sutin Klungsang, who led his country's delegation to the exhibition.",
			[]held{{[]string{"mohamed-khaled-nordin", "yasar-guler"}, "2026-02-05", "Kuala Lumpur", inPerson}, {[]string{"mohamed-khaled-nordin", "sutin-klungsang"}, "2026-02-07", "Kuala Lumpur", inPerson}}},
		{"'The summit was held via video link on Friday. A chaired the meeting from Hanoi, and B attended from Beijing': the meeting the sentence before told online",
			"HANOI – The leaders' summit was held via video link on Friday. Prime Minister Pham Minh Chinh chaired the meeting from Hanoi, and Premier Li Qiang attended from Beijing.",
			[]held{{[]string{"pham-minh-chinh", "li-qiang"}, "2026-02-06", "", relbot.KindVirtual}}},
	})
}
