package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFortyFour covers the forms the forty-fourth round of
// held-out sets showed, each in this project's own words.
func TestExtractRoundFortyFour(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'Ambassador to China H.E. Khek Caimealy Sysoda', then 'The ambassador': the office reads on through the style to the name, and is hers",
			"BEIJING – Cambodian Ambassador to China H.E. Khek Caimealy Sysoda met Chinese Vice Foreign Minister Sun Weidong on Friday.\n\nThe ambassador also called on Foreign Minister Wang Yi on Thursday.",
			[]held{{[]string{"khek-caimealy-sysoda", "sun-weidong"}, "2026-02-06", "Beijing", inPerson}, {[]string{"khek-caimealy-sysoda", "wang-yi"}, "2026-02-05", "Beijing", inPerson}}},
		{"'Xi Jinping yesterday told Prime Minister Anutin that …', then 'Mr Anutin met Mr Xi' with no day: telling a named leader is the story's day, no report to the press",
			"Chinese President Xi Jinping yesterday told Prime Minister Anutin Charnvirakul that Beijing regards Thailand as family.\n\nMr Anutin met Mr Xi at the Great Hall of the People in Beijing in the late afternoon.",
			[]held{{[]string{"xi-jinping", "anutin-charnvirakul"}, "2026-02-07", "Beijing", inPerson}}},
		{"'received B in Móng Cái City on Friday' under a province's dateline: the city named with its noun is the place",
			"QUẢNG NINH — Secretary of the Quảng Ninh Provincial Party Committee Vũ Đại Thắng received Chinese Consul General Wang Xiaohui in Móng Cái City on Friday.",
			[]held{{[]string{"vu-dai-thang", "wang-xiaohui"}, "2026-02-06", "Mong Cai", inPerson}}},
		{"'KIEN GIANG —' and nothing else says where: the province's seat, where its leaders receive guests",
			"KIEN GIANG — Chairman of the Kien Giang Provincial People's Committee Lam Minh Thanh received Cambodian Ambassador Chea Kimtha on Friday.",
			[]held{{[]string{"lam-minh-thanh", "chea-kimtha"}, "2026-02-06", "Rach Gia", inPerson}}},
		{"'arrived on Thursday night …', then 'In the afternoon, A called on C': the afternoon after a night's arrival is the next day's",
			"BANGKOK – Malaysian Foreign Minister Mohamad Hasan held talks with Foreign Minister Sihasak Phuangketkeow on Friday.\n\nMohamad arrived on Thursday night and spent two hours with Mr Sihasak at the ministry.\n\nIn the afternoon Mohamad called on Prime Minister Anutin Charnvirakul at Government House.",
			[]held{{[]string{"mohamad-hasan", "sihasak-phuangketkeow"}, "2026-02-06", "Bangkok", inPerson}, {[]string{"mohamad-hasan", "anutin-charnvirakul"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'in their first meeting since fighting broke out along the border last Thursday': the long since-clause dates the fighting, not the meeting",
			"PUTRAJAYA – Prime Minister Anutin Charnvirakul and Prime Minister Hun Manet met for two hours at Seri Perdana on Friday.\n\nAnutin and Hun Manet shook hands at Seri Perdana, in their first meeting since fighting broke out along the border last Thursday.",
			[]held{{[]string{"anutin-charnvirakul", "hun-manet"}, "2026-02-06", "Putrajaya", inPerson}}},
		{"'since the two countries became partners in March last year, when A travelled to Canberra for talks with B': the when-clause's talks keep the date",
			"HANOI – Prime Minister Anthony Albanese held talks with Prime Minister Pham Minh Chinh on Friday.\n\nIt was the first visit by an Australian leader since the two countries became strategic partners in March last year, when Mr Chinh travelled to Canberra for talks with Deputy Prime Minister Richard Marles.",
			[]held{{[]string{"anthony-albanese", "pham-minh-chinh"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'The two sides have held 18 rounds of talks since the clash in 2020': a record kept since then, no meeting",
			"NEW DELHI – External Affairs Minister S. Jaishankar last met Foreign Minister Wang Yi in Goa in May last year.\n\nThe two sides have held 18 rounds of Corps Commander-level talks since the Galwan Valley clash in 2020.",
			nil},
		{"'On Friday in Hanoi, the Minister:' then '- met B' and '- held talks with C': the person the list opens with is each item's subject",
			"HANOI – The Minister for the Indo-Pacific, Catherine West, visited Vietnam this week.\n\nOn Friday in Hanoi, accompanied by the British Ambassador, Iain Frew, the Minister:\n\n- met Deputy Prime Minister Bui Thanh Son to discuss clean energy\n- held talks with Minister of Industry and Trade Nguyen Hong Dien on trade",
			[]held{{[]string{"catherine-west", "bui-thanh-son"}, "2026-02-06", "Hanoi", inPerson}, {[]string{"catherine-west", "nguyen-hong-dien"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'Czech Foreign Minister Jan Lipavský held talks': 'Jan' before a capitalised word opens a name, no month",
			"HANOI – Czech Foreign Minister Jan Lipavský held talks in Hanoi with his Vietnamese counterpart Le Hoai Trung on Friday.",
			[]held{{[]string{"jan-lipavsky", "le-hoai-trung"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'the Hungarian minister was also received by B' after 'Foreign Minister Péter Szijjártó … held talks': the minister the story introduced, of no country known",
			"VIENTIANE – Hungary will widen its credit line for Laos, Foreign Minister Péter Szijjártó announced on Friday, after he held talks with Foreign Minister Thongsavanh Phomvihane.\n\nThe Hungarian minister was also received by Prime Minister Sonexay Siphandone.",
			[]held{{[]string{"peter-szijjarto", "thongsavanh-phomvihane"}, "2026-02-06", "Vientiane", inPerson}, {[]string{"peter-szijjarto", "sonexay-siphandone"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'The Ambassador of the Netherlands to Vietnam, Kees van Baar, met B', then 'Ambassador Van Baar met C': the particle is the name's, and the surname with it is his",
			"CAN THO – The Ambassador of the Netherlands to Vietnam, Kees van Baar, met Chairman Tran Viet Truong on Friday.\n\nOn Thursday, Ambassador Van Baar met Vice Chairman Nguyen Thuc Hien.",
			[]held{{[]string{"kees-van-baar", "tran-viet-truong"}, "2026-02-06", "Can Tho", inPerson}, {[]string{"kees-van-baar", "nguyen-thuc-hien"}, "2026-02-05", "Can Tho", inPerson}}},
		{"'Speaker of the Swedish Riksdag Andreas Norlén': a parliament's own name ends the office",
			"HANOI – National Assembly Chairman Tran Thanh Man held talks with Speaker of the Swedish Riksdag Andreas Norlén in Hanoi on Friday.",
			[]held{{[]string{"tran-thanh-man", "andreas-norlen"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'Italian Under-Secretary of State for Defence Isabella Rauti': the hyphenated office is a title",
			"HANOI – Minister of National Defence General Phan Van Giang received Italian Under-Secretary of State for Defence Isabella Rauti in Hanoi on Friday.",
			[]held{{[]string{"phan-van-giang", "isabella-rauti"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'The meeting, held at the CDC in Phnom Penh, was attended by A, B, who is based in Bangkok, and C': the list goes on after the aside, and the lead's meeting is where this one says",
			"Deputy Prime Minister Sun Chanthol yesterday met European ambassadors and business leaders.\n\nThe meeting, held at the Council for the Development of Cambodia in Phnom Penh, was attended by French Ambassador Jacques Pellet, Italian Ambassador Paolo Dionisi, who is based in Bangkok, and EuroCham chairman Tassilo Brinzer.",
			[]held{{[]string{"sun-chanthol", "jacques-pellet", "paolo-dionisi", "tassilo-brinzer"}, "2026-02-07", "Phnom Penh", inPerson}}},
		{"'United States Ambassador to Cambodia W. Patrick Murphy': an initial opens the name after an office's country",
			"SIEM REAP, Feb. 6 – United States Ambassador to Cambodia W. Patrick Murphy this afternoon paid a courtesy call on Siem Reap Provincial Governor Tea Seiha at the provincial hall.",
			[]held{{[]string{"w-patrick-murphy", "tea-seiha"}, "2026-02-06", "Siem Reap", inPerson}}},
		{"'US Ambassador to Malaysia Edgard D. Kagan': a middle initial stays inside the name",
			"PUTRAJAYA – US Ambassador to Malaysia Edgard D. Kagan called on Foreign Minister Mohamad Hasan on Friday.",
			[]held{{[]string{"edgard-kagan", "mohamad-hasan"}, "2026-02-06", "Putrajaya", inPerson}}},
		{"'Consul General of Japan in Ho Chi Minh City Ono Masuo': a consul's city belongs to the office, the name follows it",
			"CAN THO – Chairman of the Can Tho City People's Committee Tran Viet Truong received Consul General of Japan in Ho Chi Minh City Ono Masuo on Friday.",
			[]held{{[]string{"tran-viet-truong", "ono-masuo"}, "2026-02-06", "Can Tho", inPerson}}},
		{"'A delegation led by A held talks with leaders of Honghe', then 'At the talks, A and Honghe Governor B agreed …': the other side of that table",
			"LAO CAI – A delegation of Lao Cai province led by Chairman of the provincial People's Committee Trinh Xuan Truong held talks with leaders of China's Honghe prefecture in Mengzi city on Friday.\n\nAt the talks, Truong and Honghe Governor Chen Yunhua agreed to pilot a smart border gate.",
			[]held{{[]string{"trinh-xuan-truong", "chen-yunhua"}, "2026-02-06", "Mengzi", inPerson}}},
		{"'The new envoys are A, B and C.' then 'received each of the ambassadors separately': an audience for each, no table of them all",
			"VIENTIANE – President Thongloun Sisoulith on Friday received letters of credence from the newly appointed ambassadors of Cambodia, Thailand and Singapore at the Presidential Palace.\n\nThe new envoys are Ambassador of Cambodia Ouk Sophorn, Ambassador of Thailand Pattarat Hongtong and Ambassador of Singapore Lee Chong Hock.\n\nFollowing the ceremony, President Thongloun received each of the ambassadors separately for a short conversation.",
			[]held{{[]string{"thongloun-sisoulith", "ouk-sophorn"}, "2026-02-06", "Vientiane", inPerson}, {[]string{"thongloun-sisoulith", "pattarat-hongtong"}, "2026-02-06", "Vientiane", inPerson}, {[]string{"thongloun-sisoulith", "lee-chong-hock"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'at a tri-provincial meeting chaired by A. B and C led their provinces' delegations': the chair and the two heads, one table",
			"TAKEO – The agreement was signed on Friday in Doun Kaev, at a tri-provincial meeting chaired by Takeo provincial governor Vei Samnang. An Giang provincial People's Committee chairman Nguyen Thanh Binh and Kien Giang provincial People's Committee vice-chairman Nguyen Luu Trung led their provinces' delegations.",
			[]held{{[]string{"vei-samnang", "nguyen-thanh-binh", "nguyen-luu-trung"}, "2026-02-06", "Takeo", inPerson}}},
		{"'A on Tuesday led a delegation … ahead of Tet', then 'the Cambodian delegation paid a courtesy call on B': its head, on the day the lead gave ('ahead of' a feast is no plan)",
			"TBONG KHMUM, Feb. 6 – Tbong Khmum Provincial Governor Cheam Chansophoan on Tuesday led a delegation of provincial officials to Tay Ninh province of Vietnam to convey Lunar New Year greetings ahead of Tet.\n\nIn Tay Ninh city, the Cambodian delegation first paid a courtesy call on Secretary of the Tay Ninh Provincial Party Committee Nguyen Van Quyet.",
			[]held{{[]string{"cheam-chansophoan", "nguyen-van-quyet"}, "2026-02-03", "Tay Ninh", inPerson}}},
	})
}
