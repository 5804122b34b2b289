package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundTwelve covers the forms of writing the twenty-fifth
// held-out set showed, each in this project's own words. pub is testPub
// (Sunday 8 February 2026: "Friday" is the 6th).
func TestExtractRoundTwelve(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	tests := []struct {
		name, text string
		want       []held
	}{
		{"the two co-chairs of a conference meet",
			"Leaders of Tây Ninh and Svay Rieng provinces on Friday held a conference in Tây Ninh to review their cooperation.\n\nThe conference was co-chaired by Nguyen Thanh Ngoc, Chairman of the Tay Ninh Provincial People's Committee, and Men Vibol, Governor of Svay Rieng province.",
			[]held{{[]string{"nguyen-thanh-ngoc", "men-vibol"}, "2026-02-06", "Tay Ninh", inPerson}}},
		{"'had separate telephone conversations with' two leaders is two calls",
			"KUALA LUMPUR - Anwar Ibrahim said he had separate telephone conversations on Friday with Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister Phumtham Wechayachai.",
			[]held{{[]string{"anwar-ibrahim", "hun-manet"}, "2026-02-06", "", relbot.KindPhone},
				{[]string{"anwar-ibrahim", "phumtham-wechayachai"}, "2026-02-06", "", relbot.KindPhone}}},
		{"a minister due to join a meeting chaired by another has not met him yet",
			"PHNOM PENH - Wang Yi met Hun Manet on Friday.\n\nAntony Blinken is due to join his ASEAN counterparts at a ministerial meeting later on Sunday chaired by Prak Sokhonn.",
			[]held{{[]string{"wang-yi", "hun-manet"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"a meeting whose request, a country's, was declined is none",
			"VIENTIANE - China declined a U.S. request for a meeting between Defense Secretary Lloyd Austin and Chinese Defense Minister Dong Jun on Friday.\n\nAustin met Defense Minister Phan Van Giang in Vientiane on Friday.",
			[]held{{[]string{"lloyd-austin", "phan-van-giang"}, "2026-02-06", "Vientiane", inPerson}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHeld(t, x, tt.text, testPub, tt.want) })
	}
}
