package meeting

import (
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// TestExtractRoundTwentyFour holds the cases of the rules added in the
// round of the blind sets heldout113 to heldout118, in the project's own
// words.
func TestExtractRoundTwentyFour(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'A and B attended the welcoming ceremony and the talks': the talks told before, past a meeting recalled in between",
			"BEIJING, Feb. 6 - General Secretary Xi Jinping held talks with General Secretary To Lam in Beijing on Friday.\n\nXi recalled his visit to Hanoi in 2023, during which he and Nguyen Phu Trong announced a new framework.\n\nCai Qi and Wang Yi attended the welcoming ceremony and the talks.",
			[]held{{[]string{"xi-jinping", "to-lam", "cai-qi", "wang-yi"}, "2026-02-06", "Beijing", inPerson}}},
		{"'N leaders attended: A, B and C' after the summit's sentence: the roll after a colon",
			"JAKARTA - Southeast Asian leaders met in Jakarta on Friday for a special summit on the crisis in Myanmar.\n\nFour leaders attended: President Prabowo Subianto, Prime Minister Pham Minh Chinh, Prime Minister Hun Manet and Prime Minister Sonexay Siphandone.",
			[]held{{[]string{"prabowo-subianto", "pham-minh-chinh", "hun-manet", "sonexay-siphandone"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'A and B witnessed the signing of the agreement by C and D': the signers were at the ceremony too",
			"HANOI - Prime Minister Pham Minh Chinh and Prime Minister Hun Manet on Friday witnessed the signing of the railway agreement by Foreign Minister Bui Thanh Son and Deputy Prime Minister Prak Sokhonn.",
			[]held{{[]string{"pham-minh-chinh", "hun-manet", "bui-thanh-son", "prak-sokhonn"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'The region's leaders arrived for a summit. The dinner brought together A, who holds the chair, B, C and D': a roll with none told before, an aside in it",
			"WASHINGTON - Southeast Asian leaders arrived in Washington on Friday for a two-day summit.\n\nThe dinner brought together Prime Minister Hun Manet, who holds the bloc's rotating chair this year, Prime Minister Lawrence Wong, President Prabowo Subianto and Prime Minister Pham Minh Chinh.",
			[]held{{[]string{"hun-manet", "lawrence-wong", "prabowo-subianto", "pham-minh-chinh"}, "2026-02-06", "Washington", inPerson}}},
		{"'X received Y, who came as the envoy of Z, General Secretary … and President of Viet Nam': after a verb the aside names no one at the table",
			"PHNOM PENH - Senate President Hun Sen on Friday received Le Hoai Trung, who is visiting Cambodia as Special Envoy of To Lam, General Secretary of the CPV Central Committee and President of Viet Nam.",
			[]held{{[]string{"hun-sen", "le-hoai-trung"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'On the South Lawn, President X met Y': the lawn is a place, no one's name",
			"WASHINGTON - On the South Lawn, President Joe Biden on Friday met Prime Minister Lawrence Wong.",
			[]held{{[]string{"joe-biden", "lawrence-wong"}, "2026-02-06", "Washington", inPerson}}},
		{"'X was to meet Y in a final round of bilateral meetings on Friday afternoon': arranged when written, not held",
			"NEW DELHI - Prime Minister Narendra Modi held talks with Prime Minister Lawrence Wong on Friday morning.\n\nModi was to meet Prime Minister Anwar Ibrahim in a final round of bilateral meetings on Friday afternoon, officials said.",
			[]held{{[]string{"narendra-modi", "lawrence-wong"}, "2026-02-06", "New Delhi", inPerson}}},
		{"'X chaired the summit on Friday, with A and B, whose country holds the presidency, seated beside him'",
			"KUALA LUMPUR - Prime Minister Anwar Ibrahim chaired the summit on Friday afternoon, with Premier Li Qiang and President Prabowo Subianto, whose country is a founding member, seated beside him.",
			[]held{{[]string{"anwar-ibrahim", "li-qiang", "prabowo-subianto"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'X hosted the summit on Friday, also attended by A and B, which adopted …': the roll without 'which was'",
			"KUALA LUMPUR - Prime Minister Anwar Ibrahim on Friday hosted the ASEAN-GCC Summit, also attended by Premier Li Qiang and Prime Minister Hun Manet, which adopted a joint statement.",
			[]held{{[]string{"anwar-ibrahim", "li-qiang", "hun-manet"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'A held phone talks with B on Thursday. Meanwhile, X chaired the special summit on Friday by video conference. C and D joined from their capitals': the summit's chair is no company of the call",
			"HANOI - General Secretary To Lam held phone talks with President Thongloun Sisoulith on Thursday.\n\nMeanwhile, Prime Minister Pham Minh Chinh on Friday chaired the special ASEAN summit from Hanoi by video conference. Prime Minister Hun Manet and Prime Minister Sonexay Siphandone joined from their capitals.",
			[]held{{[]string{"to-lam", "thongloun-sisoulith"}, "2026-02-05", "", relbot.KindPhone},
				{[]string{"pham-minh-chinh", "hun-manet", "sonexay-siphandone"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'A, the son of former Interior Minister B, was received by C, himself a former public security minister': neither the father nor the office's holder now was there",
			"HANOI - On Friday, Deputy Prime Minister Sar Sokha, the son of former Interior Minister Sar Kheng, was received by General Secretary To Lam, himself a former public security minister.",
			[]held{{[]string{"sar-sokha", "to-lam"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'X received Y, who was accompanied by a former Thai prime minister': no one the office names now",
			"PHNOM PENH - Prime Minister Hun Manet on Friday received Foreign Minister Sugiono, who was accompanied by a former Thai prime minister.",
			[]held{{[]string{"hun-manet", "sugiono"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'The meeting came a day after A and B signed a declaration, witnessed by C and D, on Friday': the signing is a meeting of its own",
			"KUALA LUMPUR - Prime Minister Pham Minh Chinh met Prime Minister Hun Manet here on Saturday.\n\nThe meeting came a day after Hun Manet and Prime Minister Anutin Charnvirakul signed a joint declaration, witnessed by President Donald Trump and Prime Minister Anwar Ibrahim, on Friday.",
			[]held{{[]string{"pham-minh-chinh", "hun-manet"}, "2026-02-07", "Kuala Lumpur", inPerson},
				{[]string{"hun-manet", "anutin-charnvirakul", "donald-trump", "anwar-ibrahim"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'A and B co-chaired an exchange. The opening ceremony, held in the city, was also attended by C and D': the exchange's company",
			"TAY NINH - Defence Minister Phan Van Giang and Defence Minister Tea Banh on Friday co-chaired a border defence friendship exchange in Tay Ninh.\n\nThe opening ceremony, held in Tay Ninh city, was also attended by Secretary of the Provincial Party Committee Nguyen Thanh Tam and Governor of Svay Rieng province Men Vibol.",
			[]held{{[]string{"phan-van-giang", "tea-banh", "nguyen-thanh-tam", "men-vibol"}, "2026-02-06", "Tay Ninh", inPerson}}},
		{"'A attended the summit, which was also attended by B': who else went, not who sat with A",
			"PHNOM PENH - Prime Minister Pham Minh Chinh met Prime Minister Hun Manet on Friday.\n\nLater, Chinh attended the ASEAN-Japan Summit, which was also attended by Prime Minister Sanae Takaichi.",
			[]held{{[]string{"pham-minh-chinh", "hun-manet"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'the Cambodian deputy premier was received by X': a deputy prime minister",
			"HANOI - Cambodian Deputy Prime Minister Sun Chanthol arrived in Hanoi on Thursday.\n\nOn Friday, the Cambodian deputy premier was received by Prime Minister Pham Minh Chinh at the Government headquarters.",
			[]held{{[]string{"sun-chanthol", "pham-minh-chinh"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'TOKYO — X wrapped up his visit …, as Malacañang said …. X met Y at the hotel': the palace that speaks is no place of the meeting",
			"TOKYO - President Ferdinand Marcos Jr. wrapped up his visit to Japan on Friday with a meeting with the head of Mitsubishi Corp., as Malacañang said the trip had yielded pledges worth $13 billion.\n\nMarcos met Mitsubishi Corp. president Katsuya Nakanishi at the Imperial Hotel on Friday.",
			[]held{{[]string{"ferdinand-marcos-jr", "katsuya-nakanishi"}, "2026-02-06", "Tokyo", inPerson}}},
		{"'X arrived in Seoul for a state visit. On Friday, X held talks with Y at the presidential office in Yongsan': with no dateline, the story's city",
			"General Secretary To Lam arrived in Seoul on Thursday for a state visit to South Korea.\n\nOn Friday, Lam held talks with President Lee Jae-myung at the presidential office in Yongsan.",
			[]held{{[]string{"to-lam", "lee-jae-myung"}, "2026-02-06", "Seoul", inPerson}}},
		{"'… met X at his residence in Takhmao, south of the capital': a town of its own",
			"PHNOM PENH - Defence Minister Sutin Klungsang arrived in Phnom Penh on Thursday for a visit to Cambodia.\n\nOn Friday, Sutin met Hun Sen at his residence in Takhmao, south of the capital.",
			[]held{{[]string{"sutin-klungsang", "hun-sen"}, "2026-02-06", "Takhmao", inPerson}}},
		{"'X hosted the summit. The summit at the guest house brought together A, B and C': the chair and the roll, a place between the noun and its verb",
			"TOKYO - Prime Minister Shinzo Abe on Friday hosted the Mekong-Japan Summit in Tokyo.\n\nThe summit at the Iikura Guest House brought together Prime Minister Hun Manet, Prime Minister Sonexay Siphandone and Prime Minister Pham Minh Chinh.",
			[]held{{[]string{"shinzo-abe", "hun-manet", "sonexay-siphandone", "pham-minh-chinh"}, "2026-02-06", "Tokyo", inPerson}}},
		{"'President X hosted Y at the Elysee Palace on Friday': a seat of government abroad names its city",
			"France and Vietnam raised their relations on Friday, as President Emmanuel Macron hosted General Secretary To Lam at the Elysee Palace.",
			[]held{{[]string{"emmanuel-macron", "to-lam"}, "2026-02-06", "Paris", inPerson}}},
		{"'Earlier in the week, in Tokyo, X met Y': the week's month, as 'earlier this week', not the story's day",
			"HANOI - On Friday, President Luiz Inácio Lula da Silva was received by President Luong Cuong.\n\nEarlier in the week, in Tokyo, Lula met Prime Minister Shigeru Ishiba.",
			[]held{{[]string{"luiz-inacio-lula-da-silva", "luong-cuong"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"luiz-inacio-lula-da-silva", "shigeru-ishiba"}, "2026-02", "Tokyo", inPerson}}},
		{"'X attended the business forum in Seoul, where he sat down with A, B and C': the forum's table, one meeting",
			"SEOUL - On Friday, General Secretary To Lam attended the Korea-Vietnam Business Forum in central Seoul, where he sat down with Samsung Electronics Chairman Lee Jae-yong, SK Group Chairman Chey Tae-won and LG Group Chairman Koo Kwang-mo.",
			[]held{{[]string{"to-lam", "lee-jae-yong", "chey-tae-won", "koo-kwang-mo"}, "2026-02-06", "Seoul", inPerson}}},
		{"'X chaired a virtual summit. Among the leaders attending online were A, B and C'",
			"HANOI - Prime Minister Pham Minh Chinh on Friday chaired a virtual summit from Hanoi.\n\nAmong the leaders attending online were Premier Li Qiang, Prime Minister Sanae Takaichi and President Lee Jae-myung.",
			[]held{{[]string{"pham-minh-chinh", "li-qiang", "sanae-takaichi", "lee-jae-myung"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'The ministers discussed two items: A spoke on …' is no roll: a colon after no verb of taking part",
			"JAKARTA - Foreign Minister Sugiono chaired the ministers' meeting on Friday.\n\nThe ministers discussed two items: Prak Sokhonn spoke on the border and Bui Thanh Son on trade.",
			nil},
	})
	t.Run("Cuba's and Mozambique's leaders under their full names", func(t *testing.T) {
		checkHeldCases(t, x, []heldCase{
			{"Raúl Castro Ruz", "HAVANA - General Secretary To Lam met Army General Raúl Castro Ruz in Havana on Friday.",
				[]held{{[]string{"to-lam", "raul-castro"}, "2026-02-06", "Havana", inPerson}}},
			{"Miguel Díaz-Canel Bermúdez", "HAVANA - President Miguel Díaz-Canel Bermúdez held talks with General Secretary To Lam in Havana on Friday.",
				[]held{{[]string{"miguel-diaz-canel", "to-lam"}, "2026-02-06", "Havana", inPerson}}},
			{"Filipe Jacinto Nyusi", "MAPUTO - Former President Filipe Jacinto Nyusi received Vice President Vo Thi Anh Xuan in Maputo on Friday.",
				[]held{{[]string{"filipe-nyusi", "vo-thi-anh-xuan"}, "2026-02-06", "Maputo", inPerson}}},
		})
	})
	t.Run("'said Wednesday that … after a phone call with X': the call is the saying's day, not the day published", func(t *testing.T) {
		pub := time.Date(2025, 7, 3, 5, 10, 0, 0, time.FixedZone("EDT", -4*3600))
		checkHeld(t, x, "WASHINGTON - President Donald Trump said Wednesday that the two countries had reached a trade agreement, after a phone call with General Secretary To Lam.",
			pub, []held{{[]string{"donald-trump", "to-lam"}, "2025-07-02", "", relbot.KindPhone}})
	})
	t.Run("offices of 2023", func(t *testing.T) {
		pub := time.Date(2023, 9, 12, 9, 0, 0, 0, time.FixedZone("ICT", 7*3600))
		// The talks' company: one side's in the main clause, the other's
		// after "while"; a lone reception told in between is not the
		// talks they sat in.
		checkHeld(t, x, "HANOI, Sept 11 - General Secretary Nguyen Phu Trong held talks with President Joe Biden in Hanoi on Monday.\n\nIt was the first time a sitting US President has been received at the CPV head office.\n\nForeign Minister Bui Thanh Son took part in the talks on the Vietnamese side, while Secretary of State Antony Blinken and National Security Advisor Jake Sullivan accompanied the US leader.",
			pub, []held{{[]string{"nguyen-phu-trong", "joe-biden", "bui-thanh-son", "antony-blinken", "jake-sullivan"}, "2023-09-11", "Hanoi", inPerson}})
		// "head office" is a building; a province's party secretary is no
		// head of a party commission; a delegation's head may carry a
		// title of fifteen words.
		checkHeld(t, x, "HANOI, Sept 11 - General Secretary Nguyen Phu Trong held talks with President Joe Biden in Hanoi on Monday. It was the first time a US president was received at the CPV head office.",
			pub, []held{{[]string{"nguyen-phu-trong", "joe-biden"}, "2023-09-11", "Hanoi", inPerson}})
		in := Input{Text: "DIEN BIEN, Sept 11 - Lao Deputy Prime Minister Saleumxay Kommasith held talks with Secretary of the Party Committee and Governor of Laos' Phongsaly province Phoxay Sayasone in Dien Bien Phu on Monday.", Published: pub}
		for _, m := range x.Extract(in).Meetings {
			if m.Has("le-hoai-trung") {
				t.Errorf("a province's party secretary read as the head of the party's commission: %v", m.Slugs())
			}
		}
		checkHeld(t, x, "PHNOM PENH, Sept 11 - A delegation of the Communist Party of Vietnam led by Secretary of the Party Central Committee and Head of its Commission for External Relations Le Hoai Trung arrived in Phnom Penh on Sunday.\n\nOn Monday, the Vietnamese delegation was received by Senate President Say Chhum.",
			pub, []held{{[]string{"le-hoai-trung", "say-chhum"}, "2023-09-11", "Phnom Penh", inPerson}})
	})
}
