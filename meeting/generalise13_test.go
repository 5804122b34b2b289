package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundSeventeen holds the cases of the rules added in the round
// of the blind sets heldout51 to heldout53, each in the project's own words.
func TestExtractRoundSeventeen(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"those who 'joined the Chairman in all of his meetings' join each meeting he held",
			"TOKYO - National Assembly Chairman Tran Thanh Man was received by Emperor Naruhito at the Imperial Palace on Friday.\n\nOn Thursday, Man held talks with Prime Minister Shigeru Ishiba at the Prime Minister's Office.\n\nVice Chairman Nguyen Duc Hai and Ambassador Pham Quang Hieu joined the Chairman in all of his meetings in Tokyo.",
			[]held{{[]string{"tran-thanh-man", "naruhito", "nguyen-duc-hai", "pham-quang-hieu"}, "2026-02-06", "Tokyo", inPerson},
				{[]string{"tran-thanh-man", "shigeru-ishiba", "nguyen-duc-hai", "pham-quang-hieu"}, "2026-02-05", "Tokyo", inPerson}}},
		{"'Joining X at both meetings were …' joins the two meetings, paragraphs after the first",
			"PHNOM PENH - Prime Minister Hun Manet on Friday received Bui Quang Huy, First Secretary of the Youth Union.\n\nOn Thursday, Deputy Prime Minister Hun Many held talks with Huy in Phnom Penh. The two sides signed a plan for youth exchanges.\n\nHun Many said the two unions were close partners.\n\nJoining Huy at both meetings were Secretary Le Hai Van and Ambassador Nguyen Huy Tang.",
			[]held{{[]string{"hun-manet", "bui-quang-huy", "le-hai-van", "nguyen-huy-tang"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"bui-quang-huy", "hun-many", "le-hai-van", "nguyen-huy-tang"}, "2026-02-05", "Phnom Penh", inPerson}}},
		{"'The Cambodian delegation at the talks included …' lists who sat at the table, and 'X also took part' after it goes on with that meeting",
			"PARIS - Prime Minister Hun Manet held talks with President Emmanuel Macron at the Elysee Palace on Friday.\n\nThe two leaders discussed trade, climate finance and heritage.\n\nMacron said France would fund clean energy projects.\n\nThe Cambodian delegation at the talks included Deputy Prime Minister Sok Chenda Sophea and Minister Peng Ponea. French Foreign Minister Jean-Noel Barrot also took part.",
			[]held{{[]string{"hun-manet", "emmanuel-macron", "sok-chenda-sophea", "peng-ponea", "jean-noel-barrot"}, "2026-02-06", "Paris", inPerson}}},
		{"'later the same day' counts from the meeting told, not from the first day of a visit's span",
			"HANOI - National Assembly Chairman Tran Thanh Man held talks with Senate President Hun Sen in Hanoi on Thursday.\n\nHun Sen is paying an official visit to Viet Nam from February 4 to 7.\n\nLater the same day, General Secretary To Lam received Hun Sen at the Party Central Committee headquarters.",
			[]held{{[]string{"tran-thanh-man", "hun-sen"}, "2026-02-05", "Hanoi", inPerson},
				{[]string{"hun-sen", "to-lam"}, "2026-02-05", "Hanoi", inPerson}}},
		{"an Arab name linked by 'bin' is one unknown person, not the crown prince it shares a word with, and the list around it still joins",
			"RIYADH - Crown Prince Mohammed bin Salman received Prime Minister Pham Minh Chinh at Al-Yamamah Palace on Friday.\n\nThe two sides discussed energy and investment.\n\nThe meeting was attended by Minister of Energy Prince Abdulaziz bin Salman and Minister of Investment Khalid Al-Falih. On the Vietnamese side, Minister Nguyen Hong Dien was present.",
			[]held{{[]string{"mohammed-bin-salman", "pham-minh-chinh", "abdulaziz-bin-salman", "khalid-al-falih", "nguyen-hong-dien"}, "2026-02-06", "Riyadh", inPerson}}},
		{"'Prince Faisal bin Farhan' is a name a royal style opens",
			"HANOI - Prime Minister Pham Minh Chinh received Prince Faisal bin Farhan at the Government headquarters on Friday.",
			[]held{{[]string{"pham-minh-chinh", "faisal-bin-farhan"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'On the sidelines' after 'On Thursday, X addressed a forum, where he said …' is that day's",
			"RIYADH - Crown Prince Mohammed bin Salman received Prime Minister Pham Minh Chinh on Friday.\n\nOn Thursday, Chinh addressed an investment forum, where he said Vietnam wanted more Saudi capital. On the sidelines, he held a separate meeting with Minister of Investment Khalid Al-Falih.",
			[]held{{[]string{"mohammed-bin-salman", "pham-minh-chinh"}, "2026-02-06", "Riyadh", inPerson},
				{[]string{"pham-minh-chinh", "khalid-al-falih"}, "2026-02-05", "Riyadh", inPerson}}},
		{"the lead's own day after its dateline dates the talks the next sentence tells; 'accompanied the Lao Prime Minister.' joins; a meeting the leaders 'tasked' others to hold moves nothing",
			"Phnom Penh, February 6 (AKP) -- Prime Minister Hun Manet and Prime Minister Sonexay Siphandone agreed yesterday that troops of both sides would withdraw from the disputed area, easing a tension that had lasted for a week.\n\nThe agreement was reached during talks at the Peace Palace, where Hun Manet received his Lao counterpart. Foreign Minister Thongsavanh Phomvihane accompanied the Lao Prime Minister.\n\nThe two Prime Ministers tasked their foreign ministers to co-chair a meeting of the Joint Commission in Vientiane before the end of the year.",
			[]held{{[]string{"hun-manet", "sonexay-siphandone", "thongsavanh-phomvihane"}, "2026-02-05", "Phnom Penh", inPerson}}},
		{"'X was accompanied by A. The Thai delegation included B.': the other side of the same table",
			"BANGKOK - Defence Minister Tea Seiha and Thai Defence Minister Nattaphon Narkphanit held talks on Friday. Tea Seiha was accompanied by General Vong Pisen, Commander-in-Chief of the Royal Cambodian Armed Forces. The Thai delegation included General Pana Claewplodtook, Commander-in-Chief of the Royal Thai Army.\n\nThe Thai delegation included officials who had served in Cambodia.",
			[]held{{[]string{"tea-seiha", "nattaphon-narkphanit", "vong-pisen", "pana-claewplodtook"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'X and Y attended all three meetings.' joins them to the three, and is no meeting of their own",
			"GYEONGJU - President Luong Cuong met Japanese Prime Minister Sanae Takaichi on Thursday on the sidelines of the APEC meetings.\n\nOn Friday, the President met Canadian Prime Minister Mark Carney. Later the same day, he met Chilean President Gabriel Boric.\n\nForeign Minister Le Hoai Trung and Minister Nguyen Hong Dien attended all three meetings.",
			[]held{{[]string{"luong-cuong", "sanae-takaichi", "le-hoai-trung", "nguyen-hong-dien"}, "2026-02-05", "Gyeongju", inPerson},
				{[]string{"luong-cuong", "mark-carney", "le-hoai-trung", "nguyen-hong-dien"}, "2026-02-06", "Gyeongju", inPerson},
				{[]string{"luong-cuong", "gabriel-boric", "le-hoai-trung", "nguyen-hong-dien"}, "2026-02-06", "Gyeongju", inPerson}}},
		{"a virtual summit: 'X attended the event from Hanoi, together with A and B' and 'C joined PM Modi from New Delhi' join it",
			"HANOI - Prime Minister Pham Minh Chinh and Indian Prime Minister Narendra Modi held a virtual summit on Friday.\n\nPM Chinh attended the event from the Government headquarters in Hanoi, together with Foreign Minister Bui Thanh Son and Minister Nguyen Hong Dien. External Affairs Minister S. Jaishankar joined PM Modi from New Delhi.",
			[]held{{[]string{"pham-minh-chinh", "narendra-modi", "bui-thanh-son", "nguyen-hong-dien", "s-jaishankar"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'were welcomed with a military ceremony at <venue> by X' is a meeting with X",
			"HANOI - French President Emmanuel Macron was welcomed with a military ceremony at the Presidential Palace by President Luong Cuong on Friday.",
			[]held{{[]string{"emmanuel-macron", "luong-cuong"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'In the afternoon' after a recalled visit, with no meeting told yet, is the story's day",
			"HANOI - French President Emmanuel Macron began a visit to Vietnam on Friday. The two countries upgraded their ties last October, when To Lam held talks with Macron in Paris.\n\nIn the afternoon Macron met Prime Minister Pham Minh Chinh.",
			[]held{{[]string{"emmanuel-macron", "pham-minh-chinh"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'X and Y sat in on the talks, while the Vietnamese side included A and B': all four join",
			"SEOUL - President Lee Jae-myung held summit talks with General Secretary To Lam on Friday.\n\nForeign Minister Cho Hyun and Kim Yong-beom, chief of staff to the president, sat in on the talks, while the Vietnamese side included Foreign Minister Bui Thanh Son and Minister Nguyen Hong Dien.",
			[]held{{[]string{"lee-jae-myung", "to-lam", "cho-hyun", "kim-yong-beom", "bui-thanh-son", "nguyen-hong-dien"}, "2026-02-06", "Seoul", inPerson}}},
		{"'Joining PM X at the talks were …' eight sentences on, after an older meeting recalled in passing, joins the talks",
			"NEW DELHI - Prime Minister Pham Minh Chinh held talks with Prime Minister Narendra Modi at Hyderabad House on Friday.\n\nThe ties were upgraded during Modi's visit to Hanoi in September 2016, when he held talks with Prime Minister Nguyen Xuan Phuc.\n\nAt the talks, Chinh proposed deeper trade ties. He suggested new credit lines. He also called for more flights.\n\nModi said India valued the partnership. The Indian leader announced new scholarships.\n\nThe two leaders adopted an action plan.\n\nJoining PM Chinh at the talks were Foreign Minister Bui Thanh Son and Ambassador Nguyen Thanh Hai.",
			[]held{{[]string{"pham-minh-chinh", "narendra-modi", "bui-thanh-son", "nguyen-thanh-hai"}, "2026-02-06", "New Delhi", inPerson}}},
		{"'the top legislator' is the legislature's head the story follows; 'President of the House of Councillors X Y' is X Y",
			"TOKYO - National Assembly Chairman Tran Thanh Man was received by Emperor Naruhito on Friday.\n\nOn Thursday, the top legislator held talks with Prime Minister Shigeru Ishiba. Later that day, Man met President of the House of Councillors Sekiguchi Masakazu.",
			[]held{{[]string{"tran-thanh-man", "naruhito"}, "2026-02-06", "Tokyo", inPerson},
				{[]string{"tran-thanh-man", "shigeru-ishiba"}, "2026-02-05", "Tokyo", inPerson},
				{[]string{"tran-thanh-man", "sekiguchi-masakazu"}, "2026-02-05", "Tokyo", inPerson}}},
		{"'X, who is leading a high-ranking CPV delegation' heads it: 'the CPV delegation held talks with Y' is X's; a day in what was said does not move the story",
			"PHNOM PENH - Tran Quoc Vuong paid a courtesy call on Senate President Hun Sen in Phnom Penh on Friday.\n\nVuong, who is leading a high-ranking CPV delegation on a working visit to Cambodia, briefed the host on Viet Nam's economy.\n\nHun Sen welcomed the guests and said the CPP treasures the support of the Vietnamese people in Cambodia's national construction today.\n\nOn the previous day, the CPV delegation held talks with Prime Minister Hun Manet.",
			[]held{{[]string{"tran-quoc-vuong", "hun-sen"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"tran-quoc-vuong", "hun-manet"}, "2026-02-05", "Phnom Penh", inPerson}}},
		{"'Attending the talks on the Cambodian side were A and B. The Vietnamese side included C.': five sentences after the talks, both sides join",
			"PHNOM PENH - Defence Minister Tea Seiha held talks with Defence Minister Phan Van Giang at the ministry on Friday.\n\nGiang is leading a delegation on an official visit.\n\nDuring the talks, the two ministers reviewed defence cooperation. Tea Seiha thanked Viet Nam for training officers. Giang proposed a border exchange.\n\nAttending the talks on the Cambodian side were General Vong Pisen and General Nem Sowath. The Vietnamese side included Senior Lieutenant General Hoang Xuan Chien.",
			[]held{{[]string{"tea-seiha", "phan-van-giang", "vong-pisen", "nem-sowath", "hoang-xuan-chien"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'X and Y attended the reception.' joins the reception; 'the Cambodian minister' is the minister received, whose styled name followed her office, not the ambassador named since",
			"HANOI - Vice President Vo Thi Anh Xuan received Cambodian Minister of Women's Affairs Lok Chumteav Ing Kantha Phavi in Hanoi on Friday.\n\nThe two sides agreed to fight human trafficking. They also discussed a regional meeting to be held later this year.\n\nCambodian Ambassador Chay Navuth and Ton Ngoc Hanh, Vice President of the Women's Union, attended the reception.\n\nOn Thursday, the Cambodian minister held talks with Minister of Labour Dao Ngoc Dung.",
			[]held{{[]string{"vo-thi-anh-xuan", "ing-kantha-phavi", "chay-navuth", "ton-ngoc-hanh"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"ing-kantha-phavi", "dao-ngoc-dung"}, "2026-02-05", "Hanoi", inPerson}}},
	})
}
