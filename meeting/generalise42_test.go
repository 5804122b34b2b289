package meeting

import (
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// TestExtractRoundFortySix covers the forms the forty-sixth round of
// held-out sets showed, each in this project's own words.
func TestExtractRoundFortySix(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'Morales Ojeda': an unknown person's last two names, which hide the last one alone",
			"Nguyen Van Nen, Politburo member, on Monday received a delegation led by Roberto Morales Ojeda, member of the Political Bureau.\n\nIn Hanoi, Morales Ojeda was received by Nguyen Phu Trong on Friday.",
			[]held{{[]string{"nguyen-van-nen", "roberto-morales-ojeda"}, "2026-02-02", "", inPerson}, {[]string{"roberto-morales-ojeda", "nguyen-phu-trong"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'had a pull-aside with': a brief meeting on a summit's sidelines",
			"VIENTIANE — On Friday, Lawrence Wong had a brief pull-aside with Australian Prime Minister Anthony Albanese.",
			[]held{{[]string{"lawrence-wong", "anthony-albanese"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'before leaving for Manila': where the guest went next is not where they met",
			"VIENTIANE — On Friday, before leaving for Manila, Ferdinand Marcos Jr. held talks with New Zealand Prime Minister Christopher Luxon on the sidelines of the East Asia Summit.",
			[]held{{[]string{"ferdinand-marcos-jr", "christopher-luxon"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'Minister for Trade and Export Growth David Parker': 'Export Growth' is the portfolio; 'holding a short discussion online' a virtual meeting of the three",
			"SINGAPORE — Singapore, Chile and New Zealand signed a digital economy pact on Friday in a ceremony held by video conference.\n\nSingapore's Minister for Trade and Industry Chan Chun Sing, New Zealand's Minister for Trade and Export Growth David Parker and Chile's Vice Minister of Trade Rodrigo Yáñez each signed the agreement from their own capitals, before holding a short discussion online.",
			[]held{{[]string{"chan-chun-sing", "david-parker", "rodrigo-yanez"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'joined the panel discussion': a discussion only 'held' is a meeting",
			"SINGAPORE — Chan Chun Sing and Lawrence Wong on Friday joined the panel discussion on digital trade.", nil},
		{"'received at the San Carlos Palace the Deputy Foreign Minister …, who is in Bogotá': Latin America's capitals and palaces are places",
			"Foreign Minister Luis Gilberto Murillo received on Friday at the San Carlos Palace the Deputy Foreign Minister of Vietnam, Hà Kim Ngọc, who is in Bogotá for political consultations.",
			[]held{{[]string{"luis-gilberto-murillo", "ha-kim-ngoc"}, "2026-02-06", "Bogotá", inPerson}}},
		{"'Ambassador Raul Santiago Bernardo': a city's name inside a person's",
			"KUALA LUMPUR — Mohamad Hasan on Friday welcomed Philippine Ambassador Raul Santiago Bernardo at Wisma Putra.",
			[]held{{[]string{"mohamad-hasan", "raul-santiago-bernardo"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'met Park Hang-seo, the coach of …': a coach is an office after a name",
			"HANOI — Moon Jae-in on Friday met Park Hang-seo, the coach of Vietnam's team.",
			[]held{{[]string{"moon-jae-in", "park-hang-seo"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'received head coach Park Hang-seo': a lower-case office after 'received'",
			"HANOI — Prime Minister Pham Minh Chinh on Friday received head coach Park Hang-seo and members of the national team.",
			[]held{{[]string{"pham-minh-chinh", "park-hang-seo"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'his meeting with He Junke, First Secretary …': 'He' inside a sentence before a name is the family name",
			"BEIJING — Youth Minister Syed Saddiq Syed Abdul Rahman said on Friday the plan was agreed during his meeting with He Junke, First Secretary of the Central Committee of the Communist Youth League of China, in Beijing.",
			[]held{{[]string{"syed-saddiq-syed-abdul-rahman", "he-junke"}, "2026-02-06", "Beijing", inPerson}}},
		{"'Syed Saddiq Syed Abdul Rahman', then 'Syed Saddiq': the father's name opens with the son's style",
			"BEIJING — Youth Minister Syed Saddiq Syed Abdul Rahman on Friday met He Junke, First Secretary of the Communist Youth League of China.\n\nHe Junke said China would welcome young Malaysians.\n\nSyed Saddiq is on a five-day visit. On Thursday, he met Gou Zhongwen, director of the General Administration of Sport.",
			[]held{{[]string{"syed-saddiq-syed-abdul-rahman", "he-junke"}, "2026-02-06", "Beijing", inPerson}, {[]string{"syed-saddiq-syed-abdul-rahman", "gou-zhongwen"}, "2026-02-05", "Beijing", inPerson}}},
		{"'have yet to hold formal talks' is no meeting",
			"SEOUL — Moon Jae-in and Yoshihide Suga have yet to hold formal talks since Suga took office in September last year.", nil},
		{"'Abe and Modi traveled together aboard a bullet train': leaders travelling together meet",
			"KOBE — Prime Minister Shinzo Abe and his Indian counterpart Narendra Modi traveled together aboard a shinkansen bullet train from Tokyo to Kobe on Friday.",
			[]held{{[]string{"shinzo-abe", "narendra-modi"}, "2026-02-06", "Kobe", inPerson}}},
		{"'Johor Baru' is the Malay spelling of Johor Bahru",
			"JOHOR BARU — Transport Minister Anthony Loke met Singapore's Acting Transport Minister Chee Hong Tat on Friday.",
			[]held{{[]string{"anthony-loke", "chee-hong-tat"}, "2026-02-06", "Johor Bahru", inPerson}}},
		{"'chaired a working session at the site with A, B and C': one session, one meeting of them all",
			"HANOI — Hun Manet chaired a working session at the site with Tô Lâm, Lawrence Wong and Anwar Ibrahim on Friday.",
			[]held{{[]string{"hun-manet", "to-lam", "lawrence-wong", "anwar-ibrahim"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'Director of the Airports Corporation Vũ Thế Phiệt': 'Thế' with its marks is a name, not 'the'",
			"HANOI — Hun Manet on Friday met Director of the Airports Corporation Vũ Thế Phiệt.",
			[]held{{[]string{"hun-manet", "vu-the-phiet"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'said yesterday during a meeting with': the saying's day is the meeting's",
			"PHNOM PENH — Japan will continue to support the port, Japanese Ambassador to Cambodia Ueno Atsushi said yesterday during a meeting with Minister of Public Works and Transport Peng Ponea.",
			[]held{{[]string{"atsushi-ueno", "peng-ponea"}, "2026-02-07", "Phnom Penh", inPerson}}},
		{"'Secretary of the Guangdong Provincial Party Committee Huang Kunming': a city's name may end a person's after an office",
			"GUANGZHOU — Tô Lâm on Friday met Secretary of the Guangdong Provincial Party Committee Huang Kunming.",
			[]held{{[]string{"to-lam", "huang-kunming"}, "2026-02-06", "Guangzhou", inPerson}}},
		{"'Zhang Jun, president of …, held talks': a given name that is also a month's short form",
			"BEIJING — Zhang Jun, president of the Supreme People's Court, held talks with Viengthong Siphandone, president of the People's Supreme Court of Laos, on Friday.",
			[]held{{[]string{"zhang-jun", "viengthong-siphandone"}, "2026-02-06", "Beijing", inPerson}}},
		{"'this was agreed upon at a meeting with … yesterday': what the meeting gave, no meeting agreed on",
			"KUALA LUMPUR: Hun Manet said this was agreed upon at a meeting with Anwar Ibrahim yesterday.",
			[]held{{[]string{"hun-manet", "anwar-ibrahim"}, "2026-02-07", "Kuala Lumpur", inPerson}}},
		{"'the IFAD President' after 'Alvaro Lario, President of the International Fund for Agricultural Development (IFAD)': the body's acronym in brackets",
			"PHNOM PENH — Hun Manet received on Friday at the Peace Palace a delegation led by Mr. Alvaro Lario, President of the International Fund for Agricultural Development (IFAD), who is on an official visit to Cambodia.\n\nOn Thursday, the IFAD President met with H.E. Dr. Dith Tina, Minister of Agriculture.",
			[]held{{[]string{"hun-manet", "alvaro-lario"}, "2026-02-06", "Phnom Penh", inPerson}, {[]string{"alvaro-lario", "dith-tina"}, "2026-02-05", "Phnom Penh", inPerson}}},
		{"'agreed Friday in a videoconference to work together': what the call agreed, no call agreed on",
			"TOKYO — Japanese farm minister Taku Eto and Australian Agriculture Minister David Littleproud agreed Friday in a videoconference to work together to keep supply chains open.",
			[]held{{[]string{"taku-eto", "david-littleproud"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'following the meeting between A and B, Agriculture Secretary C said.': who said so took no part",
			"BEIJING — Fishermen may return following the meeting between Rodrigo Duterte and Xi Jinping on Thursday, Agriculture Secretary Emmanuel Piñol said.",
			[]held{{[]string{"rodrigo-duterte", "xi-jinping"}, "2026-02-05", "Beijing", inPerson}}},
		{"'minister in charge of the Tokyo Olympic and Paralympic Games': the Games are no person",
			"BEIJING — Gou Zhongwen, head of China's General Administration of Sport, held talks via video link on Friday with Seiko Hashimoto, minister in charge of the Tokyo Olympic and Paralympic Games.",
			[]held{{[]string{"gou-zhongwen", "seiko-hashimoto"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'Tun Tengku Maimun Tuan Mat': 'Tengku' is of the name, as her labels keep it",
			"KUALA LUMPUR — Chief Justice of Malaysia Tun Tengku Maimun Tuan Mat held a bilateral meeting with Vietnam's Chief Justice Nguyen Hoa Binh on Friday.",
			[]held{{[]string{"tengku-maimun-tuan-mat", "nguyen-hoa-binh"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'their first since Acryl Sani took office as the country's 13th IGP in May': the month of taking office dates no meeting",
			"KUALA LUMPUR — Inspector-General of Police Tan Sri Acryl Sani Abdullah Sani and Indonesian National Police chief General Listyo Sigit Prabowo on Friday agreed to step up joint efforts.\n\nThe agreement was reached during a virtual meeting between the two police chiefs, their first since Acryl Sani took office as the country's 13th IGP in May.",
			[]held{{[]string{"acryl-sani-abdullah-sani", "listyo-sigit-prabowo"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'Minister Al Panlilio joined the President and the FIBA officials in the meeting': one more at the meeting just told",
			"MANILA — President Ferdinand R. Marcos Jr. on Friday received Secretary General Andreas Zagklis in Malacañang.\n\nMinister Al Panlilio joined the President and the FIBA officials in the meeting.",
			[]held{{[]string{"ferdinand-marcos-jr", "andreas-zagklis", "al-panlilio"}, "2026-02-06", "Manila", inPerson}}},
		{"'Chookiat Ophaswongse, honorary president of …': an honorary office set off after a name",
			"BANGKOK — Commerce Minister Phumtham Wechayachai on Friday held talks with Bayu Krisnamurthi, president director of Indonesia's state logistics agency Perum Bulog.\n\nThe meeting was also attended by Chookiat Ophaswongse, honorary president of the Thai Rice Exporters Association.",
			[]held{{[]string{"phumtham-wechayachai", "bayu-krisnamurthi", "chookiat-ophaswongse"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'… of China (CYLC) He Junke': the family name after the body's acronym",
			"HANOI — First Secretary of the Youth Union Central Committee Lê Quốc Phong held talks in Hà Nội on Friday with First Secretary of the Central Committee of the Communist Youth League of China (CYLC) He Junke, who is leading a delegation.",
			[]held{{[]string{"le-quoc-phong", "he-junke"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'Koizumi, who was appointed agriculture minister Saturday following …, met Ishiba in the morning': the day of the appointment is no meeting's",
			"TOKYO — Farm minister Shinjiro Koizumi said Sunday he will scrap the auction system.\n\nKoizumi, who was appointed agriculture minister Saturday following the resignation of Taku Eto over a remark that he had \"never bought rice,\" met Shigeru Ishiba at the prime minister's office in the morning.",
			[]held{{[]string{"shinjiro-koizumi", "shigeru-ishiba"}, "2026-02-08", "Tokyo", inPerson}}},
		{"'A and B were among those present at the banquet' for many guests: in the hall, not at the meeting",
			"BEIJING — President Xi Jinping met Singaporean President Halimah Yacob at the Great Hall of the People on Friday.\n\nLater on Friday, Xi hosted a banquet to welcome the dignitaries attending the Games, including Halimah.\n\nDing Xuexiang and Wang Yi were among those present at the banquet.",
			[]held{{[]string{"xi-jinping", "halimah-yacob"}, "2026-02-06", "Beijing", inPerson}}},
		{"'The minister said he would brief B … at a meeting on Monday': a plan told in reported speech",
			"BANGKOK — Agriculture Minister Chalermchai Sri-on held a video call with Chinese Ambassador Ni Yuefeng on Friday.\n\nThe minister said he would brief Deputy Prime Minister Jurin Laksanawisit on the outcome of the talks at a meeting on Monday.",
			[]held{{[]string{"chalermchai-sri-on", "ni-yuefeng"}, "2026-02-06", "", relbot.KindVirtual}}},
	})
	t.Run("'Minister of the General Administration of Customs of China Sun Meijun', once collecting has made her known: a body's name, no 'administration of' her", func(t *testing.T) {
		g, err := NewGazetteer([]relbot.Actor{{Slug: "sun-meijun", Name: "Sun Meijun", Country: "CN"}})
		if err != nil {
			t.Fatal(err)
		}
		checkHeld(t, NewExtractor(g), "BEIJING — Do Duc Duy had a working session on Friday with Minister of the General Administration of Customs of China Sun Meijun.", testPub,
			[]held{{[]string{"do-duc-duy", "sun-meijun"}, "2026-02-06", "Beijing", inPerson}})
	})
	t.Run("'Morales Ojeda' when an earlier article made Roberto Morales Ojeda known: the name's short forms as in the article that introduced him", func(t *testing.T) {
		g, err := NewGazetteer([]relbot.Actor{{Slug: "roberto-morales-ojeda", Name: "Roberto Morales Ojeda", Country: "CU"}})
		if err != nil {
			t.Fatal(err)
		}
		checkHeld(t, NewExtractor(g), "Nguyen Van Nen, Politburo member, on Monday received a delegation led by Roberto Morales Ojeda, member of the Political Bureau.\n\nIn Hanoi, Morales Ojeda was received by Nguyen Phu Trong on Friday.", testPub,
			[]held{{[]string{"nguyen-van-nen", "roberto-morales-ojeda"}, "2026-02-02", "", inPerson}, {[]string{"roberto-morales-ojeda", "nguyen-phu-trong"}, "2026-02-06", "Hanoi", inPerson}})
	})
	t.Run("'Mr Rodríguez' is the Cuban foreign minister the article named in full", func(t *testing.T) {
		pub := time.Date(2019, 4, 17, 8, 0, 0, 0, time.FixedZone("ICT", 7*3600))
		checkHeld(t, x, "Prime Minister Thongloun Sisoulith yesterday received visiting Cuban Foreign Minister Bruno Rodríguez Parrilla at the Prime Minister's Office in Vientiane.\n\nOn Monday, Mr Rodríguez held talks with Minister of Foreign Affairs Saleumxay Kommasith at the ministry.", pub,
			[]held{{[]string{"thongloun-sisoulith", "bruno-rodriguez-parrilla"}, "2019-04-16", "Vientiane", inPerson}, {[]string{"bruno-rodriguez-parrilla", "saleumxay-kommasith"}, "2019-04-15", "Vientiane", inPerson}})
	})
	t.Run("'as Bangkok prepares to stage the congress on Friday' names no day of the story: the lead's Thursday is", func(t *testing.T) {
		pub := time.Date(2024, 5, 16, 18, 0, 0, 0, time.FixedZone("ICT", 7*3600))
		checkHeld(t, x, "Prime Minister Srettha Thavisin on Thursday told FIFA President Gianni Infantino that Thailand is keen to host more tournaments, as Bangkok prepares to stage the annual congress on Friday.\n\nInfantino paid a courtesy call on the prime minister at Government House in the afternoon.", pub,
			[]held{{[]string{"srettha-thavisin", "gianni-infantino"}, "2024-05-16", "Bangkok", inPerson}})
	})
	t.Run("'(Notimex).-' closes a dateline; the gazetteer knows Mexico's presidents, so 'the Mexican president' of 2017 is Peña Nieto", func(t *testing.T) {
		pub := time.Date(2017, 11, 10, 23, 50, 0, 0, time.FixedZone("CST", -6*3600))
		checkHeld(t, x, "Da Nang, Vietnam, Nov. 10 (Notimex).- President Enrique Peña Nieto held a bilateral meeting this Friday with the President of Vietnam, Tran Dai Quang, on the sidelines of the APEC leaders' week.\n\nLater, the Mexican president met with the Prime Minister of Malaysia, Najib Razak, with whom he reviewed trade in palm oil.", pub,
			[]held{{[]string{"enrique-pena-nieto", "tran-dai-quang"}, "2017-11-10", "Da Nang", inPerson}, {[]string{"enrique-pena-nieto", "najib-razak"}, "2017-11-10", "Da Nang", inPerson}})
	})
}
