package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFortyNine covers the forms the forty-ninth round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundFortyNine(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'a member of the new Anthony Albanese government': a leader's name that says whose rule names no one who met",
			"JAKARTA — Deputy Prime Minister Richard Marles was received by President Joko Widodo at the palace on Thursday, in the first visit by a member of the new Anthony Albanese government. The two leaders held a closed-door meeting.",
			[]held{{[]string{"richard-marles", "joko-widodo"}, "2026-02-05", "Jakarta", inPerson}}},
	})
}
