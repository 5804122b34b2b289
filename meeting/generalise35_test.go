package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundThirtyNine covers the forms the thirty-ninth round of
// held-out sets showed, each in this project's own words.
func TestExtractRoundThirtyNine(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'Phra Maha A', 'Pha Ajarn B': Theravada monks' styles are no part of their names",
			"VIENTIANE - Most Venerable Pha Ajarn Bounmy Keovongsa, president of the Lao Buddhist Fellowship Organisation, held talks on Friday in Vientiane with Phra Maha Anan Dhammavaro, a member of the Sangha Supreme Council of Thailand.",
			[]held{{[]string{"bounmy-keovongsa", "anan-dhammavaro"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'Union Minister Shri A met B': India's 'Shri' is no part of the name",
			"NEW DELHI - Union Minister of Culture Shri Ravi Kumar Mehta met Vietnamese Ambassador Nguyen Thanh Hai in New Delhi on Friday.",
			[]held{{[]string{"ravi-kumar-mehta", "nguyen-thanh-hai"}, "2026-02-06", "New Delhi", inPerson}}},
		{"'led by A, a member of … and abbot of Wat X in Bangkok, at the Presidential Palace' under a VIENTIANE dateline: the temple's city is not where they met",
			"Vientiane, 6 February (KPL) – President Thongloun Sisoulith received a Thai Sangha delegation led by Phra Maha Anan Dhammavaro, a member of the Sangha Supreme Council and abbot of Wat Pho in Bangkok, at the Presidential Palace.",
			[]held{{[]string{"thongloun-sisoulith", "anan-dhammavaro"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'received … among them A, chairman of the Chamber of Commerce in Ho Chi Minh City' and nothing else says where: the institution's city",
			"The city's top official told American investors on Friday that reforms would speed up.\n\nDeputy Minister Nguyen Van Duoc on Friday received a group of US business representatives, among them Tom Carter, chairman of the American Chamber of Commerce in Ho Chi Minh City.",
			[]held{{[]string{"nguyen-van-duoc", "tom-carter"}, "2026-02-06", "Ho Chi Minh City", inPerson}}},
	})
}
