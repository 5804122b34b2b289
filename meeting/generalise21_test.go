package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundTwentyFive holds the cases of the rules added in the
// round of the blind sets heldout121 to heldout128, in the project's own
// words.
func TestExtractRoundTwentyFive(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'During the meeting, A was accompanied by C, while B was accompanied by D', three sentences after the talks",
			"VIENTIANE - President Thongloun Sisoulith held talks with President Luong Cuong in Vientiane on Friday.\n\nIt was the Vietnamese leader's first visit to Laos since taking office. He will also travel to Luang Prabang.\n\nThe two sides, Luong Cuong said, are bound by a special solidarity.\n\nDuring the meeting, Thongloun was accompanied by Foreign Minister Thongsavanh Phomvihane, while Luong Cuong was accompanied by Foreign Minister Bui Thanh Son.",
			[]held{{[]string{"thongloun-sisoulith", "luong-cuong", "thongsavanh-phomvihane", "bui-thanh-son"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'After the talks, the two leaders witnessed the signing of the agreement by C and D': the signers were at the leaders' table",
			"HANOI - Prime Minister Pham Minh Chinh held talks with Prime Minister Hun Manet in Hanoi on Friday.\n\nAfter the talks, the two leaders witnessed the signing of a trade agreement by Foreign Minister Bui Thanh Son and Deputy Prime Minister Prak Sokhonn.",
			[]held{{[]string{"pham-minh-chinh", "hun-manet", "bui-thanh-son", "prak-sokhonn"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'The two leaders witnessed the signing of three accords. The first was signed by C and D; the second by E and F': the signers in the sentence after",
			"SINGAPORE - Prime Minister Lawrence Wong and President Prabowo Subianto held their annual retreat in Singapore on Friday.\n\nIn the afternoon, the two leaders witnessed the signing of three accords. The defence accord was signed by Defence Minister Chan Chun Sing and Defence Minister Sjafrie Sjamsoeddin; the trade pact by Foreign Minister Vivian Balakrishnan and Foreign Minister Sugiono.",
			[]held{{[]string{"lawrence-wong", "prabowo-subianto", "chan-chun-sing", "sjafrie-sjamsoeddin", "vivian-balakrishnan", "sugiono"}, "2026-02-06", "Singapore", inPerson}}},
		{"'On Saturday, the two leaders witnessed the signing … by C and D' after Friday's talks: a ceremony of its own day, not the talks' company",
			"HANOI - Prime Minister Pham Minh Chinh held talks with Prime Minister Hun Manet in Hanoi on Friday.\n\nOn Saturday, the two leaders witnessed the signing of a trade agreement by Foreign Minister Bui Thanh Son and Deputy Prime Minister Prak Sokhonn.",
			[]held{{[]string{"pham-minh-chinh", "hun-manet"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'the signing of the accord by Minister of Law and Human Rights A and Minister of Home Affairs B': the portfolio is no part of the name",
			"JAKARTA - President Prabowo Subianto held talks with Prime Minister Anwar Ibrahim in Jakarta on Friday.\n\nThe two leaders then witnessed the signing of an extradition accord by Minister of Law and Human Rights Supratman Andi Agtas and Malaysian Minister of Home Affairs Saifuddin Nasution Ismail.",
			[]held{{[]string{"prabowo-subianto", "anwar-ibrahim", "supratman-andi-agtas", "saifuddin-nasution-ismail"}, "2026-02-06", "Jakarta", inPerson}}},
	})
}
