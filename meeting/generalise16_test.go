package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundTwenty holds the cases of the rule added in the round of
// the blind sets heldout81 and heldout82, in the project's own words.
func TestExtractRoundTwenty(t *testing.T) {
	x := embeddedExtractor(t)
	virtual, phone := relbot.KindVirtual, relbot.KindPhone
	checkHeldCases(t, x, []heldCase{
		{"'X chaired the ASEAN-China Summit via videoconference, with the participation of Y. Attending the summit from their capitals were …': one virtual meeting of all of them",
			"Hanoi (VNA) - Prime Minister Nguyen Xuan Phuc chaired the 23rd ASEAN-China Summit via videoconference on Friday afternoon, with the participation of Premier Li Keqiang.\n\nAttending the summit from their respective capitals were Prime Minister Hun Sen, President Joko Widodo and Prime Minister Thongloun Sisoulith.",
			[]held{{[]string{"nguyen-xuan-phuc", "li-keqiang", "hun-sen", "joko-widodo", "thongloun-sisoulith"}, "2026-02-06", "", virtual}}},
		{"a list 'Taking part in the summit …' after a call that was no summit does not join the call",
			"Hanoi (VNA) - Prime Minister Nguyen Xuan Phuc held phone talks with Premier Li Keqiang on Friday afternoon.\n\nTaking part in the summit from their respective capitals were Prime Minister Hun Sen, President Joko Widodo and Prime Minister Thongloun Sisoulith.",
			[]held{{[]string{"nguyen-xuan-phuc", "li-keqiang"}, "2026-02-06", "", phone}}},
	})
}
