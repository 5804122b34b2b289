package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundThirtyTwo covers the forms of writing round thirty-two's
// held-out sets showed, each in this project's own words.
func TestExtractRoundThirtyTwo(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'… and pledged aid after last week's floods': another event's day, not the talks'",
			"DHAKA - Narendra Modi met Muhammad Yunus in Dhaka on Friday.\n\nLater, Modi held talks with Senior General Min Aung Hlaing and pledged further relief after last week's floods.",
			[]held{
				{[]string{"narendra-modi", "muhammad-yunus"}, "2026-02-06", "Dhaka", inPerson},
				{[]string{"narendra-modi", "min-aung-hlaing"}, "2026-02-06", "Dhaka", inPerson},
			}},
		{"'A attended the summit, chaired by B. C, D and E took part': the one who attended, the chair and the list",
			"VIENTIANE - On Friday, Premier Li Qiang attended the ASEAN-China Summit, chaired by Prime Minister Sonexay Siphandone. President Ferdinand Marcos Jr., Prime Minister Pham Minh Chinh and Prime Minister Anwar Ibrahim took part.",
			[]held{{[]string{"li-qiang", "sonexay-siphandone", "ferdinand-marcos-jr", "pham-minh-chinh", "anwar-ibrahim"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'A and other leaders attended the plenary, chaired by B' with no list after it: no meeting of the two",
			"KUALA LUMPUR - On Friday, Pham Minh Chinh held separate meetings with Hun Manet and with Xanana Gusmao.\n\nIn his meeting with Xanana Gusmao, Chinh backed Timor-Leste's membership. Xanana said his country wanted more rice.\n\nEarlier on Friday, Chinh and other ASEAN leaders attended the plenary session of the summit, chaired by Prime Minister Anwar Ibrahim, which adopted a vision statement.",
			[]held{
				{[]string{"pham-minh-chinh", "hun-manet"}, "2026-02-06", "Kuala Lumpur", inPerson},
				{[]string{"pham-minh-chinh", "xanana-gusmao"}, "2026-02-06", "Kuala Lumpur", inPerson},
			}},
		{"'had a brief exchange with B': a short meeting is a meeting",
			"LIMA - On the sidelines of the forum on Friday, Prime Minister Pham Minh Chinh had a brief exchange with Prime Minister Anwar Ibrahim.",
			[]held{{[]string{"pham-minh-chinh", "anwar-ibrahim"}, "2026-02-06", "Lima", inPerson}}},
		{"'Party chiefs of X and Y — A and B respectively — also attended, along with C': the dashed list and the one alongside",
			"LANG SON - Party Secretary Hoang Van Nghiem hosted Party Secretary Chen Gang of Guangxi in Lang Son on Friday. Party chiefs of Cao Bang and Quang Ninh — Tran Hong Minh and Vu Dai Thang respectively — also attended, along with Governor Wei Tao.",
			[]held{{[]string{"hoang-van-nghiem", "chen-gang", "tran-hong-minh", "vu-dai-thang", "wei-tao"}, "2026-02-06", "Lang Son", inPerson}}},
		{"'| Updated: 2026-02-08 09:10': the page's stamp is no day the story moved to",
			"By a staff reporter in Pingxiang | Updated: 2026-02-08 09:10\n\nLeaders of Guangxi and four Vietnamese border provinces gathered at the Friendship Pass on Friday for their annual New Year meeting.\n\nChen Gang, Party secretary of Guangxi, co-hosted the meeting at the Youyiguan border gate in Pingxiang with Hoang Van Nghiem, Party secretary of Lang Son province.",
			[]held{{[]string{"chen-gang", "hoang-van-nghiem"}, "2026-02-06", "Youyiguan", inPerson}}},
		{"'Senate President A III … Later, A welcomes B': the surname, not the suffix, names him",
			"PASAY - Senate President Vicente Sotto III opened the assembly on Friday.\n\nLater on Friday, Sotto welcomed National Parliament President Maria Fernanda Lay of Timor-Leste.",
			[]held{{[]string{"vicente-sotto-iii", "maria-fernanda-lay"}, "2026-02-06", "Pasay", inPerson}}},
		{"'received the heads of delegation in a holding room, among them A, B and C': one meeting of the group",
			"PASAY - On Friday, President Ferdinand Marcos Jr. received the heads of delegation in a holding room, among them Speaker Johari Abdul, Speaker Seah Kian Peng and Speaker Puan Maharani.",
			[]held{{[]string{"ferdinand-marcos-jr", "johari-abdul", "seah-kian-peng", "puan-maharani"}, "2026-02-06", "Pasay", inPerson}}},
		{"'including Chairman of the military-run X Group A': the body's chairman, not the country's president",
			"HANOI - Hun Manet met President Luong Cuong in Hanoi on Friday. On Saturday he received business leaders, including Chairman of the state-owned Viettel Group Tao Duc Thang and Chairman Doan Nguyen Duc.",
			[]held{
				{[]string{"hun-manet", "luong-cuong"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"hun-manet", "doan-nguyen-duc"}, "2026-02-07", "Hanoi", inPerson},
			}},
		{"'At the summit, chaired by A, the leaders — B, C, D and A — adopted …': the roll acting as one",
			"BANGKOK - Leaders of the Bay of Bengal grouping met in Bangkok on Friday.\n\nAt the regional summit, chaired by Prime Minister Paetongtarn Shinawatra, the leaders of the grouping — Narendra Modi, Muhammad Yunus, Min Aung Hlaing and Paetongtarn — adopted a joint vision.",
			[]held{{[]string{"paetongtarn-shinawatra", "narendra-modi", "muhammad-yunus", "min-aung-hlaing"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'MANILA, Philippines — A hosted a trilateral … The meeting at the Center was also attended by Secretary Ma. B': the dateline, the trilateral's table, the Filipino 'Ma.'",
			"MANILA, Philippines — President Ferdinand Marcos Jr. on Friday hosted a trilateral meeting with Prime Minister Anutin Charnvirakul and Prime Minister Hun Manet on the sidelines of the regional summit.\n\nThe one-hour meeting at the convention center was also attended by Foreign Affairs Secretary Ma. Theresa Lazaro.",
			[]held{{[]string{"ferdinand-marcos-jr", "anutin-charnvirakul", "hun-manet", "theresa-lazaro"}, "2026-02-06", "Manila", inPerson}}},
		{"'Senator A and Senator B met C … the senators met D and Senator E F': the senators are the two so titled; E F is not C",
			"MANILA - Senator Tammy Duckworth and Senator Dan Sullivan met President Ferdinand Marcos Jr. in Manila on Saturday.\n\nOn Friday, the senators met Senator Imee Marcos, the president's sister, in Pasay City. Duckworth last met Marcos in 2023.",
			[]held{
				{[]string{"tammy-duckworth", "dan-sullivan", "ferdinand-marcos-jr"}, "2026-02-07", "Manila", inPerson},
				{[]string{"tammy-duckworth", "dan-sullivan", "imee-marcos"}, "2026-02-06", "Pasay", inPerson},
			}},
		{"'President A B Jr. … Senator C B … D met B': the bare surname stays the president's",
			"MANILA - President Ferdinand Marcos Jr. opened the forum on Friday. Senator Imee Marcos hosted Senator Tammy Duckworth in Pasay City on Friday.\n\nOn Saturday, Duckworth met Marcos at Malacanang Palace.",
			[]held{
				{[]string{"imee-marcos", "tammy-duckworth"}, "2026-02-06", "Pasay", inPerson},
				{[]string{"ferdinand-marcos-jr", "tammy-duckworth"}, "2026-02-07", "Manila", inPerson},
			}},
		{"'today concluded his visit to Cambodia, during which he held talks with A': the visit's summary; the talks keep their own day",
			"PHNOM PENH, Feb 8 (Bernama) -- Prime Minister Anwar Ibrahim today concluded his two-day official visit to Cambodia, during which he held talks with Hun Manet.\n\nOn Saturday morning, Anwar held a bilateral meeting with Hun Manet at the Peace Palace.",
			[]held{{[]string{"anwar-ibrahim", "hun-manet"}, "2026-02-07", "Phnom Penh", inPerson}}},
		{"'KUALA LUMPUR, Feb. 8 (People's Daily Online) -- A attended the X (GCC)-China Summit … chaired by B. It was attended by C and D': in person, the bracket no break",
			"KUALA LUMPUR, Feb. 8 (People's Daily Online) -- Premier Li Qiang on Friday attended the inaugural ASEAN-Gulf Cooperation Council (GCC)-China Summit in Kuala Lumpur, chaired by Prime Minister Anwar Ibrahim. ASEAN Secretary-General Kao Kim Hourn and GCC Secretary General Jasem Mohamed Albudaiwi took part.",
			[]held{{[]string{"li-qiang", "anwar-ibrahim", "kao-kim-hourn", "jasem-mohamed-albudaiwi"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'A attended the X (GCC)-China Summit. The summit was chaired by B. It was attended by C and D': the summit waits for its chair and list",
			"KUALA LUMPUR - Premier Li Qiang on Friday attended the inaugural ASEAN-Gulf Cooperation Council (GCC)-China Summit in Kuala Lumpur. The summit was chaired by Prime Minister Anwar Ibrahim. It was attended by ASEAN Secretary-General Kao Kim Hourn and GCC Secretary General Jasem Mohamed Albudaiwi.",
			[]held{{[]string{"li-qiang", "anwar-ibrahim", "kao-kim-hourn", "jasem-mohamed-albudaiwi"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'EU foreign policy chief Kaja Kallas', 'Maros Sefcovic', 'WEF President Borge Brende': known actors",
			"MANILA - EU foreign policy chief Kaja Kallas held a bilateral meeting with Foreign Secretary Theresa Lazaro on Friday. On Saturday, Maros Sefcovic met Prime Minister Anwar Ibrahim in Manila.",
			[]held{
				{[]string{"kaja-kallas", "theresa-lazaro"}, "2026-02-06", "Manila", inPerson},
				{[]string{"maros-sefcovic", "anwar-ibrahim"}, "2026-02-07", "Manila", inPerson},
			}},
		{"'Receiving A, the PM thanked …': the office after the participle's clause is the subject, not A's apposition",
			"DALIAN - Prime Minister Pham Minh Chinh on Friday received business leaders in Dalian.\n\nReceiving Borge Brende, the PM thanked the forum for its invitation.",
			[]held{{[]string{"pham-minh-chinh", "borge-brende"}, "2026-02-06", "Dalian", inPerson}}},
		{"'Officials met in Laos' southern Sekong province … The meeting was co-chaired by A, B and C': the province past the country's possessive",
			"VIENTIANE, Feb. 8 (Xinhua) -- Officials from Cambodia, Laos and Vietnam met in Laos' southern Sekong province on Friday.\n\nThe meeting was co-chaired by Deputy Minister Sisomphone Vongsavath, Secretary of State Nuon Sitha and Deputy Minister Luu Quang Minh.",
			[]held{{[]string{"sisomphone-vongsavath", "nuon-sitha", "luu-quang-minh"}, "2026-02-06", "Sekong", inPerson}}},
		{"'In X, A met B, and invited firms to invest in Y': the second verb's place is not the meeting's",
			"HO CHI MINH CITY - On Friday morning in Ho Chi Minh City, Governor Chhun Sokha met Vice Chairman Tran Minh Chau, and invited the city's businesses to invest in Bavet.",
			[]held{{[]string{"chhun-sokha", "tran-minh-chau"}, "2026-02-06", "Ho Chi Minh City", inPerson}}},
		{"'The drill was observed by A, B and C, together with D. After the exercise, the four officials held a review session': the four named",
			"HA TIEN - The drill on Friday was observed from a command ship by Vice Chairman Doan Minh Triet, Governor Sim Vuthy and Governor Sok Sophary, together with Colonel Lam Van Khai.\n\nAfter the exercise, the four officials held a review session in Ha Tien.",
			[]held{{[]string{"doan-minh-triet", "sim-vuthy", "sok-sophary", "lam-van-khai"}, "2026-02-06", "Ha Tien", inPerson}}},
		{"'The groundbreaking ceremony was held at the Na Phao checkpoint on Friday. It was attended by A, B and C': the ceremony waits for its roll",
			"The groundbreaking ceremony was held at the Na Phao checkpoint on Friday. It was attended by Governor Vansay Phongsavanh, Deputy Minister Somsavath Boupha and Chairman Pham Quang Loc.",
			[]held{{[]string{"vansay-phongsavanh", "somsavath-boupha", "pham-quang-loc"}, "2026-02-06", "Na Phao", inPerson}}},
		{"'The groundbreaking ceremony at the X checkpoint on Friday was attended by A, B and C': one table; '… and a large number of officials and members of the public': a crowd",
			"The groundbreaking ceremony at the Na Phao checkpoint on Friday was attended by Governor Vansay Phongsavanh, Deputy Minister Somsavath Boupha and Chairman Pham Quang Loc.\n\nThe inauguration ceremony at the Boten checkpoint on Saturday was attended by Prime Minister Sonexay Siphandone, Ambassador Jiang Zaidong, Chairman Pham Quang Loc and a large number of officials and members of the public.",
			[]held{{[]string{"vansay-phongsavanh", "somsavath-boupha", "pham-quang-loc"}, "2026-02-06", "Na Phao", inPerson}}},
		{"'The opening ceremony was presided over by A, together with B and C': the three who presided",
			"BAVET - The trade fair opened on Friday in Bavet. The opening ceremony was presided over by Secretary of State Penn Sovicheat, together with Governor Chhun Sokha and Vice Chairman Pham Tan Hoa.",
			[]held{{[]string{"penn-sovicheat", "chhun-sokha", "pham-tan-hoa"}, "2026-02-06", "Bavet", inPerson}}},
		{"'A, the chief guest at Sunday's parade, held talks with B on Saturday … after the talks with B, C called on the visiting leader': another event's day; B's talks were earlier",
			"NEW DELHI - President Prabowo Subianto, the chief guest at Sunday's Republic Day parade, held talks with Prime Minister Narendra Modi on Saturday.\n\nOn Saturday evening, after the talks with Modi, Vice President Jagdeep Dhankhar called on the visiting leader.",
			[]held{
				{[]string{"prabowo-subianto", "narendra-modi"}, "2026-02-07", "New Delhi", inPerson},
				{[]string{"prabowo-subianto", "jagdeep-dhankhar"}, "2026-02-07", "New Delhi", inPerson},
			}},
		{"'A also told the ambassador that he had spoken by telephone with B': the one told had no part in the call",
			"MANILA - House Speaker Faustino Dy III on Saturday received Ambassador Anna Smith in Quezon City.\n\nDy also told the ambassador that he had spoken by telephone on Friday with Speaker Johari Abdul.",
			[]held{
				{[]string{"faustino-dy-iii", "anna-smith"}, "2026-02-07", "Quezon City", inPerson},
				{[]string{"faustino-dy-iii", "johari-abdul"}, "2026-02-06", "", relbot.KindPhone},
			}},
		{"'B told reporters that he had spoken by telephone with C': the pronoun is the one who told",
			"KUALA LUMPUR - Anwar Ibrahim met Hun Manet in Kuala Lumpur on Saturday.\n\nDonald Trump told reporters that he had spoken by telephone with Hun Manet on Friday.",
			[]held{
				{[]string{"anwar-ibrahim", "hun-manet"}, "2026-02-07", "Kuala Lumpur", inPerson},
				{[]string{"hun-manet", "donald-trump"}, "2026-02-06", "", relbot.KindPhone},
			}},
		{"'A was joined at the meeting by Senate President Pro Tempore B': the office is no part of the name, and B joins the meeting",
			"PASAY - Senate President Francis Escudero on Friday welcomed Vice Chairman Nguyen Duc Hai in Pasay City.\n\nEscudero was joined at the meeting by Senate President Pro Tempore Jinggoy Estrada.",
			[]held{{[]string{"francis-escudero", "nguyen-duc-hai", "jinggoy-estrada"}, "2026-02-06", "Pasay", inPerson}}},
		{"'The governor of X and the chairman of Vietnam's Y province met …': a province's chairman, not the country's president",
			"The governor of Takeo province and the chairman of Vietnam's An Giang province met at the Tinh Bien border gate on Friday.\n\nGovernor Kong Sopheap and Chairman Lam Quoc Thai were joined at the talks by Consul General Prak Sovann.",
			[]held{{[]string{"kong-sopheap", "lam-quoc-thai", "prak-sovann"}, "2026-02-06", "Tinh Bien", inPerson}}},
		{"'A arrived for talks with B … A said he had phoned B on Monday … A, who was joined at the talks by C': the talks, not the call",
			"PHNOM PENH - Prime Minister Thongloun Sisoulith met Hun Sen at the Peace Palace on Saturday.\n\nHun Sen said that he had spoken to Thongloun by telephone on Friday.\n\nThongloun, who was joined at the talks by Foreign Minister Saleumxay Kommasith, said Laos valued the friendship.",
			[]held{
				{[]string{"thongloun-sisoulith", "hun-sen", "saleumxay-kommasith"}, "2026-02-07", "Phnom Penh", inPerson},
				{[]string{"thongloun-sisoulith", "hun-sen"}, "2026-02-06", "", relbot.KindPhone},
			}},
		{"'at a special virtual consultation … held on Friday, which he co-chaired with B': a virtual meeting",
			"NEW DELHI - Minister Piyush Goyal spoke at a special virtual consultation with ASEAN ministers held on Friday, which he co-chaired with Secretary Cristina Roque.",
			[]held{{[]string{"piyush-goyal", "maria-cristina-roque"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'A is scheduled to attend the X (China, Japan and South Korea) Leaders' Meeting later today alongside B': the bracket's commas end no clause; still a plan",
			"KUALA LUMPUR - Li Qiang met Anwar Ibrahim on Friday.\n\nLi is scheduled to attend the ASEAN Plus Three (China, Japan and South Korea) Leaders' Meeting on Monday alongside Prime Minister Sanae Takaichi.",
			[]held{{[]string{"li-qiang", "anwar-ibrahim"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
	})
}

// TestTitledPluralHeldNow: "the senators" are those who are senators on the
// article's day, not a known actor who once was one.
func TestTitledPluralHeldNow(t *testing.T) {
	g, err := NewGazetteer([]relbot.Actor{{Slug: "juan-dela-cruz", Name: "Juan dela Cruz", Country: "PH",
		Roles: []relbot.Role{{Title: "Senator", Country: "PH", Until: relbot.Date{Year: 2016}}, {Title: "Governor", Country: "PH"}}}})
	if err != nil {
		t.Fatal(err)
	}
	checkHeld(t, NewExtractor(g), "MANILA - Governor Juan dela Cruz hosted Senator Tammy Duckworth and Senator Dan Sullivan in Manila on Saturday.\n\nOn Friday, the senators met Senator Imee Marcos in Pasay City.",
		testPub, []held{
			{[]string{"juan-dela-cruz", "tammy-duckworth", "dan-sullivan"}, "2026-02-07", "Manila", relbot.KindInPerson},
			{[]string{"tammy-duckworth", "dan-sullivan", "imee-marcos"}, "2026-02-06", "Pasay", relbot.KindInPerson},
		})
}
