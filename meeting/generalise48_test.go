package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFiftyTwo covers the forms the fifty-second round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundFiftyTwo(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'The Deputy Prime Minister and Coordinating Minister for Economic Affairs, A,': both offices are his, 'the Deputy Prime Minister' later too",
			"KUALA LUMPUR — The Deputy Prime Minister and Coordinating Minister for Economic Affairs, Francisco Kalbuadi Lay, led the Timorese delegation to the economic ministers' meeting on Friday.\n\nOn the sidelines of the meeting, the Deputy Prime Minister held a bilateral meeting with Indonesian Trade Minister Budi Santoso.",
			[]held{{[]string{"francisco-kalbuadi-lay", "budi-santoso"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'with A, Singapore's coordinating minister for infrastructure and minister for transport,': the modifier opens the office set off after the name",
			"BEIJING — Transport Minister Li Xiaopeng held a video conference on Friday with Khaw Boon Wan, Singapore's coordinating minister for infrastructure and minister for transport, on supply chains.",
			[]held{{[]string{"li-xiaopeng", "khaw-boon-wan"}, "2026-02-06", "", relbot.KindVirtual}}},
	})
}
