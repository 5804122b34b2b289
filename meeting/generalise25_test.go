package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundTwentyNine covers the forms of writing round twenty-nine's
// held-out sets showed, each in this project's own words.
func TestExtractRoundTwentyNine(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'The King received the credentials of three ambassadors. Presenting their credentials were A, B and C': one ceremony of the four",
			"PHNOM PENH - King Norodom Sihamoni on Friday received the letters of credence of three new ambassadors at the Royal Palace.\n\nPresenting their credentials were Ambassador of Norway Kari Solberg, Ambassador of Chile Pablo Rojas and Ambassador of Ghana Kwame Mensah.",
			[]held{{[]string{"norodom-sihamoni", "kari-solberg", "pablo-rojas", "kwame-mensah"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'… presented their credentials in separate ceremonies. They are A, B and C': an audience each",
			"VIENTIANE - President Thongloun Sisoulith on Friday received the letters of credence of three new ambassadors at the Presidential Palace.\n\nThe envoys presented their credentials in separate ceremonies. They are Kari Solberg, Ambassador of Norway; Pablo Rojas, Ambassador of Chile; and Kwame Mensah, Ambassador of Ghana.",
			[]held{
				{[]string{"thongloun-sisoulith", "kari-solberg"}, "2026-02-06", "Vientiane", inPerson},
				{[]string{"thongloun-sisoulith", "pablo-rojas"}, "2026-02-06", "Vientiane", inPerson},
				{[]string{"thongloun-sisoulith", "kwame-mensah"}, "2026-02-06", "Vientiane", inPerson},
			}},
		{"'received A, who is also the Chair of ASEAN for 2022, at the palace yesterday afternoon': the aside closed, the main clause's day",
			"NAY PYI TAW, Feb. 8 – Senior General Min Aung Hlaing received Prime Minister Hun Sen, who is also the Chair of ASEAN for 2022, at the Zeyathiri Beikman in Nay Pyi Taw yesterday afternoon.",
			[]held{{[]string{"min-aung-hlaing", "hun-sen"}, "2026-02-07", "Naypyidaw", inPerson}}},
		{"'received A, who arrived on Thursday, at the palace on Friday': the day after the aside, not the aside's",
			"Senior General Min Aung Hlaing received Prime Minister Hun Sen, who arrived in Nay Pyi Taw on Thursday, at the Zeyathiri Beikman on Friday.",
			[]held{{[]string{"min-aung-hlaing", "hun-sen"}, "2026-02-06", "Naypyidaw", inPerson}}},
	})
}
