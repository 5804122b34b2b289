package meeting

import (
	"slices"
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFortyEight covers the forms the forty-eighth round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundFortyEight(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'the Yunnan Party chief': the one the article gave an office in Yunnan, not the Party's General Secretary",
			"HANOI — Deputy Prime Minister Tran Hong Ha on Friday received Wang Ning, member of the CPC Central Committee and Secretary of the Yunnan Provincial Party Committee. Both sides hailed the visit to Viet Nam by General Secretary Xi Jinping last year. On Saturday, the Yunnan Party chief held talks with Minister of Industry and Trade Nguyen Hong Dien.",
			[]held{{[]string{"tran-hong-ha", "wang-ning"}, "2026-02-06", "Hanoi", inPerson}, {[]string{"wang-ning", "nguyen-hong-dien"}, "2026-02-07", "Hanoi", inPerson}}},
		{"'the Communist Party chief of China's southern Guangdong province': a province's office, not the State's",
			"PHNOM PENH — Prime Minister Hun Manet met the Communist Party chief of China's southern Guangdong province on Friday and asked for more investment in the Sihanoukville zone.",
			nil},
		{"'after the two countries reopened the border in early 2023': the reopening's date, not the talks'",
			"KUNMING — A delegation of Lao Cai province led by its Party Secretary Dang Xuan Phong held working sessions with Yunnan leaders on Friday. At the talks with Yunnan Party Secretary Wang Ning, Phong welcomed the rise in trade after the two countries fully reopened their border gates in early 2023.",
			[]held{{[]string{"dang-xuan-phong", "wang-ning"}, "2026-02-06", "Kunming", inPerson}}},
		{"'The meeting was hosted by A, while the Chinese delegation was led by B': after a lead that named no one, the host met the guests' head",
			"LANG SON — Leaders of Lang Son province and China's Guangxi region met in Lang Son city on Tuesday for their annual New Year meeting. The meeting was hosted by Lang Son Party Secretary Hoang Van Nghiem, while the Chinese delegation was led by Chen Gang, Secretary of the Guangxi Party Committee.",
			[]held{{[]string{"hoang-van-nghiem", "chen-gang"}, "2026-02-03", "Lang Son", inPerson}}},
		{"'The Vietnamese side was represented by A and B': after an online meeting of unnamed provincial leaders with C, the side's names join it",
			"QUANG NINH — Party secretaries of Quang Ninh and Lang Son provinces on Tuesday held an online meeting with Guangxi Party Secretary Lu Xinshe. The Vietnamese side was represented by Quang Ninh Party Secretary Nguyen Xuan Ky and Lang Son Party Secretary Nguyen Quoc Doan.",
			[]held{{[]string{"lu-xinshe", "nguyen-xuan-ky", "nguyen-quoc-doan"}, "2026-02-03", "", relbot.KindVirtual}}},
		{"'Dr. (H.C.) Puan Maharani': an honorary doctor's style before the name",
			"JAKARTA — On Friday, Cambodian National Assembly President Khuon Sudary held talks with Dr. (H.C.) Puan Maharani, Speaker of the House.",
			[]held{{[]string{"khuon-sudary", "puan-maharani"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'received A, special advisor to the alliance': an adviser's office after a name the gazetteer lacks",
			"HANOI — National Assembly Chairman Tran Thanh Man on Friday received Kenji Ogawa, special advisor to the Japan-Vietnam Friendship Parliamentary Alliance.",
			[]held{{[]string{"tran-thanh-man", "kenji-ogawa"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'the Korean Speaker and his delegation were received by': the one head of Korea's legislature the article named",
			"KUALA LUMPUR — Prime Minister Anwar Ibrahim on Friday received Speaker of the National Assembly of the Republic of Korea Woo Won-shik. On Thursday, the Korean Speaker and his delegation were received by Dewan Rakyat Speaker Johari Abdul at Parliament.",
			[]held{{[]string{"anwar-ibrahim", "woo-won-shik"}, "2026-02-06", "Kuala Lumpur", inPerson}, {[]string{"woo-won-shik", "johari-abdul"}, "2026-02-05", "Kuala Lumpur", inPerson}}},
		{"'Japanese House of Councillors President A … The Japanese delegation, which includes …, also called on B': the country before a body's name with 'of'; the delegation's aside",
			"MANILA — Japanese House of Councillors President Kenta Mori on Tuesday met Senate President Juan Miguel Zubiri in Pasay City. The Japanese delegation, which includes members of the friendship league, also called on House Speaker Martin Romualdez in Quezon City later in the afternoon.",
			[]held{{[]string{"kenta-mori", "juan-miguel-zubiri"}, "2026-02-03", "Pasay", inPerson}, {[]string{"kenta-mori", "martin-romualdez"}, "2026-02-03", "Quezon City", inPerson}}},
		{"'Mdm Ngan was received by': Singapore's 'Madam' before a short name",
			"SINGAPORE — National Assembly Chairwoman Nguyen Thi Kim Ngan arrived on Monday. On Wednesday, Mdm Ngan was received by Prime Minister Lee Hsien Loong at the Istana.",
			[]held{{[]string{"nguyen-thi-kim-ngan", "lee-hsien-loong"}, "2026-02-04", "Singapore", inPerson}}},
		{"'hosted an informal dialogue …, which was attended by A, B and C': the host and those who attended",
			"BANGKOK — Foreign Minister Maris Sangiampongsa hosted an informal dialogue in Bangkok on Friday, which was attended by Lao Foreign Minister Thongsavanh Phomvihane and Cambodian Foreign Minister Prak Sokhonn.",
			[]held{{[]string{"maris-sangiampongsa", "thongsavanh-phomvihane", "prak-sokhonn"}, "2026-02-06", "Bangkok", inPerson}}},
		{"a sentence about 'the meeting' between a gathering's chair and its list keeps the list the gathering's",
			"VIENTIANE — ASEAN foreign ministers on Friday gathered in Vientiane for their annual retreat. The retreat was chaired by Foreign Minister Thongsavanh Phomvihane. Myanmar sent only a senior official to the meeting. Diplomats called it a modest signal. Among the participants were Singaporean Foreign Minister Vivian Balakrishnan and Malaysian Foreign Minister Mohamad Hasan.",
			[]held{{[]string{"thongsavanh-phomvihane", "vivian-balakrishnan", "mohamad-hasan"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'A, who was in Dili on an introductory visit on June 17, called on B': where A was that day dates the call",
			"SINGAPORE — Foreign Minister Vivian Balakrishnan has pledged more training for Timorese officials as Timor-Leste prepares to join ASEAN later in 2026. Dr Balakrishnan, who was in Dili on an introductory visit on February 3, called on Prime Minister Xanana Gusmao.",
			[]held{{[]string{"vivian-balakrishnan", "xanana-gusmao"}, "2026-02-03", "Dili", inPerson}}},
		{"'Governor-General Grand Chief Sir Bob Dadae': Papua New Guinea's chiefly style is no part of the name",
			"PORT MORESBY — On Friday, President Prabowo Subianto was received by Governor-General Grand Chief Sir Bob Dadae at Government House.",
			[]held{{[]string{"prabowo-subianto", "bob-dadae"}, "2026-02-06", "Port Moresby", inPerson}}},
		{"'A was received by B before heading to the APEC Haus for bilateral talks with C': A met both; not when only scheduled",
			"PORT MORESBY — On Friday, President Joko Widodo was received by Governor-General Bob Dadae before heading to the APEC Haus for bilateral talks with Prime Minister James Marape. Foreign Minister Retno Marsudi is scheduled to meet Foreign Minister Justin Tkatchenko on Monday before travelling to Lae for talks with Governor Luther Wenge.",
			[]held{{[]string{"joko-widodo", "bob-dadae"}, "2026-02-06", "Port Moresby", inPerson}, {[]string{"joko-widodo", "james-marape"}, "2026-02-06", "Port Moresby", inPerson}}},
		{"'The Prime Minister also met B' after 'Prime Minister A' whom the gazetteer lacks: A",
			"JAKARTA — Fiji's Prime Minister Sitiveni Rabuka met President Prabowo Subianto at the Merdeka Palace on Wednesday. On Thursday, the Prime Minister also met Speaker Puan Maharani.",
			[]held{{[]string{"sitiveni-rabuka", "prabowo-subianto"}, "2026-02-04", "Jakarta", inPerson}, {[]string{"sitiveni-rabuka", "puan-maharani"}, "2026-02-05", "Jakarta", inPerson}}},
		{"'invited B to pay an official visit to Cambodia': an invitation is no visit the story is on, so no place",
			"Prime Minister Hun Manet held talks with Prime Minister Fumio Kishida in Tokyo on Saturday. Hun Manet invited Kishida to pay an official visit to Cambodia at a convenient time. Later on Sunday, the Prime Minister received JICA President Akihiko Tanaka.",
			[]held{{[]string{"hun-manet", "fumio-kishida"}, "2026-02-07", "Tokyo", inPerson}, {[]string{"hun-manet", "akihiko-tanaka"}, "2026-02-08", "Tokyo", inPerson}}},
		{"'A and B represented Indonesia at the meeting, while Japan was represented by C and D': all four at the lead's meeting",
			"TOKYO — Indonesia and Japan on Tuesday signed an agreement during the second 2+2 meeting in Tokyo. Foreign Affairs Minister Retno Marsudi and Defense Minister Prabowo Subianto represented Indonesia at the meeting, while Japan was represented by Foreign Minister Toshimitsu Motegi and Defense Minister Nobuo Kishi.",
			[]held{{[]string{"retno-marsudi", "prabowo-subianto", "toshimitsu-motegi", "nobuo-kishi"}, "2026-02-03", "Tokyo", inPerson}}},
		{"'A and B attended the 2+2 meeting, while Japan was represented by C and D': all four at it",
			"TOKYO — Foreign Minister Retno Marsudi and Defense Minister Prabowo Subianto attended the 2+2 meeting on Tuesday, while Japan was represented by Foreign Minister Toshimitsu Motegi and Defense Minister Nobuo Kishi.",
			[]held{{[]string{"retno-marsudi", "prabowo-subianto", "toshimitsu-motegi", "nobuo-kishi"}, "2026-02-03", "Tokyo", inPerson}}},
		{"'Secretary-General of the ruling Liberal Democratic Party A': 'ruling' is part of the office before the name",
			"TOKYO — On Friday, Prime Minister Pham Minh Chinh received Secretary-General of the ruling Liberal Democratic Party Hiroshi Moriyama.",
			[]held{{[]string{"pham-minh-chinh", "hiroshi-moriyama"}, "2026-02-06", "Tokyo", inPerson}}},
		{"'held talks with B, who serves as ASEAN envoy, the previous day': the day after the aside is the talks'",
			"PHNOM PENH — Foreign Minister Yoshimasa Hayashi called on Prime Minister Hun Sen on Thursday. Hayashi held talks with Foreign Minister Prak Sokhonn, who serves as ASEAN special envoy on Myanmar, the previous day.",
			[]held{{[]string{"yoshimasa-hayashi", "hun-sen"}, "2026-02-05", "Phnom Penh", inPerson}, {[]string{"yoshimasa-hayashi", "prak-sokhonn"}, "2026-02-04", "Phnom Penh", inPerson}}},
		{"'A joined his counterparts and B at the Mekong-Japan Summit. The summit, hosted by B at the palace, was also attended by C and D': one summit of all",
			"TOKYO — Prime Minister Hun Manet on Friday joined his counterparts from the Mekong region and Japanese Prime Minister Shigeru Ishiba at the Mekong-Japan Summit in Tokyo. The summit, hosted by Mr Ishiba at the Akasaka State Guest House, was also attended by Lao Prime Minister Sonexay Siphandone and Vietnamese Prime Minister Pham Minh Chinh.",
			[]held{{[]string{"hun-manet", "shigeru-ishiba", "sonexay-siphandone", "pham-minh-chinh"}, "2026-02-06", "Tokyo", inPerson}}},
		{"'The UN's top humanitarian official, Tom Fletcher, met with B': a description set off by commas names the one after it",
			"NAYPYITAW — The UN's top humanitarian official, Tom Fletcher, met with Senior General Min Aung Hlaing in Nay Pyi Taw on Saturday.",
			[]held{{[]string{"tom-fletcher", "min-aung-hlaing"}, "2026-02-07", "Naypyidaw", inPerson}}},
		{"'A, Special Envoy of the ASEAN Chair on Myanmar, … the Special Envoy held talks with B': the office that person was given, in the visited country's capital",
			"VIENTIANE — Alounkeo Kittikhoun, Special Envoy of the ASEAN Chair on Myanmar, has concluded his first visit to the Republic of the Union of Myanmar. On Tuesday, the Special Envoy held talks with Foreign Minister Than Swe.",
			[]held{{[]string{"alounkeo-kittikhoun", "than-swe"}, "2026-02-03", "Naypyidaw", inPerson}}},
		{"'…, noting that President Prabowo had been the chief guest': one named in a speaker's note is no participant",
			"NEW DELHI — In his meeting with Puan Maharani, Speaker of Indonesia's House of Representatives, on Friday, Speaker Om Birla recalled the historic ties between India and Indonesia, noting that President Prabowo Subianto had been the chief guest at this year's Republic Day celebrations.",
			[]held{{[]string{"puan-maharani", "om-birla"}, "2026-02-06", "New Delhi", inPerson}}},
		{"'she was warmly welcomed by B': an adverb inside the passive",
			"PARIS — National Assembly President Khuon Sudary arrived in Paris on Monday. On Tuesday, she was warmly welcomed by Mrs. Yael Braun-Pivet at the Hotel de Lassay.",
			[]held{{[]string{"khuon-sudary", "yael-braun-pivet"}, "2026-02-03", "Paris", inPerson}}},
		{"'met A and B this week … At the palace on Wednesday, A and B discussed …': the day of the meeting told by its week",
			"PARIS — Speaker Khuon Sudary held separate meetings with Senate President Gerard Larcher and Yael Braun-Pivet during her visit this week. At the Luxembourg Palace on Wednesday, Khuon Sudary and Mr. Gerard Larcher discussed parliamentary cooperation.",
			[]held{{[]string{"khuon-sudary", "gerard-larcher"}, "2026-02-04", "Paris", inPerson}}},
		{"'B, the foreign minister of Myanmar's National Unity Government': the office of a country's named body, not of its State",
			"WASHINGTON — Foreign Minister Mohamad Hasan held an informal meeting with Zin Mar Aung, the foreign minister of Myanmar's National Unity Government, on Thursday.",
			[]held{{[]string{"mohamad-hasan", "zin-mar-aung"}, "2026-02-05", "Washington", inPerson}}},
		{"'held a virtual call', 'had a video-conference', 'held a teleconference', 'a Zoom meeting': meetings held online",
			"SINGAPORE — Prime Minister Lee Hsien Loong and Malaysian Prime Minister Muhyiddin Yassin held a virtual call on Wednesday. On Thursday, Health Minister Ong Ye Kung held a teleconference with his Malaysian counterpart Adham Baba.",
			[]held{{[]string{"lee-hsien-loong", "muhyiddin-yassin"}, "2026-02-04", "", relbot.KindVirtual}, {[]string{"ong-ye-kung", "adham-baba"}, "2026-02-05", "", relbot.KindVirtual}}},
		{"'WHO Representative in Viet Nam Kidong Park': an organisation's representative in a country, then the name",
			"HANOI — Health Minister Dao Hong Lan met WHO Representative in Viet Nam Angela Pratt on Wednesday.",
			[]held{{[]string{"dao-hong-lan", "angela-pratt"}, "2026-02-04", "Hanoi", inPerson}}},
		{"'received a call from B', 'took a call from B': calls, not receptions",
			"HANOI — Prime Minister Pham Minh Chinh received a call from Japanese Prime Minister Shigeru Ishiba on Wednesday. On Thursday, President Luong Cuong took a call from South Korean President Lee Jae-myung.",
			[]held{{[]string{"pham-minh-chinh", "shigeru-ishiba"}, "2026-02-04", "", relbot.KindPhone}, {[]string{"luong-cuong", "lee-jae-myung"}, "2026-02-05", "", relbot.KindPhone}}},
		{"'A on Wednesday handed over medical supplies to Ambassador B': the day between the giver and the verb",
			"HANOI — Minister of Health Dao Hong Lan on Wednesday handed over medical supplies to Cambodian Ambassador Chea Kimtha.",
			[]held{{[]string{"dao-hong-lan", "chea-kimtha"}, "2026-02-04", "Hanoi", inPerson}}},
		{"'chaired by A and attended by Singapore's B and Malaysia's C': those attending, named by their countries",
			"HANOI — The special meeting of health ministers was held on Wednesday, chaired by Health Minister Dao Hong Lan and attended by Singapore's Ong Ye Kung and Malaysia's Dzulkefly Ahmad.",
			[]held{{[]string{"dao-hong-lan", "ong-ye-kung", "dzulkefly-ahmad"}, "2026-02-04", "Hanoi", inPerson}}},
		{"'A presided over a ceremony to receive vaccines, handed over by Ambassador B': the giver met the one who received them",
			"PHNOM PENH — Prime Minister Hun Manet on Wednesday presided over a ceremony to receive one million doses of vaccine donated by Japan, handed over by Japanese Ambassador Ueno Atsushi.",
			[]held{{[]string{"hun-manet", "atsushi-ueno"}, "2026-02-04", "Phnom Penh", inPerson}}},
		{"'had a bilateral with B', 'was accorded a ceremonial welcome by B'",
			"NEW DELHI — Prime Minister Pham Minh Chinh had a bilateral with Singapore's Prime Minister Lawrence Wong on Friday. On Saturday, Chinh was accorded a ceremonial welcome by Prime Minister Narendra Modi.",
			[]held{{[]string{"pham-minh-chinh", "lawrence-wong"}, "2026-02-06", "New Delhi", inPerson}, {[]string{"pham-minh-chinh", "narendra-modi"}, "2026-02-07", "New Delhi", inPerson}}},
		{"'met B on Friday before flying to Manila, where he will meet C': the next stop is not where they met",
			"JAKARTA — Prime Minister Anwar Ibrahim met President Prabowo Subianto on Friday before flying to Manila, where he will meet President Ferdinand Marcos Jr.",
			[]held{{[]string{"anwar-ibrahim", "prabowo-subianto"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'Talks between A and B are slated for Monday', 'A meeting between … has been scheduled for', 'A and B are to meet': arranged, not held",
			"HANOI — Talks between Prime Minister Pham Minh Chinh and Singaporean Prime Minister Lawrence Wong are slated for Monday. A meeting between Foreign Minister Bui Thanh Son and Foreign Minister Vivian Balakrishnan has been scheduled for Tuesday. Trade Minister Nguyen Hong Dien and Minister Gan Kim Yong are to meet on Wednesday.",
			nil},
		{"'received B, whom he had met during his visit to Singapore in 2023': the recalled visit places nothing",
			"HANOI — Prime Minister Pham Minh Chinh on Friday received Singaporean Foreign Minister Vivian Balakrishnan, whom he had met during his visit to Singapore in 2023.",
			[]held{{[]string{"pham-minh-chinh", "vivian-balakrishnan"}, "2026-02-06", "Hanoi", inPerson}}},
	})
	t.Run("'… also took part' after the talks were told again: a day named before that retelling is no move away from them", func(t *testing.T) {
		text := "HANOI — Chairman Tran Thanh Man held phone talks with Cambodian National Assembly President Khuon Sudary today, a day after online talks with Lao National Assembly President Xaysomphone Phomvihane. During the phone talks today, Man thanked Cambodia for its support. In the online talks held yesterday, Man and Xaysomphone agreed to keep annual meetings. Vice Chairwoman Nguyen Thi Thanh and Lao Vice President Sommad Pholsena also took part."
		want := []string{"tran-thanh-man", "xaysomphone-phomvihane", "nguyen-thi-thanh", "sommad-pholsena"}
		for _, m := range x.Extract(Input{Text: text, Published: testPub}).Meetings {
			if m.Status == relbot.StatusPast && slices.Equal(m.Slugs(), want) {
				return
			}
		}
		t.Errorf("no held meeting of %v", want)
	})
}
