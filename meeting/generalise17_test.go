package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundTwentyOne holds the cases of the rules added in the round
// of the blind sets heldout85 to heldout87, in the project's own words.
func TestExtractRoundTwentyOne(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson, virtual := relbot.KindInPerson, relbot.KindVirtual
	checkHeldCases(t, x, []heldCase{
		{"'X chaired the ASEAN Defence Ministers' Meeting … The meeting brought together the defence ministers of ASEAN, including A, B and C': one meeting of all of them",
			"VIENTIANE - Defence Minister Chansamone Chanyalath chaired the ASEAN Defence Ministers' Meeting in Vientiane on Friday.\n\nThe meeting brought together the defence ministers of ASEAN member states, including Gen. Phan Van Giang of Vietnam, Gen. Tea Seiha of Cambodia and Dr. Ng Eng Hen of Singapore.",
			[]held{{[]string{"chansamone-chanyalath", "phan-van-giang", "tea-seiha", "ng-eng-hen"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'A and B met again, virtually, at the summit … The video conference brought together the bloc's leaders, including C and D': the list joins that meeting",
			"HANOI - Prime Minister Pham Minh Chinh and Prime Minister Hun Manet met again, virtually, on Friday at a special ASEAN summit.\n\nThe video conference brought together leaders of the bloc's members, including Prime Minister Anwar Ibrahim and President Prabowo Subianto.",
			[]held{{[]string{"pham-minh-chinh", "hun-manet", "anwar-ibrahim", "prabowo-subianto"}, "2026-02-06", "", virtual}}},
		{"'The meeting brought together …, including A and B' with no meeting told before is no meeting",
			"VIENTIANE - Defence cooperation was on the agenda on Friday.\n\nThe meeting brought together the defence ministers of ASEAN member states, including Gen. Phan Van Giang of Vietnam and Gen. Tea Seiha of Cambodia.",
			nil},
		{"'On Thursday, X chaired the East Asia Summit, attended by A, B and C': the chair and the list in one sentence are one meeting, after a bilateral told before",
			"JAKARTA - President Joko Widodo received Prime Minister Hun Manet on Monday.\n\nOn Thursday, Jokowi chaired the 18th East Asia Summit, attended by Premier Li Qiang, Prime Minister Fumio Kishida and Prime Minister Narendra Modi.",
			[]held{{[]string{"joko-widodo", "hun-manet"}, "2026-02-02", "Jakarta", inPerson},
				{[]string{"joko-widodo", "li-qiang", "fumio-kishida", "narendra-modi"}, "2026-02-05", "Jakarta", inPerson}}},
		{"'X opened the ASEAN Summit … The summit was attended by A, B and C': the opener is its chair",
			"JAKARTA - President Joko Widodo opened the 43rd ASEAN Summit on Friday. The summit was attended by Prime Minister Anwar Ibrahim, Prime Minister Lee Hsien Loong and Prime Minister Pham Minh Chinh.",
			[]held{{[]string{"joko-widodo", "anwar-ibrahim", "lee-hsien-loong", "pham-minh-chinh"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'X co-chaired the ASEAN-ROK Commemorative Summit with Y. The summit was attended by A, B and C': one meeting of all, not joined to a meeting told before with A",
			"BUSAN - President Moon Jae-in held talks with Prime Minister Hun Sen on Thursday.\n\nOn Friday, Moon co-chaired the ASEAN-ROK Commemorative Summit with Prime Minister Prayut Chan-o-cha. The summit was attended by Hun Sen, Prime Minister Nguyen Xuan Phuc and Prime Minister Thongloun Sisoulith.",
			[]held{{[]string{"moon-jae-in", "hun-sen"}, "2026-02-05", "Busan", inPerson},
				{[]string{"moon-jae-in", "hun-sen", "prayut-chan-o-cha", "nguyen-xuan-phuc", "thongloun-sisoulith"}, "2026-02-06", "Busan", inPerson}}},
		{"'X hosted the Mekong-ROK summit with A, B and C': one gathering, not a meeting with each",
			"BUSAN - On Friday, President Moon Jae-in hosted the Mekong-ROK summit with Prime Minister Prayut Chan-o-cha, Prime Minister Hun Sen and Prime Minister Nguyen Xuan Phuc.",
			[]held{{[]string{"moon-jae-in", "prayut-chan-o-cha", "hun-sen", "nguyen-xuan-phuc"}, "2026-02-06", "Busan", inPerson}}},
		{"'co-chaired the ASEAN-China Summit with Y, also in virtual format': a virtual meeting, placed nowhere",
			"HANOI - On Friday afternoon, Prime Minister Nguyen Xuan Phuc co-chaired the 23rd ASEAN-China Summit with Premier Li Keqiang, also in virtual format.",
			[]held{{[]string{"nguyen-xuan-phuc", "li-keqiang"}, "2026-02-06", "", virtual}}},
		{"'The summit itself took place on Sunday, co-chaired by A and B, whose country holds this year's ASEAN chair. Around the table were …': one meeting of all; the ASEAN chair is a country's turn, not the president named before",
			"TOKYO - Prime Minister Fumio Kishida met Prime Minister Hun Manet on Saturday, three weeks after President Vo Van Thuong's state visit to Japan.\n\nThe commemorative summit itself took place on Sunday, co-chaired by Kishida and President Joko Widodo, whose country holds this year's ASEAN chair. Around the table were Prime Minister Lee Hsien Loong, President Ferdinand Marcos Jr. and Prime Minister Sonexay Siphandone.",
			[]held{{[]string{"fumio-kishida", "hun-manet"}, "2026-02-07", "Tokyo", inPerson},
				{[]string{"fumio-kishida", "joko-widodo", "lee-hsien-loong", "ferdinand-marcos-jr", "sonexay-siphandone"}, "2026-02-08", "Tokyo", inPerson}}},
		{"'The special summit, co-chaired by A and B, adopted a statement' with no list is no meeting of its chairs",
			"TOKYO - The special summit, co-chaired by Prime Minister Fumio Kishida and President Joko Widodo, adopted a joint vision statement on Sunday.",
			nil},
		{"'during the ASEAN Defence Ministers' Meeting, held virtually and chaired by Y. The meeting was attended by ASEAN defence ministers including A, B and C': the list joins the named gathering",
			"KUALA LUMPUR - Defence Minister Mohamed Khaled Nordin on Friday urged closer cooperation on maritime security.\n\nHe said this during the ASEAN Defence Ministers' Meeting, held virtually and chaired by Defence Minister Chansamone Chanyalath.\n\nThe meeting was attended by ASEAN defence ministers including Dr Ng Eng Hen, Gen Phan Van Giang and Gen Tea Seiha.",
			[]held{{[]string{"mohamed-khaled-nordin", "chansamone-chanyalath", "ng-eng-hen", "phan-van-giang", "tea-seiha"}, "2026-02-06", "", virtual}}},
		{"'canceled a planned meeting between A and B … The talks had been arranged for Thursday and would have been the first meeting between the two': never held",
			"PHNOM PENH - China abruptly canceled a planned meeting between Foreign Minister Wang Yi and Foreign Minister Yoshimasa Hayashi on Friday.\n\nThe talks had been arranged for Friday evening and would have been the first in-person meeting between the two ministers in nine months.",
			nil},
		{"'During the foreign ministers' meeting on Saturday, A and B are expected to face C across the table': a plan, not a meeting held last Saturday",
			"PHNOM PENH - Foreign Minister Yoshimasa Hayashi held talks with Foreign Minister Retno Marsudi on Friday.\n\nDuring the East Asia Summit foreign ministers' meeting on Saturday morning, Hayashi and Secretary of State Antony Blinken are expected to face Foreign Minister Sergei Lavrov across the table.",
			[]held{{[]string{"yoshimasa-hayashi", "retno-marsudi"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"a recap's headings 'Naypyidaw, Wednesday' and 'Chiang Mai, Thursday' are no dateline: each day's meeting keeps its day, and is placed in the heading's city",
			"Foreign Minister Wang Yi concluded a trip to Myanmar and Thailand on Friday.\n\nNaypyidaw, Wednesday\n\nWang met Senior General Min Aung Hlaing on Wednesday.\n\nChiang Mai, Thursday\n\nWang held talks with Foreign Minister Maris Sangiampongsa.",
			[]held{{[]string{"wang-yi", "min-aung-hlaing"}, "2026-02-04", "Naypyidaw", inPerson},
				{[]string{"wang-yi", "maris-sangiampongsa"}, "2026-02-05", "Chiang Mai", inPerson}}},
		{"'But the talks must happen through the proper mechanisms first': talks wished for after a leader said he was ready to talk, not held",
			"BANGKOK - Prime Minister Anutin Charnvirakul said on Friday that he was prepared to speak directly with Prime Minister Hun Manet.\n\n\"If it is necessary, I am ready to talk to him. But the talks must happen through the proper mechanisms first,\" he said.",
			nil},
		{"'met A and Chairman of the Standing Committee B on Friday, a day after holding talks with C': A and B share Friday, C the day before",
			"BEIJING - President Tran Dai Quang met Premier Li Keqiang and Chairman of the Standing Committee of the National People's Congress Zhang Dejiang in Beijing on Friday, a day after holding talks with President Xi Jinping.",
			[]held{{[]string{"tran-dai-quang", "li-keqiang"}, "2026-02-06", "Beijing", inPerson},
				{[]string{"tran-dai-quang", "zhang-dejiang"}, "2026-02-06", "Beijing", inPerson},
				{[]string{"tran-dai-quang", "xi-jinping"}, "2026-02-05", "Beijing", inPerson}}},
		{"'X chaired the summit' with no list after it is no meeting",
			"JAKARTA - President Joko Widodo chaired the 43rd ASEAN Summit on Friday, which adopted a statement on Myanmar.",
			nil},
	})
}
