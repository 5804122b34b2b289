package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundSixtySeven covers forms round sixty-seven's tuned sets
// showed, each in the project's own words.
func TestExtractRoundSixtySeven(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'held what is expected to be their last meeting': held, the last of its kind",
			"HONOLULU – Before visiting the memorial on Friday, Shinzo Abe and Barack Obama held what is expected to be their last meeting, at a military base in Honolulu.",
			[]held{{[]string{"shinzo-abe", "barack-obama"}, "2026-02-06", "Honolulu", inPerson}}},
		{"'A, the national secretary of the union': a union's office names an unknown person",
			"LONDON – Health Secretary Wes Streeting met Rachel Harlow, the national secretary of the GMB, on Friday.",
			[]held{{[]string{"wes-streeting", "rachel-harlow"}, "2026-02-06", "London", inPerson}}},
		{"'met union leaders at the ministry in London on Friday, including A and B': the group, where and when, then its members",
			"LONDON – Health Secretary Wes Streeting met union leaders at the Department of Health and Social Care in London on Friday, including Tom Pellow, the general secretary of the Royal College of Nursing, and Sara Gorton, the head of health at Unison.",
			[]held{{[]string{"wes-streeting", "tom-pellow", "sara-gorton"}, "2026-02-06", "London", inPerson}}},
		{"'The Nigeria Labour Congress (NLC) delegation was led by its president, A': the acronym in brackets is part of the body's name",
			"ABUJA – President Bola Tinubu on Friday met with the leadership of organised labour at the Presidential Villa. The Nigeria Labour Congress (NLC) delegation was led by its president, Joe Ajaero, while the Trade Union Congress (TUC) was represented by its president, Festus Osifo.",
			[]held{{[]string{"bola-tinubu", "joe-ajaero", "festus-osifo"}, "2026-02-06", "Abuja", inPerson}}},
		{"'The meeting, hosted by A, was the first …' then 'Among those taking part were B and C': the host sat with them",
			"BERLIN – Justice ministers of the Group of Seven met in Berlin on Friday. The meeting, hosted by German Justice Minister Marco Buschmann, was the first of its kind. Among those taking part were French Justice Minister Eric Dupond-Moretti and Italy's Carlo Nordio.",
			[]held{{[]string{"marco-buschmann", "eric-dupond-moretti", "carlo-nordio"}, "2026-02-06", "Berlin", inPerson}}},
		{"'at the Ministerial Meeting on Transnational Crime (AMMTC) chaired by A': the name goes on past 'on', then its chair",
			"KUALA LUMPUR: The pledge was made at the ASEAN Ministerial Meeting on Transnational Crime (AMMTC) chaired by Home Minister Saifuddin Nasution Ismail here on Friday. Among those at the meeting were Vietnam's Minister of Public Security Luong Tam Quang and Cambodia's Interior Minister Sar Sokha.",
			[]held{{[]string{"saifuddin-nasution-ismail", "luong-tam-quang", "sar-sokha"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"'The summit, hosted by A at the palace, was also attended by B and C': the main verb names who was there",
			"TOKYO – Prime Minister Hun Manet on Friday joined his counterparts from the Mekong region and Japanese Prime Minister Sanae Takaichi at the 11th Mekong-Japan Summit in Tokyo. The summit, hosted by Takaichi at the Akasaka State Guest House, was also attended by Thai Prime Minister Anutin Charnvirakul and Lao Prime Minister Sonexay Siphandone.",
			[]held{{[]string{"hun-manet", "sanae-takaichi", "anutin-charnvirakul", "sonexay-siphandone"}, "2026-02-06", "Tokyo", inPerson}}},
		{"'hosted the head of the union federation, A, at the chancellery': the office, then its holder",
			"BERLIN – Chancellor Olaf Scholz hosted the head of the DGB union federation, Yasmin Fahimi, at the chancellery on Friday.",
			[]held{{[]string{"olaf-scholz", "yasmin-fahimi"}, "2026-02-06", "Berlin", inPerson}}},
		{"'The two Cabinet members met B': the two the lead named",
			"MEXICO CITY – Secretary of State Rex Tillerson and Homeland Security Secretary John F. Kelly arrived in Mexico on Friday. The two Cabinet members met President Enrique Peña Nieto at the Los Pinos residence.",
			[]held{{[]string{"rex-tillerson", "john-f-kelly", "enrique-pena-nieto"}, "2026-02-06", "Mexico City", inPerson}}},
		{"'sat down in the capital on Friday with A, B and C': where and when before 'with'; counterparts of three countries, one office, at one table",
			"SAN SALVADOR – U.S. Attorney General Jeff Sessions sat down in the Salvadoran capital on Friday with Salvadoran Attorney General Douglas Meléndez, Guatemalan Attorney General Thelma Aldana and Honduran Attorney General Óscar Chinchilla.",
			[]held{{[]string{"jeff-sessions", "douglas-melendez", "thelma-aldana", "oscar-chinchilla"}, "2026-02-06", "San Salvador", inPerson}}},
		{"'met with prosecutors, pledging to fight the gang President B made a target': the comment's people met no one",
			"SAN SALVADOR – U.S. Attorney General Jeff Sessions met on Friday with the top prosecutors of El Salvador, Guatemala and Honduras, pledging to fight the gang that President Donald Trump has made a target.",
			nil},
		{"'the two leaders sat down for two closed-door sessions': for a meeting's noun",
			"RANCHO MIRAGE – Barack Obama and Lee Hsien Loong arrived at the Sunnylands estate on Thursday. On Friday the two leaders sat down for two closed-door sessions on trade.",
			[]held{{[]string{"barack-obama", "lee-hsien-loong"}, "2026-02-06", "Rancho Mirage", inPerson}}},
		{"'on Friday called for justice over a killing last week, as he held talks with B': the week is the killing's",
			"TEHRAN – Pakistan's Interior Minister Mohsin Naqvi on Friday called for justice over the killing of eight workers last week, as he held talks with his Iranian counterpart Eskandar Momeni in Tehran.",
			[]held{{[]string{"mohsin-naqvi", "eskandar-momeni"}, "2026-02-06", "Tehran", inPerson}}},
		{"'at Kenyatta Hall, Nairobi': a building the table lacks, then its city after a comma",
			"Health Cabinet Secretary Mutahi Kagwe on Friday hosted British High Commissioner Jane Marriott at Kenyatta Hall, Nairobi.",
			[]held{{[]string{"mutahi-kagwe", "jane-marriott"}, "2026-02-06", "Nairobi", inPerson}}},
		{"'The Special ASEAN Plus Three Health Ministers' Video Conference was chaired by B': a long name, and its chair sat in the conference just told",
			"Public Health Minister Anutin Charnvirakul on Friday joined his counterparts from Southeast Asia, China, Japan and South Korea in a special video conference on the pandemic.\n\nThe Special ASEAN Plus Three Health Ministers' Video Conference was chaired by Vietnam's acting Health Minister Nguyen Thanh Long, as Vietnam holds the chair this year.\n\nAmong those taking part were Japan's Health Minister Katsunobu Kato and South Korea's Health Minister Park Neung-hoo.",
			[]held{{[]string{"anutin-charnvirakul", "nguyen-thanh-long", "katsunobu-kato", "park-neung-hoo"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'hoped to pay an official visit to China once …, to meet with B': the purpose of a hoped-for trip",
			"PHNOM PENH – Justice Minister Koeut Rith said on Friday he hoped to pay an official visit to China once travel resumes, to meet with Chinese Minister of Justice Zhang Jun.",
			nil},
		{"'A and B on Friday jointly inaugurated a museum': the adverb between the day and the verb",
			"WATTWILLER – French President Emmanuel Macron and German President Frank-Walter Steinmeier on Friday jointly inaugurated a museum of the First World War in Wattwiller.",
			[]held{{[]string{"emmanuel-macron", "frank-walter-steinmeier"}, "2026-02-06", "Wattwiller", inPerson}}},
		{"'received in Ho Chi Minh City General Secretary A': the city before the guest's title",
			"General Secretary To Lam on Friday received in Ho Chi Minh City General Secretary of the Lao People's Revolutionary Party Thongloun Sisoulith.",
			[]held{{[]string{"to-lam", "thongloun-sisoulith"}, "2026-02-06", "Ho Chi Minh City", inPerson}}},
	})
}
