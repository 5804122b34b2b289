package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFortySix covers the forms the forty-sixth round of
// held-out sets showed, each in this project's own words.
func TestExtractRoundFortySix(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'Morales Ojeda': an unknown person's last two names, which hide the last one alone",
			"Nguyen Van Nen, Politburo member, on Monday received a delegation led by Roberto Morales Ojeda, member of the Political Bureau.\n\nIn Hanoi, Morales Ojeda was received by Nguyen Phu Trong on Friday.",
			[]held{{[]string{"nguyen-van-nen", "roberto-morales-ojeda"}, "2026-02-02", "", inPerson}, {[]string{"roberto-morales-ojeda", "nguyen-phu-trong"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'had a pull-aside with': a brief meeting on a summit's sidelines",
			"VIENTIANE — On Friday, Lawrence Wong had a brief pull-aside with Australian Prime Minister Anthony Albanese.",
			[]held{{[]string{"lawrence-wong", "anthony-albanese"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'before leaving for Manila': where the guest went next is not where they met",
			"VIENTIANE — On Friday, before leaving for Manila, Ferdinand Marcos Jr. held talks with New Zealand Prime Minister Christopher Luxon on the sidelines of the East Asia Summit.",
			[]held{{[]string{"ferdinand-marcos-jr", "christopher-luxon"}, "2026-02-06", "Vientiane", inPerson}}},
	})
}
