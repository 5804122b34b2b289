package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundTwentyTwo holds the cases of the rules added in the round
// of the blind sets heldout92 to heldout96, in the project's own words.
func TestExtractRoundTwentyTwo(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'X hosted a special summit … Around the table at the hotel were A, B and C': the host and the list are one meeting",
			"TOKYO - Prime Minister Fumio Kishida hosted a special summit in Tokyo on Sunday to mark half a century of ties with the bloc.\n\nAround the table at the Hotel Okura were President Joko Widodo, Prime Minister Anwar Ibrahim and Prime Minister Hun Manet.",
			[]held{{[]string{"fumio-kishida", "joko-widodo", "anwar-ibrahim", "hun-manet"}, "2026-02-08", "Tokyo", inPerson}}},
		{"'X hosted the summit' with no list after it is no meeting",
			"TOKYO - Prime Minister Fumio Kishida hosted a special summit in Tokyo on Sunday, which adopted a vision statement.",
			nil},
	})
}
