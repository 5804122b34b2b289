package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFortyFour covers the forms the forty-fourth round of
// held-out sets showed, each in this project's own words.
func TestExtractRoundFortyFour(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'Ambassador to China H.E. Khek Caimealy Sysoda', then 'The ambassador': the office reads on through the style to the name, and is hers",
			"BEIJING – Cambodian Ambassador to China H.E. Khek Caimealy Sysoda met Chinese Vice Foreign Minister Sun Weidong on Friday.\n\nThe ambassador also called on Foreign Minister Wang Yi on Thursday.",
			[]held{{[]string{"khek-caimealy-sysoda", "sun-weidong"}, "2026-02-06", "Beijing", inPerson}, {[]string{"khek-caimealy-sysoda", "wang-yi"}, "2026-02-05", "Beijing", inPerson}}},
		{"'Xi Jinping yesterday told Prime Minister Anutin that …', then 'Mr Anutin met Mr Xi' with no day: telling a named leader is the story's day, no report to the press",
			"Chinese President Xi Jinping yesterday told Prime Minister Anutin Charnvirakul that Beijing regards Thailand as family.\n\nMr Anutin met Mr Xi at the Great Hall of the People in Beijing in the late afternoon.",
			[]held{{[]string{"xi-jinping", "anutin-charnvirakul"}, "2026-02-07", "Beijing", inPerson}}},
	})
}
