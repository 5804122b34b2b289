package meeting

import (
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// TestExtractRoundSixteen holds the cases of the rules added in the round of
// the blind sets heldout45 and heldout46, each in the project's own words.
func TestExtractRoundSixteen(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"a delegation 'led by its President and CEO X' has X for head: two offices joined by 'and'",
			"HANOI - Prime Minister Pham Minh Chinh on Friday received a delegation of the Mekong Business Forum led by its President and CEO Laura Hendricks.\n\nOn Thursday, the delegation had a working session with Minister of Finance Nguyen Van Thang.",
			[]held{{[]string{"pham-minh-chinh", "laura-hendricks"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"laura-hendricks", "nguyen-van-thang"}, "2026-02-05", "Hanoi", inPerson}}},
		{"'chief executive of Acme Corp' names a company, not a second guest",
			"HANOI - Prime Minister Pham Minh Chinh on Friday met Daniel Morrow, chief executive of Harbour Logistics Corp, at the Government headquarters.",
			[]held{{[]string{"pham-minh-chinh", "daniel-morrow"}, "2026-02-06", "Hanoi", inPerson}}},
		{"an ambassador's country is the one before his office, not the one he was sent to: 'the Chinese envoy' later",
			"PHNOM PENH - Chinese Ambassador to Cambodia H.E. Wang Wentian on Friday called on Minister of Commerce Cham Nimul.\n\nIn the afternoon, the Chinese envoy met Minister of Agriculture Dith Tina at his ministry.",
			[]held{{[]string{"wang-wentian", "cham-nimul"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"wang-wentian", "dith-tina"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"the head of a delegation named after 'led by' with a lower-case office, or none",
			"HO CHI MINH CITY - Chairman Nguyen Van Duoc on Friday received a delegation from a Japanese trading house led by senior managing executive officer Kenta Moriyama.\n\nOn Thursday, Party Secretary Nguyen Van Nen received a delegation of Korean investors led by Park Jun-seo.",
			[]held{{[]string{"nguyen-van-duoc", "kenta-moriyama"}, "2026-02-06", "Ho Chi Minh City", inPerson},
				{[]string{"nguyen-van-nen", "park-jun-seo"}, "2026-02-05", "Ho Chi Minh City", inPerson}}},
		{"'led by Sumitomo Corporation' or 'led by the Ministry of Finance' names no one",
			"HANOI - Prime Minister Pham Minh Chinh on Friday received a consortium led by Harbour Logistics Corporation and a delegation led by the Ministry of Finance, then met Ambassador Marc Knapper.",
			[]held{{[]string{"pham-minh-chinh", "marc-knapper"}, "2026-02-06", "Hanoi", inPerson}}},
		{"the capitalised words of an agreement, an event or a building are no person and no city",
			"KUALA LUMPUR - Malaysia and Vietnam have agreed to elevate their ties to a Comprehensive Strategic Partnership, Prime Minister Anwar Ibrahim said after talks with General Secretary To Lam on Friday.\n\nOn the sidelines of the ASEAN Summit and Related Summits, Prime Minister Pham Minh Chinh met Prime Minister Hun Manet on Saturday.",
			[]held{{[]string{"anwar-ibrahim", "to-lam"}, "2026-02-06", "Kuala Lumpur", inPerson},
				{[]string{"pham-minh-chinh", "hun-manet"}, "2026-02-07", "Kuala Lumpur", inPerson}}},
		{"'the Vice Presidential Palace' is no city named Vice",
			"JAKARTA - Vice President Gibran Rakabuming Raka on Thursday received Ambassador Ta Van Thong at the Vice Presidential Palace.",
			[]held{{[]string{"gibran-rakabuming-raka", "ta-van-thong"}, "2026-02-05", "Jakarta", inPerson}}},
		{"'also attended the meeting at <venue>' places the meeting the lead told without a place; a building several countries name alike is the participants' country's",
			"Prime Minister Pham Minh Chinh on Friday received a delegation of the Mekong Business Forum led by its chairwoman Laura Hendricks.\n\nAmbassador Marc Knapper also attended the meeting at the Government headquarters.",
			[]held{{[]string{"pham-minh-chinh", "laura-hendricks", "marc-knapper"}, "2026-02-06", "Hanoi", inPerson}}},
		{"those who 'took part in the expanded talks' were at the meeting just told",
			"SEOUL - Prime Minister Hun Manet and President Lee Jae-myung agreed on Friday to deepen trade ties.\n\nDeputy Prime Minister Sok Chenda Sophea and Foreign Minister Cho Hyun took part in the expanded talks.",
			[]held{{[]string{"hun-manet", "lee-jae-myung", "sok-chenda-sophea", "cho-hyun"}, "2026-02-06", "Seoul", inPerson}}},
		{"'The talks were attended by X and Y, while Z was accompanied by W': all four join",
			"JAKARTA - President Prabowo Subianto received Prime Minister Anthony Albanese on Friday.\n\nThe talks were attended by Foreign Minister Sugiono and State Secretary Prasetyo Hadi, while Albanese was accompanied by Foreign Minister Penny Wong.",
			[]held{{[]string{"prabowo-subianto", "anthony-albanese", "sugiono", "prasetyo-hadi", "penny-wong"}, "2026-02-06", "Jakarta", inPerson}}},
		{"a bilateral leaders' meeting 'took place at …, and was attended by' the two foreign ministers, one named as 'her counterpart'",
			"SYDNEY - President Prabowo Subianto and Prime Minister Anthony Albanese agreed on Friday to expand defence ties as the two countries held their annual leaders' meeting.\n\nThe talks took place at Admiralty House, overlooking the harbour, and were attended by Foreign Minister Sugiono and his Australian counterpart Penny Wong, as well as State Secretary Prasetyo Hadi.",
			[]held{{[]string{"prabowo-subianto", "anthony-albanese", "sugiono", "penny-wong", "prasetyo-hadi"}, "2026-02-06", "Sydney", inPerson}}},
		{"a multilateral summit's attendance list still meets no one",
			"KUALA LUMPUR - Prime Minister Anwar Ibrahim and President Prabowo Subianto met on Friday on the sidelines of the ASEAN Summit.\n\nThe summit was attended by Prime Minister Hun Manet and Prime Minister Sonexay Siphandone.",
			[]held{{[]string{"anwar-ibrahim", "prabowo-subianto"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'X and Y were among those present at the delegation meeting' after 'the two leaders held a tete-a-tete': one meeting of four",
			"NEW DELHI - Prime Minister Anwar Ibrahim held talks with Prime Minister Narendra Modi on Friday.\n\nThe two leaders held a tete-a-tete followed by delegation-level talks at Hyderabad House. Foreign Minister Mohamad Hasan and External Affairs Minister S. Jaishankar were among those present at the delegation meeting.",
			[]held{{[]string{"anwar-ibrahim", "narendra-modi", "mohamad-hasan", "s-jaishankar"}, "2026-02-06", "New Delhi", inPerson}}},
		{"a month-only first meeting of two of a day's four is that meeting's background",
			"PHNOM PENH - Prime Minister Anutin Charnvirakul and Prime Minister Hun Manet agreed on Friday to reopen two border crossings.\n\nThe two leaders held talks at the Peace Palace. Also attending the talks were Foreign Minister Sihasak Phuangketkeow and Foreign Minister Prak Sokhonn.\n\nThe two prime ministers first met briefly on the sidelines of the ASEAN Summit in Kuala Lumpur earlier this month.",
			[]held{{[]string{"anutin-charnvirakul", "hun-manet", "sihasak-phuangketkeow", "prak-sokhonn"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"a meeting told in a report someone rejected was not held",
			"PHNOM PENH - The foreign ministry on Friday rejected a report in a Thai newspaper that Prime Minister Hun Manet and Prime Minister Anutin Charnvirakul had held a private meeting in Kuala Lumpur last week.",
			nil},
		{"'last evening' is yesterday's; a middle initial is part of the name; a portfolio's words are no name",
			"HANOI - Prime Minister Pham Minh Chinh held phone talks with Prime Minister Anthony Albanese last evening.\n\nOn Saturday, Chairman Vo Van Minh received LEGO Group CEO Niels B. Christiansen at the provincial hall in Hanoi.\n\nOn Friday, Deputy Prime Minister Tran Hong Ha held online talks with Danish Minister of Climate, Energy and Utilities Lars Aagaard.",
			[]held{{[]string{"pham-minh-chinh", "anthony-albanese"}, "2026-02-07", "", relbot.KindPhone},
				{[]string{"vo-van-minh", "niels-b-christiansen"}, "2026-02-07", "Hanoi", inPerson},
				{[]string{"tran-hong-ha", "lars-aagaard"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"a Malay style or a rank before 'Name, Office' is no part of the name",
			"NAYPYIDAW - Senior General Min Aung Hlaing on Friday received Tan Sri Othman Hashim, Special Envoy of the ASEAN Chair.\n\nOn Saturday, Prime Minister Hun Manet received Maj Gen Ros Vannak, commander of Military Region 4, in Phnom Penh.",
			[]held{{[]string{"min-aung-hlaing", "othman-hashim"}, "2026-02-06", "Naypyidaw", inPerson},
				{[]string{"hun-manet", "ros-vannak"}, "2026-02-07", "Phnom Penh", inPerson}}},
		{"'talked with' after a lead of calls told without names is a call",
			"MANILA - President Ferdinand Marcos Jr. has spoken separately by phone with the leaders of Cambodia and Thailand, the palace said on Saturday.\n\nMr. Marcos talked with Prime Minister Hun Manet on Thursday evening and with Prime Minister Anutin Charnvirakul on Friday afternoon.",
			[]held{{[]string{"ferdinand-marcos-jr", "hun-manet"}, "2026-02-05", "", relbot.KindPhone},
				{[]string{"ferdinand-marcos-jr", "anutin-charnvirakul"}, "2026-02-06", "", relbot.KindPhone}}},
		{"a summit between two leaders, or two leaders holding a summit, is their meeting; the ASEAN Summit's attendance is none",
			"HANOI - The summit between President Donald Trump and Chairman Kim Jong Un ended abruptly on Thursday without a joint statement.\n\nOn Friday, Prime Minister Pham Minh Chinh and Prime Minister Hun Manet held a summit in Phnom Penh.\n\nThe ASEAN Summit on Saturday was attended by Prime Minister Anwar Ibrahim and President Prabowo Subianto.",
			[]held{{[]string{"donald-trump", "kim-jong-un"}, "2026-02-05", "Hanoi", inPerson},
				{[]string{"pham-minh-chinh", "hun-manet"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'was welcomed at <venue> by X' is a passive meeting with its place before its agent",
			"HANOI - On Friday, President Donald Trump was welcomed at the Presidential Palace by General Secretary To Lam.",
			[]held{{[]string{"donald-trump", "to-lam"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'They were joined at the table by …' joins the meeting just told, not one of another day",
			"HANOI - President Donald Trump and Chairman Kim Jong Un held talks on Friday. They were joined at the table by Secretary of State Marco Rubio and Foreign Minister Choe Son Hui.\n\nOn Saturday, Trump held talks with Prime Minister Pham Minh Chinh.\n\nThe day had begun on Thursday evening, when Trump and Kim shook hands before a dinner. They were joined at the table by Ambassador Marc Knapper.",
			[]held{{[]string{"donald-trump", "kim-jong-un", "marco-rubio", "choe-son-hui"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"donald-trump", "pham-minh-chinh"}, "2026-02-07", "Hanoi", inPerson},
				{[]string{"donald-trump", "kim-jong-un", "marc-knapper"}, "2026-02-05", "Hanoi", inPerson}}},
		{"'The meeting, which lasted 40 minutes, was expanded to include X and Y'",
			"PASAY - President Ferdinand Marcos Jr. and President Donald Trump held a bilateral meeting on Friday.\n\nThe meeting, which lasted about 40 minutes, was expanded to include Foreign Affairs Secretary Theresa Lazaro and Secretary of State Marco Rubio.",
			[]held{{[]string{"ferdinand-marcos-jr", "donald-trump", "theresa-lazaro", "marco-rubio"}, "2026-02-06", "Pasay", inPerson}}},
		{"those who 'took part in the lunch' were at it; a name 'on the eve of' another summit is that summit's",
			"SINGAPORE - Prime Minister Lawrence Wong hosted President Donald Trump to a working lunch at the Istana on Friday, on the eve of Mr Trump's summit with Chairman Kim Jong Un.\n\nForeign Minister Vivian Balakrishnan and Secretary of State Marco Rubio also took part in the lunch.",
			[]held{{[]string{"lawrence-wong", "donald-trump", "vivian-balakrishnan", "marco-rubio"}, "2026-02-06", "Singapore", inPerson}}},
		{"unknown people named before a company's office: 'general director of', 'Apple's vice president'",
			"HANOI - Prime Minister Pham Minh Chinh on Friday received Tim Cook, CEO of Apple. Attending the meeting were Minister Nguyen Van Thang and Choi Joo-ho, general director of Samsung Vietnam. Cook was accompanied by Lisa Jackson, Apple's vice president for environment.",
			[]held{{[]string{"pham-minh-chinh", "tim-cook", "nguyen-van-thang", "choi-joo-ho", "lisa-jackson"}, "2026-02-06", "Hanoi", inPerson}}},
		{"a name right after 'received in <city>' is the guest's",
			"HA LONG - Party Secretary Vu Dai Thang on Saturday received in Ha Long City Young Liu, chairman of Foxconn.",
			[]held{{[]string{"vu-dai-thang", "young-liu"}, "2026-02-07", "Ha Long", inPerson}}},
	})
	// Offices held before the present one: "the minister" of a 2022 story
	// is the one who held a ministry then.
	pub2022 := time.Date(2022, 11, 25, 9, 0, 0, 0, time.FixedZone("ICT", 7*3600))
	checkHeld(t, x, "HANOI - Minister of Planning and Investment Nguyen Chi Dung on Thursday received Andrew Jeffries, the ADB country director.\n\nEarlier in the day, the minister held an online meeting with Nakamura Keiko, vice president of the Japan International Cooperation Agency, who joined from Tokyo.",
		pub2022, []held{{[]string{"nguyen-chi-dung", "andrew-jeffries"}, "2022-11-24", "Hanoi", inPerson},
			{[]string{"nguyen-chi-dung", "nakamura-keiko"}, "2022-11-24", "", relbot.KindVirtual}})
}
