package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractLaterRounds covers the forms of writing the fourth to seventh
// held-out sets showed, each in this project's own words: names a meeting
// noun governs, deaths, local offices, people named before their office,
// lists of guests with their own dates and places, diaries, datelines with a
// country, and what only looks like a meeting. pub is testPub (Sunday 8
// February 2026: "Friday" is the 6th) unless set.
func TestExtractLaterRounds(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson, phone := relbot.KindInPerson, relbot.KindPhone
	tests := []heldCase{
		{"a name elsewhere in a sentence about the call is no participant",
			"Hun Manet held a phone call with Phạm Minh Chính on Friday.\n\nDuring the call, Manet mourned the passing of Nguyễn Phú Trọng and thanked Chính for the welcome.",
			[]held{{[]string{"hun-manet", "pham-minh-chinh"}, "2026-02-06", "", phone}}},
		{"a death's date is not the story's",
			"Hun Manet led a delegation to Hà Nội yesterday to pay respects to Nguyễn Phú Trọng, who died on February 1.\n\nAfter the tribute, Manet held a brief meeting with Tô Lâm.",
			[]held{{[]string{"hun-manet", "to-lam"}, "2026-02-07", "Hanoi", inPerson}}},
		{"a city's official receives at home; the guest named before the office is a person",
			"Hun Sen met Ho Chi Minh City's Party chief Nguyễn Văn Nên on Friday.\n\nOn Saturday, Hun Sen received Bùi Quang Huy, First Secretary of the Youth Union.",
			[]held{{[]string{"hun-sen", "nguyen-van-nen"}, "2026-02-06", "Ho Chi Minh City", inPerson},
				{[]string{"hun-sen", "bui-quang-huy"}, "2026-02-07", "Ho Chi Minh City", inPerson}}},
		{"last Friday is a date, not the previous meeting",
			"PHNOM PENH — Hun Many last Friday met Bùi Quang Huy, First Secretary of the Youth Union.",
			[]held{{[]string{"hun-many", "bui-quang-huy"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"a Vietnamese given name is no Chinese alias",
			"Tea Seiha received Senior Lieutenant General Nguyễn Tân Cương at the Ministry of National Defence in Phnom Penh on Friday.",
			[]held{{[]string{"tea-seiha", "nguyen-tan-cuong"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"each guest of a list with its own date and place",
			"The delegation led by provincial Party Secretary Trần Minh Quý met Governor Keo Sopheak in Takéo town on 3/2, Governor Mam Rithy in Ta Khmau on 4/2, and Phnom Penh Vice Governor Chhun Rotha at the city hall on 5/2.",
			[]held{{[]string{"tran-minh-quy", "keo-sopheak"}, "2026-02-03", "Takeo", inPerson},
				{[]string{"tran-minh-quy", "mam-rithy"}, "2026-02-04", "Ta Khmau", inPerson},
				{[]string{"tran-minh-quy", "chhun-rotha"}, "2026-02-05", "Phnom Penh", inPerson}}},
		{"the next morning counts from the meeting before",
			"Trần Thanh Mẫn held talks with Khuon Sudary in Phnom Penh on Wednesday.\n\nThe next morning, Mẫn was received by King Norodom Sihamoni at the Royal Palace.",
			[]held{{[]string{"tran-thanh-man", "khuon-sudary"}, "2026-02-04", "Phnom Penh", inPerson},
				{[]string{"tran-thanh-man", "norodom-sihamoni"}, "2026-02-05", "Phnom Penh", inPerson}}},
		{"a dateline with its country, and a war's country is no place",
			"VIENTIANE, Laos (AP) — Antony Blinken met Wang Yi on Friday, as the two sought to keep talking despite differences over Russia's war in Ukraine.",
			[]held{{[]string{"antony-blinken", "wang-yi"}, "2026-02-06", "Vientiane", inPerson}}},
		{"a reader's clock in brackets is no place; a city before a venue is",
			"WASHINGTON — Ferdinand Marcos Jr. met Donald Trump at the White House on Friday (Saturday in Manila).\n\nBogor, West Java (ANTARA) - Prabowo Subianto received Shigeru Ishiba at the Bogor Presidential Palace on Saturday.",
			[]held{{[]string{"ferdinand-marcos-jr", "donald-trump"}, "2026-02-06", "Washington", inPerson},
				{[]string{"prabowo-subianto", "shigeru-ishiba"}, "2026-02-07", "Bogor", inPerson}}},
		{"a list in semicolons meets in the country's capital",
			"Tô Lâm, General Secretary of the CPV; Thongloun Sisoulith, President of Laos; and Samdech Techo Hun Sen, President of the CPP, had a meeting in the Lao capital on Saturday.",
			[]held{{[]string{"to-lam", "thongloun-sisoulith", "hun-sen"}, "2026-02-07", "Vientiane", inPerson}}},
		{"those who also attended the talks took part",
			"Nguyễn Xuân Phúc and Hun Sen held online talks on Friday.\n\nThe talks were also attended by Phạm Bình Minh and Prak Sokhonn.",
			[]held{{[]string{"nguyen-xuan-phuc", "hun-sen", "pham-binh-minh", "prak-sokhonn"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"a meeting that did not push through, a phone that is a noun",
			"A meeting between Theresa Lazaro and Wang Yi, which Manila had tried to arrange, did not push through on Friday.\n\n\"There is nothing to talk about on the phone,\" Anutin Charnvirakul said of Hun Manet.",
			nil},
		{"a past perfect this week is news",
			"Cho Hyun had spoken by phone with Takeshi Iwaya earlier this week.",
			[]held{{[]string{"cho-hyun", "takeshi-iwaya"}, "2026-02", "", phone}}},
		{"a style or a rank before a name is no part of it",
			"PHNOM PENH — Trần Cẩm Tú received Samdech Men Sam An, Vice President of the CPP, on Friday.\n\nOn Saturday, Colonel Hoàng Văn Tuấn, Commander of the Border Guard, met Governor Pich Sovann.",
			[]held{{[]string{"tran-cam-tu", "men-sam-an"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"hoang-van-tuan", "pich-sovann"}, "2026-02-07", "Phnom Penh", inPerson}}},
		{"'the 5th' is a day of the month; 'the 12th meeting' is not",
			"HANOI — On the afternoon of the 5th, Hun Many held talks with Party Secretary Nguyễn Văn Nên.\n\nOn Friday, Bùi Thanh Sơn and Prak Sokhonn co-chaired the 12th meeting of the Joint Commission in Hà Nội.",
			[]held{{[]string{"hun-many", "nguyen-van-nen"}, "2026-02-05", "Hanoi", inPerson},
				{[]string{"bui-thanh-son", "prak-sokhonn"}, "2026-02-06", "Hanoi", inPerson}}},
		{"a call sought is no call; 'last spoke' recalls an older one",
			"The ministry said Hun Manet had sought the call with Anutin Charnvirakul on Friday.\n\nDonald Trump and Xi Jinping last spoke by phone in December.",
			nil},
		{"an emperor goes by one name; sitting down with someone is meeting",
			"TOKYO — Hun Manet had an audience with His Majesty Emperor Naruhito at the Imperial Palace on Friday.\n\nOn Saturday, Cho Hyun sat down with Takeshi Iwaya in Tokyo.",
			[]held{{[]string{"hun-manet", "naruhito"}, "2026-02-06", "Tokyo", inPerson},
				{[]string{"cho-hyun", "takeshi-iwaya"}, "2026-02-07", "Tokyo", inPerson}}},
		{"a portfolio ends the office; the name follows",
			"PHNOM PENH — Trần Thanh Mẫn met Minister of Commerce Cham Nimul on Friday.",
			[]held{{[]string{"tran-thanh-man", "cham-nimul"}, "2026-02-06", "Phnom Penh", inPerson}}},
	}
	checkHeldCases(t, x, tests)
}
