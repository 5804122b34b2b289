package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundTwentySix holds the cases of the rules added in the round
// of the blind sets heldout129 to heldout136, in the project's own words.
func TestExtractRoundTwentySix(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson, virtual := relbot.KindInPerson, relbot.KindVirtual
	checkHeldCases(t, x, []heldCase{
		{"'A had spent Wednesday evening in back-to-back bilateral meetings. He held separate talks with B, C and D': every one of them that evening",
			"NEW DELHI - The leaders of ten countries watched the parade on Friday.\n\nPrime Minister Narendra Modi had spent Wednesday evening in back-to-back bilateral meetings as the leaders arrived. He held separate talks with Prime Minister Pham Minh Chinh, Prime Minister Hun Manet and President Prabowo Subianto at Hyderabad House.",
			[]held{{[]string{"narendra-modi", "pham-minh-chinh"}, "2026-02-04", "New Delhi", inPerson}, {[]string{"narendra-modi", "hun-manet"}, "2026-02-04", "New Delhi", inPerson},
				{[]string{"narendra-modi", "prabowo-subianto"}, "2026-02-04", "New Delhi", inPerson}}},
		{"'The assembly opened on Friday … On the eve of the opening, A held separate online talks with B and C': both the day before",
			"HANOI - The general assembly of the inter-parliamentary body opened on Friday in a virtual format.\n\nOn the eve of the opening, National Assembly Chairman Tran Thanh Man held separate online talks with Senate President Hun Sen and National Assembly President Saysomphone Phomvihane.",
			[]held{{[]string{"tran-thanh-man", "hun-sen"}, "2026-02-05", "", virtual}, {[]string{"tran-thanh-man", "xaysomphone-phomvihane"}, "2026-02-05", "", virtual}}},
		{"'Tuesday: President welcomes the new leader. On the eve of the summit, A received B': the heading's day is the eve",
			"JAKARTA - This week Jakarta hosted the summit. We look back at its days.\n\nTuesday: President welcomes Cambodia's leader\n\nOn the eve of the summit, President Prabowo Subianto received Prime Minister Hun Manet at the convention centre.",
			[]held{{[]string{"prabowo-subianto", "hun-manet"}, "2026-02-03", "Jakarta", inPerson}}},
		{"'That day, he was received by A at the Presidential Palace and later paid a courtesy call on B': the second call where the first was, not where the next day's talks were",
			"LUANG PRABANG - Foreign Minister Thongsavanh Phomvihane and Foreign Minister Sihasak Phuangketkeow co-chaired the joint commission in Luang Prabang on Friday.\n\nSihasak arrived in Vientiane on Thursday. That day, he was received by President Thongloun Sisoulith at the Presidential Palace and later paid a courtesy call on Prime Minister Sonexay Siphandone.",
			[]held{{[]string{"thongsavanh-phomvihane", "sihasak-phuangketkeow"}, "2026-02-06", "Luang Prabang", inPerson},
				{[]string{"sihasak-phuangketkeow", "thongloun-sisoulith"}, "2026-02-05", "Vientiane", inPerson}, {[]string{"sihasak-phuangketkeow", "sonexay-siphandone"}, "2026-02-05", "Vientiane", inPerson}}},
		{"'a day after the 46th ASEAN Summit on Monday (May 26), which gathered A, B and C': the roll in a relative clause, apart from the summit the day after that A chaired",
			"KUALA LUMPUR - Prime Minister Anwar Ibrahim chaired the trilateral summit on Friday.\n\nThat summit came a day after the 46th ASEAN Summit on Thursday (Feb 5), which gathered President Prabowo Subianto, President Ferdinand Marcos Jr., Prime Minister Lawrence Wong and Prime Minister Hun Manet.",
			[]held{{[]string{"prabowo-subianto", "ferdinand-marcos-jr", "lawrence-wong", "hun-manet"}, "2026-02-05", "Kuala Lumpur", inPerson}}},
		{"'the summit on Thursday, which was attended by A, B and C': 'which was attended by' too",
			"VIENTIANE - Officials said on Friday that the summit on Thursday, which was attended by Prime Minister Sonexay Siphandone, Prime Minister Hun Manet and Prime Minister Pham Minh Chinh, adopted a declaration.",
			[]held{{[]string{"sonexay-siphandone", "hun-manet", "pham-minh-chinh"}, "2026-02-05", "Vientiane", inPerson}}},
		{"'A delegation …, led by its head X, held a session … Later, Y received the Lao young parliamentarians': the delegation's members are its head",
			"HANOI - A delegation of the Lao National Assembly's Young Parliamentarians' Group, led by its head Khamla Vongphachanh, arrived in Hanoi on Friday. Later the same day, Vice Chairman of the National Assembly Nguyen Duc Hai received the Lao young parliamentarians.",
			[]held{{[]string{"khamla-vongphachanh", "nguyen-duc-hai"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'X held a working session with the Vietnamese group … Speaking at the session, Y, head of the Vietnamese group, said': Y spoke for the side the session had with X",
			"HANOI - A delegation of the Lao youth union, led by its head Khamla Vongphachanh, held a working session with the Vietnamese Young Parliamentarians' Group in Hanoi on Friday. Speaking at the session, Nguyen Van Manh, head of the Vietnamese group, said young deputies were active in debates.",
			[]held{{[]string{"khamla-vongphachanh", "nguyen-van-manh"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'In a courtesy call …, A and B discussed … the Philippines' hosting of the ASEAN chairmanship in 2027': a year to come is the chairmanship's, the call the story's day",
			"MANILA - House Speaker Martin Romualdez on Friday welcomed a delegation led by Vice Chairman Tran Quang Phuong.\n\nIn a courtesy call at the Speaker's office, Romualdez and Phuong discussed rice trade and the Philippines' hosting of the ASEAN chairmanship in 2027.",
			[]held{{[]string{"martin-romualdez", "tran-quang-phuong"}, "2026-02-06", "Manila", inPerson}}},
		{"'Speaker Ferdinand Martin G. Romualdez', 'Secretary Enrique A. Manalo': a middle initial inside a known name",
			"MANILA - Secretary Enrique A. Manalo on Friday received House Speaker Ferdinand Martin G. Romualdez.",
			[]held{{[]string{"enrique-manalo", "martin-romualdez"}, "2026-02-06", "Manila", inPerson}}},
		{"'was received by Senate President Francis \"Chiz\" Escudero': the nickname is no part of the name, and the title no other Senate President's",
			"MANILA - On Friday, the Vietnamese delegation led by Vice Chairman Tran Quang Phuong was received by Senate President Francis \"Chiz\" Escudero at the Senate building in Pasay City.",
			[]held{{[]string{"tran-quang-phuong", "francis-escudero"}, "2026-02-06", "Pasay", inPerson}}},
		{"'In the morning, A welcomed Chinese Ambassador to Thailand B': a welcome with its own time is a call",
			"BANGKOK - Senate President Mongkol Surasajja received courtesy calls from two ambassadors at Parliament on Friday.\n\nIn the morning, Mongkol welcomed Chinese Ambassador to Thailand Han Zhiqiang.",
			[]held{{[]string{"mongkol-surasajja", "han-zhiqiang"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'A held talks with B, C and D on Friday. A welcomed B on his first visit': the welcome is the talks told again, their company kept",
			"BEIJING - President Xi Jinping held talks with Prime Minister Hun Manet at the Great Hall of the People on Friday, with Wang Yi and Cai Qi present.\n\nXi welcomed Hun Manet on his first official visit to China since taking office.",
			[]held{{[]string{"xi-jinping", "hun-manet", "wang-yi", "cai-qi"}, "2026-02-06", "Beijing", inPerson}}},
		{"'A welcomed B's proposal on Friday': a thing of B's, no one welcomed",
			"PHNOM PENH - Prime Minister Hun Manet on Friday welcomed Prime Minister Anutin Charnvirakul's proposal for a border meeting.",
			nil},
		{"'received his Thai counterpart, Mongkol Surasajja, at the Senate Palace': a name the gazetteer lacks, set off by commas after 'counterpart'",
			"PHNOM PENH - Senate President Samdech Techo Hun Sen on Friday received his Thai counterpart, Mongkol Surasajja, at the Senate Palace.",
			[]held{{[]string{"hun-sen", "mongkol-surasajja"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'held talks with his Lao counterpart, Standing Member of the Secretariat and Vice President X': after the comma a title, not a name",
			"VIENTIANE - On Friday, the Vietnamese guest Tran Cam Tu held talks with his Lao counterpart, Standing Member of the Secretariat and Vice President Bounthong Chitmany, at the Party office.",
			[]held{{[]string{"tran-cam-tu", "bounthong-chitmany"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'A and B on Friday agreed to set up a working group. The two met at the parliament's complex in Bangkok's Kiak Kai area': the two just named, in the city of the district",
			"House Speaker Wan Muhamad Noor Matha and Lao National Assembly president Saysomphone Phomvihane on Friday agreed to set up a joint working group of lawmakers.\n\nThe two met at the parliament's complex in Bangkok's Kiak Kai area.",
			[]held{{[]string{"wan-muhamad-noor-matha", "xaysomphone-phomvihane"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'… said he would raise the issue with B when the two meet at an upcoming event': a meeting to come",
			"HANOI - Prime Minister Pham Minh Chinh on Friday visited a border gate with Deputy Prime Minister Nguyen Hoa Binh.\n\nChinh said he would raise the issue with Prime Minister Hun Manet when the two meet at an upcoming regional event.",
			nil},
		{"'The grant agreement was signed on Friday at the headquarters in Phnom Penh by Ambassador A and director-general B. The signing was witnessed by C': a signing with its own day, and its witness",
			"PHNOM PENH - The grant agreement was signed on Friday at the CMAC headquarters in Phnom Penh by Japanese Ambassador Atsushi Ueno and CMAC director-general Heng Ratana.\n\nThe signing was witnessed by Ly Thuch, senior minister.",
			[]held{{[]string{"atsushi-ueno", "heng-ratana", "ly-thuch"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'The accord was signed in Hanoi by A and B' with no day of its own: recalled, not a meeting",
			"PHNOM PENH - Ambassador Atsushi Ueno spoke at a ceremony on Friday. The first accord was signed in Hanoi by Japanese Ambassador Atsushi Ueno and CMAC director-general Heng Ratana.",
			nil},
	})
}
