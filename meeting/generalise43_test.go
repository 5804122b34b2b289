package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFortySeven covers the forms the forty-seventh round of
// held-out sets showed, each in this project's own words.
func TestExtractRoundFortySeven(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'chairman and chief executive officer': the longer of two offices joined by 'and'",
			"PUTRAJAYA — Prime Minister Anwar Ibrahim on Friday received a courtesy call from Acme Systems chairman and chief executive officer Rahul Menon.",
			[]held{{[]string{"anwar-ibrahim", "rahul-menon"}, "2026-02-06", "Putrajaya", inPerson}}},
		{"'for Tech Sovereignty, Security and Democracy': a portfolio's words before a name are none of it",
			"BRUSSELS — On Friday, Indonesian Minister of Communication and Digital Affairs Meutya Hafid held talks with European Commission Executive Vice-President for Tech Sovereignty, Security and Democracy Maria Lindqvist.",
			[]held{{[]string{"meutya-hafid", "maria-lindqvist"}, "2026-02-06", "Brussels", inPerson}}},
	})
}
