package meeting

import (
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// TestExtractRoundSeventyTwo covers forms round seventy-two's tuned sets
// showed, each in the project's own words. testPub is Sunday 8 February
// 2026: Thursday is the 5th, Friday the 6th.
func TestExtractRoundSeventyTwo(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson, phone := relbot.KindInPerson, relbot.KindPhone
	checkHeldCases(t, x, []heldCase{
		{"'held talks with He': inside a sentence, a Chinese family name that is also a pronoun",
			"GENEVA – Vice Premier He Lifeng arrived in Geneva on Thursday. On Friday, Treasury Secretary Scott Bessent held talks with He at the ambassador's residence.",
			[]held{{[]string{"he-lifeng", "scott-bessent"}, "2026-02-06", "Geneva", inPerson}}},
		{"'H.E. Shaikh Salman bin Khalifa Al Khalifa': Bahrain's spelling of the style is no part of the name",
			"Finance Minister Nirmala Sitharaman met H.E. Shaikh Salman bin Khalifa Al Khalifa, Bahrain's finance minister, in Washington on Friday.",
			[]held{{[]string{"nirmala-sitharaman", "salman-bin-khalifa-al-khalifa"}, "2026-02-06", "Washington", inPerson}}},
		{"'of America Joseph R. Biden Jr.': a suffix after a known name ends it",
			"King Salman bin Abdulaziz Al Saud received at Al-Salam Palace in Jeddah on Friday the President of the United States of America Joseph R. Biden Jr., who is on an official visit to the Kingdom.",
			[]held{{[]string{"salman-bin-abdulaziz-al-saud", "joe-biden"}, "2026-02-06", "Jeddah", inPerson}}},
		{"'Earlier on Friday the 77-year-old held talks': the one the story is about, after words of when",
			"BERLIN – King Charles III addressed the Bundestag on Friday. Earlier on Friday the 77-year-old held talks with Chancellor Friedrich Merz at the Chancellery.",
			[]held{{[]string{"charles-iii", "friedrich-merz"}, "2026-02-06", "Berlin", inPerson}}},
		{"'The visit had opened on Thursday': the story goes back to the trip's first day",
			"BERLIN – King Charles III addressed the Bundestag on Friday. The state visit had opened on Thursday afternoon with military honours. President Frank-Walter Steinmeier greeted the King on Pariser Platz. The president and the King then held talks at Bellevue Palace.",
			[]held{{[]string{"charles-iii", "frank-walter-steinmeier"}, "2026-02-05", "Berlin", inPerson}}},
		{"', who chairs the conference in Baku, in Moscow': the place after the aside",
			"Russian envoy Ruslan Edelgeriyev met Azerbaijani minister Mukhtar Babayev, who chairs the climate conference in Baku, in Moscow on Friday.",
			[]held{{[]string{"ruslan-edelgeriyev", "mukhtar-babayev"}, "2026-02-06", "Moscow", inPerson}}},
		{"'Democratic Sen. Sheldon Whitehouse': a party before 'Sen.' makes it a title, no sentence's end",
			"Chinese climate envoy Liu Zhenmin met with Democratic Sen. Sheldon Whitehouse in Washington on Thursday.",
			[]held{{[]string{"liu-zhenmin", "sheldon-whitehouse"}, "2026-02-05", "Washington", inPerson}}},
		{"'the adviser who took over the portfolio from A': the predecessor is named, not met",
			"John Podesta, the adviser who took over the climate portfolio from John Kerry, hosted Liu Zhenmin in Washington on Friday.",
			[]held{{[]string{"john-podesta", "liu-zhenmin"}, "2026-02-06", "Washington", inPerson}}},
		{"a city inside a quotation is spoken of, not where they met",
			"MEXICO CITY – Environment Minister Steven Guilbeault met Mexico's environment secretary, Alicia Bárcena, on Friday. \"With what is happening in Washington, we have to work together,\" Guilbeault told reporters after the meeting.",
			[]held{{[]string{"steven-guilbeault", "alicia-barcena"}, "2026-02-06", "Mexico City", inPerson}}},
		{"'Minister of Justice A (Eesti 200)': the party in brackets after the name",
			"TALLINN – On Friday, Ukraine's digital minister Mykhailo Fedorov held talks with Minister of Justice Liisa Pakosta (Eesti 200).",
			[]held{{[]string{"mykhailo-fedorov", "liisa-pakosta"}, "2026-02-06", "Tallinn", inPerson}}},
		{"'of Wildlife and National Parks (Perhilitan)': a body's name before the brackets is no person",
			"SONGKHLA – On Friday, Thai park official Sompong Thongsri met Dato' Mohd Hasnan Ismail, director-general of Malaysia's Department of Wildlife and National Parks (Perhilitan).",
			[]held{{[]string{"sompong-thongsri", "mohd-hasnan-ismail"}, "2026-02-06", "Songkhla", inPerson}}},
		{"', who is standing in while B is on leave, also attended': B was not there",
			"Prime Minister Rishi Sunak held talks with Sam Altman in London on Friday. Science Secretary Chloe Smith, who is standing in while Michelle Donelan is on leave, also attended the meeting.",
			[]held{{[]string{"rishi-sunak", "sam-altman", "chloe-smith"}, "2026-02-06", "London", inPerson}}},
		{"'Separately, His Highness received a phone call from B': the one the story follows",
			"ABU DHABI, 6th February, 2026 (WAM) -- President Mohamed bin Zayed Al Nahyan received a phone call today from President Vladimir Putin. Separately, His Highness received a phone call from His Majesty King Abdullah II bin Al Hussein of the Hashemite Kingdom of Jordan.",
			[]held{
				{[]string{"mohamed-bin-zayed-al-nahyan", "vladimir-putin"}, "2026-02-06", "", phone},
				{[]string{"mohamed-bin-zayed-al-nahyan", "abdullah-ii"}, "2026-02-06", "", phone},
			}},
		{"'the King and the Queen granted an audience': the queen beside the king is his consort",
			"BANGKOK – Indian Prime Minister Narendra Modi ended his visit on Friday. His Majesty King Maha Vajiralongkorn and Her Majesty the Queen granted him an audience at Dusit Palace on Friday.",
			[]held{{[]string{"narendra-modi", "maha-vajiralongkorn"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'the conference opened in Cali … at a hotel in the north of the city': the lead's city, away from the capitals",
			"The biodiversity conference opened on Friday in Cali with a call to make peace with nature. Colombia's environment minister Susana Muhamad and China's environment minister Huang Runqiu held a bilateral meeting at a hotel in the north of the city on Friday afternoon.",
			[]held{{[]string{"susana-muhamad", "huang-runqiu"}, "2026-02-06", "Cali", inPerson}}},
		{"'will host next year's conference in the city of Antalya': where something is to be is not the story's city",
			"ISTANBUL — Türkiye will host next year's UN climate conference in the Mediterranean city of Antalya, Minister Murat Kurum said. On Friday, Kurum met COP30 President Andre Correa do Lago, who briefed him on the negotiations.",
			[]held{{[]string{"murat-kurum", "andre-correa-do-lago"}, "2026-02-06", "Istanbul", inPerson}}},
		{"'Welcoming the King to the chamber, the Parliament's President said': a speaker's welcome, no meeting",
			"Addressing the European Parliament in a formal sitting on Friday, King Abdullah II of Jordan warned of a wider conflict.\n\nWelcoming the King to the chamber, Parliament's President Roberta Metsola said Jordan had been a model of generosity.",
			nil},
		{"'Soon after assuming office, A had called on B': the start of a tenure, no news of the day",
			"Sanjay Malhotra became governor of the central bank in December. Soon after assuming office, Malhotra had called on Prime Minister Narendra Modi in New Delhi.",
			nil},
	})
}

// TestExtractRoundSeventyTwoDated covers forms whose reading depends on
// the publication day: a queen regnant reigns only in some years, and a
// month is older than the story only some way back.
func TestExtractRoundSeventyTwoDated(t *testing.T) {
	x := embeddedExtractor(t)
	t.Run("'spoke to the Queen by telephone': the queen regnant of the day", func(t *testing.T) {
		pub := time.Date(2021, 1, 21, 17, 0, 0, 0, time.UTC)
		checkHeld(t, x, "LONDON – Boris Johnson spoke to the Queen by telephone on Wednesday evening, Downing Street confirmed.", pub,
			[]held{{[]string{"boris-johnson", "elizabeth-ii"}, "2021-01-20", "", relbot.KindPhone}})
	})
	t.Run("'discussions on the Framework adopted in Canada in December': a thing's date, not the talks'", func(t *testing.T) {
		pub := time.Date(2023, 3, 9, 17, 40, 0, 0, time.FixedZone("SAST", 2*3600))
		checkHeld(t, x, "The Minister of Forestry and the Environment, Ms Barbara Creecy, today hosted the German Federal Minister for the Environment and Consumer Protection, Ms Steffi Lemke, in Pretoria.\n\nThe two Ministers held bilateral discussions on the implementation of the Kunming-Montreal Global Biodiversity Framework adopted in Canada in December, the protection of marine ecosystems and the management of waste.", pub,
			[]held{{[]string{"barbara-creecy", "steffi-lemke"}, "2023-03-09", "Pretoria", relbot.KindInPerson}})
	})
}
