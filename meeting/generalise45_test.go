package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFortyNine covers the forms the forty-ninth round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundFortyNine(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'a member of the new Anthony Albanese government': a leader's name that says whose rule names no one who met",
			"JAKARTA — Deputy Prime Minister Richard Marles was received by President Joko Widodo at the palace on Thursday, in the first visit by a member of the new Anthony Albanese government. The two leaders held a closed-door meeting.",
			[]held{{[]string{"richard-marles", "joko-widodo"}, "2026-02-05", "Jakarta", inPerson}}},
		{"'paid a courtesy call on A this morning, wrapping up a weekend visit during which he held talks with B': B's talks told in the visit's summary take the day told further on",
			"BANGKOK — National Security Adviser Jake Sullivan paid a courtesy call on Prime Minister Srettha Thavisin this morning, wrapping up a weekend visit to Bangkok during which he held talks with Foreign Minister Wang Yi. Mr Sullivan and Mr Wang held talks at a riverside hotel on Saturday.",
			[]held{{[]string{"jake-sullivan", "srettha-thavisin"}, "2026-02-08", "Bangkok", inPerson}, {[]string{"jake-sullivan", "wang-yi"}, "2026-02-07", "Bangkok", inPerson}}},
		{"'wrapped up a visit to Bangkok this morning, during which he held talks with B': the time of day between the trip and 'during which'",
			"BANGKOK — National Security Adviser Jake Sullivan wrapped up a weekend visit to Bangkok this morning, during which he held talks with Foreign Minister Wang Yi. Mr Sullivan and Mr Wang held talks at a riverside hotel on Saturday.",
			[]held{{[]string{"jake-sullivan", "wang-yi"}, "2026-02-07", "Bangkok", inPerson}}},
		{"'The ceremony was opened by A and chaired by B': both were at the gathering the lead told without names",
			"AUCKLAND — Trade ministers from eleven countries signed the pact in Auckland on Friday. The ceremony was opened by Prime Minister Christopher Luxon and chaired by Trade Minister Todd McClay. Among the participants were Trade Minister Don Farrell and Trade Minister Tengku Zafrul Aziz.",
			[]held{{[]string{"christopher-luxon", "todd-mcclay", "don-farrell", "tengku-zafrul-aziz"}, "2026-02-06", "Auckland", inPerson}}},
		{"'Among the signatories were …': those who signed at the ceremony just told",
			"AUCKLAND — Trade ministers from eleven countries signed the pact in Auckland on Friday. The ceremony was chaired by Trade Minister Todd McClay. Among the signatories were Trade Minister Don Farrell and Trade Minister Tengku Zafrul Aziz.",
			[]held{{[]string{"todd-mcclay", "don-farrell", "tengku-zafrul-aziz"}, "2026-02-06", "Auckland", inPerson}}},
		{"'Among those who put their names to the agreement were …', 'Among those who signed it were …'",
			"AUCKLAND — Trade ministers from eleven countries signed the pact in Auckland on Friday. The ceremony was chaired by Trade Minister Todd McClay. Among those who put their names to the agreement were Trade Minister Don Farrell and Trade Minister Tengku Zafrul Aziz.",
			[]held{{[]string{"todd-mcclay", "don-farrell", "tengku-zafrul-aziz"}, "2026-02-06", "Auckland", inPerson}}},
		{"'A, B and C also took part in the online summit': those at the gathering its chair was told with",
			"HANOI — Prime Minister Pham Minh Chinh chaired the summit on Friday. Premier Li Qiang, Prime Minister Shigeru Ishiba and Prime Minister Anthony Albanese also took part in the online summit.",
			[]held{{[]string{"pham-minh-chinh", "li-qiang", "shigeru-ishiba", "anthony-albanese"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'Among those who spoke were …' after a meeting told with its chair: the speakers were at it",
			"KUALA LUMPUR — The trade ministers met by video conference yesterday, chaired by Trade Minister Tengku Zafrul Aziz. Among those who spoke were Australia's Trade Minister Don Farrell and Singapore's Minister Gan Kim Yong.",
			[]held{{[]string{"tengku-zafrul-aziz", "don-farrell", "gan-kim-yong"}, "2026-02-07", "", relbot.KindVirtual}}},
		{"'B and C were among the ministers who gathered on stage': those listed were at the ceremony",
			"SANTIAGO — Eleven countries signed the pact on Thursday. The ceremony was hosted by Foreign Minister Heraldo Munoz. Trade Minister Steven Ciobo and Trade Minister Francois-Philippe Champagne were among the ministers who gathered on stage for a group photo after the signing.",
			[]held{{[]string{"heraldo-munoz", "steven-ciobo", "francois-philippe-champagne"}, "2026-02-05", "Santiago", inPerson}}},
		{"'Union Minister for the Office of the State Counsellor Kyaw Tint Swe': the office's last word is no part of the name",
			"CHIANG MAI — Foreign Minister Don Pramudwinai on Wednesday met Myanmar's Union Minister for the Office of the State Counsellor Kyaw Tint Swe.",
			[]held{{[]string{"don-pramudwinai", "kyaw-tint-swe"}, "2026-02-04", "Chiang Mai", inPerson}}},
		{"'Chaired by A, the retreat covered …', 'Also at the retreat were B and C': the chair of a gathering the lead told without names, then those also at it",
			"SINGAPORE — Foreign ministers from the ten member states met in Singapore on Tuesday for their annual retreat. Chaired by Foreign Minister Vivian Balakrishnan, the retreat covered the crisis in Rakhine. Also at the retreat were Indonesian Foreign Minister Sugiono and Philippine Foreign Secretary Theresa Lazaro.",
			[]held{{[]string{"vivian-balakrishnan", "sugiono", "theresa-lazaro"}, "2026-02-03", "Singapore", inPerson}}},
		{"'Attending the meeting were … Among them were A and B': those named among the attendees were at it",
			"VIENTIANE — The ASEAN Foreign Ministers' Meeting opened in Vientiane on Friday under the chairmanship of Foreign Minister Thongsavanh Phomvihane. Attending the meeting were the foreign ministers of all member states and the Secretary-General of ASEAN, Kao Kim Hourn. Among them were Indonesian Foreign Minister Sugiono and Singapore's Foreign Minister Vivian Balakrishnan.",
			[]held{{[]string{"thongsavanh-phomvihane", "kao-kim-hourn", "sugiono", "vivian-balakrishnan"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'The one-day retreat, held at a hotel in …, drew A, B and C': those a gathering drew met at it",
			"CEBU – Foreign Affairs Secretary Theresa Lazaro welcomed her ASEAN counterparts to Cebu on Friday, February 6, for the foreign ministers' retreat that opens the country's year as chair.\n\nThe one-day retreat, held at a hotel in Lapu-Lapu City on Mactan Island, drew ASEAN Secretary-General Kao Kim Hourn, Indonesian Foreign Minister Sugiono and Malaysian Foreign Minister Mohamad Hasan.",
			[]held{{[]string{"kao-kim-hourn", "sugiono", "mohamad-hasan"}, "2026-02-06", "Cebu", inPerson}}},
		{"'A drew praise from B', 'The plan drew praise from B and C': only a gathering draws those who met",
			"MANILA — President Ferdinand Marcos Jr. drew praise from Prime Minister Anwar Ibrahim for the plan. The plan drew praise from Prime Minister Lawrence Wong and President Prabowo Subianto.",
			nil},
		{"'A, B and C were among the leaders at the plenary': those listed sat at the session just told",
			"KUALA LUMPUR — Prime Minister Xanana Gusmao took his seat at the plenary session of the summit on Friday. Prime Minister Anwar Ibrahim, who chaired the session, welcomed Xanana. President Prabowo Subianto, President Ferdinand Marcos Jr. and Prime Minister Lawrence Wong were among the leaders at the plenary.",
			[]held{{[]string{"xanana-gusmao", "anwar-ibrahim", "prabowo-subianto", "ferdinand-marcos-jr", "lawrence-wong"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'B explained that … the attacks launched on 25 January. Earlier in the day, …': a day in what someone explained does not move the story",
			"NAY PYI TAW — State Counsellor Aung San Suu Kyi received Foreign Minister Retno Marsudi at the ministry yesterday afternoon. The State Counsellor explained that the Government was helping all communities affected by the attacks launched on 25 January. Earlier in the day, the Indonesian Foreign Minister was received by Senior General Min Aung Hlaing at his office.",
			[]held{{[]string{"aung-san-suu-kyi", "retno-marsudi"}, "2026-02-07", "Naypyidaw", inPerson}, {[]string{"retno-marsudi", "min-aung-hlaing"}, "2026-02-07", "Naypyidaw", inPerson}}},
		{"'Special Envoy for Climate Change Xie Zhenhua': the portfolio's last word is no part of the name",
			"PHNOM PENH — Environment Minister Eang Sophalleth on Wednesday met China's Special Envoy for Climate Change Liu Zhenmin.",
			[]held{{[]string{"eang-sophalleth", "liu-zhenmin"}, "2026-02-04", "Phnom Penh", inPerson}}},
		{"'A chaired the summit yesterday, joined by B, C and D': the chair and those who joined him",
			"SIEM REAP – Prime Minister Hun Manet chaired the fourth MRC Summit yesterday, joined by Lao Prime Minister Sonexay Siphandone, Thai Prime Minister Anutin Charnvirakul and Vietnamese Prime Minister Pham Minh Chinh.",
			[]held{{[]string{"hun-manet", "sonexay-siphandone", "anutin-charnvirakul", "pham-minh-chinh"}, "2026-02-07", "Siem Reap", inPerson}}},
		{"'held talks with B in Singapore during the week': the week is all the text gives, so the month; not 'during the week-long visit'",
			"SINGAPORE - Prime Minister Lawrence Wong held talks with French President Emmanuel Macron in Singapore during the week. Foreign Minister Vivian Balakrishnan met Foreign Minister Jean-Noel Barrot on Friday during the week-long visit.",
			[]held{{[]string{"lawrence-wong", "emmanuel-macron"}, "2026-02", "Singapore", inPerson}, {[]string{"vivian-balakrishnan", "jean-noel-barrot"}, "2026-02-06", "Singapore", inPerson}}},
		{"'met B on Thursday, as tensions escalated following the visit of C to Taiwan': a trip elsewhere, told as a cause, names no one who met",
			"PHNOM PENH — Foreign Minister Sugiono met Foreign Minister Wang Yi on Thursday, as tensions in the region escalated following the visit of House Speaker Mike Johnson to Taiwan.",
			[]held{{[]string{"sugiono", "wang-yi"}, "2026-02-05", "Phnom Penh", inPerson}}},
		{"'was welcomed on Friday by B': a time between the passive and its agent",
			"AUCKLAND — President Prabowo Subianto was welcomed on Friday by Governor-General Cindy Kiro.",
			[]held{{[]string{"prabowo-subianto", "cindy-kiro"}, "2026-02-06", "Auckland", inPerson}}},
		{"'hosted Mr Dien to lunch': a guest named short, at the host's table",
			"SINGAPORE: Minister Nguyen Hong Dien arrived on Monday. On Wednesday, Minister Gan Kim Yong hosted Mr Dien to lunch.",
			[]held{{[]string{"nguyen-hong-dien", "gan-kim-yong"}, "2026-02-04", "Singapore", inPerson}}},
		{"'Myanmar sent Ms B, Permanent Secretary …, to the meeting': the country's representative at the gathering just told",
			"LUANG PRABANG — Foreign Minister Thongsavanh Phomvihane chaired the retreat yesterday, which was attended by Secretary-General Kao Kim Hourn and Foreign Minister Sugiono. Myanmar sent Ms Marlar Than Htike, Permanent Secretary of its Ministry of Foreign Affairs, to the meeting as a non-political representative.",
			[]held{{[]string{"thongsavanh-phomvihane", "kao-kim-hourn", "sugiono", "marlar-than-htike"}, "2026-02-07", "Luang Prabang", inPerson}}},
	})
}
