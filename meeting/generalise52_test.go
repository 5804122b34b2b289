package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFiftySix covers the forms the fifty-sixth round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundFiftySix(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'Nvidia CEO A, SoftBank Group Chairman B and C met': the company's office written in capitals is no part of the first name",
			"Nvidia CEO Jensen Huang, SoftBank Group Chairman Masayoshi Son and Samsung Electronics Executive Chairman Lee Jae-yong met in Seoul on Friday to discuss chip supply.",
			[]held{{[]string{"jensen-huang", "masayoshi-son", "lee-jae-yong"}, "2026-02-06", "Seoul", inPerson}}},
		{"'Minister for Planning, Development and Special Initiatives A received B': the portfolio's last words are no part of the name",
			"ISLAMABAD: Minister for Planning, Development and Special Initiatives Ahsan Iqbal received IFRC Secretary-General Jagan Chapagain at his office on Friday to discuss flood reconstruction.",
			[]held{{[]string{"ahsan-iqbal", "jagan-chapagain"}, "2026-02-06", "Islamabad", inPerson}}},
		{"'The mission, led by IMF Senior Mission Chief for Sri Lanka A, … The IMF team called on B on Tuesday': the office before the name, and the team's head at the call",
			"COLOMBO – An International Monetary Fund mission arrived in Colombo on Monday for the second review of the loan programme.\n\nThe mission, led by IMF Senior Mission Chief for Sri Lanka Peter Breuer, will stay for two weeks.\n\nThe IMF team called on President Anura Kumara Dissanayake at the Presidential Secretariat on Tuesday.",
			[]held{{[]string{"peter-breuer", "anura-kumara-dissanayake"}, "2026-02-03", "Colombo", inPerson}}},
		{"'A World Bank mission, led by Country Director A, … The team met B on Tuesday': the team's head at the meeting",
			"HANOI – A World Bank mission arrived in Hanoi on Monday to review the bank's transport loans.\n\nThe mission, led by Country Director Mariam Sherman, will visit three provinces.\n\nThe team met Deputy Prime Minister Ho Duc Phoc on Tuesday.",
			[]held{{[]string{"mariam-sherman", "ho-duc-phoc"}, "2026-02-03", "Hanoi", inPerson}}},
		{"'The meeting of the Steering Committee on Haze was held in Bangkok on Thursday and chaired by A. It was attended by B and C': the gathering's name, where it was held, its chair, then its roll",
			"BANGKOK – Environment ministers of the region agreed on Thursday to step up fire patrols.\n\nThe meeting of the Steering Committee on Transboundary Haze was held in Bangkok and chaired by Thailand's Minister of Natural Resources and Environment Suchart Chomklin.\n\nIt was attended by Singapore's Minister for Sustainability Grace Fu and Indonesia's Minister of Environment Hanif Faisol Nurofiq.",
			[]held{{[]string{"suchart-chomklin", "grace-fu", "hanif-faisol-nurofiq"}, "2026-02-05", "Bangkok", inPerson}}},
		{"'India on Wednesday handed over relief for survivors of Friday night's earthquake. Ambassador A handed the supplies to B': the lead's day, not the day of the thing it named",
			"India on Wednesday handed over a second consignment of relief for survivors of Friday night's earthquake in western Nepal.\n\nIndian Ambassador Naveen Srivastava handed over the supplies to Home Minister Ramesh Lekhak at the airport in Nepalgunj.",
			[]held{{[]string{"naveen-srivastava", "ramesh-lekhak"}, "2026-02-04", "Nepalgunj", inPerson}}},
		{"'met Governor A at the prefectural government office': a province's building, not the Government Office in Hanoi",
			"Prime Minister Sanae Takaichi toured the flooded towns of the south on Saturday.\n\nShe later met Governor Takashi Kimura at the prefectural government office.",
			[]held{{[]string{"sanae-takaichi", "takashi-kimura"}, "2026-02-07", "", inPerson}}},
		{"'arrived on Saturday morning and travelled to Mashiki, where houses collapsed in the first quake on February 1. … A met B': the story's day, not the place's past",
			"Prime Minister Sanae Takaichi visited the quake zone for the first time.\n\nShe arrived by air on Saturday morning and travelled to the town of Mashiki, where many houses collapsed in the first quake on February 1.\n\nShe then met Governor Takashi Kimura, who asked for temporary housing.",
			[]held{{[]string{"sanae-takaichi", "takashi-kimura"}, "2026-02-07", "", inPerson}}},
		{"'met A in Kumamoto', 'in Palu', 'in Karachi': the provincial capitals and towns of South and Southeast Asia and Japan are places",
			"Prime Minister Sanae Takaichi met Governor Takashi Kimura in Kumamoto on Friday.\n\nOn Thursday, President Prabowo Subianto met Governor Anwar Hafid in Palu.\n\nPrime Minister Shehbaz Sharif received IFRC Secretary-General Jagan Chapagain in Karachi on Wednesday.",
			[]held{{[]string{"sanae-takaichi", "takashi-kimura"}, "2026-02-06", "Kumamoto", inPerson}, {[]string{"prabowo-subianto", "anwar-hafid"}, "2026-02-05", "Palu", inPerson}, {[]string{"shehbaz-sharif", "jagan-chapagain"}, "2026-02-04", "Karachi", inPerson}}},
		{"'arrived in Palu on Sunday afternoon, landing at the airport, whose runway had been cracked by the quake. He … sat down with A': the pluperfect of the runway's clause leaves the story on Sunday",
			"President Prabowo Subianto has allowed foreign aid for the victims of the quake that struck Central Sulawesi on Friday.\n\nPrabowo himself arrived in Palu on Sunday afternoon, landing at the city's airport, whose runway had been cracked by the quake.\n\nHe inspected the ruins of a hotel before sitting down with Central Sulawesi Governor Anwar Hafid at the governor's office.",
			[]held{{[]string{"prabowo-subianto", "anwar-hafid"}, "2026-02-08", "Palu", inPerson}}},
		{"'A on Thursday said he had spoken by telephone with B … The call took place on Wednesday night': the call's day, not the saying's",
			"MANILA – Agriculture Secretary Francisco Tiu Laurel Jr. on Thursday said he had spoken by telephone with Vietnamese Minister of Agriculture Do Duc Duy about rice shipments.\n\nThe call took place on Wednesday night, the department said.",
			[]held{{[]string{"francisco-tiu-laurel-jr", "do-duc-duy"}, "2026-02-04", "", relbot.KindPhone}}},
		{"'A on Thursday said he had held talks with B … The talks took place on Wednesday': the talks' day",
			"JAKARTA – Agriculture Minister Andi Amran Sulaiman on Thursday said he had held talks with Thai Commerce Minister Suphajee Suthumpun on rice supplies.\n\nThe talks took place on Wednesday in Jakarta.",
			[]held{{[]string{"andi-amran-sulaiman", "suphajee-suthumpun"}, "2026-02-04", "Jakarta", inPerson}}},
		{"'He then travelled to Hanoi, where he met Vietnam's Minister of Agriculture, A, on Thursday': the day after the name set off is the meeting's",
			"Premier Scott Moe met Indonesian Agriculture Minister Andi Amran Sulaiman in Jakarta on Tuesday.\n\nHe then travelled to Hanoi, where he met Vietnam's Minister of Agriculture and Environment, Do Duc Duy, on Thursday.",
			[]held{{[]string{"scott-moe", "andi-amran-sulaiman"}, "2026-02-03", "Jakarta", inPerson}, {[]string{"scott-moe", "do-duc-duy"}, "2026-02-05", "Hanoi", inPerson}}},
		{"'A (an office the article gives) and B held talks with Executive Vice-President C on Tuesday. On Wednesday the two ministers met D': the two ministers, not the EU's vice-president",
			"BRUSSELS – Indonesia's Coordinating Minister for Food Affairs Zulkifli Hasan and Malaysia's Deputy Prime Minister Fadillah Yusof held talks on Tuesday with European Commission Executive Vice-President Teresa Ribera on the deforestation rules.\n\nOn Wednesday the two ministers met Environment Commissioner Jessika Roswall.",
			[]held{{[]string{"zulkifli-hasan", "fadillah-yusof", "teresa-ribera"}, "2026-02-03", "Brussels", inPerson}, {[]string{"zulkifli-hasan", "fadillah-yusof", "jessika-roswall"}, "2026-02-04", "Brussels", inPerson}}},
		{"'wrapped up a two-day mission to Brussels on Wednesday … A and B held talks on Tuesday with C': the mission's city is the talks'",
			"Senior ministers from Indonesia and Malaysia wrapped up a two-day mission to Brussels on Wednesday, warning that the new rules threaten smallholders.\n\nIndonesian Coordinating Minister Airlangga Hartarto and Malaysian Deputy Prime Minister Fadillah Yusof held talks on Tuesday with European Commission Executive Vice-President Teresa Ribera.",
			[]held{{[]string{"airlangga-hartarto", "fadillah-yusof", "teresa-ribera"}, "2026-02-03", "Brussels", inPerson}}},
		{"'Chief Adviser's High Representative on Rohingya Issue A was also present during the call': an aide's post, not the EU's High Representative",
			"DHAKA – Chief Adviser Muhammad Yunus and SpaceX chief executive Elon Musk held a phone call on Friday on satellite internet.\n\nChief Adviser's High Representative on Rohingya Issue and Priority Affairs Khalilur Rahman was also present during the call.",
			[]held{{[]string{"muhammad-yunus", "elon-musk", "khalilur-rahman"}, "2026-02-06", "", relbot.KindPhone}}},
		{"'the two men called on Minister of Investment, Trade and Industry A': the commas of a portfolio stand between the verb and a known name",
			"KUALA LUMPUR – Prime Minister Hun Manet met Thai Prime Minister Anutin Charnvirakul on Thursday.\n\nLater on Thursday, the two men called on Minister of Investment, Trade and Industry Tengku Zafrul Aziz at the ministry.",
			[]held{{[]string{"hun-manet", "anutin-charnvirakul"}, "2026-02-05", "Kuala Lumpur", inPerson}, {[]string{"hun-manet", "anutin-charnvirakul", "tengku-zafrul-aziz"}, "2026-02-05", "Kuala Lumpur", inPerson}}},
		{"'met Deputy Director Trần Hồng Hà Lan': a Vietnamese name of four words is not the known one of its first three",
			"HANOI – Japanese Ambassador Ito Naoki met Deputy Director of the city's Department of Foreign Affairs Trần Hồng Hà Lan on Friday to prepare the Japan festival.",
			[]held{{[]string{"naoki-ito", "tran-hong-ha-lan"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'World Bank President A met B … the World Bank chief held talks with C': the one the story named who heads that body, known to the gazetteer",
			"WASHINGTON – Cambodian Finance Minister Aun Pornmoniroth met World Bank President Ajay Banga on Thursday.\n\nOn Friday, the World Bank chief held talks with Vietnamese Finance Minister Nguyen Van Thang.",
			[]held{{[]string{"aun-pornmoniroth", "ajay-banga"}, "2026-02-05", "Washington", inPerson}, {[]string{"ajay-banga", "nguyen-van-thang"}, "2026-02-06", "Washington", inPerson}}},
		{"'… are due to land today, after A spoke with her counterpart. A said she had a phone conversation with B yesterday afternoon': one call, on the day the second sentence gives",
			"Two air force transport aircraft loaded with tents are due to land in Balikpapan today, after Foreign Minister Penny Wong spoke with her Indonesian counterpart about relief for the quake zone.\n\nSenator Wong said she had a warm phone conversation with Indonesian Foreign Minister Sugiono yesterday afternoon.",
			[]held{{[]string{"penny-wong", "sugiono"}, "2026-02-07", "", relbot.KindPhone}}},
		{"'Chief Adviser A has sought support … Ambassador B paid a courtesy call on the chief adviser': his office names him",
			"DHAKA – Chief Adviser Muhammad Yunus has sought support for the families hit by the floods.\n\nUS Ambassador Peter Haas paid a courtesy call on the chief adviser at the State Guest House Jamuna on Friday.",
			[]held{{[]string{"muhammad-yunus", "peter-haas"}, "2026-02-06", "Dhaka", inPerson}}},
		{"'Mr Cook's regional tour began in Hanoi, where he met B on Tuesday': the tour's owner met B",
			"SINGAPORE: Apple chief executive Tim Cook met Prime Minister Lawrence Wong on Friday, capping a swing through the region.\n\nIn a post after the meeting, Mr Wong said he and Mr Cook discussed the company's plans.\n\nMr Cook's regional tour began in Hanoi, where he met Vietnamese Prime Minister Pham Minh Chinh on Tuesday.",
			[]held{{[]string{"tim-cook", "lawrence-wong"}, "2026-02-06", "Singapore", inPerson}, {[]string{"tim-cook", "pham-minh-chinh"}, "2026-02-03", "Hanoi", inPerson}}},
	})
}
