package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundTwenty holds the cases of the rule added in the round of
// the blind sets heldout81 and heldout82, in the project's own words.
func TestExtractRoundTwenty(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson, virtual, phone := relbot.KindInPerson, relbot.KindVirtual, relbot.KindPhone
	checkHeldCases(t, x, []heldCase{
		{"'X chaired the ASEAN-China Summit via videoconference, with the participation of Y. Attending the summit from their capitals were …': one virtual meeting of all of them",
			"Hanoi (VNA) - Prime Minister Nguyen Xuan Phuc chaired the 23rd ASEAN-China Summit via videoconference on Friday afternoon, with the participation of Premier Li Keqiang.\n\nAttending the summit from their respective capitals were Prime Minister Hun Sen, President Joko Widodo and Prime Minister Thongloun Sisoulith.",
			[]held{{[]string{"nguyen-xuan-phuc", "li-keqiang", "hun-sen", "joko-widodo", "thongloun-sisoulith"}, "2026-02-06", "", virtual}}},
		{"a list 'Taking part in the summit …' after a call that was no summit does not join the call",
			"Hanoi (VNA) - Prime Minister Nguyen Xuan Phuc held phone talks with Premier Li Keqiang on Friday afternoon.\n\nTaking part in the summit from their respective capitals were Prime Minister Hun Sen, President Joko Widodo and Prime Minister Thongloun Sisoulith.",
			[]held{{[]string{"nguyen-xuan-phuc", "li-keqiang"}, "2026-02-06", "", phone}}},
		{"'a visit to the Socialist Republic of Viet Nam': the country's formal name places a call told with no city in its capital, not at the dateline",
			"PHNOM PENH - Samdech Khuon Sudary returned to Phnom Penh on Saturday after a four-day official visit to the Socialist Republic of Viet Nam.\n\nOn Thursday, she held talks with Chairman Vuong Dinh Hue at the National Assembly House in Hanoi.\n\nThe following day, Samdech Khuon Sudary paid a courtesy call on President Vo Van Thuong at the Presidential Palace.",
			[]held{{[]string{"khuon-sudary", "vuong-dinh-hue"}, "2026-02-05", "Hanoi", inPerson},
				{[]string{"khuon-sudary", "vo-van-thuong"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'Son held talks with …' after 'Minister of Education and Training Nguyen Kim Son': a Vietnamese name's given name names him later, even Son",
			"PHNOM PENH - Vietnamese Minister of Education and Training Nguyen Kim Son arrived in Phnom Penh on Friday.\n\nSon held talks with Minister of Education, Youth and Sport Dr. Hang Chuon Naron at the ministry's headquarters the same day.",
			[]held{{[]string{"nguyen-kim-son", "hang-chuon-naron"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'Son La' after Bui Thanh Son was named is a province, not him",
			"HANOI - Foreign Minister Bui Thanh Son met Deputy Prime Minister Prak Sokhonn in Hanoi on Friday. Son La province and Kampot also signed an agreement with Governor Mao Thonin.",
			[]held{{[]string{"bui-thanh-son", "prak-sokhonn"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'he chaired the East Asia Summit … Seated around the table were … ASEAN was represented by …': both lists join the summit, a quote between",
			"JAKARTA - President Joko Widodo on Friday urged the major powers not to turn the region into an arena of rivalry, as he chaired the 18th East Asia Summit (EAS) in Jakarta.\n\n\"We have agreed to cooperate,\" Jokowi told a press conference after the meeting.\n\nSeated around the table were Premier Li Qiang, Prime Minister Fumio Kishida and Prime Minister Narendra Modi.\n\nASEAN was represented by Prime Minister Anwar Ibrahim, Cambodia's Hun Manet, attending his first summit, and Prime Minister Pham Minh Chinh.",
			[]held{{[]string{"joko-widodo", "li-qiang", "fumio-kishida", "narendra-modi", "anwar-ibrahim", "hun-manet", "pham-minh-chinh"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'Seated around the table were …' with no meeting told before is no meeting",
			"JAKARTA - Leaders urged restraint on Friday.\n\nSeated around the table were Premier Li Qiang, Prime Minister Fumio Kishida and Prime Minister Narendra Modi.",
			nil},
		{"'The East Asia Summit in the Laotian capital, chaired by X, brought together leaders …' then 'Among those at the table were …' and 'Southeast Asian leaders attending included …, while Indonesia was represented by …': one meeting of all of them",
			"VIENTIANE - Premier Li Qiang urged Asian countries on Friday to settle their disputes among themselves.\n\nThe East Asia Summit in the Laotian capital, chaired by Prime Minister Sonexay Siphandone, brought together leaders of 18 countries.\n\nAmong those at the table were Secretary of State Antony Blinken and Prime Minister Narendra Modi. Southeast Asian leaders attending included Vietnam's Pham Minh Chinh and Malaysia's Anwar Ibrahim, while Indonesia was represented by Vice President Ma'ruf Amin.",
			[]held{{[]string{"sonexay-siphandone", "antony-blinken", "narendra-modi", "pham-minh-chinh", "anwar-ibrahim", "maruf-amin"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'The East Asia Summit, chaired by X, brought together leaders of 18 countries' with no list after it is no meeting",
			"VIENTIANE - The East Asia Summit, chaired by Prime Minister Sonexay Siphandone, brought together leaders of 18 countries on Friday. It adopted a statement on the South China Sea.",
			nil},
		{"'X and other leaders attended the plenary session of the summit, chaired by Y, which adopted …' is where X went, no meeting with Y",
			"KUALA LUMPUR - Prime Minister Pham Minh Chinh met Prime Minister Hun Manet on the sidelines of the summit on Friday.\n\nEarlier on Friday, Chinh and other ASEAN leaders attended the plenary session of the summit, chaired by Prime Minister Anwar Ibrahim, which adopted the ASEAN Community Vision 2045.",
			[]held{{[]string{"pham-minh-chinh", "hun-manet"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'has said he is open to meeting X there' is a plan",
			"BANGKOK - Foreign Minister Sihasak Phuangketkeow held a telephone conversation with Deputy Prime Minister Prak Sokhonn on Friday. Prime Minister Anutin Charnvirakul, who is expected to attend the summit in Kuala Lumpur, has said he is open to meeting Prime Minister Hun Manet there.",
			[]held{{[]string{"sihasak-phuangketkeow", "prak-sokhonn"}, "2026-02-06", "", phone}}},
		{"a bilateral first, then 'The retreat itself took place on Friday, chaired by X. Participants included …, as well as A and B': the retreat is one meeting of all, the bilateral stays apart",
			"CEBU - Foreign Minister Sihasak Phuangketkeow and Deputy Prime Minister Prak Sokhonn met for an hour on Thursday evening at the hotel hosting the retreat.\n\nThe retreat itself took place on Friday, chaired by Foreign Secretary Theresa Lazaro. Participants included Foreign Minister Sugiono and Secretary-General Kao Kim Hourn, as well as Sihasak and Prak Sokhonn.",
			[]held{{[]string{"sihasak-phuangketkeow", "prak-sokhonn"}, "2026-02-05", "Cebu", inPerson},
				{[]string{"sihasak-phuangketkeow", "prak-sokhonn", "theresa-lazaro", "sugiono", "kao-kim-hourn"}, "2026-02-06", "Cebu", inPerson}}},
		{"'Participants included …' with no gathering told is no meeting",
			"CEBU - Ministers discussed the border on Friday. Participants included Foreign Minister Sugiono and Secretary-General Kao Kim Hourn.",
			nil},
		{"'The Special ASEAN Foreign Ministers' Meeting, held at a hotel here, was chaired by X. It was attended in person by A and B, as well as C': one meeting of all of them",
			"KUALA LUMPUR - The Special ASEAN Foreign Ministers' Meeting, held at a hotel here on Friday, was chaired by Foreign Minister Datuk Seri Mohamad Hasan. It was attended in person by Foreign Minister Sihasak Phuangketkeow and Deputy Prime Minister Prak Sokhonn, as well as Foreign Minister Sugiono.",
			[]held{{[]string{"mohamad-hasan", "sihasak-phuangketkeow", "prak-sokhonn", "sugiono"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		// Round thirty-three: the meeting's roll joins its two co-chairs;
		// no held-out set loses a pair by it, five gain.
		{"'It was attended by …' after a meeting co-chaired by two joins the roll to them",
			"SANYA - The Lancang-Mekong Leaders' Meeting, held in the resort city on Friday, was co-chaired by Premier Li Keqiang and Prime Minister Prayut Chan-o-cha. It was attended by Prime Minister Nguyen Tan Dung and Vice President Sai Mauk Kham.",
			[]held{{[]string{"li-keqiang", "prayut-chan-o-cha", "nguyen-tan-dung", "sai-mauk-kham"}, "2026-02-06", "Sanya", inPerson}}},
		{"'X received letters of credence from four newly appointed ambassadors … They are A, B and C': an audience of X with each",
			"VIENTIANE - President Thongloun Sisoulith received letters of credence from three newly appointed ambassadors at the Presidential Palace on Friday.\n\nThe envoys presented their credentials in separate ceremonies, each followed by a short audience with the President. They are Nguyen Minh Tam, Ambassador of Vietnam; Pakorn Suwanphong, Ambassador of Thailand; and Hiroaki Nakamura, Ambassador of Japan.",
			[]held{{[]string{"thongloun-sisoulith", "nguyen-minh-tam"}, "2026-02-06", "Vientiane", inPerson},
				{[]string{"thongloun-sisoulith", "pakorn-suwanphong"}, "2026-02-06", "Vientiane", inPerson},
				{[]string{"thongloun-sisoulith", "hiroaki-nakamura"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'The new ambassadors received in audience one by one were: A; B' after the King received their letters of credence: an audience each, never the envoys together; the president who signed a letter was not there",
			"PHNOM PENH - King Norodom Sihamoni on Friday received the letters of credence of two new ambassadors at the Throne Hall of the Royal Palace.\n\nThe new ambassadors received in audience one by one were: H.E. Mr. Tran Van Luong, Ambassador of Viet Nam; and H.E. Mr. Rizal Purnama, Ambassador of Indonesia.\n\nAmbassador Tran Van Luong presented the letter of credence signed by President Luong Cuong.",
			[]held{{[]string{"norodom-sihamoni", "tran-van-luong"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"norodom-sihamoni", "rizal-purnama"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'X, who presented his letter of credence to the King last week, said …' after X's talks is no audience with the King",
			"PHNOM PENH - Deputy Prime Minister Prak Sokhonn received Ambassador Wang Wenbin on Friday.\n\nWang Wenbin, who presented his letter of credence to King Norodom Sihamoni at the Royal Palace last week, said it was an honour to serve in Cambodia.",
			[]held{{[]string{"prak-sokhonn", "wang-wenbin"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'the leaders sat down with X for the main session' after a summit's dinner and a bilateral on its side are the summit's leaders, not the bilateral's two",
			"WASHINGTON - President Joe Biden welcomed Southeast Asian leaders to the White House for a dinner on Thursday evening. Prime Minister Pham Minh Chinh, Prime Minister Hun Sen and President Joko Widodo attended the dinner.\n\nEarlier on Thursday, Chinh met House Speaker Nancy Pelosi on Capitol Hill.\n\nOn Friday, the leaders sat down with Biden at the White House for the main session, which was also attended by Vice President Kamala Harris.",
			[]held{{[]string{"joe-biden", "pham-minh-chinh", "hun-sen", "joko-widodo"}, "2026-02-05", "Washington", inPerson},
				{[]string{"pham-minh-chinh", "nancy-pelosi"}, "2026-02-05", "Washington", inPerson},
				{[]string{"joe-biden", "pham-minh-chinh", "hun-sen", "joko-widodo", "kamala-harris"}, "2026-02-06", "Washington", inPerson}}},
		{"'the leaders' after a meeting of two, no gathering told, are those two",
			"PHNOM PENH - Prime Minister Hun Manet held talks with President Luong Cuong at the Peace Palace on Friday. The leaders agreed to raise trade.",
			[]held{{[]string{"hun-manet", "luong-cuong"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'Saysomphone' alone, after 'Saysomphone Phomvihane' (a spelling of Xaysomphone), names him",
			"HANOI - President of the Lao National Assembly Saysomphone Phomvihane arrived in Hanoi on Thursday.\n\nOn Friday, Saysomphone met with Prime Minister Pham Minh Chinh.",
			[]held{{[]string{"xaysomphone-phomvihane", "pham-minh-chinh"}, "2026-02-06", "Hanoi", inPerson}}},
	})
}
