package meeting

import (
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// TestExtractRoundFiftyFour covers the forms the fifty-fourth round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundFiftyFour(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'A held talks with B on Thursday morning, before being received by C in the afternoon': the participle's agent met A too",
			"VIENTIANE — Foreign Minister Wang Yi on Thursday morning held talks with his Lao counterpart Thongsavanh Phomvihane, before being received by Prime Minister Sonexay Siphandone at the government office in the afternoon.",
			[]held{{[]string{"wang-yi", "thongsavanh-phomvihane"}, "2026-02-05", "Vientiane", inPerson}, {[]string{"wang-yi", "sonexay-siphandone"}, "2026-02-05", "Vientiane", inPerson}}},
		{"'met with the leaders of several other countries attending the forum, including A and B': each leads his own country, a round of bilaterals",
			"BEIJING — On Tuesday, President Xi Jinping also met with the leaders of several other countries attending the forum, including Lao President Thongloun Sisoulith and Kazakh President Kassym-Jomart Tokayev.",
			[]held{{[]string{"xi-jinping", "thongloun-sisoulith"}, "2026-02-03", "Beijing", inPerson}, {[]string{"xi-jinping", "kassym-jomart-tokayev"}, "2026-02-03", "Beijing", inPerson}}},
		{"'since he visited Laos in May 2019 and held talks with B in Luang Prabang, …': the since-clause's meeting is the past the news is measured against, and its place is not the day's",
			"BEIJING — President Xi Jinping met Lao President Thongloun Sisoulith in Beijing on Friday.\n\nXi said that since he visited Laos in May 2019 and held talks with Prime Minister Sonexay Siphandone in Luang Prabang, ties had deepened.\n\nAlso on Friday, Xi met Thai Prime Minister Anutin Charnvirakul.",
			[]held{{[]string{"xi-jinping", "thongloun-sisoulith"}, "2026-02-06", "Beijing", inPerson}, {[]string{"xi-jinping", "anutin-charnvirakul"}, "2026-02-06", "Beijing", inPerson}}},
		{"'attended the Leaders' Roundtable chaired by A on Monday, along with B and C': a named roundtable chaired once is a meeting, not a standing body",
			"BEIJING — Prime Minister Pham Minh Chinh wrapped up his visit to China on Tuesday.\n\nHe had attended the Leaders' Roundtable chaired by President Xi Jinping on Monday, along with Lao President Thongloun Sisoulith and Indonesian President Prabowo Subianto.",
			[]held{{[]string{"pham-minh-chinh", "xi-jinping", "thongloun-sisoulith", "prabowo-subianto"}, "2026-02-02", "Beijing", inPerson}}},
		{"'A, who led the delegation in place of Prime Minister B, met C': the one replaced stayed away",
			"NEW DELHI — Foreign Minister Bui Thanh Son, who led the Vietnamese delegation in place of Prime Minister Pham Minh Chinh, met Indian External Affairs Minister S. Jaishankar on Friday.",
			[]held{{[]string{"bui-thanh-son", "s-jaishankar"}, "2026-02-06", "New Delhi", inPerson}}},
		{"'Minister of Foreign Affairs and the National Community Abroad A': the second portfolio opens with 'the' and ends in a word of emigrants, no part of the name",
			"HANOI — Foreign Minister Bui Thanh Son held talks with Algerian Minister of Foreign Affairs and the National Community Abroad Ahmed Attaf on Friday.",
			[]held{{[]string{"bui-thanh-son", "ahmed-attaf"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'Minister of Foreign Affairs and Expatriates A': the emigrants' portfolio is no part of the name",
			"HANOI — Foreign Minister Bui Thanh Son held talks with Jordanian Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Ayman Safadi on Friday.",
			[]held{{[]string{"bui-thanh-son", "ayman-safadi"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'A received on Friday, in Vientiane, a letter from B': the letter past the commaed time and place is still a letter",
			"VIENTIANE — Lao President Thongloun Sisoulith received on Friday, in Vientiane, a letter from his Vietnamese counterpart, Luong Cuong.",
			nil},
		{"'A received a message from B, delivered by C': the messenger met A",
			"VIENTIANE — Lao President Thongloun Sisoulith on Friday received a message from Vietnamese President Luong Cuong, delivered by Deputy Foreign Minister Nguyen Minh Vu.",
			[]held{{[]string{"thongloun-sisoulith", "nguyen-minh-vu"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'held a telephonic conversation with B yesterday evening': India's official word for a phone call",
			"NEW DELHI — Defence Minister Rajnath Singh held a telephonic conversation with Australian Defence Minister Richard Marles yesterday evening.",
			[]held{{[]string{"rajnath-singh", "richard-marles"}, "2026-02-07", "", relbot.KindPhone}}},
		{"'… co-chaired by A and B. C hosted the ministerial session': the host joins the meeting just told",
			"KUALA LUMPUR — The ceasefire deal came at the end of a meeting of the General Border Committee in Kuala Lumpur on Thursday, co-chaired by Thai Defence Minister Natthaphon Narkphanit and Cambodian Defence Minister Tea Seiha. Malaysian Defence Minister Mohamed Khaled Nordin hosted the ministerial session as ASEAN chair.",
			[]held{{[]string{"nattaphon-narkphanit", "tea-seiha", "mohamed-khaled-nordin"}, "2026-02-05", "Kuala Lumpur", inPerson}}},
		{"'A hosted the consultations, which were attended by B, C and D': the roll, not the meeting before",
			"BANGKOK — Foreign ministers met in Bangkok on Wednesday. Thai Foreign Minister Sihasak Phuangketkeow hosted the informal consultations, which were attended by Malaysia's Mohamad Hasan, Laos's Thongsavanh Phomvihane and Philippine Foreign Secretary Theresa Lazaro.",
			[]held{{[]string{"sihasak-phuangketkeow", "mohamad-hasan", "thongsavanh-phomvihane", "theresa-lazaro"}, "2026-02-04", "Bangkok", inPerson}}},
		{"'met A to discuss the partnership agreed by B and C when they met in June': what the meeting was for names no one at it",
			"JAKARTA — Australian Defence Minister Richard Marles arrived in Jakarta on Thursday.\n\nOn Friday, he met Vietnamese Defence Minister Phan Van Giang to discuss the partnership agreed by Prime Minister Anthony Albanese and Prime Minister Pham Minh Chinh when they met in Hanoi last June.",
			[]held{{[]string{"richard-marles", "phan-van-giang"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'at a video conference of health ministers yesterday, which Minister A attended from Putrajaya. Also taking part were B and C': the one named in the relative clause took part",
			"KUALA LUMPUR — The plan was agreed at a special video conference of ASEAN health ministers yesterday, which Health Minister Dzulkefly Ahmad attended from Putrajaya.\n\nAlso taking part were Thai Public Health Minister Somsak Thepsutin and Philippine Health Secretary Ted Herbosa.",
			[]held{{[]string{"dzulkefly-ahmad", "somsak-thepsutin", "ted-herbosa"}, "2026-02-07", "", relbot.KindVirtual}}},
		{"'The meeting was co-chaired by A and B. Foreign ministers of the member states attended, among them C': C joins the meeting",
			"VIENTIANE — The special meeting on Thursday was co-chaired by Chinese Foreign Minister Wang Yi and Lao Foreign Minister Thongsavanh Phomvihane.\n\nForeign ministers from the ten ASEAN member states attended, among them Malaysian Foreign Minister Mohamad Hasan.",
			[]held{{[]string{"wang-yi", "thongsavanh-phomvihane", "mohamad-hasan"}, "2026-02-05", "Vientiane", inPerson}}},
		{"'Director-General A met B. Later, the Director-General held talks with C': the agency head the story named",
			"GENEVA — WHO Director-General Tedros Adhanom Ghebreyesus met Vietnamese Deputy Prime Minister Tran Hong Ha on Friday.\n\nLater in the afternoon, the Director-General held talks with Lao Health Minister Bounfeng Phoummalaysith.",
			[]held{{[]string{"tedros-adhanom-ghebreyesus", "tran-hong-ha"}, "2026-02-06", "Geneva", inPerson}, {[]string{"tedros-adhanom-ghebreyesus", "bounfeng-phoummalaysith"}, "2026-02-06", "Geneva", inPerson}}},
		{"'A received the doses from Ambassador B at a handover ceremony': a handover in person; a country receiving doses from another names no one",
			"VIENTIANE — Health Minister Bounfeng Phoummalaysith received the 500,000 doses from Japanese Ambassador Kenichi Kobayashi at a handover ceremony on Saturday. Laos received more doses from Japan last year.",
			[]held{{[]string{"bounfeng-phoummalaysith", "kenichi-kobayashi"}, "2026-02-07", "Vientiane", inPerson}}},
		{"'A and World Health Organization (WHO) Regional Director for South-East Asia B yesterday agreed to …': an agency's office before the second name",
			"BANGKOK — Public Health Minister Somsak Thepsutin and World Health Organization (WHO) Regional Director for South-East Asia Saima Wazed yesterday agreed to step up cooperation on mental health.",
			[]held{{[]string{"somsak-thepsutin", "saima-wazed"}, "2026-02-07", "Bangkok", inPerson}}},
		{"'A hosted the first leaders' meeting of … Leaders, among them B and C, attended the gathering': the gathering is the meeting told",
			"TOKYO — Prime Minister Sanae Takaichi on Friday hosted the leaders' meeting of the Asia Zero Emission Community.\n\nLeaders of Southeast Asian countries, among them Indonesian President Prabowo Subianto and Malaysian Prime Minister Anwar Ibrahim, attended the gathering at the prime minister's office.",
			[]held{{[]string{"sanae-takaichi", "prabowo-subianto", "anwar-ibrahim"}, "2026-02-06", "Tokyo", inPerson}}},
		{"'A joined B and C in co-hosting a special session': one table of the three",
			"RIO DE JANEIRO — President Prabowo Subianto on Friday joined Brazilian President Luiz Inácio Lula da Silva and South African President Cyril Ramaphosa in co-hosting a special session on hunger.",
			[]held{{[]string{"prabowo-subianto", "luiz-inacio-lula-da-silva", "cyril-ramaphosa"}, "2026-02-06", "Rio de Janeiro", inPerson}}},
		{"'received A, Thailand's Deputy Prime Minister and Minister of Energy,': the office is the one just named, not another deputy prime minister's",
			"VIENTIANE — Lao Prime Minister Sonexay Siphandone on Friday received Ahmad Zahid Hamidi, Malaysia's Deputy Prime Minister and Minister of Rural and Regional Development, at the Prime Minister's Office.",
			[]held{{[]string{"sonexay-siphandone", "ahmad-zahid-hamidi"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'received in Hà Nội on Friday A, Chairman of …': an untitled name after the day, its office after it",
			"HÀ NỘI — National Assembly Chairman Trần Thanh Mẫn received in Hà Nội on Friday Hiroshi Moriyama, Chairman of the Japan-Việt Nam Friendship Parliamentary Alliance.",
			[]held{{[]string{"tran-thanh-man", "hiroshi-moriyama"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'received the Marshal of the Polish Sejm, A, …': the Sejm's speaker is a titled person",
			"HANOI — National Assembly Chairman Trần Thanh Mẫn on Friday received the Marshal of the Polish Sejm, Szymon Hołownia, at the National Assembly building.",
			[]held{{[]string{"tran-thanh-man", "szymon-holownia"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'received A and B in Berlin on Monday for a meeting of the parliamentary leaders': one table of the three",
			"BERLIN — Bundestag President Julia Klöckner received French National Assembly President Yaël Braun-Pivet and Polish Senate Marshal Małgorzata Kidawa-Błońska in Berlin on Monday for a meeting of the parliamentary leaders of the Weimar Triangle.",
			[]held{{[]string{"julia-klockner", "yael-braun-pivet", "malgorzata-kidawa-blonska"}, "2026-02-02", "Berlin", inPerson}}},
		{"'met with President of the Inter-Parliamentary Union (IPU) A and IPU Secretary General B': one body's two officers at one table",
			"GENEVA — National Assembly Chairman Trần Thanh Mẫn on Friday met with President of the Inter-Parliamentary Union (IPU) Tulia Ackson and IPU Secretary General Martin Chungong.",
			[]held{{[]string{"tran-thanh-man", "tulia-ackson", "martin-chungong"}, "2026-02-06", "Geneva", inPerson}}},
		{"'A and B agreed on Friday … They reached it during talks in Seoul, which took place as part of B's two-day trip that began Thursday': the trip's first day is not the talks'",
			"SEOUL — South Korean Defense Minister Ahn Gyu-back and U.S. Defense Secretary Pete Hegseth agreed on Friday to expand joint drills.\n\nAhn and Hegseth reached the agreement during talks at the defense ministry in Seoul, which took place as part of Hegseth's two-day trip to South Korea that began Thursday.",
			[]held{{[]string{"ahn-gyu-back", "pete-hegseth"}, "2026-02-06", "Seoul", inPerson}}},
		{"'DAR ES SALAAM — A held talks with B': Africa's big cities are places",
			"DAR ES SALAAM — Foreign Minister Mahmoud Thabit Kombo on Friday held talks with Thai Foreign Minister Sihasak Phuangketkeow.",
			[]held{{[]string{"mahmoud-thabit-kombo", "sihasak-phuangketkeow"}, "2026-02-06", "Dar es Salaam", inPerson}}},
		{"'held talks with B on Wednesday, the same day President C became the first to receive a shot': another event of that day",
			"JAKARTA — Chinese Foreign Minister Wang Yi held talks with Foreign Minister Sugiono in Jakarta on Wednesday, the same day President Prabowo Subianto opened a new vaccine plant.",
			[]held{{[]string{"wang-yi", "sugiono"}, "2026-02-04", "Jakarta", inPerson}}},
		{"'Mohamed Khaled also received …': Malaysia's defence minister by his first two names, as Bernama writes him",
			"KUALA LUMPUR — Defence Minister Mohamed Khaled Nordin on Friday opened the defence exhibition.\n\nMohamed Khaled also received a courtesy call from Thai Defence Minister Nattaphon Narkphanit.",
			[]held{{[]string{"mohamed-khaled-nordin", "nattaphon-narkphanit"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'A was also expected to greet B at a reception': what A was to do, not what A did",
			"TOKYO — National Assembly Chairman Trần Thanh Mẫn met House of Representatives Speaker Fukushiro Nukaga on Friday.\n\nMẫn was also expected to greet Prime Minister Sanae Takaichi at a reception for the delegations.",
			[]held{{[]string{"tran-thanh-man", "fukushiro-nukaga"}, "2026-02-06", "Tokyo", inPerson}}},
		{"'called on Speaker of the Amyotha Hluttaw A': the chamber's name ends the office, the name follows",
			"NAY PYI TAW — A Vietnamese parliamentary delegation led by National Assembly Vice Chairman Nguyen Duc Hai on Friday called on Speaker of the Amyotha Hluttaw Aye Tha Aung at the Hluttaw Building.",
			[]held{{[]string{"nguyen-duc-hai", "aye-tha-aung"}, "2026-02-06", "Naypyidaw", inPerson}}},
		{"'thanked him for his part in the preparatory meetings held on Monday. Shortly afterwards, A received C': the modifier's day is no day the story moved to",
			"PHNOM PENH — National Assembly President Khuon Sudary on Friday morning received Vietnamese National Assembly Chairman Tran Thanh Man.\n\nKhuon Sudary thanked the Vietnamese leader for the contribution of his delegation to the preparatory meetings held on Wednesday.\n\nShortly afterwards, Khuon Sudary received Indonesian House Speaker Puan Maharani.",
			[]held{{[]string{"khuon-sudary", "tran-thanh-man"}, "2026-02-06", "Phnom Penh", inPerson}, {[]string{"khuon-sudary", "puan-maharani"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'Nusa Dua, Bali (ANTARA) - A held talks with B': the island after the town is the dateline's region, the town the place",
			"Nusa Dua, Bali (ANTARA) - President Prabowo Subianto on Friday held talks with Liberian President Joseph Boakai.",
			[]held{{[]string{"prabowo-subianto", "joseph-boakai"}, "2026-02-06", "Nusa Dua", inPerson}}},
		{"'The first Mekong-Korea Summit brought together A, B and C': an ordinal of the series opens the summit's name",
			"BUSAN -- The first Mekong-Korea Summit on Friday brought together Vietnamese Prime Minister Pham Minh Chinh, Cambodian Prime Minister Hun Manet and Lao Prime Minister Sonexay Siphandone.",
			[]held{{[]string{"pham-minh-chinh", "hun-manet", "sonexay-siphandone"}, "2026-02-06", "Busan", inPerson}}},
		{"'was last in Sri Lanka in June 2019, when he … after the Easter Sunday attacks and held talks with B': a feast's Sunday is no day counted from the story's",
			"COLOMBO — Indian Prime Minister Narendra Modi was last in Sri Lanka in June 2019, when he made a brief stop in Colombo to express solidarity after the Easter Sunday attacks and held talks with then President Maithripala Sirisena.",
			nil},
		{"'The Prime Minister welcomed President B to Downing Street': the seat names whose prime minister, in the host government's own release",
			"The Prime Minister welcomed President Prabowo Subianto of Indonesia to Downing Street on Friday afternoon.",
			[]held{{[]string{"keir-starmer", "prabowo-subianto"}, "2026-02-06", "London", inPerson}}},
		{"'A said at a joint press conference with B': the other side of the conference met A",
			"BRUSSELS — Indonesian President Prabowo Subianto was in Brussels on Friday.\n\n\"This is a breakthrough,\" Prabowo said at a joint press conference with European Commission President Ursula von der Leyen.",
			[]held{{[]string{"prabowo-subianto", "ursula-von-der-leyen"}, "2026-02-06", "Brussels", inPerson}}},
	})
}

// TestExtractUSDefenseSecretary is dated in Lloyd Austin's and Antony
// Blinken's time: "the United States Secretary of Defense, A," names the
// defence secretary's office, not the Secretary of State's.
func TestExtractUSDefenseSecretary(t *testing.T) {
	x := embeddedExtractor(t)
	pub := time.Date(2023, 11, 17, 9, 0, 0, 0, time.FixedZone("WIB", 7*3600))
	checkHeld(t, x, "JAKARTA — Defence Minister Prabowo Subianto met the United States Secretary of Defense, Lloyd Austin, on Thursday.", pub,
		[]held{{[]string{"prabowo-subianto", "lloyd-austin"}, "2023-11-16", "Jakarta", relbot.KindInPerson}})
}
