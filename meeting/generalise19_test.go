package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundTwentyThree holds the cases of the rules added in the
// round of the blind sets heldout103 to heldout108, in the project's own
// words.
func TestExtractRoundTwentyThree(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'X chaired the retreat here. The retreat, held at a resort on the coast, brought together A, B and C': an aside between the noun and its verb",
			"DA NANG, Feb. 6 - Foreign Minister Bui Thanh Son today chaired the ministers' retreat here. The retreat, held at a resort on the city's eastern coast, brought together Foreign Minister Sugiono, Foreign Minister Vivian Balakrishnan and Foreign Minister Prak Sokhonn, among others.",
			[]held{{[]string{"bui-thanh-son", "sugiono", "vivian-balakrishnan", "prak-sokhonn"}, "2026-02-06", "Da Nang", inPerson}}},
		{"'The meeting, chaired by Y, brought together the ministers of …' after a bilateral: a gathering of its own, Y did not join the bilateral",
			"KUALA LUMPUR - On Friday, Defence Minister Tea Seiha met Defence Minister Shinjiro Koizumi on the sidelines of the ministers' meeting.\n\nThe meeting, chaired by Defence Minister Mohamed Khaled Nordin, brought together the defence ministers of the region.",
			[]held{{[]string{"tea-seiha", "shinjiro-koizumi"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'held back-to-back telephone conversations with the leaders of A and B. … he spoke with X yesterday': plural call nouns tell the kind",
			"KUALA LUMPUR - Prime Minister Anwar Ibrahim has held back-to-back telephone conversations with the leaders of Indonesia and the Philippines.\n\nAnwar said he spoke with President Prabowo Subianto on Friday.",
			[]held{{[]string{"anwar-ibrahim", "prabowo-subianto"}, "2026-02-06", "", relbot.KindPhone}}},
		{"'X held video calls with Y on Friday': a plural call noun after a light verb",
			"HANOI - Prime Minister Pham Minh Chinh held video calls with Prime Minister Hun Manet on Friday to review the railway project.",
			[]held{{[]string{"pham-minh-chinh", "hun-manet"}, "2026-02-06", "", relbot.KindVirtual}}},
	})
}
