package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFiftyFive covers the forms the fifty-fifth round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundFiftyFive(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'The Leaders' Meeting, held …, was chaired by A and attended in person by B and C' after a lead that named one of them: all of them met",
			"Regional leaders meeting in Jakarta on Saturday struck a deal with Myanmar's Senior General Min Aung Hlaing to end the fighting.\n\nThe ASEAN Leaders' Meeting, held at the ASEAN Secretariat, was chaired by Sultan Hassanal Bolkiah and attended in person by President Joko Widodo, Prime Minister Lee Hsien Loong and Min Aung Hlaing.",
			[]held{{[]string{"min-aung-hlaing", "hassanal-bolkiah", "joko-widodo", "lee-hsien-loong"}, "2026-02-07", "Jakarta", inPerson}}},
	})
}
