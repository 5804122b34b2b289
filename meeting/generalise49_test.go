package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFiftyThree covers the forms the fifty-third round of
// held-out sets showed, each in this project's own words. testPub is Sunday
// 8 February 2026.
func TestExtractRoundFiftyThree(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'After the talks, A chaired the summit, which was attended by B, C and D': the summit is the sentence's meeting, not the talks it opens after",
			"PHNOM PENH — Prime Minister Hun Manet held talks with UN Secretary-General António Guterres on Friday.\n\nAfter the talks, Hun Manet chaired the ASEAN-UN Summit, which was attended by Guterres, Indonesian President Prabowo Subianto and Malaysian Prime Minister Anwar Ibrahim.",
			[]held{{[]string{"hun-manet", "antonio-guterres"}, "2026-02-06", "Phnom Penh", inPerson}, {[]string{"hun-manet", "antonio-guterres", "prabowo-subianto", "anwar-ibrahim"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'A (ODS) and his Vietnamese counterpart B agreed on Friday to …': the party's letters in brackets are part of the name as written",
			"PRAGUE — Czech Prime Minister Petr Fiala (ODS) and his Vietnamese counterpart Pham Minh Chinh agreed on Friday to work on direct flights between Prague and Hanoi.",
			[]held{{[]string{"petr-fiala", "pham-minh-chinh"}, "2026-02-06", "Prague", inPerson}}},
		{"'agreed on Friday to resume negotiations, seven years after talks stalled, following a meeting between A and B': the aside before the meeting's word dates something else, and stalled talks are no meeting",
			"MANILA — The Philippines and the European Union agreed on Friday to resume negotiations on a free trade agreement, seven years after talks stalled, following a meeting between President Ferdinand Marcos Jr. and European Commission President Ursula von der Leyen at Malacañang.",
			[]held{{[]string{"ferdinand-marcos-jr", "ursula-von-der-leyen"}, "2026-02-06", "Manila", inPerson}}},
		{"'A received B, who took office last month, and met C': the aside closes the first report; the second verb's object is a meeting of its own",
			"PARIS — On Friday, General Secretary To Lam received French Prime Minister Sébastien Lecornu, who took office last year, and met President of the French Senate Gérard Larcher at the Luxembourg Palace.",
			[]held{{[]string{"to-lam", "sebastien-lecornu"}, "2026-02-06", "Paris", inPerson}, {[]string{"to-lam", "gerard-larcher"}, "2026-02-06", "Paris", inPerson}}},
		{"'A held talks with B, who chaired the meetings, and called on C. On Thursday, he co-chaired … with D': 'he' is still A, not the tail's object",
			"JAKARTA — On Friday, External Affairs Minister S. Jaishankar held talks with Indonesian Foreign Minister Sugiono, who chaired the meetings, and called on President Prabowo Subianto.\n\nOn Thursday evening, he co-chaired the Mekong-Ganga Cooperation Ministerial Meeting with Thai Foreign Minister Sihasak Phuangketkeow.",
			[]held{{[]string{"s-jaishankar", "sugiono"}, "2026-02-06", "Jakarta", inPerson}, {[]string{"s-jaishankar", "prabowo-subianto"}, "2026-02-06", "Jakarta", inPerson}, {[]string{"s-jaishankar", "sihasak-phuangketkeow"}, "2026-02-05", "Jakarta", inPerson}}},
		{"'A was accorded a ceremonial welcome at the palace by the President, B': the giver of the welcome received the guest",
			"NEW DELHI — Prime Minister Hun Manet held talks with Prime Minister Narendra Modi at Hyderabad House on Friday.\n\nEarlier on Friday, Hun Manet was accorded a ceremonial welcome at the forecourt of Rashtrapati Bhavan by the President of India, Droupadi Murmu.",
			[]held{{[]string{"hun-manet", "narendra-modi"}, "2026-02-06", "New Delhi", inPerson}, {[]string{"hun-manet", "droupadi-murmu"}, "2026-02-06", "New Delhi", inPerson}}},
		{"'A arrived on Thursday. Foreign Minister B called on him at his hotel': the pronoun after 'called on' is the one the story follows",
			"KATHMANDU — UN Secretary-General António Guterres held talks with Prime Minister Sushila Karki at Singha Durbar on Friday.\n\nGuterres arrived in Kathmandu on Thursday afternoon. Foreign Minister Bala Nanda Sharma called on him at his hotel on Thursday evening.",
			[]held{{[]string{"antonio-guterres", "sushila-karki"}, "2026-02-06", "Kathmandu", inPerson}, {[]string{"antonio-guterres", "bala-nanda-sharma"}, "2026-02-05", "Kathmandu", inPerson}}},
		{"'A and B separately called on him at his hotel': each met the one the pronoun stands for, not each other",
			"NEW DELHI — President Anura Kumara Dissanayake held talks with Prime Minister Narendra Modi on Friday.\n\nOn Thursday evening, External Affairs Minister S. Jaishankar and National Security Adviser Ajit Doval separately called on him at his hotel.",
			[]held{{[]string{"anura-kumara-dissanayake", "narendra-modi"}, "2026-02-06", "New Delhi", inPerson}, {[]string{"anura-kumara-dissanayake", "s-jaishankar"}, "2026-02-05", "New Delhi", inPerson}, {[]string{"anura-kumara-dissanayake", "ajit-doval"}, "2026-02-05", "New Delhi", inPerson}}},
		{"'A held a meeting with business leaders on Friday, a day after his talks with President B at the White House': B is the day before's, not Friday's",
			"WASHINGTON — President Prabowo Subianto held a meeting with US business leaders in Washington on Friday, a day after his talks with President Donald Trump at the White House.\n\nOn Thursday, Prabowo and Trump held a bilateral meeting in the Oval Office.",
			[]held{{[]string{"prabowo-subianto", "donald-trump"}, "2026-02-05", "Washington", inPerson}}},
		{"'A and B announced in Brussels that their countries had reached a political agreement': a joint announcement, so a meeting",
			"JAKARTA — On Friday, President Prabowo Subianto and European Commission President Ursula von der Leyen announced in Brussels that Indonesia and the European Union had reached a political agreement on their trade pact.",
			[]held{{[]string{"prabowo-subianto", "ursula-von-der-leyen"}, "2026-02-06", "Brussels", inPerson}}},
		{"'In Vientiane, A held talks with B, who …, and met C on Friday morning' under another city's dateline: the tail is where the head was",
			"PHNOM PENH — General Secretary To Lam held talks with Prime Minister Hun Manet in Phnom Penh on Saturday.\n\nLam arrived in Phnom Penh on Friday from Laos and was received that evening by King Norodom Sihamoni at the Royal Palace.\n\nIn Vientiane, Lam held talks on Thursday with Lao President Thongloun Sisoulith, who is also general secretary of the ruling party, and met Prime Minister Sonexay Siphandone on Friday morning before leaving for Cambodia.",
			[]held{{[]string{"to-lam", "hun-manet"}, "2026-02-07", "Phnom Penh", inPerson}, {[]string{"to-lam", "norodom-sihamoni"}, "2026-02-06", "Phnom Penh", inPerson}, {[]string{"to-lam", "thongloun-sisoulith"}, "2026-02-05", "Vientiane", inPerson}, {[]string{"to-lam", "sonexay-siphandone"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'A received B on Friday, as the two countries prepare for a state visit by C later this year': the occasion ahead and its people are no part of the meeting",
			"JAKARTA — President Prabowo Subianto received Uzbekistan's Foreign Minister Bakhtiyor Saidov at the Merdeka Palace on Friday, as the two countries prepare for a state visit by Uzbek President Shavkat Mirziyoyev to Indonesia later this year.",
			[]held{{[]string{"prabowo-subianto", "bakhtiyor-saidov"}, "2026-02-06", "Jakarta", inPerson}}},
	})
}
