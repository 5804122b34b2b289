package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundTen covers the forms of writing the fourteenth and
// fifteenth held-out sets showed, each in this project's own words. pub is
// testPub (Sunday 8 February 2026: "Friday" is the 6th).
func TestExtractRoundTen(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	tests := []struct {
		name, text string
		want       []held
	}{
		{"'Attending were …' adds those listed to the meeting just reported",
			"VIENTIANE — Sonexay Siphandone and Phạm Minh Chính co-chaired the annual meeting of the intergovernmental committee on Friday.\n\nAlso attending were Bùi Thanh Sơn and Lao Foreign Minister Thongsavanh Phomvihane.",
			[]held{{[]string{"sonexay-siphandone", "pham-minh-chinh", "bui-thanh-son", "thongsavanh-phomvihane"}, "2026-02-06", "Vientiane", inPerson}}},
		{"a meeting with its chair alone waits for the list of who attended",
			"Foreign ministers of three ASEAN chairs met in Kuala Lumpur on Friday to discuss Myanmar.\n\nThe meeting was chaired by Mohamad Hasan. Attending the meeting were Sugiono and Saleumxay Kommasith.",
			[]held{{[]string{"mohamad-hasan", "sugiono", "saleumxay-kommasith"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"guests of a dinner are listed, not met",
			"HANOI — Tô Lâm held talks with Hun Manet on Friday.\n\nAttending the state banquet that evening were Lương Cường and Trần Thanh Mẫn.",
			[]held{{[]string{"to-lam", "hun-manet"}, "2026-02-06", "Hanoi", inPerson}}},
		{"observers present, 'as was' one more; a second title after 'and' is another person",
			"PUTRAJAYA — Anwar Ibrahim held a special meeting with Hun Manet and Phumtham Wechayachai on Friday.\n\nUnited States Ambassador to Malaysia Edgard Kagan and Chinese Ambassador to Malaysia Ouyang Yujing were also present as observers, as was Mohamad Hasan.",
			[]held{{[]string{"anwar-ibrahim", "hun-manet", "phumtham-wechayachai", "edgard-kagan", "ouyang-yujing", "mohamad-hasan"}, "2026-02-06", "Putrajaya", inPerson}}},
		{"'an informal meeting with A and B' is one meeting of three; a dateline's city in capitals",
			"ANNING, Yunnan, Feb. 7 (Xinhua) -- Wang Yi held an informal meeting with Maris Sangiampongsa and Prak Sokhonn on Friday.",
			[]held{{[]string{"wang-yi", "maris-sangiampongsa", "prak-sokhonn"}, "2026-02-06", "Anning", inPerson}}},
		{"a newsroom label in capitals is no dateline",
			"UPDATE — Wang Yi held talks with Prak Sokhonn on Friday.",
			[]held{{[]string{"wang-yi", "prak-sokhonn"}, "2026-02-06", "", inPerson}}},
		{"a meeting 'called off' did not happen; both governors are named",
			"HA TIEN — Chairman Trương Quang Nghị met Governor Chhay Vuthy on Friday.\n\nA similar meeting between Chairman of the An Giang provincial People's Committee Võ Hoàng Kha and Governor of Takeo province Sok Pisey, which had been planned for Saturday, was called off after heavy rain.",
			[]held{{[]string{"truong-quang-nghi", "chhay-vuthy"}, "2026-02-06", "Ha Tien", inPerson}}},
		{"meetings looked forward to, sought or 'under discussion' are plans",
			"KUALA LUMPUR — Lê Hoài Trung spoke by phone with Wang Yi on Friday. Trung said he looked forward to meeting Wang in person at the summit.\n\nOfficials said a meeting between Donald Trump and Luiz Inacio Lula da Silva, who will attend as a guest, was \"under discussion\".\n\nJapanese media reported that Sanae Takaichi was seeking a short meeting with Li Qiang on the sidelines.",
			[]held{{[]string{"le-hoai-trung", "wang-yi"}, "2026-02-06", "", relbot.KindPhone}}},
		{"a gathering a country has hosted is no meeting of its guests",
			"KUALA LUMPUR: The summit opening here on Sunday is set to be the biggest gathering Malaysia has hosted in decades, with Donald Trump, Sanae Takaichi and Li Qiang all confirmed to attend.\n\nOn Saturday, Anwar Ibrahim hosted a delegation led by Hun Manet in Kuala Lumpur.",
			[]held{{[]string{"anwar-ibrahim", "hun-manet"}, "2026-02-07", "Kuala Lumpur", inPerson}}},
		{"'eight months later' counted from an old date is still old",
			"HANOI — Lê Hoài Trung met Prak Sokhonn on Friday.\n\nTheir ties go back to December 2024, when Hun Manet visited Hà Nội. Eight months later, General Secretary Tô Lâm chose Phnom Penh for a trip, meeting Hun Sen.",
			[]held{{[]string{"le-hoai-trung", "prak-sokhonn"}, "2026-02-06", "Hanoi", inPerson}}},
		{"a meeting held on numerous occasions is a history",
			"PHNOM PENH — Hun Manet received Wang Yi on Friday. Manet said his father had visited China often and met Xi Jinping on numerous occasions.",
			[]held{{[]string{"hun-manet", "wang-yi"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"the city of a 'where' clause over an apposition",
			"PHNOM PENH — On Saturday, the delegation flew to Nanning, capital of the Guangxi Zhuang Autonomous Region, where Hun Manet met Party Secretary Liu Ning.",
			[]held{{[]string{"hun-manet", "liu-ning"}, "2026-02-07", "Nanning", inPerson}}},
		{"'had earlier on Friday spoken' dates a call; talks someone hoped to bring about are a plan",
			"KUALA LUMPUR: Anwar Ibrahim says he has spoken by telephone with Hun Manet.\n\nIn a post late Friday night, the Prime Minister said he had made the call on Friday evening.\n\nMohamad Hasan had earlier on Friday spoken by phone with his Thai counterpart Maris Sangiampongsa.\n\nAnwar said he hoped to bring Hun Manet and Phumtham Wechayachai together for direct talks in Malaysia.",
			[]held{{[]string{"anwar-ibrahim", "hun-manet"}, "2026-02-06", "", relbot.KindPhone},
				{[]string{"mohamad-hasan", "maris-sangiampongsa"}, "2026-02-06", "", relbot.KindPhone}}},
		{"a leaked call undated beside it is older than the news of its leak",
			"BANGKOK — Phumtham Wechayachai met Anwar Ibrahim on Friday.\n\nPhumtham has led the government since the court suspended Paetongtarn Shinawatra earlier this month over a leaked phone call with Hun Sen.",
			[]held{{[]string{"phumtham-wechayachai", "anwar-ibrahim"}, "2026-02-06", "Bangkok", inPerson}}},
		{"those who accompanied a guest, attended or took part in the meeting were in it; 'Mr' is no part of a name",
			"VIENTIANE — Sonexay Siphandone received HAGL Chairman Doan Nguyen Duc on Friday.\n\nMr Duc was accompanied by the Vietnamese Ambassador to Laos, Mr Nguyen Ba Hung. The Minister of Planning and Investment, Mr Phet Phomphiphak, also attended the meeting.\n\nOn Saturday, Hun Manet received Vietjet CEO Nguyen Thi Phuong Thao in Phnom Penh. Mao Havannall, Minister in charge of the State Secretariat of Civil Aviation, also took part in the meeting.",
			[]held{{[]string{"sonexay-siphandone", "doan-nguyen-duc", "nguyen-ba-hung", "phet-phomphiphak"}, "2026-02-06", "Vientiane", inPerson},
				{[]string{"hun-manet", "nguyen-thi-phuong-thao", "mao-havannall"}, "2026-02-07", "Phnom Penh", inPerson}}},
		{"someone who has yet to meet another has not met them",
			"BANGKOK — Anutin Charnvirakul, who was sworn in on Friday, has yet to meet Hun Manet.",
			nil},
		{"'I' of a statement is the one who signs it; \"I'll be meeting\" is a plan",
			"Today I held talks with Prime Minister Phạm Minh Chính at Parliament House in Canberra.\n\n\"I'll be meeting President Xi Jinping in two weeks,\" I told reporters.\n\nAnthony Albanese\nPrime Minister of Australia",
			[]held{{[]string{"anthony-albanese", "pham-minh-chinh"}, "2026-02-08", "Canberra", inPerson}}},
		{"talks 'today' after a dinner 'yesterday' bring the story back to today",
			"SINGAPORE — Narendra Modi met Lawrence Wong in Singapore today.\n\nThe two leaders had also met informally yesterday evening, when Wong hosted a private dinner for Modi.\n\nIn the delegation-level talks today, the two Prime Ministers agreed to elevate their relationship.\n\nLater in the day, Modi also called on President Tharman Shanmugaratnam at the Istana.",
			[]held{{[]string{"narendra-modi", "lawrence-wong"}, "2026-02-08", "Singapore", inPerson},
				{[]string{"narendra-modi", "lawrence-wong"}, "2026-02-07", "Singapore", inPerson},
				{[]string{"narendra-modi", "tharman-shanmugaratnam"}, "2026-02-08", "Singapore", inPerson}}},
		{"'Attending the reception were …' after a guest received; directors and deputy heads named before their office",
			"HANOI — Phạm Minh Chính received Jensen Huang, founder and CEO of NVIDIA, on Friday.\n\nAttending the reception were Nguyễn Chí Dũng, Director of the Department of Planning, and Somphet Inthavong, Deputy Head of the Commission for External Relations.",
			[]held{{[]string{"pham-minh-chinh", "jensen-huang", "nguyen-chi-dung", "somphet-inthavong"}, "2026-02-06", "Hanoi", inPerson}}},
		{"a sentence that goes on from a day weeks back is background too",
			"PHNOM PENH — Prak Sokhonn held a phone call with Wang Yi on Friday.\n\nXi Jinping's visit on January 8–9 was his first in nine years. In Phnom Penh, he held talks with Hun Manet.",
			[]held{{[]string{"prak-sokhonn", "wang-yi"}, "2026-02-06", "", relbot.KindPhone}}},
		{"a shortened name of a person met earlier in the article is that person",
			"PHNOM PENH — Hun Manet met Ambassador Somchai Wattana Prasert on Friday.\n\nOn Saturday, Ambassador Somchai Prasert met Sok Chenda Sophea.",
			[]held{{[]string{"hun-manet", "somchai-wattana-prasert"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"somchai-wattana-prasert", "sok-chenda-sophea"}, "2026-02-07", "Phnom Penh", inPerson}}},
		{"who accompanied a participant of a video conference was in it",
			"Jakarta (ANTARA) - Prabowo Subianto held a virtual meeting with General Phan Van Giang on Friday.\n\nPrabowo, who joined the video conference from his office in Jakarta, was accompanied by Deputy Defense Minister Muhammad Herindra.",
			[]held{{[]string{"prabowo-subianto", "phan-van-giang", "muhammad-herindra"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"an office of three countries at once is their three holders",
			"The prime ministers of Vietnam, Cambodia and Laos agreed on Friday to speed up connectivity during a working breakfast in Vientiane.",
			[]held{{[]string{"pham-minh-chinh", "hun-manet", "sonexay-siphandone"}, "2026-02-06", "Vientiane", inPerson}}},
		{"a city someone arrived from is not where they met",
			"CANBERRA, Feb 8 AAP - Phạm Minh Chính met Opposition Leader Peter Dutton at Parliament House on Saturday, shortly after arriving in the capital from Melbourne.",
			[]held{{[]string{"pham-minh-chinh", "peter-dutton"}, "2026-02-07", "Canberra", inPerson}}},
		{"'had separate conversations with' after a call is more calls",
			"KUALA LUMPUR: Anwar Ibrahim has spoken by telephone with the Cambodian leader Hun Manet.\n\nThe Prime Minister said he had separate conversations with Hun Manet and Phumtham Wechayachai on Friday night.",
			[]held{{[]string{"anwar-ibrahim", "hun-manet"}, "2026-02-06", "", relbot.KindPhone},
				{[]string{"anwar-ibrahim", "phumtham-wechayachai"}, "2026-02-06", "", relbot.KindPhone}}},
		{"those a participant was accompanied by at the talks, and those who attended them on one side, were in them",
			"Jakarta (ANTARA) - Prabowo Subianto and Tô Lâm agreed on Friday to upgrade ties, following talks at the Merdeka Palace in Jakarta.\n\nPrabowo was accompanied at the talks by Foreign Minister Sugiono, while Lâm was accompanied by Bùi Thanh Sơn.\n\nOn Saturday, Tô Lâm held talks with Thongloun Sisoulith in Vientiane. The talks were attended on the Vietnamese side by Head of the Commission for External Relations Lê Hoài Trung.",
			[]held{{[]string{"prabowo-subianto", "to-lam", "sugiono", "bui-thanh-son"}, "2026-02-06", "Jakarta", inPerson},
				{[]string{"to-lam", "thongloun-sisoulith", "le-hoai-trung"}, "2026-02-07", "Vientiane", inPerson}}},
		{"the members attending a leaders' meeting do not meet one another",
			"PHNOM PENH — Li Keqiang held talks with Hun Sen on Friday, after the two co-chaired the Lancang-Mekong Leaders' Meeting.\n\nEarlier in the day, the leaders of the six Lancang-Mekong countries adopted a declaration at the meeting. The meeting was attended by Thongloun Sisoulith and Prayut Chan-o-cha.",
			[]held{{[]string{"li-keqiang", "hun-sen"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'Also present at the talks, held at …, were'; a 'Sen. Lt. Gen.' rank is not a sentence's end",
			"HÀ NỘI – Nguyễn Thị Kim Ngân held talks with Pany Yathotou in Hà Nội on Friday.\n\nAlso present at the talks, held at the National Assembly House, were NA Standing Vice Chairwoman Tòng Thị Phóng and Vietnamese Deputy Minister of National Defence Sen. Lt. Gen. Hoàng Xuân Chiến.",
			[]held{{[]string{"nguyen-thi-kim-ngan", "pany-yathotou", "tong-thi-phong", "hoang-xuan-chien"}, "2026-02-06", "Hanoi", inPerson}}},
		{"a name that ends in 'Sen.' before a rank still ends its sentence",
			"PHNOM PENH — On Friday, Hun Manet met Hun Sen. Lt. Gen. Tea Banh received Prak Sokhonn on Saturday.",
			[]held{{[]string{"hun-manet", "hun-sen"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"tea-banh", "prak-sokhonn"}, "2026-02-07", "Phnom Penh", inPerson}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHeld(t, x, tt.text, testPub, tt.want) })
	}
}
