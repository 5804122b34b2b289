package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundThirtySix covers the forms of writing round thirty-six's
// held-out sets showed, each in this project's own words.
func TestExtractRoundThirtySix(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'met with visiting Zhang Jun, president of …': a given name spelt like a month before an office set off by commas",
			"PHNOM PENH - Prime Minister Hun Manet met with visiting Zhang Jun, president of China's Supreme People's Court, here on Friday.",
			[]held{{[]string{"hun-manet", "zhang-jun"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'the Vietnamese Procurator General also held a meeting with …': the person the article introduced with that office",
			"PHNOM PENH - Prime Minister Hun Manet received Procurator General Nguyen Huy Tien on Friday.\n\nOn Thursday, the Vietnamese Procurator General also held a meeting with Minister of Justice Koeut Rith at the ministry.",
			[]held{
				{[]string{"hun-manet", "nguyen-huy-tien"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"nguyen-huy-tien", "koeut-rith"}, "2026-02-05", "Phnom Penh", inPerson},
			}},
		{"'travelled to Tongyeong, where she met …': a town the tables lack is the meeting's place",
			"BUSAN - Consul General Do Thi Kim Oanh met Mayor Park Heong-joon on Friday. A day earlier, the consul general travelled to Tongyeong, where she met Mayor Yoon Jae-gil.",
			[]held{
				{[]string{"do-thi-kim-oanh", "park-heong-joon"}, "2026-02-06", "Busan", inPerson},
				{[]string{"do-thi-kim-oanh", "yoon-jae-gil"}, "2026-02-05", "Tongyeong", inPerson},
			}},
		{"'had only exchanged a brief greeting with A at a reception': no meeting",
			"KUALA LUMPUR - The ministry said Foreign Minister Mohamad Hasan had only exchanged \"a brief courtesy greeting\" with Minister Zin Mar Aung at a reception in Bangkok on Thursday. On Friday, Mohamad met Minister Maris Sangiampongsa in Putrajaya.",
			[]held{{[]string{"mohamad-hasan", "maris-sangiampongsa"}, "2026-02-06", "Putrajaya", inPerson}}},
		{"'Laos and China signed a plan … The plan was signed in Vientiane on Friday by A and B': the day the signing sentence gives",
			"Laos and China signed a new legal cooperation plan that will train hundreds of officials.\n\nThe plan was signed in Vientiane on Friday by Lao Minister of Justice Phaivy Siboualipha and Chinese Minister of Justice Zhang Rong.",
			[]held{{[]string{"phaivy-siboualipha", "zhang-rong"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'The two bodies yesterday signed an MoU … It was signed at the headquarters by A, …, and B, …, who arrived on Thursday': the lead's day",
			"The Anti-Corruption Unit and the Government Inspectorate of Vietnam yesterday signed a memorandum of understanding.\n\nThe MoU was signed at the ACU headquarters in Phnom Penh by H.E. Om Yentieng, President of the ACU, and Doan Hong Phong, Inspector General of the Government Inspectorate of Vietnam, who arrived in the Kingdom on Thursday.",
			[]held{{[]string{"om-yentieng", "doan-hong-phong"}, "2026-02-07", "Phnom Penh", inPerson}}},
		{"'brought together heads of customs administrations including A of Cambodia, B of Vietnam and C of Thailand': a roll of heads by country",
			"KUALA LUMPUR - The customs meeting on Friday, chaired by Director-General Anis Rizana, brought together heads of customs administrations including Kun Nhim of Cambodia, Nguyen Van Tho of Vietnam and Panthong Loykulnanta of Thailand.",
			[]held{{[]string{"anis-rizana", "kun-nhim", "nguyen-van-tho", "panthong-loykulnanta"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'Datuk Seri Anis Rizana Mohd Zainudin', then 'Anis Rizana': a Malay name's own part",
			"KUALA LUMPUR - Director-General Datuk Seri Anis Rizana Mohd Zainudin opened the customs meeting on Friday. On the sidelines, Anis Rizana held a bilateral meeting with Director-General Panthong Loykulnanta.",
			[]held{{[]string{"anis-rizana-mohd-zainudin", "panthong-loykulnanta"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'On Tuesday evening A hosted a working dinner, which was attended by B and C': those attending were the host's guests",
			"KUALA LUMPUR - Communications Minister Fahmi Fadzil met Minister Suanesavanh Vignaket on Friday. On Thursday evening Fahmi hosted a working dinner, which was attended by Minister Meutya Hafid and Minister Neth Pheaktra.",
			[]held{
				{[]string{"fahmi-fadzil", "suanesavanh-vignaket"}, "2026-02-06", "Kuala Lumpur", inPerson},
				{[]string{"fahmi-fadzil", "meutya-hafid", "neth-pheaktra"}, "2026-02-05", "Kuala Lumpur", inPerson},
			}},
		{"'Among the guests were A, Director General of Russia's TASS news agency B, and …. C accompanied the guests.': a second person after a body in capitals, and the host's colleague",
			"HANOI - Prime Minister Pham Minh Chinh on Friday received leaders of foreign news agencies.\n\nAmong the guests were Director General Phonesavanh Keomany, Director General of Russia's TASS news agency Andrei Kondrashov, and representatives of other agencies. VNA General Director Vu Viet Trang accompanied the guests.",
			[]held{{[]string{"pham-minh-chinh", "phonesavanh-keomany", "andrei-kondrashov", "vu-viet-trang"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'Sens. A (D-Ill.) and B (R-Alaska) met … with C. The senators then flew to the Lao capital, where they were received by D': a plural office, and its holders later",
			"Sens. Tammy Duckworth (D-Ill.) and Dan Sullivan (R-Alaska), both members of the Armed Services Committee, met on Tuesday in Hanoi with To Lam. The senators then flew to the Lao capital, where on Thursday they were received by Prime Minister Sonexay Siphandone.",
			[]held{
				{[]string{"tammy-duckworth", "dan-sullivan", "to-lam"}, "2026-02-03", "Hanoi", inPerson},
				{[]string{"tammy-duckworth", "dan-sullivan", "sonexay-siphandone"}, "2026-02-05", "Vientiane", inPerson},
			}},
		{"'met Tuesday with Sens. A and B in A's office': one meeting, and a person's office is no town",
			"Deputy Prime Minister Sun Chanthol met Tuesday with Sens. Pete Ricketts and Chris Coons in Ricketts's office. On Wednesday, Sen. Jeff Merkley met Minister Cham Nimul.",
			[]held{
				{[]string{"sun-chanthol", "pete-ricketts", "chris-coons"}, "2026-02-03", "", inPerson},
				{[]string{"jeff-merkley", "cham-nimul"}, "2026-02-04", "", inPerson},
			}},
		{"'On Friday, the three delegations were received by D': the three who met before",
			"ATTAPEU - Director Tran Thi Kim Oanh, Director Somsack Inthavong and Director Sok Vannak held a trilateral meeting on Thursday. On Friday, the three delegations were received by Attapeu Vice Governor Khamsing Phetsavong.",
			[]held{
				{[]string{"tran-thi-kim-oanh", "somsack-inthavong", "sok-vannak"}, "2026-02-05", "Attapeu", inPerson},
				{[]string{"tran-thi-kim-oanh", "somsack-inthavong", "sok-vannak", "khamsing-phetsavong"}, "2026-02-06", "Attapeu", inPerson},
			}},
		{"'President of the Club of Cambodian Journalists Sorn Chanthy': the body's last word is no part of the name",
			"HANOI - Chairman Tran Thanh Man on Friday received President of the Club of Cambodian Journalists Sorn Chanthy.",
			[]held{{[]string{"tran-thanh-man", "sorn-chanthy"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'Samdech Kittiprittbindit Bun Rany Hun Sen, President of the Cambodian Red Cross,': her name, not her husband's, and no one named 'Red Cross'",
			"PHNOM PENH - Samdech Kittiprittbindit Bun Rany Hun Sen, President of the Cambodian Red Cross, on Friday welcomed a delegation of the Vietnam Red Cross Society led by its President Bui Thi Hoa.",
			[]held{{[]string{"bun-rany", "bui-thi-hoa"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'Red Cross branches of the two provinces met at the border gate on Friday. The event was attended by A; B, …; and C': who met",
			"Red Cross branches from Svay Rieng province and Tay Ninh province on Friday met at the Bavet border gate to exchange greetings.\n\nThe event was attended by Svay Rieng Deputy Governor Chan Sokunthea; Pheng Vannak, director of the branch; and Chairwoman Nguyen Thi Thanh Thuy.",
			[]held{{[]string{"chan-sokunthea", "pheng-vannak", "nguyen-thi-thanh-thuy"}, "2026-02-06", "Bavet", inPerson}}},
		{"'U.S. Rep. Betty McCollum met … The following day, she was received by B': a US representative's style",
			"U.S. Rep. Betty McCollum met in Vientiane with Deputy Foreign Minister Phoxay Khaykhamphithoune on Thursday. The following day, she was received by Foreign Minister Thongsavanh Phomvihane.",
			[]held{
				{[]string{"betty-mccollum", "phoxay-khaykhamphithoune"}, "2026-02-05", "Vientiane", inPerson},
				{[]string{"betty-mccollum", "thongsavanh-phomvihane"}, "2026-02-06", "Vientiane", inPerson},
			}},
		{"'The agreements were signed in the presence of A, Gov. B and C': the three who witnessed it together; not 'a declaration that was signed in the presence of D'",
			"DES MOINES - Vietnamese buyers pledged on Friday to purchase Iowa soybeans in a signing ceremony at the State Capitol.\n\nThe agreements were signed in the presence of Vietnam's Minister of Agriculture and Environment Do Duc Duy, Gov. Kim Reynolds and Iowa Secretary of Agriculture Mike Naig.\n\nThailand suspended a peace declaration with Cambodia that was signed in the presence of U.S. President Donald Trump, Prime Minister Anutin Charnvirakul said on Friday.",
			[]held{{[]string{"do-duc-duy", "kim-reynolds", "mike-naig"}, "2026-02-06", "Des Moines", inPerson}}},
		{"'met the heads of the delegations - Mr A, deputy director-general of the Cambodian Anti-Corruption Unit; Mr B of …': no one named 'Anti-Corruption Unit'",
			"SINGAPORE - At a roundtable on Friday, CPIB director Denis Tang met the heads of the three delegations - Mr Sok Kimhour, deputy director-general of the Cambodian Anti-Corruption Unit; Mr Bounlap Inthavong of the Lao State Inspection Authority; and Mr Pham Quang Huy, director of a department at the Vietnamese Government Inspectorate.",
			[]held{{[]string{"denis-tang", "sok-kimhour", "bounlap-inthavong", "pham-quang-huy"}, "2026-02-06", "Singapore", inPerson}}},
		{"'chaired by Datuk Seri Azalina Othman Said, Minister in …': a capitalised 'Said' inside a name; 'in Criminal Matters' is no town",
			"KUALA LUMPUR - The law ministers' meeting on Friday was chaired by Datuk Seri Azalina Othman Said, Minister in the Prime Minister's Department. Among those attending were Vietnam's Justice Minister Nguyen Hai Ninh, Cambodia's Justice Minister Koeut Rith and Lao Justice Minister Phaivy Siboualipha.\n\nNguyen Hai Ninh also met Koeut Rith and Phaivy Siboualipha in a separate trilateral meeting on Thursday evening.\n\nShe pushed for a review of the Asean Treaty on Mutual Legal Assistance in Criminal Matters.",
			[]held{
				{[]string{"azalina-othman-said", "nguyen-hai-ninh", "koeut-rith", "phaivy-siboualipha"}, "2026-02-06", "Kuala Lumpur", inPerson},
				{[]string{"nguyen-hai-ninh", "koeut-rith", "phaivy-siboualipha"}, "2026-02-05", "Kuala Lumpur", inPerson},
			}},
		{"'after the meeting, he added that … the Treaty on Mutual Legal Assistance in Criminal Matters': no town",
			"Minister Nguyen Hai Ninh met Minister Koeut Rith on Friday. Speaking to reporters after the meeting, he added that Vietnam was pushing for a review of the Asean Treaty on Mutual Legal Assistance in Criminal Matters.",
			[]held{{[]string{"nguyen-hai-ninh", "koeut-rith"}, "2026-02-06", "", inPerson}}},
		{"'A on Friday inaugurated a new building … The ceremony was attended by B, C and D': the ceremony A led",
			"PHNOM PENH – Prime Minister Hun Manet on Friday inaugurated a new building for the Appeal Court, urging judges to deliver faster rulings.\n\nThe ceremony was attended by Supreme Court President Chiv Keng, Minister of Justice Koeut Rith and Japanese Ambassador to Cambodia Ueno Atsushi, along with hundreds of judges.",
			[]held{{[]string{"hun-manet", "chiv-keng", "koeut-rith", "ueno-atsushi"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'held an online conference on Friday. It was co-chaired by A, B and Secretary of State at the Ministry of Information C': a virtual meeting, and an office 'at the Ministry'",
			"Senior officials from Viet Nam, Laos and Cambodia held an online conference on Friday. It was co-chaired by Deputy Minister Le Hai Binh, Deputy Minister Khamphou Sengdala and Cambodian Secretary of State at the Ministry of Information Meas Sokhom.",
			[]held{{[]string{"le-hai-binh", "khamphou-sengdala", "meas-sokhom"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'received a delegation … led by Vice Administrator A'; 'A and B agreed at talks in Vientiane on Friday to …' is a meeting held",
			"HANOI - Deputy Prime Minister Tran Hong Ha on Friday received a delegation of China's National Railway Administration led by Vice Administrator Gao Lianfeng.\n\nIn Vientiane, Thai Commerce Minister Suphajee Suthumpun and Lao Minister of Industry and Commerce Malaythong Kommasith agreed at talks on Thursday to ask their governments to fast-track a customs yard.",
			[]held{
				{[]string{"tran-hong-ha", "gao-lianfeng"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"suphajee-suthumpun", "malaythong-kommasith"}, "2026-02-05", "Vientiane", inPerson},
			}},
		{"'Customs officers of the two sides held video talks on Friday. The online meeting linked A, director of …, with B': who met",
			"Customs officers in Hekou and their counterparts in Lao Cai held video talks on Friday to coordinate the clearance of fruit shipments. The online meeting linked Zhou Mingyuan, director of Hekou Customs under Kunming Customs, with Do Manh Hung, head of the Lao Cai border gate customs branch.",
			[]held{{[]string{"zhou-mingyuan", "do-manh-hung"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'On Friday, the minister met C' after 'Foreign Affairs Minister A sat down with Foreign Minister B': the minister who has been meeting, known or not",
			"KUALA LUMPUR - On Thursday, Foreign Affairs Minister Anita Anand sat down with Foreign Minister Prak Sokhonn. On Friday, the minister met Chinese Foreign Minister Wang Yi.",
			[]held{
				{[]string{"anita-anand", "prak-sokhonn"}, "2026-02-05", "Kuala Lumpur", inPerson},
				{[]string{"anita-anand", "wang-yi"}, "2026-02-06", "Kuala Lumpur", inPerson},
			}},
		{"'General Director Đỗ Tiến Sỹ', then 'General Director Sỹ held talks with …': the office's last word is no one's name",
			"VIENTIANE - Prime Minister Sonexay Siphandone received General Director Đỗ Tiến Sỹ on Friday. On Thursday, General Director Sỹ held talks with Director General Somphet Inthavong.",
			[]held{
				{[]string{"sonexay-siphandone", "do-tien-sy"}, "2026-02-06", "Vientiane", inPerson},
				{[]string{"do-tien-sy", "somphet-inthavong"}, "2026-02-05", "Vientiane", inPerson},
			}},
		{"'A joined the closed-door session of heads of agencies chaired by B. Also attending were C and D': the session's roll, its chair named without a comma",
			"SIEM REAP - Commissioner Azam Baki held a bilateral meeting with ACU President Om Yentieng on Friday morning.\n\n\"We discussed several cases,\" he told reporters. He said Om Yentieng had welcomed the proposal.\n\nLater in the day, Azam joined the closed-door session of heads of anti-corruption agencies chaired by Om Yentieng. Also attending were Vietnam's Government Inspector General Doan Hong Phong and Setyo Budiyanto, chairman of Indonesia's Corruption Eradication Commission.",
			// The same day's two meetings of A and B come out as one.
			[]held{{[]string{"azam-baki", "om-yentieng", "doan-hong-phong", "setyo-budiyanto"}, "2026-02-06", "Siem Reap", inPerson}}},
		{"'Ambassador D was present at both meetings' past a meeting recalled in passing and a few sentences on: the day's two meetings",
			"PHNOM PENH - Prime Minister Hun Manet met with visiting Zhang Jun, president of China's Supreme People's Court, on Friday. Earlier in the day, Zhang held talks with Chiv Keng, president of the Supreme Court of Cambodia.\n\nUnder the MoU, the courts will exchange information.\n\nThey will also train judges.\n\nChiv Keng, who visited Beijing and held talks with Zhang in 2024, thanked China.\n\nChinese Ambassador to Cambodia Wang Wenbin was present at both meetings.",
			[]held{
				{[]string{"hun-manet", "zhang-jun", "wang-wenbin"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"zhang-jun", "chiv-keng", "wang-wenbin"}, "2026-02-06", "Phnom Penh", inPerson},
			}},
		{"'A on Friday chaired the ASEAN meeting in Jakarta. Attending were B and C': the words of the meeting's name between 'the' and its noun",
			"Minister Sok Chenda on Friday chaired the ASEAN meeting in Jakarta. Attending were Minister Wang Yi and Minister Bui Thanh Son.",
			[]held{{[]string{"sok-chenda", "wang-yi", "bui-thanh-son"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'at the Lao Bảo international border gate': a town named with a country's adjective",
			"QUẢNG TRỊ — Secretary Hồ Đình Thắng held talks with Savannakhet Governor Vilay Thammavong at the Lao Bảo international border gate on Friday.",
			[]held{{[]string{"ho-dinh-thang", "vilay-thammavong"}, "2026-02-06", "Lao Bảo", inPerson}}},
		{"'President of the Việt Nam General Confederation of Labour (VGCL) A': a rank's word inside a body's name opens no name",
			"HÀ NỘI — President of the Việt Nam General Confederation of Labour (VGCL) Nguyễn Đình Khang yesterday received Vice President Vilayvanh Bounkham.",
			[]held{{[]string{"nguyen-dinh-khang", "vilayvanh-bounkham"}, "2026-02-07", "Hanoi", inPerson}}},
	})
}
