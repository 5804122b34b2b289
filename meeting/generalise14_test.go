package meeting

import (
	"slices"
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundEighteen holds the cases of the rules added in the round
// of the blind sets heldout59 to heldout61, each in the project's own words.
func TestExtractRoundEighteen(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"a year a review looks back on ('a conference reviewing the implementation of the plan in 2025') does not date the conference",
			"HANOI - On Friday, in Hanoi, Politburo member and Minister of Public Security General Luong Tam Quang and Cambodian Deputy Prime Minister and Minister of Interior Sar Sokha co-chaired a conference reviewing the implementation of the cooperation plan in 2025.",
			[]held{{[]string{"luong-tam-quang", "sar-sokha"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'held talks and co-chaired a conference reviewing their ministries' cooperation in 2025', then 'X attended.'",
			"PHNOM PENH - Later on Friday, Minister of Public Security Luong Tam Quang and Deputy Prime Minister Sar Sokha held talks and co-chaired a conference reviewing their ministries' cooperation in 2025. National Police Commissioner-General Gen Sar Thet attended.",
			[]held{{[]string{"luong-tam-quang", "sar-sokha", "sar-thet"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"a year after a verb of meeting still dates it: 'reviewed the agreements reached when X visited Hanoi in 2018' stays a recalled visit",
			"VIENTIANE - General Secretary To Lam held talks with President Thongloun Sisoulith in Vientiane on Friday. At the talks, the two leaders reviewed the implementation of agreements reached when Thongloun visited Hanoi in 2018.",
			[]held{{[]string{"to-lam", "thongloun-sisoulith"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'Vietnam's Deputy Minister of Public Security' after a name is that person, not the minister",
			"PHNOM PENH - National Police Commissioner Gen Sar Thet on Friday hosted Senior Lieutenant General Le Quoc Hung, Vietnam's Deputy Minister of Public Security, at the General Commissariat of National Police.",
			[]held{{[]string{"sar-thet", "le-quoc-hung"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"a deputy's office alone names no one",
			"PHNOM PENH - Prime Minister Hun Manet met Vietnam's Deputy Minister of Public Security on Friday.", nil},
		{"', when A and B met at …' after what someone told another: the meeting is the when-clause's people, on the day before it",
			"PHNOM PENH - Defence Minister Tea Seiha held a phone conversation with Vietnamese Defence Minister Phan Van Giang on Friday.\n\nSeiha told Giang that Cambodia was observing the ceasefire agreed in Putrajaya on Thursday, when Prime Minister Hun Manet and Thai Prime Minister Anutin Charnvirakul met at the residence of Prime Minister Anwar Ibrahim.",
			[]held{{[]string{"tea-seiha", "phan-van-giang"}, "2026-02-06", "", relbot.KindPhone},
				{[]string{"hun-manet", "anutin-charnvirakul", "anwar-ibrahim"}, "2026-02-05", "Putrajaya", inPerson}}},
		{"the source after 'according to', with a lower-case office, takes no part",
			"PHNOM PENH - Interior Minister Sar Sokha and Minister of Public Security Luong Tam Quang held a video conference on Friday. Sokha joined the conference from Phnom Penh together with Gen Sar Thet, according to Interior Ministry spokesman Gen Touch Sokhak.",
			[]held{{[]string{"sar-sokha", "luong-tam-quang", "sar-thet"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"a month-only echo of the day's pair ('had already met in Melbourne earlier this week') is background, and 'Present at the talks were' and 'Earlier the same day' go on with the dated talks",
			"Canberra, February 6 (VNA) - Prime Minister Pham Minh Chinh and Prime Minister Anthony Albanese held talks at Parliament House in Canberra on February 6. The two leaders had already met in Melbourne earlier this week on the sidelines of the summit.\n\nPresent at the talks were Foreign Minister Penny Wong and Foreign Minister Bui Thanh Son.\n\nEarlier the same day, PM Chinh held a meeting with Leader of the Opposition Peter Dutton.",
			[]held{{[]string{"pham-minh-chinh", "anthony-albanese", "penny-wong", "bui-thanh-son"}, "2026-02-06", "Canberra", inPerson},
				{[]string{"pham-minh-chinh", "peter-dutton"}, "2026-02-06", "Canberra", inPerson}}},
		{"a report with no day anywhere tells the day it is published",
			"Vladimir Putin held talks in the Kremlin with President Luong Cuong, who is in Russia on a state visit.",
			[]held{{[]string{"vladimir-putin", "luong-cuong"}, "2026-02-08", "Moscow", inPerson}}},
		{"an academy's last word is no part of the name after it; 'Mr To Ngoc Son' keeps the family name that is also a word",
			"HAVANA - General Secretary To Lam held talks with Cuban Foreign Minister Bruno Rodriguez Parrilla on Friday. Taking part in the talks was Politburo member and Director of the Ho Chi Minh National Academy of Politics Nguyen Xuan Thang.\n\nOn Thursday, Deputy Minister Do Thang Hai held an online meeting with the Director of the Asia-Africa Market Department of Vietnam's Ministry of Industry and Trade, Mr To Ngoc Son.",
			[]held{{[]string{"to-lam", "bruno-rodriguez-parrilla", "nguyen-xuan-thang"}, "2026-02-06", "Havana", inPerson},
				{[]string{"do-thang-hai", "to-ngoc-son"}, "2026-02-05", "", relbot.KindVirtual}}},
		{"'X, Chief Executive Officer of Vientiane Logistics Park' is X's office, not a person named 'Logistics Park'",
			"VIENTIANE - On Friday, Deputy Minister of Public Works and Transport Lan Seng-Aphone held a working session with Vietnamese Deputy Minister Nguyen Danh Huy, joined by Vongdavanh Sisouphanh, Chief Executive Officer of Vientiane Logistics Park, which operates the dry port.",
			[]held{{[]string{"lan-seng-aphone", "nguyen-danh-huy", "vongdavanh-sisouphanh"}, "2026-02-06", "Vientiane", inPerson}}},
		{"the wires' 'UNITED NATIONS' dateline is New York",
			"UNITED NATIONS, Feb 6 (Reuters) - Cambodian Prime Minister Hun Manet met U.N. Secretary-General Antonio Guterres on Friday.",
			[]held{{[]string{"hun-manet", "antonio-guterres"}, "2026-02-06", "New York", inPerson}}},
		{"', hours before his awaited reunion with X': X's is another, later occasion",
			"HANOI - US President Donald Trump held talks with President Luong Cuong in Hanoi on Friday, hours before his eagerly awaited reunion with North Korea's Kim Jong Un.",
			[]held{{[]string{"donald-trump", "luong-cuong"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'The talks were held … with the participation of the delegations. The Russian delegation included …' lists who sat at the table",
			"Vladimir Putin, who is in Vietnam on a state visit, held talks in Hanoi on Friday with President Luong Cuong.\n\nThe talks were held in a restricted format and then with the participation of the delegations. The Russian delegation included Foreign Minister Sergei Lavrov and Defence Minister Andrei Belousov.",
			[]held{{[]string{"vladimir-putin", "luong-cuong", "sergey-lavrov", "andrei-belousov"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'X, whose arrival was delayed on Thursday, held talks with Y in the morning': the story's morning, not the aside's day",
			"HANOI, Feb 6 (Reuters) - U.S. Vice President JD Vance met Vietnam's leaders in Hanoi on Friday.\n\nVance, whose arrival in Vietnam was delayed by three hours on Thursday, held talks with President Luong Cuong in the morning and then met Brazilian Minister of Agriculture and Livestock Carlos Favaro.",
			[]held{{[]string{"jd-vance", "luong-cuong"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"jd-vance", "carlos-favaro"}, "2026-02-06", "Hanoi", inPerson}}},
		{"a mediator who 'brought together' two leaders met both; those 'attended the meeting as observers' join it",
			"PUTRAJAYA, Feb 6 (Reuters) - Anwar Ibrahim, who chairs ASEAN this year, brought together Cambodian Prime Minister Hun Manet and Thai Prime Minister Anutin Charnvirakul at his official residence on Friday.\n\nThe U.S. ambassador to Malaysia, Edgar Kagan, attended the meeting as an observer.",
			[]held{{[]string{"anwar-ibrahim", "hun-manet", "anutin-charnvirakul", "edgar-kagan"}, "2026-02-06", "Putrajaya", inPerson}}},
		{"'The summit, chaired by X, brought together the leaders of …' is a gathering, no meeting",
			"SINGAPORE - The summit itself, chaired by Prime Minister Lawrence Wong, brought together the leaders of all ten member states, including Prime Minister Hun Manet and Prime Minister Anwar Ibrahim, on Friday.", nil},
		{"'PHNOM PENH (FN), February 6 –': the agency before the date still makes a dateline",
			"PHNOM PENH (FN), February 6 – H.E. Aun Pornmoniroth, Deputy Prime Minister, held a bilateral meeting this morning with H.E. Ho Duc Phoc, Minister of Finance of Vietnam.",
			[]held{{[]string{"aun-pornmoniroth", "ho-duc-phoc"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'X was among the Cambodian officials present.' joins the talks just told",
			"HANOI - National Assembly Chairman Tran Thanh Man held talks in Hanoi on Friday with Senate President Hun Sen.\n\nAttending the talks on the Vietnamese side was NA Vice Chairman Nguyen Duc Hai. Cambodian Ambassador Chea Kimtha was among the Cambodian officials present.",
			[]held{{[]string{"tran-thanh-man", "hun-sen", "nguyen-duc-hai", "chea-kimtha"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'HANOI' on a line of its own is the dateline; 'X and Y were part of the talks.' joins them",
			"HANOI\nExternal Affairs Minister S. Jaishankar on Friday called on Prime Minister Pham Minh Chinh.\n\nOn Thursday, Jaishankar and Foreign Minister Le Hoai Trung co-chaired the meeting of the Joint Commission. Indian Ambassador Sandeep Arya and Deputy Foreign Minister Do Hung Viet were part of the talks.",
			[]held{{[]string{"s-jaishankar", "pham-minh-chinh"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"s-jaishankar", "le-hoai-trung", "sandeep-arya", "do-hung-viet"}, "2026-02-05", "Hanoi", inPerson}}},
		{"'The talks, held at the Kantei, …, were attended by A and B, according to a statement issued yesterday': the statement's day is not the talks'",
			"Cambodia and Japan elevated their ties following talks between Prime Minister Hun Manet and Prime Minister Sanae Takaichi in Tokyo on Friday.\n\nThe talks, held at the Kantei, the Prime Minister's official residence, were attended by Deputy Prime Minister Sok Chenda Sophea and Foreign Minister Toshimitsu Motegi, according to a statement issued by the Cambodian Ministry of Foreign Affairs yesterday.",
			[]held{{[]string{"hun-manet", "sanae-takaichi", "sok-chenda-sophea", "toshimitsu-motegi"}, "2026-02-06", "Tokyo", inPerson}}},
		{"'will receive X on Monday' is a plan, whatever day Monday would be in the past",
			"PHNOM PENH - Prime Minister Hun Manet has a busy week ahead. He will receive a farewell call from Japanese Ambassador Ueno Atsushi on Monday.", nil},
		{"'A, B and C were present at the talks.' paragraphs later joins the one held meeting, past a stop where the visitor met no one",
			"HANOI, Feb. 6 (Xinhua) -- Chinese President Xi Jinping held talks with Nguyen Phu Trong here on Friday.\n\nXi arrived in the capital earlier in the day from Da Nang, where he attended the APEC Economic Leaders' Meeting.\n\nXi said the two parties should keep to the correct political direction.\n\nXi said the two sides should synergize their plans.\n\nTrong warmly welcomed Xi.\n\nDing Xuexiang, Wang Huning and Yang Jiechi were present at the talks.",
			[]held{{[]string{"xi-jinping", "nguyen-phu-trong", "ding-xuexiang", "wang-huning", "yang-jiechi"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'six weeks after X visited Hanoi, where he held talks with Y' is background",
			"VIENTIANE - President Luong Cuong will pay an official visit to Laos next week. The visit comes about six weeks after Thongloun Sisoulith visited Hanoi, where he held talks with General Secretary To Lam.", nil},
		{"'has met Xi more than a dozen times' counts meetings, it tells none",
			"PHNOM PENH - Hun Sen, for his part, has met Xi Jinping more than a dozen times over the past decade.", nil},
		{"'Neither government has confirmed the meeting' after a plan: 'has' is another verb's auxiliary, no meeting had",
			"PHNOM PENH -- Officials in both countries say the canal will come up next week, when Prime Minister Pham Minh Chinh and Prime Minister Hun Manet are expected to meet in Kuala Lumpur. Neither government has confirmed the meeting, and officials insist there is no need for special talks on a project they say is domestic.", nil},
		{"'the two prime ministers' after a plan of a king and a president are the two prime ministers named, not the plan's pair",
			"PHNOM PENH, Feb 7 (KPL) - Prime Minister Sonexay Siphandone today wrapped up a two-day official visit at the invitation of Prime Minister Hun Manet.\n\nThis morning, Sonexay was granted a royal audience by King Norodom Sihamoni.\n\nThe two sides also discussed preparations for the state visit to Laos by King Norodom Sihamoni scheduled for next year, during which His Majesty is expected to hold talks with President Thongloun Sisoulith.\n\nYesterday, following the official welcome ceremony at the Peace Palace, the two prime ministers held talks on trade.",
			[]held{{[]string{"sonexay-siphandone", "norodom-sihamoni"}, "2026-02-07", "Phnom Penh", inPerson},
				{[]string{"sonexay-siphandone", "hun-manet"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'the Vietnamese head of state' is the President, not a minister named before",
			"PHNOM PENH - President Luong Cuong held talks with Prime Minister Hun Manet on Friday. Foreign Minister Le Hoai Trung attended.\n\nLater the same day, the Vietnamese head of state had separate meetings with National Assembly President Khuon Sudary and Senate President Hun Sen.",
			[]held{{[]string{"luong-cuong", "hun-manet", "le-hoai-trung"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"luong-cuong", "khuon-sudary"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"luong-cuong", "hun-sen"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'support for a possible meeting between Trump and Kim' is no meeting held",
			"HANOI - President Luong Cuong held talks with President Lee Jae-myung on Friday. Cuong also expressed support for a possible meeting between U.S. President Donald Trump and North Korean leader Kim Jong Un.",
			[]held{{[]string{"luong-cuong", "lee-jae-myung"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'Following the welcome ceremony on Thursday, X held talks with Y': the talks follow on that day",
			"Hanoi (VNA) - Lao President Thongloun Sisoulith concluded his official visit on Friday.\n\nFollowing the official welcome ceremony at the Presidential Palace on Thursday, General Secretary To Lam held talks with Thongloun.",
			[]held{{[]string{"thongloun-sisoulith", "to-lam"}, "2026-02-05", "Hanoi", inPerson}}},
	})
}

func TestCanonicalLabels(t *testing.T) {
	g, err := NewGazetteer(nil)
	if err != nil {
		t.Fatal(err)
	}
	d := g.canonicalLabels(CorpusDoc{
		Meetings:    []GoldMeeting{{Participants: []string{"saysomphone-phomvihane", "tran-thanh-man", "nguyen-van-an", "prayuth-chan-ocha", "pope-francis", "prime-minister-hun-manet", "antony-j-blinken", "alexander-g-gesmundo", "hau-a-lenh"}}},
		NotMeetings: []NotMeeting{{Participants: []string{"saysomphone-phomvihane", "hun-sen"}}},
	})
	// "prayuth-chan-ocha" spells the alias "Prayuth Chan-ocha", hyphen and all.
	// A style is no part of a name: "Pope Francis" is reported as "francis".
	// A middle initial is no part of the name either, but for the "A" of a
	// Hmong name.
	want := []string{"xaysomphone-phomvihane", "tran-thanh-man", "nguyen-van-an", "prayut-chan-o-cha", "francis", "hun-manet", "antony-blinken", "alexander-gesmundo", "hau-a-lenh"}
	if got := d.Meetings[0].Participants; !slices.Equal(got, want) {
		t.Errorf("meeting: got %v, want %v", got, want)
	}
	if got := d.NotMeetings[0].Participants; !slices.Equal(got, []string{"xaysomphone-phomvihane", "hun-sen"}) {
		t.Errorf("not a meeting: got %v", got)
	}
	learnt := g.withoutLearntInitials(relbot.Meeting{Participants: []relbot.Participant{{Slug: "alexander-g-gesmundo"}, {Slug: "hau-a-lenh"}, {Slug: "hun-manet"}}})
	if got := learnt.Slugs(); !slices.Equal(got, []string{"alexander-gesmundo", "hau-a-lenh", "hun-manet"}) {
		t.Errorf("learnt: got %v", got)
	}
}
