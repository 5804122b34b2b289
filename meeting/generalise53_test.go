package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFiftySeven covers the forms the fifty-seventh round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundFiftySeven(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'The next day, Thursday, A met B': the weekday names the day after the last meeting, not the Thursday before the dateline",
			"HANOI, Feb. 4 (VNA) – Prime Minister Pham Minh Chinh met Thai Prime Minister Anutin Charnvirakul on Wednesday.\n\nThe next day, Thursday, Chinh met Lao Prime Minister Sonexay Siphandone.",
			[]held{{[]string{"pham-minh-chinh", "anutin-charnvirakul"}, "2026-02-04", "Hanoi", inPerson}, {[]string{"pham-minh-chinh", "sonexay-siphandone"}, "2026-02-05", "Hanoi", inPerson}}},
		{"'Special Envoy for Climate Action A met B': the portfolio's last word is no part of the name",
			"BERLIN – Germany’s Special Envoy for Climate Action Jennifer Morgan met Indonesian Environment Minister Hanif Faisol Nurofiq in Berlin on Friday.",
			[]held{{[]string{"jennifer-morgan", "hanif-faisol-nurofiq"}, "2026-02-06", "Berlin", inPerson}}},
		{"'A has invited B … C D handed B a gift during the lunch': a subject no table knows is the one at the lunch, not the earlier sentence's pair",
			"North Korean leader Kim Jong-un has invited President Moon Jae-in to visit Pyongyang.\n\nPak Myong-chol handed Moon a gift during the lunch.\n\nDuring the lunch, Pak Myong-chol handed Moon a letter.",
			nil},
		{"'The invitation was delivered by C D, who handed B a letter during the lunch': the unknown one before ', who' is the other one there",
			"North Korean leader Kim Jong-un has invited President Moon Jae-in to visit Pyongyang.\n\nThe invitation was delivered by Pak Myong-chol, who handed Moon a personal letter during the lunch at the presidential office in Seoul.",
			nil},
		{"'A and Eric Trump, the son of President Donald Trump, … Eric Trump had dinner with B': the surname opening a sentence after another given name the article wrote is not the President's",
			"Kim and Eric Trump, the son of US President Donald Trump who led the delegation, were seated in the VIP box on Sunday evening.\n\nEric Trump arrived in Seoul on Friday and had dinner with President Moon Jae-in the same evening.",
			nil},
		{"'A met B on Saturday, the first talks since President C and B met in Bali last November': the earlier pair is no party, and its day and place are not the talks'",
			"HANGZHOU – Prime Minister Han Duck-soo met Xi Jinping on Saturday, the first talks since President Yoon Suk Yeol and Xi met in Bali last November.\n\nPrime Minister Han Duck-soo held a meeting with Xi Jinping at the West Lake State Guesthouse on Friday, in the highest-level talks since President Yoon Suk Yeol met Xi on the sidelines of the summit in Bali last November.",
			[]held{{[]string{"han-duck-soo", "xi-jinping"}, "2026-02-07", "Hangzhou", inPerson}, {[]string{"han-duck-soo", "xi-jinping"}, "2026-02-06", "Hangzhou", inPerson}}},
		{"'Minister for Science and Technology Architect A', 'Barrister B': a profession written as a style is no part of the name",
			"DHAKA – At the site, Director General of Rosatom Alexey Likhachev handed over the certificate to Minister for Science and Technology Architect Yeafesh Osman on Friday.\n\nOn Thursday, Law Minister Barrister Shafiqul Haque met Indian High Commissioner Pranay Verma in Dhaka.",
			[]held{{[]string{"alexey-likhachev", "yeafesh-osman"}, "2026-02-06", "Dhaka", inPerson}, {[]string{"shafiqul-haque", "pranay-verma"}, "2026-02-05", "Dhaka", inPerson}}},
		{"'Senators A, B and C met D': the plural title is each name's",
			"TAIPEI – Senators Tammy Duckworth, Dan Sullivan and Christopher Coons met President Tsai Ing-wen in Taipei on Friday.",
			[]held{{[]string{"tammy-duckworth", "dan-sullivan", "christopher-coons", "tsai-ing-wen"}, "2026-02-06", "Taipei", inPerson}}},
		{"'A and B are due in Tokyo on Monday ahead of a two-plus-two security meeting on Tuesday with C': a plan, however long the meeting's name",
			"TOKYO – U.S. Secretary of State Antony Blinken and Defense Secretary Lloyd Austin are due in Tokyo on Monday ahead of a two-plus-two security meeting on Tuesday with Defense Minister Nobuo Kishi.",
			nil},
		{"'A met with B, assistant director-general for education of UNESCO, on Tuesday': the lower-case office after the name makes her someone",
			"SHANGHAI – Chinese Minister of Education Huai Jinpeng met with Stefania Giannini, assistant director-general for education of UNESCO, in Shanghai on Tuesday.",
			[]held{{[]string{"huai-jinpeng", "stefania-giannini"}, "2026-02-03", "Shanghai", inPerson}}},
		{"'A held phone talks with B and agreed … following the AI summit the two countries co-hosted in Seoul earlier this year, the ministry said Friday' under a dateline: the summit's time is not the call's",
			"SEOUL, Feb. 6 (Yonhap) -- Science and ICT Minister Yoo Sang-im held phone talks with British Science Secretary Peter Kyle and agreed to continue close cooperation on artificial intelligence safety following the AI summit the two countries co-hosted in Seoul earlier this year, the science ministry said Friday.",
			[]held{{[]string{"yoo-sang-im", "peter-kyle"}, "2026-02-06", "", relbot.KindPhone}}},
		{"'… said he was delighted to meet again with A after their meeting in Dubai in December last year': a meeting after 'after' keeps its own time",
			"ABU DHABI – Prime Minister Pham Minh Chinh held talks with President Mohamed bin Zayed Al Nahyan in Abu Dhabi on Friday.\n\nFollowing an official welcome ceremony at Qasr Al Watan, President Mohamed bin Zayed said he was delighted to meet again with the Vietnamese leader after their meeting on the sidelines of COP28 in Dubai in December last year.\n\nEarlier the same day, PM Chinh received UAE Minister of State for Foreign Trade Thani bin Ahmed Al Zeyoudi.",
			[]held{{[]string{"pham-minh-chinh", "mohamed-bin-zayed-al-nahyan"}, "2026-02-06", "Abu Dhabi", inPerson}, {[]string{"pham-minh-chinh", "thani-bin-ahmed-al-zeyoudi"}, "2026-02-06", "Abu Dhabi", inPerson}}},
		{"'King A received the team … During this audience, the Sovereign received B and C': the monarch by another name",
			"RABAT – King Mohammed VI received the national football team on Friday at the Royal Palace in Rabat.\n\nDuring this audience, the Sovereign received the President of the Royal Moroccan Football Federation, Mr. Fouzi Lekjaa.\n\nOn Saturday, the monarch received Prime Minister Aziz Akhannouch.",
			[]held{{[]string{"mohammed-vi", "fouzi-lekjaa"}, "2026-02-06", "Rabat", inPerson}, {[]string{"mohammed-vi", "aziz-akhannouch"}, "2026-02-07", "Rabat", inPerson}}},
	})
}
