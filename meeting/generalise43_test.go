package meeting

import (
	"slices"
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// TestExtractRoundFortySeven covers the forms the forty-seventh round of
// held-out sets showed, each in this project's own words.
func TestExtractRoundFortySeven(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'chairman and chief executive officer': the longer of two offices joined by 'and'",
			"PUTRAJAYA — Prime Minister Anwar Ibrahim on Friday received a courtesy call from Acme Systems chairman and chief executive officer Rahul Menon.",
			[]held{{[]string{"anwar-ibrahim", "rahul-menon"}, "2026-02-06", "Putrajaya", inPerson}}},
		{"'for Tech Sovereignty, Security and Democracy': a portfolio's words before a name are none of it",
			"BRUSSELS — On Friday, Indonesian Minister of Communication and Digital Affairs Meutya Hafid held talks with European Commission Executive Vice-President for Tech Sovereignty, Security and Democracy Maria Lindqvist.",
			[]held{{[]string{"meutya-hafid", "maria-lindqvist"}, "2026-02-06", "Brussels", inPerson}}},
		{"'Ambassador-at-Large for Cyberspace and Digital Policy': a title with its portfolio before a name",
			"QUEZON CITY — On Friday, Information Secretary Ramon Dizon met with US Ambassador-at-Large for Cyberspace and Digital Policy Peter Hollis.",
			[]held{{[]string{"ramon-dizon", "peter-hollis"}, "2026-02-06", "Quezon City", inPerson}}},
		{"', with C also in attendance': C sat in on the one meeting",
			"MANILA — Information Secretary Ramon Dizon met with US envoy Peter Hollis on Friday, with US Ambassador Grace Walden also in attendance.",
			[]held{{[]string{"ramon-dizon", "peter-hollis", "grace-walden"}, "2026-02-06", "Manila", inPerson}}},
		{"'a virtual leaders' session co-chaired by': the session was held online",
			"SEOUL — The forum opened on Tuesday evening with a virtual leaders' session co-chaired by President Yoon Suk Yeol and British Prime Minister Rishi Sunak.",
			[]held{{[]string{"yoon-suk-yeol", "rishi-sunak"}, "2026-02-03", "", relbot.KindVirtual}}},
		{"'told reporters that earlier this week he had spoken by telephone with': reported news of this week",
			"BANGKOK — Digital Economy Minister Prasert Jantararuangtong met reporters on Saturday. Prasert told reporters that earlier this week he had spoken by telephone with Japan's Minister of Internal Affairs Seiichiro Murakami.",
			[]held{{[]string{"prasert-jantararuangtong", "seiichiro-murakami"}, "2026-02", "", relbot.KindPhone}}},
		{"'Minister of Communication and Informatics': the portfolio ends before the name",
			"NUSA DUA — Minister of Communication and Informatics Arief Santoso held a bilateral meeting with Japan's Minister for Internal Affairs and Communications Kenji Morita on Thursday.",
			[]held{{[]string{"arief-santoso", "kenji-morita"}, "2026-02-05", "Nusa Dua", inPerson}}},
		{"'said after receiving his counterpart': the speaker received the guest",
			"JAKARTA — The two countries will fight online hoaxes together, Communication Minister Budi Santoso said after receiving his Malaysian counterpart, Communications Minister Gobind Singh Deo, in Jakarta on Tuesday.",
			[]held{{[]string{"budi-santoso", "gobind-singh-deo"}, "2026-02-03", "Jakarta", inPerson}}},
		{"'Minister for Communications and Information S. Iswaran': an initial opens the name after a portfolio; 'a virtual bilateral meeting'",
			"KUALA LUMPUR — Communications Minister Saifuddin Abdullah on Friday held a virtual bilateral meeting with Singapore's Minister for Communications and Information S. Iswaran.",
			[]held{{[]string{"saifuddin-abdullah", "s-iswaran"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'help farmers sell their products online': what is sold online, not how they met",
			"BANGKOK — Prime Minister Prayut Chan-o-cha met with Alibaba founder Jack Ma at Government House on Wednesday, discussing ways to help farmers sell their products online.",
			[]held{{[]string{"prayut-chan-o-cha", "jack-ma"}, "2026-02-04", "Bangkok", inPerson}}},
		{"'the Cambodian Deputy PM': the one this article titled so, whom the gazetteer lacks",
			"HANOI — Education Minister Nguyen Kim Son held talks on Friday with Cambodian Deputy Prime Minister Chea Vuthy. Earlier, on Thursday, the Cambodian Deputy PM paid a courtesy call on Deputy Prime Minister Tran Hong Ha.",
			[]held{{[]string{"nguyen-kim-son", "chea-vuthy"}, "2026-02-06", "Hanoi", inPerson}, {[]string{"chea-vuthy", "tran-hong-ha"}, "2026-02-05", "Hanoi", inPerson}}},
		{"'Puan Fadhlina Sidek': Malay 'Mrs' before a name of two words, not 'Puan Maharani'",
			"JAKARTA — On Friday, Speaker Puan Maharani received Malaysian Minister of Education Puan Fadhlina Sidek. On Saturday, Minister Fadhlina called on Prime Minister Lawrence Wong in Singapore.",
			[]held{{[]string{"puan-maharani", "fadhlina-sidek"}, "2026-02-06", "Jakarta", inPerson}, {[]string{"fadhlina-sidek", "lawrence-wong"}, "2026-02-07", "Singapore", inPerson}}},
		{"'Nguyen Kim Son of Vietnam and H.E. …': a name ending in 'Son' before 'of' is nobody's son",
			"SIEM REAP — Deputy Prime Minister Hang Chuon Naron on Friday chaired a trilateral meeting of education ministers with his counterparts H.E. Nguyen Kim Son of Vietnam and H.E. Phout Simmalavong of Laos.",
			[]held{{[]string{"hang-chuon-naron", "nguyen-kim-son", "phout-simmalavong"}, "2026-02-06", "Siem Reap", inPerson}}},
		{"'The two leaders held a summit at the presidential office in Yongsan, central Seoul': the pair's meeting, placed",
			"President Lee Jae-myung and General Secretary To Lam agreed on Friday to expand exchanges of students. The two leaders held a summit at the presidential office in Yongsan, central Seoul, on the first day of the state visit.",
			[]held{{[]string{"lee-jae-myung", "to-lam"}, "2026-02-06", "Seoul", inPerson}}},
		{"'arrived on Thursday … the two leaders held a summit … Later in the day': the day of the meeting retold, not of the arrival",
			"HANOI — President Yoon Suk Yeol held summit talks with President Vo Van Thuong on Friday. Yoon arrived in Hanoi on Thursday for a state visit. After a welcoming ceremony, the two leaders held a summit and issued a joint statement. Later in the day, Yoon met Prime Minister Pham Minh Chinh.",
			[]held{{[]string{"yoon-suk-yeol", "vo-van-thuong"}, "2026-02-06", "Hanoi", inPerson}, {[]string{"yoon-suk-yeol", "pham-minh-chinh"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'the two leaders, who first met … in Lima': how they came to know each other, not where they met now",
			"PUTRAJAYA — Prime Minister Anwar Ibrahim and his Japanese counterpart Shigeru Ishiba on Friday agreed to renew the Look East Policy. It was the second meeting between the two leaders, who first met on the sidelines of the Apec summit in Lima, Peru, in November.",
			[]held{{[]string{"anwar-ibrahim", "shigeru-ishiba"}, "2026-02-06", "Putrajaya", inPerson}}},
		{"'according to the Elysée': the source's seat is not where they met",
			"GUANGZHOU — President Xi Jinping hosted President Emmanuel Macron for informal talks on Friday at the residence of the provincial governor. The two leaders strolled through the gardens and held a tea ceremony before dinner, according to the Elysée.",
			[]held{{[]string{"xi-jinping", "emmanuel-macron"}, "2026-02-06", "Guangzhou", inPerson}}},
		{"'the opening ceremony …, attended by A, B and other ASEAN leaders': a multilateral occasion, no meeting",
			"VIENTIANE — On Friday, Prime Minister Sonexay Siphandone held talks with Prime Minister Lawrence Wong. On Saturday, Prime Minister Sonexay presided over the opening ceremony of the ASEAN Summit, attended by Mr. Lawrence Wong, Malaysian Prime Minister Anwar Ibrahim and other ASEAN leaders.",
			[]held{{[]string{"sonexay-siphandone", "lawrence-wong"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'the issues he discussed with his Thai counterpart … at Seri Perdana': a meeting; 'would be discussed with' none",
			"PUTRAJAYA — Prime Minister Anwar Ibrahim said the matter was among the issues he discussed with his Thai counterpart Srettha Thavisin at Seri Perdana on Wednesday.",
			[]held{{[]string{"anwar-ibrahim", "srettha-thavisin"}, "2026-02-04", "Putrajaya", inPerson}}},
		{"'Kim met Pham': the one Vietnamese person named in full with that family name, as the foreign press writes it",
			"SEJONG — Labor Minister Kim Young-hoon told Vietnam's Minister of Home Affairs Pham Thi Thanh Tra on Thursday that abuse would not be tolerated. Kim met Pham at the government complex in Sejong, where they discussed the permit system.",
			[]held{{[]string{"kim-young-hoon", "pham-thi-thanh-tra"}, "2026-02-05", "Sejong", inPerson}}},
		{"'Hung Sun-han (洪申翰) met with': a name glossed in Chinese script reads as the name alone",
			"Taipei, Feb. 6 (CNA) Minister of Labor Hung Sun-han (洪申翰) met with Philippine Secretary of Migrant Workers Hans Leo Cacdac in Taipei on Friday.",
			[]held{{[]string{"hung-sun-han", "hans-leo-cacdac"}, "2026-02-06", "Taipei", inPerson}}},
		{"'visited KEPCO in Naju, South Jeolla Province, … and held talks with': a town of a province, under another city's dateline",
			"SEOUL, Feb. 6 (Yonhap) -- Industry Minister Ahn Duk-geun met with Vietnamese Deputy Prime Minister Tran Hong Ha on Friday. Tran visited the headquarters of KEPCO in Naju, South Jeolla Province, on Thursday and held talks with CEO Kim Dong-cheol.",
			[]held{{[]string{"ahn-duk-geun", "tran-hong-ha"}, "2026-02-06", "Seoul", inPerson}, {[]string{"tran-hong-ha", "kim-dong-cheol"}, "2026-02-05", "Naju", inPerson}}},
		{"'in Kuningan, South Jakarta': a district, then its city",
			"Law Minister Supratman Andi Agtas made the remarks after receiving Vietnamese Ambassador Ta Van Thong at the Law Ministry's office in Kuningan, South Jakarta, on Thursday.",
			[]held{{[]string{"supratman-andi-agtas", "ta-van-thong"}, "2026-02-05", "Jakarta", inPerson}}},
		{"'A and Vietnam's Minister of Labor, Invalids and Social Affairs B signed … in Seoul': two countries' ministers at one table, the host's unsaid",
			"SEOUL, Feb. 6 (Yonhap) -- Labor Minister Kim Moon-soo and Vietnam's Minister of Labor, Invalids and Social Affairs Dao Ngoc Dung signed a renewed memorandum of understanding in Seoul on Tuesday.",
			[]held{{[]string{"kim-moon-soo", "dao-ngoc-dung"}, "2026-02-03", "Seoul", inPerson}}},
		{"'A and B also agreed to convene the committee in Manila in the first half of 2026': the plan's date, not the meeting's",
			"KUALA LUMPUR – Trade Secretary Cristina Roque held separate bilateral meetings with her Vietnamese and Cambodian counterparts here on Monday. In her meeting with Vietnamese Minister of Industry and Trade Nguyen Hong Dien, Roque discussed the supply of rice. The department said Roque and Dien also agreed to convene the joint trade committee in Manila in the first half of 2027.",
			[]held{{[]string{"maria-cristina-roque", "nguyen-hong-dien"}, "2026-02-02", "Kuala Lumpur", inPerson}}},
		{"'A and Cambodia's Deputy Prime Minister and Minister of Foreign Affairs B agreed': an office's lower-case links between the two",
			"SEOUL — South Korean Foreign Minister Cho Tae-yul and Cambodia's Deputy Prime Minister and Minister of Foreign Affairs Sok Chenda Sophea agreed on Tuesday to expand cooperation.",
			[]held{{[]string{"cho-tae-yul", "sok-chenda-sophea"}, "2026-02-03", "Seoul", inPerson}}},
		{"'Riyadh, February 6, 2026, SPA -- … Eng. Ahmed bin Sulaiman Al-Rajhi … today': the agency's dateline dates 'today'; a professional style before a name",
			"Riyadh, February 6, 2026, SPA -- Minister of Human Resources and Social Development Eng. Ahmed bin Sulaiman Al-Rajhi held a virtual meeting today with Minister of Labor of the Kingdom of Thailand Suchart Chomklin.",
			[]held{{[]string{"ahmed-bin-sulaiman-al-rajhi", "suchart-chomklin"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'BAGAN, 6 February — … this morning': a town in capitals, the day and a dash make a dateline with no agency",
			"BAGAN, 6 February — The foreign ministers' meeting was held in the town this morning. Foreign Minister Than Swe held talks with Foreign Minister Wang Yi this morning.",
			[]held{{[]string{"than-swe", "wang-yi"}, "2026-02-06", "Bagan", inPerson}}},
		{"'X, Chief Executive Officer of the Secretariat, briefed the ministers': one more at the council's table",
			"CHIANG RAI — The council meeting on Friday was chaired by Minister Varawut Silpa-archa. It was attended by Minister Lim Kean Hor of Cambodia, Minister Sommad Pholsena of Laos and Minister Tran Hong Ha of Viet Nam. Dr. An Pich Hatda, Chief Executive Officer of the Secretariat, briefed the ministers on the state of the basin.",
			[]held{{[]string{"varawut-silpa-archa", "lim-kean-hor", "sommad-pholsena", "tran-hong-ha", "an-pich-hatda"}, "2026-02-06", "Chiang Rai", inPerson}}},
		{"'held a virtual meeting … The two leaders held talks for an hour': the meeting retold keeps the way it was held",
			"HANOI — Prime Minister Pham Minh Chinh held a virtual meeting with Prime Minister Anthony Albanese on Friday. The two leaders held talks for an hour.",
			[]held{{[]string{"pham-minh-chinh", "anthony-albanese"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'the High Representative held a bilateral meeting': the EU's foreign policy chief on the date",
			"Kaja Kallas travelled to Kuala Lumpur on Thursday for the ASEAN Regional Forum. On Friday, the High Representative held a bilateral meeting with Malaysia's Foreign Minister Mohamad Hasan.",
			[]held{{[]string{"kaja-kallas", "mohamad-hasan"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'MEP Jörgen Warborn, a member of the committee, also took part': the office's acronym is no part of the name",
			"BANGKOK — The delegation, led by committee chair Bernd Lange, held talks on Thursday with Commerce Minister Phumtham Wechayachai. Swedish centre-right MEP Jörgen Warborn, a member of the committee, also took part in the meeting.",
			[]held{{[]string{"bernd-lange", "phumtham-wechayachai", "jorgen-warborn"}, "2026-02-05", "Bangkok", inPerson}}},
		{"'the file's rapporteur, Swedish centre-right MEP Jörgen Warborn (EPP), held a video conference': a member of the European Parliament by the office's acronym",
			"INTA chair Bernd Lange (S&D) and the file's rapporteur, Swedish centre-right MEP Jörgen Warborn (EPP), held a video conference on Monday with Hendra Wijayakusuma, chair of the Indonesian House of Representatives' commission on trade.",
			[]held{{[]string{"bernd-lange", "jorgen-warborn", "hendra-wijayakusuma"}, "2026-02-02", "", relbot.KindVirtual}}},
		{"'just days after his appointment by President Prabowo Subianto': who appointed him did not meet them",
			"JAKARTA — On Friday, the Minister for the Indo-Pacific Catherine West met Indonesia's new Foreign Minister, Sugiono, just days after his appointment by President Prabowo Subianto.",
			[]held{{[]string{"catherine-west", "sugiono"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'At the Mekong-Japan Summit in Tokyo, Abe met A, B and C': the summit's one table",
			"TOKYO — The leaders agreed on Friday to promote quality infrastructure. At the 10th Mekong-Japan Summit in Tokyo, Prime Minister Shinzo Abe met Hun Sen, Prayut Chan-o-cha and Nguyen Xuan Phuc.",
			[]held{{[]string{"shinzo-abe", "hun-sen", "prayut-chan-o-cha", "nguyen-xuan-phuc"}, "2026-02-06", "Tokyo", inPerson}}},
		{"'in a phone call on Wednesday that highlighted growing unease': the call's day, no report's",
			"HANOI, Feb. 6 (Reuters) - Vietnamese diplomat Bui Thanh Son asked Cambodian envoy Sok Chenda Sophea for more information about a canal, in a phone call on Wednesday that highlighted growing unease in Hanoi.",
			[]held{{[]string{"bui-thanh-son", "sok-chenda-sophea"}, "2026-02-04", "", relbot.KindPhone}}},
		{"'met B on Friday, after storm Yagi caused the worst flooding in Chiang Rai': the other event's place",
			"VIENTIANE — Lao officials welcomed the visit. Prime Minister Paetongtarn Shinawatra met Prime Minister Sonexay Siphandone on Friday, after storm Yagi caused the worst flooding in decades in Chiang Rai.",
			[]held{{[]string{"paetongtarn-shinawatra", "sonexay-siphandone"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'State Minister of Education, Culture, Sports, Science and Technology IMAI Eriko': the family name in capitals, as Japan's ministries write; 'who is visiting Japan' places the meeting",
			"On February 6, State Minister of Education, Culture, Sports, Science and Technology IMAI Eriko held a meeting with H.E. Ms. Fadhlina Sidek, Minister of Education of Malaysia, who is visiting Japan.",
			[]held{{[]string{"imai-eriko", "fadhlina-sidek"}, "2026-02-06", "Tokyo", inPerson}}},
	})
	t.Run("'the High Representative' in 2019: Federica Mogherini, not the office's later holders", func(t *testing.T) {
		pub := time.Date(2019, 1, 22, 10, 15, 0, 0, ict)
		checkHeld(t, x, "BRUSSELS — Foreign Minister Don Pramudwinai met the High Representative on Monday to discuss the election.", pub,
			[]held{{[]string{"don-pramudwinai", "federica-mogherini"}, "2019-01-21", "Brussels", inPerson}})
	})
	t.Run("'would be discussed with': a matter to take up, no meeting even planned", func(t *testing.T) {
		ex := x.Extract(Input{URL: "test:discussed", Text: "PUTRAJAYA — Prime Minister Anwar Ibrahim hosted talks between Prime Minister Hun Manet and Acting Prime Minister Phumtham Wechayachai on Monday. Asked if Malaysia would send observers, Anwar said this would be discussed with Thai Foreign Minister Maris Sangiampongsa.", Published: testPub})
		for _, m := range ex.Meetings {
			if slices.Contains(m.Slugs(), "maris-sangiampongsa") {
				t.Errorf("got %s meeting %v on %s, want none with the one a matter would be discussed with", m.Status, m.Slugs(), m.Date)
			}
		}
	})
}
