package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractBuildingVenue covers buildings the venue table lacks, named in
// capitals after "at": the sixty-sixth round's authors often labelled the
// building rather than the city. testPub is Sunday 8 February 2026.
func TestExtractBuildingVenue(t *testing.T) {
	x := embeddedExtractor(t)
	tests := []struct {
		name, text, place, venue string
	}{
		{"'at the Foreign Ministry': a ministry by its short name",
			"TOKYO – Foreign Minister Takeshi Iwaya met IAEA Director General Rafael Grossi at the Foreign Ministry on Friday.",
			"Tokyo", "Foreign Ministry"},
		{"'at Prague Castle': a building named after its city is in it",
			"President Yoon Suk Yeol sat down with Czech President Petr Pavel at Prague Castle on Friday.",
			"Prague", "Prague Castle"},
		{"'at the Ministry of Railways in Islamabad': a ministry by its full name",
			"UNHCR chief Filippo Grandi met Prime Minister Shehbaz Sharif at the Ministry of Railways in Islamabad on Friday.",
			"Islamabad", "Ministry of Railways"},
		{"'at FAO headquarters': a lower-case headquarters ends the name",
			"ROME – Agriculture Minister Song Mi-ryung met FAO Director-General Qu Dongyu at FAO headquarters on Friday.",
			"Rome", "FAO headquarters"},
		{"'at Blair House, … across from the White House': the building, and the landmark's city",
			"MANILA – On Friday, Secretary of State Marco Rubio called on President Ferdinand Marcos Jr. at Blair House, the President's guest house across from the White House.",
			"Washington", "Blair House"},
		{"'at the Bogor Presidential Palace': the table's venue, with the city before it, is not taken for a new building",
			"President Prabowo Subianto received Prime Minister Anwar Ibrahim at the Bogor Presidential Palace on Friday.",
			"Bogor", "Presidential Palace"},
		{"'at the Ministry': one word names no building",
			"JAKARTA – Hun Manet met Anwar Ibrahim at the Ministry on Friday.",
			"Jakarta", ""},
		{"'at the ASEAN Summit': no building's word, no venue",
			"JAKARTA – Hun Manet met Anwar Ibrahim at the ASEAN Summit on Friday.",
			"Jakarta", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := x.Extract(Input{Text: tt.text, Published: testPub})
			if len(ex.Meetings) != 1 {
				t.Fatalf("got %d meetings, want 1: %+v", len(ex.Meetings), ex.Meetings)
			}
			if m := ex.Meetings[0]; m.Place != tt.place || m.Venue != tt.venue {
				t.Errorf("place %q venue %q, want %q %q", m.Place, m.Venue, tt.place, tt.venue)
			}
		})
	}
}

// TestExtractRoundSixtySix covers the forms the sixty-sixth round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundSixtySix(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'Minister of Agriculture and Land Reclamation A': the portfolio's last word is no part of the name",
			"MOSCOW – Russian Agriculture Minister Dmitry Patrushev held talks with African ministers on Friday. Later on Friday, Patrushev met with Egyptian Minister of Agriculture and Land Reclamation Al-Sayed El-Quseir.",
			[]held{{[]string{"dmitry-patrushev", "al-sayed-el-quseir"}, "2026-02-06", "Moscow", inPerson}}},
		{"'The meeting in Beijing was also attended by Premier A, top legislator B and Vice-Premier C': a plain description of an office inside the roll",
			"Chinese President Xi Jinping on Friday met entrepreneurs, including Alibaba co-founder Jack Ma.\n\nThe meeting in Beijing was also attended by Premier Li Qiang, top legislator Wang Huning and Vice-Premier Ding Xuexiang.",
			[]held{{[]string{"xi-jinping", "jack-ma", "li-qiang", "wang-huning", "ding-xuexiang"}, "2026-02-06", "Beijing", inPerson}}},
		{"'The meeting was held at Malacañang Palace and was attended by C': the roll after the venue",
			"MANILA – President Ferdinand Marcos Jr. met US Commerce Secretary Gina Raimondo on Friday.\n\nThe meeting was held at Malacañang Palace and was attended by Trade Secretary Alfredo Pascual.",
			[]held{{[]string{"ferdinand-marcos-jr", "gina-raimondo", "alfredo-pascual"}, "2026-02-06", "Manila", inPerson}}},
		{"'Crown Prince A' the gazetteer lacks: a royal office, an unverified actor",
			"MANAMA – Prime Minister Narendra Modi held talks with Crown Prince Salman Khalifa on Friday.",
			[]held{{[]string{"narendra-modi", "salman-khalifa"}, "2026-02-06", "Manama", inPerson}}},
		{"'the Kuwaiti Emir': the office's holder on the day",
			"KUWAIT CITY – Prime Minister Narendra Modi held talks with the Kuwaiti Emir on Friday.",
			[]held{{[]string{"narendra-modi", "mishal-al-ahmad-al-jaber-al-sabah"}, "2026-02-06", "Kuwait City", inPerson}}},
		{"'A held talks with France's B, Germany's C and the UK's D': guests of three countries at one table",
			"GENEVA – Iran's Foreign Minister Abbas Araghchi held talks on Friday with France's Jean-Noel Barrot, Germany's Johann Wadephul and the UK's David Lammy for more than three hours.",
			[]held{{[]string{"abbas-araghchi", "jean-noel-barrot", "johann-wadephul", "david-lammy"}, "2026-02-06", "Geneva", inPerson}}},
		{"'A met separately with B, C and D': one meeting each, whatever their countries",
			"NANNING – Chinese Vice President Han Zheng on Friday met separately with Cambodian Prime Minister Hun Manet, Lao Prime Minister Sonexay Siphandone and Vietnamese Deputy Prime Minister Tran Luu Quang.",
			[]held{{[]string{"han-zheng", "hun-manet"}, "2026-02-06", "Nanning", inPerson}, {[]string{"han-zheng", "sonexay-siphandone"}, "2026-02-06", "Nanning", inPerson}, {[]string{"han-zheng", "tran-luu-quang"}, "2026-02-06", "Nanning", inPerson}}},
		{"a summit's story: 'A also met with B, C and D' is a day of bilaterals",
			"LIMA – Chinese President Xi Jinping attended the APEC leaders' meeting in Lima on Friday.\n\nOn Friday, Xi also met with Thai Prime Minister Paetongtarn Shinawatra, Chilean President Gabriel Boric and New Zealand Prime Minister Christopher Luxon.",
			[]held{{[]string{"xi-jinping", "paetongtarn-shinawatra"}, "2026-02-06", "Lima", inPerson}, {[]string{"xi-jinping", "gabriel-boric"}, "2026-02-06", "Lima", inPerson}, {[]string{"xi-jinping", "christopher-luxon"}, "2026-02-06", "Lima", inPerson}}},
	})
}
