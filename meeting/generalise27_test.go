package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundThirtyOne covers the forms of writing round thirty-one's
// held-out sets showed, each in this project's own words.
func TestExtractRoundThirtyOne(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'The retreat was chaired by A Jr. and attended by B, C and D': the suffix's stop does not end the sentence",
			"CEBU - Defence ministers met on Friday for their annual retreat.\n\nThe retreat was chaired by Defense Secretary Gilberto Teodoro Jr. and attended by Sjafrie Sjamsoeddin, Chan Chun Sing and Tea Seiha.",
			[]held{{[]string{"gilberto-teodoro-jr", "sjafrie-sjamsoeddin", "chan-chun-sing", "tea-seiha"}, "2026-02-06", "Cebu", inPerson}}},
		{"'the princess visited …, where she was greeted by the Crown Prince': the royal style points back to the one styled so",
			"TOKYO - Emperor Naruhito on Friday hosted a luncheon for Princess Maha Chakri Sirindhorn of Thailand, the younger sister of King Maha Vajiralongkorn.\n\nOn Saturday the princess visited Akasaka Estate, where she was greeted by Crown Prince Fumihito.",
			[]held{
				{[]string{"naruhito", "maha-chakri-sirindhorn"}, "2026-02-06", "Tokyo", inPerson},
				{[]string{"maha-chakri-sirindhorn", "fumihito"}, "2026-02-07", "Tokyo", inPerson},
			}},
	})
}
