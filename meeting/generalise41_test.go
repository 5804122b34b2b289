package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFortyFive covers the forms the forty-fifth round of
// held-out sets showed, each in this project's own words.
func TestExtractRoundFortyFive(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson, phone := relbot.KindInPerson, relbot.KindPhone
	checkHeldCases(t, x, []heldCase{
		{"'Japanese Ambassador Ueno Atsushi': the gazetteer knows him in either order of his names",
			"PHNOM PENH — Prime Minister Hun Manet received Japanese Ambassador Ueno Atsushi on Friday.",
			[]held{{[]string{"hun-manet", "atsushi-ueno"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'Secretary of State for Energy Security and Net Zero Ed Miliband': 'Net Zero' is the portfolio, no part of the name",
			"BAKU — Presidential envoy Hashim Djojohadikusumo met British Secretary of State for Energy Security and Net Zero Ed Miliband on Friday.",
			[]held{{[]string{"hashim-djojohadikusumo", "ed-miliband"}, "2026-02-06", "Baku", inPerson}}},
		{"'The meeting was attended by Minister of Amiri Diwan Affairs Sheikh Nasser …': the style ends the office and opens the name",
			"KUWAIT: The Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah received Foreign Minister Sugiono at Bayan Palace on Friday.\n\nThe meeting was attended by Minister of Amiri Diwan Affairs Sheikh Mohammad Abdullah Al-Mubarak Al-Sabah.",
			[]held{{[]string{"mishal-al-ahmad-al-jaber-al-sabah", "sugiono", "mohammad-abdullah-al-mubarak-al-sabah"}, "2026-02-06", "Kuwait City", inPerson}}},
		{"'received … at Bayan Palace': a Gulf ruler's palace gives the city",
			"KUWAIT: The Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah received Foreign Minister Sugiono at Bayan Palace on Friday.",
			[]held{{[]string{"mishal-al-ahmad-al-jaber-al-sabah", "sugiono"}, "2026-02-06", "Kuwait City", inPerson}}},
		{"'Sheikh Mohammed bin Abdulrahman Al-Thani': 'Al-Thani' with a hyphen is the gazetteer's 'Al Thani'",
			"DOHA — Prime Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani received Foreign Minister Sugiono at the Amiri Diwan on Friday.",
			[]held{{[]string{"mohammed-bin-abdulrahman-al-thani", "sugiono"}, "2026-02-06", "Doha", inPerson}}},
		{"the gazetteer knows Sri Mulyani Indrawati ('Sri' is her name, no style) and Qatar's Prime Minister by his long name",
			"JAKARTA — Finance Minister Sri Mulyani Indrawati met IMF Managing Director Kristalina Georgieva on Friday.\n\nOn Thursday, Foreign Minister Sugiono held talks in Doha with Qatari Prime Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani.",
			[]held{{[]string{"sri-mulyani-indrawati", "kristalina-georgieva"}, "2026-02-06", "Jakarta", inPerson}, {[]string{"sugiono", "mohammed-bin-abdulrahman-al-thani"}, "2026-02-05", "Doha", inPerson}}},
		{"'PHNOM PENH — His Majesty the King granted a royal audience to B': the king of the country the story is set in",
			"PHNOM PENH — His Majesty the King granted a royal audience to President Lương Cường at the Royal Palace on Friday.",
			[]held{{[]string{"norodom-sihamoni", "luong-cuong"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'The King granted an audience to the Vietnamese President' after talks in Phnom Penh: the king of where the last meeting was held",
			"Prime Minister Hun Manet received President Lương Cường at the Peace Palace on Friday.\n\nThe King granted an audience to the Vietnamese President on Saturday.",
			[]held{{[]string{"hun-manet", "luong-cuong"}, "2026-02-06", "Phnom Penh", inPerson}, {[]string{"luong-cuong", "norodom-sihamoni"}, "2026-02-07", "Phnom Penh", inPerson}}},
		{"'in talks held at Government House', then 'His Majesty the King granted an audience to Mr Xi': the king of where the talks were held",
			"Chinese President Xi Jinping and Prime Minister Anutin Charnvirakul on Friday agreed to speed up the high-speed railway, in talks held at Government House.\n\nEarlier on Friday, His Majesty the King granted an audience to Mr Xi at the Dusit Palace.",
			[]held{{[]string{"xi-jinping", "anutin-charnvirakul"}, "2026-02-06", "Bangkok", inPerson}, {[]string{"xi-jinping", "maha-vajiralongkorn"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'granted an audience to B … and hosted a state banquet in his honour': the audience is the report, 'granted' its light verb",
			"King Norodom Sihamoni granted an audience to President Lương Cường at the Royal Palace in Phnom Penh on Friday and hosted a state banquet in his honour.",
			[]held{{[]string{"norodom-sihamoni", "luong-cuong"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'President of the Supreme Privy Council to His Majesty the King, received B': the King is part of an office, no one met",
			"PHNOM PENH — Samdech Techo Hun Sen, President of the Supreme Privy Council to His Majesty the King, received Vietnamese Ambassador Nguyễn Minh Vũ on Friday.",
			[]held{{[]string{"hun-sen", "nguyen-minh-vu"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'The meeting came a day after the talks between A and B': the visit's talks of the day before, not an older meeting recalled",
			"BEIJING — Prime Minister Phạm Minh Chính met National People's Congress Chairman Zhao Leji on Friday.\n\nThe meeting came a day after the talks between Chính and President Xi Jinping.",
			[]held{{[]string{"pham-minh-chinh", "zhao-leji"}, "2026-02-06", "Beijing", inPerson}, {[]string{"pham-minh-chinh", "xi-jinping"}, "2026-02-05", "Beijing", inPerson}}},
		{"'Sheikh Tamim Hamad Al Thani': a name written without its patronymic's 'bin' is still the Emir",
			"KUALA LUMPUR — Prime Minister Anwar Ibrahim spoke by phone with the Emir of Qatar, Sheikh Tamim Hamad Al Thani, on Friday.",
			[]held{{[]string{"anwar-ibrahim", "tamim-bin-hamad-al-thani"}, "2026-02-06", "", phone}}},
	})
}

// TestUnknownOfficeDropsStyles checks the office kept for a person the
// gazetteer lacks (an invented minister; the real one is in the gazetteer): the styles written between office and name are no part of
// it, and "Consul General" keeps its "General".
func TestUnknownOfficeDropsStyles(t *testing.T) {
	x := embeddedExtractor(t)
	ex := x.Extract(Input{Published: testPub, Text: "BANDAR SERI BEGAWAN — Health Minister Dzulkefly Ahmad called on Brunei's Minister of Health Dato Seri Setia Dr Haji Mohd Rizal bin Haji Salleh on Friday.\n\nHe later met US Consul General Susan Burns."})
	want := map[string]string{"mohd-rizal-salleh": "Minister of Health", "susan-burns": "Consul General"}
	for _, a := range ex.NewActors {
		w, ok := want[a.Slug]
		if !ok {
			continue
		}
		delete(want, a.Slug)
		if len(a.Roles) != 1 || a.Roles[0].Title != w {
			t.Errorf("%s: roles %v, want one titled %q", a.Slug, a.Roles, w)
		}
	}
	for slug := range want {
		t.Errorf("%s not learned", slug)
	}
}
