package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundForty covers the forms the fortieth round of held-out
// sets showed, each in this project's own words.
func TestExtractRoundForty(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"a middle initial is no part of a person's slug: 'Gilbert F. Houngbo' is gilbert-houngbo",
			"GENEVA - ILO Director-General Gilbert F. Houngbo met Cambodian Prime Minister Hun Manet in Geneva on Friday.",
			[]held{{[]string{"gilbert-houngbo", "hun-manet"}, "2026-02-06", "Geneva", inPerson}}},
		{"'A thanked the confederation for its warm reception' is the guest's thanks for the reception told, which 'C, who also attended the meeting' joins",
			"HANOI - President of the Vietnam General Confederation of Labour Nguyễn Đình Khang on Friday received Cambodian Minister of Labour Heng Sour.\n\nMinister Heng Sour thanked the confederation for its warm reception.\n\nConfederation Vice President Ngọ Duy Hiểu, who also attended the meeting, proposed joint training courses for union officials.",
			[]held{{[]string{"nguyen-dinh-khang", "heng-sour", "ngo-duy-hieu"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'today' inside a quotation dates nothing: the talks keep the lead's yesterday",
			"Prime Minister Hun Manet yesterday urged newly commissioned officers to uphold discipline.\n\n\"An officer today must know how to fly a drone,\" he told the graduates.\n\nAfter the ceremony, the Prime Minister held talks at the academy's guest hall with Chinese Ambassador Wang Wenbin.",
			[]held{{[]string{"hun-manet", "wang-wenbin"}, "2026-02-07", "", inPerson}}},
		{"'A and B pledged … The pledge was made during a meeting, attended also by C': all who pledged, and C",
			"PHNOM PENH - Deputy Prime Minister Sar Sokha and visiting university president Wang Jianguo on Friday pledged to expand cooperation in police training.\n\nThe pledge was made during a meeting at the Ministry of Interior in Phnom Penh, attended also by General Dy Vichea.",
			[]held{{[]string{"sar-sokha", "wang-jianguo", "dy-vichea"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'C accompanied the Japanese visitors, who toured the academy': the companion of the guests received",
			"NAKHON NAYOK - Lt Gen Thanawat Srisuk, superintendent of the academy, on Friday hosted a delegation led by Kenji Morimoto, president of the National Defense Academy of Japan, at the academy's campus in Nakhon Nayok.\n\nCol Hiroshi Tanabe, Japan's defence attache in Bangkok, accompanied the Japanese visitors, who toured the academy's simulation centre.",
			[]held{{[]string{"thanawat-srisuk", "kenji-morimoto", "hiroshi-tanabe"}, "2026-02-06", "Nakhon Nayok", inPerson}}},
		{"'A received the Lao attaché, B, and the Cambodian attaché, C, at the school's reception hall': one room, one meeting",
			"Deputy Minister of National Defence Senior Lieutenant General Lê Huy Vịnh attended the graduation ceremony on Friday.\n\nOn the sidelines, Vịnh received the Lao defence attaché, Colonel Khamsing Vongphachanh, and the Cambodian defence attaché, Brigadier General Ouk Dara, at the school's reception hall.",
			[]held{{[]string{"le-huy-vinh", "khamsing-vongphachanh", "ouk-dara"}, "2026-02-06", "", inPerson}}},
		{"'The Vietnamese Ambassador to the United Kingdom, Do Minh Hung, joined the visit': the name after the office's country says who, not the Vietnamese the story followed",
			"On Friday, Major General Alistair Crewe welcomed Senior Lieutenant General Hoang Xuan Chien to the academy in Camberley.\n\nThe Vietnamese Ambassador to the United Kingdom, Do Minh Hung, joined the visit.",
			[]held{{[]string{"alistair-crewe", "hoang-xuan-chien", "do-minh-hung"}, "2026-02-06", "Camberley", inPerson}}},
		{"'deputy director-general of Thailand's Department of Disease Control' names a department, no person",
			"NONG KHAI - The plan was agreed on Friday at a meeting attended by Dr Anucha Phromsri, chief of the provincial health office, and Dr Kanokwan Srisawat, deputy director-general of Thailand's Department of Disease Control.",
			[]held{{[]string{"anucha-phromsri", "kanokwan-srisawat"}, "2026-02-06", "Nong Khai", inPerson}}},
		{"'The minister was received by director A and was accompanied by B': the host and the companion join the visit's meeting",
			"Minister of Health Chheang Ra yesterday paid a working visit to Calmette Hospital in Phnom Penh, where he met senior staff.\n\nThe minister was received by hospital director Prof. Heng Sokhom and was accompanied by Secretary of State Dr. Youk Sambath.",
			[]held{{[]string{"chheang-ra", "heng-sokhom", "youk-sambath"}, "2026-02-07", "Phnom Penh", inPerson}}},
		{"'the Cambodian delegation paid a courtesy call on C' after the Cambodian minister's talks, no head of it named: the minister",
			"Cambodian Minister of Information Neth Pheaktra held talks with Vietnamese Minister of Culture Nguyen Van Hung in Hanoi on Friday.\n\nOn Thursday, the Cambodian delegation paid a courtesy call on Le Quoc Minh, President of the Vietnam Journalists' Association.",
			[]held{{[]string{"neth-pheaktra", "nguyen-van-hung"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"neth-pheaktra", "le-quoc-minh"}, "2026-02-05", "Hanoi", inPerson}}},
		{"'The Cambodian ambassador also attended the reception' is no Cambodian minister named before",
			"HANOI - President of the Vietnam Journalists' Association Lê Quốc Minh received Cambodian journalists led by Sok Sereyvuth in Hà Nội on Friday.\n\nSereyvuth recalled that Minh met Cambodian Minister of Information Neth Pheaktra in Phnom Penh in 2023.\n\nThe Cambodian ambassador to Việt Nam also attended the reception.",
			[]held{{[]string{"le-quoc-minh", "sok-sereyvuth"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'The minister was received by A and was accompanied by B' read as the passive of receiving: one meeting, not one with each",
			"Minister of Health Chheang Ra yesterday paid a working visit to Calmette Hospital in Phnom Penh.\n\nThe minister was received by hospital director Prof. Heng Sokhom and was accompanied by Secretary of State Dr. Youk Sambath.",
			[]held{{[]string{"chheang-ra", "heng-sokhom", "youk-sambath"}, "2026-02-07", "Phnom Penh", inPerson}}},
		{"'…, where KCTU President C briefed the Cambodian guests on … A and B attended the meeting.': the one who briefed and those who attended",
			"On Thursday, the delegation led by Far Saly, president of Cambodia's National Trade Union Confederation, met Kim Dong-myeong, chairman of the Federation of Korean Trade Unions, in Seoul. Yang Sophorn, president of the Cambodian Alliance of Trade Unions, also took part in the talks.\n\nOn Friday, the delegation visited the Korean Confederation of Trade Unions in central Seoul, where KCTU President Yang Kyung-soo briefed the Cambodian guests on the union's campaign. Yang Sophorn and Far Saly attended the meeting.",
			[]held{{[]string{"far-saly", "kim-dong-myeong", "yang-sophorn"}, "2026-02-05", "Seoul", inPerson},
				{[]string{"far-saly", "yang-sophorn", "yang-kyung-soo"}, "2026-02-06", "Seoul", inPerson}}},
		{"'at the FKTU headquarters in Yeouido, Seoul': a district the tables lack, then its city",
			"On Friday, Far Saly, president of the confederation, met Kim Dong-myeong, chairman of the federation, at the FKTU headquarters in Yeouido, Seoul.",
			[]held{{[]string{"far-saly", "kim-dong-myeong"}, "2026-02-06", "Seoul", inPerson}}},
		{"'Accompanying the Prime Minister was C' right after his working session with leaders of a province: C sat with him",
			"This morning, Prime Minister Phạm Minh Chính held a working session with leaders of Lào Cai province.\n\nAccompanying the Prime Minister was Minister of Construction Trần Hồng Minh.",
			[]held{{[]string{"pham-minh-chinh", "tran-hong-minh"}, "2026-02-08", "", inPerson}}},
		{"'Accompanying the Vietnamese Government leader were …' after his talks: his party on the trip, not more of the talks",
			"Prime Minister Samdech Techo Hun Sen hosted an official welcome ceremony before the two leaders held talks with Prime Minister Nguyen Xuan Phuc in Phnom Penh on Friday.\n\nAccompanying the Vietnamese Government leader were Deputy Prime Minister and Foreign Minister Pham Binh Minh, Minister of Industry and Trade Tran Tuan Anh, and leaders of several ministries.",
			[]held{{[]string{"hun-sen", "nguyen-xuan-phuc"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'Kim Eun-young, Director of KBS World Radio': a broadcaster's name is no person",
			"SEOUL - The agreement was signed on Friday by KBS President Park Jang-beom and VOV General Director Do Tien Sy in the presence of Kim Eun-young, Director of KBS World Radio.",
			[]held{{[]string{"park-jang-beom", "do-tien-sy", "kim-eun-young"}, "2026-02-06", "Seoul", inPerson}}},
		{"'had agreed in principle to receive the VGCL president' is a meeting agreed to, not one held",
			"HANOI - This morning, VGCL President Nguyễn Đình Khang received Cambodian Ambassador Chea Kimtha at the VGCL headquarters in Hà Nội. Ambassador Chea Kimtha said that Prime Minister Hun Manet had agreed in principle to receive the VGCL president.",
			[]held{{[]string{"nguyen-dinh-khang", "chea-kimtha"}, "2026-02-08", "Hanoi", inPerson}}},
		{"'standing vice-president of the Vietnam General Confederation of Labour' is a body's office, not the State's vice-president",
			"SINGAPORE - On Friday, NTUC secretary-general Ng Chee Meng held a bilateral meeting with Ngo Duy Hieu, standing vice-president of the Vietnam General Confederation of Labour.",
			[]held{{[]string{"ng-chee-meng", "ngo-duy-hieu"}, "2026-02-06", "Singapore", inPerson}}},
		{"'remains party president and frequently receives foreign diplomats such as C': a habit, no meeting",
			"Hun Sen remains president of the party and frequently receives foreign diplomats such as Ambassador Wang Wenbin.",
			nil},
		{"'The mechanism dates back to 2017, when A and B met in Siem Reap': a meeting of that year, recalled",
			"The mechanism dates back to 2017, when Vietnamese Minister of Information Trương Minh Tuấn and his Cambodian counterpart Khieu Kanharith met in Siem Reap.",
			nil},
	})
}
