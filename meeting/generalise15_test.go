package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundNineteen holds the cases of the rules added in the round
// of the blind sets heldout75 and heldout76, each in the project's own words.
func TestExtractRoundNineteen(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson, virtual := relbot.KindInPerson, relbot.KindVirtual
	checkHeldCases(t, x, []heldCase{
		{"a summit one leader attended, its chair told after, then 'Also attending were …': one meeting of all of them",
			"VIENTIANE - Prime Minister Pham Minh Chinh on Friday attended the 45th ASEAN Summit in Vientiane. The summit was chaired by Lao Prime Minister Sonexay Siphandone. Also attending were Prime Minister Hun Manet and Prime Minister Anwar Ibrahim.",
			[]held{{[]string{"pham-minh-chinh", "sonexay-siphandone", "hun-manet", "anwar-ibrahim"}, "2026-02-06", "Vientiane", inPerson}}},
		{"a summit one leader attended, with no list of who else was there, is no meeting",
			"VIENTIANE - Prime Minister Pham Minh Chinh on Friday attended the 45th ASEAN Summit in Vientiane. He called for stronger supply chains.", nil},
		{"'held online due to the pandemic' and 'Attending the summit via videoconference were': a virtual meeting, with no place",
			"Hanoi (VNA) - Prime Minister Nguyen Xuan Phuc on Friday chaired the 37th ASEAN Summit, held online due to the pandemic, from the National Convention Centre in Hanoi.\n\nAttending the summit via videoconference were Prime Minister Hun Sen, Prime Minister Lee Hsien Loong and President Joko Widodo.",
			[]held{{[]string{"nguyen-xuan-phuc", "hun-sen", "lee-hsien-loong", "joko-widodo"}, "2026-02-06", "", virtual}}},
		{"'The summit, hosted from Hanoi, was chaired by X': the chair over the participle's aside, then the list",
			"KUALA LUMPUR - Prime Minister Muhyiddin Yassin on Friday attended the 37th ASEAN Summit. The summit, hosted from Hanoi, was chaired by Prime Minister Nguyen Xuan Phuc. Also attending online were President Joko Widodo and Prime Minister Prayut Chan-o-cha.",
			[]held{{[]string{"muhyiddin-yassin", "nguyen-xuan-phuc", "joko-widodo", "prayut-chan-o-cha"}, "2026-02-06", "", virtual}}},
		{"a sentence that speaks of the meeting again ('X joined the meeting from …') keeps the list after it on that meeting",
			"KUALA LUMPUR - Prime Minister Muhyiddin Yassin on Friday attended the 37th ASEAN Summit, held via video conference. The summit was chaired by Prime Minister Nguyen Xuan Phuc. Muhyiddin joined the meeting from his office in Putrajaya. Also attending online were President Joko Widodo and Prime Minister Prayut Chan-o-cha.",
			[]held{{[]string{"muhyiddin-yassin", "nguyen-xuan-phuc", "joko-widodo", "prayut-chan-o-cha"}, "2026-02-06", "", virtual}}},
		{"'The … Retreat took place … under the chairmanship of X. The retreat was attended by A and B': one meeting of the chair and the list",
			"VIENTIANE - The ASEAN Foreign Ministers' Retreat took place in Vientiane on Friday under the chairmanship of Foreign Minister Saleumxay Kommasith. The retreat was attended by Foreign Minister Bui Thanh Son and Foreign Minister Prak Sokhonn.",
			[]held{{[]string{"saleumxay-kommasith", "bui-thanh-son", "prak-sokhonn"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'the first meeting under Laos' chairmanship in 2026' dates the chairmanship, not the retreat held on Friday; 'the UNESCO World Heritage town of Luang Prabang' is the place",
			"LUANG PRABANG - The ASEAN Foreign Ministers' Retreat, the first meeting under Laos' chairmanship in 2026, took place in the UNESCO World Heritage town of Luang Prabang on Friday under the chairmanship of Foreign Minister Saleumxay Kommasith. The retreat was attended by Foreign Minister Bui Thanh Son and Foreign Minister Prak Sokhonn.",
			[]held{{[]string{"saleumxay-kommasith", "bui-thanh-son", "prak-sokhonn"}, "2026-02-06", "Luang Prabang", inPerson}}},
		{"'X attended as an observer, while Myanmar was represented by Y, the first time the government has sent an official to an ASEAN ministerial meeting': both join the retreat, and the aside is no meeting",
			"VIENTIANE - The ASEAN Foreign Ministers' Retreat took place in Vientiane on Friday under the chairmanship of Foreign Minister Saleumxay Kommasith. The retreat was attended by Foreign Minister Bui Thanh Son and Foreign Minister Prak Sokhonn. Secretary-General Kao Kim Hourn attended as an observer, while Myanmar was represented by Permanent Secretary Aung Kyaw Moe, the first time the military-led government has sent a non-political official to an ASEAN ministerial meeting.",
			[]held{{[]string{"saleumxay-kommasith", "bui-thanh-son", "prak-sokhonn", "kao-kim-hourn", "aung-kyaw-moe"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'chaired the Special ASEAN Summit via videoconference …, the first time in the bloc's history that its leaders have met online. Taking part in the summit from their capitals were …': one virtual meeting",
			"Hanoi (VNA) - Prime Minister Nguyen Xuan Phuc chaired the Special ASEAN Summit via videoconference from Hanoi on Friday, the first time in the bloc's 53-year history that its leaders have met online.\n\nTaking part in the summit from their respective capitals were Prime Minister Hun Sen, President Joko Widodo and Prime Minister Lee Hsien Loong.",
			[]held{{[]string{"nguyen-xuan-phuc", "hun-sen", "joko-widodo", "lee-hsien-loong"}, "2026-02-06", "", virtual}}},
		{"'Taking part in the summit were …' with no summit told before is no meeting of those listed",
			"Hanoi (VNA) - Leaders called for closer cooperation against the pandemic on Friday.\n\nTaking part in the summit from their respective capitals were Prime Minister Hun Sen, President Joko Widodo and Prime Minister Lee Hsien Loong.",
			nil},
		{"'The meeting, convened by X in his capacity as ASEAN Chair, was attended by A and B': the list joins X's meeting over a long aside",
			"PUTRAJAYA - Thailand and Cambodia agreed to a ceasefire, Prime Minister Anwar Ibrahim announced after chairing a special meeting between leaders of the two neighbours at Seri Perdana on Friday. The meeting, convened by Anwar in his capacity as ASEAN Chair, was attended by Prime Minister Hun Manet and Acting Prime Minister Phumtham Wechayachai.",
			[]held{{[]string{"anwar-ibrahim", "hun-manet", "phumtham-wechayachai"}, "2026-02-06", "Putrajaya", inPerson}}},
		{"'X chaired the ASEAN Foreign Ministers' Retreat here. Present at the retreat, held at a resort, were …; Y joined as an observer'",
			"LANGKAWI - Foreign Minister Mohamad Hasan on Friday chaired the ASEAN Foreign Ministers' Retreat here. Present at the retreat, held at a resort on the island, were Foreign Minister Sugiono, Foreign Minister Bui Thanh Son and Foreign Minister Sok Chenda Sophea. Foreign Minister Bendito dos Santos Freitas joined as an observer.",
			[]held{{[]string{"mohamad-hasan", "sugiono", "bui-thanh-son", "sok-chenda-sophea", "bendito-dos-santos-freitas"}, "2026-02-06", "Langkawi", inPerson}}},
		{"'X joined other ASEAN leaders at a special meeting. The ASEAN Leaders' Meeting, held …, was chaired by Y. It brought together …; three countries were represented by their foreign ministers, …; Z was also present'",
			"JAKARTA - Prime Minister Pham Minh Chinh joined other ASEAN leaders at a special meeting in Jakarta on Friday to discuss the situation in Myanmar. The ASEAN Leaders' Meeting, held in person at the ASEAN Secretariat, was chaired by Sultan Hassanal Bolkiah. It brought together Prime Minister Hun Sen and Prime Minister Lee Hsien Loong. Thailand, the Philippines and Laos were represented by their foreign ministers, Don Pramudwinai, Teodoro Locsin Jr. and Saleumxay Kommasith. ASEAN Secretary-General Lim Jock Hoi was also present.",
			[]held{{[]string{"pham-minh-chinh", "hassanal-bolkiah", "hun-sen", "lee-hsien-loong", "don-pramudwinai", "teodoro-locsin-jr", "saleumxay-kommasith", "lim-jock-hoi"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'X attended the Special ASEAN Plus Three Leaders' Meeting via video link' stays one virtual meeting with the chair and 'also took part'",
			"BEIJING - Premier Li Keqiang on Friday attended the Special ASEAN Plus Three Leaders' Meeting via video link in Beijing. The meeting was chaired by Prime Minister Nguyen Xuan Phuc. Prime Minister Shinzo Abe and President Moon Jae-in also took part.",
			[]held{{[]string{"li-keqiang", "nguyen-xuan-phuc", "shinzo-abe", "moon-jae-in"}, "2026-02-06", "", virtual}}},
		{"'They affirmed that X would visit China soon for talks with Y' is a plan, 'soon' and all",
			"BANGKOK - Prime Minister Fumio Kishida and President Xi Jinping held talks in Bangkok on Friday. They also affirmed that Foreign Minister Yoshimasa Hayashi would visit China soon for talks with his counterpart Wang Yi.",
			[]held{{[]string{"fumio-kishida", "xi-jinping"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'X chaired the ASEAN Defence Ministers' Meeting (ADMM) Retreat in Penang. The retreat, held at a hotel, was attended by …, among them A and B, as well as C'",
			"GEORGE TOWN - Defence Minister Mohamed Khaled Nordin on Friday chaired the ASEAN Defence Ministers' Meeting (ADMM) Retreat in Penang. The retreat, held at a hotel in Batu Ferringhi, was attended by the defence ministers of the member states, among them Defence Minister Tea Seiha and Defence Minister Phan Van Giang, as well as Secretary-General Kao Kim Hourn.",
			[]held{{[]string{"mohamed-khaled-nordin", "tea-seiha", "phan-van-giang", "kao-kim-hourn"}, "2026-02-06", "Penang", inPerson}}},
		{"'was still working out the possibility of a first summit between X and Y' is no summit held",
			"PHNOM PENH - President Yoon Suk Yeol held a bilateral summit with Prime Minister Hun Sen on Friday. The presidential office said it was still working out the possibility of a first summit between Yoon and President Xi Jinping at the G20.",
			[]held{{[]string{"yoon-suk-yeol", "hun-sen"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'X joined the Cambodian premier at the talks, while Y sat on the Thai side of the table': both join the talks",
			"BANGKOK - Prime Minister Hun Manet held official talks with Prime Minister Srettha Thavisin at Government House on Friday. Foreign Minister Sok Chenda Sophea joined the Cambodian premier at the talks, while Foreign Minister Parnpree Bahiddha-nukara sat on the Thai side of the table.",
			[]held{{[]string{"hun-manet", "srettha-thavisin", "sok-chenda-sophea", "parnpree-bahiddha-nukara"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'A and B agreed Saturday to restore exchanges, as the two sides sought to move beyond a row over a missile system in South Korea': the agreement's place is the dateline's, not a country in the aside",
			"DA NANG, Vietnam, Feb. 6 (Yonhap) -- President Moon Jae-in and President Xi Jinping agreed Friday to restore exchanges, as the two sides sought to move beyond their row over the deployment of a U.S. missile defense system in South Korea.",
			[]held{{[]string{"moon-jae-in", "xi-jinping"}, "2026-02-06", "Da Nang", inPerson}}},
		{"'A and B joined the expanded talks.' and 'C and D sat in on the bilateral talks, which focused on …' join the talks just told",
			"BOGOR - President Ferdinand Marcos Jr. and President Joko Widodo held a tete-a-tete at the Bogor Presidential Palace on Friday, followed by an expanded bilateral meeting. Secretary Enrique Manalo and Foreign Minister Retno Marsudi joined the expanded talks.\n\nCANBERRA - On Friday, Prime Minister Anthony Albanese held talks with Prime Minister Hun Manet at Parliament House in Canberra. Foreign Minister Penny Wong and Foreign Minister Sok Chenda Sophea sat in on the bilateral talks, which focused on trade.",
			[]held{{[]string{"ferdinand-marcos-jr", "joko-widodo", "enrique-manalo", "retno-marsudi"}, "2026-02-06", "Bogor", inPerson},
				{[]string{"anthony-albanese", "hun-manet", "penny-wong", "sok-chenda-sophea"}, "2026-02-06", "Canberra", inPerson}}},
		{"'The talks, on the sidelines of a border defence friendship exchange, were also attended by A and B': any aside before the passive",
			"TAY NINH - Defence Minister Phan Van Giang held talks with Defence Minister Tea Seiha in Tay Ninh on Friday. The talks, on the sidelines of a Viet Nam–Cambodia border defence friendship exchange, were also attended by Deputy Minister Hoang Xuan Chien and General Vong Pisen.",
			[]held{{[]string{"phan-van-giang", "tea-seiha", "hoang-xuan-chien", "vong-pisen"}, "2026-02-06", "Tay Ninh", inPerson}}},
		{"'President Joko Widodo (Jokowi) chaired the 42nd ASEAN Summit leaders' retreat session … The closed-door retreat was attended by …': one person named twice, and the retreat's name read whole",
			"LABUAN BAJO - President Joko Widodo (Jokowi) chaired the 42nd ASEAN Summit leaders' retreat session at the convention center in Labuan Bajo on Friday. The closed-door retreat was attended by Prime Minister Anwar Ibrahim, Prime Minister Hun Sen and Prime Minister Lee Hsien Loong.",
			[]held{{[]string{"joko-widodo", "anwar-ibrahim", "hun-sen", "lee-hsien-loong"}, "2026-02-06", "Labuan Bajo", inPerson}}},
	})
}
