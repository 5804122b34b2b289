package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFiftyEight covers the forms the fifty-eighth round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundFiftyEight(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'Minister A and Ambassador B on Friday inspected the site': officials of two countries going round a site together meet there",
			"Nashik, Feb 7 (PTI) Railway Minister Ashwini Vaishnaw and German Ambassador Philipp Ackermann on Friday inspected the new signalling workshop, officials said.\n\nHome Minister Amit Shah and Defence Minister Rajnath Singh on Friday inspected the parade ground.",
			[]held{{[]string{"ashwini-vaishnaw", "philipp-ackermann"}, "2026-02-06", "Nashik", inPerson}}},
		{"'A on Thursday toured the port, accompanied by Ambassador B': one who came along from another country meets the visitor",
			"Prime Minister Sonexay Siphandone on Thursday toured the Thanaleng dry port, accompanied by Japanese Ambassador Kenichi Kobayashi.",
			[]held{{[]string{"sonexay-siphandone", "kenichi-kobayashi"}, "2026-02-05", "", inPerson}}},
	})
}
