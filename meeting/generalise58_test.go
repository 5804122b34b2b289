package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundSixtyTwo covers the forms the sixty-second round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundSixtyTwo(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'On Thursday, the two were joined by C': a meeting of the three on its own day",
			"LEIPZIG – German Transport Minister Volker Wissing held talks on Wednesday with US Transportation Secretary Pete Buttigieg.\n\n\"We share the goal of safe skies,\" Wissing said.\n\nOn Thursday, the two were joined by ITF Secretary-General Young Tae Kim for a trilateral meeting on automated vehicles.",
			[]held{{[]string{"volker-wissing", "pete-buttigieg"}, "2026-02-04", "Leipzig", inPerson},
				{[]string{"volker-wissing", "pete-buttigieg", "young-tae-kim"}, "2026-02-05", "Leipzig", inPerson}}},
		{"'C joined them on Thursday': so does the joiner's own sentence",
			"LEIPZIG – German Transport Minister Volker Wissing held talks on Wednesday with US Transportation Secretary Pete Buttigieg.\n\nITF Secretary-General Young Tae Kim joined them on Thursday.",
			[]held{{[]string{"volker-wissing", "pete-buttigieg"}, "2026-02-04", "Leipzig", inPerson},
				{[]string{"volker-wissing", "pete-buttigieg", "young-tae-kim"}, "2026-02-05", "Leipzig", inPerson}}},
		{"'A summoned Ambassador B to protest': the envoy called in is met",
			"MANILA – Foreign Secretary Ramon Castellano summoned Chinese Ambassador Han Dongmei on Friday to protest the use of water cannons.",
			[]held{{[]string{"ramon-castellano", "han-dongmei"}, "2026-02-06", "Manila", inPerson}}},
		{"'summoned B to his office': the office is where, not what B was summoned to do",
			"JAKARTA – Transportation Minister Budi Karya Sumadi on Friday summoned Lion Air chief executive Edward Sirait to his office in Jakarta to demand a full account of the jet's maintenance.",
			[]held{{[]string{"budi-karya-sumadi", "edward-sirait"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'comes less than a month after A attended …, as a guest of B, who held a meeting with him': the relative clause is of that earlier time",
			"BERLIN – State Secretary Walter Lindner summoned Vietnam's ambassador, Doan Xuan Hung, on Friday.\n\nThe row comes less than a month after Vietnamese Prime Minister Nguyen Xuan Phuc attended the G20 summit in Hamburg as a guest of Chancellor Angela Merkel, who held a brief bilateral meeting with him on the sidelines.",
			[]held{{[]string{"walter-lindner", "doan-xuan-hung"}, "2026-02-06", "Berlin", inPerson}}},
		{"'Barth Eide met …': a surname of two words after the actor's full name",
			"JAKARTA – Norwegian Minister Espen Barth Eide arrived on Thursday.\n\nOn Friday, Barth Eide met Foreign Minister Retno Marsudi.",
			[]held{{[]string{"espen-barth-eide", "retno-marsudi"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'On Friday, a day after arriving in Jakarta, A visited the campus in Depok, where he met B': the aside dates nothing and the journey's city is not the meeting's",
			"On Friday, a day after arriving in Jakarta, Dutch minister Robbert Dijkgraaf visited the Universitas Indonesia campus in Depok, West Java, where he met Rector Ari Kuncoro.",
			[]held{{[]string{"robbert-dijkgraaf", "ari-kuncoro"}, "2026-02-06", "Depok", inPerson}}},
		{"'A, Minister of Industry and COP28 President-Designate, held talks with …': an office with a digit is no one's name",
			"DUBAI – Dr. Sultan bin Ahmed Al Jaber, Minister of Industry and COP28 President-Designate, held talks with Indian Power Minister R. K. Singh on Friday.",
			[]held{{[]string{"sultan-al-jaber", "r-k-singh"}, "2026-02-06", "Dubai", inPerson}}},
		{"'which could be signed when A Jr. and B meet … in October': a meeting still to come, the name's full stops no sentence's end",
			"MANILA – Both sides agreed to work toward a memorandum on rice trade, which could be signed when President Ferdinand R. Marcos Jr. and Cambodian Prime Minister Hun Manet meet at the ASEAN Summit in Vientiane, Laos, in October.",
			nil},
		{"'Among those on the call were A and B': the call just told",
			"OTTAWA — Immigration Minister Marc Miller met virtually with his provincial counterparts on Thursday.\n\nAmong those on the call were Ontario Minister Jill Dunlop and British Columbia Minister Selina Robinson.",
			[]held{{[]string{"marc-miller", "jill-dunlop", "selina-robinson"}, "2026-02-05", "", relbot.KindVirtual}}},
		{"'…, replacing B': the one replaced is named, not met",
			"BOGOR – President Joko Widodo received Lim Jock Hoi at the Bogor Palace on Friday, in the first meeting between the two since the Bruneian diplomat took up his post on Jan. 1, replacing Le Luong Minh of Vietnam.",
			[]held{{[]string{"joko-widodo", "lim-jock-hoi"}, "2026-02-06", "Bogor", inPerson}}},
	})
}
