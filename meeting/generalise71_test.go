package meeting

import (
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// TestExtractRoundSeventyOne covers forms round seventy-one's tuned sets
// showed, each in the project's own words. testPub is Sunday 8 February
// 2026: Thursday is the 5th, Friday the 6th.
func TestExtractRoundSeventyOne(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson, phone := relbot.KindInPerson, relbot.KindPhone
	checkHeldCases(t, x, []heldCase{
		{"'the first talks since U.S. President A announced tariffs': the measure's author is not at the table, nor its month the talks' date",
			"WASHINGTON, Feb. 6 (Yonhap) -- Finance Minister Choi Sang-mok met U.S. Treasury Secretary Scott Bessent at the Treasury Department for an hour, in the first talks between the two countries since U.S. President Donald Trump announced new tariffs earlier this month.",
			[]held{{[]string{"choi-sang-mok", "scott-bessent"}, "2026-02-06", "Washington", inPerson}}},
		{"'A and B first sat down together Wednesday': a meeting with no 'with'",
			"OTTAWA – Foreign Minister Melanie Joly and U.S. Secretary of State Marco Rubio first sat down together Wednesday in Washington.",
			[]held{{[]string{"melanie-joly", "marco-rubio"}, "2026-02-04", "Washington", inPerson}}},
		{"'met again Thursday, …, and once more on Friday': one meeting a day",
			"OTTAWA – Foreign Minister Melanie Joly and U.S. Secretary of State Marco Rubio held talks in Washington on Wednesday. They met again Thursday, for several hours, and once more on Friday.",
			[]held{
				{[]string{"melanie-joly", "marco-rubio"}, "2026-02-04", "Washington", inPerson},
				{[]string{"melanie-joly", "marco-rubio"}, "2026-02-05", "Washington", inPerson},
				{[]string{"melanie-joly", "marco-rubio"}, "2026-02-06", "Washington", inPerson},
			}},
		{"'were seen chatting again on Saturday': no meeting said again",
			"DA NANG – Xi Jinping and Vladimir Putin held talks on Friday, and were seen chatting again on Saturday as the leaders gathered for the group photo.",
			[]held{{[]string{"xi-jinping", "vladimir-putin"}, "2026-02-06", "Da Nang", inPerson}}},
		{"'after five weeks of talks between A and B': a negotiation, no meeting",
			"The deal was announced on Friday after five weeks of talks in Washington between Mexico's Economy Secretary Marcelo Ebrard and U.S. Trade Representative Jamieson Greer.",
			nil},
		{"'the trade chief': the one named with that portfolio",
			"MANILA – Trade and Industry Secretary Cristina Roque flew to Jakarta this week. On Friday, the trade chief held talks with Indonesian Trade Minister Budi Santoso.",
			[]held{{[]string{"maria-cristina-roque", "budi-santoso"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'Minister Without Portfolio A': the office, not a name",
			"TAIPEI – Vice Premier Cheng Li-chiun and Minister Without Portfolio Yang Jen-ni met US Trade Representative Jamieson Greer on Friday in Washington.",
			[]held{{[]string{"cheng-li-chiun", "yang-jen-ni", "jamieson-greer"}, "2026-02-06", "Washington", inPerson}}},
		{"'Minister of Trade and Integration A': a portfolio's word, not a name's",
			"ASTANA – WTO Director-General Ngozi Okonjo-Iweala held talks with Minister of Trade and Integration Arman Shakkaliyev on Friday.",
			[]held{{[]string{"ngozi-okonjo-iweala", "arman-shakkaliyev"}, "2026-02-06", "Astana", inPerson}}},
		{"'at the Berlaymont': the Commission's seat is in Brussels",
			"Trade Commissioner Maros Sefcovic and China's Commerce Minister Wang Wentao held talks at the Berlaymont on Friday.",
			[]held{{[]string{"maros-sefcovic", "wang-wentao"}, "2026-02-06", "Brussels", inPerson}}},
		{"', spokeswoman A told a news conference in Taipei': where the news was told, not the meeting",
			"WASHINGTON – Vice Premier Cheng Li-chiun met US Commerce Secretary Howard Lutnick at his office on Friday, Executive Yuan spokeswoman Michelle Lee told a news conference in Taipei.",
			[]held{{[]string{"cheng-li-chiun", "howard-lutnick"}, "2026-02-06", "Washington", inPerson}}},
		{"'Minister of Investment Khalid bin Abdulaziz Al-Falih': the known Khalid Al-Falih, his father's name between",
			"RIYADH – Minister of Investment Khalid bin Abdulaziz Al-Falih received British Business Secretary Peter Kyle on Friday.",
			[]held{{[]string{"khalid-al-falih", "peter-kyle"}, "2026-02-06", "Riyadh", inPerson}}},
		{"'Saad bin Sherida Al Kaabi': the known name written with its 'bin'",
			"DOHA – Minister of State for Energy Affairs Saad bin Sherida Al Kaabi received German Economy Minister Katherina Reiche on Friday.",
			[]held{{[]string{"saad-sherida-al-kaabi", "katherina-reiche"}, "2026-02-06", "Doha", inPerson}}},
		{"'the Minister of Energy': not the deputy minister of energy named beside him",
			"RIYADH – Crown Prince Mohammed bin Salman received Russian Deputy Prime Minister Alexander Novak on Friday. The reception was attended by Prince Abdulaziz bin Salman bin Abdulaziz, Minister of Energy, and Deputy Minister of Energy Pavel Sorokin. Earlier on Friday, the Minister of Energy held talks with Novak at the ministry.",
			[]held{
				{[]string{"mohammed-bin-salman", "alexander-novak", "abdulaziz-bin-salman", "pavel-sorokin"}, "2026-02-06", "Riyadh", inPerson},
				{[]string{"alexander-novak", "abdulaziz-bin-salman"}, "2026-02-06", "Riyadh", inPerson},
			}},
		{"'at King Khalid International Airport': a place named after someone, no one met",
			"RIYADH – Minister of Investment Khalid bin Abdulaziz Al-Falih received Peter Kyle on Friday. The British minister had been welcomed at King Khalid International Airport by officials on Thursday.",
			[]held{{[]string{"khalid-al-falih", "peter-kyle"}, "2026-02-06", "Riyadh", inPerson}}},
		{"'Later today, A held a meeting with B': a state agency's afternoon, held",
			"Doha, February 8 (QNA) - The Amir Sheikh Tamim bin Hamad Al-Thani met this morning with German Economy Minister Katherina Reiche. Later today, Minister of State for Energy Affairs Saad Sherida Al Kaabi held a meeting with Reiche at the headquarters of QatarEnergy.",
			[]held{
				{[]string{"tamim-bin-hamad-al-thani", "katherina-reiche"}, "2026-02-08", "Doha", inPerson},
				{[]string{"katherina-reiche", "saad-sherida-al-kaabi"}, "2026-02-08", "Doha", inPerson},
			}},
		{"'El-Molla' after 'Tarek El Molla': the family name with its particle",
			"CAIRO – President Abdel Fattah El Sisi received Eni chief executive Claudio Descalzi on Friday. The meeting was attended by Minister of Petroleum Tarek El Molla. Descalzi held a separate meeting with El-Molla at the petroleum ministry on Thursday.",
			[]held{
				{[]string{"abdel-fattah-el-sisi", "claudio-descalzi", "tarek-el-molla"}, "2026-02-06", "Cairo", inPerson},
				{[]string{"claudio-descalzi", "tarek-el-molla"}, "2026-02-05", "Cairo", inPerson},
			}},
		{"'addressed the plenary session of the Russian Energy Week': a forum of its own name, not the talks told",
			"MOSCOW – Iranian Oil Minister Mohsen Paknejad met Russian Energy Minister Sergei Tsivilev on Friday. President Vladimir Putin addressed the plenary session of the Russian Energy Week later on Friday.",
			[]held{{[]string{"mohsen-paknejad", "sergey-tsivilev"}, "2026-02-06", "Moscow", inPerson}}},
		{"'at Naples' Royal Palace': the palace of the city named, not the table's",
			"(ANSA) - ROME, FEB 6 - Culture Minister Alessandro Giuli held talks with French Culture Minister Rachida Dati at Naples' Royal Palace on Friday.",
			[]held{{[]string{"alessandro-giuli", "rachida-dati"}, "2026-02-06", "Naples", inPerson}}},
		{"'the royal palace of the Kingdom of Benin': a palace, not the one of that name",
			"ABUJA – German Foreign Minister Johann Wadephul returned bronzes looted from the royal palace of the Kingdom of Benin on Friday. He also held talks with Nigerian Foreign Minister Yusuf Tuggar.",
			[]held{{[]string{"johann-wadephul", "yusuf-tuggar"}, "2026-02-06", "Abuja", inPerson}}},
		{"'A had earlier held talks with B': before the day's event, the same visit",
			"ABUJA – German Foreign Minister Johann Wadephul on Friday handed over the bronzes in the Nigerian capital. Wadephul had earlier held talks with his Nigerian counterpart Yusuf Tuggar on security in the Sahel.",
			[]held{{[]string{"johann-wadephul", "yusuf-tuggar"}, "2026-02-06", "Abuja", inPerson}}},
		{"'called Russian President A \"a butcher\"': a name given, no call",
			"WARSAW – US President Joe Biden delivered a speech at the Royal Castle on Friday in which he called Russian President Vladimir Putin \"a butcher\".",
			nil},
		{"'claims that A had recently held a phone call with B': a rumour denied",
			"BEIJING – Asked on Friday about claims that President Xi Jinping had recently held a phone call with Donald Trump, a foreign ministry spokesperson said he was not aware of any such call.",
			nil},
		{"'as recently as May, when A and B met': a month before, recalled",
			"OTTAWA – Trade Minister Mary Ng postponed her trade mission to India. The talks had appeared to be on track as recently as May, when Ng and Indian Commerce Minister Piyush Goyal met in Ottawa.",
			nil},
		{"'…, which had been expected to take place on Friday, will not be held': called off",
			"KHARTOUM – A meeting between General Abdel Fattah al-Burhan and Mohamed Hamdan Dagalo, which had been expected to take place in Djibouti on Friday, will not be held as planned, the mediators said.",
			nil},
		{"'joined the two leaders for a three-way meeting in Beijing on Thursday afternoon': a meeting of its own day",
			"GUANGZHOU – Chinese President Xi Jinping hosted French President Emmanuel Macron in Guangzhou on Friday. European Commission President Ursula von der Leyen joined the two leaders for a three-way meeting in Beijing on Thursday afternoon.",
			[]held{
				{[]string{"xi-jinping", "emmanuel-macron"}, "2026-02-06", "Guangzhou", inPerson},
				{[]string{"xi-jinping", "emmanuel-macron", "ursula-von-der-leyen"}, "2026-02-05", "Beijing", inPerson},
			}},
		{"'Director General of the State Hermitage Museum A': the museum's name ends before his",
			"MOSCOW – President Vladimir Putin on Friday received Director General of the State Hermitage Museum Mikhail Piotrovsky in the Kremlin.",
			[]held{{[]string{"vladimir-putin", "mikhail-piotrovsky"}, "2026-02-06", "Moscow", inPerson}}},
		{"'Assistant Supervisor General for Operations and Programs A': the office's words end before the name",
			"RIYADH – UN High Commissioner for Refugees Filippo Grandi met on Friday with Assistant Supervisor General for Operations and Programs Ahmed Al-Baiz.",
			[]held{{[]string{"filippo-grandi", "ahmed-al-baiz"}, "2026-02-06", "Riyadh", inPerson}}},
		{"'attended a dinner hosted by President A in honour of the visiting heads of state': a summit's banquet, no meeting of two",
			"ASTANA – On Friday evening, Prime Minister Shehbaz Sharif attended a dinner hosted by Kazakh President Kassym-Jomart Tokayev in honour of the visiting heads of state and government.",
			nil},
		{"'Aïmene Benabderrahmane': Algerian outlets' spelling of the known name",
			"ALGIERS – Former Prime Minister Aïmene Benabderrahmane received Italian Foreign Minister Antonio Tajani on Friday.",
			[]held{{[]string{"aymen-benabderrahmane", "antonio-tajani"}, "2026-02-06", "Algiers", inPerson}}},
		{"'That same day, A spoke with B by phone': the day the sentence before gave",
			"WASHINGTON – Foreign Minister Melanie Joly met U.S. Secretary of State Marco Rubio on Friday. Canada's push began Monday, when Mexico announced it had settled its differences with Washington. That same day, Prime Minister Mark Carney spoke with Donald Trump by phone.",
			[]held{
				{[]string{"melanie-joly", "marco-rubio"}, "2026-02-06", "Washington", inPerson},
				{[]string{"mark-carney", "donald-trump"}, "2026-02-02", "", phone},
			}},
	})
}

// TestExtractRoundSeventyOneDated covers a form whose reading depends on
// the publication's day.
func TestExtractRoundSeventyOneDated(t *testing.T) {
	x := embeddedExtractor(t)
	pub := time.Date(2019, 2, 15, 14, 20, 0, 0, time.UTC)
	t.Run("'began their talks with C on Thursday morning …, and sat down with him again on Friday': a meeting each day", func(t *testing.T) {
		checkHeld(t, x, "BEIJING (Reuters) - Trade Representative Robert Lighthizer and Treasury Secretary Steven Mnuchin began their talks with Vice Premier Liu He on Thursday morning at the Diaoyutai State Guesthouse, after a week of discussions among deputies, and sat down with him again on Friday.",
			pub, []held{
				{[]string{"robert-lighthizer", "steven-mnuchin", "liu-he"}, "2019-02-15", "Beijing", relbot.KindInPerson},
				{[]string{"robert-lighthizer", "steven-mnuchin", "liu-he"}, "2019-02-14", "Beijing", relbot.KindInPerson},
			})
	})
}
