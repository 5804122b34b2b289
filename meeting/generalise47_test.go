package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFiftyOne covers the forms the fifty-first round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundFiftyOne(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'hosted his Lao and Cambodian counterparts, A and B,': the names after the plural say who",
			"BANGKOK — Health Minister Somsak Thepsutin hosted his Lao and Cambodian counterparts, Khamphone Sengdara and Chheang Ra, at a trilateral meeting on Friday.",
			[]held{{[]string{"somsak-thepsutin", "khamphone-sengdara", "chheang-ra"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'Prime Minister A hosted his counterparts, B and C,': the names, not the premiers the office would give",
			"BANGKOK — Prime Minister Anutin Charnvirakul hosted his Lao and Cambodian counterparts, Khamphone Sengdara and Chheang Ra, at a trilateral meeting on Friday.",
			[]held{{[]string{"anutin-charnvirakul", "khamphone-sengdara", "chheang-ra"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'on Monday thanked … for the help over the past month, as he received B': the day, not the stretch of time",
			"MANILA — President Ferdinand Marcos Jr. on Friday thanked Japan for the relief flights of the past month, as he received visiting Foreign Minister Takeshi Iwaya at Malacañang Palace.",
			[]held{{[]string{"ferdinand-marcos-jr", "takeshi-iwaya"}, "2026-02-06", "Manila", inPerson}}},
		{"'Connecting to the session were A, B and C': a list of those who joined over a link",
			"HÀ NỘI — The ASEAN Inter-Parliamentary Assembly opened its general assembly on Friday. National Assembly Chairman Trần Thanh Mẫn chaired the first plenary session from the National Assembly House.\n\nConnecting to the session were Thai House Speaker Wan Muhamad Noor Matha, Indonesian House Speaker Puan Maharani and Cambodian National Assembly President Khuon Sudary.",
			[]held{{[]string{"tran-thanh-man", "wan-muhamad-noor-matha", "puan-maharani", "khuon-sudary"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'Prime Minister A was accompanied by B and C' sentences after his third host: his party on the visit",
			"CANBERRA — Prime Minister Lawrence Wong held talks with Prime Minister Anthony Albanese on Friday.\n\nOn Thursday, Wong called on Governor-General Sam Mostyn at Government House. He also met Foreign Minister Penny Wong that evening. They discussed ASEAN.\n\nPrime Minister Lawrence Wong was accompanied by Foreign Minister Vivian Balakrishnan and Defence Minister Chan Chun Sing.",
			[]held{{[]string{"lawrence-wong", "anthony-albanese"}, "2026-02-06", "Canberra", inPerson}, {[]string{"lawrence-wong", "sam-mostyn"}, "2026-02-05", "Canberra", inPerson}, {[]string{"lawrence-wong", "penny-wong"}, "2026-02-05", "Canberra", inPerson}}},
		{"'held talks with B, after calling on C at the palace': the gerund pays a call",
			"MANILA — US Defense Secretary Pete Hegseth held talks with Defense Secretary Gilberto Teodoro on Friday, after calling on President Ferdinand Marcos Jr. at Malacañang Palace.",
			[]held{{[]string{"pete-hegseth", "gilberto-teodoro-jr"}, "2026-02-06", "Manila", inPerson}, {[]string{"pete-hegseth", "ferdinand-marcos-jr"}, "2026-02-06", "Manila", inPerson}}},
		{"'after calling on President A to release them': an appeal, no call paid",
			"MANILA — US Defense Secretary Pete Hegseth held talks with Defense Secretary Gilberto Teodoro on Friday, after calling on President Ferdinand Marcos Jr. to release the detained sailors.",
			[]held{{[]string{"pete-hegseth", "gilberto-teodoro-jr"}, "2026-02-06", "Manila", inPerson}}},
		{"'A was calling on B to free them': an appeal as the sentence's only verb of meeting",
			"BANGKOK — Foreign Minister Sihasak Phuangketkeow was calling on Senior General Min Aung Hlaing on Friday to free the detained aid workers.",
			nil},
		{"'welcomed Vietnam Coast Guard (VCG) Commander A': the body's acronym in brackets before the title",
			"MANILA — Philippine Coast Guard Commandant Admiral Ronnie Gil Gavan welcomed Vietnam Coast Guard (VCG) Commander Lieutenant General Lê Quang Đạo at the PCG headquarters on Friday.",
			[]held{{[]string{"ronnie-gil-gavan", "le-quang-dao"}, "2026-02-06", "Manila", inPerson}}},
		{"'called on Singapore's new Defence Minister A': a word of time before the title",
			"SINGAPORE — Japanese Defence Minister Gen Nakatani held talks with Pete Hegseth on Saturday.\n\nOn Friday, Nakatani called on Singapore's new Defence Minister Chan Chun Sing.",
			[]held{{[]string{"gen-nakatani", "pete-hegseth"}, "2026-02-07", "Singapore", inPerson}, {[]string{"gen-nakatani", "chan-chun-sing"}, "2026-02-06", "Singapore", inPerson}}},
		{"'The Prime Minister, Afioga Fiamē Naomi Mata'afa,': a Samoan style before the name, then the name alone",
			"APIA — The Prime Minister, Afioga Fiamē Naomi Mata'afa, held talks with New Zealand Prime Minister Christopher Luxon on Friday.\n\nOn Saturday, Fiamē received Australian Prime Minister Anthony Albanese.",
			[]held{{[]string{"fiame-naomi-mataafa", "christopher-luxon"}, "2026-02-06", "Apia", inPerson}, {[]string{"fiame-naomi-mataafa", "anthony-albanese"}, "2026-02-07", "Apia", inPerson}}},
		{"'she spoke to A on Friday … \"In both calls I urged …\"': the sentence after tells they were calls",
			"CANBERRA — Foreign Minister Penny Wong said she spoke to Thailand's Foreign Minister Maris Sangiampongsa on Friday.\n\n\"In both calls I urged an immediate ceasefire,\" she said.",
			[]held{{[]string{"penny-wong", "maris-sangiampongsa"}, "2026-02-06", "", relbot.KindPhone}}},
		{"'had a separate call with B': a call with a word before it",
			"NEW DELHI — External Affairs Minister S Jaishankar had a separate call with Indonesian Foreign Minister Sugiono on Friday.",
			[]held{{[]string{"s-jaishankar", "sugiono"}, "2026-02-06", "", relbot.KindPhone}}},
		{"'spoke to B on Friday. During the phone conversation, …': the sentence after tells it was a call",
			"NEW DELHI — External Affairs Minister S Jaishankar spoke to his Singaporean counterpart Vivian Balakrishnan on Friday.\n\nDuring the phone conversation, the two ministers discussed oxygen supplies.",
			[]held{{[]string{"s-jaishankar", "vivian-balakrishnan"}, "2026-02-06", "", relbot.KindPhone}}},
		{"'(KPL) Vientiane, Feb 8 – … on Feb 6': the agency's tag before the dateline, whose date is the story's, not the talks'",
			"(KPL) Vientiane, Feb 8 – President of the National Assembly Xaysomphone Phomvihane held talks with Speaker of the House of Representatives Wan Muhamad Noor Matha at the NA Office on Feb 6.",
			[]held{{[]string{"xaysomphone-phomvihane", "wan-muhamad-noor-matha"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'received Speaker of the Fijian parliament A': a body in lower case inside the office",
			"BANGKOK — House Speaker Wan Muhamad Noor Matha on Friday received Speaker of the Fijian parliament Filimoni Jitoko.",
			[]held{{[]string{"wan-muhamad-noor-matha", "filimoni-jitoko"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'the Cambodian parliamentary leader paid a courtesy call on B': the head of the legislature, not of the government",
			"SEOUL — Khuon Sudary, president of Cambodia's National Assembly, met National Assembly Speaker Woo Won-shik on Thursday. Woo recalled his meeting with Cambodian Prime Minister Hun Manet in Phnom Penh last year.\n\nOn Friday, the Cambodian parliamentary leader paid a courtesy call on Prime Minister Kim Min-seok.",
			[]held{{[]string{"khuon-sudary", "woo-won-shik"}, "2026-02-05", "Seoul", inPerson}, {[]string{"khuon-sudary", "kim-min-seok"}, "2026-02-06", "Seoul", inPerson}}},
		{"'on his first visit to Tonga, met B': the Pacific Islands Forum's members and capitals are known",
			"Prime Minister Christopher Luxon, on his first visit to Tonga, was granted an audience with King Tupou VI on Friday.",
			[]held{{[]string{"christopher-luxon", "tupou-vi"}, "2026-02-06", "Nuku'alofa", inPerson}}},
		{"'has visited Australia several times, most recently holding talks with B': an earlier visit, undated",
			"JAKARTA — President Prabowo Subianto received Prime Minister Anthony Albanese on Friday.\n\nDefence Minister Sjafrie Sjamsoeddin has visited Canberra several times, most recently holding talks with his counterpart Richard Marles.",
			[]held{{[]string{"prabowo-subianto", "anthony-albanese"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'the visiting foreign minister held a separate meeting with C' after the host met him: the guest, whose country only the apposition told",
			"MANILA — Foreign Affairs Secretary Theresa Lazaro met her New Zealand counterpart, Foreign Minister Winston Peters, on Friday.\n\nLater in the day, the visiting foreign minister held a separate meeting with Defense Secretary Gilberto Teodoro at Camp Aguinaldo in Quezon City.",
			[]held{{[]string{"theresa-lazaro", "winston-peters"}, "2026-02-06", "Manila", inPerson}, {[]string{"winston-peters", "gilberto-teodoro-jr"}, "2026-02-06", "Quezon City", inPerson}}},
		{"'Second Vice Foreign Minister A … the vice minister held talks with C': the deputy's office with its portfolio left out",
			"SEOUL — Second Vice Foreign Minister Kim Jina met Cambodian Prime Minister Hun Manet in Phnom Penh on Friday.\n\nLater in the day, the vice minister held talks with Deputy Prime Minister and Interior Minister Sar Sokha.",
			[]held{{[]string{"kim-jina", "hun-manet"}, "2026-02-06", "Phnom Penh", inPerson}, {[]string{"kim-jina", "sar-sokha"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'received by To Lam, himself a former public security minister': a portfolio in lower case is no minister the gazetteer happens to hold",
			"HÀ NỘI — Minister of Public Security Lương Tam Quang held talks with Cambodian Interior Minister Sar Sokha on Thursday.\n\nOn Friday, Sar Sokha was received by Party General Secretary Tô Lâm, himself a former public security minister.",
			[]held{{[]string{"luong-tam-quang", "sar-sokha"}, "2026-02-05", "Hanoi", inPerson}, {[]string{"sar-sokha", "to-lam"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'Typhoon Yagi made landfall on February 1. … Earlier the same day, the Government leader held phone talks with B': the talks' day, not the storm's",
			"Hanoi (VNA) – Prime Minister Phạm Minh Chính received UN Resident Coordinator in Vietnam Pauline Tamesis in Hanoi on February 6.\n\nTyphoon Yagi made landfall in Quang Ninh on February 1. Nearly 300 people were dead or missing.\n\nEarlier the same day, the Government leader held phone talks with Japanese Prime Minister Takaichi Sanae.",
			[]held{{[]string{"pham-minh-chinh", "pauline-tamesis"}, "2026-02-06", "Hanoi", inPerson}, {[]string{"pham-minh-chinh", "sanae-takaichi"}, "2026-02-06", "", relbot.KindPhone}}},
		{"'called on B, where they discussed combating child exploitation online': a crime done online, the call in person",
			"CANBERRA — Home Minister Saifuddin Nasution Ismail held talks with Home Affairs Minister Tony Burke on Friday.\n\nEarlier in the day, Saifuddin called on Australian Federal Police (AFP) Commissioner Krissy Barrett at the AFP headquarters, where they discussed combating drug trafficking and child exploitation online.",
			[]held{{[]string{"saifuddin-nasution-ismail", "tony-burke"}, "2026-02-06", "Canberra", inPerson}, {[]string{"saifuddin-nasution-ismail", "krissy-barrett"}, "2026-02-06", "Canberra", inPerson}}},
	})
}
