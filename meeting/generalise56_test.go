package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundSixty covers the forms the sixtieth round of held-out sets
// showed, each in this project's own words. testPub is Sunday 8 February
// 2026.
func TestExtractRoundSixty(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'hosted Coordinating Minister for Political, Legal and Security Affairs A': the commas are the office's",
			"CANBERRA – Home Affairs Minister Clare O'Neil on Friday hosted Indonesia's Coordinating Minister for Political, Legal and Security Affairs Hadi Tjahjanto in Canberra.",
			[]held{{[]string{"clare-oneil", "hadi-tjahjanto"}, "2026-02-06", "Canberra", inPerson}}},
		{"'hosted the Coordinating Minister for …, A, in Canberra': the name in apposition to the office",
			"CANBERRA – Home Affairs Minister Clare O'Neil on Friday hosted the Coordinating Minister for Political, Legal and Security Affairs, Hadi Tjahjanto, in Canberra.",
			[]held{{[]string{"clare-oneil", "hadi-tjahjanto"}, "2026-02-06", "Canberra", inPerson}}},
		{"'hosted Indonesian Defence Minister, A,': the one named holds the office, whoever the gazetteer gives it to",
			"CANBERRA – Home Affairs Minister Clare O'Neil on Friday hosted Indonesian Defence Minister, Hadi Tjahjanto, in Canberra.",
			[]held{{[]string{"clare-oneil", "hadi-tjahjanto"}, "2026-02-06", "Canberra", inPerson}}},
		{"'International Criminal Court (ICC) Prosecutor A': a prosecutor is titled so",
			"THE HAGUE – Justice Minister Marco Buschmann met International Criminal Court (ICC) Prosecutor Karim Khan on Friday.",
			[]held{{[]string{"marco-buschmann", "karim-khan"}, "2026-02-06", "The Hague", inPerson}}},
		{"'attended by his counterparts including France's A and the UK's B': the UK is a country",
			"BERLIN – Justice Minister Marco Buschmann hosted the meeting on Friday, which was attended by his counterparts including France's Eric Dupond-Moretti and the UK's Dominic Raab.",
			[]held{{[]string{"marco-buschmann", "eric-dupond-moretti", "dominic-raab"}, "2026-02-06", "Berlin", inPerson}}},
		{"'(ANSA) - CAGLIARI, SEP 26 -': the agency's tag and a dash before the dateline",
			"(ANSA) - CAGLIARI, FEB 6 - Italian Labour Minister Marina Calderone on Friday held a bilateral meeting with German Labour Minister Hubertus Heil.",
			[]held{{[]string{"marina-calderone", "hubertus-heil"}, "2026-02-06", "Cagliari", inPerson}}},
		{"'A on Friday met B, after meeting C on Thursday': the earlier meeting keeps its own day",
			"ROME – Labour Minister Marina Calderone on Friday met German Labour Minister Hubertus Heil, after meeting US Labor Secretary Julie Su on Thursday.",
			[]held{{[]string{"marina-calderone", "hubertus-heil"}, "2026-02-06", "Rome", inPerson}, {[]string{"marina-calderone", "julie-su"}, "2026-02-05", "Rome", inPerson}}},
		{"'(ANSA) - ROME, FEB 6 - A on Friday met B, after meeting C on Thursday': the dateline's length does not hide the later day",
			"(ANSA) - ROME, FEB 6 - Labour Minister Marina Calderone on Friday met German Labour Minister Hubertus Heil, after meeting US Labor Secretary Julie Su on Thursday.",
			[]held{{[]string{"marina-calderone", "hubertus-heil"}, "2026-02-06", "Rome", inPerson}, {[]string{"marina-calderone", "julie-su"}, "2026-02-05", "Rome", inPerson}}},
		{"'INDORE' on a line of its own: a dateline city the table lacks",
			"INDORE\n\nOn Friday, Labour Minister Bhupender Yadav met Saudi Arabia's Minister of Human Resources Ahmed bin Sulaiman Al-Rajhi.",
			[]held{{[]string{"bhupender-yadav", "ahmed-bin-sulaiman-al-rajhi"}, "2026-02-06", "Indore", inPerson}}},
		{"'PRESS RELEASE' on a line of its own is no town",
			"PRESS RELEASE\n\nOn Friday, Labour Minister Bhupender Yadav met Saudi Arabia's Minister of Human Resources Ahmed bin Sulaiman Al-Rajhi.",
			[]held{{[]string{"bhupender-yadav", "ahmed-bin-sulaiman-al-rajhi"}, "2026-02-06", "", inPerson}}},
		{"'… had previously spoken only by video link, making Friday's talks their first face-to-face meeting': the meeting's own word says how it was held",
			"GLASGOW – First Minister Nicola Sturgeon met Malawi President Lazarus Chakwera on Friday.\n\nThe two leaders had previously spoken only by video link, her spokesman said, making Friday's talks their first face-to-face meeting.",
			[]held{{[]string{"nicola-sturgeon", "lazarus-chakwera"}, "2026-02-06", "Glasgow", inPerson}}},
		{"'A had previously held talks with B by phone, her office said on Friday': what went before, whatever day the sentence names",
			"GLASGOW – First Minister Nicola Sturgeon met Malawi President Lazarus Chakwera on Friday.\n\nSturgeon had previously held talks with Chakwera by phone, her office said on Friday.",
			[]held{{[]string{"nicola-sturgeon", "lazarus-chakwera"}, "2026-02-06", "Glasgow", inPerson}}},
		{"'received Lyonpo A, Bhutan's Minister of Energy': Lyonpo is a style",
			"NEW DELHI – Power Minister Manohar Lal received Lyonpo Gem Tshering, Bhutan's Minister of Energy, on Friday.",
			[]held{{[]string{"manohar-lal", "gem-tshering"}, "2026-02-06", "New Delhi", inPerson}}},
		{"'President and CEO of QatarEnergy A met B': a company's joined capitals are no given name",
			"DOHA – Minister of State for Energy Affairs, President and CEO of QatarEnergy Saad bin Sherida Al-Kaabi met German Vice-Chancellor Robert Habeck on Friday.",
			[]held{{[]string{"saad-sherida-al-kaabi", "robert-habeck"}, "2026-02-06", "Doha", inPerson}}},
		{"'Ambassador to the Philippines MaryKay Carlson': a given name may have a capital inside",
			"MANILA – Education Secretary Sonny Angara received US Ambassador to the Philippines MaryKay Carlson on Friday.",
			[]held{{[]string{"sonny-angara", "marykay-carlson"}, "2026-02-06", "Manila", inPerson}}},
		{"'travelled to Nicosia on Friday for talks with B': a capital the city table lacked",
			"ATHENS – Greek Energy Minister Theodoros Skylakakis travelled to Nicosia on Friday for talks with Cypriot Energy Minister George Papanastasiou.",
			[]held{{[]string{"theodoros-skylakakis", "george-papanastasiou"}, "2026-02-06", "Nicosia", inPerson}}},
		{"'A and visiting Chinese Minister of Justice B signed a memorandum': a visitor's adjective before the office",
			"PHNOM PENH – Cambodian Minister of Justice Koeut Rith and visiting Chinese Minister of Justice He Rong on Friday signed a memorandum of understanding on legal cooperation.",
			[]held{{[]string{"koeut-rith", "he-rong"}, "2026-02-06", "Phnom Penh", inPerson}}},
	})
}
