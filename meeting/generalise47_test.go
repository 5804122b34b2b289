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
	})
}
