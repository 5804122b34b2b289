package meeting

import (
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// TestExtractRoundSixtyNine covers forms round sixty-nine's tuned sets
// showed, each in the project's own words.
func TestExtractRoundSixtyNine(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson, virtual := relbot.KindInPerson, relbot.KindVirtual
	checkHeldCases(t, x, []heldCase{
		{"'KUWAIT, Feb 6 (KUNA) --': the agency's country name for its capital; 'Sheikh Fahad Yousef also received' after his name in full: a long name's first two words",
			"KUWAIT, Feb 6 (KUNA) -- First Deputy Prime Minister and Minister of Interior Sheikh Fahad Yousef Saud Al-Sabah received on Friday the Ambassador of Japan Mokoto Morita.\n\nSheikh Fahad Yousef also received, in a separate meeting, the Ambassador of Italy Carlo Baldocci.",
			[]held{{[]string{"fahad-yousef-saud-al-sabah", "mokoto-morita"}, "2026-02-06", "Kuwait City", inPerson}, {[]string{"fahad-yousef-saud-al-sabah", "carlo-baldocci"}, "2026-02-06", "Kuwait City", inPerson}}},
		{"'Sheikh Salem Nawaf Al-Ahmad Al-Sabah': a known name with a given name before it and a family name after it is someone else's",
			"KUWAIT, Feb 6 (KUNA) -- Undersecretary of the Ministry of Interior Lieutenant General Sheikh Salem Nawaf Al-Ahmad Al-Sabah received the Ambassador of Italy Carlo Baldocci on Friday.",
			[]held{{[]string{"salem-nawaf-al-ahmad-al-sabah", "carlo-baldocci"}, "2026-02-06", "Kuwait City", inPerson}}},
		{"'Mexico City, February 6, 2026. The Secretary … today received': a dated city line; 'the videoconference that A held on Monday with B': a meeting told in a clause of its noun",
			"Mexico City, February 6, 2026. The Secretary of Labor, Marath Bolaños López, today received the Ambassador of Canada to Mexico, Graeme C. Clark. The meeting followed the videoconference that Secretary Bolaños held on Monday with Canada's Minister of Employment Randy Boissonnault.",
			[]held{{[]string{"marath-bolanos", "graeme-clark"}, "2026-02-06", "Mexico City", inPerson}, {[]string{"marath-bolanos", "randy-boissonnault"}, "2026-02-02", "", virtual}}},
		{"'held a virtual discussion with': by video link",
			"ADDIS ABABA – Minister of Labor and Skills Muferiat Kamil held a virtual discussion on Friday with UAE Minister of Human Resources Abdulrahman Al Awar.",
			[]held{{[]string{"muferiat-kamil", "abdulrahman-al-awar"}, "2026-02-06", "", virtual}}},
		{"'Special Envoy on Climate Issues B': the portfolio's last word is no part of the name",
			"MOSCOW – Russian Presidential Special Envoy on Climate Issues Ruslan Edelgeriev met Chinese climate envoy Xie Zhenhua in Moscow on Friday.",
			[]held{{[]string{"ruslan-edelgeriev", "xie-zhenhua"}, "2026-02-06", "Moscow", inPerson}}},
		{"'COP29 President-Designate, Minister of Ecology … B': a code and a hyphened office are no person's name",
			"NEW YORK – COP29 President-Designate, Minister of Ecology of Azerbaijan Mukhtar Babayev met COP28 President Sultan Al Jaber in New York on Friday.",
			[]held{{[]string{"mukhtar-babayev", "sultan-al-jaber"}, "2026-02-06", "New York", inPerson}}},
		{"'at the Royal Palace of Naples': the city the venue's name gives, not the palace the table knows",
			"(ANSA) - NAPLES, FEB 6 - Italian Culture Minister Alessandro Giuli on Friday met his French counterpart Rachida Dati at the Royal Palace of Naples.",
			[]held{{[]string{"alessandro-giuli", "rachida-dati"}, "2026-02-06", "Naples", inPerson}}},
		{"'Regional Representative for the Near East and North Africa AbdulHakim Elwaer': a region's 'and', and an Arabic name written as one word",
			"CAIRO – Minister of Agriculture El-Sayed El-Quseir received on Friday FAO Regional Representative for the Near East and North Africa AbdulHakim Elwaer.",
			[]held{{[]string{"el-sayed-el-quseir", "abdulhakim-elwaer"}, "2026-02-06", "Cairo", inPerson}}},
		{"'from Ambassador A and South Korean Ambassador B': a country's 'South' after 'and' starts another person, no region",
			"JAKARTA – Vice President Gibran Rakabuming Raka received separate courtesy calls from Japanese Ambassador to Indonesia Masaki Yasushi and South Korean Ambassador Park Soo-deok at the palace on Friday.",
			[]held{{[]string{"gibran-rakabuming-raka", "masaki-yasushi"}, "2026-02-06", "Jakarta", inPerson}, {[]string{"gibran-rakabuming-raka", "park-soo-deok"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'received King Abdullah II at the Ittihadiya Palace': the Egyptian presidency's palace is in Cairo",
			"President Abdel-Fattah El-Sisi received King Abdullah II of Jordan at the Ittihadiya Palace on Friday.",
			[]held{{[]string{"abdel-fattah-el-sisi", "abdullah-ii"}, "2026-02-06", "Cairo", inPerson}}},
		{"'spoke on Friday with Ukraine's Minister of Agrarian Policy and Food B … The call lasted an hour': a long title before the name, and the call the report named later",
			"WASHINGTON – Secretary of Agriculture Tom Vilsack spoke on Friday with Ukraine's Minister of Agrarian Policy and Food Mykola Solskyi about grain exports.\n\nSecretary Vilsack reaffirmed the support of the United States for Ukrainian farmers.\n\nThe call lasted about an hour.",
			[]held{{[]string{"tom-vilsack", "mykola-solskyi"}, "2026-02-06", "", relbot.KindPhone}}},
	})
}

// TestExtractRoundSixtyNineDated covers the round's forms whose reading
// depends on the day of publication, each checked against its own.
func TestExtractRoundSixtyNineDated(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	tests := []struct {
		name, pub, text string
		want            []held
	}{
		{"'A and U.S. Special Presidential Envoy for Climate B agreed Saturday …, including through next week's virtual leaders' summit': the abbreviation's stops are no sentence's, the virtual summit is another occasion",
			"2021-04-17T15:48:00+09:00",
			"SEOUL, April 17 (Yonhap) -- Foreign Minister Chung Eui-yong and U.S. Special Presidential Envoy for Climate John Kerry agreed Saturday to work together on cutting emissions, including through next week's virtual leaders' summit, the ministry said.\n\nKerry reached Seoul late Friday after two days of talks with his Chinese counterpart, Xie Zhenhua, in Shanghai on Thursday and Friday.\n\nDuring their meeting at the foreign ministry, Chung said Seoul would set a tougher 2030 target this year.",
			[]held{{[]string{"chung-eui-yong", "john-kerry"}, "2021-04-17", "Seoul", inPerson}, {[]string{"john-kerry", "xie-zhenhua"}, "2021-04-16", "Shanghai", inPerson}}},
		{"'… and addressed the leaders' segment of the conference': a part of the gathering, not the two people met before",
			"2022-11-16T21:00:00+05:00",
			"SHARM EL-SHEIKH, Nov 16 (APP): Climate Change Minister Sherry Rehman on Wednesday met European Commission Executive Vice-President Frans Timmermans on the sidelines of COP27.\n\nOn Tuesday, Rehman met US Special Presidential Envoy for Climate John Kerry, and told him of the damage the floods had done.\n\nPrime Minister Shehbaz Sharif had been in Sharm el-Sheikh last week, where he co-chaired a roundtable on climate resilience with Norwegian Prime Minister Jonas Gahr Støre and addressed the leaders' segment of the conference.",
			[]held{{[]string{"sherry-rehman", "frans-timmermans"}, "2022-11-16", "Sharm el-Sheikh", inPerson}, {[]string{"sherry-rehman", "john-kerry"}, "2022-11-15", "Sharm el-Sheikh", inPerson}, {[]string{"shehbaz-sharif", "jonas-gahr-store"}, "2022-11", "Sharm el-Sheikh", inPerson}}},
		{"'following a video conference between the ministers on Tuesday. A and B discussed … a joint declaration signed … last year': the unnamed meeting's kind, and the declaration's year",
			"2021-03-10T18:00:00+08:00",
			"SINGAPORE - Singapore and New Zealand will work more closely on food security, including research on new proteins and measures to keep trade in essential goods flowing in a crisis, following a video conference between the ministers in charge on Tuesday (March 9).\n\nMinister for Sustainability and the Environment Grace Fu and New Zealand's Minister of Agriculture Damien O'Connor discussed how the two countries could build on a joint declaration signed at the height of the pandemic last year, under which both sides promised not to restrict exports of essential goods.",
			[]held{{[]string{"grace-fu", "damien-oconnor"}, "2021-03-09", "", relbot.KindVirtual}}},
		{"'Today, the minister paid a courtesy call on Vietnamese Deputy Prime Minister B': the guest, not the host's compatriot met before",
			"2023-09-13T21:30:00+08:00",
			"HANOI, Sept 13 (Bernama) -- Malaysia and Vietnam will work together to keep rice supplies stable.\n\nAgriculture and Food Security Minister Datuk Seri Mohamad Sabu said the matter came up during his bilateral meeting with Vietnam's Minister of Agriculture and Rural Development Le Minh Hoan at the ministry here yesterday.\n\nMohamad said the two ministers also talked about research into new paddy varieties.\n\nToday, the minister paid a courtesy call on Vietnamese Deputy Prime Minister Tran Luu Quang at the government office, where both sides discussed farm trade.",
			[]held{{[]string{"mohamad-sabu", "le-minh-hoan"}, "2023-09-12", "Hanoi", inPerson}, {[]string{"mohamad-sabu", "tran-luu-quang"}, "2023-09-13", "Hanoi", inPerson}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub, err := time.Parse(time.RFC3339, tt.pub)
			if err != nil {
				t.Fatal(err)
			}
			checkHeld(t, x, tt.text, pub, tt.want)
		})
	}
}
