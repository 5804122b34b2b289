package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundThirteen covers the forms of writing the thirty-second
// held-out set showed, each in this project's own words. pub is testPub
// (Sunday 8 February 2026: "Friday" is the 6th).
func TestExtractRoundThirteen(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	tests := []struct {
		name, text string
		want       []held
	}{
		{"one person attending a reception, with the place between 'Attending the reception' and 'was'",
			"HANOI - Party General Secretary To Lam on Friday received Senate President Khuon Sudary.\n\nAttending the reception at the Party Central Committee's headquarters was Bui Thanh Son, Deputy Prime Minister and Minister of Foreign Affairs.",
			[]held{{[]string{"to-lam", "khuon-sudary", "bui-thanh-son"}, "2026-02-06", "Hanoi", inPerson}}},
		{"an unknown official named after an office written with 'its'",
			"VIENTIANE - Prime Minister Sonexay Siphandone on Friday received Senate President Khuon Sudary.\n\nAlso present at the talks was Member of the Party Central Committee and Chairman of its Inspection Commission Khamphan Phommathat.",
			[]held{{[]string{"sonexay-siphandone", "khuon-sudary", "khamphan-phommathat"}, "2026-02-06", "Vientiane", inPerson}}},
		{"a party 'headed by' its president makes him no delegation's head",
			"HANOI - Party General Secretary To Lam on Friday received a delegation of the Cambodian People's Party led by Samdech Men Sam An.\n\nTo Lam praised the achievements of the CPP headed by Samdech Techo Hun Sen.\n\nEarlier on Friday, President Luong Cuong held talks with the CPP delegation.",
			[]held{{[]string{"to-lam", "men-sam-an"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"men-sam-an", "luong-cuong"}, "2026-02-06", "Hanoi", inPerson}}},
		{"talks the two parties 'have held regularly' since a year are a custom, not the planned meeting held",
			"HANOI - Party General Secretary To Lam on Friday received Senate President Khuon Sudary.\n\nThe Cambodian guest is scheduled to meet President Luong Cuong on Monday.\n\nSince 2012, the two parties have held regular talks and seminars on theory.",
			[]held{{[]string{"to-lam", "khuon-sudary"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'the Vietnamese leader' is the one of the story's meetings, not one whose regards he conveyed",
			"PHNOM PENH - Prime Minister Pham Minh Chinh held talks with Prime Minister Hun Manet at the Peace Palace on Friday.\n\nChinh conveyed the regards of General Secretary To Lam and President Luong Cuong to his host.\n\nLater on Friday, the Vietnamese leader met Senate President Hun Sen.",
			[]held{{[]string{"pham-minh-chinh", "hun-manet"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"pham-minh-chinh", "hun-sen"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'the Vietnamese guest' is the leader who came, not his foreign minister; one 'with X also attending' is no guest of his own",
			"VIENTIANE - Prime Minister Pham Minh Chinh held talks with Prime Minister Sonexay Siphandone on Friday, with Foreign Minister Bui Thanh Son also attending.\n\nOn Saturday, President Thongloun Sisoulith received the Vietnamese guest at the Presidential Palace.",
			[]held{{[]string{"pham-minh-chinh", "sonexay-siphandone", "bui-thanh-son"}, "2026-02-06", "Vientiane", inPerson},
				{[]string{"pham-minh-chinh", "thongloun-sisoulith"}, "2026-02-07", "Vientiane", inPerson}}},
		{"talks the two heads of government held 'which were also attended by' two ministers are one meeting of four; 'the two prime ministers' after it are the two",
			"VIENTIANE - Prime Minister Pham Minh Chinh was welcomed by Prime Minister Sonexay Siphandone on Friday. The two heads of government then held official talks, which were also attended by Foreign Minister Bui Thanh Son and Foreign Minister Thongsavanh Phomvihane.\n\nDuring the talks, the two prime ministers agreed to speed up the expressway.",
			[]held{{[]string{"pham-minh-chinh", "sonexay-siphandone", "bui-thanh-son", "thongsavanh-phomvihane"}, "2026-02-06", "Vientiane", inPerson}}},
		{"an agentless passive ('was greeted with a guard of honour') yields to the talks the sentence goes on to report",
			"BANGKOK - Prime Minister Anutin Charnvirakul met Prime Minister Hun Manet at Government House on Friday.\n\nHun Manet was greeted with a guard of honour before the two leaders held talks. Foreign Minister Sihasak Phuangketkeow and Foreign Minister Prak Sokhonn also took part in the talks.",
			[]held{{[]string{"anutin-charnvirakul", "hun-manet"}, "2026-02-06", "Bangkok", inPerson},
				{[]string{"anutin-charnvirakul", "hun-manet", "sihasak-phuangketkeow", "prak-sokhonn"}, "2026-02-06", "Bangkok", inPerson}}},
		{"after a semicolon, 'he' is the sentence's subject, and the clause before dates his call",
			"PHNOM PENH - Prime Minister Hun Manet met Prime Minister Sonexay Siphandone on Friday.\n\nHun Manet held talks with him for an hour.\n\nSonexay made Cambodia the first stop of his tour abroad in October; in Phnom Penh he also called on Senate President Hun Sen.",
			[]held{{[]string{"hun-manet", "sonexay-siphandone"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"one who 'also took part in the discussions' is at the meeting just reported",
			"PAKSE - Champasak Governor Vilayvong Bouddakham on Friday received a delegation from Stung Treng led by Governor Svay Sam Eang at the provincial office.\n\nChampasak Vice Governor Khamphong Sisomphone also took part in the discussions, together with heads of departments.",
			[]held{{[]string{"vilayvong-bouddakham", "svay-sam-eang", "khamphong-sisomphone"}, "2026-02-06", "Pakse", inPerson}}},
		{"in a list of attendees, an unknown official is followed by 'and' a province's governor",
			"SVAY RIENG - Phan Van Giang and Tea Seiha co-chaired a meeting with border localities on Friday.\n\nAttending the meeting were Secretary of the Tay Ninh provincial Party Committee Nguyen Van Quang and Svay Rieng Provincial Governor Thon Ratha.",
			[]held{{[]string{"phan-van-giang", "tea-seiha", "nguyen-van-quang", "thon-ratha"}, "2026-02-06", "Svay Rieng", inPerson}}},
		{"', with A and B meeting her on Saturday' tells meetings of their own, not the first one's attendees",
			"HANOI - General Secretary To Lam received Senate President Khuon Sudary on Friday, with President Luong Cuong and National Assembly Chairman Tran Thanh Man meeting her on Saturday.",
			[]held{{[]string{"to-lam", "khuon-sudary"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'the two leaders' in 'the meeting with X' are the host and X, not the last pair reported",
			"TOKYO - Prime Minister Sanae Takaichi held separate talks on Friday with Prime Minister Hun Manet and Prime Minister Pham Minh Chinh.\n\nIn the meeting with Hun Manet, the two leaders agreed to upgrade their ties.",
			[]held{{[]string{"sanae-takaichi", "hun-manet"}, "2026-02-06", "Tokyo", inPerson},
				{[]string{"sanae-takaichi", "pham-minh-chinh"}, "2026-02-06", "Tokyo", inPerson}}},
		{"'on Saturday, one day after holding talks with X' dates the talks on the Friday",
			"PHNOM PENH - Prime Minister Sonexay Siphandone ended his visit to Cambodia on Saturday, one day after holding official talks with Prime Minister Hun Manet.",
			[]held{{[]string{"sonexay-siphandone", "hun-manet"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"an office apposed to the guest of a 'where' clause does not end it: its city and day follow",
			"VIENTIANE - Wang Yi met Saleumxay Kommasith on Friday.\n\nWang Yi travelled to Vientiane from Myanmar, where he met Senior General Min Aung Hlaing, chairman of the State Administration Council, in Naypyitaw on Wednesday.",
			[]held{{[]string{"wang-yi", "saleumxay-kommasith"}, "2026-02-06", "Vientiane", inPerson},
				{[]string{"wang-yi", "min-aung-hlaing"}, "2026-02-04", "Naypyidaw", inPerson}}},
		{"a plan said before the light verb ('will hold his first in-person talks with', 'is scheduled to hold a summit with') is a plan",
			"SEOUL - Lee Jae Myung will hold his first in-person talks with Prime Minister Sanae Takaichi on Thursday.\n\nLee is also scheduled to hold a summit with President Xi Jinping on Saturday, after the leaders' meeting closes.",
			nil},
		{"'when X hosted Y in Seoul in August.' is X's meeting with Y in August, not the main clause's people's; a month ending the sentence is a date",
			"SEOUL - Lee Jae Myung met Prime Minister Pham Minh Chinh on Friday.\n\nAides said Lee's meeting with the Vietnamese president would follow up on agreements reached when Lee hosted To Lam in Seoul in August.",
			[]held{{[]string{"lee-jae-myung", "pham-minh-chinh"}, "2026-02-06", "Seoul", inPerson}}},
		{"'since he took office in September' dates no meeting of the sentence",
			"Foreign Minister Sihasak Phuangketkeow and Foreign Minister Prak Sokhonn agreed on Friday to keep talking.\n\nThe two ministers met for two hours at the ministry in Bangkok, their first talks since Mr Sihasak took office in September.",
			[]held{{[]string{"sihasak-phuangketkeow", "prak-sokhonn"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'the leaders of northern localities' are others than the two just named; a generic 'A chair that … sits down with both sides' met no one",
			"HANOI - Prime Minister Pham Minh Chinh and Prime Minister Sonexay Siphandone postponed their meeting planned for Wednesday.\n\nOn Friday, Chinh held an online meeting with the leaders of northern localities.\n\nA chair that picks up the phone and sits down with both sides can stop a war.",
			nil},
		{"a meeting of leaders named only by what they lead waits for 'The Vietnamese side was led by A and B, while the Chinese delegation was headed by C and D'",
			"LANG SON - Leaders of Lang Son province and China's Guangxi region held their annual spring meeting in Lang Son city on Friday.\n\nThe Vietnamese side was led by Secretary of the Lang Son provincial Party Committee Hoang Van Nghiem and Chairman of the provincial People's Committee Ho Tien Thieu, while the Chinese delegation was headed by Secretary of the Guangxi Regional Party Committee Chen Gang and Chairman of the Guangxi regional government Wei Tao.",
			[]held{{[]string{"hoang-van-nghiem", "ho-tien-thieu", "chen-gang", "wei-tao"}, "2026-02-06", "Lang Son", inPerson}}},
		{"'held separate calls with' two leaders is two calls",
			"KUALA LUMPUR - Anwar Ibrahim said he held separate calls with Prime Minister Hun Manet and Prime Minister Anutin Charnvirakul on Friday.",
			[]held{{[]string{"anwar-ibrahim", "hun-manet"}, "2026-02-06", "", relbot.KindPhone},
				{[]string{"anwar-ibrahim", "anutin-charnvirakul"}, "2026-02-06", "", relbot.KindPhone}}},
		{"'The minister also met' after several ministers were named goes on with the one who has been meeting",
			"LANGKAWI - Foreign Minister Mohamad Hasan held bilateral meetings on Friday.\n\nIn his meeting with Foreign Minister Sihasak Phuangketkeow, Mohamad discussed border security.\n\nThe minister also met Foreign Minister Prak Sokhonn.",
			[]held{{[]string{"mohamad-hasan", "sihasak-phuangketkeow"}, "2026-02-06", "Langkawi", inPerson},
				{[]string{"mohamad-hasan", "prak-sokhonn"}, "2026-02-06", "Langkawi", inPerson}}},
		{"a day told in a ', who arrived on Thursday,' aside does not move the story: 'earlier in the day' counts from the talks",
			"SEOUL - President Lee Jae Myung held talks with To Lam on Friday.\n\nTo Lam, who arrived in Seoul on Thursday for a state visit, is the first leader to visit this year.\n\nEarlier in the day, To Lam met National Assembly Speaker Woo Won-shik.",
			[]held{{[]string{"lee-jae-myung", "to-lam"}, "2026-02-06", "Seoul", inPerson},
				{[]string{"to-lam", "woo-won-shik"}, "2026-02-06", "Seoul", inPerson}}},
		{"'in the capital, Naypyitaw' places the meeting there, not at the dateline",
			"BANGKOK (AP) - Prime Minister Hun Manet met Senior Gen. Min Aung Hlaing on Friday in the capital, Naypyitaw, on his first visit.",
			[]held{{[]string{"hun-manet", "min-aung-hlaing"}, "2026-02-06", "Naypyidaw", inPerson}}},
		{"'a meeting between A and B, which was hosted by C' is a meeting of the three",
			"KUALA LUMPUR - Thailand and Cambodia agreed on Friday to keep their troops in place.\n\nThe deal was reached at a meeting between Defence Minister Nattaphon Narkphanit and Defence Minister Tea Seiha, which was hosted by Defence Minister Mohamed Khaled Nordin.",
			[]held{{[]string{"nattaphon-narkphanit", "tea-seiha", "mohamed-khaled-nordin"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"an office ending in 'chief' before the guest's name ('hosted Communist Party chief To Lam')",
			"SINGAPORE - Singapore and Vietnam upgraded their ties on Friday as Prime Minister Lawrence Wong hosted Vietnamese Communist Party chief To Lam at the Istana.",
			[]held{{[]string{"lawrence-wong", "to-lam"}, "2026-02-06", "Singapore", inPerson}}},
		{"'made the remark while receiving a delegation led by X' reports the reception; 'Ambassador Y accompanied the delegation.' was there",
			"PHNOM PENH - Prime Minister Hun Manet on Friday welcomed an investment plan.\n\nSamdech Thipadei made the remark while receiving a delegation from Saigon Fruit Group led by its chairman Tran Van Hieu at the Peace Palace. Vietnamese Ambassador Nguyen Minh Vu accompanied the delegation.",
			[]held{{[]string{"hun-manet", "tran-van-hieu", "nguyen-minh-vu"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"an unknown official after a long office with its acronym in brackets",
			"PHNOM PENH - First Secretary of the Ho Chi Minh Communist Youth Union (HCYU) Central Committee Bui Quang Huy held talks with President of the Union of Youth Federations of Cambodia (UYFC) Hun Many in Phnom Penh on Friday.",
			[]held{{[]string{"bui-quang-huy", "hun-many"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"', who held talks with X' about a visit in late June is dated by the visit, not by the story",
			"HANOI - Prime Minister Pham Minh Chinh held online talks with Prime Minister Sonexay Siphandone on Friday.\n\nThey reviewed the agreements of the visit to Viet Nam in late June by President Thongloun Sisoulith, who held talks with General Secretary To Lam in Hanoi.",
			[]held{{[]string{"pham-minh-chinh", "sonexay-siphandone"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"a day told in ', which was held on Wednesday.' does not move the story: 'In the afternoon' stays on the day of the meetings",
			"PHNOM PENH - Foreign Minister Prak Sokhonn on Friday received Deputy Foreign Minister Do Hung Viet.\n\nViet briefed him on the consultation, which was held on Wednesday.\n\nIn the afternoon, Sokhonn met Lao Ambassador Khamphao Ernthavanh.",
			[]held{{[]string{"prak-sokhonn", "do-hung-viet"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"prak-sokhonn", "khamphao-ernthavanh"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"a readout's numbered headings '1. Meeting with X' are its subject's meetings on the lead's day",
			"Kuala Lumpur, 6 February 2026 - On the sidelines of the ASEAN ministers' retreat, H.E. Prak Sokhonn held separate bilateral meetings today with his counterparts from Viet Nam and Laos.\n\n1. Meeting with H.E. Le Hoai Trung, Minister of Foreign Affairs of Viet Nam\n\n- H.E. Prak Sokhonn congratulated H.E. Le Hoai Trung on his appointment.\n\n2. Meeting with H.E. Thongsavanh Phomvihane, Minister of Foreign Affairs of the Lao PDR\n\n- The two ministers reviewed their joint commission.",
			[]held{{[]string{"prak-sokhonn", "le-hoai-trung"}, "2026-02-06", "Kuala Lumpur", inPerson},
				{[]string{"prak-sokhonn", "thongsavanh-phomvihane"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHeld(t, x, tt.text, testPub, tt.want)
		})
	}
}
