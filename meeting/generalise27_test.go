package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundThirtyOne covers the forms of writing round thirty-one's
// held-out sets showed, each in this project's own words.
func TestExtractRoundThirtyOne(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'The retreat was chaired by A Jr. and attended by B, C and D': the suffix's stop does not end the sentence",
			"CEBU - Defence ministers met on Friday for their annual retreat.\n\nThe retreat was chaired by Defense Secretary Gilberto Teodoro Jr. and attended by Sjafrie Sjamsoeddin, Chan Chun Sing and Tea Seiha.",
			[]held{{[]string{"gilberto-teodoro-jr", "sjafrie-sjamsoeddin", "chan-chun-sing", "tea-seiha"}, "2026-02-06", "Cebu", inPerson}}},
		{"'the princess visited …, where she was greeted by the Crown Prince': the royal style points back to the one styled so",
			"TOKYO - Emperor Naruhito on Friday hosted a luncheon for Princess Maha Chakri Sirindhorn of Thailand, the younger sister of King Maha Vajiralongkorn.\n\nOn Saturday the princess visited Akasaka Estate, where she was greeted by Crown Prince Fumihito.",
			[]held{
				{[]string{"naruhito", "maha-chakri-sirindhorn"}, "2026-02-06", "Tokyo", inPerson},
				{[]string{"maha-chakri-sirindhorn", "fumihito"}, "2026-02-07", "Tokyo", inPerson},
			}},
		{"'First Admiral A' and 'Admiral TNI Dr B': Brunei's and Indonesia's ranks come off the names",
			"On Friday Senior Colonel Do Van Duong paid a courtesy call on First Admiral Norazmi Muhammad, Commander of the Royal Brunei Navy, in Muara. On Saturday he called on Admiral TNI Dr Muhammad Ali in Muara.",
			[]held{
				{[]string{"do-van-duong", "norazmi-muhammad"}, "2026-02-06", "Muara", inPerson},
				{[]string{"do-van-duong", "muhammad-ali"}, "2026-02-07", "Muara", inPerson},
			}},
		{"'Minister for the Armed Forces A' and '… of the Japan Self-Defense Forces,': a force ends an office, it starts no name",
			"PARIS - Sjafrie Sjamsoeddin held talks with French Minister for the Armed Forces Catherine Vautrin on Friday. On Saturday he met General Yoshihide Yoshida, Chief of Staff of the Joint Staff of the Japan Self-Defense Forces, in Paris.",
			[]held{
				{[]string{"sjafrie-sjamsoeddin", "catherine-vautrin"}, "2026-02-06", "Paris", inPerson},
				{[]string{"sjafrie-sjamsoeddin", "yoshihide-yoshida"}, "2026-02-07", "Paris", inPerson},
			}},
		{"'held bilateral summits with A on Friday and with B on Saturday': a summit between two is a meeting, each on its day",
			"GYEONGJU - President Lee Jae Myung held bilateral summits with Vietnamese President Luong Cuong on Friday and with Thai Prime Minister Anutin Charnvirakul on Saturday.",
			[]held{
				{[]string{"lee-jae-myung", "luong-cuong"}, "2026-02-06", "Gyeongju", inPerson},
				{[]string{"lee-jae-myung", "anutin-charnvirakul"}, "2026-02-07", "Gyeongju", inPerson},
			}},
		{"'met B, following their phone conversation in January': the call's kind is the earlier event's, not the meeting's",
			"GYEONGJU - On Friday, President Lee Jae Myung met Prime Minister Anutin Charnvirakul for their first face-to-face talks, following their phone conversation in January.",
			[]held{{[]string{"lee-jae-myung", "anutin-charnvirakul"}, "2026-02-06", "Gyeongju", inPerson}}},
		{"'A day after receiving B, A held a video conference with C': the day after, and B is the phrase's, not the call's",
			"JAKARTA - National Police Chief General Listyo Sigit Prabowo received Australian Federal Police Commissioner Krissy Barrett on Thursday.\n\nA day after receiving Barrett, Listyo held a video conference with Philippine National Police (PNP) chief Police General Jose Melencio Nartatez Jr. The two discussed the arrest and deportation of fugitives.",
			[]held{
				{[]string{"listyo-sigit-prabowo", "krissy-barrett"}, "2026-02-05", "Jakarta", inPerson},
				{[]string{"listyo-sigit-prabowo", "jose-melencio-nartatez-jr"}, "2026-02-06", "", relbot.KindVirtual},
			}},
		{"'The conference was attended by A, B and C': those named sat in it",
			"SHANGHAI - On Friday the Ministry of Finance organised an investment conference. The conference was attended by Deputy Minister of Finance Do Thanh Trung, Vice Mayor Xie Dong, Consul General Ngo Tuan Dung and more than 300 business people.",
			[]held{{[]string{"do-thanh-trung", "xie-dong", "ngo-tuan-dung"}, "2026-02-06", "Shanghai", inPerson}}},
		{"'The conference, held online, was also joined by C and D' after a video conference: they join it, no new meeting",
			"VIENTIANE - Minister Malaithong Kommasith and Chinese Minister of Commerce Wang Wentao held a video conference on Friday.\n\nThe conference, held online between the two capitals, was also joined by Vice Minister Phonsaikham Keosavanh and Vice Minister Ling Ji.",
			[]held{{[]string{"malaithong-kommasith", "wang-wentao", "phonsaikham-keosavanh", "ling-ji"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'The forum was co-chaired by A and B. Also on the podium were C and D': the podium's people join",
			"KUALA LUMPUR - The forum on Friday was co-chaired by Deputy Minister Liew Chin Tong and Deputy Minister Phan Thi Thang. Also on the podium were Datuk Sikh Shamsul Ibrahim Sikh Abdul Majid, chief executive of the investment authority, and Ambassador Dinh Ngoc Linh.",
			[]held{{[]string{"liew-chin-tong", "phan-thi-thang", "sikh-shamsul-ibrahim-sikh-abdul-majid", "dinh-ngoc-linh"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'attended the opening ceremony on Friday alongside A, B and C': one gathering of them all",
			"NANNING - Chinese Vice Premier He Lifeng attended the opening ceremony on Friday alongside Lao Prime Minister Sonexay Siphandone, Vietnamese Deputy Prime Minister Ho Duc Phoc and Malaysian Deputy Prime Minister Fadillah Yusof.",
			[]held{{[]string{"he-lifeng", "sonexay-siphandone", "ho-duc-phoc", "fadillah-yusof"}, "2026-02-06", "Nanning", inPerson}}},
		{"'opened the leaders' session alongside A, B and C': a chair opening a session is not read so",
			"MELBOURNE - Prime Minister Anthony Albanese opened the leaders' session on Friday alongside Lao Prime Minister Sonexay Siphandone, Malaysia's Anwar Ibrahim and Thailand's Srettha Thavisin.",
			nil},
		{"'A joined B, C and D at Ba Dinh Square to attend the parade': one gathering of them all",
			"HANOI - On Friday, President Thongloun Sisoulith joined General Secretary To Lam, President Luong Cuong and Cambodian Prime Minister Hun Manet at Ba Dinh Square to attend the grand ceremony and military parade.",
			[]held{{[]string{"thongloun-sisoulith", "to-lam", "luong-cuong", "hun-manet"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'C and D joined A for the meeting': company at the meeting told, no meeting of C with A alone",
			"HANOI - President Joe Biden held talks with General Secretary Nguyen Phu Trong on Friday. Secretary of State Antony Blinken and adviser Jake Sullivan joined Biden for the meeting.",
			[]held{{[]string{"joe-biden", "nguyen-phu-trong", "antony-blinken"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'The opening ceremony on Friday was presided over by A and B': the day between the noun and its verb",
			"KAMPONG SPEU - The opening ceremony on Friday was presided over by General Tea Seiha and General Wu Yanan. Also attending were General Vong Pisen and Ambassador Wang Wenbin.",
			[]held{{[]string{"tea-seiha", "wu-yanan", "vong-pisen", "wang-wenbin"}, "2026-02-06", "Kampong Speu", inPerson}}},
		{"'at the Prime Minister's Office' and 'at Parliament House' are placed by whose they are",
			"On Friday, Prime Minister Shigeru Ishiba held talks with President Ferdinand Marcos Jr. at the Prime Minister's Office. On Saturday, Deputy Prime Minister Richard Marles welcomed General Phan Van Giang at Parliament House.",
			[]held{
				{[]string{"shigeru-ishiba", "ferdinand-marcos-jr"}, "2026-02-06", "Tokyo", inPerson},
				{[]string{"richard-marles", "phan-van-giang"}, "2026-02-07", "Canberra", inPerson},
			}},
		{"'VIENTIANE - … received A at the Prime Minister's Office': both sides have one; the dateline places it",
			"VIENTIANE - On Friday, Prime Minister Sonexay Siphandone received Prime Minister Shigeru Ishiba at the Prime Minister's Office.",
			[]held{{[]string{"sonexay-siphandone", "shigeru-ishiba"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'welcomed A to Canberra for the meeting': where A was welcomed is the meeting's place",
			"Deputy Prime Minister Richard Marles on Friday welcomed Vietnam's Minister of National Defence, General Phan Van Giang, to Canberra for the annual Defence Ministers' Meeting.",
			[]held{{[]string{"richard-marles", "phan-van-giang"}, "2026-02-06", "Canberra", inPerson}}},
		{"'A watched the drills alongside B, a day after meeting C': the gerund's subject is A, not B",
			"BANGKOK - Defense Minister Pete Hegseth on Friday watched live-fire drills alongside General Pana Claewplodtook, a day after meeting Prime Minister Anutin Charnvirakul in Bangkok.",
			[]held{{[]string{"pete-hegseth", "anutin-charnvirakul"}, "2026-02-05", "Bangkok", inPerson}}},
		{"'A told reporters, flanked by B, after meeting them': 'them' are those beside A",
			"BANGKOK - Prime Minister Paetongtarn Shinawatra spoke to reporters on Friday, flanked by army chief General Pana Claewplodtook, after meeting them at Government House.",
			[]held{{[]string{"paetongtarn-shinawatra", "pana-claewplodtook"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'held talks with A on Monday, and on Tuesday met B': each guest on its own day",
			"HANOI - Prime Minister Hun Manet held talks with Foreign Minister Le Hoai Trung on Thursday, and on Friday morning met Industry and Trade Minister Nguyen Hong Dien.",
			[]held{
				{[]string{"hun-manet", "le-hoai-trung"}, "2026-02-05", "Hanoi", inPerson},
				{[]string{"hun-manet", "nguyen-hong-dien"}, "2026-02-06", "Hanoi", inPerson},
			}},
		{"'A bin Haji B': a Malay name's patronymic link and styles come off the slug, as the press writes it",
			"BANDAR SERI BEGAWAN - On Friday, Major General Dato Paduka Seri Haji Halbi bin Haji Mohd Yussof, Minister of Defence II, received Admiral Stephen Koehler.",
			[]held{{[]string{"halbi-mohd-yussof", "stephen-koehler"}, "2026-02-06", "Bandar Seri Begawan", inPerson}}},
		{"'Prince Abdulaziz bin Salman': an Arab name keeps its 'bin'",
			"RIYADH - On Friday, Prime Minister Pham Minh Chinh met Energy Minister Prince Abdulaziz bin Salman.",
			[]held{{[]string{"pham-minh-chinh", "abdulaziz-bin-salman"}, "2026-02-06", "Riyadh", inPerson}}},
		{"'Yang Berhormat Pehin Datu Lailaraja Major General (Rtd) … A' and later 'Yang Berhormat received B': the Pehin title is no name, the style alone is A",
			"BANDAR SERI BEGAWAN - Yang Berhormat Pehin Datu Lailaraja Major General (Rtd) Dato Paduka Seri Haji Halbi bin Haji Mohd Yussof, Minister of Defence II, received three courtesy calls this week.\n\nOn Friday, Yang Berhormat received Admiral Stephen Koehler, Commander of the United States Pacific Fleet.",
			[]held{{[]string{"halbi-mohd-yussof", "stephen-koehler"}, "2026-02-06", "Bandar Seri Begawan", inPerson}}},
		{"'The camp opened on Friday with a ceremony attended by A, B and C': the roll right after the gathering's noun",
			"PHONSAVAN - The youth camp opened on Friday with a ceremony attended by the Secretary of the Lao Youth Union, Mr Monexay Laomuasong, the First Secretary of the Ho Chi Minh Youth Union, Mr Bui Quang Huy, and Governor Khammon Phetsomphou.",
			[]held{{[]string{"monexay-laomuasong", "bui-quang-huy", "khammon-phetsomphou"}, "2026-02-06", "Phonsavan", inPerson}}},
		{"'The next day A met B': the day after the one just told, no plan",
			"PHNOM PENH - General Secretary To Lam held talks with Hun Sen on Thursday. The next day To Lam met Prime Minister Hun Manet, and the two attended a business forum.",
			[]held{
				{[]string{"to-lam", "hun-sen"}, "2026-02-05", "Phnom Penh", inPerson},
				{[]string{"to-lam", "hun-manet"}, "2026-02-06", "Phnom Penh", inPerson},
			}},
		{"'A will meet B on Friday. The next day he will meet C': still a plan",
			"PHNOM PENH - General Secretary To Lam will meet Hun Sen on Friday. The next day To Lam will meet Prime Minister Hun Manet.",
			nil},
		{"'spoke for about 40 minutes with B': a call's length between the verb and its 'with'",
			"BANGKOK - Prime Minister Anutin Charnvirakul spoke by phone on Friday. He spoke for about 40 minutes with Prime Minister Hun Manet, a spokesperson said.",
			[]held{{[]string{"anutin-charnvirakul", "hun-manet"}, "2026-02-06", "", relbot.KindPhone}}},
	})
}
