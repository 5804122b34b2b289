package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFiftyTwo covers the forms the fifty-second round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundFiftyTwo(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'The Deputy Prime Minister and Coordinating Minister for Economic Affairs, A,': both offices are his, 'the Deputy Prime Minister' later too",
			"KUALA LUMPUR — The Deputy Prime Minister and Coordinating Minister for Economic Affairs, Francisco Kalbuadi Lay, led the Timorese delegation to the economic ministers' meeting on Friday.\n\nOn the sidelines of the meeting, the Deputy Prime Minister held a bilateral meeting with Indonesian Trade Minister Budi Santoso.",
			[]held{{[]string{"francisco-kalbuadi-lay", "budi-santoso"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'with A, Singapore's coordinating minister for infrastructure and minister for transport,': the modifier opens the office set off after the name",
			"BEIJING — Transport Minister Li Xiaopeng held a video conference on Friday with Khaw Boon Wan, Singapore's coordinating minister for infrastructure and minister for transport, on supply chains.",
			[]held{{[]string{"li-xiaopeng", "khaw-boon-wan"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'A met B on Saturday. A day earlier, A joined the meeting chaired by C, which was also attended by B and D': a gathering of its own, not the talks told",
			"JOHOR BAHRU — Tourism Secretary Christina Garcia Frasco met Thai Tourism Minister Sorawong Thienthong and Malaysian Tourism Minister Tiong King Sing on Saturday.\n\nA day earlier, Frasco joined the 28th Meeting of ASEAN Tourism Ministers chaired by Tiong, which was also attended by Sorawong and ASEAN Secretary-General Kao Kim Hourn.",
			[]held{{[]string{"christina-garcia-frasco", "sorawong-thienthong"}, "2026-02-07", "Johor Bahru", inPerson}, {[]string{"christina-garcia-frasco", "tiong-king-sing"}, "2026-02-07", "Johor Bahru", inPerson}, {[]string{"christina-garcia-frasco", "sorawong-thienthong", "tiong-king-sing", "kao-kim-hourn"}, "2026-02-06", "Johor Bahru", inPerson}}},
		{"'B joined the plenary chaired by A, where he sat alongside counterparts including C, D and E': the clause after the chair lists who was there",
			"KUALA LUMPUR — Foreign Minister Mohamad Hasan held a bilateral meeting with his Timorese counterpart, Bendito dos Santos Freitas, on Friday.\n\nEarlier on Friday, Bendito joined the opening plenary session of the foreign ministers' meeting chaired by Mohamad, where he sat alongside counterparts including Indonesia's Sugiono and Singapore's Vivian Balakrishnan, as well as ASEAN Secretary-General Kao Kim Hourn.",
			[]held{{[]string{"mohamad-hasan", "bendito-dos-santos-freitas"}, "2026-02-06", "Kuala Lumpur", inPerson}, {[]string{"mohamad-hasan", "bendito-dos-santos-freitas", "sugiono", "vivian-balakrishnan", "kao-kim-hourn"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'The roundtable was held on Friday. The Indian delegation comprised A and B. The Singapore side was represented by C and D': the two sides of one table",
			"SINGAPORE — The second India-Singapore Ministerial Roundtable was held in Singapore on Friday. The Indian delegation comprised Finance Minister Nirmala Sitharaman and External Affairs Minister S. Jaishankar.\n\nThe Singapore side was represented by Deputy Prime Minister Gan Kim Yong and Foreign Minister Vivian Balakrishnan.",
			[]held{{[]string{"nirmala-sitharaman", "s-jaishankar", "gan-kim-yong", "vivian-balakrishnan"}, "2026-02-06", "Singapore", inPerson}}},
		{"'The Singapore delegation, led by A, included B and C. The Indian side was represented by D and E': the head and the members, then the other side",
			"NEW DELHI — India and Singapore on Friday named six pillars of cooperation at the first ministerial roundtable in New Delhi.\n\nThe Singapore delegation, led by Deputy Prime Minister Lawrence Wong, included Foreign Minister Vivian Balakrishnan and Trade Minister Gan Kim Yong. The Indian side was represented by Finance Minister Nirmala Sitharaman and External Affairs Minister S. Jaishankar.",
			[]held{{[]string{"lawrence-wong", "vivian-balakrishnan", "gan-kim-yong", "nirmala-sitharaman", "s-jaishankar"}, "2026-02-06", "New Delhi", inPerson}}},
		{"'Thai Labour Minister M.R. Chatumongol Sonakul': the style of royal descent is no part of the name",
			"BANGKOK — Thai Labour Minister M.R. Chatumongol Sonakul met Indonesian Minister of Manpower Ida Fauziyah on Friday.",
			[]held{{[]string{"chatumongol-sonakul", "ida-fauziyah"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'The ministers committed to ensure that migrant workers receive their wages': workers paid, no meeting of the ministers with them",
			"HÀ NỘI — Labour ministers of ASEAN member states on Thursday pledged to protect the jobs of workers hit by the pandemic.\n\nThe pledge was made at a special ASEAN Labour Ministers' Meeting held via videoconference and chaired by Minister of Labour Đào Ngọc Dung.\n\nTaking part in the online meeting were Cambodian Labour Minister Ith Samheng, Indonesian Minister of Manpower Ida Fauziyah and Malaysian Human Resources Minister M. Saravanan. ASEAN Secretary-General Lim Jock Hoi also attended.\n\nThe ministers adopted a joint statement in which they committed to ensure that migrant workers are treated fairly, receive their wages and have access to testing.",
			[]held{{[]string{"dao-ngoc-dung", "ith-samheng", "ida-fauziyah", "m-saravanan", "lim-jock-hoi"}, "2026-02-05", "", relbot.KindVirtual}}},
		{"'The ministers' meeting took place on Friday. A chaired the meeting, which gathered B, C and D': the chair and the roll of the relative clause",
			"HA LONG — The 22nd Meeting of ASEAN Tourism Ministers took place in Ha Long on Friday.\n\nMinister of Culture Nguyen Ngoc Thien chaired the meeting, which gathered Cambodian Minister of Tourism Thong Khon, Indonesian Minister of Tourism Arief Yahya, Thai Minister of Tourism and Sports Weerasak Kowsurat and representatives of other member states. ASEAN Secretary-General Lim Jock Hoi also attended.",
			[]held{{[]string{"nguyen-ngoc-thien", "thong-khon", "arief-yahya", "weerasak-kowsurat", "lim-jock-hoi"}, "2026-02-06", "Ha Long", inPerson}}},
		{"'Ministers pressed A on Friday in closed-door talks. B hosted the consultations, which were attended by A, C and D, whose country takes the chair in January': the aside's month is not the talks'",
			"BANGKOK — Foreign ministers from several Southeast Asian nations pressed Myanmar's top diplomat on Friday to halt air strikes, during closed-door talks in Bangkok.\n\nThai Foreign Minister Sihasak Phuangketkeow hosted the informal consultations, which were attended by Myanmar's Foreign Minister Than Swe, Malaysia's Mohamad Hasan and Philippine Foreign Secretary Theresa Lazaro, whose country takes over the rotating ASEAN chair in January.",
			[]held{{[]string{"sihasak-phuangketkeow", "than-swe", "mohamad-hasan", "theresa-lazaro"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'Ministers adopted the plan at their meeting, held online on Friday. The meeting, chaired by A, was attended by B and C': the lead told it online",
			"HÀ NỘI — Digital ministers of ASEAN adopted the Digital Masterplan at their first meeting, held online on Friday due to the pandemic.\n\nThe First ASEAN Digital Ministers' Meeting, chaired by Malaysia's Minister of Communications Saifuddin Abdullah, was attended by Việt Nam's Minister of Information Nguyễn Mạnh Hùng and Singapore's Minister for Communications S. Iswaran.",
			[]held{{[]string{"saifuddin-abdullah", "nguyen-manh-hung", "s-iswaran"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'The leaders' session, held by video, was co-chaired by A and B. Leaders who joined the video conference included C and D': the same session",
			"SEOUL — A virtual leaders' session was held on Friday evening, co-chaired by President Yoon Suk Yeol and British Prime Minister Rishi Sunak. Leaders who joined the video conference included Australian Prime Minister Anthony Albanese and Italian Prime Minister Giorgia Meloni.",
			[]held{{[]string{"yoon-suk-yeol", "rishi-sunak", "anthony-albanese", "giorgia-meloni"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'President A held talks with B. On Saturday, the Head of State hosted C': the president the gazetteer lacks, by the other name of his office",
			"NAIROBI — President William Ruto held talks with US climate envoy John Kerry on Friday.\n\nOn Saturday, the Head of State hosted Dr Sultan Al Jaber on the sidelines of the summit.",
			[]held{{[]string{"william-ruto", "john-kerry"}, "2026-02-06", "Nairobi", inPerson}, {[]string{"william-ruto", "sultan-al-jaber"}, "2026-02-07", "Nairobi", inPerson}}},
		{"'The talks touched on the stocktake to be concluded in Dubai': a place of the topic, not of the talks",
			"NAIROBI — President William Ruto held talks with US climate envoy John Kerry on Friday.\n\nThe talks touched on the global stocktake to be concluded in Dubai.",
			[]held{{[]string{"william-ruto", "john-kerry"}, "2026-02-06", "Nairobi", inPerson}}},
		{"'A presided over the retreat, which brought together B, C and D': the chair was there with those the clause names",
			"CEBU CITY – Foreign Affairs Secretary Theresa Lazaro on Friday presided over the retreat, which brought together Timor-Leste's Bendito dos Santos Freitas, Indonesia's Sugiono and Malaysia's Mohamad Hasan.",
			[]held{{[]string{"theresa-lazaro", "bendito-dos-santos-freitas", "sugiono", "mohamad-hasan"}, "2026-02-06", "Cebu", inPerson}}},
		{"'which brought together her counterparts, among them B, C and D': the names of the many told",
			"CEBU CITY – Foreign Affairs Secretary Theresa Lazaro on Friday presided over the retreat, which brought together her counterparts from the other member states, among them Timor-Leste's Bendito dos Santos Freitas, Indonesia's Sugiono and Malaysia's Mohamad Hasan.",
			[]held{{[]string{"theresa-lazaro", "bendito-dos-santos-freitas", "sugiono", "mohamad-hasan"}, "2026-02-06", "Cebu", inPerson}}},
		{"'DILI — … at the Nicolau Lobato Presidential Palace': a palace named after a person, in the dateline's capital",
			"DILI — ASEAN Secretary-General Kao Kim Hourn paid a courtesy call on President José Ramos-Horta at the Nicolau Lobato Presidential Palace on Friday.",
			[]held{{[]string{"kao-kim-hourn", "jose-ramos-horta"}, "2026-02-06", "Dili", inPerson}}},
		{"'Menaker Ida Fauziyah met B': Indonesia's short title of the minister, no part of her name",
			"JAKARTA — Menaker Ida Fauziyah met Malaysian Human Resources Minister M. Saravanan on Friday.",
			[]held{{[]string{"ida-fauziyah", "m-saravanan"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'… In the evening, B hosted a dinner. The visit to Phnom Penh took place on 5 February': the closing sentence dates the visit's meetings",
			"Labour Minister Suchart Chomklin has led a Thai delegation to Phnom Penh for talks with Cambodian Minister of Labour Ith Samheng on the recruitment of workers.\n\nFollowing the talks, Mr. Suchart paid a courtesy call on Prime Minister Hun Manet at the Peace Palace.\n\nIn the evening, Minister Ith Samheng hosted a dinner in honour of the Thai delegation.\n\nThe visit to Phnom Penh took place on 5 February 2026.",
			[]held{{[]string{"suchart-chomklin", "ith-samheng"}, "2026-02-05", "Phnom Penh", inPerson}, {[]string{"suchart-chomklin", "hun-manet"}, "2026-02-05", "Phnom Penh", inPerson}}},
		{"'A and B met on Friday. On Thursday, the leaders gathered for their retreat, chaired by C. A and B were among the leaders at the retreat': the retreat's table",
			"RAROTONGA — Prime Minister Anthony Albanese and Tuvalu's Prime Minister Kausea Natano signed the treaty after a bilateral meeting on Friday.\n\nOn Thursday, the forum leaders gathered in Rarotonga for their traditional leaders' retreat, chaired by Cook Islands Prime Minister Mark Brown. Mr Albanese and Mr Natano were among the leaders at the retreat.",
			[]held{{[]string{"anthony-albanese", "kausea-natano"}, "2026-02-06", "Rarotonga", inPerson}, {[]string{"anthony-albanese", "kausea-natano", "mark-brown"}, "2026-02-05", "Rarotonga", inPerson}}},
		{"'A and B co-chaired the dialogue. B arrived in Beijing on Thursday. On the same day, he was received by C': the one who arrived, not the one who met last",
			"BEIJING — Chinese Vice Premier Ding Xuexiang and Frans Timmermans, executive vice president of the European Commission, on Friday co-chaired the climate dialogue in Beijing.\n\nTimmermans arrived in Beijing on Thursday for a three-day visit. On the same day, he was received by Xie Zhenhua, China's special envoy for climate change.",
			[]held{{[]string{"ding-xuexiang", "frans-timmermans"}, "2026-02-06", "Beijing", inPerson}, {[]string{"frans-timmermans", "xie-zhenhua"}, "2026-02-05", "Beijing", inPerson}}},
		{"'received Google chief investment officer A': the officer's title before the name",
			"KUALA LUMPUR – Prime Minister Anwar Ibrahim received Google chief investment officer Ruth Porat on Friday.",
			[]held{{[]string{"anwar-ibrahim", "ruth-porat"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'The announcement was made at a joint press conference by A and B': the two who gave it met",
			"KUALA LUMPUR – The announcement was made at a joint press conference by Trade Minister Tengku Zafrul Aziz and Google president Ruth Porat in Kuala Lumpur on Friday.",
			[]held{{[]string{"tengku-zafrul-aziz", "ruth-porat"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
	})
}
