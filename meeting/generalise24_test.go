package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundTwentyEight holds the cases of the rules added in the round
// of the blind sets heldout145 to heldout152, in the project's own words.
func TestExtractRoundTwentyEight(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'The courtesy call was led by A, who is …, and included B and C': the list goes on after the aside",
			"KUALA LUMPUR - Prime Minister Anwar Ibrahim on Friday received the heads of delegations to the assembly.\n\nThe courtesy call was led by Johari Abdul, who chairs the assembly this year, and included Tran Thanh Man and Seah Kian Peng.",
			[]held{{[]string{"anwar-ibrahim", "johari-abdul", "tran-thanh-man", "seah-kian-peng"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'was led by Dewan Rakyat Speaker Tan Sri Johari Abdul': the house before the title is no person",
			"KUALA LUMPUR - Prime Minister Anwar Ibrahim on Friday received a delegation of lawmakers.\n\nThe courtesy call was led by Dewan Rakyat Speaker Tan Sri Johari Abdul.",
			[]held{{[]string{"anwar-ibrahim", "johari-abdul"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
	})
}
