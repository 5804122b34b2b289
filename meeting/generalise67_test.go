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
	})
}
