package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractThirdRound covers the forms of writing the third held-out
// corpus showed: references that follow the story's protagonists, lists of
// hosts or guests met one by one or together, refusals, goals, credentials,
// a call dated in the sentence after, and the lead's city beside a
// newsroom's dateline. Each case is a general form in this project's own
// words; pub is testPub (Sunday 8 February 2026: "Friday" is the 6th)
// unless set.
func TestExtractThirdRound(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson, phone := relbot.KindInPerson, relbot.KindPhone
	tests := []heldCase{
		{"a reference follows the one who has been meeting, not one greeted in passing",
			"Hun Manet held talks with Phạm Minh Chính in Hà Nội on Friday. Manet conveyed the greetings of Samdech Techo Hun Sen to Chính. Later the same day, the Cambodian leader met Tô Lâm.",
			[]held{{[]string{"hun-manet", "pham-minh-chinh"}, "2026-02-06", "Hanoi", inPerson}, {[]string{"hun-manet", "to-lam"}, "2026-02-06", "Hanoi", inPerson}}},
		{"a bare title goes on with the protagonist; the lead's city beats the newsroom's dateline",
			"DILI – Xanana Gusmão held a bilateral meeting with Vietnamese Prime Minister Phạm Minh Chính at the summit in Kuala Lumpur on Friday.\n\nOn Saturday, the Prime Minister met Malaysian Prime Minister Anwar Ibrahim, the ASEAN Chair, and thanked him.",
			[]held{{[]string{"xanana-gusmao", "pham-minh-chinh"}, "2026-02-06", "Kuala Lumpur", inPerson}, {[]string{"xanana-gusmao", "anwar-ibrahim"}, "2026-02-07", "Kuala Lumpur", inPerson}}},
		{"a where-clause takes its antecedent's date",
			"KUALA LUMPUR — Tea Seiha met Defence Minister Nattaphon Narkphanit on Saturday. Their talks follow the truce reached on January 20 in Putrajaya, where Anwar Ibrahim hosted Hun Manet.",
			[]held{{[]string{"tea-seiha", "nattaphon-narkphanit"}, "2026-02-07", "Kuala Lumpur", inPerson}}},
		{"a name right after its title and closed by and is its own person",
			"The accord was signed by Defence Minister Nattaphon Narkphanit and Cambodian Defence Minister Tea Seiha at a meeting chaired by Malaysian Defence Minister Mohamed Khaled Nordin in Kuala Lumpur on Friday.",
			[]held{{[]string{"nattaphon-narkphanit", "tea-seiha", "mohamed-khaled-nordin"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"a refused request for a meeting is no meeting",
			"Defense Secretary Pete Hegseth said on Friday that Beijing had declined a request for a meeting between him and Dong Jun.",
			nil},
		{"a month-only mention of a pair met that month is background",
			"Phạm Minh Chính held talks with Anwar Ibrahim in Hà Nội on Friday. Chính and Anwar first met in Vientiane earlier this month.",
			[]held{{[]string{"pham-minh-chinh", "anwar-ibrahim"}, "2026-02-06", "Hanoi", inPerson}}},
		{"envoys presenting credentials after a style split by the sentence splitter",
			"PHNOM PENH, Feb. 6 (AKP) – King Norodom Sihamoni received at the Royal Palace this morning the credentials of two new ambassadors.\n\nThe credentials were presented by H.E. Mr. Liu Weiming, Ambassador of China, and H.E. Mr. Somchai Rattanakul, Ambassador of Thailand.",
			[]held{{[]string{"norodom-sihamoni", "liu-weiming", "somchai-rattanakul"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"the call of the sentence before takes the date written beside it",
			"Paetongtarn Shinawatra lost her majority yesterday after the leak of her phone conversation with Hun Sen.\n\nIn the short call, held on February 4, she called him uncle.",
			[]held{{[]string{"paetongtarn-shinawatra", "hun-sen"}, "2026-02-04", "", phone}}},
		{"a target met is no one met",
			"Trade is on track to meet the $20 billion target set by Hun Manet and Phạm Minh Chính.",
			nil},
		{"several hosts met one guest separately, the guest named before the verb",
			"On Friday, continuing the state visit of Xi Jinping, Phạm Minh Chính and Trần Thanh Mẫn had separate meetings with the Chinese leader in Hà Nội.",
			[]held{{[]string{"xi-jinping", "pham-minh-chinh"}, "2026-02-06", "Hanoi", inPerson}, {[]string{"xi-jinping", "tran-thanh-man"}, "2026-02-06", "Hanoi", inPerson}}},
		{"the successor's administration is no participant; the likely last meeting is held now",
			"Xi Jinping told Joe Biden in Lima on Friday that China would work with the incoming administration of Donald Trump, in what was likely the last meeting between the two leaders.",
			[]held{{[]string{"xi-jinping", "joe-biden"}, "2026-02-06", "Lima", inPerson}}},
		{"a list of guests goes on after a relative clause",
			"On Friday, Fumio Kishida held separate talks in Tokyo with Hun Manet, with whom he agreed to upgrade ties, and with Phạm Minh Chính, who asked for more aid.",
			[]held{{[]string{"fumio-kishida", "hun-manet"}, "2026-02-06", "Tokyo", inPerson}, {[]string{"fumio-kishida", "pham-minh-chinh"}, "2026-02-06", "Tokyo", inPerson}}},
		{"a meeting in the singular hosted with two guests is one meeting of three",
			"Anwar Ibrahim said the truce was agreed at a special meeting he hosted with Hun Manet and Phumtham Wechayachai in Putrajaya on Friday.",
			[]held{{[]string{"anwar-ibrahim", "hun-manet", "phumtham-wechayachai"}, "2026-02-06", "Putrajaya", inPerson}}},
		{"an office written with for is the name's, not another holder's",
			"Phạm Minh Chính received Singaporean Minister for Foreign Affairs Vivian Balakrishnan in Hà Nội on Friday.",
			[]held{{[]string{"pham-minh-chinh", "vivian-balakrishnan"}, "2026-02-06", "Hanoi", inPerson}}},
		{"a meeting still to be held takes no place from the one before",
			"PHNOM PENH — Hun Manet received a delegation led by H.E. Đỗ Văn Chiến on Friday.\n\nLater the same day, Hun Sen also received H.E. Đỗ Văn Chiến at the Senate.\n\nThe delegation is in Cambodia to attend the meeting of the three fronts, to be held in Siem Reap tomorrow.",
			[]held{{[]string{"hun-manet", "do-van-chien"}, "2026-02-06", "Phnom Penh", inPerson}, {[]string{"do-van-chien", "hun-sen"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"a venue that speaks is a source, not a place",
			"VIENTIANE — Barack Obama met Rodrigo Duterte briefly on Friday evening before the gala dinner, a White House official said.",
			[]held{{[]string{"barack-obama", "rodrigo-duterte"}, "2026-02-06", "Vientiane", inPerson}}},
		{"a visit named after its visitor is to the host's country, and so is its King",
			"Hun Manet held talks with Srettha Thavisin at Government House on Saturday, on the first day of the Cambodian premier's state visit.\n\nLater, Hun Manet had an audience with the King at the palace.",
			[]held{{[]string{"hun-manet", "srettha-thavisin"}, "2026-02-07", "Bangkok", inPerson}, {[]string{"hun-manet", "maha-vajiralongkorn"}, "2026-02-07", "Bangkok", inPerson}}},
		{"the city a visitor left is where the visit was",
			"Lawrence Wong left Vientiane this afternoon after a two-day official visit.\n\nOn Saturday, Wong held talks with Sonexay Siphandone.",
			[]held{{[]string{"lawrence-wong", "sonexay-siphandone"}, "2026-02-07", "Vientiane", inPerson}}},
	}
	checkHeldCases(t, x, tests)
}
